import { describe, expect, it } from 'vitest';
import { formatCount, formatDollars, formatPercent, formatPublished, formatRate, formatRatio } from '../../../lib/context/format';

describe('format', () => {
  it('writes counts with commas, round millions in words, fractions briefly', () => {
    expect(formatCount(267258)).toBe('267,258');
    expect(formatCount(10_500_000)).toBe('10.5 million');
    expect(formatCount(1_000_000)).toBe('1 million');
    expect(formatCount(1_148_024)).toBe('1,148,024');
    expect(formatCount(7946.67)).toBe('7,947');
    expect(formatCount(34.3)).toBe('34.3');
    expect(formatCount(0.4566)).toBe('0.46');
    expect(formatCount(4)).toBe('4');
  });

  it('writes dollars', () => {
    expect(formatDollars(8_400_000_000)).toBe('$8.4 billion');
    expect(formatDollars(5_614_000_000)).toBe('$5.614 billion');
    expect(formatDollars(10_958_904_109.6)).toBe('$11 billion');
    expect(formatDollars(10_854_000_000, 1)).toBe('$10.9 billion');
    expect(formatDollars(12213)).toBe('$12,213');
    expect(formatDollars(133.99)).toBe('$133.99');
  });

  it('writes percents, ratios, rates and publication dates', () => {
    expect(formatPercent(-11.913)).toBe('-11.9%');
    expect(formatPercent(5)).toBe('5%');
    expect(formatRatio(3.9049)).toBe('3.9');
    expect(formatRatio(0.4807)).toBe('0.48');
    expect(formatRate(7946.67, 'month')).toBe('7,947 a month');
    expect(formatPublished('2018-12-20')).toBe('Dec. 20, 2018');
    expect(formatPublished('2019-06')).toBe('June 2019');
    expect(formatPublished('2019')).toBe('2019');
  });
});
