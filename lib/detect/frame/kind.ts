/**
 * The frame's kind: a total, a count on a day, a daily average, a capacity, money, a change, a target,
 * a unit cost, a duration or a share; with a detail for capacities, money and changes. Rules are tried
 * in order; the first that fires decides.
 */
import type { Detail, Kind, Measure, Scope } from '../../frame';
import { defineRule, type Rule } from '../../rules';
import { priorClauses, type FrameInput, type ListedClaim } from './input';
import { endsWith, findAll, first, has, last, startsWith } from './phrases';
import { multiYearLawSigned } from '../world';
import { MONTHS } from '../lang/en/time';
import {
  AVERAGE_WORDS,
  BILL_WORDS,
  BOOK_IN_WORDS,
  CAPACITY_WORDS,
  CHANGE_BY,
  CHANGE_DOWN,
  CHANGE_UP,
  DEPARTURE_WORDS,
  DIFFERENCE_AFTER,
  ESTIMATE_WORDS,
  FACILITY_NOUNS,
  CONDITIONAL,
  FLOW_PASSIVE_AFTER,
  FLOW_VERBS_BEFORE,
  FROM_TIME,
  GOES_ON,
  HEDGE_END,
  LEVEL_REACHED,
  LIST_JOIN,
  LISTED_PERCENT,
  MORE_STAFF,
  MULTI_YEAR_TO,
  PASSIVE_BEFORE,
  FUNDED_WORDS,
  HOLDING_WORDS,
  INCREASE_WORDS,
  LAW_WORDS,
  DURATION_QUOTE,
  DURATION_BEFORE,
  BARE_AFTER,
  ROOM_BEFORE,
  ADD_BEFORE,
  GROWTH_WORDS,
  PAY_BEFORE,
  REQUIRED_BEFORE,
  BOOK_IN_STRONG,
  HOLD_NOW_WORDS,
  ARRIVAL_AFTER,
  ENROL_BEFORE,
  AVERAGE_SUBJECT,
  WISH_WORDS,
  MULTI_YEAR_LAW_WORDS,
  LAW_BY_DATE,
  MULTI_YEAR_LAW_PROPER,
  YEARLY_LAW_WORDS,
  SHORTFALL_WORDS,
  SHORTFALL_OF,
  TRANSFER_BEFORE,
  TRANSFER_AFTER,
  SCORER_WORDS,
  MONEY_DIFFERENCE_AFTER,
  CONGRESS_PLAN_WORDS,
  CONGRESS_WORDS,
  EXECUTIVE_WORDS,
  ENACTED_LAW_WORDS,
  MINIMUM_WORDS,
  MULTI_YEAR_WORDS,
  MULTIPLIER_DOWN,
  MULTIPLIER_WORDS,
  NOW_WORDS,
  ONE_DAY_WORDS,
  PEAK_WORDS,
  PART_OF_WORDS,
  PERCENT_AGAINST_AFTER,
  PERCENT_BY_BEFORE,
  REQUEST_WORDS,
  STAFF_NOUNS,
  STAFF_PAST,
  STAY_WORDS,
  TARGET_AFTER,
  TARGET_PAST,
  PER_EACH_AFTER,
  PER_EACH_BEFORE,
  TARGET_WORDS,
  DURATION_UNIT_AFTER,
  MONEY_UNIT_AND_NOUN,
  MONEY_UNIT_AND_EXPECTED,
  MONEY_UNIT,
  APPROPRIATED_AFTER,
  INCREASE_AFTER,
  BUDGET_CHANGE_VERBS,
  BEDS_AFTER,
  HELD_BEFORE,
  HELD_AFTER,
  CHANGE_START_TO,
  BILL_DOCUMENT_WORDS,
  PROJECTION_WORDS,
  PACE_WORDS,
  MODAL_WORDS,
  PLAN_WORDS,
  PROJECTION_AFTER,
  PROJECTION_AFTER_SKIP,
  DIFFERENCE_NOUN_THAN,
  CHANGED_BY,
  DIFFER_WORDS,
  ADDED_BEFORE,
  ADDED_AFTER,
  OR_PERCENT,
  STOCK_PHRASES,
  AVERAGE_OWN_WORDS,
  BY_WORD,
  FROM_WORD,
  CLAUSE_BREAK,
  RESTATED_PERCENT,
  NOUN_BEFORE_COMPARATIVE,
  CONCESSIVE,
  COMPARED_OBJECT,
  COMPARED_BASE,
  LIST_JOINT,
  LIST_BREAK,
  OWN_VERB_AFTER,
  PER_THING_WORDS,
  TIME_RATE,
  TIME_RATE_AFTER,
  UNIT_PRICE_LIMIT,
  PAID_BEFORE,
  BUY_WORDS,
  PRICE_BEFORE,
  CROSSING_BEFORE,
  LEVEL_PROJECTED,
  ALREADY_AFTER,
  SUM_AFTER,
  SET_AGAINST_AFTER,
  PAYS_FOR_BETWEEN,
  LEVEL_TO,
  LEVEL_REACHED_BEFORE,
  YEARLY_BUDGET_WORDS,
  PERCENT_OF_TIME,
  ADDED_BEFORE_BEDS,
  BUDGET_LAW_WORDS,
  BEDS_TO_COME_WORDS,
  PERCENT_OF_LEVEL,
  REQUEST_AS_BASE,
  LAW_ENFORCEMENT,
  FUNDED_AT_COST,
  FUNDING_VERBS,
  CEILING_BEFORE,
  CEILING_QUOTE,
  FISCAL_YEAR_WRITTEN,
  SIZE_TO_COME_WORDS,
  BUILDING_WORDS,
  BED_ADJECTIVE,
  CURRENT_BEFORE,
  ANOTHER_BEFORE,
  BEDS_OCCUPIED,
  YEAR_BACK,
} from './words';

/** What the kind rules read besides the claim: what is counted and over what scope. */
export interface KindFacts {
  measure: Measure | null;
  scope: Scope;
}

interface KindRule {
  id: string;
  when: (c: FrameInput, f: KindFacts) => boolean;
  kind: Kind;
  detail?: Detail;
}

const rule = (r: Omit<Rule, 'stage'>, when: KindRule['when'], kind: Kind, detail?: Detail): KindRule => ({ id: defineRule({ ...r, stage: 'frame' }), when, kind, ...(detail ? { detail } : {}) });

/** Measures counted as a level on a day (a stock), not summed over a period (a flow). */
const STOCKS: readonly Measure[] = ['deportation-officers', 'officers-and-agents', 'workforce', 'court-backlog', 'judges', 'unauthorized-population', 'protected-population', 'atd-enrolled', 'atd-smartlink', 'atd-ankle-monitor', 'non-detained-docket', 'teams', 'facilities'];

/** Categories counted as a flow (arrests, removals, apprehensions): a change from one of their counts starts from a total over a period, not a level. */
const FLOW_CATEGORIES: readonly string[] = ['arrests', 'removals', 'border'];
/** A count of a flow (removals, arrests, apprehensions, flights, hires…), not of a level: its start of a change is that period's total. */
const flowCounted = (c: FrameInput, f: KindFacts) => FLOW_CATEGORIES.includes(c.category) && !(f.measure !== null && STOCKS.includes(f.measure));
/** People held somewhere, after the number ("4,100 migrants were in Border Patrol custody"): a level, not a flow. */
const HELD_THERE = /\b(?:custody|held|holding|housed|sheltered|in (?:detention|shelters?|jails?|camps?))\b/i;
/** A pace per day ("4,100 a day"), not one day's count ("in a single day", which the detector also reads as a rate a day). */
const PER_DAY_WORDS = ['a day', 'per day', 'each day', 'every day', 'daily', 'a night', 'per night', 'each night', 'every night', 'nightly'];
/** The sentence's introductory phrase, before its first comma ("On Tuesday, …"). */
const opening = (c: FrameInput) => {
  const comma = c.lead.indexOf(',');
  return comma > 0 && comma < 40 ? c.lead.slice(0, comma) : '';
};
/**
 * The words after the number, read past a percent that restates it ("13 (9%) more than", "$225 million or 53 percent
 * more than"), to the next clause break: what the number is set against. Not cut at a year ("more removals for
 * FY2025 than the late-June file"), up to the next number.
 */
const restated = (c: FrameInput) => {
  let rest = c.tail.replace(RESTATED_PERCENT, '').slice(0, 100);
  // A comparative right before the next number is that number's hedge ("from just under 40,000 to just below 55,000").
  const next = rest.search(/(?<!\w)\$?\d/);
  if (next >= 0) rest = rest.slice(0, next);
  CLAUSE_BREAK.lastIndex = 0;
  const cut = rest.search(CLAUSE_BREAK);
  return cut >= 0 ? rest.slice(0, cut) : rest;
};
/** The claim this one is listed after, with nothing of its own between them ("plans to bring on 10,000 new deportation officers and 1,000 criminal investigators"), or null. */
const listed = (c: FrameInput): ListedClaim | null => {
  const p = c.listedAfter;
  if (!p || p.dollars !== c.dollars || p.percent !== c.percent || (p.kind === 'change' && p.detail === 'start')) return null;
  // A year between is a date of the item before, not a number of the list ("$520,000 a month for one facility in 2023, and about $700,000").
  const between = c.sentence.slice(p.to, c.at).replace(/\b(?:19|20)\d{2}\b/g, '');
  return (LISTED_KINDS.includes(p.kind) || (c.percent && p.kind === 'change')) && LIST_JOINT.test(between) && !LIST_BREAK.test(between) && !OWN_VERB_AFTER.test(c.after) ? p : null;
};
/** The kinds a list's words govern for all its items (a plan, a request, what money pays for, a price): counts are read item by item. */
const LISTED_KINDS: readonly Kind[] = ['target', 'capacity', 'unit-cost', 'money'];
/** Beds added to what ICE had: 'more', 'new', 'additional' with the beds, and no word of a plan, a wish or a request before them. */
const bedsAdded = (c: FrameInput) =>
  c.category === 'detention' &&
  !c.dollars &&
  !c.percent &&
  has(CAPACITY_WORDS, c.after) &&
  (MORE_STAFF.test(c.after) || ADDED_BEFORE_BEDS.test(c.before)) &&
  !has(TARGET_WORDS, clauseLead(c)) &&
  !has(REQUEST_WORDS, c.before) &&
  !has(WISH_WORDS, c.before);
/**
 * A level of something counted at a time: a stock's measure, the population, ATD. Not people held: a detention count that
 * 'passed 50,000 in early June' is a one-day count or the month's peak, which the words do not settle.
 */
const levelCounted = (c: FrameInput, f: KindFacts) =>
  (f.measure !== null && STOCKS.includes(f.measure)) ||
  c.category === 'population' ||
  (c.category === 'atd' && f.measure !== 'atd-participants');
