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

  it("'on' a day is that day; a deadline, a boundary or when something was said is not", () => {
    expect(periodOf('EOIR had 442 immigration judges on Sept. 30, 2019, its most ever.', '442', null)).toBe('2019-09-30');
    expect(periodOf('ICE had 35,589 people in detention on Sept. 10, according to TRAC.', '35,589', '2023-09-26')).toBe('2023-09-10');
    expect(periodOf('With the fiscal year set to close on September 30, ICE is on course for roughly 271,000 removals.', '271,000', '2025-08-29')).toBeNull();
    expect(periodOf('ICE expects to deport more than 600,000 people this year, Tom Homan said at a summit on Oct. 22.', '600,000', '2025-10-23')).not.toBe('2025-10-22');
  });

  it('the fiscal year just ended, or the year to September, is that fiscal year', () => {
    expect(periodOf('Border Patrol agents made 1,659,206 apprehensions in the fiscal year just ended.', '1,659,206', '2021-10-23')).toBe('FY2021');
    expect(periodOf('Just over 300,000 people were arrested by Border Patrol in the year to September 2017.', '300,000', '2017-12-07')).toBe('FY2017');
    expect(periodOf('Almost 2 million people were stopped at the border in the 12 months that ended Sept. 30.', '2 million', '2021-10-23')).toBe('FY2021');
  });

  it("'this fiscal year' in October is the year just closed, for a count over it", () => {
    const s = 'Border agents made about 237,000 apprehensions at the southern border this fiscal year.';
    expect(periodOf(s, '237,000', '2025-10-31')).toBe('FY2025');
    expect(periodOf(s, '237,000', '2025-11-05')).toBe('FY2026');
    expect(periodOf('Congress gave ICE $10 billion for this fiscal year.', '$10 billion', '2025-10-31')).toBe('FY2026');
  });

  it("a month named as the count's own ('September's total', 'November data') dates it; 'may' the verb does not", () => {
    expect(periodOf("September's total of CBP encounters on the southwest border came to 52,546.", '52,546', '2019-10-08')).toBe('2019-09');
    expect(periodOf('Preliminary November data put Border Patrol apprehensions nationwide a little lower, at 30,367.', '30,367', '2025-12-06')).toBe('2025-11');
    expect(periodOf('ICE may deport 30,000 people, officials said.', '30,000', '2025-12-06')).toBeNull();
  });

  it("the month a change is measured from dates the count its when-clause gives, not the change", () => {
    const s = "April's deportations were up more than 50% from February, when ICE removed around 11,000 people.";
    expect(periodOf(s, '11,000', '2025-05-28')).toBe('2025-02');
    expect(periodOf(s, '50%', '2025-05-28')).toBe('2025-04');
  });

  it("'the 226,000 of 2017' is 2017's count; 'of' a year elsewhere is not a count's period", () => {
    const s = "ICE carried out more than 185,000 deportations in fiscal 2020, well under the 226,000 of 2017, the administration's previous low.";
    expect(periodOf(s, '226,000', '2020-12-30')).toBe('CY2017');
    expect(periodOf(s, '185,000', '2020-12-30')).toBe('FY2020');
    expect(periodOf('ICE deported 267,258 people in fiscal 2019 under the guidelines of 2017.', '267,258', '2019-12-20')).toBe('FY2019');
    // The base of a comparison: its year dates it, not the change.
    const c = 'In 2019, ICE deported 85,958 people from the interior, about 10 percent fewer than the 95,360 of 2018.';
    expect([periodOf(c, '95,360', null), periodOf(c, '10 percent', null)]).toEqual(['CY2018', 'CY2019']);
  });

  it("a period after 'more than in', or after 'the lowest since', is what the count is weighed against, not its own", () => {
    const s = "In fiscal year 2019 ICE's Enforcement and Removal Operations arrested approximately 143,000 people and removed about 267,000, 11,173 more than in FY 2018.";
    expect(periodOf(s, '267,000', '2019-12-12')).toBe('FY2019');
    expect(periodOf('ICE deported 59,000 people, the lowest since at least fiscal 2008.', '59,000', '2022-03-11')).toBeNull();
    expect(periodOf('ICE deported 59,000 people in fiscal 2008.', '59,000', '2022-03-11')).toBe('FY2008');
  });

  it("a level marked as the present ('the current 34,000') is the article's, not the period the sentence names for another number", () => {
    const s = 'The president wants to shrink ICE detention by more than a quarter in fiscal 2023, from the current 34,000 beds to just 25,000.';
    // A capacity: the fiscal year in force on the article's day (March 2022: FY2022; November 2022: FY2023).
    expect(periodOf(s, '34,000', '2022-03-29')).toBe('FY2022');
    expect(periodOf(s, '34,000', '2022-11-02')).toBe('FY2023');
    // The request keeps the year the sentence gives it.
    expect(periodOf(s, '25,000', '2022-03-29')).toBe('FY2023');
    // Without the word of now the sentence's year stays.
    expect(periodOf('The president wants to shrink ICE detention in fiscal 2023 from 34,000 beds to just 25,000.', '34,000', '2022-03-29')).toBe('FY2023');
    // A count on a day: the article's day.
    expect(periodOf('ICE detention, now at 38,000 people, would shrink by a third in fiscal 2025 under the plan.', '38,000', '2024-03-01')).toBe('2024-03-01');
    // A sum of money: the fiscal year in force.
    expect(periodOf('The administration asked for $3 billion for detention in fiscal 2025, against a current budget of $2.9 billion.', '$2.9 billion', '2024-03-01')).toBe('FY2024');
    // Undated article: no period rather than another number's.
    expect(periodOf(s, '34,000', null)).toBeNull();
  });

  it("a word of now does not override a period in the number's own clause", () => {
    expect(periodOf('ICE currently holds 61,000 people in detention in fiscal 2025.', '61,000', '2025-06-01')).toBe('FY2025');
    expect(periodOf('Congress funded 34,000 beds in fiscal 2022, the current level.', '34,000', '2022-11-02')).toBe('FY2022');
  });
});

