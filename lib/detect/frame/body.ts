/** The frame's body: who counted the number, or whom it is about; and the body the sentence credits. */
import { BODIES, type Body, type Credit } from '../../frame';
import { defineRule } from '../../rules';
import type { FrameInput } from './input';
import { findAll, type Found } from './phrases';
import type { Measure } from '../../frame';
import { BODY_WORDS, CREDIT_WORDS, ESTIMATE_NOUNS, ESTIMATE_VERBS, NOT_ORG_WORDS, ORG_CONNECTORS, ORG_HEADS, ORG_SPEAKERS, SAY_VERBS } from './words';

const IN_CLAUSE = defineRule({
  id: 'frame.body.in-clause',
  stage: 'frame',
  looksFor: "a body named in the number's own clause (ICE, CBP, the Border Patrol, the immigration courts, Congress, Pew, a city's police…); a law with multi-year money named by its own name is Congress's ('the One Big Beautiful Bill Act, which appropriates $75 billion')",
  decides: 'the body is the one named nearest the number',
  fires: [
    'ICE deported 271,000 people in fiscal 2024.',
    'Border Patrol agents apprehended 4,100 migrants on Tuesday, officials said.',
    'CoreCivic pointed to the One Big Beautiful Bill Act, which appropriates $75 billion for ICE.',
  ],
  silent: ['Deportations reached 271,000 in fiscal 2024, the highest in a decade.'],
});
const IN_SENTENCE = defineRule({
  id: 'frame.body.in-sentence',
  stage: 'frame',
  looksFor: "a body named in the claim's sentence outside the number's own clause",
  decides: 'the body is the one named nearest before the number, else the first after it',
  fires: ['Immigration and Customs Enforcement, in a statement released late on Friday evening, said detention reached 61,000 people on Sunday.'],
  silent: ['ICE detained 61,000 people on Sunday.'],
});
const PREVIOUS = defineRule({
  id: 'frame.body.previous-sentence',
  stage: 'frame',
  looksFor: "no body named in the claim's sentence, one named in the sentence before",
  decides: 'the body is the last one the sentence before names',
  fires: ['Immigration and Customs Enforcement released new statistics on Monday. Deportations reached 271,000 in fiscal 2024, the figures show.'],
  silent: ['The weather was mild on Monday. Deportations reached 271,000 in fiscal 2024, the figures show.'],
});
const NONE = defineRule({
  id: 'frame.body.none',
  stage: 'frame',
  looksFor: 'no body named in the sentence or the one before',
  decides: 'the body is unknown',
  fires: ['Deportations reached 271,000 in fiscal 2024, the highest in a decade.'],
  silent: ['ICE deported 271,000 people in fiscal 2024.'],
});
const CREDITED = defineRule({
  id: 'frame.body.credit',
  stage: 'frame',
  looksFor: 'a body whose estimates the dataset carries, credited in the sentence (Pew, MPI, the Center for Migration Studies, TRAC, DHS)',
  decides: "the claim is that body's figure (its estimate leads on the card)",
  fires: ['About 11 million unauthorized immigrants live in the U.S., according to the Pew Research Center.'],
  silent: ['About 11 million unauthorized immigrants live in the U.S., according to advocates.'],
});

/** A statutory minimum is the law's: Congress sets it, whoever the sentence names (lib/detect/frame.ts applies it once the kind is read). */
export const STATUTE_BODY = defineRule({
  id: 'frame.body.statutory-minimum',
  stage: 'frame',
  looksFor: "a number read as a statutory minimum of beds (the bed mandate, 'the minimum quota of 34,000 detainees'), whoever its sentence names ('DHS asked for $1.9 billion …, if one assumes the minimum quota of 34,000 detainees')",
  decides: 'the body is Congress: a minimum the law sets is counted by the law, not by the agency that asked for money or must keep the beds',
  fires: ['For fiscal year 2014 DHS asked for just under $1.9 billion for detention, about $148 per detainee if one assumes the minimum quota of 34,000 detainees nationwide.'],
  silent: ['Congress funded 41,500 detention beds for ICE in fiscal 2024.'],
});