/** The words before the number in its clause and after the number before it: the later start of the two. */
const ownLead = (c: FrameInput) => {
  const lead = clauseLead(c);
  return lead.length < c.since.length ? lead : c.since;
};
/** A comparison's base or a legal floor right before the number ("a sharp increase from the 34,000 detention beds ICE kept", "maintain not less than 34,000"). */
const BASE_OR_FLOOR_BEFORE = /\b(?:from|than|against|versus|not less than|no fewer than|no less than)\s+(?:the\s+)?(?:(?:current|present|existing|previous|prior)\s+)?(?:about|roughly|nearly|almost|some|just|over|more than)?\s*$/i;
/** A legal floor as the quantity's own hedge ("not less than 34,000"). */
const FLOOR_QUOTE = /^(?:not less than|no fewer than|no less than)\b/i;
/** Detention beds or capacity not yet there: asked for, planned, needed, growing, or in a bill not yet law (label ruling 10.3). */
const bedsToCome = (c: FrameInput): boolean =>
      c.category === 'detention' &&
      !c.percent &&
      !c.dollars &&
      (has(CAPACITY_WORDS, own(c)) || has(PAY_BEFORE, c.before)) &&
      !ROOM_BEFORE.test(c.before) &&
      !HELD_BEFORE.test(c.before) &&
      !HELD_AFTER.test(c.after) &&
      !OWN_VERB_AFTER.test(c.after) &&
      !BASE_OR_FLOOR_BEFORE.test(c.before) &&
      !CURRENT_BEFORE.test(c.before) &&
      !FLOOR_QUOTE.test(c.sentence.slice(c.at, c.to)) &&
      (has(BEDS_TO_COME_WORDS, `${clauseLead(c)} ${c.after}`) || has(TARGET_WORDS, clauseLead(c)) || has(REQUEST_WORDS, clauseLead(c)) || has(WISH_WORDS, clauseLead(c)) || ((has(BILL_WORDS, c.sentence) || lastDocument(`${c.earlier ?? c.previous} ${c.lead}`) === 'bill') && !hasLaw(ENACTED_LAW_WORDS, c.sentence) && !hasLaw(LAW_WORDS, c.sentence)));
/** The kind rule that decided a claim's frame. */
const decidedBy = (p: ListedClaim) => p.rules.filter((r) => r.startsWith('frame.kind.')).at(-1) ?? null;
/** The sentence up to the number from the last clause break, at most 100 characters: the clause's subject and verb, past a number word of its own ("Buying two warehouses alone cost"). */
const clauseLead = (c: FrameInput) => {
  const text = c.lead.slice(-100);
  const cut = [...text.matchAll(CLAUSE_BREAK)].at(-1);
  return cut ? text.slice(cut.index + cut[0].length) : text;
};
/** Money spread over a unit of people or things ("per detainee", "each removal"), not only over time. */
const perThing = (c: FrameInput) => has(PER_THING_WORDS, own(c).replace(TIME_RATE, ' '));
/** Money spread over a day, a night, a week or a month. */
const spreadOverTime = (c: FrameInput) => TIME_RATE_AFTER.test(c.after);
const own = (c: FrameInput) => `${c.before} ${c.unit ?? ''} ${c.after}`;
/** A target word before the number in its clause, not undone by a past form ("would have been"). */
const planned = (c: FrameInput) => has(TARGET_WORDS, ownBefore(c)) && !has(TARGET_PAST, c.before);
/** The number's own words before it, less a concessive opening it stands after ("Despite Trump's promise to deport everyone, about 10 million people…"). */
const ownBefore = (c: FrameInput) => {
  const end = [...c.lead.matchAll(CONCESSIVE)].at(-1);
  const from = end ? end.index + end[0].length : 0;
  return c.lead.length - c.before.length < from ? c.lead.slice(from) : c.before;
};
/** A pace or a trend projects the number, and no word of a plan, wish or request governs it ("on pace to deport nearly 600,000"). */
const projected = (c: FrameInput) =>
  (has(PROJECTION_WORDS, c.since.slice(-150)) || startsWith(PROJECTION_AFTER, c.after.replace(PROJECTION_AFTER_SKIP, '')) || (has(PACE_WORDS, c.since) && has(MODAL_WORDS, c.before))) &&
  !has(PLAN_WORDS, c.before) &&
  !has(REQUEST_WORDS, c.before) &&
  !has(TARGET_AFTER, c.after);
/** The claim's own words are a multiplier ("nearly three times", "more than doubled"): a change in percent (label conventions, rule 1). */
const multiplier = (c: FrameInput) => has(MULTIPLIER_WORDS, c.sentence.slice(c.at, c.to));
/** A percent set against another figure or a base time: the size of a change, not a share. */
const percentAgainst = (c: FrameInput): boolean =>
  startsWith(PERCENT_AGAINST_AFTER, c.after.replace(/^\s*\)/, '')) ||
  PERCENT_OF_TIME.test(c.tail) ||
  PERCENT_OF_LEVEL.test(c.tail) ||
  FROM_TIME.test(c.tail) ||
  endsWith(PERCENT_BY_BEFORE, c.before.replace(HEDGE_END, '')) ||
  (OR_PERCENT.test(c.before) && priorClauses(c, 1).some((w) => has(CHANGE_UP, w) || has(CHANGE_DOWN, w) || endsWith(CHANGE_BY, w))) ||
  (LISTED_PERCENT.test(c.lead) && LIST_JOIN.test(c.before) && priorClauses(c, 1).some((w) => has(CHANGE_UP, w) || has(CHANGE_DOWN, w)));
/** A period that spans more than one day (a month, a year, 'between August 2020 and June 2022'). */
const spanPeriod = (c: FrameInput) => !!c.period && !!c.period.start && !!c.period.end && c.period.start !== c.period.end;
/** A verb of flow governing the number: right before it ("deported a record 438,000") or after it in the passive ("700 detainees had been released"). */
const flowVerb = (c: FrameInput): boolean => {
  const v = last(FLOW_VERBS_BEFORE, c.before);
  // "took it to 380,000" is a level reached, not a flow.
  const between = v ? c.before.slice(v.index + v.text.length) : '';
  if (v && /^\s*(?:[\w-]+\s+){0,3}$/.test(between) && !LEVEL_REACHED.test(between) && !has(HOLDING_WORDS, c.before.slice(v.index))) return true;
  const p = first(FLOW_PASSIVE_AFTER, c.after);
  return !!p && PASSIVE_BEFORE.test(c.after.slice(0, p.index));
};
/** "N more/new/additional" and a noun of staff: people to be added to a workforce, not a count of it ("10,000 more ICE officers"). */
const staffToAdd = (c: FrameInput): boolean => {
  // The quantity may carry its own 'new' ("100 new immigration judge positions"); 'another' comes before it.
  const quoteWord = /\b(?:more|new|additional|extra)$/i.exec(c.sentence.slice(c.at, c.to))?.[0] ?? '';
  if (!MORE_STAFF.test(`${quoteWord} ${c.after}`) && !ANOTHER_BEFORE.test(c.before)) return false;
  const words = c.after.split(/\s+/).slice(0, 8).join(' ');
  return has(STAFF_NOUNS, words) && !has(STAFF_PAST, c.before) && !has(STAFF_PAST, c.after) && !has(FLOW_VERBS_BEFORE, c.before);
};
/**
 * Law money: a sentence about the law, or a span of years in the number's sentence ("setting aside $45
 * billion over four years": the own-clause window stops at "four", a number word, so the sentence is read),
 * or a sentence going on about a law the sentence before named ("It also provides $46.5 billion for the wall").
 */
const lawMoney = (c: FrameInput) =>
  namesLaw(c.sentence) ||
  datedLaw(c.sentence, c.articleDate) ||
  (!conditional(c) && (has(MULTI_YEAR_WORDS, c.sentence) || MULTI_YEAR_TO.test(c.sentence) || (GOES_ON.test(c.sentence) && (namesLaw(c.previous) || datedLaw(c.previous, c.articleDate) || has(MULTI_YEAR_WORDS, c.previous)))));
/** A clause that names a law with multi-year money: by its own name (not 'reconciliation', not a bare 'the law') or by when it was signed. */
const lawInClause = (text: string, articleDate: string | null) => has(MULTI_YEAR_LAW_PROPER, text) || datedLaw(text, articleDate);
/** Words elsewhere in the sentence that would make money a request, a plan or a bill (the rules after these). */
const competing = (c: FrameInput) => has(REQUEST_WORDS, c.lead) || has(BILL_WORDS, c.sentence) || has(CONGRESS_PLAN_WORDS, c.sentence);
/** A text that names a law with multi-year money by when it was signed ("the July law"), as the world's laws and the article's date resolve it. */
const datedLaw = (text: string, articleDate: string | null): boolean =>
  LAW_BY_DATE.some((re) =>
    [...deLaw(text).matchAll(re)].some((m) => {
      const month = m.groups?.month ? MONTHS.indexOf(m.groups.month.slice(0, 3).toLowerCase()) + 1 : null;
      const year = m.groups?.year ? Number(m.groups.year) : null;
      return multiYearLawSigned(month, year, articleDate) !== null;
    }),
  );
/** The last document a paragraph named: a bill not yet law, a law, or none. */
const lastDocument = (raw: string): 'bill' | 'law' | null => {
  const text = deLaw(raw);
  const bill = last(BILL_DOCUMENTS, text)?.index ?? -1;
  const law = last(LAW_DOCUMENTS, text)?.index ?? -1;
  return bill < 0 && law < 0 ? null : bill > law ? 'bill' : 'law';
};
/** A text that names a multi-year law: by its name, or a law in words with nothing of a yearly appropriation ("the fiscal 2024 appropriations deal that Biden signed" is a year's budget). */
const namesLaw = (text: string) => has(MULTI_YEAR_LAW_WORDS, text) || (hasLaw(LAW_WORDS, text) && !has(YEARLY_LAW_WORDS, text));
/** A text with 'law enforcement' unable to name a law. */
const deLaw = (text: string) => text.replace(LAW_ENFORCEMENT, 'lxw');
/** Whether a text names a law in words of `list`, 'law enforcement' aside. */
const hasLaw = (list: readonly string[], text: string) => has(list, deLaw(text));
/**
 * Lists combined or narrowed once, at load: phrases.ts compiles and caches one matcher per list object, so a list
 * built inside a rule would be compiled again, and cached again, for every claim.
 */
