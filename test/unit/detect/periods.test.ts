import { describe, expect, it } from 'vitest';
import { findPeriods, nearestPeriod } from '../../../lib/detect/periods';

const first = (s: string, date?: string) => findPeriods(s, date)[0]?.period;

describe('findPeriods', () => {
  it('reads fiscal years', () => {
    expect(first('in fiscal 2018')).toEqual({ text: 'in fiscal 2018', period: 'FY2018', start: '2017-10-01', end: '2018-09-30' });
    expect(first('in fiscal year 2018')?.period).toBe('FY2018');
    expect(first('in FY2018')?.period).toBe('FY2018');
    expect(first('last fiscal year', '2019-11-02')?.period).toBe('FY2019');
  });

  it('resolves relative years only with an article date', () => {
    expect(first('in 2019')?.period).toBe('CY2019');
    expect(first('last year', '2019-06-18')?.period).toBe('CY2018');
    expect(first('this year', '2019-06-18')?.period).toBe('CY2019');
    expect(first('last year')).toEqual({ text: 'last year', period: null, start: null, end: null });
  });

  it('resolves months and spans to the most recent one before the article date', () => {
    expect(first('From October to December, ICE deported', '2019-06-18')).toMatchObject({
      period: '2018-10-01/2018-12-31',
    });
    expect(first('in May', '2019-06-18')?.period).toBe('2019-05');
    expect(first('in August', '2019-06-18')?.period).toBe('2018-08');
    expect(first('since Sept. 24', '2019-06-18')?.period).toBe('2018-09-24/2019-06-18');
    expect(first('from Sept. 24 through Friday', '2019-06-18')?.period).toBe('2018-09-24/2019-06-14');
    expect(first('as of April 27', '2025-05-01')?.period).toBe('2025-04-27');
  });

  it('reads the day a count is named for by the end or start of a span', () => {
    expect(first('at the end of December 2020')?.period).toBe('2020-12-31');
    expect(first('still enrolled at the end of June', '2022-10-20')?.period).toBe('2022-06-30');
    expect(first('by the end of September 2022 it passed 300,000')?.period).toBe('2022-09-30');
    expect(first('at the end of the second quarter of FY2023')?.period).toBe('2023-03-31');
    expect(first("at the end of FY2023's second quarter")?.period).toBe('2023-03-31');
    expect(first('at the end of the first quarter of fiscal 2024')?.period).toBe('2023-12-31');
    expect(first('at the end of fiscal 2019')?.period).toBe('2019-09-30');
    expect(first('at the end of 2016')?.period).toBe('2016-12-31');
    expect(first('at the start of this year', '2023-09-26')?.period).toBe('2023-01-01');
    expect(first('at the start of this year')?.period).toBeNull();
    // "by the end of 2023" is as often a deadline: no day of a count.
    expect(first('plans to double that number by the end of 2023')).toBeUndefined();
  });

  it('reads the year that ended Sept. 30 as the fiscal year, and "as of" a month as that month', () => {
    expect(first('In the year that ended Sept. 30, officers detained some 143,000 people', '2019-12-12')?.period).toBe('FY2019');
    expect(first('in the fiscal year ending September 30, 2018')?.period).toBe('FY2018');
    expect(first('in the fiscal year that ended September 30th', '2022-10-23')?.period).toBe('FY2022');
    expect(first('As of June 2022, almost 280,000 were enrolled')?.period).toBe('2022-06');
    expect(first('still roughly 21,000 as late as May', '2023-09-26')?.period).toBe('2023-05');
  });

  it('keeps the year of a span whole: "between August 2020 and June 2022" is no June 20', () => {
    expect(first('between August 2020 and June 2022')?.period).toBe('2020-08-01/2022-06-30');
    expect(first('between June 3 and June 20, 2021')?.period).toBe('2021-06-03/2021-06-20');
  });

  it('does not date a count by when something first happened this year', () => {
    expect(first('for the first time this year, it removed more', '2025-05-28')).toBeUndefined();
    expect(first('topped 1,500 a day for the first time in November', '2025-12-20')?.period).toBe('2025-11');
  });

  it('prefers a period in the number\'s own clause to one across a semicolon', () => {
    const s = 'ICE enrolled 480,301 people between August 2020 and June 2022; 284,000 were still enrolled at the end of June.';
    const ps = findPeriods(s, '2022-10-20');
    const at = s.indexOf('284,000');
    expect(nearestPeriod(ps, at, at + 7, 0, Infinity, s)?.period).toBe('2022-06-30');
  });

  it('picks the period nearest to a quantity', () => {
    const s = 'Arrests rose to 1,200 in June, up from 800 in fiscal 2018.';
    const ps = findPeriods(s, '2019-08-01');
    expect(nearestPeriod(ps, s.indexOf('1,200'), s.indexOf('1,200') + 5)?.period).toBe('2019-06');
    expect(nearestPeriod(ps, s.indexOf('800'), s.indexOf('800') + 3, 0, Infinity, s)?.period).toBe('FY2018');
  });
});

describe('periods of one event', () => {
  it('skips founding and signing dates, and prefers the period in the quantity’s own clause', () => {
    expect(findPeriods('The agency, created in 2003, deported 271,484 people.')).toEqual([]);
    const s = 'In fiscal 2019, ICE deported 267,258 people, and in 2020 it deported 185,884.';
    const ps = findPeriods(s);
    const at = s.indexOf('185,884');
    expect(nearestPeriod(ps, at, at + 7, s.indexOf(', and'), s.length)?.period).toBe('CY2020');
    const first = s.indexOf('267,258');
    expect(nearestPeriod(ps, first, first + 7, 0, s.indexOf(', and'))?.period).toBe('FY2019');
  });
});

describe('comparison bases', () => {
  it('does not give a change the period it is compared with', () => {
    const s = 'From October to December, ICE deported 22,169 people, down 7 percent from the same period in 2017.';
    const ps = findPeriods(s, '2019-06-18');
    expect(ps.map((p) => p.comparison)).toEqual([false, true]);
    const at = s.indexOf('7 percent');
    expect(nearestPeriod(ps, at, at + 9, s.indexOf(', down'), s.length)?.period).toBe('2018-10-01/2018-12-31');
  });
});

describe("a bare 'the first six months'", () => {
  const first = (s: string, date: string) => findPeriods(s, date).find((p) => /first/.test(p.period.text))?.period.period ?? null;
  it('counts from the inauguration when the sentence names the administration', () => {
    const s = 'The administration has set a target of one million deportations a year, yet only about 150,000 people were deported in the first six months.';
    expect(first(s, '2025-08-02')).toBe('2025-01-20/2025-07-19');
  });
  it('is no period when no term is named, or when the words say of what', () => {
    expect(first('ICE deported about 150,000 people in the first six months.', '2025-08-02')).toBeNull();
    expect(first('The administration deported about 150,000 people in the first six months of the year.', '2025-08-02')).toBeNull();
  });
});
