/** Number words of English news prose, and their values. */
import { DENOMINATORS, MAGNITUDES, ONES, SCALES, TENS } from './lang/en/numbers';

export { MAGNITUDES, SCALES };

// Longer alternatives first so that "fourteen" is not read as "four".
const ONE_WORDS = Object.keys(ONES).sort((a, b) => b.length - a.length).join('|');
const TEN_WORDS = Object.keys(TENS).join('|');
const UNIT_WORDS = 'one|two|three|four|five|six|seven|eight|nine';

/** Regex source for a spelled-out cardinal below a hundred: "four", "twenty-five". */
export const WORD_NUMBER = `(?:(?:${TEN_WORDS})(?:[- ](?:${UNIT_WORDS}))?|${ONE_WORDS})`;

/** Regex source for a word fraction: "a third", "two-thirds", "half". */
export const WORD_FRACTION = `(?:(?:an?|one|two|three|four|five|seven|nine)[- ](?:${Object.keys(DENOMINATORS).join('|')})|half)`;

/** Value of a spelled-out cardinal below a hundred ("twenty-five" -> 25), or null. */
export function wordToNumber(word: string): number | null {
  const w = word.toLowerCase().trim();
  const direct = ONES[w] ?? TENS[w];
  if (direct !== undefined) return direct;
  const parts = w.split(/[- ]/);
  if (parts.length === 2) {
    const t = TENS[parts[0] ?? ''];
    const o = ONES[parts[1] ?? ''];
    if (t !== undefined && o !== undefined && o > 0 && o < 10) return t + o;
  }
  if (w === 'a' || w === 'an') return 1;
  return null;
}

/** A word fraction as a percent rounded to one decimal ("a third" -> 33.3), or null. */
export function fractionToPercent(text: string): number | null {
  const w = text.toLowerCase().trim();
  if (w === 'half') return 50;
  const parts = w.split(/[- ]/);
  if (parts.length !== 2) return null;
  const num = wordToNumber(parts[0] ?? '');
  const den = DENOMINATORS[parts[1] ?? ''];
  if (num === null || den === undefined) return null;
  return Math.round((num / den) * 1000) / 10;
}

/** Value of digits as news prints them ("22,169", "10.5"), or null when not a finite number. */
export function digitsToNumber(digits: string): number | null {
  const v = Number(digits.replace(/,/g, ''));
  return Number.isFinite(v) ? v : null;
}