const BILL_DOCUMENTS = [...BILL_WORDS, ...BILL_DOCUMENT_WORDS];
const LAW_DOCUMENTS = [...LAW_WORDS, ...ENACTED_LAW_WORDS];
const INCREASE_OR_CHANGE_BY = [...INCREASE_WORDS, ...CHANGE_BY];
const MINIMUM_STRICT = MINIMUM_WORDS.filter((w) => w !== 'at least');
const AVERAGE_NOT_YEARLY = AVERAGE_WORDS.filter((w) => w !== 'a year');
const HELD_AT_A_TIME = [...AVERAGE_WORDS, ...NOW_WORDS, ...HOLD_NOW_WORDS, ...ONE_DAY_WORDS];
const NOT_AVERAGE_WORDS = [...NOW_WORDS, ...ONE_DAY_WORDS, ...PEAK_WORDS, ...HOLD_NOW_WORDS];
/** Money that would be, could be or is estimated ("would cost nearly $1 trillion over 10 years", "would go from $3.4 billion to $45 billion"): no law named, so not a law's money. */
const conditional = (c: FrameInput) => CONDITIONAL.test(c.lead) || has(ESTIMATE_WORDS, own(c));
/** Money in a paragraph whose last document named before it is a bill, its own sentence naming no law (frame.kind.money-paragraph-bill). */
const paragraphBill = (c: FrameInput) => c.dollars && !hasLaw(LAW_WORDS, c.sentence) && !hasLaw(ENACTED_LAW_WORDS, c.sentence) && lastDocument(`${c.earlier ?? c.previous} ${c.lead}`) === 'bill';
/** The fiscal year of the bill a paragraph names last before the number, as written in that document's sentence. */
const billFiscalYear = (c: FrameInput): number | null => {
  const text = deLaw(`${c.earlier ?? c.previous} ${c.lead}`);
  const doc = last(BILL_DOCUMENTS, text);
  if (!doc) return null;
  const from = Math.max(0, text.lastIndexOf('. ', doc.index) + 1);
  const to = text.indexOf('. ', doc.index);
  const fy = [...text.slice(from, to < 0 ? undefined : to + 1).matchAll(FISCAL_YEAR_WRITTEN)][0]?.[1];
  return fy ? Number(fy) : null;
};
const RULES: KindRule[] = [
  rule(
    {
      id: 'frame.kind.duration',
      looksFor: 'a number of days, weeks or months that is a stay in detention or a wait in court',
      decides: 'the kind is a duration',
      fires: ['Immigrants spent an average of 47 days in ICE detention in fiscal 2024.'],
      silent: ['ICE held an average of 47,000 people in detention in fiscal 2024.'],
    },
    (c) => (c.unit ?? '').startsWith('days') || ((DURATION_UNIT_AFTER.test(c.after) || DURATION_QUOTE.test(c.sentence.slice(c.at, c.to))) && has(STAY_WORDS, c.sentence)),
    'duration',
  ),
  rule(
    {
      id: 'frame.kind.duration-compared',
      looksFor: "a bare number set against a duration just before it in the sentence ('spent roughly 63 days in detention on average, against about 44 for those arrested by ICE', 'lasted 39 days, which does not square with the Justice Department's 34')",
      decides: 'the kind is a duration, as the one it is compared with',
      fires: ['People arrested by CBP spent roughly 63 days in ICE detention on average, against about 44 for those arrested by ICE.'],
      silent: ['People arrested by CBP spent roughly 63 days in ICE detention on average, against about 44,000 people held by ICE.'],
    },
    (c) => !c.dollars && !c.percent && DURATION_BEFORE.test(c.lead) && has(STAY_WORDS, c.lead) && BARE_AFTER.test(c.after),
    'duration',
  ),
  rule(
    {
      id: 'frame.kind.change-percent',
      looksFor: "a percent with a word of change in its clause ('a 19.5 percent increase', 'down 7 percent')",
      decides: 'the kind is a change in percent',
      fires: ['ICE arrests rose 19.5 percent in fiscal 2024 compared with the year before.', 'ICE made 142,750 arrests in fiscal 2022, almost twice the 74,000 of 2021.'],
      silent: ['ICE detention facilities are operating at 109 percent of capacity.'],
    },
    (c) => c.percent && (has(CHANGE_UP, own(c)) || has(CHANGE_DOWN, own(c)) || multiplier(c)),
    'change',
    'percent',
  ),
  rule(
    {
      id: 'frame.kind.percent-against',
      looksFor:
        "a percent set against another figure or a base time, with no word of change in its clause: '15 percent below the previous low', '37% less than', 'up 90 percent from fiscal 2023 and 276 percent from 2022', 'slipped by nearly 5%', 'increases of 93% and 22%'",
      decides: 'the kind is a change in percent (the distance from a base), not a share of a whole',
      fires: [
        'The 6,072 arrests along the southwest border that month were 15 percent below the previous low, set in March.',
        'The removals total is up 90 percent from fiscal 2023 and 276 percent from 2022.',
        'ICE deportation officers made 142,750 arrests and carried out 72,177 deportations, increases of 93% and 22% on the year before.',
        'Deportations fell by 23,940, or 5 percent, from 438,421 in 2013.',
        'Daily apprehensions at the southwest border in January were 96 percent under the previous administration’s daily average.',
      ],
      silent: ['ICE detention facilities were operating at 109 percent of capacity, above the funded level.', 'ICE detention stood at 140 percent of funded capacity in fiscal 2019.'],
    },
    (c) => c.percent && percentAgainst(c),
    'change',
    'percent',
  ),
  rule(
    {
      id: 'frame.kind.share',
      looksFor: 'a percent without a word of change',
      decides: 'the kind is a share of a whole',
      fires: ['ICE detention facilities are operating at 109 percent of capacity.'],
      silent: ['ICE arrests rose 19.5 percent in fiscal 2024 compared with the year before.'],
    },
    (c) => c.percent,
    'share',
  ),
  rule(
    {
      id: 'frame.kind.per-unit',
      looksFor:
        "a count spread over a unit of people or cases ('each judge carries an average of 2,316 cases', '4 officers per arrest', '217 arrests per million residents'); not a count of each place or day ('held more than 1,500 adults each', 'detained each day', 'in each of the three years before', 'each of the 682 judges')",
      decides: 'the kind is a share (a ratio), not a count',
      fires: ['Each immigration judge now carries an average of 2,316 active cases, TRAC found.', 'California ranks 27th, with 217 arrests per million residents.'],
      silent: [
        'The immigration court backlog stands at 3.4 million cases.',
        'The Stewart Detention Center and the South Texas ICE Processing Center held more than 1,500 adults each.',
        'ICE made more than 100,000 arrests in fiscal 2020 and more than 140,000 in each of the three years before.',
        'At the end of December 2023, 3,287,058 active cases were pending before the 682 immigration judges, each of the 682 judges facing a heavy docket.',
      ],
    },
    (c) => !c.dollars && (PER_EACH_BEFORE.test(c.before) || PER_EACH_AFTER.test(c.tail)),
    'share',
  ),
  rule(
    {
      id: 'frame.kind.unit-cost',
      looksFor: "a sum under a million dollars with a per-unit word ('$152 per bed per day', '$17,000 per deportation'); a range by its top ('from 70 cents to $17 per person per day')",
      decides: 'the kind is a cost per unit',
      fires: ['Detention costs ICE about $152 per detainee per day, according to the agency.', 'Alternatives to detention can cost from 70 cents to $17 per person per day, the Forum says.'],
      silent: ['ICE received about $8 billion for detention and removal in fiscal 2019.', 'ICE received between $7 billion and $8 billion a year for detention and removal.'],
    },
    (c) => c.dollars && (c.value ?? c.high ?? Infinity) < 1e6 && (perThing(c) || ((c.rate !== null || spreadOverTime(c)) && (c.value ?? c.high ?? Infinity) < UNIT_PRICE_LIMIT)),
    'unit-cost',
  ),
  rule(
    {
      id: 'frame.kind.money-per-time',
      looksFor:
        "a sum of $10,000 or more spread over a day, a night, a week or a month with no unit of people or things ('works out to $5,041,095 a day', 'ICE pays roughly $3.3 million a month', 'costs the government over $245,000 a day')",
      decides: "the kind is money estimated (what a place, a program or a budget comes to in a day or a month, someone's arithmetic), not a price per unit and not money enacted",
      fires: ['For fiscal year 2014 DHS asked for just under $1.9 billion for detention operations, which works out to $5,041,095 a day.', 'Detention runs to more than $2 billion a year, about $5.5 million a day.'],
      silent: ['Detention costs ICE about $152 per detainee per day, according to the agency.', 'Congress gave ICE $10 billion in its annual budget for fiscal 2024.'],
    },
    (c) => c.dollars && spreadOverTime(c) && !perThing(c) && (c.value ?? 0) >= UNIT_PRICE_LIMIT,
    'money',
    'estimate',
  ),
  rule(
    {
      id: 'frame.kind.money-purchase',
      looksFor:
        "a sum paid, billed or charged ('the government paid $102 million for a site', 'GEO Group billed roughly $520,000 a month', 'GEO was paid at least $700 million over 10 years'), or the price of something bought ('has bought a facility near Phoenix for $70 million', 'Buying two warehouses alone cost $172 million'), in a sentence that names no law or bill",
      decides: 'the kind is money estimated (the cost of one purchase, contract or place), not a budget enacted, requested or in a law',
      fires: ['On Jan. 16 ICE paid $102 million for a warehouse near Hagerstown, Maryland, to use for detention.', 'Deed records show ICE has bought a facility near Phoenix for $70 million.', 'Buying two warehouses for ICE detention alone cost $172 million.', 'GEO Group was paid at least $700 million over 10 years to run the ICE processing center.'],
      silent: ['Congress gave ICE $10 billion in its annual budget for fiscal 2024.', 'The reconciliation law pays ICE $45 billion for detention over four years.'],
    },
    (c) => {
      if (!c.dollars || hasLaw(LAW_WORDS, c.lead) || has(BILL_WORDS, c.sentence)) return false;
      const before = c.before.replace(HEDGE_END, '');
      return endsWith(PAID_BEFORE, before) || (has(BUY_WORDS, clauseLead(c)) && endsWith(PRICE_BEFORE, before));
    },
    'money',
    'estimate',
  ),
  rule(
    {
      id: 'frame.kind.money-sum',
      looksFor: "money said to be a sum of other sums its sentence names before it ('…and a 2025 law adds $75 billion, giving the agency roughly $85 billion in all'); not a document's own total ('The DHS bill gives the department $64.4 billion in all')",
      decides: "the kind is money estimated (someone's arithmetic over several sums), not one budget, request or law",
      fires: ["ICE's base budget is about $10 billion, and a 2025 law adds $75 billion over four years, giving the agency roughly $85 billion in all."],
      silent: ['Congress gave ICE $10 billion in its annual budget for fiscal 2024.', 'The DHS bill gives ICE $64.4 billion in all, with $3.8 billion for custody operations.'],
      articleDate: '2025-10-01',
    },
    (c) => c.dollars && !!c.listedAfter?.dollars && SUM_AFTER.test(c.after),
    'money',
    'estimate',
  ),
  rule(
    {
      id: 'frame.kind.money-shortfall',
      looksFor: "money short or over: a shortfall, a hole, a budget gap, money over budget, money needed ('a $700 million shortfall', 'a budget shortfall of $230 million', '$1 billion over budget', 'needs at least $2 billion more')",
      decides: 'the kind is money estimated (a shortfall or a need someone reckons), not money given',
      fires: ['Immigration and Customs Enforcement faced a $700 million shortfall in February.', 'ICE already faced a budget shortfall of $230 million before the inauguration.', 'DHS needs at least $2 billion more for ICE to get through September.'],
      silent: ['The stopgap bill includes $485 million to cover ICE shortfalls for detention beds.', 'Congress gave ICE $10 billion in its annual budget for fiscal 2024.'],
    },
    (c) => c.dollars && (startsWith(SHORTFALL_WORDS, c.after.replace(MONEY_UNIT_AND_NOUN, '')) || endsWith(SHORTFALL_OF, c.before.replace(HEDGE_END, ''))),
    'money',
    'estimate',
  ),
  rule(
    {
      id: 'frame.kind.money-ceiling',
      looksFor: "money a contract may be worth, at most or by expectation ('detention contracts worth up to $45 billion', 'a long-term contract … worth as much as $70 million in annual revenue')",
      decides: 'the kind is money estimated (a ceiling or an expected value), not money given or asked for',
      fires: ['ICE this month sought bids for detention contracts worth up to $45 billion as it works to expand to 100,000 beds.', 'GEO and ICE expect to settle a long-term contract within a few months, worth as much as $70 million in annual revenue for ICE detention.'],
      silent: ['Akima holds a five-year ICE contract worth $2.2 billion to run the detention program.', 'Congress gave ICE $10 billion in its annual budget for fiscal 2024.'],
    },
    (c) => c.dollars && CEILING_BEFORE.test(c.before) && (CEILING_QUOTE.test(c.sentence.slice(c.at, c.to)) || !/\bworth\s*$/i.test(c.before)),
    'money',
    'estimate',
  ),
  rule(
    {
      id: 'frame.kind.money-transfer',
      looksFor: "money moved between accounts: a verb of moving right before it ('moved $169 million from FEMA', 'shifted about $500 million') or a source after it ('$100 million is expected to come from the Coast Guard', '$80 million from shifting its own funds')",
      decides: 'the kind is a change to a budget (money-increase), not a budget',
      fires: ['DHS moved $169 million from other parts of the department to pay for ICE detention.', "About $100 million is expected to come from the Coast Guard's budget to pay for ICE detention."],
      silent: ['Congress gave ICE $10 billion in its annual budget for fiscal 2024.', 'ICE spent $10 billion on detention in fiscal 2024, moving more people than ever.'],
    },
    (c) => c.dollars && (endsWith(TRANSFER_BEFORE, c.before.replace(HEDGE_END, '')) || startsWith(TRANSFER_AFTER, c.after.replace(MONEY_UNIT_AND_EXPECTED, ''))),
    'money',
    'increase',
  ),
  rule(
    {
      id: 'frame.kind.money-difference',
      looksFor: "money set against another sum right after it ('$1.235 billion above the request', 'nearly $2 billion more than this year', 'almost $2 billion less than the president requested')",
      decides: 'the kind is an increase (a difference between two sums), not a level, a request or a bill',
      fires: ["ICE's Custody Operations would get $3.55 billion, $1.235 billion above the request.", "It seeks $9.8 billion for ICE's operations, nearly $2 billion more than this year."],
      silent: ['The White House wants $500 million for ICE detention.', 'Congress gave ICE $10 billion in its annual budget for fiscal 2024.'],
    },
    (c) => c.dollars && startsWith(MONEY_DIFFERENCE_AFTER, restated(c).replace(MONEY_UNIT, '')),
    'money',
    'increase',
  ),
  rule(
    {
      id: 'frame.kind.money-appropriated',
      looksFor: "money with 'appropriated' or 'enacted' right after it ('a 21.6% rise over the $13.5 billion appropriated in FY 2017')",
      decides: 'the kind is money enacted, whatever else the sentence asks for',
      fires: ['For CBP it asks $16.4 billion, a 21.6% rise over the $13.5 billion appropriated in FY 2017.'],
      silent: ['For Customs and Border Protection it asks $16.4 billion for fiscal 2018.'],
    },
    (c) => c.dollars && APPROPRIATED_AFTER.test(c.after),
    'money',
    'enacted',
  ),
  rule(
    {
      id: 'frame.kind.money-law-part-listed',
      looksFor:
        "money after a partitive word right after a sum read as a law's money ('The tax and spending law enacted in July provides roughly $150 billion for the crackdown, CBO says, including more than $70 billion for CBP operations'), or listed after such a part ('…, $47 billion for barriers and $4 billion for hiring'), whatever scorer or request the sentence names",
      decides: "the kind is one part of the law's money, as the sum it is a part of says",
      fires: ['The tax and spending law enacted in July provides roughly $150 billion for the crackdown, CBO says, including more than $70 billion for CBP operations, $47 billion for barriers and $4 billion for hiring.'],
      silent: ['CBO says the bill would cost $150 billion, including $70 billion for CBP operations.', 'The reconciliation law gives ICE $75 billion over four years.'],
    },
    (c) => {
      const p = c.listedAfter;
      if (!c.dollars || !p || !p.dollars) return false;
      if (endsWith(PART_OF_WORDS, c.before) && (p.detail === 'law-multi-year' || p.detail === 'law-part')) return true;
      return listed(c)?.detail === 'law-part';
    },
    'money',
    'law-part',
  ),
  rule(
    {
      id: 'frame.kind.money-funded-cost',
      looksFor:
        "money at which a verb of funding in its clause pays for something ('Congress funds the detention of an average of 41,500 people a day at a cost of about $3.4 billion', '… when it paid for 34,000 a day at about $2.9 billion'), with no modal or request in that clause and no bill in the sentence or named last in the paragraph",
      decides: "the kind is money enacted: the price of what a budget funds, not a cost someone estimates ('cost of' here is no estimate)",
      fires: ['Congress funds the detention of an average of 41,500 people a day at a cost of about $3.4 billion, an increase over fiscal 2023, when it paid for 34,000 a day at about $2.9 billion.'],
      silent: [
        'Deporting one million people a year would cost about $88 billion annually, at a cost of $88,000 per removal.',
        'The House Appropriations Committee approved the Homeland Security spending bill for fiscal 2010. It funds Immigration and Customs Enforcement at $5.4 billion.',
      ],
    },
    (c) =>
      c.dollars &&
      FUNDED_AT_COST.test(c.before) &&
      has(FUNDING_VERBS, clauseLead(c)) &&
      !has(MODAL_WORDS, clauseLead(c)) &&
      !has(REQUEST_WORDS, clauseLead(c)) &&
      !has(BILL_WORDS, c.sentence) &&
      lastDocument(`${c.earlier ?? c.previous} ${c.lead}`) !== 'bill',
    'money',
    'enacted',
  ),
  rule(
    {
      id: 'frame.kind.money-scored',
      looksFor: "money with a word of estimate in its own clause ('would cost', 'an estimated'), or in a sentence that names a scorer of costs (CBO, 'by CBO's reckoning')",
      decides: "the kind is money estimated, even when a bill or a law is what is costed ('CBO expects the bill to raise spending by $33 billion')",
      fires: ["By CBO's reckoning, the border-security parts of the Senate immigration bill would cost $15 billion over ten years.", 'CBO expects the immigration bill to raise discretionary spending on border security by $33 billion over five years.'],
      silent: ['The House bill would provide $45 billion for ICE detention over four years.'],
    },
    (c) => c.dollars && (has(ESTIMATE_WORDS, own(c)) || has(SCORER_WORDS, c.lead)),
    'money',
    'estimate',
  ),
  rule(
    {
      id: 'frame.kind.money-yearly-own-clause',
      looksFor: "money whose own clause names a yearly budget ('ICE's base budget for fiscal year 2026 is about $10 billion'), in a sentence that names a law with multi-year money only in another clause",
      decides: 'the kind is money enacted (a yearly appropriation), not the law named elsewhere',
      fires: ["ICE's base budget for fiscal year 2026 is about $10 billion, and a 2025 law adds $75 billion in supplemental money over four years."],
      silent: ['The reconciliation law gives ICE $75 billion over four years.'],
      articleDate: '2025-10-01',
    },
    (c) => c.dollars && has(YEARLY_BUDGET_WORDS, ownLead(c)) && !lawInClause(ownLead(c), c.articleDate) && !hasLaw(LAW_WORDS, ownLead(c)),
    'money',
    'enacted',
  ),
  rule(
    {
      id: 'frame.kind.money-law-part-own-clause',
      looksFor:
        "money after a partitive word ('including $285 million') that goes on from a number whose own clause names a law with multi-year money ('8,500 employees with money from the One Big Beautiful Bill Act, including $285 million earmarked for bonuses'; a sum read as the law's money is frame.kind.money-law-part-listed), whatever words of a request or a plan the sentence has elsewhere",
      decides: "the kind is one part of the law's money",
      fires: ['Customs and Border Protection wants to add 8,500 employees with money from the One Big Beautiful Bill Act, including $285 million earmarked for bonuses.'],
      silent: ['Customs and Border Protection wants $4 billion more to add 8,500 employees, including $285 million for bonuses.'],
      articleDate: '2025-08-01',
    },
    (c) => c.dollars && !conditional(c) && competing(c) && endsWith(PART_OF_WORDS, c.before) && priorClauses(c, 1).some((p) => lawInClause(p, c.articleDate)),
    'money',
    'law-part',
  ),
  rule(
    {
      id: 'frame.kind.money-law-own-clause',
      looksFor:
        "money whose own clause names a law with multi-year money, by its name or by when it was signed ('roughly $4 billion from the One Big Beautiful Bill Act'), in a sentence with words of a request, a plan or a bill elsewhere ('CBP wants to add 8,500 employees with …')",
      decides: "the kind is the law's multi-year money: the number's own clause decides before the sentence's other words",
      fires: ['Customs and Border Protection wants to add 8,500 employees with roughly $4 billion from the One Big Beautiful Bill Act.'],
      silent: ['Customs and Border Protection wants $4 billion more to add 8,500 employees next year.', 'The reconciliation law gives ICE $75 billion over four years.'],
      articleDate: '2025-08-01',
    },
    (c) => c.dollars && !conditional(c) && competing(c) && lawInClause(`${clauseLead(c)} ${c.after}`, c.articleDate),
    'money',
    'law-multi-year',
  ),
  rule(
    {
      id: 'frame.kind.money-congress-plan',
      looksFor: "money in a plan of Congress not yet voted into law: a budget resolution, a framework, a blueprint or a proposal that the House, the Senate, a committee or a party adopts ('Senate Republicans adopted a budget blueprint to fast-track about $70 billion', 'House committees released their proposed budget, which includes $45 billion')",
      decides: 'the kind is money in a bill (a plan of Congress), not a request of the White House and not enacted money',
      fires: ['Senate Republicans adopted a budget blueprint early Thursday to fast-track about $70 billion for ICE and the Border Patrol.', 'House committees released their proposed immigration enforcement budget, which includes $45 billion for detention.'],
      silent: ["The White House's budget proposal sought $9.7 billion for ICE in fiscal 2026.", 'Congress gave ICE $10 billion in its annual budget for fiscal 2024.'],
    },
    (c) => c.dollars && has(CONGRESS_PLAN_WORDS, c.sentence) && has(CONGRESS_WORDS, c.sentence) && !has(EXECUTIVE_WORDS, c.lead) && !hasLaw(ENACTED_LAW_WORDS, c.sentence),
    'money',
    'bill',
  ),
  rule(
    {
      id: 'frame.kind.money-request',
      looksFor: "money requested ('the budget request', 'asked Congress for', 'proposed', 'asks', 'wants'); not a request named only as the base another sum is set against ('$30 million below the President's request, including $200 million for …')",
      decides: 'the kind is money requested, not enacted',
      fires: ["The White House's budget request sought $9.7 billion for ICE in fiscal 2026.", 'The administration has asked for about $2.8 billion to expand detention.'],
      silent: [
        'Congress gave ICE $10 billion in its annual budget for fiscal 2024.',
        "The House Appropriations Committee approved the Homeland Security spending bill for fiscal 2010. It funds ICE at $5.4 billion, $30 million below the President's request, including $200 million for Secure Communities.",
      ],
    },
    (c) => c.dollars && has(REQUEST_WORDS, `${c.lead.slice(c.lead.lastIndexOf(';') + 1).replace(REQUEST_AS_BASE, ' ')} ${SET_AGAINST_AFTER.test(c.after) ? '' : c.after}`),
    'money',
    'request',
  ),
  rule(
    {
      id: 'frame.kind.money-increase',
      looksFor: "money that is an increase ('an increase of $3 billion', 'a $3 billion boost', 'an additional $2 billion', '$500 million more'); after the request rule, so that an extra sum asked for is a request",
      decides: 'the kind is an increase in money, not a level',
      fires: ['Congress approved an increase of $1.5 billion for ICE detention in fiscal 2024.', 'Congress gave ICE an extra $500 million for detention in fiscal 2024.'],
      silent: ['Congress gave ICE $10 billion in its annual budget for fiscal 2024.', 'ICE asked Congress for an extra $1.2 billion in its budget request.'],
    },
    (c) => c.dollars && (endsWith(INCREASE_OR_CHANGE_BY, c.before) || startsWith(INCREASE_AFTER, c.after.replace(MONEY_UNIT, ''))),
    'money',
    'increase',
  ),
  rule(
    {
      id: 'frame.kind.money-bill',
      looksFor: "money a bill would give ('the bill would provide', 'the House bill', 'legislation would', 'the stopgap bill', 'the Homeland Security bill')",
      decides: 'the kind is money in a bill not yet law',
      fires: ['The House bill would provide $45 billion for ICE detention over four years.', 'The Trump-backed stopgap bill includes $485 million to cover ICE shortfalls.'],
      silent: ['The law signed in July gives ICE $45 billion for detention through 2029.'],
    },
    (c) => c.dollars && has(BILL_WORDS, c.sentence) && !hasLaw(ENACTED_LAW_WORDS, c.sentence),
    'money',
    'bill',
  ),
  rule(
    {
      id: 'frame.kind.money-change-by',
      looksFor: "money after 'by' with a word of change in its clause ('raises the department's budget by nearly $4 billion', 'cut ICE's budget by $115 million')",
      decides: 'the kind is an increase (or a cut) in money, not a level',
      fires: ["It raises the Department of Homeland Security's budget by nearly $4 billion."],
      silent: ['Congress gave ICE $10 billion in its annual budget for fiscal 2024.', 'Detention was paid for by $3 billion in fees.'],
    },
    (c) => c.dollars && endsWith(BY_WORD, c.before.replace(HEDGE_END, '')) && (has(CHANGE_UP, c.before) || has(CHANGE_DOWN, c.before) || has(INCREASE_WORDS, c.before) || has(BUDGET_CHANGE_VERBS, c.before)),
    'money',
    'increase',
  ),
  rule(
    {
      id: 'frame.kind.money-law-part',
      looksFor: "law money after a partitive word ('including $8 billion to hire', 'out of the $45 billion')",
      decides: "the kind is one part of a law's money",
      fires: ['The reconciliation law sets aside money for ICE, including $8 billion to hire officers.'],
      silent: ['The reconciliation law gives ICE $75 billion over four years.'],
    },
    (c) => c.dollars && lawMoney(c) && endsWith(PART_OF_WORDS, c.before),
    'money',
    'law-part',
  ),
  rule(
    {
      id: 'frame.kind.money-law-by-date',
      looksFor:
        "money in a sentence that names a law only by when it was signed ('the July law', 'the 2025 law', 'the law signed in July'), where the world's laws (data/world/laws.json) hold a law with multi-year money signed then, on or before the article's date and at most a year before it when no year is written",
      decides: "the kind is a law's multi-year money (the 2025 reconciliation act's, signed July 4, 2025), not a yearly budget",
      fires: ['Congress gave ICE $45 billion for detention in the July law.', 'Congress gave ICE $45 billion for detention in the 2025 law.'],
      silent: ['Congress gave ICE $10 billion for detention in the March law.', 'Congress gave ICE $10 billion in its annual budget for fiscal 2024.'],
      articleDate: '2025-10-15',
    },
    (c) => c.dollars && !namesLaw(c.sentence) && datedLaw(c.sentence, c.articleDate),
    'money',
    'law-multi-year',
  ),
  rule(
    {
      id: 'frame.kind.money-law',
      looksFor: "money in a sentence about a law with multi-year money (the 2025 reconciliation act, 'over four years', 'through 2029')",
      decides: "the kind is a law's multi-year money",
      fires: [
        'The reconciliation law gives ICE $75 billion over four years.',
        'The tax and spending package Congress passed on Thursday sets aside $45 billion over four years for detention.',
        'The reconciliation law triples money for detention. It also provides $46.5 billion for the border wall.',
      ],
      silent: ['Congress gave ICE $10 billion in its annual budget for fiscal 2024.', 'Congress gave ICE $10 billion in its annual budget for fiscal 2024. It also provides $2 billion for detention.'],
    },
    (c) => c.dollars && lawMoney(c),
    'money',
    'law-multi-year',
  ),
  rule(
    {
      id: 'frame.kind.money-year-over',
      looksFor:
        "money in a paragraph whose last document is a yearly appropriations bill (frame.kind.money-paragraph-bill) for a fiscal year that had ended by the article's date, in a clause with no modal ('would', 'could'): 'The conference report on Fiscal Year 2010 Homeland Security appropriations gives the Department of Homeland Security $42.8 billion', read in 2011",
      decides: 'the kind is money enacted: an appropriation for a year already over is the money that year had, not a bill still to pass',
      fires: ['The conference report on Fiscal Year 2010 Homeland Security appropriations gives the Department of Homeland Security $42.8 billion in all. Immigration and Customs Enforcement gets $5.4 billion.'],
      silent: ['The conference report on Fiscal Year 2010 Homeland Security appropriations would give Immigration and Customs Enforcement $5.4 billion.'],
      articleDate: '2011-04-12',
    },
    (c) => {
      if (!paragraphBill(c) || !c.articleDate || has(MODAL_WORDS, clauseLead(c))) return false;
      const fy = billFiscalYear(c);
      return fy !== null && `${fy}-09-30` < c.articleDate;
    },
    'money',
    'enacted',
  ),
  rule(
    {
      id: 'frame.kind.money-paragraph-bill',
      looksFor:
        "money in a sentence that names no law, bill or request of its own, in a paragraph whose last document named before the number (in the sentences before, or before it in its own) is a bill not yet law ('The full committee approved the fiscal 2024 Homeland Security bill. It carries $91.5 billion …', 'The Senate has released its Homeland Security Appropriations Act, with $66.16 billion …', 'senators released the long-awaited $118 billion supplemental spending deal')",
      decides: 'the kind is money in a bill, as the paragraph says, not money enacted',
      fires: ['The House Appropriations Committee released its proposed text for the 2019 Homeland Security appropriations bill on Wednesday. For ICE it provides $7.4 billion, over $300 million above its current level.'],
      silent: ['The House passed its Homeland Security bill in June. The law Congress passed in March gives ICE $8.4 billion for fiscal 2020.', 'Congress gave ICE $10 billion in its annual budget for fiscal 2024.'],
    },
    (c) => paragraphBill(c),
    'money',
    'bill',
  ),
  rule(
    {
      id: 'frame.kind.money-estimate',
      looksFor: "money with words of an estimate or projection ('would cost', 'a cost estimate', 'expects to spend')",
      decides: 'the kind is money: a cost estimate or projection, not money given',
      fires: ['In its analysis of the mass deportation plan for ICE, the Penn Wharton Budget Model puts the total at $167 billion.'],
      silent: ['Congress gave ICE $10 billion in its annual budget for fiscal 2024.'],
    },
    (c) => c.dollars && (has(ESTIMATE_WORDS, own(c)) || has(ESTIMATE_WORDS, c.lead) || planned(c)),
    'money',
    'estimate',
  ),
  rule(
    {
      id: 'frame.kind.money-enacted',
      looksFor: 'any other sum of money',
      decides: 'the kind is money enacted (a yearly appropriation)',
      fires: ['Congress gave ICE $10 billion in its annual budget for fiscal 2024.'],
      silent: ['The reconciliation law gives ICE $75 billion over four years.'],
    },
    (c) => c.dollars,
    'money',
    'enacted',
  ),
  rule(
    {
      id: 'frame.kind.size-to-come',
      looksFor:
        "room or beds that a site, a plan or a law's money is still to give (label ruling 10.3): room or beds with a word of a size to come in the number's clause ('will open with room for 1,000', 'a partnership … that adds up to 280 beds', 'can grow to 5,000 beds', 'is expanding to 3,000 beds', 'should eventually be able to keep more than 100,000 beds'); a facility's size as an adjective while it is being built ('building a 5,000-bed camp'); beds a multi-year law's money runs over its years ('Thanks to the One Big Beautiful Bill Act, ICE has the money to run upwards of 135,000 detention beds through the end of FY 2029')",
      decides: 'the kind is a target (a size planned or to come), not a capacity there now',
      fires: [
        'A Defense Department contractor is building the ICE detention camp; it will open with room for 1,000 people and can grow to as many as 5,000 beds.',
        'Karnes has 600 ICE detention beds and is expanding to 800.',
        'Detention in the region is straining: the Folkston ICE detention facility is expanding to 3,000 beds.',
        'The Defense Department put more than $230 million toward building a 5,000-bed ICE detention camp at Fort Bliss in West Texas.',
        'Thanks to the One Big Beautiful Bill Act, ICE has the money to run upwards of 135,000 detention beds through the end of FY 2029.',
      ],
      silent: [
        'The South Texas Family Residential Center in Dilley can hold 2,400 women and children in ICE detention.',
        'Karnes has 600 ICE detention beds; Dilley, which opened in 2014, has four hundred beds.',
        'ICE says it will soon reopen Delaney Hall in Newark, a 1,000-bed detention center.',
      ],
    },
    (c) => {
      if (!(c.category === 'detention' || c.category === 'goal') || c.percent || c.dollars || HELD_AFTER.test(c.after) || HELD_BEFORE.test(c.before) || BASE_OR_FLOOR_BEFORE.test(c.before) || CURRENT_BEFORE.test(c.before)) return false;
      const room = ROOM_BEFORE.test(c.before) || has(CAPACITY_WORDS, own(c));
      if (!room) return false;
      if (BED_ADJECTIVE.test(c.sentence.slice(c.to)) || /-bed$/i.test(c.sentence.slice(c.at, c.to))) return has(BUILDING_WORDS, clauseLead(c));
      return has(SIZE_TO_COME_WORDS, clauseLead(c)) || (has(MULTI_YEAR_LAW_PROPER, c.sentence) && has(MULTI_YEAR_WORDS, c.sentence)) || (has(MULTI_YEAR_LAW_PROPER, c.sentence) && /\bthrough\b/i.test(c.after));
    },
    'target',
  ),
  rule(
    {
      id: 'frame.kind.capacity-room',
      looksFor: "room at a facility or in the system: 'room for', 'can hold', 'could hold', 'the capacity to house', 'added 400 beds', with no word of growth to a later size ('eventually', 'ultimate', 'grow to'); room still to come is frame.kind.size-to-come",
      decides: "the kind is a capacity (one facility's size where a facility is named, else funded beds), not a target, even under 'could' (what a site can hold now)",
      fires: ['The ICE detention camp at Fort Bliss has room for 1,000 people.', "Southern Command said the migrant facility at Guantanamo could hold about 2,500 detainees."],
      silent: ['The ICE detention camp can grow to as many as 5,000 beds eventually.', 'The administration wants Congress to pay for more officers and room for 100,000 ICE detainees at a time.', 'DHS has asked ICE to add 60,000 detention beds.'],
    },
    (c, f) =>
      c.category === 'detention' &&
      !c.percent &&
      !c.dollars &&
      (ROOM_BEFORE.test(c.before) || (ADD_BEFORE.test(c.before) && BEDS_AFTER.test(c.after) && (f.scope === 'place' || has(FACILITY_NOUNS, c.sentence)))) &&
      !has(GROWTH_WORDS, c.before) &&
      !has(WISH_WORDS, c.lead.slice(-120)),
    'capacity',
    'facility-size',
  ),
  rule(
    {
      id: 'frame.kind.beds-added-by-law',
      looksFor: "beds to add ('80,000 new beds', 'money for 100,000 more beds') in a sentence that names a law with multi-year money",
      decides: "the kind is a target: beds a multi-year law is to pay for over its years, not beds funded now",
      fires: ["The deal was made possible by the One Big Beautiful Bill, which paid for 80,000 new beds for ICE detention.", 'The administration waited for Congress to pass the budget law, which puts $45 billion into ICE detention, including money for 100,000 more beds.'],
      silent: ['Congress also funded 5,000 additional beds in immigrant detention in fiscal 2017.'],
    },
    (c) => bedsAdded(c) && (namesLaw(`${c.previous} ${c.sentence}`) || has(BUDGET_LAW_WORDS, c.sentence)),
    'target',
  ),
  rule(
    {
      id: 'frame.kind.beds-added',
      looksFor: "beds added to what ICE had ('Congress also funded 5,000 additional beds', 'frees money for an additional 1,600 beds', 'agreed to pay for 5,300 more immigration detention beds'), with no word of a plan or request and no multi-year law named",
      decides: 'the kind is a change in number (beds added), not the funded level',
      fires: ['Congress also funded 5,000 additional beds in immigrant detention in fiscal 2017.', 'Shutting the Dilley center frees money for an additional 1,600 ICE detention beds.'],
      silent: ['Congress funded 41,500 detention beds for ICE in fiscal 2024.', 'A notice DHS sent Congress said the money would pay for 9,000 more ICE detention beds.'],
    },
    (c) => bedsAdded(c),
    'change',
    'number',
  ),
  rule(
    {
      id: 'frame.kind.capacity-paid',
      looksFor: "people held or beds that money pays for, with no word of a request, of beds to add or of beds to come (frame.kind.beds-to-come): 'Congress funded ICE for an average of 45,274 detainees', 'Congress paid for a daily average of 34,000'",
      decides: "the kind is a capacity: funded beds (what a budget or a bill pays for), not a target and not a count of people held",
      fires: ['Congress funded ICE for an average of 45,274 detainees through September.', 'Congress paid for a daily average of about 34,000 ICE detainees in FY2023.'],
      silent: ['ICE requested funding for 52,000 detention beds in its budget request.', 'The 2025 law paid for 80,000 new ICE detention beds.'],
    },
    (c) => c.category === 'detention' && !c.percent && !c.dollars && has(PAY_BEFORE, c.before) && !has(REQUEST_WORDS, c.before) && !MORE_STAFF.test(c.after) && !bedsToCome(c),
    'capacity',
    'funded-beds',
  ),
  rule(
    {
      id: 'frame.kind.capacity-minimum-early',
      looksFor: "beds or people held that a law or a quota requires: 'a statutory quota requiring it to keep 34,000 detainees', 'told ICE to keep no fewer than 33,400 beds'",
      decides: "the kind is a capacity: a statutory minimum, not a target (a quota of beds is the law's, not a plan)",
      fires: ['ICE has operated under a statutory quota requiring it to keep 34,000 detainees in custody at all times.', 'Each homeland security spending bill since 2010 has told ICE to keep no fewer than 33,400 detention beds.'],
      silent: ['ICE plans to hold 100,000 people in detention by next year.', 'Congress funded 41,500 detention beds for ICE in fiscal 2024.'],
    },
    (c) => c.category === 'detention' && !c.percent && !c.dollars && REQUIRED_BEFORE.test(c.before),
    'capacity',
    'statutory-minimum',
  ),
  rule(
    {
      id: 'frame.kind.flow-verb-done',
      looksFor:
        "a past verb of flow right before the number ('shows ICE removed 55,590 aliens in FY 2021', 'because the mandate could not be paid for ICE released more than 2,000 individuals'), whatever word of intent stands earlier in the sentence or whatever the category says",
      decides: 'the kind is a total over a period (what was done), not a target: the verb says it happened',
      fires: ['The White House set a deportation goal, and the agency spreadsheet shows ICE removed 55,590 aliens in FY 2021.', 'Because the mandate could not be paid for, ICE released more than 2,000 individuals earlier this year.'],
      silent: ['ICE plans to deport 1 million people a year.', 'The Trump administration wants ICE to arrest 3,000 people a day.'],
    },
    (c) => !c.dollars && !c.percent && (c.category === 'goal' || planned(c)) && flowVerb(c),
    'total',
  ),
  rule(
    {
      id: 'frame.kind.level-projected',
      looksFor:
        "a level (the backlog, a docket, people held, a workforce) that a modal or an expectation says it will cross ('Cases pending before the courts will soon exceed 500,000', 'the non-detained docket is expected to pass more than eight million')",
      decides: "the kind is a count on a day, projected (detail 'projection'): an estimate of a level, not a target",
      fires: ['Cases pending before the immigration courts will soon exceed 500,000.', "By the end of the year ICE's non-detained docket is expected to pass more than eight million."],
      silent: ['The immigration court backlog stands at 3.4 million cases.', 'ICE plans to deport 1 million people a year.'],
    },
    (c, f) => !c.dollars && !c.percent && c.category !== 'goal' && !flowCounted(c, f) && CROSSING_BEFORE.test(c.before) && has(LEVEL_PROJECTED, c.before) && !has(PLAN_WORDS, c.before),
    'on-a-day',
    'projection',
  ),
  rule(
    {
      id: 'frame.kind.already-so',
      looksFor: "a number of people already in a state, said right after it ('the 1.4 million already ordered deported', 'some of the 60,000 already held'), under a word of intent earlier in the sentence",
      decides: 'the number is a count of what is, not a target: its kind is read by the rules after the target rule',
      fires: ['The administration plans to put first people with criminal records and the 1.4 million already ordered deported by a judge who have not left.'],
      silent: ['The administration plans to deport 1 million people a year.'],
    },
    (c) => !c.dollars && !c.percent && ALREADY_AFTER.test(c.after),
    'total',
  ),
  rule(
    {
      id: 'frame.kind.paid-by-request',
      looksFor: "a count that money asked for or in a bill would pay for, right after that money ('it seeks $2.7 billion to hold 54,000 people a day', 'the bill provides $4.1 billion for 50,000 beds')",
      decides: 'the kind is a target: what a request or a bill would buy is planned, not counted or funded (label ruling 10.3)',
      fires: ['For detention the budget request seeks $2.7 billion to hold 54,000 people a day.'],
      silent: ['Congress gave ICE $3 billion to hold 41,500 people a day in fiscal 2024.'],
    },
    (c) => {
      const p = c.listedAfter;
      return !c.dollars && !c.percent && !!p && p.dollars && p.kind === 'money' && (p.detail === 'request' || p.detail === 'bill') && PAYS_FOR_BETWEEN.test(c.sentence.slice(p.to, c.at));
    },
    'target',
  ),
  rule(
    {
      id: 'frame.kind.level-reached',
      looksFor:
        "a level a count that is not a flow reached, right before the number ('the count has kept rising, passing 3 million cases last December', 'enrollment stood at more than 100,000', 'hiring had brought the number of judges to 734')",
      decides: 'the kind is a count on a day (a level), not a total over a period',
      fires: ['Since FY 2024 began the immigration court backlog has kept rising, passing 3 million cases last December.', 'Record hiring had brought the number of immigration judges to 734 by the end of FY 2023.'],
      silent: ['ICE deportations passed 300,000 in fiscal 2025.', 'Book-ins to ICE detention centers climbed to 32,771 in November.', "ICE's average daily population rose to 56,000 last month."],
    },
    (c, f) => !c.dollars && !c.percent && c.category !== 'goal' && !flowCounted(c, f) && ((LEVEL_REACHED_BEFORE.test(c.before) && levelCounted(c, f)) || LEVEL_TO.test(c.lead.slice(-80))),
    'on-a-day',
  ),
  rule(
    {
      id: 'frame.kind.projection',
      looksFor:
        "a count that a pace or a trend projects, not a goal: 'on pace to', 'on track to', 'on course to', 'at this pace', 'if the trend holds', 'based on current trends', 'projected', 'set to', 'will likely', 'that pace would come to', with no word of a plan, wish or request before the number (the goal category is a target)",
      decides:
        "the kind is the count it projects (a total, a count on a day, a daily average, read by the rules after the target rule) with the detail 'projection', not a target: a projection is an estimate (label conventions, rule 3), and no metric declares it, so it gets no verdict",
      fires: ['DHS said the administration is on pace to deport nearly 600,000 people by the end of the fiscal year.', 'At this pace Border Patrol agents will make more than 2.116 million apprehensions at the southwest border in FY 2023.'],
      silent: ['Trump promised to deport 1 million immigrants a year.', 'ICE plans to hold 100,000 people in detention by next year.', 'ICE deported 271,000 people in fiscal 2024.'],
    },
    (c) => c.category !== 'goal' && !c.dollars && !c.percent && projected(c),
    'total',
    'projection',
  ),
  rule(
    {
      id: 'frame.kind.compared-object',
      looksFor:
        "a number that a comparison is set against, as the object of a verb of comparison or after 'than the', under a word of intent or a modal ('That would far exceed the 271,000 deported the year before', 'would top last year's 400,000')",
      decides: 'the number is a count of what was, not a target: its kind is read by the rules after the target rule',
      fires: ["That would far exceed the 271,000 deported the year before, though it falls short of the administration's goal."],
      silent: ['ICE plans to deport 1 million people a year, far more than ever before.'],
    },
    (c) => !c.dollars && !c.percent && (planned(c) || has(REQUEST_WORDS, c.before)) && (COMPARED_OBJECT.test(c.before) || COMPARED_BASE.test(c.before)),
    'total',
  ),
  rule(
    {
      id: 'frame.kind.target',
      looksFor: "a goal, plan, promise, request or projection: the goal category, or a word of intent or request before the number ('plans to', 'aims', 'wants', 'would', 'will', 'requested'), or beds asked for ('asked Congress to pay for at least 50,000 beds'); not a number with a verb of its own right after it, nor the level there is now that a plan starts from ('planning a major expansion, including doubling the current 41,000 ICE detention beds')",
      decides: 'the kind is a target, not a count',
      fires: ['Trump promised to deport 1 million immigrants a year.', 'ICE plans to hold 100,000 people in detention by next year.', 'ICE requested funding for 52,000 detention beds in its budget request.'],
      silent: ['ICE deported 271,000 people in fiscal 2024.', 'Trump is reportedly planning a major expansion, including doubling the current 41,000 ICE detention beds.'],
    },
    (c) =>
      c.category === 'goal' ||
      ((planned(c) || has(REQUEST_WORDS, c.before) || (has(CAPACITY_WORDS, own(c)) && has(WISH_WORDS, c.before))) && !OWN_VERB_AFTER.test(c.after) && !CURRENT_BEFORE.test(c.before)) ||
      has(TARGET_AFTER, c.after),
    'target',
  ),
  rule(
    {
      id: 'frame.kind.staff-to-add',
      looksFor: "a number of 'more', 'new', 'additional' or 'another' officers, agents, judges or staff (or judge positions) with no verb saying they came ('called for 10,000 more ICE officers', 'pay for 55 more immigration judges', 'the 10,000 new agents Trump ordered', 'due to get another 250 agents next year', 'authorized 100 new immigration judge positions'); not staff welcomed, sworn in or recruited ('welcomed 44 new immigration judges on Monday')",
      decides: 'the kind is a target: people to be added to a workforce, not a count of it',
      fires: ["Trump's January orders called for 10,000 more Immigration and Customs Enforcement officers.", 'Rep. Henry Cuellar is pushing Congress to pay for 55 more immigration judges.', 'President Trump authorized 100 new immigration judge positions in March.'],
      silent: [
        'ICE has hired 12,000 new officers since January.',
        'About 12,000 new deportation officers have joined ICE since January.',
        'ICE now has 22,000 officers, 12,000 more than a year ago.',
        'Attorney General Jeff Sessions welcomed 44 new immigration judges on Monday.',
      ],
    },
    (c) => !c.dollars && !c.percent && staffToAdd(c),
    'target',
  ),
  rule(
    {
      id: 'frame.kind.change-start',
      looksFor: "the first number of 'from X to Y', with no date of its own between it and 'to'",
      decides: "the kind is the level a change started from, with no date of its own ('from 132,880 in May to 94,897 in June' dates both: each is its month's count)",
      fires: ['ICE doubled its workforce of deportation officers from 6,000 to 12,000 this year.', "ICE's detention beds went from 56,000 to as many as 100,000 within a year."],
      silent: ['ICE employs about 6,000 deportation officers.', 'Border Patrol apprehensions at the southwest border went from 132,880 in May to 94,897 in June.'],
    },
    (c, f) => endsWith(FROM_WORD, c.before) && CHANGE_START_TO.test(c.after) && !(c.period && c.after.includes(c.period.text)) && !flowCounted(c, f),
    'change',
    'start',
  ),
  rule(
    {
      id: 'frame.kind.change-number',
      looksFor:
        "a number that is the size of a change: 'rose by 5,000', 'rose by another 30,000', 'cut that backlog by 115,000', 'an increase of 5,000', '4,000 more than the year before', 'about 38,500 more arrests than in 2011', 'approximately 10,000 more, for a total of', people or cases added ('ICE added 4.3 million names to its docket', 'nearly 25,000 people were added'), firings",
      decides: 'the kind is a change in number',
      fires: [
        'ICE detention grew by 12,000 people in the first half of the year.',
        'ICE fired 120 immigration judges this year.',
        'Border Patrol agents in the Rio Grande Valley made about 38,500 more arrests than in 2011.',
        'Since President Trump took office the government has cut the immigration court backlog by 115,000.',
        'ICE added 4.3 million names to its non-detained docket in four years.',
      ],
      silent: ['ICE detention reached 61,000 people in the first half of the year.', 'ICE deported 400,000 people, more than in any year before.', 'In July 2025 ICE recorded 27,483 arrests and CBP added 3,798 book-ins into ICE detention.'],
    },
    (c, f) =>
      endsWith(CHANGE_BY, c.before) ||
      startsWith(DIFFERENCE_AFTER, restated(c).replace(NOUN_BEFORE_COMPARATIVE, '')) ||
      ((c.category === 'personnel' || c.category === 'courts') && has(DEPARTURE_WORDS, own(c))) ||
      DIFFERENCE_NOUN_THAN.test(restated(c)) ||
      (!c.dollars && CHANGED_BY.test(c.before) && (has(CHANGE_UP, c.before) || has(CHANGE_DOWN, c.before) || has(BUDGET_CHANGE_VERBS, c.before) || has(DIFFER_WORDS, c.before))) ||
      (!c.dollars && (ADDED_BEFORE.test(c.before) || ADDED_AFTER.test(c.after)) && f.measure !== null && (STOCKS.includes(f.measure) || f.measure === 'hires' || f.measure === 'judge-hires')),
    'change',
    'number',
  ),
  rule(
    {
      id: 'frame.kind.capacity-facility',
      looksFor: "beds or capacity of one facility or place ('a 5,000-bed facility', 'Louisiana has 7,000 beds'); people a place holds are a count of it, not its size",
      decides: "the kind is a capacity: one facility's size",
      fires: ['ICE opened a 5,000-bed detention facility at Fort Bliss in Texas.'],
      silent: [
        'Congress funded 41,500 detention beds for ICE in fiscal 2024.',
        'The Adams County Detention Center in Natchez, Mississippi, has held an average of 2,170 people a day in fiscal 2025.',
        'Texas held more people in ICE detention than any other state in fiscal year 2025: 13,415 detainees.',
      ],
    },
    (c, f) => (c.category === 'detention' || c.category === 'goal') && has(CAPACITY_WORDS, own(c)) && (f.scope === 'place' || has(FACILITY_NOUNS, own(c))),
    'capacity',
    'facility-size',
  ),
  rule(
    {
      id: 'frame.kind.capacity-minimum',
      looksFor: "beds the law requires ICE to keep ('the bed mandate', 'required to maintain')",
      decides: 'the kind is a capacity: a statutory minimum',
      fires: ['Under the bed mandate ICE must keep a minimum of 34,000 detention beds.'],
      silent: ['Congress funded 41,500 detention beds for ICE in fiscal 2024.'],
    },
    (c) => c.category === 'detention' && has(MINIMUM_STRICT, c.sentence) && (has(CAPACITY_WORDS, own(c)) || has(MINIMUM_WORDS, c.before)),
    'capacity',
    'statutory-minimum',
  ),
  rule(
    {
      id: 'frame.kind.beds-to-come',
      looksFor:
        "detention beds or capacity not yet there: a word of intent, request, wish, need or growth in their clause ('ICE needs at least 45,700 detention beds', 'the 52,000 daily detention beds it is asking Congress to fund', 'is expanding to 800', 'would fund an average of 45,274'), or beds in a sentence or paragraph about a bill not yet law ('It includes $4.1 billion for custody operations, most of it to pay for 50,000 daily ICE detention beds'); not room a facility opens with",
      decides: 'the kind is a target: beds asked for, planned, promised or in a bill (label ruling 10.3), not funded beds',
      fires: ['The White House budget office told the president that ICE needs at least 45,700 detention beds available each night.'],
      silent: ['Congress funded 41,500 detention beds for ICE in fiscal 2024.', 'The new ICE detention camp will open with room for 1,000 people.'],
    },
    (c) => bedsToCome(c),
    'target',
  ),
  rule(
    {
      id: 'frame.kind.capacity-funded',
      looksFor: "detention beds, capacity or space, or people ICE is 'funded to accommodate'; not people a verb says are held ('holding nearly 42,000 migrants against 38,521 beds')",
      decides: 'the kind is a capacity: funded beds',
      fires: ['ICE is currently funded to accommodate an average of 41,500 detainees.', 'Congress funded 41,500 detention beds for ICE in fiscal 2024.'],
      silent: [
        'ICE held an average of 47,600 people in detention in fiscal 2024.',
        "ICE's detention centers were at 109% of capacity on Tuesday morning, holding nearly 42,000 migrants.",
        'As of June 15, 2025, more than 56,000 immigrants were held in government custody, a record.',
      ],
    },
    (c, f) =>
      !HELD_BEFORE.test(c.before) &&
      !HELD_AFTER.test(c.after) &&
      !BEDS_OCCUPIED.test(own(c)) &&
      (!has(WISH_WORDS, c.before) || CURRENT_BEFORE.test(c.before)) &&
      ((c.category === 'detention' || (c.category === 'budget' && !c.dollars && f.measure === 'detention')) && f.measure !== 'family-detention'
        ? has(CAPACITY_WORDS, own(c)) || has(FUNDED_WORDS, c.before)
        : f.measure === 'family-detention' && has(CAPACITY_WORDS, own(c))),
    'capacity',
    'funded-beds',
  ),
  rule(
    {
      id: 'frame.kind.book-ins',
      looksFor: "people booked into detention over a period ('book-ins', 'booked into', 'over the year')",
      decides: 'the kind is a total over the period, not the people held on a day',
      fires: ['ICE booked 310,000 people into detention in fiscal 2024.'],
      silent: ['ICE held 61,000 people in detention on Sunday.'],
    },
    (c) => c.category === 'detention' && has(BOOK_IN_WORDS, own(c).replace(YEAR_BACK, ' ')) && !has(AVERAGE_NOT_YEARLY, own(c)),
    'total',
  ),
  rule(
    {
      id: 'frame.kind.book-ins-sentence',
      looksFor: "a detention count in a sentence about book-ins, the word before the number ('Of the 30,514 people booked into ICE detention in May 2023, ICE arrested 7,842 and CBP 22,672', 'book-ins after ICE arrests fell from 5,119 in January to 1,970 in February') with no word of holding, average or now in its own clause",
      decides: 'the kind is a total over the period (people booked in), not the people held on a day',
      fires: ['Of the 30,514 people booked into ICE detention in May 2023, ICE arrested 7,842 and CBP 22,672.', 'Book-ins to ICE detention after ICE arrests fell from 5,119 in January 2021 to 1,970 in February 2021.'],
      silent: ['ICE booked 310,000 people into detention in fiscal 2024 and held 39,000 on an average day.', 'ICE held 61,000 people in detention on Sunday.'],
    },
    (c) => c.category === 'detention' && !c.percent && !c.dollars && has(BOOK_IN_STRONG, c.lead) && !has(HELD_AT_A_TIME, `${c.before} ${c.after}`),
    'total',
  ),
  rule(
    {
      id: 'frame.kind.day-flow',
      looksFor:
        "a flow counted over one day (arrests, removals, apprehensions, people sworn in or released: a flow verb or a flow's count) with a word of one day: a weekday, 'in a single day', 'that day' ('ICE arrested 1,200 people on Sunday', 'a record 2,200 arrests in a single day'); not people held, not a rate 'a day'",
      decides: 'the kind is a total over that day (ruling 10.2), not a count on a day: a day\'s total is not a month\'s or a year\'s total, nor a level',
      fires: ['Border Patrol agents apprehended 4,100 migrants on Tuesday, officials said.', 'ICE arrested a record 2,200 people in a single day.'],
      silent: ['ICE held 61,000 people in detention on Sunday.', 'Some 4,100 migrants were in Border Patrol custody on Tuesday.', 'Border Patrol agents apprehended 4,100 migrants a day in May, officials said.'],
    },
    (c, f) =>
      !c.dollars &&
      !c.percent &&
      !has(PER_DAY_WORDS, own(c)) &&
      c.category !== 'detention' &&
      !has(AVERAGE_OWN_WORDS, own(c)) &&
      !has(HOLDING_WORDS, own(c)) &&
      !HELD_AFTER.test(c.after) &&
      !HELD_THERE.test(c.after) &&
      has(ONE_DAY_WORDS, `${opening(c)} ${c.after}`) &&
      (flowVerb(c) || flowCounted(c, f)),
    'total',
  ),
  rule(
    {
      id: 'frame.kind.on-a-day',
      looksFor: "a count on one day: a weekday, 'on a single day', 'on some days', 'that same day'; for people held, also a record or peak",
      decides: 'the kind is a count on a day',
      fires: ['ICE held 61,000 people in detention on Sunday.', 'ICE detention hit a record of 66,000 people in November.'],
      silent: ['Border Patrol agents apprehended 4,100 migrants a day in May, officials said.', 'Border Patrol agents apprehended 4,100 migrants on Tuesday, officials said.'],
    },
    (c, f) => !has(AVERAGE_OWN_WORDS, own(c)) && c.rate !== 'day' && ((has(ONE_DAY_WORDS, `${opening(c)} ${c.after}`)) || ((f.measure === 'detention' || c.category === 'detention') && has(PEAK_WORDS, c.sentence))),
    'on-a-day',
  ),
  rule(
    {
      id: 'frame.kind.now',
      looksFor: "a count of what is there now: 'currently', 'now', 'as of', 'at last count', for people held, officers, the backlog",
      decides: 'the kind is a count on a day (the day of the article, or the one named)',
      fires: ['ICE is currently holding more than 60,000 people.'],
      silent: ['ICE held an average of 47,600 people in detention in fiscal 2024.'],
    },
    (c, f) => !has(AVERAGE_OWN_WORDS, own(c)) && (c.rate !== 'day' || (c.category === 'detention' && has(NOW_WORDS, c.before))) && (c.category === 'detention' || c.category === 'atd' || (f.measure !== null && STOCKS.includes(f.measure))) && has(NOW_WORDS, c.lead.slice(-80) + own(c)),
    'on-a-day',
  ),
  rule(
    {
      id: 'frame.kind.daily-average',
      looksFor: "people held 'a day', 'on average', 'on any given day', an average daily population",
      decides: 'the kind is a daily average',
      fires: ['ICE held an average of 47,600 people in detention in fiscal 2024.', 'ICE held more than 50,000 people in detention a day in June 2019.', 'Average ICE detention climbed from 14,195 in FY 2021 to 22,129 in FY 2022.'],
      silent: ['ICE booked 310,000 people into detention in fiscal 2024.'],
    },
    (c, f) => (c.category === 'detention' || c.category === 'atd' || f.measure === 'detention') && (c.rate === 'day' || has(AVERAGE_WORDS, own(c)) || (has(AVERAGE_SUBJECT, c.lead) && !has(NOT_AVERAGE_WORDS, `${c.before} ${c.after}`))),
    'daily-average',
  ),
  rule(
    {
      id: 'frame.kind.flow-verb',
      looksFor:
        "a verb of flow governing the number: right before it ('deported a record 438,000', 'agents caught 858,638', 'swore in 46 judges') or after it in the passive ('700 detainees had been released', '28,000 were placed in detention')",
      decides: 'the kind is a total over a period (people or cases that passed through), not a level on a day, whatever the noun counted',
      fires: ['In 2013 the administration deported a record 438,000 undocumented immigrants.', 'The Executive Office for Immigration Review swore in 46 new immigration judges in fiscal 2018.', 'In May alone 28,000 people were placed in detention.'],
      silent: ['ICE employs about 6,000 deportation officers.', 'ICE held 61,000 people in detention in May.', 'About 1.4 million people have final orders of removal.'],
    },
    (c) => !c.dollars && !c.percent && flowVerb(c),
    'total',
  ),
  rule(
    {
      id: 'frame.kind.rate-span',
      looksFor: "a count 'a month' or 'a year' (not money, not people held): 'agents averaged nearly 128,000 a month in FY24'",
      decides: 'the kind is a total over a period (a pace), not a level on a day, whatever the noun counted',
      fires: ['Of October\'s Border Patrol arrests, nearly 57,000 were on the southwest border, where agents averaged nearly 128,000 a month in FY24.'],
      silent: ['ICE employs about 6,000 deportation officers.'],
    },
    (c) => !c.dollars && !c.percent && (c.rate === 'month' || c.rate === 'year') && c.category !== 'detention',
    'total',
  ),
  rule(
    {
      id: 'frame.kind.flow-after-noun',
      looksFor: "a count whose people then came, crossed, entered or were enrolled over a named span ('almost 2.8 million illegal migrants crossed in Fiscal Year 2022', 'ICE enrolled nearly 500,000 aliens in ATD between August 2020 and June 2022')",
      decides: 'the kind is a total over the span (people who passed through), not a level on a day, whatever noun the count has',
      fires: ['Nationwide almost 2.8 million illegal migrants crossed the border in Fiscal Year 2022, according to CBP.', 'ICE enrolled nearly 500,000 aliens in its Alternatives to Detention program between August 2020 and June 2022.'],
      silent: ['About 11 million unauthorized immigrants lived in the United States in 2022.', 'ICE held 61,000 people in detention in May.'],
    },
    (c) => !c.dollars && !c.percent && spanPeriod(c) && (has(ARRIVAL_AFTER, c.after) || endsWith(ENROL_BEFORE, c.before.replace(HEDGE_END, ''))),
    'total',
  ),
  rule(
    {
      id: 'frame.kind.stock',
      looksFor:
        "a count of what is there at a time: officers, employees, judges, the backlog, people held; any population estimate (a peak of 12.2 million is a level, whatever noun it has); people with removal orders, fugitives, enrollees, staff on board ('About 1.4 million people have final orders of removal')",
      decides: 'the kind is a count on a day (a level)',
      fires: [
        'ICE employs about 6,000 deportation officers.',
        'The immigration court backlog is 3.4 million cases.',
        'The Pew Research Center puts the number of unauthorized immigrants at 11 million in 2016, below the 12.2 million peak of 2007.',
        'About 1.4 million people have final orders of removal, ICE says.',
      ],
      silent: ['ICE deported 271,000 people in fiscal 2024.'],
    },
    (c, f) =>
      (f.measure !== null && STOCKS.includes(f.measure)) ||
      c.category === 'population' ||
      (c.category === 'detention' && (f.measure === 'detention' || has(HOLDING_WORDS, own(c)))) ||
      (!c.dollars && !c.percent && (HELD_AFTER.test(c.after) || BEDS_OCCUPIED.test(own(c)))) ||
      (!c.dollars && !c.percent && has(STOCK_PHRASES, own(c))),
    'on-a-day',
  ),
  rule(
    {
      id: 'frame.kind.total',
      looksFor: 'any other count: removals, arrests, encounters, cases completed, book-ins',
      decides: 'the kind is a total over a period',
      fires: ['ICE carried out 271,000 removals in fiscal 2024.'],
      silent: ['ICE employs about 6,000 deportation officers.'],
    },
    () => true,
    'total',
  ),
];

