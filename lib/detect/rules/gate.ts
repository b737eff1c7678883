/**
 * Rules of the topic gate: whether a text, a paragraph or a sentence speaks about immigration
 * enforcement at all. Their numbers are dropped before any claim rule runs.
 */
import { defineRule } from '../../rules';

export const NOT_ABOUT = defineRule({
  id: 'gate.not-about',
  stage: 'gate',
  looksFor: 'a text that does not name immigration enforcement (twice on a long page), or scores under 2 on a short one',
  decides: 'the text is on another beat: no claim anywhere in it',
  fires: ['The home team drew 7,000 fans and sold 50,000 tickets as the striker scored twice.'],
  silent: ['ICE deported 7,000 people last month, the agency said.'],
});
export const NAMED_OFTEN = defineRule({
  id: 'gate.named-often',
  stage: 'gate',
  looksFor: "a short text (at most 600 characters) that names immigration enforcement outright three times or more (ICE, its detainees, deportation), whatever other beats it names (sheriff, inmates, prisons)",
  decides: 'the text is about immigration enforcement, though the jail beat\'s words would score it under 2',
  fires: ["The county's deal with the sheriff keeps ICE detainees in the jail among its inmates while they wait for deportation. On Monday it held 65 ICE detainees."],
  silent: ["The county's deal with the sheriff keeps inmates from three prisons in the jail. On Monday it held 65 inmates, one of them an ICE detainee."],
});
export const LONE = defineRule({
  id: 'gate.lone-sentence',
  stage: 'gate',
  looksFor: "a lone sentence or headline of at most 300 characters with one telling enforcement word ('arrests', 'raids', 'backlog') and no other beat",
  decides: 'the lone sentence is read, though it does not name immigration outright',
  fires: ['Arrests, which averaged 300 a day last year, are rising again.'],
  silent: ['Ticket sales, which averaged 300 a day last year, are rising again.'],
});
export const QUIET_BLOCK = defineRule({
  id: 'gate.quiet-paragraph',
  stage: 'gate',
  looksFor: 'a paragraph without an outright enforcement word, in an article without one, with fewer than two weaker enforcement words',
  decides: "the paragraph's numbers are not read",
  fires: ['Arrests by agents rose, officers said, and the backlog grew.\nThe bakery sold 400 loaves on Sunday.'],
  silent: ['Arrests by agents rose, officers said, and the backlog grew.\nAgents made 400 arrests on Sunday, officers said.'],
});
export const QUIET_SENTENCE = defineRule({
  id: 'gate.quiet-sentence',
  stage: 'gate',
  looksFor: 'a sentence whose topic score (outright words 4, weak ones 1, other beats -2, plus the article and paragraph) stays under 2',
  decides: "the sentence's numbers are not read",
  fires: ['ICE deported 7,000 people last month, the agency said. Separately, the hockey team sold 40 season tickets.'],
  silent: ['ICE deported 7,000 people last month. It also hired 40 new officers.'],
});
export const OTHER_BEAT_SUBJECT = defineRule({
  id: 'gate.other-beat-subject',
  stage: 'gate',
  looksFor: "a sentence opening on 'it' or 'they' right after a sentence that opens on another beat (police, a sheriff, a school)",
  decides: "the pronoun is still the other beat's: the sentence's numbers are not read",
  fires: ['ICE deported 7,000 people last month. The town police department runs a small jail near the border. Last year, it made 312 arrests.'],
  silent: ['ICE deported 7,000 people last month. Officials praised the agency near the border. Last year, it made 312 arrests.'],
});
export const ICE_EXCHANGE = defineRule({
  id: 'gate.ice-the-exchange',
  stage: 'gate',
  looksFor: "a text that names the Intercontinental Exchange or its ticker ('NYSE: ICE')",
  decides: "its 'ICE' is the exchange, not the agency: the acronym does not count as naming immigration enforcement",
  fires: ['Intercontinental Exchange (NYSE: ICE) reported record revenue of $2.3 billion. ICE earned $1.55 a share.'],
  silent: ['ICE reported record detention of 61,000 people. ICE spent $3 billion on it.'],
});
