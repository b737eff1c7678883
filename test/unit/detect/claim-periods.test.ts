import { describe, expect, it } from 'vitest';
import { detectClaims, type Claim } from '../../../lib/detect';

// The period a claim is dated by, counted from presidential terms (data/world). Sentences are paraphrased from 2025-2026 news for these tests.

function claimOf(text: string, figure: string, date = '2025-09-12'): Claim {
  const c = detectClaims(text, { articleDate: date }).find((x) => x.quote.includes(figure));
  if (!c) throw new Error(`no claim for ${figure}`);
  return c;
}

describe('periods at the end of a term', () => {
  it('dates the final stretch and the final year of the Biden administration', () => {
    const a = claimOf('By comparison, ICE arrested 750 people a day during the final stretch of the Biden administration.', '750', '2025-05-29');
    expect(a.period?.start).toBe('2024-01-20');
    expect(a.period?.end).toBe('2025-01-19');
    const b = claimOf('ICE averaged 300 arrests per day during President Joe Biden’s final year in office.', '300', '2025-02-05');
    expect(b.period?.end).toBe('2025-01-19');
  });

  it("reads a named president's 'last year in office' as the term's last twelve months, and a plain 'last year' as the calendar year", () => {
    const a = claimOf("In President Biden's last year in office ICE averaged roughly 300 arrests a day.", '300', '2025-06-05');
    expect([a.period?.start, a.period?.end]).toEqual(['2024-01-20', '2025-01-19']);
    expect(claimOf('ICE deported 271,484 people last year.', '271,484', '2025-06-05').period?.period).toBe('CY2024');
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