/** The kind and its detail, recording the rule that decided. */
export function readKind(c: FrameInput, facts: KindFacts, rules: string[]): { kind: Kind; detail: Detail | null } {
  for (const r of RULES) {
    if (!r.when(c, facts)) continue;
    rules.push(r.id);
    const p = FALLBACK.has(r.id) ? listed(c) : null;
    const by = p ? decidedBy(p) : null;
    if (p && by && !FALLBACK.has(by)) {
      // A listed number with no reading of its own takes the reading of the number it is listed with.
      rules.push(LISTED_WITH);
      return { kind: p.kind, detail: p.detail };
    }
    if (READ_ON.has(r.id)) {
      // Not a target: the rules after the target rule say which count it is.
      const next = RULES.slice(RULES.indexOf(TARGET) + 1).find((n) => n.when(c, facts));
      if (next) rules.push(next.id);
      return { kind: next?.kind ?? 'total', detail: next?.detail ?? null };
    }
    if (r.detail !== 'projection' || r.kind !== 'total') return { kind: r.kind, detail: r.detail ?? null };
    // A projection is the count it projects: the rules after the target rule say which kind.
    const next = RULES.slice(RULES.indexOf(TARGET) + 1).find((n) => n.when(c, facts));
    if (next) rules.push(next.id);
    const kind = next?.kind ?? 'total';
    return COUNT_KINDS.includes(kind) ? { kind, detail: 'projection' } : { kind, detail: next?.detail ?? null };
  }
  return { kind: 'total', detail: null };
}

