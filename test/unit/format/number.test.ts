import { describe, expect, it } from 'vitest';
import { formatChange, formatCount, formatDollars, formatPercent, formatTimes, relativeTo, shareOf } from '../../../lib/format';

type Row = [input: string, got: () => string, want: string];

const rows: Row[] = [
  ['count 267258', () => formatCount(267258), '267,258'],
  ['count 10.5 million', () => formatCount(10_500_000), '10.5 million'],
  ['count exact millions keep digits', () => formatCount(1_148_024), '1,148,024'],
  ['count 100 billion', () => formatCount(100_000_000_000), '100 billion'],
  ['dollars 100 billion', () => formatDollars(100_000_000_000), '$100 billion'],
  ['dollars 170.7 billion', () => formatDollars(170_700_000_000), '$170.7 billion'],
  ['dollars 1.2 trillion', () => formatDollars(1_200_000_000_000), '$1.2 trillion'],
  ['dollars 45 million', () => formatDollars(45_000_000), '$45 million'],
  ['dollars 12,213', () => formatDollars(12213), '$12,213'],
  ['dollars cents', () => formatDollars(133.99), '$133.99'],
  ['percent one decimal', () => formatPercent(19.54), '19.5%'],
  ['percent whole', () => formatPercent(5), '5%'],
  ['change up', () => formatChange(19.5), 'up 19.5%'],
  ['change down', () => formatChange(-3.04), 'down 3%'],
  ['change none', () => formatChange(0.01), 'unchanged'],
  ['times', () => formatTimes(2.43), '2.4 times'],
  ['relative: 2.4 times, never 140%', () => relativeTo(240, 100), '2.4 times'],
  ['relative: 18.8 times, never 1778.5%', () => relativeTo(18_785, 1000), '18.8 times'],
  ['relative: exactly twice is a percent', () => relativeTo(200, 100), '100% above'],
  ['relative: above', () => relativeTo(119.5, 100), '19.5% above'],
  ['relative: below', () => relativeTo(88, 100), '12% below'],
  ['relative: a small share', () => relativeTo(20, 100), '20% of'],
  ['relative: same', () => relativeTo(100.01, 100), 'about the same as'],
  ['relative: no reference', () => relativeTo(5, 0), 'not comparable with'],
  ['share: 10 times, never 1000%', () => shareOf(100e9, 10e9), '10 times'],
  ['share: part', () => shareOf(4.5, 10), '45% of'],
  ['share: whole', () => shareOf(10, 10), 'about the same as'],
];

describe('numbers as a news desk writes them', () => {
  it.each(rows)('%s', (_name, got, want) => {
    expect(got()).toBe(want);
  });

  it('never writes a dollar amount of a billion or more in digits', () => {
    for (const n of [1e9, 2.5e9, 100e9, 999e9, 5.614e9]) expect(formatDollars(n)).not.toMatch(/\d,\d{3},\d{3}/);
  });

  it('never writes a ratio above two as a percent', () => {
    for (const [a, b] of [
      [2.01, 1],
      [14, 1],
      [1000, 3],
    ] as const)
      expect(relativeTo(a, b)).toMatch(/ times$/);
  });
});
