/**
 * The claim detector: text -> the quantities in it that speak about ICE's capacity or the load on it.
 * Pure: no DOM, no browser or Node APIs. See test/fixtures/shared/README.md for what counts as a claim.
 */
import type { Category, Claim, ClaimPeriod, DetectOptions } from './types';
import type { FoundPeriod } from './periods';
import type { Quantity } from './quantities';
import { namedOften, namesAgency, namesTheExchange, topicOf, topicScore, topicScoreAtLeast, weakMentions, hasStrongSignal } from './gate';
import { segmentBlockSentences, segmentSentences, splitBlocks } from './sentences';
import { parseQuantities } from './quantities';
import { anchorAfter, asFiscal, findPeriods, nearestPeriod, type Anchor } from './periods';
import { blockFacts, categorize, sentenceTopic, type BlockFacts, type Decision, type Window } from './categories';
import { countedPhrase, findRate, rateEnd } from './context';
import { cueRegex } from './cues';
import { GATE as GATE_WORDS } from './lang/active-gate';
import { CARRY_WORDS as V, CATEGORY_WORDS as K, DROP_WORDS, usePack } from './lang/active';
import { EN } from './lang/en/pack';
import { durationLimit, notClaimReason, otherMeasure, partitiveHead } from './filters';
import { unitOf } from './units';
import * as CAT from './rules/category';
import * as CLAIM from './rules/claim';
import * as DROP from './rules/drop';
import * as GATE from './rules/gate';
import { readFrame } from './frame';
import { comparedToLast, elidedObject, paragraphTrait, traitOf, traitSaidAfter } from './scope';
import * as SCOPE from './scope';

export type { Claim, ClaimPeriod, DetectOptions, Qualifier, Rate, Category } from './types';
export type { Quantity, QuantityKind } from './quantities';
export { parseQuantities } from './quantities';
export { segmentSentences } from './sentences';
export { isAboutImmigration, topicOf } from './gate';

const DIGIT = /\d/;
/** A year written out ("in 2025"): no count between two numbers. */
const YEAR = /\b(?:19|20)\d\d\b/g;

function hasNumber(text: string): boolean {
  return DIGIT.test(text) || V.NUMBER_WORD.test(text);
}

function hasCue(sentence: string): boolean {
  const cue = cueRegex();
  cue.lastIndex = 0;
  return cue.test(sentence);
}

function otherBeatSubject(opening: string): boolean {
  GATE_WORDS.FOREIGN.lastIndex = 0;
  return opening !== '' && GATE_WORDS.FOREIGN.test(opening) && !namesAgency(opening);
}

function periodOf(sentence: string, periods: FoundPeriod[], q: Quantity, w: Window, category: Category, options: DetectOptions): ClaimPeriod | null {
  const p = nearestPeriod(periods, q.start, q.end, w.start, w.end, sentence);
  if (!p || category !== 'budget' || q.percent) return p;
  // "Since returning to office, Trump has expanded ICE's budget to $28 billion": when it changed, not what the money covers.
  if (V.SINCE.test(p.text)) return null;
  return asFiscal(p, options.articleDate);
}

/** "average daily populations of 22,578, 28,289 and 19,254": the members of a list share its rate. */
function listRate(sentence: string, q: Quantity, prev: Quantity | undefined, last: Claim | undefined, s: number): Claim['rate'] {
  if (!prev || !last || last.start !== s + prev.start || last.rate === null) return null;
  return /^,?\s*(?:and\s+|or\s+)?$/.test(sentence.slice(prev.end, q.start)) ? last.rate : null;
}

/** "doubled, from about 5,000 arrests in November": a multiplier whose change goes from or to a count counts what that count counts. */
function countsNext(sentence: string, quantities: Quantity[], i: number, block: BlockFacts | undefined, rules: string[] | undefined): Decision | null {
  const q = quantities[i]!;
  // The count may come after a span ("in three years, to 78,000").
  let j = i + 1;
  while (j < quantities.length && quantities[j]!.start - q.end < 50 && !V.MULTIPLIER_FROM_TO.test(sentence.slice(q.end, quantities[j]!.start))) j++;
  const next = quantities[j];
  if (!next || next.start - q.end >= 50) return null;
  const after = quantities[j + 1];
  const limit = after ? after.start : sentence.length;
  const phrase = countedPhrase(sentence, next, limit);
  const decision = categorize(sentence, next, { start: next.start, end: limit, phraseStart: phrase.start, phraseEnd: phrase.end }, null, block);
  if (!decision) return null;
  rules?.push(CLAIM.MULTIPLIER_FROM_TO);
  return { ...decision, cued: false };
}

