/** The frame's measure: what is counted, as one canonical name the metrics share. */
import type { Kind, Measure } from '../../frame';
import { defineRule } from '../../rules';
import { priorClauses, type FrameInput } from './input';
import { findAll, has } from './phrases';
import { DIFFERENCE_AFTER, MEASURE_WORDS, MONEY_MEASURE_WORDS, SOUTHWEST_WORDS } from './words';

const IN_CLAUSE = defineRule({
  id: 'frame.measure.in-clause',
  stage: 'frame',
  looksFor: "the counted noun in the number's clause (removals from the interior, deportation officers, book-ins, the backlog…), by the category's word lists",
  decides: 'what is counted: the first (most specific) list of the category whose words the clause has',
  fires: ['ICE deported 271,000 people in fiscal 2024.', 'ICE employs about 6,000 deportation officers.'],
  silent: ['For deportations, fiscal 2024 was a high: the count reached 271,000.'],
});
const IN_UNIT = defineRule({
  id: 'frame.measure.in-unit',
  stage: 'frame',
  looksFor: "no counted noun in the number's clause, one in the detector's counted phrase (its unit)",
  decides: 'what is counted: the first list of the category whose words the unit has',
  fires: ['For deportations, fiscal 2024 was a high: the count reached 271,000.'],
  silent: ['ICE deported 271,000 people in fiscal 2024.'],
});

const OF_PRIOR = defineRule({
  id: 'frame.measure.of-prior-number',
  stage: 'frame',
  looksFor:
    "a number with no counted noun in its own clause that only goes on from an earlier number of the sentence: a percent or a difference ('30 percent more'), a comparison's base ('up from 6,300'), the next item of a list ('and 4,600')",
  decides: "what is counted: the noun of the nearest earlier number whose clause names one ('nearly 8,400 apprehensions in September, up from 6,300 in August and 4,600 in July')",
  fires: ['Border Patrol made nearly 400,000 apprehensions in fiscal 2018, 30 percent more than a year earlier.', 'Agents made nearly 8,400 apprehensions along the U.S.-Mexico border in September, up from 6,300 in August and 4,600 in July.'],
  silent: ['Border Patrol apprehensions rose 30 percent in fiscal 2018.'],
});

const SOUTHWEST = defineRule({
  id: 'frame.measure.southwest-border',
  stage: 'frame',
  looksFor: 'a border count in a sentence (or after one) that names the southwest border',
  decides: "the count is the southwest border's series, not the nation's",
  fires: ['Border Patrol agents apprehended 8,024 migrants at the southern border in June.'],
  silent: ['Border Patrol agents apprehended 8,024 migrants nationwide in June.'],
});

/** Words before a number that only go on from the number before it: a list, a comparison's base. */
const CONNECTIVE = /^\s*(?:and|or|up from|down from|from|to|against|compared (?:with|to)|than|versus|vs\.?)?\s*(?:about|roughly|nearly|almost|some|just|only|more than|over|under|fewer than|less than)?\s*$/i;

/** The next item of a list: "…in August and 4,600 in July". */
const LIST_NEXT = /\b(?:and|or)\s+(?:about|roughly|nearly|almost|some|just|only|more than|over|under)?\s*$/i;

type Lists = readonly (readonly [string, readonly string[]])[];

/** The measure from a category's lists: the clause first, then the whole sentence. */
function pick(lists: Lists, c: FrameInput, rules: string[]): Measure | null {
  // The clause first, then the detector's counted phrase; a noun elsewhere in the sentence may be another
  // number's, so it decides nothing (no measure, no verdict).
  const relative = c.percent || has(DIFFERENCE_AFTER, c.after.slice(0, 20));
  // A number that only goes on from the one before ("up from 6,300", "and 4,600", "30 percent more") counts
  // what that one counted: the nearest earlier clause that names it.
  const goesOn = relative || CONNECTIVE.test(c.before.slice(c.before.lastIndexOf(',') + 1)) || LIST_NEXT.test(c.before);
  const priors = goesOn ? priorClauses(c) : [];
  for (const [text, rule] of [
    [`${c.before} ${c.after}`, IN_CLAUSE],
    ...priors.map((p) => [p, OF_PRIOR] as const),
    [c.unit ?? '', IN_UNIT],
  ] as const) {
    // Lists go from the specific to the general: the first with a word in the text wins. A goal's clause
    // often names the means beside the aim ("millions of deportations … more agents"): the nearest wins.
    if (!text.trim()) continue;
    const at = text.length ? c.before.length : 0;
    const distance = (words: readonly string[]) => Math.min(Infinity, ...findAll(words, text).map((f) => Math.abs(f.index - at)));
    const found = c.category === 'goal' ? [...lists].filter(([, w]) => distance(w) < Infinity).sort((a, b) => distance(a[1]) - distance(b[1]))[0] : lists.find(([, words]) => findAll(words, text).length > 0);
    const best = found ? { m: found[0] as Measure } : null;
    if (best) {
      rules.push(rule);
      return best.m;
    }
  }
  return null;
}

/** What a claim counts, for every category but money. */
export function readMeasure(c: FrameInput, rules: string[]): Measure | null {
  if (c.category === 'budget' || c.dollars) return null;
  const m = pick(MEASURE_WORDS[c.category] as Lists, c, rules);
  // The southwest border named for this number: before it, in its own clause, or in the sentence before;
  // not only for a later number ("2.9 million migrants this year, 2.1 million of them at the southern border").
  if (c.category === 'border' && m && has(SOUTHWEST_WORDS, `${c.previous} ${c.lead} ${c.after}`)) {
    rules.push(SOUTHWEST);
    return m === 'nationwide-encounters' ? 'border-encounters' : 'border-apprehensions';
  }
  return m;
}

/** What money is for, once its kind is known. */
export function readMoneyMeasure(c: FrameInput, kind: Kind, detail: string | null, rules: string[]): Measure | null {
  const lists = kind === 'unit-cost' ? MONEY_MEASURE_WORDS['unit-cost'] : detail === 'law-multi-year' || detail === 'law-part' ? MONEY_MEASURE_WORDS.law : MONEY_MEASURE_WORDS.budget;
  return pick(lists as Lists, c, rules);
}