describe("a change's named base (frame.period.change-base)", () => {
  const baseOf = (text: string, quote: string, articleDate: string | null) =>
    detectClaims(text, { articleDate }).find((c) => c.quote.includes(quote))?.frame.period.base?.period ?? null;

  it('is the base of the comparison right after the change, placed from its own period when it names no year', () => {
    const s = 'In April 2020, the first full month under the Title 42 order, removals dropped to 9,992 from 19,249 in March, a 48 percent fall.';
    // "a 48 percent fall" in apposition after "in March": March of the change's own year, not the article's.
    expect(baseOf(s, '48 percent', '2021-05-10')).toBe('2020-03');
    expect(baseOf('ICE figures show that 17,000 people were deported in April 2025, up 29% from the same month a year before.', '29%', '2025-05-28')).toBe('2024-04');
    expect(baseOf('The federal government removed 368,644 people in the last fiscal year, a 10 percent drop from the year before.', '10 percent', '2013-12-27')).toBe('FY2012');
  });

  it('is not a base past a clause break or another percent, nor a span up to now', () => {
    expect(baseOf('Apprehensions rose 12% in fiscal 2019; in fiscal 2018 agents made 404,142.', '12%', '2019-12-01')).toBeNull();
    expect(baseOf('Deportations were up 90 percent and arrests 20 percent from fiscal 2023.', '90 percent', '2024-12-20')).toBeNull();
    expect(baseOf('Border apprehensions in May 2019 were the highest since 2006, up 30 percent.', '30 percent', '2019-06-10')).toBeNull();
  });
});

describe("an undated article's month or day without a year", () => {
  const periodIn = (text: string, quote: string) => detectClaims(text, { articleDate: null }).find((c) => c.quote.includes(quote))?.period?.period ?? null;

  it('takes the year of the last period the paragraph wrote out before it, where that settles it', () => {
    // Within the fiscal year named: May of fiscal 2019 is May 2019.
    expect(periodIn("ICE's fiscal 2019 detention data show the average stay rising from 28 days in May to 46 days in July.", '28 days')).toBe('2019-05');
    // An earlier month of the year a sentence before named.
    expect(periodIn('In June 2025, 36,722 people were booked into ICE custody. The average stay in detention has eased to 46 days from 52 days in January.', '52 days')).toBe('2025-01');
    expect(periodIn('ICE held 68,289 people in detention on February 7, 2026, down from a record 70,766 detained on January 24.', '70,766')).toBe('2026-01-24');
  });

  it('stays unplaced when the year is open: a later month than the anchor, no year written, or only a comparison base before it', () => {
    expect(periodIn('In June 2025, ICE removed about 20,000 people. In July, ICE removed 25,000 people.', '25,000')).toBeNull();
    expect(periodIn('In May, U.S. Customs and Border Protection reported 239,416 apprehensions at the southern border.', '239,416')).toBeNull();
    expect(periodIn('Border apprehensions fell from 43,272 in December 2016. In January, Border Patrol agents apprehended 31,575 migrants at the southwest border.', '31,575')).toBeNull();
  });
});

describe("a record's horizon ('the most in any month since March 2000')", () => {
  it('dates no count: the count keeps its own period, or the sentence before names it', () => {
    expect(periodOf('Border Patrol agents made 132,887 apprehensions in May 2019, the first month above 100,000 since April 2007.', '132,887', '2019-06-06')).toBe('2019-05');
    expect(periodOf('Border apprehensions hit a record in May. Agents made 132,887 apprehensions, the first month above 100,000 since April 2007.', '132,887', '2019-06-06')).toBe('2019-05');
    // A "since" that a when-clause dates still dates that clause's count.
    expect(periodOf('ICE is on course to pass 300,000 deportations, a level not seen since 2014 under Obama, when ICE removed 316,000.', '316,000', '2025-08-29')).toBe('CY2014');
  });
});