/**
 * "Border Patrol agents in the Tucson and Del Rio sectors apprehended approximately 151,000 migrants in December.
 * Tucson's approximately 80,000 tops its record": a sentence that opens on the count of a place the sentence before
 * named goes on with that sentence's count.
 */
function placeGoesOn(lead: string, previousSentence: string): boolean {
  const m = V.PLACE_POSSESSIVE_LEAD.exec(lead);
  return m !== null && previousSentence.includes(m[1]!);
}

/** "In the Spokane sector, which covers 308 miles of the border, illegal crossings went from 208": a cue word in the last clause before a number names what it counts anew. */
function cueInLastClause(between: string): boolean {
  const comma = Math.max(between.lastIndexOf(','), between.lastIndexOf(';'));
  return comma >= 0 && hasCue(between.slice(comma + 1));
}

/** A new clause with a cue of its own as its subject: "…, while voluntary departures were". */
function newSubject(stretch: string): boolean {
  let at = -1;
  for (const m of stretch.matchAll(V.CLAUSE_JOIN)) at = m.index + m[0].length;
  if (at >= 0 && hasCue(stretch.slice(at))) return true;
  // "Detention capacity roughly tripled …, voluntary departures were more than 21 times higher": a clause after a comma, with its own subject and verb.
  const comma = stretch.lastIndexOf(',');
  return comma >= 0 && V.SUBJECT_VERB_AFTER_COMMA.test(stretch.slice(comma + 1)) && hasCue(stretch.slice(comma + 1));
}

/** "some 240,000 of the roughly 450,000 deportations": a bare part counts what the whole right after it counts. */
function partOfNext(sentence: string, quantities: Quantity[], i: number, phrase: { start: number; end: number }, block: BlockFacts | undefined, rules: string[] | undefined): Decision | null {
  const q = quantities[i]!;
  const next = quantities[i + 1];
  if (!next || phrase.end > phrase.start || q.percent || next.percent || !V.PART_OF.test(sentence.slice(q.end, next.start)) || traitSaidAfter(sentence, next.end)) return null;
  const after = quantities[i + 2];
  const limit = after ? after.start : sentence.length;
  const nextPhrase = countedPhrase(sentence, next, limit);
  const w: Window = { start: next.start, end: limit, phraseStart: nextPhrase.start, phraseEnd: nextPhrase.end };
  const decision = categorize(sentence, next, w, null, block);
  // "Only 20 of the 210 ICE detention centers": a part of what is no claim (sites, another measure) is none either.
  if (!decision || notClaimReason(sentence, next, w, block?.stay() ?? false)) return null;
  rules?.push(CLAIM.PART_OF_NEXT);
  return { ...decision, cued: false };
}

/** "with 89,000 and 81,000 pending cases": a bare number joined to the next one counts what the next one names. */
function sharesNoun(sentence: string, quantities: Quantity[], i: number, phrase: { start: number; end: number }, block: BlockFacts | undefined, rules: string[] | undefined): Decision | null {
  const q = quantities[i]!;
  const next = quantities[i + 1];
  if (!next || phrase.end > phrase.start || q.percent !== next.percent || q.dollars !== next.dollars || !V.JOINED_NUMBERS.test(sentence.slice(q.end, next.start))) return null;
  const after = quantities[i + 2];
  const limit = after ? after.start : sentence.length;
  const nextPhrase = countedPhrase(sentence, next, limit);
  if (nextPhrase.end === nextPhrase.start) return null;
  const w: Window = { start: next.start, end: limit, phraseStart: nextPhrase.start, phraseEnd: nextPhrase.end };
  const decision = categorize(sentence, next, w, null, block);
  if (!decision || notClaimReason(sentence, next, w, block?.stay() ?? false)) return null;
  rules?.push(CLAIM.SHARED_NOUN);
  return { ...decision, cued: false };
}