const THE_AGENCY = defineRule({
  id: 'frame.body.the-agency',
  stage: 'frame',
  looksFor: "'the agency' as the body nearest the number, with an agency named by its name before it in the sentence or in the sentence before ('the Border Patrol … when the agency counted roughly 202,000')",
  decides: "'the agency' is the agency named last before it (CBP, the immigration courts, ICE…), not ICE by default",
  fires: ['Border Patrol agents logged nearly 238,000 apprehensions in fiscal 2025, the fewest since fiscal 1970, when the agency counted roughly 202,000.'],
  silent: ['ICE deported 271,000 people in fiscal 2024, the agency said.', 'The agency deported 271,000 people in fiscal 2024.'],
});

const COUNTED_NOUN = defineRule({
  id: 'frame.body.counted-noun',
  stage: 'frame',
  looksFor:
    "a count whose noun says who keeps it, with no body named in its own clause or before it in its sentence, whose sentence after it or the sentence before names a body that keeps no such count: a border count (encounters, apprehensions, people stopped at the border) and ICE, Congress or a research body; a count of the immigration courts and ICE, CBP or Congress; people in ICE detention or its Alternatives to Detention and CBP, the courts or Congress ('The border saw more than 2.3 million migrant encounters in fiscal 2022, yet ICE detention stayed relatively low')",
  decides: "the body is the one that keeps such counts (CBP for the border's, the immigration courts for theirs, ICE for detention and ATD): the counted noun decides before a body named for other words",
  fires: ['The border saw more than 2.3 million migrant encounters in fiscal 2022, yet ICE detention stayed relatively low.', 'Customs and Border Protection released its figures on Monday. About 40,000 people were held in detention in May.'],
  silent: ['Texas state troopers stopped 8,000 migrants at the border in June.', "ICE's annual report, released Friday, shows that border encounters rose to 2.5 million, a record."],
});

/** Federal bodies that keep neither the border's counts nor the courts': one named outside a count's clause is another number's. */
const NOT_BORDER_COUNTERS: readonly Body[] = ['ice', 'ero', 'hsi', 'eoir', 'congress', 'research'];
const NOT_COURT_COUNTERS: readonly Body[] = ['ice', 'ero', 'hsi', 'cbp', 'congress'];
/** Bodies that keep no count of people in ICE detention or its Alternatives to Detention (a research body named elsewhere only carries it). */
const NOT_DETENTION_COUNTERS: readonly Body[] = ['cbp', 'eoir', 'congress'];

/** The body that keeps the count its category names, when the body read from outside its clause cannot have counted it. */
function keeper(c: FrameInput, outside: Body): Body | null {
  if (c.category === 'border' && NOT_BORDER_COUNTERS.includes(outside)) return 'cbp';
  if (c.category === 'courts' && !c.dollars && NOT_COURT_COUNTERS.includes(outside)) return 'eoir';
  if ((c.category === 'detention' || c.category === 'atd') && !c.dollars && NOT_DETENTION_COUNTERS.includes(outside)) return 'ice';
  return null;
}

/** Words that only point back to an agency named before them. */
const ANAPHORS = new Set(['the agency']);
/** Bodies an anaphor can point back to: agencies. */
const AGENCIES: readonly Body[] = ['ice', 'ero', 'hsi', 'cbp', 'dhs', 'eoir'];

/** The agency 'the agency' at `at` points back to: the last named before it in the sentence, else in the sentence before; null when none. */
function antecedent(c: FrameInput, at: number): Body | null {
  const named0 = (text: string) => named(text).filter((f) => AGENCIES.includes(f.body) && !ANAPHORS.has(f.text.toLowerCase()));
  const before = named0(c.sentence.slice(0, at)).sort((a, b) => a.index - b.index).at(-1);
  if (before) return before.body;
  return named0(c.previous).sort((a, b) => a.index - b.index).at(-1)?.body ?? null;
}

