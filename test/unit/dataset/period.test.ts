import { describe, expect, it } from 'vitest';
import { fiscalYearCovered, fiscalYearOf, formatPeriod, formatYearToDate, parsePeriod } from '../../../lib/dataset/period';

describe('parsePeriod', () => {
  it('reads a fiscal year as Oct. 1 to Sept. 30', () => {
    expect(parsePeriod('FY2019')).toEqual({ id: 'FY2019', kind: 'fiscal-year', start: '2018-10-01', end: '2019-09-30', days: 365 });
  });
  it('reads months (leap February), days, calendar years and ranges', () => {
    expect(parsePeriod('2020-02')).toMatchObject({ start: '2020-02-01', end: '2020-02-29', days: 29 });
    expect(parsePeriod('2019-06-18')).toMatchObject({ kind: 'day', days: 1 });
    expect(parsePeriod('CY2024')).toMatchObject({ start: '2024-01-01', end: '2024-12-31', days: 366 });
    expect(parsePeriod('2018-10-01/2018-12-31')).toMatchObject({ kind: 'range', days: 92 });
  });
  it('refuses what is not a period', () => {
    expect(parsePeriod('fiscal 2019')).toBeNull();
    expect(parsePeriod('2019-12-31/2019-01-01')).toBeNull();
  });
});

describe('fiscalYearOf', () => {
  it('puts October in the next fiscal year', () => {
    expect(fiscalYearOf('2019-06-18')).toBe(2019);
    expect(fiscalYearOf('2019-09-30')).toBe(2019);
    expect(fiscalYearOf('2019-10-01')).toBe(2020);
  });
});

describe('formatPeriod', () => {
  it('labels periods for readers', () => {
    expect(formatPeriod('FY2019')).toBe('FY2019 (Oct. 2018 to Sept. 2019)');
    expect(formatPeriod('2019-06')).toBe('June 2019');
    expect(formatPeriod('2025-07-04')).toBe('July 4, 2025');
  });
});

describe('years to date', () => {
  it('names a year to date and the year-end release that stands for its year', () => {
    expect(formatYearToDate('2025-10-01/2026-04-09')).toBe('FY2026 through April 9');
    expect(formatYearToDate('2025-10-02/2026-04-09')).toBeNull();
    expect(formatYearToDate('2025-04')).toBeNull();
    expect(fiscalYearCovered('FY2019')).toBe(2019);
    expect(fiscalYearCovered('2024-10-01/2025-09-20')).toBe(2025);
    expect(fiscalYearCovered('2025-10-01/2026-04-09')).toBeNull();
    expect(fiscalYearCovered('2024-10-01/2025-10-31')).toBeNull();
  });
});