/** The first words a number counts: its counted phrase, or after a partitive ("209 of the June flights"). */
function otherHead(sentence: string, q: Quantity, phrase: { start: number; end: number }): string {
  const words = phrase.end > phrase.start ? sentence.slice(phrase.start, phrase.end).replace(DROP_WORDS.PARTITIVE_LEAD, '') : partitiveHead(sentence, q);
  return words.split(/\s+/).slice(0, 2).join(' ');
}

/** A sentence without numbers, whose topic is worked out only when the next sentence needs it. */
interface Pending {
  lazy: string;
}

/** The longest text judged as a lone sentence or headline. */
const LONE = 300;

/** Longer "sentences" are tables, code or run-on junk, not news prose; skipping them bounds the cost. */
const MAX_SENTENCE = 2000;

/** What the rules decided, recorded only when explaining (see ./explain.ts). */
export interface Trace {
  /** Article-level gate rules. */
  gate: string[];
  /** For each claim made, the ids of the rules that made and classified it. */
  claims: Map<Claim, string[]>;
  /** Quantities that made no claim, with the ids of the rules that dropped them. */
  dropped: { quote: string; start: number; end: number; sentence: string; rules: string[] }[];
}

/** Records the quantities of a sentence no claim rule saw (the gate dropped them). */
function dropSentence(trace: Trace | undefined, text: string, s: number, e: number, rule: string): void {
  if (!trace) return;
  const sentence = text.slice(s, e);
  for (const q of parseQuantities(sentence)) trace.dropped.push({ quote: q.text, start: s + q.start, end: s + q.end, sentence, rules: [rule] });
}

/** Dropped numbers that still say what their neighbours count: a share of detainees, a count of detention centers. */
const SAYS_WHAT = new Set([DROP.SHARE, DROP.COMPOSITION, DROP.FACILITY_COUNT]);
const ONE_EVENT = new Set([DROP.RAID_FORCE, DROP.ONE_PERSON, DROP.SMALL_EVENT]);

