/** The frame's scope: the nation, one place, one operation, or a part of a group. */
import type { Scope } from '../../frame';
import { defineRule } from '../../rules';
import type { FrameInput } from './input';
import { first, has, last } from './phrases';
import { NATION_WORDS, OPERATION_WORDS, PART_OF_WORDS, PLACE_NAMES, PLACE_WORDS, SUBGROUP_WORDS } from './words';

const SUBGROUP = defineRule({
  id: 'frame.scope.subgroup',
  stage: 'frame',
  looksFor: "words of a part of a group in the number's clause: people with or without convictions, children, one nationality, asylum cases, 'of them', 'including'",
  decides: 'the number counts a subgroup, not the whole',
  fires: ['ICE arrested 222,000 people, including 75,000 with no criminal convictions.', 'ICE is holding 3,200 children in family detention, officials said.'],
  silent: ['ICE arrested 222,000 people in fiscal 2024.'],
});
const PLACE = defineRule({
  id: 'frame.scope.place',
  stage: 'frame',
  looksFor: "a place in the number's clause or the sentence's opening: a state, a city, a field office, a county, one facility",
  decides: "the number is one place's, not the nation's",
  fires: ['ICE agents arrested 1,100 people in Chicago during September.', 'In Texas alone, ICE is detaining more than 20,000 people.'],
  silent: ['ICE agents arrested 1,100 people a day across the country in September.'],
});
const OPERATION = defineRule({
  id: 'frame.scope.operation',
  stage: 'frame',
  looksFor: "an operation, a raid, a sweep or one event in the number's clause or the sentence's opening",
  decides: 'the number counts one operation or event',
  fires: ['Federal agents arrested 475 people in the raid at the Hyundai plant, ICE said.', 'During Operation Midway Blitz, ICE arrested more than 1,500 people.'],
  silent: ['ICE arrested 1,500 people in the last week of September, the agency said.'],
});
const NATION = defineRule({
  id: 'frame.scope.nation',
  stage: 'frame',
  looksFor: 'no place, operation or part of a group read for the number',
  decides: "the number is the nation's",
  fires: ['ICE arrested 222,000 people in fiscal 2024.'],
  silent: ['ICE agents arrested 1,100 people in Chicago during September.'],
});

/** The sentence's opening, when it is an introductory phrase before the subject ("In Texas alone, …"). */
function opening(c: FrameInput): string {
  const comma = c.lead.indexOf(',');
  return comma > 0 && comma < 60 ? c.lead.slice(0, comma) : '';
}

/** The scope of the claim and the words that set it. */
export function readScope(c: FrameInput, rules: string[]): { scope: Scope; words: string | null } {
  // The clause's own words decide; the nation's words there override a place named elsewhere.
  const own = `${c.before} ${c.unit ?? ''} ${c.after}`;
  const sub = first(SUBGROUP_WORDS, own) ?? last(PART_OF_WORDS, c.before);
  if (sub) {
    rules.push(SUBGROUP);
    return { scope: 'subgroup', words: sub.text };
  }
  const nation = has(NATION_WORDS, own);
  for (const text of nation ? [] : [own, opening(c)]) {
    const op = first(OPERATION_WORDS, text);
    if (op) {
      rules.push(OPERATION);
      return { scope: 'operation', words: op.text };
    }
    const place = first(PLACE_NAMES, text) ?? first(PLACE_WORDS, text);
    if (place) {
      rules.push(PLACE);
      return { scope: 'place', words: place.text };
    }
  }
  rules.push(NATION);
  return { scope: 'nation', words: null };
}
