/** Number words of English news prose, and their values. */

const ONES: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Multipliers written after a number: "10.5 million", "two dozen". */
export const SCALES: Record<string, number> = {
  dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6,
};

/** Denominators of word fractions: "a third", "two-thirds", "three quarters". */
const DENOMINATORS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4,
  fifth: 5, fifths: 5, sixth: 6, sixths: 6, eighth: 8, eighths: 8, tenth: 10, tenths: 10,
};

/** Vague magnitudes: the order of magnitude each one means. */
export const MAGNITUDES: Record<string, number> = {
  dozens: 10, scores: 10, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9,
  'tens of thousands': 1e4, 'hundreds of thousands': 1e5, 'tens of millions': 1e7,
  'hundreds of millions': 1e8, 'tens of billions': 1e10, 'hundreds of billions': 1e11,
  'several hundred': 100, 'a few hundred': 100, 'several thousand': 1e3, 'a few thousand': 1e3,
  'many thousands': 1e3,
};

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