function detectInSentence(
  text: string,
  s: number,
  e: number,
  options: DetectOptions,
  out: Claim[],
  previous: Decision | Pending | null,
  block?: BlockFacts,
  trace?: Trace,
  previousSentence = '',
  earlier = '',
  anchor: Anchor | null = null,
): Decision | null {
  const sentence = text.slice(s, e);
  const quantities = parseQuantities(sentence);
  if (quantities.length === 0) return null;
  // Periods are read only once a quantity has become a claim: most sentences with numbers yield none.
  let periods: ReturnType<typeof findPeriods> | null = null;
  let windowStart = 0;
  // A sentence that goes on with the last one ("In January, it averaged about 800.") counts the same
  // thing; a target stated before is not repeated, so the carried category is what the goal counted.
  // A span of time ("Over the next 29 days, … climbed again to 715") may stand before the count it goes on with.
  const goesOn = (first: Quantity): boolean =>
    V.CONTINUES.test(sentence.slice(Math.max(0, first.start - 30), first.start)) ||
    V.ANAPHORA.test(sentence.slice(0, Math.min(first.start, 120))) ||
    (V.NUMBER_SUBJECT_BEFORE.test(sentence.slice(0, first.start)) && V.NUMBER_SUBJECT_AFTER.test(sentence.slice(first.end, first.end + 40))) ||
    (previous !== null && V.CHANGE_ONLY.test(sentence.slice(0, first.end + 30)) && !hasCue(sentence.slice(0, first.end + 30))) ||
    placeGoesOn(sentence.slice(0, first.start), previousSentence) ||
    // "His administration quickly set out to double it": a multiplier of the count the sentence before named.
    (first.kind === 'multiplier' && V.MULTIPLIER_OF_IT_AFTER.test(sentence.slice(first.end, first.end + 20)));
  const first = quantities[0]!;
  const afterSpan = V.SPAN_AFTER.test(sentence.slice(first.end, first.end + 20)) ? quantities.find((q) => !V.SPAN_AFTER.test(sentence.slice(q.end, q.end + 20))) : undefined;
  // "Officials hope to double that number to 2,000": a multiplier before the count does not hide what the count points back at.
  const afterMultiplier = first.kind === 'multiplier' ? quantities[1] : undefined;
  const continues = previous !== null && (goesOn(first) || (afterSpan !== undefined && goesOn(afterSpan)) || (afterMultiplier !== undefined && goesOn(afterMultiplier)));
  const prior = continues && previous !== null ? ('lazy' in previous ? sentenceTopic(previous.lazy) : previous) : null;
  let carry: Decision | null = prior ? { ...prior, category: prior.base } : null;
  const carried = carry;
  let facilities = false;
  // Where the last count of another measure ("About 1,000 departments", "209 of the June flights") ended, if it was the last number.
  let otherEnd = -1;
  let hasRecordWord: boolean | null = null;
  let last: Decision | null = null;
  // The category of the last claim made in this sentence.
  let claimedHere: Decision['category'] | null = null;
  for (let i = 0; i < quantities.length; i++) {
    const q = quantities[i]!;
    const next = quantities[i + 1];
    const limit = next ? next.start : sentence.length;
    const phrase = countedPhrase(sentence, q, limit);
    const w: Window = { start: windowStart, end: limit, phraseStart: phrase.start, phraseEnd: phrase.end };
    const ownStart = windowStart;
    // "About 1,000 departments …, up from 135 last December, an increase of more than 600%": a bare number or a change
    // that goes on from a count of another measure counts that measure too.
    // Money never counts what a count of another measure counts: "$8.6 billion to build 200 miles of border wall and $367 million for …".
    const goesOnOther = otherEnd >= 0 && !q.dollars && !cueInLastClause(sentence.slice(otherEnd, q.start)) && (phrase.end === phrase.start || q.percent) && !/\d/.test(sentence.slice(otherEnd, q.start).replace(YEAR, '')) && q.start - otherEnd <= 160 && (K.FROM_OTHER.test(sentence.slice(Math.max(otherEnd, q.start - 40), q.start)) || (phrase.end === phrase.start && !q.percent && K.SAME_COUNT_VERB_BEFORE.test(sentence.slice(Math.max(otherEnd, q.start - 40), q.start)) && !hasCue(sentence.slice(otherEnd, q.start))));
    otherEnd = goesOnOther || (!q.percent && !q.dollars && otherMeasure(sentence, otherHead(sentence, q, phrase))) ? Math.max(q.end, phrase.end) : -1;
    if (goesOnOther) {
      if ((q.value ?? 100) < 100 && !q.percent && !q.dollars) windowStart = ownStart;
      if (trace) trace.dropped.push({ quote: q.text, start: s + q.start, end: s + q.end, sentence, rules: [DROP.OTHER_MEASURE_GOES_ON] });
      continue;
    }
    // A multiplier shares its clause with the counts of its change: "hope to double that number to 2,000".
    windowStart = q.kind === 'multiplier' ? ownStart : Math.max(phrase.end, rateEnd(sentence, phrase.end, limit), q.end);
    // A number that is no claim ("these two categories") does not cut the next one off from its cues.
    // "eclipsing the previous high of 1.72 million": the old record counts what the new one counts.
    const record =
      carry !== null &&
      (hasRecordWord ??= V.RECORD_WORD.test(sentence)) &&
      V.PREVIOUS_RECORD.test(sentence.slice(Math.max(ownStart, q.start - 40), q.start));
    const rules: string[] | undefined = trace ? [] : undefined;
    if (record && carry) rules?.push(CLAIM.PREVIOUS_RECORD);
    // "3,000 arrests a day, five times the daily average": a multiplier beside a count multiplies it, a goal too.
    // ("…, while voluntary departures were more than 21 times higher": a new subject with a cue of its own is not beside.)
    const beside = !record && carry !== null && q.kind === 'multiplier' && V.MULTIPLIER_BESIDE.test(sentence.slice(Math.max(0, q.start - 8), q.start)) && !newSubject(sentence.slice(ownStart, q.start));
    if (beside) rules?.push(CLAIM.MULTIPLIER_BESIDE);
    let decision: Decision | null =
      record && carry
        ? { ...carry, category: carry.base, cued: false }
        : beside && carry
          ? { ...carry, cued: false }
          : ((q.kind === 'multiplier' ? countsNext(sentence, quantities, i, block, rules) : partOfNext(sentence, quantities, i, phrase, block, rules)) ??
            categorize(sentence, q, w, carry, block, rules) ??
            sharesNoun(sentence, quantities, i, phrase, block, rules) ??
            // "Yuma, down 68 percent to 24,726 apprehensions": a percent change that goes to a count counts what it counts.
            (q.percent ? countsNext(sentence, quantities, i, block, rules) : null));
    // "puts the average at 47 days" in a paragraph about how long people stay in detention: a stay.
    if (!decision && block?.stay() && !q.percent && !q.dollars && V.DURATION_HEAD.test(sentence.slice(phrase.start, phrase.end)) && DROP_WORDS.DAYS_HEAD.test(sentence.slice(phrase.start, phrase.end))) {
      decision = { category: 'detention', base: 'detention', cues: [], cued: false };
      rules?.push(CLAIM.STAY_PARAGRAPH);
    }
    // "The average time these cases had been pending … rose to 459 days. California still had the longest waits, 643 days":
    // a wait named as such, with no cue of its own, right after a sentence about waits in the courts is one too.
    if (!decision && i === 0 && previous !== null && !('lazy' in previous) && previous.category === 'courts' && !q.percent && !q.dollars && DROP_WORDS.DAYS_HEAD.test(sentence.slice(phrase.start, phrase.end)) && DROP_WORDS.WAIT_APPOSITIVE_BEFORE.test(sentence.slice(Math.max(0, q.start - 40), q.start))) {
      decision = { category: 'courts', base: 'courts', cues: [], cued: false };
      rules?.push(CLAIM.WAIT_GOES_ON);
    }
    // A count carried from the sentence before, not from a neighbour in this one.
    if (rules && decision && !decision.cued && carry === carried && carried !== null) {
      rules.push(CLAIM.CARRY_OVER);
      if (i === 0 && placeGoesOn(sentence.slice(0, q.start), previousSentence)) rules.push(CLAIM.PLACE_GOES_ON);
    }
    if (!decision) {
      if ((q.value ?? 100) < 100 && !q.percent && !q.dollars) windowStart = ownStart;
      if (rules) trace!.dropped.push({ quote: q.text, start: s + q.start, end: s + q.end, sentence, rules: [...rules, DROP.NO_CUE] });
      continue;
    }
    // "212 facilities nationwide, from 107 at the start of 2025": a bare neighbour of a count of buildings counts buildings.
    let reason: string | null = facilities && !decision.cued && (phrase.end === phrase.start || q.percent) ? DROP.FACILITY_COUNT : notClaimReason(sentence, q, w, block?.stay() ?? false);
    // "the immigrant population may have shrunk by roughly 2 million", "2.2 million foreign-born people": all immigrants, not the unauthorized.
    if (!reason && decision.category === 'population' && K.ALL_IMMIGRANTS.test(sentence) && !K.UNAUTHORIZED_WORD.test(sentence)) reason = DROP.ALL_IMMIGRANTS;
    // "the most arrests, 107, followed by Los Angeles with 101 and Denver with 63": a list member, not one event's detail.
    // "ICE also arrested 42 undocumented men at a checkpoint …, and 57 undocumented workers at a parachute maker": the verb's next object.
    // "After Atlanta come Miami with 44, Dallas with 26": a list that goes on from the sentence before.
    const listedFrom = claimedHere === decision.category || (i === 0 && continues && carried?.category === decision.category);
    const conjunct = phrase.end === phrase.start || (K.PARTITIVE_LEAD.test(sentence.slice(q.end, phrase.end)) && !V.PART_IN_PLACE.test(sentence.slice(q.end, q.end + 40))) || (V.AND_BEFORE.test(sentence.slice(Math.max(0, q.start - 12), q.start)) && V.PEOPLE_HEAD.test(sentence.slice(phrase.start, phrase.end)));
    if (reason === DROP.SMALL_EVENT && !decision.cued && listedFrom && conjunct && !V.NOT_A_COUNT_BEFORE.test(sentence.slice(Math.max(0, q.start - 20), q.start))) {
      reason = null;
      rules?.push(CLAIM.SMALL_GOES_ON);
    }
    if (reason && !(ONE_EVENT.has(reason) && decision.category === 'goal')) {
      if ((q.value ?? 100) < 100 && !q.percent && !q.dollars) windowStart = ownStart;
      // "10 percent of all detainees, or 7,100 people": a share is no claim, but it says what is counted.
      if (SAYS_WHAT.has(reason) && decision.cued) {
        carry = decision;
        facilities = reason === DROP.FACILITY_COUNT;
      }
      if (rules) trace!.dropped.push({ quote: q.text, start: s + q.start, end: s + q.end, sentence, rules: [...rules, reason] });
      continue;
    }
    // A part of a group told apart by a trait of the people counted ("75,000 with no criminal convictions") is no claim;
    // a number that goes on from it, here or in the next sentence, counts the same part.
    // A number with cues of its own goes on from a part when it compares with it and names nothing new since ("77 percent more than").
    // "88,089 unaccompanied children …, roughly as many as in … (98,629), the year such encounters peaked at 149,093":
    // a comparison with the part, or its count named again as "such encounters", counts the same part.
    const sinceComma = sentence.slice(Math.max(ownStart, sentence.lastIndexOf(',', q.start)), q.start);
    const goesOn = decision.cued
      ? carry?.trait &&
        ((comparedToLast(sentence, q.start, q.percent) && !hasCue(sinceComma)) ||
          (V.COMPARED_CLAUSE.test(sinceComma) && !hasCue(sinceComma)) ||
          V.SAME_PART_CUE.test(sentence.slice(Math.max(ownStart, q.start - 60), q.start)))
        ? carry.trait
        : null
      : (decision.trait ?? null);
    // "… 38,759 in FY2013. In FY2014 Customs and Border Protection apprehended 68,541, a record": a verb with its object left out counts the subgroup the sentence before counted.
    const prevTrait = i === 0 && previous !== null && !('lazy' in previous) ? (previous.trait ?? null) : null;
    const elided = !goesOn && prevTrait !== null && decision.cued && !q.percent && !q.dollars && elidedObject(sentence, q.start, sentence.slice(phrase.start, phrase.end));
    if (elided) rules?.push(SCOPE.ELIDED_OBJECT);
    // "Asylum seekers are winning less often … The court ruled on between 6,000 and 7,000 claims a month": the paragraph's subject says whose claims.
    const paragraphWide = !goesOn && !elided && earlier !== '' && !q.percent && !q.dollars ? paragraphTrait(earlier, sentence.slice(q.end, q.end + 30)) : null;
    if (paragraphWide) rules?.push(SCOPE.PARAGRAPH_SUBJECT);
    const trait = traitOf({ sentence, at: q.start, to: q.end, dollars: q.dollars, percent: q.percent, category: decision.category }, rules, elided ? prevTrait : (goesOn ?? paragraphWide));
    if (trait) {
      if ((q.value ?? 100) < 100 && !q.percent && !q.dollars) windowStart = ownStart;
      carry = last = { ...decision, trait };
      if (rules) trace!.dropped.push({ quote: q.text, start: s + q.start, end: s + q.end, sentence, rules: [...rules, DROP.TRAIT_SUBGROUP] });
      continue;
    }
    carry = decision.trait ? { ...decision, trait: null } : decision;
    facilities = false;
    last = carry;
    // A length of stay or a wait is quoted with its unit, as written: "47 days", "4.4 years".
    const days = q.percent || q.dollars ? null : V.DURATION_HEAD.exec(sentence.slice(phrase.start, phrase.end));
    if (days && decision.category !== 'detention' && decision.category !== 'courts') {
      if (block?.stay() || K.STAY_WORD.test(sentence.slice(Math.max(0, q.start - 80), Math.min(sentence.length, q.end + 40)))) {
        // "people arrested by CBP spent roughly 63 days in detention on average": a stay is detention's, whoever made the arrest.
        decision = { ...decision, category: 'detention', base: 'detention' };
        rules?.push(CAT.STAY_IS_DETENTION);
      } else {
        // only a stay in detention is a capacity figure
        if (rules) trace!.dropped.push({ quote: q.text, start: s + q.start, end: s + q.end, sentence, rules: [...rules, DROP.DURATION_NOT_CAPACITY] });
        continue;
      }
      carry = last = decision;
    }
    const isLimit = days !== null && durationLimit(sentence, q);
    if (days) rules?.push(isLimit ? CLAIM.DURATION_LIMIT : CLAIM.AVERAGE_DURATION);
    if (q.kind === 'multiplier') rules?.push(CLAIM.MULTIPLIER);
    const qEnd = days && !q.percent && phrase.start - q.end <= 1 ? phrase.start + days[0].length : q.end;
    const claim: Omit<Claim, 'frame'> = {
      sentence,
      sentenceStart: s,
      sentenceEnd: e,
      quote: sentence.slice(q.start, qEnd),
      start: s + q.start,
      end: s + qEnd,
      category: decision.category,
      value: q.value,
      low: q.low,
      high: q.high,
      magnitude: q.magnitude,
      qualifier: q.qualifier,
      unit: days
        ? `${days[0].toLowerCase().replace(/s?$/, 's')} ${isLimit ? 'limit on a stay in detention' : `average ${decision.category === 'detention' ? 'length of stay' : 'wait in the immigration courts'}`}`
        : unitOf(sentence, q, w, decision.category, decision.cues),
      percent: q.percent,
      dollars: q.dollars,
      rate: findRate(sentence, q, w.start, w.end) ?? listRate(sentence, q, quantities[i - 1], out[out.length - 1], s),
      period: periodOf(sentence, (periods ??= findPeriods(sentence, options.articleDate ?? null, anchor)), q, w, decision.category, options),
      cues: decision.cues,
    };
    // The claim before this one in its sentence: a number listed after it may take its reading (frame.kind.listed-with).
    const before = out.at(-1);
    const listedAfter = before && before.sentenceStart === s ? { at: before.start - s, to: before.end - s, dollars: before.dollars, percent: before.percent, kind: before.frame.kind, detail: before.frame.detail ?? null, rules: before.frame.rules } : null;
    out.push({ ...claim, frame: readFrame({ ...claim, at: q.start, to: qEnd, previous: previousSentence, earlier, listedAfter, articleDate: options.articleDate ?? null }) });
    claimedHere = decision.category;
    if (rules) trace!.claims.set(out[out.length - 1]!, rules);
  }
  return last;
}

