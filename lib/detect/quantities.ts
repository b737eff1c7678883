/**
 * The quantity parser: every number a sentence states (digits, words, magnitudes, fractions, percents,
 * money, ranges), with its hedge. Things that only look like numbers are left out here: years, dates,
 * clock times, ordinals, addresses, phone and case numbers, statute sections and vote tallies.
 */
import type { Qualifier } from './types';
import {
  FACTOR_OF_SRC,
  FOLD_SRC,
  HEDGES,
  HEDGE_SRC,
  MULTIPLIED_AFTER_SRC,
  MULTIPLIER_ENDINGS,
  MULTIPLIER_STEMS,
  MULTIPLY_VERB_BEFORE_SRC,
  NOT_MULTIPLIED_AFTER_SRC,
  TIMES_SRC,
  TWICE,
} from './lang/en/numbers';
import {
  MAGNITUDES,
  SCALES,
  WORD_FRACTION,
  WORD_NUMBER,
  digitsToNumber,
  fractionToPercent,
  wordToNumber,
} from './numbers';

/** 'multiplier': "nearly three times", "more than doubled": a change, its value in percent (tripled 200, halved 50). */
export type QuantityKind = 'number' | 'range' | 'magnitude' | 'fraction' | 'share' | 'multiplier';

/** One quantity in a sentence; offsets are UTF-16 indices into that sentence. */
export interface Quantity {
  /** The quote span: the number with its hedge ("approximately 7,000", "between 800 and 1,000"). */
  start: number;
  end: number;
  /** Where the number itself starts, after the hedge. */
  numStart: number;
  text: string;
  kind: QuantityKind;
  value: number | null;
  low: number | null;
  high: number | null;
  magnitude: number | null;
  qualifier: Qualifier | null;
  percent: boolean;
  dollars: boolean;
  /** Written in words ("four", "a million"), not digits. */
  spelled: boolean;
  /** Carries a scale word ("10.5 million"), so it cannot be a year or an identifier. */
  scaled: boolean;
}

const MAG_SRC = Object.keys(MAGNITUDES)
  .sort((a, b) => b.length - a.length)
  .join('|');
const SHARE_SRC = `(?:one|two|three|four|five|six|seven|eight|nine|\\d{1,2}) (?:in|out of) (?:two|three|four|five|six|seven|eight|nine|ten|\\d{1,3})`;
const DIGITS_SRC = '\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?';
const BIG = 'million|billion|trillion|thousand|bn';

const ATOM = new RegExp(
  `(?<![A-Za-z0-9_$’'])(?<hedge>(?:${HEDGE_SRC})\\s+)?(?:` +
    `(?<mag>${MAG_SRC})\\b` +
    `|(?<share>${SHARE_SRC})\\b` +
    `|(?<half>(?:a )?half(?: an?)?)[ -](?<hscale>million|billion|dozen)\\b` +
    `|(?<qtr>a quarter|three[- ]quarters of an?)[- ](?<qscale>million|billion)\\b` +
    `|(?<frac>${WORD_FRACTION})(?![\\w-])` +
    `|(?<dollar>(?:US)?\\$ ?|USD ?)?(?<digits>${DIGITS_SRC})(?!\\d)(?:(?<cents>[ -]?(?:cents?\\b|¢))|(?:\\s*|-)(?<dscale>${BIG})\\b|(?<mscale>m|k)\\b|(?![A-Za-z]))` +
    `|(?<aword>an?) (?<ascale>dozen|hundred|thousand|million|billion)\\b` +
    `|(?<word>${WORD_NUMBER}(?:[ -]hundred)?)\\b(?:[ -](?<wscale>dozen|thousand|million|billion|trillion)\\b)?` +
    `)(?<pct> ?%|[ -]?(?:percent|per cent|percentage points?)\\b)?`,
  'gi',
);

