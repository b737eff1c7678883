import { describe, expect, it } from 'vitest';
import { knowable, pickFigures, timingText } from '../../../lib/context/figures';
import { parsePeriod } from '../../../lib/dataset/period';
import type { ClaimPeriod } from '../../../lib/detect/types';
import { JUNE_2019, q } from './fixture';

const summary = (groups: ReturnType<typeof pickFigures>) => groups.map((g) => `${g.timing}:${g.figures.map((f) => `${f.period}@${f.source}`).join(',')}`);
const period = (p: string, start: string, end: string, text = p): ClaimPeriod => ({ text, period: p, start, end });

describe('knowable', () => {
  it('tells known, around and later apart, partial dates counting as their whole span', () => {
    expect(knowable('2018-12-14', JUNE_2019)).toBe('known');
    expect(knowable('2019-06', JUNE_2019)).toBe('around');
    expect(knowable('2019', JUNE_2019)).toBe('around');
    expect(knowable('2019-05', JUNE_2019)).toBe('known');
    expect(knowable('2019-12-11', JUNE_2019)).toBe('later');
    expect(knowable('2019-12-11', null)).toBe('undated-article');
  });
});

describe('pickFigures', () => {
  it('uses the period the claim names, exactly when the dataset has it', () => {
    const oct = period('2018-10-01/2018-12-31', '2018-10-01', '2018-12-31', 'from October to December');
    expect(summary(pickFigures(q, 'removals-interior', oct, JUNE_2019))[0]).toBe('claim-period:2018-10-01/2018-12-31@ice-q1-fy2019');
  });

  it('reads a calendar year ("last year", "in 2018") as the fiscal year of that number for a fiscal series', () => {
    const lastYear = period('CY2018', '2018-01-01', '2018-12-31', 'last year');
    expect(summary(pickFigures(q, 'detention-adp', lastYear, JUNE_2019))[0]).toBe('claim-period:FY2018@ice-fy2018');
    // A series with no fiscal year of that number falls back as before.
    expect(summary(pickFigures(q, 'detention-funded-beds', lastYear, JUNE_2019)).some((g) => g.startsWith('claim-period'))).toBe(false);
  });

  it('takes a count made inside a named month for a level, never a part of a total', () => {
    const feb = period('2019-02', '2019-02-01', '2019-02-28', 'in February');
    expect(summary(pickFigures(q, 'detention-population', feb, JUNE_2019))[0]).toBe('claim-period:2019-02-06@approp-fy2019');
    // One day's count does not stand for a year.
    expect(summary(pickFigures(q, 'detention-population', period('FY2019', '2018-10-01', '2019-09-30', 'in fiscal 2019'), JUNE_2019)).some((g) => g.startsWith('claim-period'))).toBe(false);
    const q1 = period('2018-10-01/2019-03-31', '2018-10-01', '2019-03-31', 'from October to March');
    // Interior removals for Oct.-Dec. lie inside Oct.-March, but a quarter's total does not stand for a half-year.
    expect(summary(pickFigures(q, 'removals-interior', q1, JUNE_2019))[0]).toBe('claim-period:FY2019@ice-fy2019');
  });

  it('falls back to the shortest official period containing the named one, and adds what was known', () => {
    const novDec = period('2018-11-01/2018-12-31', '2018-11-01', '2018-12-31');
    // FY2019 contains Nov.-Dec. 2018 but came out after the article: the FY2018 report is added as known then.
    const groups = pickFigures(q, 'removals', novDec, JUNE_2019);
    expect(summary(groups)).toEqual(['claim-period:FY2019@ice-fy2019,FY2019@news-fy2019', 'latest-known:FY2018@ice-fy2018']);
    const named = parsePeriod('2018-11-01/2018-12-31');
    expect(timingText('claim-period', groups[0]!.figures[0]!, JUNE_2019, named)).toMatch(/^Since then: .*the official period containing the one the article names/);
  });

  it('prefers a nearly identical period to a longer one containing the named one', () => {
    // Oct. 5 - Dec. 31, 2017 has all its 88 days in the stored Oct.-Dec. 2017 quarter (92 days).
    const p = period('2017-10-05/2017-12-31', '2017-10-05', '2017-12-31');
    expect(summary(pickFigures(q, 'removals-interior', p, '2018-06-01'))[0]).toBe('claim-period:2017-10-01/2017-12-31@ice-q1-fy2018');
    const far = period('2017-11-15/2018-01-31', '2017-11-15', '2018-01-31');
    expect(summary(pickFigures(q, 'removals-interior', far, '2018-06-01'))[0]).toBe('claim-period:FY2018@ice-fy2018');
  });

  it('without a named period: the latest known at the article date, then the article year labelled since then', () => {
    const groups = pickFigures(q, 'removals-interior', null, JUNE_2019);
    // The Oct.-Dec. 2018 quarter is the freshest count known; FY2018 is the last full year known.
    expect(summary(groups)).toEqual(['latest-known:2018-10-01/2018-12-31@ice-q1-fy2019', 'latest-known:FY2018@ice-fy2018', 'since-then:FY2019@ice-fy2019']);
    const since = groups[2]!.figures[0]!;
    expect(timingText('since-then', since, JUNE_2019)).toMatch(/^Since then: .*FY2019.*published Dec\. 11, 2019, after the article/);
  });

  it("uses the article's fiscal year when its figure was out by then (funded beds are set in advance)", () => {
    expect(summary(pickFigures(q, 'detention-funded-beds', null, JUNE_2019))).toEqual(['article-period:FY2019@approp-fy2019']);
  });

  it('counts a source published in the article month as possibly known, and says so', () => {
    const groups = pickFigures(q, 'population-unauthorized-pew', null, JUNE_2019);
    expect(summary(groups)).toEqual(['latest-known:CY2017@pew-2019']);
    expect(timingText('latest-known', groups[0]!.figures[0]!, JUNE_2019)).toContain("around the article's date");
  });

  it('adds the latest figure, labelled later, when it is newer than those shown', () => {
    expect(summary(pickFigures(q, 'removals', null, '2018-01-15'))).toEqual(['latest-known:FY2017@ice-fy2017', 'since-then:FY2018@ice-fy2018', 'latest:FY2019@ice-fy2019,FY2019@news-fy2019']);
  });

  it('without an article date: the latest figures, labelled as such', () => {
    const groups = pickFigures(q, 'removals', null, null);
    expect(summary(groups)).toEqual(['latest-undated:FY2019@ice-fy2019,FY2019@news-fy2019']);
    expect(timingText('latest-undated', groups[0]!.figures[0]!, null)).toBe("Latest available (FY2019 (Oct. 2018 to Sept. 2019)); the article's date is unknown");
  });

  it('returns nothing for a metric without figures', () => {
    expect(pickFigures(q, 'courts-backlog', null, JUNE_2019)).toEqual([]);
  });
});
