import { describe, expect, it } from 'vitest';
import { changeDirection, compareWithFigure, comparePercentChange, rateConversion, wholeMonths, yearBefore } from '../../../lib/context/compare';
import { claimSpan } from '../../../lib/context/figures';
import { fromFigure } from '../../../lib/context/num';
import { parsePeriod } from '../../../lib/dataset/period';
import type { Claim } from '../../../lib/detect/types';
import { claim, q } from './fixture';

const P = (id: string) => parsePeriod(id)!;
const ref = (metric: string, period: string, source?: string) => q.figuresFor(metric, period).find((f) => !source || f.source === source)!;
const against = (c: Claim, metric: string, period: string) => {
  const r = ref(metric, period);
  const out = compareWithFigure(c, claimSpan(c.period), r, fromFigure(r), 0);
  if (typeof out === 'string') throw new Error(out);
  return out;
};

describe('rate conversion', () => {
  it('divides a year by 12 for a month and by its days for a day', () => {
    expect(rateConversion(P('FY2018'), 'month').factor).toBeCloseTo(1 / 12, 12);
    expect(rateConversion(P('FY2018'), 'day').factor).toBeCloseTo(1 / 365, 12);
    expect(rateConversion(P('FY2020'), 'day').factor).toBeCloseTo(1 / 366, 12); // Oct. 2019 - Sept. 2020 has Feb. 29
    expect(rateConversion(P('FY2018'), 'year')).toEqual({ factor: 1, how: '' });
  });

  it('divides a quarter by its 3 months, or by its 92 days for a day or week', () => {
    const quarter = P('2018-10-01/2018-12-31');
    expect(wholeMonths(quarter)).toBe(3);
    expect(rateConversion(quarter, 'month')).toEqual({ factor: 1 / 3, how: '÷ 3 months' });
    expect(rateConversion(quarter, 'day').factor).toBeCloseTo(1 / 92, 12);
    expect(rateConversion(quarter, 'week').factor).toBeCloseTo(7 / 92, 12);
    expect(rateConversion(quarter, 'year').factor).toBe(4);
    expect(wholeMonths(P('2018-09-24/2019-06-14'))).toBeNull();
  });
});

