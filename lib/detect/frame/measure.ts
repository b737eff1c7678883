/** The frame's measure: what is counted, as one canonical name the metrics share. */
import type { Kind, Measure } from '../../frame';
import { defineRule } from '../../rules';
import { DEFAULT_UNIT } from '../lang/en/units';
import { priorClauses, type FrameInput } from './input';
import { findAll, first, has } from './phrases';
import { HELD_BEFORE, LEVEL_TO, ENROLLMENT_NOUNS, NOW_WORDS, COMPARED_BASE, CONNECTIVE, LIST_NEXT, FACILITY_OWN_GAP, HOLDING_WORDS, ATD_TECHNOLOGY_WORDS, BORDER_PATROL_WORDS, CBP_WHOLE_WORDS, DIFFERENCE_AFTER, ENCOUNTER_SUM_WORDS, MEASURE_WORDS, MEXICO_WORDS, MONEY_MEASURE_WORDS, NATION_WORDS, SOUTHWEST_WORDS, UNIQUE_PEOPLE_WORDS } from './words';

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

const NO_NOUN = defineRule({
  id: 'frame.measure.border-no-noun',
  stage: 'frame',
  looksFor: "a border count with no counted noun in its clause, none in an earlier number's it goes on from, and a unit the detector only took from the category ('border encounters' for any border number): 'beating the record of 1,643,679 set in 2000', 'brings the new fiscal year's total to 633,451'",
  decides: "which count is unsaid (the Border Patrol's apprehensions or CBP's encounters), not encounters by default; the border and the Border Patrol named in the sentence still decide (a verdict only where exactly one series matches, verdict.one-of-two-series)",
  fires: ['Fiscal Year 2025, which ended on September 30, closed at 237,538 at the southwest border, the smallest yearly total since 1970.'],
  silent: ['CBP recorded 2.4 million encounters at the southern border in fiscal 2023.'],
});

const OF_PRIOR = defineRule({
  id: 'frame.measure.of-prior-number',
  stage: 'frame',
  looksFor:
    "a number with no counted noun in its own clause that only goes on from an earlier number of the sentence: a percent or a difference ('30 percent more'), a comparison's base ('up from 6,300', '14% fewer than the 8,346 of February', 'over the previous year's 400,651'), the next item of a list ('and 4,600', 'and the 157,358')",
  decides: "what is counted: the noun of the nearest earlier number whose clause names one ('nearly 8,400 apprehensions in September, up from 6,300 in August and 4,600 in July')",
  fires: [
    'Border Patrol made nearly 400,000 apprehensions in fiscal 2018, 30 percent more than a year earlier.',
    'Agents made nearly 8,400 apprehensions along the U.S.-Mexico border in September, up from 6,300 in August and 4,600 in July.',
    'CBP agents encountered more than 2.9 million migrants this year, 2.1 million of them at the southern border.',
    'Border Patrol apprehended 7,181 people crossing the southern border in March 2025, 14% fewer than the 8,346 of February.',
  ],
  silent: ['Border Patrol apprehensions rose 30 percent in fiscal 2018.'],
});

