/**
 * Numbers as a news desk writes them: 267,258; 10.5 million; $100 billion; 19.5%; 2.4 times; up 19.5%.
 * Pure and dependency-free: the card engine, the card and the CLI report all write numbers here.
 */

const withCommas = (n: number, decimals = 0): string =>
  n.toLocaleString('en-US', { minimumFractionDigits: 0, maximumFractionDigits: decimals });

/** Trims a fixed-point string's trailing zeros: "2.50" -> "2.5", "3.00" -> "3". */
const trim = (s: string): string => (s.includes('.') ? s.replace(/\.?0+$/, '') : s);

/** Rounds to one decimal, halves away from zero (so -0.75 and 0.75 both round outward). */
export function round1(n: number): number {
  return (Math.sign(n) * Math.round(Math.abs(n) * 10)) / 10 || 0;
}

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
  if (abs >= 1e12) return `${sign}$${trim((abs / 1e12).toFixed(abs % 1e9 === 0 ? decimals : 1))} trillion`;
  if (abs >= 1e9) return `${sign}$${trim((abs / 1e9).toFixed(abs % 1e6 === 0 ? decimals : 1))} billion`;
  if (abs >= 1e6) return `${sign}$${trim((abs / 1e6).toFixed(abs % 1e3 === 0 ? decimals : 1))} million`;
  if (Number.isInteger(abs) || abs >= 1000) return `${sign}$${withCommas(Math.round(abs))}`;
  return `${sign}$${abs.toFixed(2)}`;
}

/** A percent with at most one decimal: 7.3%, 5%, -11.9%. */
export function formatPercent(n: number): string {
  return `${trim(round1(n).toFixed(1))}%`;
}

/** A ratio or a number of years, one decimal when at least 1 ("3.9"), two below ("0.46"). */
export function formatRatio(n: number): string {
  return Math.abs(n) >= 1 ? withCommas(Math.round(n * 10) / 10, 1) : trim(n.toFixed(2));
}

/** A multiple: "2.4 times", "10 times", "1,250 times". */
export function formatTimes(ratio: number): string {
  return `${formatRatio(ratio)} times`;
}

/** A change in percent: "up 19.5%", "down 3%", "unchanged". */
export function formatChange(percent: number): string {
  const r = round1(percent);
  if (r === 0) return 'unchanged';
  return `${r > 0 ? 'up' : 'down'} ${formatPercent(Math.abs(r))}`;
}

/** Above this ratio a difference is written as a multiple ("2.4 times"), never as a percent ("140%"). */
export const TIMES_ABOVE = 2;

/**
 * How one number stands against another, as words that read before "the official figure":
 * "2.4 times" (above twice it), "19.5% above", "12% below", "about the same as" (within 0.05%),
 * "a fifth of"-style shares as a percent: "20% of" (below half of it).
 */
export function relativeTo(value: number, reference: number): string {
  if (!Number.isFinite(value) || !Number.isFinite(reference) || reference === 0) return 'not comparable with';
  const ratio = value / reference;
  if (ratio > TIMES_ABOVE) return formatTimes(ratio);
  if (ratio < 0.5) return `${formatPercent(ratio * 100)} of`;
  const diff = round1((ratio - 1) * 100);
  if (diff === 0) return 'about the same as';
  return `${formatPercent(Math.abs(diff))} ${diff > 0 ? 'above' : 'below'}`;
}

/**
 * A part against a whole, as words that read before the whole: "45% of", "1.5 times" (at or above
 * it; never "150%" or "1000%").
 */
export function shareOf(part: number, whole: number): string {
  if (!Number.isFinite(part) || !Number.isFinite(whole) || whole === 0) return 'not comparable with';
  const ratio = part / whole;
  if (ratio >= 1) return round1(ratio) === 1 ? 'about the same as' : formatTimes(ratio);
  return `${formatPercent(ratio * 100)} of`;
}
