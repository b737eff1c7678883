/**
 * Numbers written for readers, as the card engine uses them. The writing itself lives in lib/format
 * (one module for the engine, the card and the CLI); this file adds what needs the dataset's periods.
 */
import { formatPeriod, parsePeriod } from '../dataset/period';
import type { Rate } from '../detect/types';
import { formatCount } from '../format';

export { formatChange, formatCount, formatDollars, formatPercent, formatPublished, formatRatio, formatTimes, relativeTo, round1, shareOf } from '../format';

/** A count at a rate: "7,947 a month". */
export function formatRate(n: number, rate: Rate): string {
  return `${formatCount(n)} a ${rate}`;
}

/** A period inside a sentence: "FY2018", "2017", "June 2019", "Oct. 1 to Dec. 31, 2018". */
export function formatPeriodShort(period: string): string {
  const p = parsePeriod(period);
  if (p?.kind === 'fiscal-year') return period;
  if (p?.kind === 'calendar-year') return period.slice(2);
  return formatPeriod(period);
}