const SOUTHWEST = defineRule({
  id: 'frame.measure.southwest-border',
  stage: 'frame',
  looksFor: 'a border count in a sentence (or after one) that names the southwest border',
  decides: "the count is the southwest border's series, not the nation's",
  fires: ['Border Patrol agents apprehended 8,024 migrants at the southern border in June.', 'Border Patrol stopped 61,000 people crossing illegally from Mexico in March.'],
  silent: ['Border Patrol agents apprehended 8,024 migrants nationwide in June.'],
});
const NATIONWIDE = defineRule({
  id: 'frame.measure.nationwide',
  stage: 'frame',
  looksFor: "a border count with a word of the nation's for it (nationwide, across the country, in all), or whose southwest part a later number of its sentence gives",
  decides: "the count is the nation's series, not the southwest border's",
  fires: ['The Border Patrol apprehended 8,024 migrants nationwide in June.', 'Nationwide, CBP reported 30,573 encounters in October.', 'CBP recorded 2.4 million encounters in fiscal 2023, 1.9 million of them at the southern border.'],
  silent: ['The Border Patrol apprehended 8,024 migrants in June.', 'The Border Patrol apprehended 6,072 migrants at the southern border in June.'],
});
const BORDER_UNCLEAR = defineRule({
  id: 'frame.measure.border-unclear',
  stage: 'frame',
  looksFor: "a border count with no border named for it (before it, in its clause, in the sentence before) and no word of the nation's for it",
  decides:
    "the count's border is unclear: the measure is '…-border-unsaid', which meets both the southwest border's series and the nation's (a verdict only where exactly one of them matches, verdict.one-of-two-series)",
  fires: ['Border Patrol agents made 41,000 apprehensions last month, most of them in the Rio Grande Valley along the Mexico line.', 'Border Patrol agents caught 8,024 migrants crossing between ports of entry in June.'],
  silent: ['Border Patrol agents made 41,000 apprehensions nationwide last month, most of them in the Rio Grande Valley along the Mexico line.', 'CBP recorded 2.4 million encounters in fiscal 2023, 1.9 million of them at the southern border.'],
});
const ENCOUNTER_SUM = defineRule({
  id: 'frame.measure.encounter-sum',
  stage: 'frame',
  looksFor: "a border count of apprehensions whose sentence, before it, counts apprehensions and inadmissibles together ('apprehensions plus inadmissibles swung from 415,517 to 977,509')",
  decides: "the count is CBP's encounters (the Border Patrol's apprehensions and the ports' inadmissibles), not the Border Patrol's apprehensions",
  fires: ['Apprehensions plus inadmissibles swung from a five-year low of 415,517 in fiscal 2017 to 977,509 in fiscal 2019 at the Mexican border.'],
  silent: ['Apprehensions swung from a five-year low of 303,916 in fiscal 2017 to 851,508 in fiscal 2019 at the Mexican border.'],
});
const PATROL_COUNT = defineRule({
  id: 'frame.measure.border-patrol-count',
  stage: 'frame',
  looksFor:
    "a border count of encounters, or of people with no noun of the count (caught, stopped, migrants, crossings), that its sentence gives to the Border Patrol (its agents, between the ports of entry), named nearer the number than CBP as a whole or the ports of entry",
  decides:
    "the count is the Border Patrol's apprehensions (its encounters: apprehensions with Title 42 expulsions), not CBP's encounters, which add the ports of entry",
  fires: ['In fiscal year 2022 Border Patrol recorded more than 2.2 million encounters of migrants crossing the southern border illegally.', 'The Border Patrol caught 6,072 migrants at the southern border in June.'],
  silent: ['Customs and Border Protection recorded more than 2.3 million encounters at the southern border in fiscal 2022.', 'The Border Patrol said CBP recorded 2.4 million encounters at and between ports of entry at the southern border in fiscal 2022.'],
});
const COUNT_UNCLEAR = defineRule({
  id: 'frame.measure.count-unclear',
  stage: 'frame',
  looksFor: "a border count of people with no noun of the count (migrants counted, people stopped, crossings) that its sentence does not give to the Border Patrol",
  decides:
    "which count is unclear: the Border Patrol's apprehensions or CBP's encounters (measure 'count-unsaid-…'), both candidates (a verdict only where exactly one of them matches, verdict.one-of-two-series)",
  fires: ['U.S. Customs and Border Protection counted 269,735 migrants at the Southwest border in September.'],
  silent: ['U.S. Customs and Border Protection counted 269,735 encounters at the Southwest border in September.', 'The Border Patrol caught 6,072 migrants at the southern border in June.'],
});
const ATD_TECHNOLOGY = defineRule({
  id: 'frame.measure.atd-technology',
  stage: 'frame',
  looksFor: "a count of people in Alternatives to Detention whose own phrase (before it, or after it up to a comma) names one of the program's technologies: the SmartLINK app, GPS ankle monitors, telephonic reporting, wrist-worn devices",
  decides: "the count is that technology's part of ATD: its own series where the dataset has one (SmartLINK, ankle monitors), else no measure (no verdict against the whole program)",
  fires: ['ICE monitors about 98,000 people in Alternatives to Detention through the SmartLINK app.', 'ICE tracks about 40,000 people in Alternatives to Detention with GPS ankle monitors.', 'ICE checks on about 9,000 people in Alternatives to Detention by telephonic reporting.'],
  silent: ['ICE monitors about 180,000 people in its Alternatives to Detention program.', 'About 200,000 migrants are in Alternatives to Detention, most of them checking in through a phone app.'],
});

