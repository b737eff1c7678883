/**
 * The measure a claim's frame reads (lib/detect/frame/measure.ts) where several numbers share a sentence:
 * each counts what its own clause names, or what the number it goes on from counts.
 */
import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../../lib/detect';

const measureOf = (text: string, quote: string, articleDate: string | null = '2025-10-06') =>
  detectClaims(text, { articleDate }).find((c) => c.quote.includes(quote))?.frame.measure;

describe('the measure of a number among others', () => {
  it('a list and a comparison base count what the first number counts', () => {
    const s = 'Agents made nearly 8,400 apprehensions along the U.S.-Mexico border in September, up from 6,300 in August and 4,600 in July.';
    expect([measureOf(s, '8,400'), measureOf(s, '6,300'), measureOf(s, '4,600')]).toEqual(['border-apprehensions', 'border-apprehensions', 'border-apprehensions']);
  });

  it('the southwest border named for a later number does not make an earlier one southwestern', () => {
    const s = 'CBP agents encountered more than 2.9 million migrants this year, 2.1 million of them at the southern border.';
    expect(measureOf(s, '2.9 million', '2024-12-20')).toBe('nationwide-encounters');
    expect(measureOf(s, '2.1 million', '2024-12-20')).toMatch(/^border-/);
  });
});

describe("an earlier number's counted phrase is not this number's clause", () => {
  const frameOf = (text: string, quote: string, articleDate = '2024-03-02') => detectClaims(text, { articleDate }).find((c) => c.quote.includes(quote))?.frame;

  it("a new clause after a joint counts its own noun: judges beside a backlog's cases, people held beside funded beds", () => {
    expect(measureOf('Immigration courts now face a backlog of more than 3 million cases, with about 700 judges.', '700', '2024-03-02')).toBe('judges');
    const held = frameOf('ICE is funded for 34,000 detention beds but held about 38,000 people last month.', '38,000');
    expect([held?.measure, held?.kind, held?.detail]).toEqual(['detention', 'on-a-day', null]);
    expect(frameOf('ICE is funded for 34,000 detention beds but held about 38,000 people last month.', '34,000')?.detail).toBe('funded-beds');
  });

  it('a number that goes on from the earlier one keeps its words: a comparison base, a list, a record', () => {
    const s = 'ICE held an average of 39,000 people in detention a day, up from 34,000 the year before.';
    expect(frameOf(s, '34,000')?.kind).toBe('daily-average');
    expect(frameOf(s, '34,000')?.rules).not.toContain('frame.clause.earlier-number-words');
  });
});

describe('which border count: whose, and which border', () => {
  it("the Border Patrol's encounters are its apprehensions; CBP's add the ports of entry", () => {
    expect(measureOf('In fiscal year 2022 Border Patrol recorded more than 2.2 million encounters of migrants crossing the southern border illegally.', '2.2 million', '2024-01-26')).toBe('border-apprehensions');
    expect(measureOf('Customs and Border Protection recorded more than 2.3 million encounters at the southern border in fiscal 2022.', '2.3 million', '2024-01-26')).toBe('border-encounters');
    expect(measureOf('At the Mexican border, apprehensions plus inadmissibles swung from a five-year low of 415,517 in fiscal 2017.', '415,517', '2019-12-10')).toBe('border-encounters');
  });

  it("a count with no border named may be the southwest's or the nation's; a word of the nation's settles it", () => {
    expect(measureOf('Border Patrol agents caught 8,024 migrants crossing between ports of entry in June.', '8,024', '2025-07-24')).toBe('apprehensions-border-unsaid');
    expect(measureOf('The Border Patrol apprehended 8,024 migrants nationwide in June.', '8,024', '2025-07-24')).toBe('nationwide-apprehensions');
    expect(measureOf('Nationwide, CBP reported 30,573 encounters in October.', '30,573', '2025-12-06')).toBe('nationwide-encounters');
    expect(measureOf('CBP reported 30,573 encounters in October.', '30,573', '2025-12-06')).toBe('encounters-border-unsaid');
  });

  it("people counted with no noun of the count are the Border Patrol's apprehensions only where the sentence gives them to it", () => {
    expect(measureOf('U.S. Customs and Border Protection counted 269,735 migrants at the Southwest border in September.', '269,735', '2023-10-31')).toBe('count-unsaid-southwest');
    expect(measureOf('The Border Patrol caught 6,072 migrants at the southern border in June.', '6,072', '2025-07-24')).toBe('border-apprehensions');
    expect(measureOf('Over 144,000 immigrants were stopped at the border in May.', '144,000', '2019-06-28')).toBe('count-and-border-unsaid');
  });

  it('people who got away are no count of apprehensions', () => {
    expect(measureOf('Border Patrol officials also estimate that close to 400,000 more got away in fiscal 2021.', '400,000', '2021-10-23')).toBe('gotaways');
  });
});