const MONTH_BEFORE =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,? $|\bthe $/;
const MONTH_AFTER = /^ (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/;
const CLOCK_AFTER = /^\s*(?:a\.m\.|p\.m\.|a\.m\b|p\.m\b|am\b|pm\b|o['’]clock|:\d\d)/i;
const IDENT_BEFORE =
  /(?:\b(?:No|Nos|Number|Order|Flight|Title|Section|Sec|Article|Chapter|Room|Suite|Route|Highway|Interstate|Proposition|Prop|Form|Docket|Case|Bill|Rule|Local|District|Precinct|Gate|Terminal|Apt|Apartment|Unit|Floor|Exit|Pier|Volume|Vol|Page|Part|Paragraph|Clause|Amendment|Law|Resolution|Code|Station|Building|Box|Lot|Channel|Hwy|Rte|Class|Level|Category|Tier|Phase|Day|Week|Act|Model|Version|Grade|Area|Zone|Region|Sector)\.? ?(?:No\. ?)?|[#§] ?|\bI-|\bH\.R\. ?|\bS\. )$/;
const IDENT_BEFORE_ANY_CASE = /\b(?:flight|room|gate|exit|highway|route|interstate|terminal|bus|train|docket|case|bed|cell|unit|pod|dorm)\s+(?:no\.\s*|number\s+|#\s*)?$/i;
const ADDRESS_AFTER =
  /^ (?:[NSEW]\.? |(?:North|South|East|West) )?(?:[A-Z][\w'’.]* ){0,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Plaza|Drive|Lane|Way|Place|Parkway|Pkwy|Highway|Square|Terrace|Circle)\b/;
const FROM_BEFORE = /\bfrom $/i;
/** People after a four-digit number make it a count, not a year: "1700 people". */
const COUNTED_AFTER = /^ (?:people|persons|detainees|immigrants|migrants|noncitizens|inmates)\b/i;
const YEAR_LEAD = /\b(?:fiscal(?: year)?|FY|calendar(?: year)?|in|since|of|by|from|to|through|until|year|the|early|late|mid)\s*$/i;
const BETWEEN_BEFORE = /\bbetween $/i;
/**
 * A spread, not a change: "ranging from 39,192 to 44,699", "can cost from 70 cents to $17 per person per day",
 * "anywhere from 500 to 700". ("rose from 39,192 to 44,699", "cost rose from $5 to $6" are changes.)
 */
const RANGING_FROM = /\b(?:rang(?:e|es|ed|ing)|var(?:y|ies|ied|ying)|cost(?:s|ing)?|anywhere) from $/i;
const TALLY_CONTEXT = /\b(?:ruled|voted|votes?|vote of|beat|won|lost|defeated|score|decision|margin|tally|passed)\b/i;

function qualifierOf(hedge: string): Qualifier | null {
  const h = hedge.trim().toLowerCase();
  for (const [re, q] of HEDGES) if (re.test(h)) return q;
  return null;
}

/** What /\s/ matches, by code: spaces, tabs, line ends, no-break and typographic spaces, BOM. */
function isWhite(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The whitespace-delimited token around [s, e), without wrapping punctuation. */
function tokenAround(text: string, s: number, e: number): string {
  // Bounded: a 100,000-character run without spaces must not make parsing quadratic.
  let a = s;
  let b = e;
  const minA = Math.max(0, s - 40);
  const maxB = Math.min(text.length, e + 40);
  while (a > minA && !isWhite(text.charCodeAt(a - 1))) a--;
  while (b < maxB && !isWhite(text.charCodeAt(b))) b++;
  return text.slice(a, b).replace(/^[("“‘'[]+|[)"”’'\],.;:!?]+$/g, '');
}

/** Tokens that are identifiers, not quantities: phone and case numbers, statute sections, times. */
function isIdentifierToken(tok: string): boolean {
  if (/\d[:/]\d/.test(tok)) return true; // 4:24-cv-00312, 9/11, 7:30
  if (/\d\([a-z0-9]+(?:\)|$)/i.test(tok)) return true; // 287(g), its closing parenthesis stripped as wrapping punctuation
  if (/\d+-\d+-\d+/.test(tok)) return true; // 1-866-555-0142
  if (/^\(?\d{3}\)?[-.]\d{3}[-.]\d{4}$/.test(tok)) return true;
  if (/[A-Za-z]-?\d|\d-?[A-Za-z]{2,}-\d/.test(tok) && !/^\$/.test(tok)) return true; // I-94, H-1B, cv-00312
  if (/^\d+-[A-Z][a-z]+$/.test(tok)) return true; // 7-Eleven: a name
  return false;
}

interface Atom extends Quantity {
  rawScale: number | null;
  integer: boolean;
}

function makeAtom(m: RegExpExecArray, sentence: string): Atom | null {
  const g = m.groups ?? {};
  const hedge = g.hedge ?? '';
  const start = m.index;
  const numStart = start + hedge.length;
  let end = start + m[0].length;
  const pct = g.pct !== undefined;
  const base: Atom = {
    start,
    end,
    numStart,
    text: '',
    kind: 'number',
    value: null,
    low: null,
    high: null,
    magnitude: null,
    qualifier: hedge ? qualifierOf(hedge) : null,
    percent: pct,
    dollars: false,
    spelled: true,
    scaled: false,
    rawScale: null,
    integer: true,
  };
  if (g.mag !== undefined) {
    // "up several hundred percent": a vague change, still a change.
    base.kind = 'magnitude';
    base.magnitude = MAGNITUDES[g.mag.toLowerCase()] ?? null;
    base.scaled = true;
  } else if (g.share !== undefined) {
    const parts = g.share.toLowerCase().split(/ (?:in|out of) /);
    const n = Number(parts[0]) || wordToNumber(parts[0] ?? '');
    const d = Number(parts[1]) || wordToNumber(parts[1] ?? '');
    if (!n || !d || n > d) return null;
    base.kind = 'share';
    base.value = Math.round((n / d) * 1000) / 10;
    base.percent = true;
  } else if (g.half !== undefined) {
    base.value = (SCALES[(g.hscale ?? '').toLowerCase()] ?? 0) / 2;
    base.scaled = true;
  } else if (g.qtr !== undefined) {
    base.value = ((SCALES[(g.qscale ?? '').toLowerCase()] ?? 0) * (g.qtr.toLowerCase().startsWith('three') ? 3 : 1)) / 4;
    base.scaled = true;
  } else if (g.frac !== undefined) {
    if (pct) return null;
    base.kind = 'fraction';
    base.value = fractionToPercent(g.frac);
    base.percent = true;
    if (base.value === null) return null;
  } else if (g.digits !== undefined) {
    base.spelled = false;
    base.dollars = g.dollar !== undefined;
    const v = digitsToNumber(g.digits);
    if (v === null) return null;
    base.integer = !g.digits.includes('.');
    // "$1.2m", "$500k": money shorthand; without "$" the letter is a unit (meters), not a scale, except
    // a capital K ("61K"), which headlines use for thousands.
    if (g.mscale !== undefined && !base.dollars && g.mscale !== 'K') return null;
    // "about 85 cents per detainee per day": money in cents is money in dollars, quoted with its unit ("$5 cents" is no price).
    if (g.cents !== undefined) {
      if (base.dollars) return null;
      base.dollars = true;
      base.integer = false;
      base.value = round(v / 100);
    }
    const short = g.mscale?.toLowerCase() === 'm' ? 1e6 : g.mscale?.toLowerCase() === 'k' ? 1e3 : null;
    const scale = g.dscale ? (SCALES[g.dscale.toLowerCase()] ?? 1) : short;
    base.rawScale = scale;
    base.scaled = scale !== null;
    if (g.cents === undefined) base.value = scale ? round(v * scale) : v;
  } else if (g.aword !== undefined) {
    base.value = SCALES[(g.ascale ?? '').toLowerCase()] ?? null;
    base.scaled = true;
  } else if (g.word !== undefined) {
    const w = g.word.toLowerCase();
    const hundred = /[ -]hundred$/.test(w);
    const n = wordToNumber(hundred ? w.replace(/[ -]hundred$/, '') : w);
    if (n === null) return null;
    const scale = g.wscale ? (SCALES[g.wscale.toLowerCase()] ?? 1) : null;
    base.rawScale = scale;
    base.scaled = scale !== null || hundred;
    base.value = n * (hundred ? 100 : 1) * (scale ?? 1);
  } else {
    return null;
  }
  if (!Number.isFinite(base.value ?? 0) || (base.value ?? 0) > 1e15) return null;
  // Defensive: a quote never ends on whitespace, whatever the optional groups matched.
  while (end > numStart && /\s/.test(sentence[end - 1] ?? '')) end--;
  base.end = end;
  base.text = sentence.slice(start, end);
  return base;
}

/** Removes float noise from scaling ("8.3 billion" is 8300000000, not 8300000000.000001). */
function round(v: number): number {
  // Whole numbers of up to 12 digits are already what toPrecision(12) would give, and far cheaper.
  if (Number.isInteger(v) && Math.abs(v) < 1e12) return v;
  return Number(v.toPrecision(12));
}

/** Whether an atom is a year, date, time, ordinal, address or identifier rather than a quantity. */
function notAQuantity(a: Atom, sentence: string): boolean {
  if (a.spelled || a.kind !== 'number') return false;
  const before = sentence.slice(Math.max(0, a.numStart - 40), a.numStart);
  const after = sentence.slice(a.end, a.end + 60);
  const digits = sentence.slice(a.numStart, a.end);
  const plain = !a.dollars && !a.scaled && !a.percent;
  // "1700 people": a year never counts people.
  if (plain && /^\d{4}$/.test(digits) && (a.value ?? 0) >= 1600 && (a.value ?? 0) <= 2100 && !(COUNTED_AFTER.test(after) && !YEAR_LEAD.test(before))) return true;
  if (plain && /^'?\d{2}$/.test(digits) && /['’]$/.test(before)) return true; // '90s
  if (plain && (a.value ?? 99) <= 31 && a.integer && (MONTH_BEFORE.test(before) || MONTH_AFTER.test(after))) return true;
  if (plain && CLOCK_AFTER.test(after)) return true;
  if (plain && (IDENT_BEFORE.test(before) || IDENT_BEFORE_ANY_CASE.test(before))) return true;
  if (plain && ADDRESS_AFTER.test(after)) return true;
  if (isIdentifierToken(tokenAround(sentence, a.numStart, a.end))) return true;
  // "[3]": a footnote or citation mark.
  if (plain && sentence[a.numStart - 1] === '[' && sentence[a.end] === ']') return true;
  return false;
}

/** A plain four-digit number in the range of years ("between 2021 and 2023" is no range of counts). */
function yearLike(a: Atom, sentence: string): boolean {
  const v = a.value ?? 0;
  return !a.dollars && !a.scaled && !a.percent && v >= 1600 && v <= 2100 && /^\d{4}$/.test(sentence.slice(a.numStart, a.end));
}

/** Merge "between A and B", "A to B", "A-B" into ranges; drop descending pairs (votes and scores). */
function mergeRanges(atoms: Atom[], sentence: string): Atom[] {
  const out: Atom[] = [];
  for (let i = 0; i < atoms.length; i++) {
    const a = atoms[i]!;
    const b = atoms[i + 1];
    // "millions and millions": one vague magnitude, said twice.
    if (b && a.kind === 'magnitude' && b.kind === 'magnitude' && a.magnitude === b.magnitude && /^ and $/.test(sentence.slice(a.end, b.start))) {
      out.push({ ...a, end: b.end, text: sentence.slice(a.start, b.end) });
      i++;
      continue;
    }
    if (!b || a.kind !== 'number' || b.kind !== 'number' || b.qualifier !== null) {
      out.push(a);
      continue;
    }
    const gap = sentence.slice(a.end, b.start);
    const before = sentence.slice(Math.max(0, a.start - 12), a.start);
    const hyphen = /^ ?[-–] ?$/.test(gap);
    // "from 39,192 to 44,699" is a change, but "ranging from 39,192 to 44,699" is a range.
    const to = /^ (?:to|through) $/.test(gap) && (!FROM_BEFORE.test(before) || RANGING_FROM.test(sentence.slice(Math.max(0, a.start - 24), a.start)));
    const and = /^ and $/.test(gap) && BETWEEN_BEFORE.test(before) && a.qualifier === null;
    if (!hyphen && !to && !and) {
      out.push(a);
      continue;
    }
    if ((a.dollars && !b.dollars && a.percent !== b.percent) || (a.percent && !b.percent) || yearLike(a, sentence) || yearLike(b, sentence)) {
      out.push(a);
      continue;
    }
    let low = a.value ?? 0;
    const high = b.value ?? 0;
    if (a.rawScale === null && b.rawScale !== null && !a.scaled) low = round(low * b.rawScale);
    const plain = !a.scaled && !b.scaled && !a.dollars && !a.percent && !b.percent && a.integer && b.integer;
    const sentenceBefore = sentence.slice(Math.max(0, a.start - 60), a.start);
    if (plain && (low > high || (hyphen && high < 200 && TALLY_CONTEXT.test(sentenceBefore)))) {
      i++; // a vote or a score: neither number is a quantity
      continue;
    }
    if (low >= high) {
      out.push(a);
      continue;
    }
    const start = and ? a.start - 'between '.length : a.start;
    const merged: Atom = {
      ...b,
      start,
      numStart: and ? start : a.numStart,
      text: sentence.slice(start, b.end),
      kind: 'range',
      value: null,
      low,
      high,
      qualifier: a.qualifier,
      percent: b.percent,
      dollars: a.dollars || b.dollars,
      spelled: a.spelled && b.spelled,
    };
    out.push(merged);
    i++;
  }
  return out;
}

/** Verbs before a number that act as a hedge without being part of the quote ("topped 70,000"). */
const VERB_HEDGE = /\b(?:topped|tops|topping|top|exceeded|exceeds|exceeding|exceed|surpassed|surpasses|surpass|passed)\s+$/i;

const VERB_NEARS = /\b(?:nears|neared|nearing|approaches|approached)\s+$/i;

const MULTIPLIER_AFTER = /^(?:\s+and an? half)?[\s-]+(?:times|fold)\b|^-fold\b/i;

const MULTIPLIER = new RegExp(
  `(?<![\\w$-])(?<hedge>(?:${HEDGE_SRC})\\s+)?(?:` +
    `(?<times>${WORD_NUMBER}|\\d+(?:\\.\\d+)?)(?<half>${TIMES_SRC})\\b(?=${MULTIPLIED_AFTER_SRC})` +
    `|(?<fold>${WORD_NUMBER}|\\d+)${FOLD_SRC}\\b` +
    `|${FACTOR_OF_SRC}(?<factor>${WORD_NUMBER}|\\d+(?:\\.\\d+)?)(?![\\d.,]*\\d)\\b` +
    `|(?<twice>${Object.keys(TWICE).join('|')})\\b(?=${MULTIPLIED_AFTER_SRC})` +
    `|(?<stem>${Object.keys(MULTIPLIER_STEMS).join('|')})(?<ending>${MULTIPLIER_ENDINGS})\\b` +
    `)`,
  'gi',
);
const NOT_MULTIPLIED_AFTER = new RegExp(NOT_MULTIPLIED_AFTER_SRC, 'i');
const MULTIPLIED_AFTER = new RegExp(`^${MULTIPLIED_AFTER_SRC}`);
const MULTIPLY_VERB_BEFORE = new RegExp(MULTIPLY_VERB_BEFORE_SRC, 'i');

/**
 * The multipliers of a sentence ("nearly three times the number", "more than doubled", "halved"), as
 * quantities of kind 'multiplier' whose value is the change in percent: a factor f is (f - 1) x 100
 * ("tripled" 200, "twice as many" 100), halving is 50 (a fall). A bare "double" multiplies only after a
 * hedge or a verb's helper or before what it multiplies ("would double", "nearly double", "double ICE's
 * staff"), never in "double beds" or "doubled down".
 */
function multipliers(sentence: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of sentence.matchAll(MULTIPLIER)) {
    const g = m.groups ?? {};
    const hedge = g.hedge ?? '';
    const start = m.index;
    const end = start + m[0].length;
    const after = sentence.slice(end, end + 40);
    let factor: number | null = null;
    if (g.times !== undefined || g.fold !== undefined || g.factor !== undefined) {
      const n = g.times ?? g.fold ?? g.factor ?? '';
      const v = /^\d/.test(n) ? Number(n) : wordToNumber(n);
      factor = v === null ? null : v + (g.half && /half/i.test(g.half) ? 0.5 : 0);
    } else if (g.twice !== undefined) {
      factor = TWICE[g.twice.toLowerCase()] ?? null;
    } else if (g.stem !== undefined) {
      if (NOT_MULTIPLIED_AFTER.test(after)) continue;
      const bare = (g.ending ?? '').toLowerCase() === 'e';
      if (bare && !hedge && !MULTIPLY_VERB_BEFORE.test(sentence.slice(Math.max(0, start - 12), start)) && !MULTIPLIED_AFTER.test(after)) continue;
      factor = MULTIPLIER_STEMS[g.stem.toLowerCase()] ?? null;
    }
    if (factor === null || factor <= 0 || factor === 1 || factor > 100) continue;
    const value = Math.round(Math.abs(factor - 1) * 1000) / 10;
    out.push({
      start,
      end,
      numStart: start + hedge.length,
      text: sentence.slice(start, end),
      kind: 'multiplier',
      value,
      low: null,
      high: null,
      magnitude: null,
      qualifier: hedge ? qualifierOf(hedge) : null,
      percent: true,
      dollars: false,
      spelled: true,
      scaled: false,
    });
  }
  return out;
}

/** Every quantity stated in a sentence, in order; non-quantities (years, dates, ids) are left out. */
export function parseQuantities(sentence: string): Quantity[] {
  const found = parseNumbers(sentence);
  const times = multipliers(sentence);
  if (times.length === 0) return found;
  // A number inside a multiplier ("three" of "three times") is the multiplier's, not a count.
  const kept = found.filter((q) => !times.some((t) => q.start < t.end && t.start < q.end));
  return [...kept, ...times].sort((a, b) => a.start - b.start);
}

/** The numbers of a sentence (not its multipliers), in order. */
function parseNumbers(sentence: string): Quantity[] {
  const atoms: Atom[] = [];
  ATOM.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ATOM.exec(sentence)) !== null) {
    if (m[0].length === 0) {
      ATOM.lastIndex++;
      continue;
    }
    const a = makeAtom(m, sentence);
    if (!a) continue;
    if (a.qualifier === null && a.start === a.numStart) {
      const verb = sentence.slice(Math.max(0, a.start - 16), a.start);
      if (VERB_HEDGE.test(verb)) a.qualifier = 'more than';
      else if (VERB_NEARS.test(verb)) a.qualifier = 'nearly';
    }
    atoms.push(a);
  }
  const merged = mergeRanges(atoms, sentence);
  const out: Quantity[] = [];
  for (const a of merged) {
    if (a.kind !== 'range' && notAQuantity(a, sentence)) continue;
    if (a.kind === 'range' && isIdentifierToken(tokenAround(sentence, a.numStart, a.end))) continue;
    if (!a.dollars && /^ (?:dollars|in dollars)\b/i.test(sentence.slice(a.end, a.end + 12))) a.dollars = true;
    // Hedges written after the number: "10,000 or more", "500 or so", "6,000-odd".
    if (a.qualifier === null) {
      const tail = /^(?: or (more|so)\b|-odd\b)/i.exec(sentence.slice(a.end, a.end + 10));
      if (tail) a.qualifier = tail[1]?.toLowerCase() === 'more' ? 'at least' : 'about';
    }
    // "6,000-odd" is quoted whole, so the counted noun after it is not "odd people".
    if (/^-odd\b/i.test(sentence.slice(a.end, a.end + 5))) {
      a.end += 4;
      a.text = sentence.slice(a.start, a.end);
    }
    // "roughly four times the level": a multiplier, not a count of four; no claim rather than a wrong value.
    // ("250,000 times in December" counts events, so only small numbers are multipliers.)
    const mult = sentence.slice(a.end, a.end + 24);
    if ((((a.value ?? a.high ?? 0) < 100 && !a.percent && MULTIPLIER_AFTER.test(mult)) || /^[\s-]fold\b/i.test(mult))) continue;
    if (a.kind === 'magnitude' && /^ of dollars\b/i.test(sentence.slice(a.end, a.end + 12))) a.dollars = true;
    const { rawScale: _r, integer: _i, ...q } = a;
    out.push(q);
  }
  return out;
}