const UNIQUE_PEOPLE = defineRule({
  id: 'frame.measure.unique-people',
  stage: 'frame',
  looksFor:
    "a border count whose own clause (for a percent or a difference, the clause it goes on from) counts unique individuals: people counted once however many times they were encountered ('116,678 unique individuals encountered nationwide, 2 percent more than the month before')",
  decides: 'no measure: CBP publishes no series of unique individuals, and its encounters count every stop, so neither the number nor its change is weighed against them',
  fires: ["CBP's operational update for February 2022 counted 116,678 unique individuals encountered nationwide, 2 percent more than the month before."],
  silent: ["CBP's operational update for February 2022 counted 166,010 encounters nationwide, 2 percent more than the month before."],
});

const HELD_IN_FACILITIES = defineRule({
  id: 'frame.measure.held-in-facilities',
  stage: 'frame',
  looksFor: "a detention count whose clause names facilities, jails or centers that are not the number's own noun: people held in them ('51,302 people were held in ICE detention facilities', 'facilities are already full, holding 47,600 detainees')",
  decides: 'what is counted is the people held (detention), not the facilities; facilities only when the noun follows the number ("ICE now runs 155 detention centers")',
  fires: ['As of June 1, 51,302 people were held in ICE detention facilities across the country.', "ICE's facilities are already full, holding 47,600 detainees."],
  silent: ['ICE held 61,000 people in detention on Sunday.', 'ICE detention held 61,000 people on Sunday, a record.'],
});

/** The facility noun right after the number, with no noun of people between ("155 detention centers", not "51,302 people were held in … facilities"). */
function facilitiesCounted(c: FrameInput): boolean {
  const found = first(MEASURE_WORDS.detention[0][1], c.after);
  return found !== null && FACILITY_OWN_GAP.test(c.after.slice(0, found.index)) && !has(HOLDING_WORDS, c.after.slice(0, found.index));
}

/**
 * The rest of the number's phrase, up to the next comma, clause break or number (the after window stops at
 * 80 characters): words after a comma may speak of a part ("216,450 in the program, most checking in by phone app").
 */
function clauseRest(c: FrameInput): string {
  const rest = c.tail.slice(0, 160);
  const end = rest.search(/[,;:]|\s[—–]\s|—|\$?\d[\d,.]*/);
  return end >= 0 ? rest.slice(0, end) : rest;
}

/** A later number that is a part of this one: "2.9 million …, 2.1 million of them at the southern border". */
const PART_LATER = /\d[\d,.]*(?:\s+(?:million|thousand))?\s+(?:of them|of those|of these|of which|of whom)\b/i;

/** Mexico or the southern border named after the number only for a later number that is a part of it. */
function southwestPartLater(c: FrameInput): boolean {
  const found = first(MEXICO_WORDS, c.tail);
  return found !== null && PART_LATER.test(c.tail.slice(0, found.index));
}

/** Whether the Border Patrol is named nearer the number than CBP as a whole (before it first, else after it in its clause). */
function patrolCounts(c: FrameInput): boolean {
  const last = (words: readonly string[]) => findAll(words, c.lead).at(-1)?.index ?? -1;
  const [patrol, whole] = [last(BORDER_PATROL_WORDS), last(CBP_WHOLE_WORDS)];
  if (patrol >= 0 || whole >= 0) return patrol > whole;
  return (first(BORDER_PATROL_WORDS, c.after)?.index ?? Infinity) < (first(CBP_WHOLE_WORDS, c.after)?.index ?? Infinity);
}

/** The measure of a border count, by which count (encounters, apprehensions, or unsaid) and which border (southwest, nation, or unsaid). */
const BORDER_MEASURES = {
  encounters: { southwest: 'border-encounters', nation: 'nationwide-encounters', unsaid: 'encounters-border-unsaid' },
  apprehensions: { southwest: 'border-apprehensions', nation: 'nationwide-apprehensions', unsaid: 'apprehensions-border-unsaid' },
  unsaid: { southwest: 'count-unsaid-southwest', nation: 'count-unsaid-nationwide', unsaid: 'count-and-border-unsaid' },
} as const satisfies Record<string, Record<string, Measure>>;