/** The rules that read a number by default, with nothing of its own: total, a level on a day, money enacted. */
const FALLBACK = new Set(['frame.kind.total', 'frame.kind.stock', 'frame.kind.money-enacted', 'frame.kind.rate-span', 'frame.kind.share']);
const LISTED_WITH = defineRule({
  id: 'frame.kind.listed-with',
  stage: 'frame',
  looksFor:
    "a number read only by a default rule (a total, a level on a day, a pace, a share, money enacted), listed after the claim before it in its sentence with nothing of its own between them: a joint of a list (a comma, 'and', 'or') and no clause break, finite verb, comparison's base, span or part ('plans to bring on 10,000 new deportation officers and 1,000 criminal investigators', 'the bill would pay for more than 1,500 new CBP personnel, 1,200 ICE employees and 100 immigration judges', 'has bought a facility near Phoenix for $70 million, one near Baltimore for $102.4 million')",
  decides: "the kind (and detail) of the number it is listed with, when that is a target, a capacity, a unit cost or money, or for a percent a change ('Yuma was up 170.9%, Del Rio 85.5% and El Paso 58.7%'): the words that governed that number govern the list",
  fires: ['ICE plans to bring on 10,000 new deportation officers and 1,000 criminal investigators.', 'The bill would pay for more than 1,500 new CBP personnel, 1,200 ICE employees and 100 immigration judges.', 'By sector, Border Patrol apprehensions in Yuma were up 170.9%, Del Rio 85.5% and El Paso 58.7%.'],
  silent: ['ICE hired 10,000 new deportation officers and has 1,000 criminal investigators.', 'ICE plans to deport 1 million people a year, up from 271,000 in fiscal 2024.'],
});
/** Rules that only say a number is not a target: its kind is read by the rules after the target rule. */
const READ_ON = new Set(['frame.kind.compared-object', 'frame.kind.already-so']);
/** The kinds a projection may be: counts. */
const COUNT_KINDS: readonly Kind[] = ['total', 'on-a-day', 'daily-average'];
/** The target rule: a projection's kind is read by the rules after it. */
const TARGET = RULES.find((r) => r.id === 'frame.kind.target')!;

