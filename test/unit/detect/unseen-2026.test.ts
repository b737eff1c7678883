import { describe, expect, it } from 'vitest';
import { detectClaims, type Claim } from '../../../lib/detect';

// The detector on a second unseen batch of 2025-2026 news. Sentences are paraphrased for this test.

function claimOf(text: string, figure: string, date = '2025-09-12'): Claim {
  const c = detectClaims(text, { articleDate: date }).find((x) => x.quote.includes(figure));
  if (!c) throw new Error(`no claim for ${figure}`);
  return c;
}

describe('targets joined by "and"', () => {
  it('keeps the second target of a directive a target', () => {
    const s = 'Miller told ICE leaders to double detention space to 100,000 beds and arrest 3,000 people a day.';
    expect(claimOf(s, '3,000').category).toBe('goal');
    expect(claimOf(s, '3,000').rate).toBe('day');
  });

  it('does not make a plain count joined by "and" a target', () => {
    expect(claimOf('ICE holds 60,000 people and arrests 1,000 a day, officials said.', '1,000').category).toBe('arrests');
  });
});

describe('periods at the end of a term', () => {
  it('dates the final stretch and the final year of the Biden administration', () => {
    const a = claimOf('By comparison, ICE arrested 750 people a day during the final stretch of the Biden administration.', '750', '2025-05-29');
    expect(a.period?.start).toBe('2024-01-20');
    expect(a.period?.end).toBe('2025-01-19');
    const b = claimOf('ICE averaged 300 arrests per day during President Joe Biden’s final year in office.', '300', '2025-02-05');
    expect(b.period?.end).toBe('2025-01-19');
  });

  it('gives "the final year" of no named term no dates', () => {
    expect(claimOf('ICE removed 250,000 people in the final year of the plan.', '250,000').period?.start ?? null).toBeNull();
  });

  it('reads a run of fiscal years as one span, and "the end of this month" as no month', () => {
    const r = claimOf('Under Biden (FY 2021–2024), interior removals averaged 40,000 per year.', '40,000');
    expect(r.period?.start).toBe('2020-10-01');
    expect(r.period?.end).toBe('2024-09-30');
    expect(claimOf('At this pace ICE will end the fiscal year at the end of this month with about 330,000 deportations.', '330,000').period?.period ?? null).not.toBe('2025-09');
  });
});

describe('what a change and a single day count', () => {
  it('names what a verb of change before a percent changed', () => {
    const c = claimOf('The overhaul of the immigration courts has slashed the judicial workforce by 20% while the backlog sits at 3.4 million cases.', '20%', '2025-10-01');
    expect(c.unit).toBe('percent change in immigration judges');
  });

  it('reads counts of some days as daily counts', () => {
    expect(claimOf('In June, ICE averaged about 1,100 arrests per day, with some days exceeding 1,900.', '1,900').rate).toBe('day');
    expect(claimOf('ICE stepped up arrests, with some days recording as many as 900 arrests.', '900').rate).toBe('day');
  });
});

describe('numbers that are no claims', () => {
  it('skips days of a month, other currencies, overtime hours, police costs and fraud sums', () => {
    const quotes = (t: string) => detectClaims(t, { articleDate: '2026-01-16', topic: { about: true, strong: true } }).map((c) => c.quote);
    const police = 'During the federal surge, local police said officers logged over 2,000 overtime hours from January 5 to 9, at an estimated $1 million cost to taxpayers.';
    expect(quotes(police)).toEqual([]);
    expect(quotes('ICE offers signing bonuses of up to $50,000 (£37,000) to new deportation officers.').some((q) => q.includes('37,000'))).toBe(false);
    expect(quotes('The surge followed a fraud case. These programs saw costs balloon from $3 million to over $90 million annually.')).toEqual([]);
  });
});

describe('the article topic', () => {
  it('lets a warehouse purchase count in an article about ICE detention', () => {
    const t = 'A week later, the government paid $65 million in cash for a warehouse in Arizona.';
    expect(detectClaims(t, { articleDate: '2026-02-01', topic: { about: true, strong: true } }).map((c) => c.quote)).toEqual(['$65 million']);
    // Judged by itself, the sentence names no enforcement at all.
    expect(detectClaims(t, { articleDate: '2026-02-01' })).toEqual([]);
  });
});

describe('counts beside targets', () => {
  it('reads a count in a clause after the target as a count', () => {
    const s = 'The goal is one million deportations a year; current figures show a pace far below this target, with about 140,000 deportations in the first six months.';
    expect(claimOf(s, '140,000', '2025-08-02').category).toBe('removals');
  });

  it('reads what money "will allow" ICE to reach as a target, and "beyond" as a hedge', () => {
    expect(claimOf('The money will allow ICE to hire 10,000 agents and reach a rate of one million deportations a year.', 'one million', '2025-07-01').category).toBe('goal');
    expect(claimOf('Noem said hundreds more ICE agents would arrive, pushing the total number of agents beyond 2,300.', '2,300', '2026-01-12').qualifier).toBe('more than');
  });
});

describe('book-ins and fullness', () => {
  it('reads "booking in" migrants as arrests and "at 110% capacity" as how full detention is', () => {
    expect(claimOf('ICE deported 1,450 a day. It was also booking in migrants at a rate of more than 1,400 a day, a record pace.', '1,400', '2026-01-29').category).toBe('arrests');
    expect(claimOf('Space inside ICE detention facilities was at 110% capacity, with the agency holding nearly 41,000 immigrants.', '110%', '2025-02-05').category).toBe('detention');
  });
});