/** Which border count: the Border Patrol's or CBP's, and the southwest border's, the nation's, or unsaid. */
function readBorder(c: FrameInput, m: Measure, rules: string[]): Measure {
  if (m === 'gotaways') return m;
  let count: keyof typeof BORDER_MEASURES = m === 'nationwide-encounters' ? 'encounters' : m === 'nationwide-apprehensions' ? 'apprehensions' : 'unsaid';
  if (count !== 'encounters' && has(ENCOUNTER_SUM_WORDS, c.lead)) {
    rules.push(ENCOUNTER_SUM);
    count = 'encounters';
  }
  if (count !== 'apprehensions' && patrolCounts(c)) {
    rules.push(PATROL_COUNT);
    count = 'apprehensions';
  }
  if (count === 'unsaid') rules.push(COUNT_UNCLEAR);
  const measures = BORDER_MEASURES[count];
  // The southwest border named for this number: before it, in its own clause, or in the sentence before;
  // not only for a later number ("2.9 million migrants this year, 2.1 million of them at the southern border").
  if (has(SOUTHWEST_WORDS, `${c.previous} ${c.lead} ${c.after}`)) {
    rules.push(SOUTHWEST);
    return measures.southwest;
  }
  // A word of the nation's for this number, or opening a sentence with no count before this one ("Nationwide, CBP reported 30,573").
  const opening = !/\d/.test(c.lead.replace(/\b(?:19|20)\d{2}\b/g, '')) ? c.lead : '';
  if (has(NATION_WORDS, `${opening} ${c.before} ${c.unit ?? ''} ${c.after}`) || southwestPartLater(c)) {
    rules.push(NATIONWIDE);
    return measures.nation;
  }
  rules.push(BORDER_UNCLEAR);
  return measures.unsaid;
}

/** The technology of ATD named for this count, or null; 'other' for a part with no series, 'several' for more than one. */
function atdTechnology(c: FrameInput): Measure | 'other' | 'several' | null {
  const text = `${c.before} ${c.unit ?? ''} ${clauseRest(c)}`;
  const named = (Object.keys(ATD_TECHNOLOGY_WORDS) as (keyof typeof ATD_TECHNOLOGY_WORDS)[]).filter((k) => has(ATD_TECHNOLOGY_WORDS[k], text));
  if (named.length > 1) return 'several';
  return named[0] ?? null;
}

type Lists = readonly (readonly [string, readonly string[]])[];

