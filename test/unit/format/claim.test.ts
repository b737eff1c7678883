import { describe, expect, it } from 'vitest';
import { claimAsRead } from '../../../lib/format';

const base = { value: null, low: null, high: null, magnitude: null, qualifier: null, unit: null, percent: false, dollars: false, rate: null, quote: '', period: null };

describe('a claim read back', () => {
  it.each([
    [{ value: 7000, qualifier: 'about', unit: 'deportations', rate: 'month' }, 'about 7,000 deportations a month'],
    [{ value: 100e9, dollars: true, unit: 'dollars', quote: '$100 billion' }, '$100 billion'],
    [{ value: 100e9, dollars: true, unit: 'dollars for detention' }, '$100 billion for detention'],
    [{ value: 46, unit: 'days', quote: '46 days' }, '46 days'],
    [{ value: 19.5, percent: true, unit: 'percent change in arrests', quote: '19.5%' }, '19.5% change in arrests'],
    [{ magnitude: 1e9, dollars: true, unit: 'dollars', quote: 'Billions' }, 'billions of dollars'],
    [{ low: 3000, high: 4000, unit: 'arrests' }, 'between 3,000 and 4,000 arrests'],
    [{ value: 7000, unit: 'removals', period: { text: 'Between May and July' } }, '7,000 removals, between May and July'],
    [{ value: 7000, qualifier: 'exact', unit: 'removals' }, '7,000 removals'],
  ] as const)('%o -> %s', (claim, want) => {
    expect(claimAsRead({ ...base, ...claim })).toBe(want);
  });
});
