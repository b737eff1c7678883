/** Words around numbers: a unit said once, sentence case, and text that sits inside a sentence. */

/** Words that start a phrase but are no names: lowered when the phrase moves inside a sentence. */
const COMMON_FIRST_WORDS = new Set(
  (
    'a about after almost an approximately around as at before between by during each every fewer for from in last ' +
    'less more nearly next of on over per roughly since some the this through to under until up within'
  ).split(' '),
);

/**
 * A phrase made to sit inside a sentence: "Between May and July" -> "between May and July". Only a
 * common first word is lowered; names, months and acronyms ("ICE", "Pew", "FY2019") keep their case.
 */
export function midSentence(phrase: string): string {
  const m = /^(\s*)([A-Z][a-z]*)\b/.exec(phrase);
  if (!m || !COMMON_FIRST_WORDS.has(m[2]!.toLowerCase())) return phrase;
  return m[1]! + m[2]!.toLowerCase() + phrase.slice(m[0].length);
}

/** A sentence: first letter capital, one space between words, one final stop. */
export function sentence(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (!t) return t;
  const capital = t[0]!.toUpperCase() + t.slice(1);
  return /[.!?…]["”’)]?$/.test(capital) ? capital : `${capital}.`;
}

/**
 * The first sentence of a text and the rest: a break is a stop after a lowercase word or a number,
 * then a space and a capital, so abbreviations ("U.S. Border Patrol", "Nov. 16") never split.
 */
export function splitFirstSentence(text: string): [first: string, rest: string] {
  const t = text.replace(/\s+/g, ' ').trim();
  const m = /(?:[a-z]{2,}|\d|\))[.!?]["”’)]? (?=["“‘(]?[A-Z])/.exec(t);
  if (!m) return [t, ''];
  const end = m.index + m[0].length;
  return [t.slice(0, end).trim(), t.slice(end).trim()];
}

/** Unit words that mean the same as a symbol already written with the number. */
const SYMBOL_UNITS: [RegExp, RegExp][] = [
  [/%$/, /^(?:percent(?:age)?|per cent|%)(?:\s+|$)/i],
  [/^-?\$/, /^(?:us\s+)?dollars?(?:\s+|$)/i],
];

/**
 * A number with its unit, the unit said once: ("46 days", "days") -> "46 days";
 * ("19.5%", "percent") -> "19.5%"; ("$100 billion", "dollars for detention") -> "$100 billion for detention";
 * ("7,000", "removals") -> "7,000 removals".
 */
export function withUnit(amount: string, unit: string | null | undefined): string {
  let u = (unit ?? '').replace(/\s+/g, ' ').trim();
  const a = amount.trim();
  if (!u) return a;
  for (const [symbol, words] of SYMBOL_UNITS) if (symbol.test(a)) u = u.replace(words, '');
  if (!u) return a;
  // The amount already ends with the unit's first word ("46 days" + "days", "1 million people" + "people").
  const first = u.split(' ')[0]!.toLowerCase();
  const last = a.split(' ').pop()!.toLowerCase();
  if (last === first || last === `${first}s` || `${last}s` === first) {
    const rest = u.split(' ').slice(1).join(' ');
    return rest ? `${a} ${rest}` : a;
  }
  return `${a} ${u}`;
}

const MAGNITUDE_WORDS: [number, string][] = [
  [1e12, 'trillions'],
  [1e9, 'billions'],
  [1e6, 'millions'],
  [1e5, 'hundreds of thousands'],
  [1e4, 'tens of thousands'],
  [1e3, 'thousands'],
  [1e2, 'hundreds'],
];

/**
 * A vague magnitude with what it counts: (1e9, "dollars") -> "billions of dollars";
 * (1e6, "people in detention") -> "millions of people in detention". Never "Billions dollars".
 */
export function magnitudeOf(magnitude: number, unit: string | null | undefined): string {
  const word = MAGNITUDE_WORDS.find(([m]) => magnitude >= m)?.[1] ?? 'some';
  const u = (unit ?? '').trim();
  return u ? `${word} of ${u}` : word;
}