/** The measure from a category's lists: the clause first, then the whole sentence. */
function pick(lists: Lists, c: FrameInput, rules: string[]): Measure | null {
  // The clause first, then the detector's counted phrase; a noun elsewhere in the sentence may be another
  // number's, so it decides nothing (no measure, no verdict).
  const relative = c.percent || has(DIFFERENCE_AFTER, c.after.slice(0, 20));
  // A number that only goes on from the one before ("up from 6,300", "and 4,600", "30 percent more") counts
  // what that one counted: the nearest earlier clause that names it.
  const goesOn = relative || CONNECTIVE.test(c.before.slice(c.before.lastIndexOf(',') + 1)) || LIST_NEXT.test(c.before) || COMPARED_BASE.test(c.before);
  // A part of the number before ("2.1 million of them at the southern border") counts what the whole
  // counted, unless its own words name something narrower ("44,000 of them from the interior").
  const part = /^\s*(?:of them|of those|of these|of which|of whom)\b/i.test(c.after);
  const general = lists.at(-1)?.[1] ?? [];
  const ownIsGeneral = part && !lists.slice(0, -1).some(([, words]) => has(words, `${c.before} ${c.after}`)) && has(general, `${c.before} ${c.after}`);
  const priors = goesOn || part ? priorClauses(c) : [];
  const own = [`${c.before} ${c.after}`, IN_CLAUSE] as const;
  // A border count whose unit is only the category's default name ("border encounters") names no count of its own.
  const unit = c.category === 'border' && isDefaultUnit(c) ? '' : (c.unit ?? '');
  for (const [text, rule] of [
    ...(ownIsGeneral ? [] : [own]),
    ...priors.map((p) => [p, OF_PRIOR] as const),
    ...(ownIsGeneral ? [own] : []),
    [unit, IN_UNIT],
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
  if (c.category === 'border' && isDefaultUnit(c)) {
    rules.push(NO_NOUN);
    return lists.at(-1)?.[0] as Measure;
  }
  return null;
}

/** The detector named the claim's unit only from its category ("border encounters"), not from its words. */
const isDefaultUnit = (c: FrameInput) => !!c.unit && c.unit.replace(/^percent change in /, '') === DEFAULT_UNIT[c.category];

const NAMED_COUNT = defineRule({
  id: 'frame.measure.named-count',
  stage: 'frame',
  looksFor: "the counted noun named by 'the number of', 'the count of' or 'the total of' before the number in its clause ('record hiring had brought the number of judges to 734'), or the noun the number is 'of' ('an effort to cut a backlog of 3.7 million cases')",
  decides: "what is counted is that noun, before any other word of the clause ('hiring' says how the count grew, not what it counts)",
  fires: ['Record hiring had brought the number of immigration judges to 734 by the end of FY 2023.'],
  silent: ['EOIR hired 104 immigration judges in FY2022.'],
});
/** "the number of judges" before the number: the noun it names. */
const NUMBER_OF = /\b(?:the|a|its|their)\s+(?:number|count|total|ranks)\s+of\s+((?:[\w'’-]+\s+){0,2}[\w'’-]+)/gi;

/** A noun the number is "of", right before it ("a backlog of 3.7 million cases", "a docket of 7.4 million"). */
const NOUN_OF = /\b(?:a|an|the|its|their)\s+(?:[\w'’-]+\s+)?([\w'’-]+)\s+of\s+(?:about|roughly|nearly|almost|around|some|just|over|more than|close to|an estimated)?\s*$/i;
/** The measure named by "the number of …", or by the noun the number is "of" ("a backlog of"), in the number's own words before it, or null. */
function namedCount(lists: Lists, c: FrameInput, rules: string[]): Measure | null {
  const named = [...c.before.matchAll(NUMBER_OF)].at(-1)?.[1] ?? NOUN_OF.exec(c.before)?.[1];
  if (!named || c.category === 'border' || c.category === 'goal') return null;
  const found = lists.find(([, words]) => has(words, named));
  if (!found) return null;
  rules.push(NAMED_COUNT);
  return found[0] as Measure;
}

/** A verb of funding right before a count: "it paid for 34,000", "in FY2023 it funded 34,000". */
const FUNDED_COUNT_BEFORE = /\b(?:funded|funds|fund|paid for|pays for|pay for)\s+(?:an average of\s+|a daily average of\s+)?(?:about|roughly|nearly|some|around|almost|just|over|more than)?\s*$/i;
/** What a budget sentence funds, before the count: the detention of people. */
const FUNDED_DETENTION = ['detention of', 'to detain', 'detention beds', 'beds'];
const FUNDED_COUNT = defineRule({
  id: 'frame.measure.funded-count',
  stage: 'frame',
  looksFor:
    "a count that is not money, read in the budget category, with a verb of funding right before it, in a sentence that says before it that the money funds detention ('Congress funds the detention of an average of 41,500 people a day …, when it paid for 34,000 a day at about $2.9 billion')",
  decides: 'what is counted is detention: people held that the money pays for (the count is then read as funded beds), not nothing',
  fires: ['Congress funds the detention of an average of 41,500 people a day at a cost of about $3.4 billion, an increase over fiscal 2023, when it paid for 34,000 a day at about $2.9 billion.'],
  silent: ['Congress gave ICE $10 billion in its annual budget for fiscal 2024.'],
});

/** What a claim counts, for every category but money. */
export function readMeasure(c: FrameInput, rules: string[]): Measure | null {
  if (c.category === 'budget' && !c.dollars && !c.percent && FUNDED_COUNT_BEFORE.test(c.before) && has(FUNDED_DETENTION, c.lead)) {
    rules.push(FUNDED_COUNT);
    return 'detention';
  }
  if (c.category === 'budget' || c.dollars) return null;
  const m = namedCount(MEASURE_WORDS[c.category] as Lists, c, rules) ?? pick(MEASURE_WORDS[c.category] as Lists, c, rules);
  // People counted once, not stops: the number, and a percent or difference that goes on from it (its words come before it in its clause).
  if (c.category === 'border' && has(UNIQUE_PEOPLE_WORDS, `${c.before} ${c.unit ?? ''} ${c.after}`)) {
    rules.push(UNIQUE_PEOPLE);
    return null;
  }
  if (c.category === 'border' && m) return readBorder(c, m, rules);
  // Facilities are counted only when they are the number's own noun ("155 detention centers"); people held in them are people.
  if (m === 'facilities' && !facilitiesCounted(c)) {
    rules.push(HELD_IN_FACILITIES);
    return pick((MEASURE_WORDS.detention as Lists).filter(([name]) => name !== 'facilities'), c, rules);
  }
  // A count of ATD qualified by one technology counts that part of the program.
  if (c.category === 'atd' && (m === 'atd-enrolled' || m === null)) {
    const tech = atdTechnology(c);
    if (tech) {
      rules.push(ATD_TECHNOLOGY);
      return tech === 'other' || tech === 'several' ? null : tech;
    }
    if (yearlyEnrollment(c)) {
      rules.push(ATD_YEARLY);
      return 'atd-participants';
    }
  }
  return m;
}

const ATD_YEARLY = defineRule({
  id: 'frame.measure.atd-yearly-enrollment',
  stage: 'frame',
  looksFor:
    "a count of ATD 'enrollment' (the noun, not people 'enrolled') for a year or a span of years, with no date or word of now: 'Enrollment in Alternatives to Detention more than doubled, from roughly 53,000 in 2015 to 111,000 in 2020'",
  decides: 'the count is the people who took part in the program over the year (atd-participants, a total), not those enrolled on a day',
  fires: ['Enrollment in Alternatives to Detention more than doubled, from roughly 53,000 in fiscal 2015 to 111,000 in fiscal 2020, the GAO said.'],
  silent: ['About 180,000 people were enrolled in Alternatives to Detention as of June 2024.', 'Enrollment in Alternatives to Detention has held at around 190,000 since July 2023.'],
});

/** ATD enrollment counted over a year or more: the noun in the sentence before the number, a span period, no word of now. */
function yearlyEnrollment(c: FrameInput): boolean {
  const span = !!c.period?.start && !!c.period.end && Date.parse(c.period.end) - Date.parse(c.period.start) > 200 * 864e5;
  return span && has(ENROLLMENT_NOUNS, c.lead) && !has(NOW_WORDS, `${c.before} ${c.after}`) && !/^since\b/i.test(c.period?.text ?? '') && !HELD_BEFORE.test(c.before) && !LEVEL_TO.test(c.before);
}

const FUNDED_OBJECT = defineRule({
  id: 'frame.measure.funded-object',
  stage: 'frame',
  looksFor:
    "money read as the price of what a budget funds (frame.kind.money-funded-cost) whose own clause names nothing it pays for, in a sentence whose verb of funding names it before the money ('Congress funds the detention of an average of 41,500 people a day at a cost of about $3.4 billion, …, when it paid for 34,000 a day at about $2.9 billion')",
  decides: 'what the money is for is what the funding verb pays for (detention money), not the budget as a whole',
  fires: ['Congress funds the detention of an average of 41,500 people a day at a cost of about $3.4 billion, an increase over fiscal 2023, when it paid for 34,000 a day at about $2.9 billion.'],
  silent: ['Congress gave ICE $10 billion in its annual budget for fiscal 2024.'],
});

/** What money is for, once its kind is known. */
export function readMoneyMeasure(c: FrameInput, kind: Kind, detail: string | null, rules: string[]): Measure | null {
  if (rules.includes('frame.kind.money-funded-cost')) {
    // The specific lists only: the general one ('budget', 'funding') says nothing of what is paid for.
    const specific = MONEY_MEASURE_WORDS.budget.slice(0, -1).find(([, words]) => has(words, `${c.before} ${c.after}`)) ?? MONEY_MEASURE_WORDS.budget.slice(0, -1).find(([, words]) => has(words, c.lead));
    if (specific) {
      rules.push(FUNDED_OBJECT);
      return specific[0];
    }
  }
  const lists = kind === 'unit-cost' ? MONEY_MEASURE_WORDS['unit-cost'] : detail === 'law-multi-year' || detail === 'law-part' ? MONEY_MEASURE_WORDS.law : MONEY_MEASURE_WORDS.budget;
  // A sum listed after another ("$46.5 billion to finish the border wall and $45 billion … to expand detention"):
  // the words before it are the earlier sum's purpose; its own, after it, decide.
  if (LIST_NEXT.test(c.before) && hasCountBefore(c)) {
    const own = (lists as Lists).find(([, words]) => has(words, c.after));
    if (own) {
      rules.push(OWN_PURPOSE_AFTER);
      return own[0] as Measure;
    }
  }
  return pick(lists as Lists, c, rules);
}

/** Whether an earlier number of the sentence is money, as this one (its purpose is what the words before this one say). */
const hasCountBefore = (c: FrameInput) => /\$\s?\d[\d,.]*(?:\s+(?:million|billion|trillion))?\s+[^$]*$/.test(c.lead);

const OWN_PURPOSE_AFTER = defineRule({
  id: 'frame.measure.own-purpose-after',
  stage: 'frame',
  looksFor:
    "a sum of money listed after another sum by 'and' whose own words after it name what it is for ('The law sets aside $46.5 billion to finish the border wall and $45 billion over four years to expand detention by 100,000 beds')",
  decides: "what the money is for is its own purpose after it (detention), not the earlier sum's before it (the border wall)",
  fires: ['The law sets aside $46.5 billion to finish the border wall and $45 billion over four years to expand detention by 100,000 beds.'],
  silent: ['The law sets aside $46.5 billion to finish the border wall over four years.'],
});