const ALL_BODIES = BODIES.filter((b): b is Exclude<Body, 'unknown'> => b !== 'unknown');

/** Every body named in `text`, with its offset. */
function named(text: string): (Found & { body: Body })[] {
  return ALL_BODIES.flatMap((body) => findAll(BODY_WORDS[body], text).map((f) => ({ ...f, body })));
}

/** The named body nearest to offset `at` (before it first within `before`, then after). */
function nearestFound(list: (Found & { body: Body })[], at: number): (Found & { body: Body }) | null {
  let best: { f: Found & { body: Body }; d: number } | null = null;
  for (const f of list) {
    // A body after the number counts only when none is named before it: "…, according to Pew".
    const d = f.index < at ? at - (f.index + f.text.length) : 10_000 + f.index - at;
    if (!best || d < best.d) best = { f, d };
  }
  return best?.f ?? null;
}

/** The body nearest to `at`; 'the agency' is the agency it points back to (frame.body.the-agency). */
function nearest(list: (Found & { body: Body })[], at: number, c: FrameInput, rules: string[]): Body | null {
  const f = nearestFound(list, at);
  if (f && ANAPHORS.has(f.text.toLowerCase())) {
    const back = antecedent(c, f.index);
    if (back && back !== f.body) {
      rules.push(THE_AGENCY);
      return back;
    }
  }
  return f?.body ?? null;
}

/** The body of the claim, recording the rule that decided it. */
export function readBody(c: FrameInput, rules: string[]): Body {
  const clauseStart = c.at - c.before.length;
  const inClause = named(c.sentence.slice(clauseStart, c.to + c.after.length)).map((f) => ({ ...f, index: f.index + clauseStart }));
  const clauseBody = nearest(inClause, c.at, c, rules);
  if (clauseBody) {
    rules.push(IN_CLAUSE);
    return clauseBody;
  }
  const sentenceBody = nearest(named(c.sentence), c.at, c, rules);
  if (sentenceBody) {
    rules.push(IN_SENTENCE);
    // A body named before the number in its sentence may be the count's source ("ICE's annual report shows that…"); one after it is another clause's.
    return named(c.lead).length ? sentenceBody : kept(c, sentenceBody, rules);
  }
  const prev = named(c.previous).at(-1);
  if (prev) {
    rules.push(PREVIOUS);
    return kept(c, prev.body, rules);
  }
  rules.push(NONE);
  return 'unknown';
}

/** A body read from outside the count's clause, unless the count's own noun says who keeps it (frame.body.counted-noun). */
function kept(c: FrameInput, outside: Body, rules: string[]): Body {
  const k = keeper(c, outside);
  if (!k) return outside;
  rules.push(COUNTED_NOUN);
  return k;
}

const CREDITED_BEFORE = defineRule({
  id: 'frame.body.credit-previous-sentence',
  stage: 'frame',
  looksFor:
    "a count whose sentence names no body, read as the research body the sentence before names (frame.body.previous-sentence), where that sentence credits a body whose estimates the dataset carries ('Recent Migration Policy Institute estimates show … As of mid-2023 the population is put at around 11 million')",
  decides: "the claim is that body's estimate too: the writer goes on about the same body's figures",
  fires: ['Recent Migration Policy Institute estimates show the unauthorized immigrant population grew by approximately 3 million between 2019 and 2023. As of mid-2023 the unauthorized immigrant population is put at around 11 million.'],
  silent: ['Recent Migration Policy Institute estimates show the unauthorized immigrant population grew by approximately 3 million between 2019 and 2023. DHS puts the unauthorized immigrant population at around 11 million.'],
});

