/** The English pack: number words, scale words, fractions, vague magnitudes and hedges. Vocabulary only, no logic (see ./index.ts). */
import type { Qualifier } from '../../types';

export const ONES: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};

export const TENS: Record<string, number> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Multipliers written after a number: "10.5 million", "two dozen". */
export const SCALES: Record<string, number> = {
  dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6,
};

/** Denominators of word fractions: "a third", "two-thirds", "three quarters". */
export const DENOMINATORS: Record<string, number> = {
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

export const HEDGES: [RegExp, Qualifier][] = [
  [/^(?:just|slightly) (?:under|below|shy of)$/, 'nearly'],
  [/^(?:nearly|almost|close to|approaching)$/, 'nearly'],
  [/^(?:(?:just|well|slightly|a little|far) )?(?:more than|over|above)$|^(?:upwards?|in excess) of$|^north of$|^beyond$/, 'more than'],
  [/^(?:(?:just|well|slightly|a little|far) )?(?:fewer than|less than|under|below)$/, 'fewer than'],
  [/^(?:about|more or less|approximately|approximate|approx\.|roughly|around|some|an estimated|estimated|nearly about|in the (?:ballpark|neighborhood|neighbourhood|range) of|on the order of)$/, 'about'],
  [/^(?:at least|no fewer than|no less than|not fewer than|not less than|a minimum of)$/, 'at least'],
  [/^(?:up to|as many as|as much as|as high as|a maximum of|no more than|not more than)$/, 'up to'],
  [/^(?:precisely|exactly)$/, 'exact'],
];

export const HEDGE_SRC =
  '(?:just|well|slightly|a little) (?:under|below|over|above|shy of)|not (?:more|less|fewer) than|no more than|(?:(?:just|well|slightly|a little|far) )?(?:more|fewer|less) than|no fewer than|no less than|nearly|almost|close to|approaching|about|more or less|approximately|approximate|approx\\.|roughly|around|some|an estimated|estimated|over|above|under|below|at least|up to|as many as|as much as|as high as|a minimum of|a maximum of|precisely|exactly|upwards? of|in excess of|north of|beyond|in the (?:ballpark|neighborhood|neighbourhood|range) of|on the order of';

/**
 * Multipliers of a count ("nearly three times", "more than doubled", "halved"): each stem with the factor
 * it multiplies by, and the endings it takes ("double", "doubled", "doubles", "doubling").
 */
export const MULTIPLIER_STEMS: Record<string, number> = { doubl: 2, tripl: 3, quadrupl: 4, quintupl: 5, halv: 0.5 };
export const MULTIPLIER_ENDINGS = 'ed|es|ing|e';
/** "twice": a factor of two, written as one word. */
export const TWICE: Record<string, number> = { twice: 2 };
/** "by a factor of 4.6", "a factor of seven": the words before a number that make it a factor. */
export const FACTOR_OF_SRC = '(?:by\\s+)?a\\s+factor\\s+of\\s+';
/** "three times", "tenfold", "10-fold": the words after a number that make it a factor. */
export const TIMES_SRC = '(?:\\s+and\\s+a\\s+half)?[\\s-]+times';
export const FOLD_SRC = '[\\s-]?fold';
/** What follows "twice", "three times" or a bare "double" when it multiplies a count: "twice as many", "three times the number", "double ICE's staff". */
export const MULTIPLIED_AFTER_SRC =
  "\\s+(?:as\\s+(?:many|much|high|large|big|great|numerous)|the|its|their|his|her|our|that|those|this|these|what|last|a\\s+year|[a-z][\\w.]*['’]s|higher|larger|greater|bigger|more|faster|over\\s+(?:the|their|its|his|her)\\s+(?:[\\w-]+\\s+){0,2}(?:average|level|total|number|count|pace|rate|figure))\\b";
/** Before a bare "double" or "triple", a verb's helper: "plans to double", "would triple". */
export const MULTIPLY_VERB_BEFORE_SRC = '\\b(?:to|would|will|could|can|may|might|should)\\s+$';
/** After "double", "doubled", "tripling": words that make it no multiplier of a count ("doubled down", "double-digit", "doubled as a"). */
export const NOT_MULTIPLIED_AFTER_SRC =
  '^(?:-|\\s+(?:down|up|over|back|as\\s+(?:a|an|the)|agents?|standards?|duty|digits?|check\\w*|jeopardy|whammy|bunk\\w*|occupancy|counting|dipping|shifts?|lives|life|crossing)\\b)';
