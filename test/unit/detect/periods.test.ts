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
