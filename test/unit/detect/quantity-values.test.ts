/**
 * What the quantity parser reads as a number, its value and its hedge (lib/detect/quantities.ts).
 * Sentences written for these tests (the pattern of real prose, never a copy of it).
 */
import { describe, expect, it } from 'vitest';
import { detectClaims, parseQuantities, type Claim } from '../../../lib/detect';

/** The claim whose quote contains `figure`, or undefined. */
function claimFor(text: string, figure: string): Claim | undefined {
  return detectClaims(text).find((c) => c.quote.includes(figure));
}

const claims = (s: string, articleDate = '2025-07-01') =>
  detectClaims(s, { articleDate }).map((c) => [c.quote, c.category, c.value ?? c.low] as const);

describe('quantities and hedges', () => {
  it('does not cut a multiplier into a count', () => {
    const values = claims('ICE deportations this spring ran at roughly five times the pace of 2019.');
    expect(values.some(([, , v]) => v === 5)).toBe(false);
    expect(claims('Arrests by ICE agents rose two and a half times after the order.').some(([, , v]) => v === 2 || v === 50)).toBe(false);
  });

  it('reads hyphenated scales, K, quarter-millions, -odd and dozens', () => {
    const q = (s: string) => parseQuantities(s).map((x) => [x.text, x.value, x.qualifier]);
    expect(q('Congress added a $45-billion detention fund.')).toEqual([['$45-billion', 45e9, null]]);
    expect(q('The agency said it held 58K people.')).toEqual([['58K', 58000, null]]);
    expect(q('Officials spoke of a quarter-million removals.')).toEqual([['a quarter-million', 250000, null]]);
    expect(q('It has 4,000-odd officers.')).toEqual([['4,000-odd', 4000, 'about']]);
    expect(q('Three dozen agents came.')).toEqual([['Three dozen', 36, null]]);
    expect(q('The plan funds no more than 120,000 beds.')).toEqual([['no more than 120,000', 120000, 'up to']]);
  });
  it('reads hedges and rates of real prose', () => {
    expect(claimFor('ICE will end the year in the ballpark of 320,000 deportations.', '320,000')?.qualifier).toBe('about');
    expect(claimFor('The immigration court backlog will soon exceed 600,000 cases.', '600,000')?.qualifier).toBe('more than');
    expect(claimFor('ICE was ordered to carry out 2,800 arrests every single day.', '2,800')?.rate).toBe('day');
    expect(claimFor('DHS reported a monthly average of 52,000 removals last year.', '52,000')?.rate).toBe('month');
  });

  it('reads "not less than" and "not more than" as hedges', () => {
    const text = 'The law says ICE shall maintain not less than 31,000 detention beds and not more than 2,000 family beds.';
    expect(claimFor(text, '31,000')?.qualifier).toBe('at least');
    expect(claimFor(text, '2,000')?.qualifier).toBe('up to');
  });

  it('reads "quintupled" and "N times" before a comparative or over an average as multipliers, not "N times" of repeated events', () => {
    const m = (s: string) => parseQuantities(s).map((x) => [x.text, x.kind, x.value]);
    expect(m("ICE's annual budget has roughly quintupled.")).toEqual([['roughly quintupled', 'multiplier', 400]]);
    expect(m('Voluntary departures were more than 21 times higher.')).toEqual([['more than 21 times', 'multiplier', 2000]]);
    expect(m('ICE street arrests rose roughly 11 times over their monthly average.')).toEqual([['roughly 11 times', 'multiplier', 1000]]);
    expect(m('ICE agents arrested him three times over the past year.').map(([, k]) => k)).not.toContain('multiplier');
  });

  it('reads "-fold" as a multiplier whatever its size', () => {
    expect(detectClaims('Only 12 people are currently held in ICE detention at the base, but that could rise 1,500-fold.').map((c) => c.quote)).toEqual(['12']);
  });

  it('reads "a half-million" and "half a million"', () => {
    expect(parseQuantities('TRAC counts a staggering half-million cases pending.').map((x) => [x.text, x.value])).toEqual([['half-million', 500000]]);
    expect(parseQuantities('Closures may approach half a million this year.').map((x) => [x.text, x.value])).toEqual([['half a million', 500000]]);
  });

  it('reads "a half a million"', () => {
    expect(claimFor('The estimate of undocumented immigrants is higher by more than a half a million than Pew found.', 'half')?.value).toBe(500000);
  });

  it('reads "room for" as detention capacity and "one-thousand" as a number', () => {
    const text = 'The new ICE detention site has room for 2,500, with the ability to expand to 4,000. The headcount of detainees there was close to one-thousand.';
    const claims = detectClaims(text);
    expect(claims.map((c) => [c.quote, c.category])).toEqual([['2,500', 'detention'], ['4,000', 'detention'], ['close to one-thousand', 'detention']]);
    expect(claims[2]?.value).toBe(1000);
  });

  it('reads a non-breaking hyphen as a hyphen ("six‑month")', () => {
    const text = 'June saw a 12% rise in ICE deportation flights over May and a 40% jump over the prior six\u2011month average.';
    expect(detectClaims(text).map((c) => c.quote)).toEqual(['12%', '40%']);
  });
});