describe('compareWithFigure', () => {
  it('puts a yearly total on the claim rate: 7,000 a month against 95,360 a year', () => {
    const c = claim('ICE is averaging approximately 7,000 deportations per month from the US interior.', 'approximately 7,000', { category: 'removals', value: 7000, qualifier: 'about', rate: 'month' });
    const k = against(c, 'removals-interior', 'FY2018');
    expect(k.basis).toBe('per month');
    expect(k.official.value).toBeCloseTo(95360 / 12, 6);
    expect(k.official.text).toBe('7,947 a month');
    expect(k.official.derivation).toBe('95,360 ÷ 12 months');
    expect(k.difference.value).toBe(-11.9); // (7,000 - 7,946.67) / 7,946.67
    expect(k.verdict).toBe('below');
    expect(k.label).toBe('below official data by 11.9%');
  });

  it('puts a total over a named quarter and a yearly total both per month', () => {
    const c = claim('From October to December, ICE deported 22,169 people from the US interior.', '22,169', {
      category: 'removals',
      value: 22169,
      period: { text: 'From October to December', period: '2018-10-01/2018-12-31', start: '2018-10-01', end: '2018-12-31' },
    });
    const k = against(c, 'removals-interior', 'FY2019');
    expect(k.claimed.value).toBeCloseTo(22169 / 3, 6);
    expect(k.claimed.derivation).toBe('22,169 ÷ 3 months');
    expect(k.official.value).toBeCloseTo(85958 / 12, 6);
    expect(k.difference.value).toBe(3.2); // 7,389.67 against 7,163.17
    expect(k.verdict).toBe('in line');
    expect(k.explanation).toMatch(/an average over all of FY2019; its months can differ\./);
    // Measured against the year's average, not called right or wrong by "official data".
    expect(k.label).toBe('in line with the FY2019 average per month (within 5%)');
    const high = against({ ...c, value: 40000, quote: '22,169' }, 'removals-interior', 'FY2019');
    expect(high.label).toMatch(/^above the FY2019 average per month by \d/);
    // The same quarter in the dataset is compared as stated: 22,169 against 22,500.
    const same = against(c, 'removals-interior', '2018-10-01/2018-12-31');
    expect(same.basis).toBe('as stated');
    expect(same.difference.value).toBe(-1.5);
  });

  it('puts a yearly total per day for a daily claim', () => {
    const c = claim('ICE removes 700 people a day.', '700', { category: 'removals', value: 700, rate: 'day' });
    const k = against(c, 'removals', 'FY2018');
    expect(k.official.value).toBeCloseTo(256085 / 365, 6);
    expect(k.difference.value).toBe(-0.2);
    expect(k.label).toBe('in line with official data (within 5%)');
  });

  it('does not divide an average: 50,000 a day against an average daily population', () => {
    const c = claim('ICE is detaining more than 50,000 a day.', 'more than 50,000', { category: 'detention', value: 50000, qualifier: 'more than', rate: 'day' });
    const k = against(c, 'detention-adp', 'FY2019');
    expect(k.basis).toBe('as stated');
    expect(k.official.value).toBe(50165);
    expect(k.verdict).toBe('consistent');
    expect(k.difference.value).toBe(-0.3);
  });

  it('reads hedges one-sidedly: fewer than 6,000 fits 5,700; fewer than 5,000 does not', () => {
    const fewer = (n: number) => claim(`ERO has fewer than ${n.toLocaleString('en-US')} officers.`, `fewer than ${n.toLocaleString('en-US')}`, { category: 'personnel', value: n, qualifier: 'fewer than' });
    const ok = against(fewer(6000), 'personnel-ero-officers', '2018-12');
    expect(ok.verdict).toBe('consistent');
    expect(ok.label).toBe('consistent with official data');
    expect(ok.explanation).toBe('The claim says fewer than 6,000; the official figure for Dec. 2018 is 5,700.');
    const low = against(fewer(5000), 'personnel-ero-officers', '2018-12');
    expect(low.verdict).toBe('below');
    expect(low.difference.value).toBe(-12.3);
    expect(low.label).toBe('below official data by 12.3%');
  });

  it('reads "more than" strictly but within the 5% band, and "about" as the band', () => {
    const more = (n: number) => claim(`ICE held more than ${n} people.`, `more than ${n}`, { category: 'detention', value: n, qualifier: 'more than', rate: 'day' });
    expect(against(more(48000), 'detention-adp', 'FY2019').verdict).toBe('consistent');
    expect(against(more(52000), 'detention-adp', 'FY2019').verdict).toBe('in line'); // +3.7%
    const far = against(more(60000), 'detention-adp', 'FY2019');
    expect([far.verdict, far.difference.value]).toEqual(['above', 19.6]);
    const about = (n: number) => claim(`ICE has about ${n} family beds.`, `about ${n}`, { category: 'detention', value: n, qualifier: 'about' });
    expect(against(about(3200), 'detention-family-capacity', '2019-04').verdict).toBe('in line'); // -3.8%
    const off = against(about(3000), 'detention-family-capacity', '2019-04');
    expect([off.verdict, off.difference.value]).toEqual(['below', -9.8]);
  });

  it('says when a true bound is far from the official figure', () => {
    const c = claim('More than 600 officers were sent to the border.', 'More than 600', { category: 'personnel', value: 600, qualifier: 'more than' });
    const k = against(c, 'personnel-ero-officers', '2018-12');
    expect(k.verdict).toBe('consistent');
    expect(k.explanation).toMatch(/The official figure is 9\.5 times the claim's 600\.$/);
  });

  it('does not set a weekly flow against a level or an average', () => {
    const c = claim('ICE books 20,000 people into detention a week.', '20,000', { category: 'detention', value: 20000, rate: 'week' });
    const r = ref('detention-adp', 'FY2019');
    expect(compareWithFigure(c, null, r, fromFigure(r), 0)).toMatch(/flow/);
  });

  it('meets a hedged official figure: a workforce of "more than 20,000"', () => {
    const c = claim('ICE has 21,000 employees.', '21,000', { category: 'personnel', value: 21000 });
    expect(against(c, 'personnel-ice-workforce', 'FY2018').verdict).toBe('consistent');
  });

  it('finds a range in line when the official figure falls inside, else measures from the nearest end', () => {
    const r = (low: number, high: number) => claim(`Between ${low} and ${high} people were held.`, `Between ${low} and ${high}`, { category: 'detention', low, high, rate: 'day' });
    expect(against(r(45000, 55000), 'detention-adp', 'FY2019').verdict).toBe('consistent');
    const k = against(r(30000, 40000), 'detention-adp', 'FY2019');
    expect(k.claimed.value).toBe(40000);
    expect([k.verdict, k.difference.value]).toEqual(['below', -20.3]);
  });

  it('refuses what cannot be compared', () => {
    const r = ref('removals', 'FY2018');
    const vague = claim('ICE deported thousands.', 'thousands', { category: 'removals', magnitude: 1000 });
    expect(compareWithFigure(vague, null, r, fromFigure(r), 0)).toMatch(/vague/);
    const noPeriod = claim('ICE deported 22,169 people.', '22,169', { category: 'removals', value: 22169 });
    expect(compareWithFigure(noPeriod, null, r, fromFigure(r), 0)).toMatch(/neither a period nor a rate/);
    const money = claim('It cost $5 million.', '$5 million', { category: 'removals', value: 5e6, dollars: true });
    expect(compareWithFigure(money, null, r, fromFigure(r), 0)).toMatch(/dollar/);
  });
});

describe('percent changes', () => {
  const sentence = 'From October to December, ICE deported 22,169 people from the US interior, down 7 percent from the same period in 2017.';
  const pct = (s: string, quote: string) =>
    claim(s, quote, { category: 'removals', value: 7, percent: true, period: { text: 'From October to December', period: '2018-10-01/2018-12-31', start: '2018-10-01', end: '2018-12-31' } });

  it('reads the direction next to the number', () => {
    expect(changeDirection(pct(sentence, '7 percent'))).toBe(-1);
    expect(changeDirection(pct('Removals rose 7 percent.', '7 percent'))).toBe(1);
    expect(changeDirection(pct('A 7 percent drop in removals.', '7 percent'))).toBe(-1);
    expect(changeDirection(pct('Removals were 7 percent of the total.', '7 percent'))).toBe(0);
  });

  it('finds the same period a year before', () => {
    expect(yearBefore(P('FY2019'))).toBe('FY2018');
    expect(yearBefore(P('CY2019'))).toBe('CY2018');
    expect(yearBefore(P('2019-06'))).toBe('2018-06');
    expect(yearBefore(P('2018-10-01/2018-12-31'))).toBe('2017-10-01/2017-12-31');
  });

  it('compares with the change between the two sourced figures, in points', () => {
    const now = ref('removals-interior', '2018-10-01/2018-12-31');
    const before = ref('removals-interior', '2017-10-01/2017-12-31');
    const k = comparePercentChange(pct(sentence, '7 percent'), now, before, [0, 1])!;
    expect(k.official.value).toBeCloseTo(-6.25, 9); // (22,500 - 24,000) / 24,000
    expect(k.official.sources.sort()).toEqual(['ice-q1-fy2018', 'ice-q1-fy2019']);
    expect(k.claimed.value).toBe(-7);
    expect(k.difference.value).toBe(-0.8);
    expect(k.verdict).toBe('in line');
    const up = comparePercentChange(pct('Removals rose 7 percent from a year before.', '7 percent'), now, before, [0, 1])!;
    expect([up.verdict, up.difference.value]).toEqual(['above', 13.3]);
  });
});