/** Every ICE-capacity claim in `text` (blocks separated by newlines), sorted by start, non-overlapping. */
export function detectClaims(text: string, options: DetectOptions = {}): Claim[] {
  const steps = detectClaimsInSteps(text, options, () => false);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * detectClaims, pausing (yielding) between blocks whenever `shouldPause()` says so, so a huge page is
 * read across several tasks. `options.topic` gives the article's gate result when `text` is only a
 * part of it (a re-scanned paragraph), so that part is judged as part of its article.
 */
export function* detectClaimsInSteps(text: string, options: DetectOptions, shouldPause: () => boolean, trace?: Trace): Generator<void, Claim[], void> {
  // The pack is in use only while this run reads: the one before comes back at every pause and at the end.
  const pack = options.pack ?? EN;
  const previous = usePack(pack);
  try {
    const steps = readClaims(text, options, shouldPause, trace);
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      usePack(previous);
      yield;
      usePack(pack);
    }
  } finally {
    usePack(previous);
  }
}

/** detectClaimsInSteps with the pack in use already set. */
function* readClaims(text: string, options: DetectOptions, shouldPause: () => boolean, trace?: Trace): Generator<void, Claim[], void> {
  if (typeof text !== 'string' || text.length === 0) return [];
  const topic = options.topic ?? topicOf(text);
  // A lone sentence or headline has no article around it: one enforcement word with no other beat in
  // sight is all the topic it can show ("Arrests, which averaged 300 a day last year, ...").
  // Words like "beds", "held" or "facilities" are everyone's; only telling ones count here.
  const lone = options.topic === undefined && !topic.about && text.length <= LONE && V.LONE_CUES.test(text) && topicScore(text) >= 1;
  if (!topic.about && !lone) {
    if (trace) {
      if (namesTheExchange(text)) trace.gate.push(GATE.ICE_EXCHANGE);
      trace.gate.push(GATE.NOT_ABOUT);
      for (const span of segmentSentences(text)) dropSentence(trace, text, span.start, span.end, GATE.NOT_ABOUT);
    }
    return [];
  }
  if (lone) trace?.gate.push(GATE.LONE);
  if (trace && options.topic === undefined && topic.about && namedOften(text) && topicScore(text) < 2) trace.gate.push(GATE.NAMED_OFTEN);
  const out: Claim[] = [];
  const articleStrong = topic.strong;
  let articleLast: Decision | null = null;
  // The last count said to be a record: "The prior high, 55,654, ..." points back at it, not at the last count.
  let recordLast: Decision | null = null;
  for (const block of splitBlocks(text)) {
    const blockText = text.slice(block.start, block.end);
    if (!hasNumber(blockText)) continue;
    const boost = (articleStrong ? 1 : 0) + (hasStrongSignal(blockText) ? 1 : 0);
    // No sentence of a block without outside evidence can score 2 on fewer than two enforcement words.
    if (boost === 0 && weakMentions(blockText) < (lone ? 1 : 2)) {
      if (trace) for (const span of segmentBlockSentences(text, block.start, block.end)) dropSentence(trace, text, span.start, span.end, GATE.QUIET_BLOCK);
      continue;
    }
    // A paragraph may open by pointing back at the last count of the one before ("The previous high was ...").
    let previous: Decision | Pending | null = articleLast;
    let previousOpening = '';
    // The sentence before, for the claim frame ("Immigration and Customs Enforcement said… Deportations reached…").
    let previousText = '';
    // In an undated article, the last period with a year written out in the paragraph so far: it places a month named without one.
    let anchor: Anchor | null = null;
    const facts = blockFacts(blockText);
    for (const span of segmentBlockSentences(text, block.start, block.end)) {
      const sentence = text.slice(span.start, span.end);
      const sentenceAnchor = anchor;
      if (!options.articleDate && span.end - span.start <= MAX_SENTENCE) anchor = anchorAfter(sentence, anchor);
      const opening = previousOpening;
      previousOpening = sentence.slice(0, 60);
      const before = previousText;
      previousText = sentence.length <= MAX_SENTENCE ? sentence : '';
      // A sentence that points back at the last count ("The previous high was 409,800") needs no topic words of its own.
      const need = lone ? 1 : 2;
      if (
        span.end - span.start > MAX_SENTENCE ||
        !hasNumber(sentence) ||
        (topicScoreAtLeast(sentence, boost, need) < need && !(previous !== null && !('lazy' in previous) && V.ANAPHORA.test(sentence.slice(0, 60))))
      ) {
        if (span.end - span.start <= MAX_SENTENCE) dropSentence(trace, text, span.start, span.end, GATE.QUIET_SENTENCE);
        // What a number-less sentence is about is read only if the next one points back at it.
        previous = span.end - span.start <= MAX_SENTENCE && !hasNumber(sentence) ? { lazy: sentence } : null;
        continue;
      }
      // "The town's police department ... Last year, it made 312 arrests": "it" is still the police.
      if (V.PRONOUN_SUBJECT.test(sentence) && otherBeatSubject(opening)) {
        dropSentence(trace, text, span.start, span.end, GATE.OTHER_BEAT_SUBJECT);
        previous = null;
        continue;
      }
      // A sentence whose numbers made no claim still says what the next "The figure" points back at.
      if (recordLast && V.PRIOR_RECORD.test(sentence)) previous = recordLast;
      const decided = detectInSentence(text, span.start, span.end, options, out, previous, facts, trace, before, text.slice(block.start, span.start), sentenceAnchor);
      if (decided) articleLast = decided;
      if (decided && V.RECORD_SET.test(sentence)) recordLast = decided;
      previous = decided ?? { lazy: sentence };
    }
    if (shouldPause()) yield;
  }
  return out;
}