/** The estimating body the sentence credits, if the dataset carries its figures; else, for a body read from the sentence before, the one that sentence credits. */
export function readCredit(c: FrameInput, rules: string[]): Credit | null {
  const own = creditIn(c.sentence, c.at);
  if (own) {
    rules.push(CREDITED);
    return own;
  }
  if (!rules.includes(PREVIOUS) || rules.includes(COUNTED_NOUN)) return null;
  const before = creditIn(c.previous, c.previous.length);
  if (!before) return null;
  const body = named(c.previous).at(-1)?.body;
  if (body !== 'research' && body !== 'dhs') return null;
  rules.push(CREDITED_BEFORE);
  return before;
}

/** The credit named in `text` nearest before offset `at` (else first after it). */
function creditIn(text: string, at: number): Credit | null {
  let best: { credit: Credit; d: number } | null = null;
  for (const credit of Object.keys(CREDIT_WORDS) as Credit[]) {
    for (const f of findAll(CREDIT_WORDS[credit], text)) {
      const d = f.index < at ? at - f.index : 10_000 + f.index - at;
      if (!best || d < best.d) best = { credit, d };
    }
  }
  return best?.credit ?? null;
}

const NAMED_GROUP = defineRule({
  id: 'frame.body.named-group',
  stage: 'frame',
  looksFor:
    "a named organisation that keeps no official series (an advocacy group, a think tank, a union: capitalised words with a head such as Federation, Center, Network, Institute, or a name with capitals inside such as NumbersUSA; not an agency, a research body the dataset carries, a court, a place of detention or a newsroom) that makes the number its own: it puts, estimates, counts, calculates or finds it, or its analysis or estimate does ('NumbersUSA puts … at', '…, the Federation for American Immigration Reform estimates', 'A Federation for American Immigration Reform analysis … finds'); or it says the number or the number is according to it ('A NumbersUSA researcher said there are…'), where the number is an estimate by nature (the unauthorized population), which the group cannot only carry. No other number and no agency between the name and the number",
  decides:
    "the body is that group ('group'): its number is never weighed against an agency's or a research body's series; one it only says or reports of an agency's count ('Detention Watch Network says the budget would raise…', 'According to the Center for Immigration Studies, CBP encountered…') stays the agency's",
  fires: [
    'NumbersUSA puts the number of illegal immigrants in the U.S. in 2015 at 11,000,000 to 12,000,000.',
    'The illegal alien population of the United States has reached a record 18.6 million, the Federation for American Immigration Reform estimates.',
    'A Federation for American Immigration Reform analysis of the latest Census Bureau data finds that at least 16.8 million illegal aliens now live in the United States.',
    'The Center for American Progress put the average cost of holding one deportee in 2014 at $5,633.',
    'A NumbersUSA researcher said there are "probably between 15 and 20 million" people in the country illegally.',
  ],
  silent: [
    "The Detention Watch Network says President Obama's budget for the 2016 fiscal year would raise money for immigrant detention from $2.2 billion in the 2014 fiscal year to $2.4 billion in 2016.",
    'According to the Center for Immigration Studies, U.S. Customs and Border Protection encountered 234,088 illegal aliens at the Southwest border in April.',
    'The Pew Research Center puts the unauthorized immigrant population at 11 million in 2016.',
    'The Adams County Detention Center in Natchez, Mississippi, has held an average of 2,170 people a day in fiscal 2025.',
    'The official estimate puts the unauthorized immigrant population at 11 million, the Federation for American Immigration Reform said.',
  ],
});

/** Measures that are estimates by nature: whoever says one is taken to have estimated it, unless it names whose it is. */
const ESTIMATED_MEASURES: readonly (Measure | null)[] = ['unauthorized-population', 'protected-population'];

/** A named organisation in a sentence, with its offsets. */
interface OrgName {
  index: number;
  end: number;
  text: string;
}