const AGAINST_DIRECTION = defineRule({
  id: 'frame.direction.against-word',
  stage: 'frame',
  looksFor:
    "a percent set against a named base by the word right after it: 'below', 'under', 'less than', 'lower than' ('32% below June 2024', '12% under the previous low'), or 'above', 'over', 'more than', 'higher than' ('30 percent above February 2021'); 'under' and 'over' only before a base (a time, a level, a peak, an average, the previous or same one, something's), not a span or a rule ('under Biden', 'over the past year')",
  decides:
    "the change's direction is the word's (below, under, less, lower: down; above, over, more, higher: up), not a word of change elsewhere in the sentence nor a hedge on the number itself ('more than 70 percent below the year before' is down); 'under' and 'over' yield to a word of change in the claim's own clause ('fell 20 percent over 2019')",
  fires: [
    'The southern border count was 71% below January 2025’s 29,101, CBP said.',
    'That puts ICE removals in fiscal 2021 more than 70 percent below the year before.',
    'Border Patrol apprehensions in December were 12% under the previous low, set in March.',
  ],
  silent: ['Border Patrol apprehensions rose more than 30 percent under Biden.', 'ICE arrests rose 30 percent over the past year.', 'ICE deportations fell 20 percent over 2019.'],
});
/** The word of a comparison right after a percent, and what follows it. */
const AGAINST_AFTER = /^\s*(?:\)\s*)?(below|under|less than|lower than|above|over|more than|higher than)\s+([^;:,()]{0,60})/i;
/** What 'under' or 'over' must name to be a base: a time, a level, a named one's ("under the previous administration's daily average"). */
const AGAINST_BASE = new RegExp(
  `^(?:the\\s+|its\\s+|their\\s+|a\\s+)?(?:(?:previous|prior|last|same|peak|record|high|low|average|level|year|month|fiscal|FY|calendar)\\b|(?:19|20)\\d{2}\\b|(?:${MONTHS.join('|')})[a-z]*\\b|[^'’]{0,40}['’]s\\b)`,
  'i',
);
/** A span, not a base: 'over the past year', 'over the last five years'. */
const AGAINST_SPAN = /^(?:the\s+)?(?:past|last|next|coming)\s+(?:\w+\s+)?(?:years?|months?|weeks?|days?|decades?)\b/i;
/** The direction the comparison word after a percent states, or null (frame.direction.against-word). */
const againstWord = (c: FrameInput): { dir: 'up' | 'down'; loose: boolean } | null => {
  if (!c.percent) return null;
  const m = AGAINST_AFTER.exec(c.after);
  if (!m) return null;
  const word = m[1]!.toLowerCase();
  const loose = word === 'under' || word === 'over';
  if (loose && (!AGAINST_BASE.test(m[2]!) || AGAINST_SPAN.test(m[2]!))) return null;
  return { dir: /^(?:below|under|less|lower)/.test(word) ? 'down' : 'up', loose };
};

/** Which way a change went: the word of change nearest the number ("down 7 percent", "a 7 percent drop"); a comparison word right after a percent first (frame.direction.against-word). */
export function readDirection(c: FrameInput, rules: string[] = []): 'up' | 'down' | null {
  if (multiplier(c)) return has(MULTIPLIER_DOWN, c.sentence.slice(c.at, c.to)) ? 'down' : 'up';
  const against = againstWord(c);
  if (against && !(against.loose && (has(CHANGE_UP, c.before.replace(HEDGE_END, '')) || has(CHANGE_DOWN, c.before.replace(HEDGE_END, ''))))) {
    rules.push(AGAINST_DIRECTION);
    return against.dir;
  }
  const at = c.before.length;
  const text = `${c.before}${c.sentence.slice(c.at, c.to)}${c.after}`;
  const nearest = (list: readonly string[]) => Math.min(Infinity, ...findAll(list, text).map((f) => (f.index < at ? at - f.index - f.text.length : f.index - at)));
  const up = nearest(CHANGE_UP);
  const down = nearest(CHANGE_DOWN);
  if (up === Infinity && down === Infinity) return null;
  return down <= up ? 'down' : 'up';
}
