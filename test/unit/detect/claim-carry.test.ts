/**
 * A number with no cue of its own that counts what its neighbour or the sentence before counts.
 * Sentences written for these tests (the pattern of real prose, never a copy of it).
 */
import { describe, expect, it } from 'vitest';
import { detectClaims, type Claim } from '../../../lib/detect';

/** The claim whose quote contains `figure`, or undefined. */
function claimFor(text: string, figure: string): Claim | undefined {
  return detectClaims(text).find((c) => c.quote.includes(figure));
}

const claims = (s: string, articleDate = '2025-07-01') =>
  detectClaims(s, { articleDate }).map((c) => [c.quote, c.category, c.value ?? c.low] as const);

describe('carrying a count over (claim.carry-over, claim.neighbour, claim.restatement, claim.previous-record)', () => {
  it('keeps the count a sentence carries on with ("It had fewer than 60,000")', () => {
    const t = 'ICE reported holding more than 65,000 detainees as of Nov. 15. It had fewer than 60,000 in late September, just before the shutdown.';
    expect(claimFor(t, '60,000')?.category).toBe('detention');
  });

  describe('2025-2026 news patterns: periods and carried counts', () => {
    const at = (text: string, figure: string, date: string) => detectClaims(text, { articleDate: date }).find((c) => c.quote.includes(figure));

    it('carries a count into its restatement ("..., averaging about 380 per day")', () => {
      const c = at('ICE records show that more than 1,100 people were detained between Friday and Monday alone, averaging about 380 per day.', '380', '2025-06-30');
      expect(c?.category).toBe('arrests');
      expect(c?.rate).toBe('day');
    });

    it('points "the prior high" back at the record, not at the last count', () => {
      const t =
        'Immigration detention has reached a record high of more than 60,000 people. ICE records show that more than 1,100 people were detained between Friday and Monday alone, averaging about 380 per day. The prior high, 55,654, was recorded in August 2019.';
      expect(at(t, '55,654', '2025-06-30')?.category).toBe('detention');
    });
  });

  it('keeps "The pace ... jumped to over 1,000 a day" as the count before it', () => {
    const t = 'At the outset of the Trump administration ICE arrests jumped to 750 a day. The pace began to rise in late April, and then in early June jumped to over 1,000 a day.';
    const c = detectClaims(t, { articleDate: '2025-06-25' }).find((x) => x.quote.includes('1,000'));
    expect(c?.category).toBe('arrests');
    expect(c?.rate).toBe('day');
  });
  it('carries counts into sentences that point back at them', () => {
    const article = `ICE’s detention population has soared. The agency was holding 59,000 people last week, up from 39,000 in January. That is far above the 41,500 beds Congress funded.

Arrests have climbed too, to about 1,100 a day. Officials hope to double that number to 2,000 by the fall. Nearly 9,000 of them were deported within a month.

The average stay was 48 days, according to TRAC. Eight in 10 detainees are held in privately run facilities.

In all, 2,000 people were arrested in the Chicago operation, which ran for six days. The agency has about 6,000 deportation officers, and it wants 10,000 more.`;
    const got = detectClaims(article, { articleDate: '2025-07-01' }).map((c) => [c.quote, c.category, c.rate]);
    expect(got).toEqual([
      ['59,000', 'detention', null],
      ['39,000', 'detention', null],
      ['41,500', 'detention', null],
      ['about 1,100', 'arrests', 'day'],
      ['double', 'goal', null],
      ['2,000', 'goal', null],
      ['Nearly 9,000', 'removals', null],
      ['48 days', 'detention', null],
      ['2,000', 'arrests', null],
      ['about 6,000', 'personnel', null],
      ['10,000', 'personnel', null],
    ]);
  });
  it('carries a subject named far before the number', () => {
    expect(
      claims('Arrests of immigrants by ICE officers in homes, at courthouses and in the interior of the country rose sharply over the course of the year, to about 21,300.').map(
        ([q, c]) => [q, c],
      ),
    ).toEqual([['about 21,300', 'arrests']]);
  });

  it('reads "The figure" as the count of the sentence before', () => {
    const text = 'ICE is holding 66,000 people in detention, agency data show. The figure tops the earlier record of about 56,000 and is up about 40 percent this year.';
    expect(detectClaims(text).map((c) => [c.quote, c.category])).toEqual([
      ['66,000', 'detention'],
      ['about 56,000', 'detention'],
      ['about 40 percent', 'detention'],
    ]);
  });
  it('carries the count of the sentence before into a sentence that only moves it', () => {
    const text =
      'Border Patrol apprehensions at the southwest border fell from 120,400 in May to 88,100 in June. ' +
      'This represents a decrease of 26.8 percent. Totals in the Rio Grande Valley also dropped from 61,000 to 40,500 — a 33.6 percent drop. ' +
      'Those numbers rose again in July to 95,300, CBP officials detailed.';
    const claims = detectClaims(text);
    expect(claims.map((c) => c.quote)).toEqual(['120,400', '88,100', '26.8 percent', '61,000', '40,500', '33.6 percent', '95,300']);
    expect(new Set(claims.map((c) => c.category))).toEqual(new Set(['border']));
  });

  it('does not let a small non-claim number cut the next one off from its cue', () => {
    const text = 'Border apprehensions climbed from a 19-year low of 12,300 in April to 15,800 in May. ' +
      'Apprehensions of these three groups fell from 70,200 to 52,900.';
    expect(detectClaims(text).map((c) => [c.quote, c.category])).toEqual([
      ['12,300', 'border'], ['15,800', 'border'], ['70,200', 'border'], ['52,900', 'border'],
    ]);
  });

  it('lets "The figure" point back past a sentence whose numbers made no claim', () => {
    const text =
      'ICE deported 151,200 immigrants in fiscal 2024. That was the most deportations in the last five fiscal years. ' +
      'The figure represents a 41.3 percent increase over the year before.';
    expect(claimFor(text, '41.3 percent')?.category).toBe('removals');
  });

  it('gives the members of a list the rate of the list', () => {
    const text = 'The average daily population in ICE custody rose from 21,300, 27,900 and 18,400 in the three years before.';
    expect(detectClaims(text).map((c) => c.rate)).toEqual(['day', 'day', 'day']);
  });

  it('carries a border count into "That\'s", "previous high of" and "The previous record was"', () => {
    const text =
      'Border Patrol agents encountered 181,200 migrants at the southwest border in August. ' +
      "That's a 2.1 percent increase compared to the 177,500 encounters in July. " +
      'A record 2.4 million encounters with Border Patrol agents took place last year, eclipsing the previous high of 1.6 million in 2021. ' +
      'The previous record was 1.7 million in fiscal 2000.';
    const claims = detectClaims(text);
    expect(claims.map((c) => c.quote)).toEqual(['181,200', '2.1 percent', '177,500', '2.4 million', '1.6 million', '1.7 million']);
    expect(new Set(claims.map((c) => c.category))).toEqual(new Set(['border']));
  });

  it('lets a share that is no claim say what the number after it counts', () => {
    const c = claimFor('County jails held about 12 percent of all ICE detainees, or 6,800 people, on average each day in May.', '6,800');
    expect(c?.category).toBe('detention');
    expect(c?.rate).toBe('day');
  });

  it('lets a paragraph point back at the last count of the paragraph before', () => {
    const text = 'ICE deported 310,000 people last fiscal year, its annual report says.\nThe previous high was 409,800 in 2012.';
    expect(detectClaims(text).map((c) => [c.quote, c.category])).toEqual([['310,000', 'removals'], ['409,800', 'removals']]);
  });

  it('carries the count into "put its own estimate at" and "the drop of"', () => {
    const text =
      'Pew says the unauthorized immigrant population reached 13.9 million in 2023. ' +
      'A restrictionist group put its own estimate at 17.9 million, and an official hailed the six-month drop of 1.2 million.';
    expect(detectClaims(text).map((c) => [c.quote, c.category])).toEqual([
      ['13.9 million', 'population'], ['17.9 million', 'population'], ['1.2 million', 'population'],
    ]);
  });

  it('gives "from the current N" the count of the number it moves to', () => {
    const text = 'GEO expects the number of ICE detention beds to grow to as many as 150,000 from the current 42,000, along with more deportation flights.';
    expect(claimFor(text, '42,000')?.category).toBe('detention');
  });
});
