/** The English pack: the words that end or are skipped in a counted noun phrase. Vocabulary only, no logic (see ./index.ts). */

/** Words that end a counted noun phrase: prepositions, verbs, conjunctions, rate words. */
export const STOP = new Set(
  'a an per each every in on at to into by during since from for under over according who that which when where whose whether if because although though unless once than and or but while as were was are is be been being have has had will would could can may might should must need needs did do does across through without annually daily yearly monthly weekly nationwide overall alone so last next this these those it its their his her they them those whom he she we i you not only just also about around after before until between among the what despite amid'.split(
    ' ',
  ),
);

/** Verbs that often follow a bare number in news prose and would pass for nouns. */
export const VERBS = new Set(
  'said says told dwarfs dwarfed exceeded exceeds exceed marks marked rose fell grew dropped climbed increased decreased reached hit topped including included includes remain remains remained live lives lived work works worked serve serves served crossed cost costs set issued given reported released announced estimated deployed assigned wear face faced made make makes got received awaiting facing seeking fleeing carry carried carries conduct conducted conducts perform performed handle handled process processed'.split(
    ' ',
  ),
);

/** Adjectives skipped at the head of a noun phrase: they say nothing about what is counted. */
export const SKIP = new Set(['new', 'more', 'additional', 'other', 'such', 'further', 'total', 'of', 'some', 'extra']);