const CAP = String.raw`[A-Z][\w'’.&-]*`;
const CONNECTOR = ORG_CONNECTORS.map((w) => w.replace('&', '\\&')).join('|');
/** A run of capitalised words, with connectors between them. */
const NAME_RUN = new RegExp(String.raw`${CAP}(?:\s+(?:(?:${CONNECTOR})\s+){0,2}${CAP})*`, 'g');
/** Words that open a sentence or a phrase before a name, not part of it. */
const NAME_OPENERS = new Set(['The', 'A', 'An', 'By', 'According', 'In', 'On', 'For', 'At', 'Recent', 'New', 'Citing', 'As', 'But', 'And', 'While', 'Since', 'Under', 'From', 'With', 'Its', 'Their', 'This', 'That', 'Those', 'These', 'the', 'a', 'an', 'of', 'for', 'on', 'and', 'in', 'at', '&']);
/** One word with capitals inside: "NumbersUSA" (not "McAllen", "DeSantis"). */
const INNER_CAPITALS = /^[A-Z][a-z]+[A-Z]{2,}[A-Za-z]*$/;
const bare = (w: string) => w.replace(/['’]s$/, '').replace(/[.,]+$/, '');

/** The organisations named in `text` that no body's words name (the dataset keeps no series of theirs). */
function orgNames(text: string): OrgName[] {
  const known = ALL_BODIES.filter((b) => b !== 'facility').flatMap((body) => findAll(BODY_WORDS[body], text));
  const out: OrgName[] = [];
  for (const m of text.matchAll(NAME_RUN)) {
    const words = m[0].split(/\s+/);
    let skip = 0;
    while (skip < words.length - 1 && NAME_OPENERS.has(words[skip]!)) skip++;
    const own = words.slice(skip).map(bare);
    const headed = own.length > 1 && own.some((w) => ORG_HEADS.includes(w));
    const inner = own.length === 1 && INNER_CAPITALS.test(own[0]!);
    if (!headed && !inner) continue;
    if (own.some((w) => NOT_ORG_WORDS.includes(w))) continue;
    const index = m.index + m[0].indexOf(words[skip]!, words.slice(0, skip).join(' ').length);
    const end = m.index + m[0].length - (m[0].match(/['’]s$/) ? 2 : 0);
    if (known.some((k) => k.index < end && k.index + k.text.length > index)) continue;
    out.push({ index, end, text: text.slice(index, end) });
  }
  return out;
}

const wordsRe = (list: readonly string[]) => list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const ESTIMATE_VERB = wordsRe(ESTIMATE_VERBS);
const SAY_VERB = wordsRe(SAY_VERBS);
const ESTIMATE_NOUN = wordsRe(ESTIMATE_NOUNS);
const SPEAKER = wordsRe(ORG_SPEAKERS);
/** After a name: its own noun of estimate ("'s newest estimates show", " analysis of the latest Census Bureau data finds"), a speaker, an appositive, then the verb. */
const AFTER_NAME = [
  new RegExp(String.raw`^(?:['’]s)?(?:\s+(?:${SPEAKER})\b)?(?:\s*,[^,;]{1,80},)?\s+(?:(?<estimate>${ESTIMATE_VERB})|(?<say>${SAY_VERB}))\b`, 'i'),
  new RegExp(String.raw`^(?:['’]s)?(?:\s+(?:new|newest|latest|recent|preliminary|own|annual)){0,2}\s+(?<noun>${ESTIMATE_NOUN})\b[^;,]{0,80}?\s+(?:(?<estimate>${ESTIMATE_VERB})|(?<say>${SAY_VERB}))\b`, 'i'),
];
const afterName = (text: string) => AFTER_NAME.map((re) => re.exec(text)).find((m) => m) ?? null;
/** Before a name: "according to (a new)", "by (the)", "per". */
const ACCORDING_BEFORE = /\b(?:according to|by|per|citing)\s+(?:(?:a|an|the|new|recent|latest)\s+)*$/i;
/** After a name so introduced, its noun of estimate ("according to an American Action Forum estimate", "by the Center's preliminary count"). */
const NOUN_AFTER = new RegExp(String.raw`^(?:['’]s)?(?:\s+(?:new|newest|latest|recent|preliminary|own|annual)){0,2}\s+(?:${ESTIMATE_NOUN})\b`, 'i');
/** A name right after the number's own words: ", the Federation … estimates", ", said the Center …", ", according to …". */
const TRAILING_BEFORE = new RegExp(String.raw`,\s*(?:(?:according to|said|says|reported|estimated|by|per)\s+)?(?:(?:a|an|the|new|recent|latest)\s+)*$`, 'i');
/** Words that give a figure to the government's own estimate. */
const OFFICIAL = /\b(?:official|officials|government(?:'s|’s)?|federal)\b/i;
/** A count (not a year) in a stretch of text. */
const COUNT = /(?<![\w$])\$?\d[\d,.]*(?!\d)/g;
const hasCount = (text: string) => [...text.matchAll(COUNT)].some((m) => !/^(?:19|20)\d{2}$/.test(m[0].replace(/[,.]+$/, '')));

/** How a named group makes the number its own, if it does: by estimating it, or only by saying it. */
function groupAttribution(c: FrameInput): 'estimate' | 'say' | null {
  const s = c.sentence;
  for (const org of orgNames(s)) {
    if (org.end <= c.at) {
      const mid = s.slice(org.end, c.at);
      if (mid.length > 220 || /;/.test(mid) || hasCount(mid) || named(mid).some((f) => f.body !== 'facility') || OFFICIAL.test(mid)) continue;
      const introduced = ACCORDING_BEFORE.test(s.slice(Math.max(0, org.index - 30), org.index));
      if (introduced) return NOUN_AFTER.test(mid) ? 'estimate' : 'say';
      const m = afterName(mid);
      if (!m?.groups) continue;
      if (m.groups.estimate || m.groups.noun) return 'estimate';
      return 'say';
    }
    if (org.index >= c.to) {
      const between = s.slice(c.to, org.index);
      if (between.length > 160 || /;/.test(between) || hasCount(between) || named(between).some((f) => f.body !== 'facility')) continue;
      if (!TRAILING_BEFORE.test(between)) continue;
      // A figure the sentence gives to an agency or to the official estimate first is theirs, whoever then speaks of it.
      if (named(c.lead).some((f) => f.body !== 'facility') || OFFICIAL.test(c.lead)) continue;
      const rest = s.slice(org.end);
      const introduced = /\b(?:according to|by|per)\s+(?:(?:a|an|the|new|recent|latest)\s+)*$/i.test(between);
      if (introduced) return NOUN_AFTER.test(rest) ? 'estimate' : 'say';
      if (/\b(?:said|says|reported|estimated)\s+(?:(?:a|an|the)\s+)*$/i.test(between)) return /estimated\s+(?:(?:a|an|the)\s+)*$/i.test(between) ? 'estimate' : 'say';
      const m = afterName(rest);
      if (!m?.groups) continue;
      // The verb's own object is another number: the name is that number's ("…, while FAIR estimates 15 million").
      const object = rest.slice(m.index + m[0].length).split(/[,;.]/)[0] ?? '';
      if (hasCount(object)) continue;
      return m.groups.estimate || m.groups.noun ? 'estimate' : 'say';
    }
  }
  return null;
}

/**
 * The body when a named group makes the number its own (frame.body.named-group): an estimate of theirs, or a
 * number of a kind that is always someone's estimate, said by them. Else the body read before.
 */
export function groupBody(c: FrameInput, body: Body, measure: Measure | null, rules: string[]): Body {
  const how = groupAttribution(c);
  if (!how) return body;
  if (how === 'say' && !ESTIMATED_MEASURES.includes(measure) && c.category !== 'population') return body;
  rules.push(NAMED_GROUP);
  return 'group';
}
