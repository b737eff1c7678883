/** Numbers written for readers: 267,258; 10.5 million; $8.4 billion; 7,947 a month; 7.3%. */
import { formatPeriod, parsePeriod } from '../dataset/period';
import type { Rate } from '../detect/types';

const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

const withCommas = (n: number, decimals = 0): string =>
  n.toLocaleString('en-US', { minimumFractionDigits: 0, maximumFractionDigits: decimals });

/** Trims a fixed-point string's trailing zeros: "2.50" -> "2.5", "3.00" -> "3". */
const trim = (s: string): string => (s.includes('.') ? s.replace(/\.?0+$/, '') : s);

/**
 * A count: whole numbers with commas (267,258); round millions and billions in words (10.5 million);
 * small fractional values kept to two decimals (0.46), medium ones to one (34.3).
 */
export function formatCount(n: number): string {
  const abs = Math.abs(n);
  // Only exact multiples of 100,000 become words, so a stated figure is never rounded by the wording.
  if (abs >= 1e9 && abs % 1e8 === 0) return `${trim((n / 1e9).toFixed(1))} billion`;
  if (abs >= 1e6 && abs % 1e5 === 0) return `${trim((n / 1e6).toFixed(1))} million`;
  if (abs >= 100) return withCommas(Math.round(n));
  if (abs >= 10) return trim(n.toFixed(1));
  return trim(n.toFixed(2));
}

/**
 * A dollar amount: $8.4 billion, $5.614 billion, $12,213, $133.99. Stated amounts keep up to three
 * decimals of billions; computed ones pass `decimals` 1 so they do not look more exact than they are.
 */
export function formatDollars(n: number, decimals = 3): string {
  const abs = Math.abs(n);
  const sign = n < 0 ? '-' : '';
  if (abs >= 1e9) return `${sign}$${trim((abs / 1e9).toFixed(abs % 1e6 === 0 ? decimals : 1))} billion`;
  if (abs >= 1e6) return `${sign}$${trim((abs / 1e6).toFixed(abs % 1e3 === 0 ? decimals : 1))} million`;
  if (Number.isInteger(abs) || abs >= 1000) return `${sign}$${withCommas(Math.round(abs))}`;
  return `${sign}$${abs.toFixed(2)}`;
}

/** A percent with one decimal: 7.3%. */
export function formatPercent(n: number): string {
  return `${trim(round1(n).toFixed(1))}%`;
}

/** A ratio or a number of years, one decimal when at least 1 ("3.9"), two below ("0.46"). */
export function formatRatio(n: number): string {
  return Math.abs(n) >= 1 ? withCommas(Math.round(n * 10) / 10, 1) : trim(n.toFixed(2));
}

/** A count at a rate: "7,947 a month". */
export function formatRate(n: number, rate: Rate): string {
  return `${formatCount(n)} a ${rate}`;
}

/** Rounds to one decimal, halves away from zero (so -0.75 and 0.75 both round outward). */
export function round1(n: number): number {
  return (Math.sign(n) * Math.round(Math.abs(n) * 10)) / 10 || 0;
}

/** A publication date as precise as it is known: "Dec. 20, 2018", "Dec. 2019", "2019". */
export function formatPublished(published: string): string {
  const [y, m, d] = published.split('-');
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1]!;
  return d ? `${month} ${Number(d)}, ${y}` : `${month} ${y}`;
}

/** A period inside a sentence: "FY2018", "2017", "June 2019", "Oct. 1 to Dec. 31, 2018". */
export function formatPeriodShort(period: string): string {
  const p = parsePeriod(period);
  if (p?.kind === 'fiscal-year') return period;
  if (p?.kind === 'calendar-year') return period.slice(2);
  return formatPeriod(period);
}
