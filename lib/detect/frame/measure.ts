/** The frame's measure: what is counted, as one canonical name the metrics share. */
import type { Kind, Measure } from '../../frame';
import { defineRule } from '../../rules';
import type { FrameInput } from './input';
import { findAll } from './phrases';
import { MEASURE_WORDS, MONEY_MEASURE_WORDS } from './words';

const IN_CLAUSE = defineRule({
  id: 'frame.measure.in-clause',
  stage: 'frame',
  looksFor: "the counted noun in the number's clause (removals from the interior, deportation officers, book-ins, the backlog…), by the category's word lists",
  decides: 'what is counted: the first (most specific) list of the category whose words the clause has',
  fires: ['ICE deported 271,000 people in fiscal 2024.', 'ICE employs about 6,000 deportation officers.'],
  silent: ['Deportations, which the agency tracks by fiscal year, were 271,000 in fiscal 2024.'],
});
const IN_SENTENCE = defineRule({
  id: 'frame.measure.in-sentence',
  stage: 'frame',
  looksFor: "no counted noun in the number's clause, one in the rest of its sentence",
  decides: 'what is counted: the first list of the category whose words the sentence has',
  fires: ['Deportations, which the agency tracks by fiscal year, were 271,000 in fiscal 2024.'],
  silent: ['ICE deported 271,000 people in fiscal 2024.'],
});

type Lists = readonly (readonly [string, readonly string[]])[];

/** The measure from a category's lists: the clause first, then the whole sentence. */
function pick(lists: Lists, c: FrameInput, rules: string[]): Measure | null {
  // The detector's unit may come from a cue anywhere in the sentence, so it counts as the sentence's.
  for (const [text, rule] of [
    [`${c.before} ${c.after}`, IN_CLAUSE],
    [`${c.unit ?? ''} ${c.sentence}`, IN_SENTENCE],
  ] as const) {
    // Lists go from the specific to the general: the first with a word in the text wins.
    const found = lists.find(([, words]) => findAll(words, text).length > 0);
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
  return pick(MEASURE_WORDS[c.category] as Lists, c, rules);
}

/** What money is for, once its kind is known. */
export function readMoneyMeasure(c: FrameInput, kind: Kind, detail: string | null, rules: string[]): Measure | null {
  const lists = kind === 'unit-cost' ? MONEY_MEASURE_WORDS['unit-cost'] : detail === 'law-multi-year' || detail === 'law-part' ? MONEY_MEASURE_WORDS.law : MONEY_MEASURE_WORDS.budget;
  return pick(lists as Lists, c, rules);
}
