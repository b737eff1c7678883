/**
 * The period a claim's frame reads (lib/detect/frame/period.ts over lib/detect/periods.ts): a number's
 * period must be its own, never one that a later count's clause names.
 */
import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../../lib/detect';

const periodOf = (text: string, quote: string, articleDate: string | null) =>
  detectClaims(text, { articleDate }).find((c) => c.quote.includes(quote))?.frame.period.period ?? null;

describe("a number's own period", () => {
  it("is not a later count's, past a turn of clause", () => {
    const s = 'The agency now holds about 38,000 people a day in some 130 facilities, and Congress raised its budget so it can detain 41,500 people a day in fiscal 2024.';
    expect(periodOf(s, '41,500', null)).toBe('FY2024');
    expect(periodOf(s, '38,000', null)).toBeNull();
    // In a dated article the word of now dates it instead.
    expect(periodOf(s, '38,000', '2024-03-01')).toBe('2024-03-01');
  });

  it('is shared by a plain list of counts', () => {
    const s = 'ICE deported 100,000 people and arrested 150,000 in fiscal 2019.';
    expect([periodOf(s, '100,000', null), periodOf(s, '150,000', null)]).toEqual(['FY2019', 'FY2019']);
  });

  it("'at the close of' a month is that month's last day", () => {
    const s = 'The backlog stood at 658,000 at the close of November 2017, compared with 629,000 at the end of September 2017, and it grew faster than over fiscal 2017.';
    expect(periodOf(s, '658,000', '2018-01-04')).toBe('2017-11-30');
  });

  it('a year written by two is no period of its first year', () => {
    expect(periodOf('Immigration courts completed 700,000 cases in fiscal 2023-2024.', '700,000', '2024-12-20')).toBeNull();
    expect(periodOf('The courts completed 672,671 cases in 2022-2023, TRAC said.', '672,671', null)).toBeNull();
    // A run of fiscal years stays that run.
    expect(periodOf('ICE removed 1.1 million people in fiscal 2021-2024.', '1.1 million', '2024-12-20')).toBe('2020-10-01/2024-09-30');
  });
});
