/**
 * The not-claims that need context: ages, durations, measures, composition shares, poll results,
 * details of one incident, one person's bond, and numbers from other beats.
 */
import type { Quantity } from './quantities';
import type { Window } from './categories';
import { namesAgency } from './gate';
import { cueRegex } from './cues';
import { GATE } from './lang/active-gate';
import { CUE_WORDS, DROP_WORDS as V } from './lang/active';
import * as DROP from './rules/drop';

/** "ICE has contracted with a private prison company to maintain 120 beds": the prison company works for the agency. */
function contractor(sentence: string, local: string): boolean {
  const words = local.match(foreignAll()) ?? [];
  if (!V.CONTRACTOR.test(local) || !words.every((x) => V.CONTRACTOR_WORD.test(x))) return false;
  return namesAgency(sentence) || V.DETENTION_SITE.test(sentence);
}
/** A global copy of the pack's other-beat words, built once per pack. */
let foreignFor: RegExp | null = null;
let foreignG = /$^/g;
function foreignAll(): RegExp {
  if (foreignFor !== GATE.FOREIGN) {
    foreignFor = GATE.FOREIGN;
    foreignG = new RegExp(GATE.FOREIGN.source, 'gi');
  }
  return foreignG;
}

/** Words a sentence has, tested once per sentence rather than once per number (one-entry cache). */
let flagsFor = '';
let flagsWords: typeof V | null = null;
const flags = { death: false, protest: false };
function sentenceFlags(sentence: string): typeof flags {
  if (sentence !== flagsFor || flagsWords !== V) {
    flagsFor = sentence;
    flagsWords = V;
    flags.death = V.DEATH_WORD.test(sentence);
    flags.protest = flags.death ? V.PROTEST_ARREST.test(sentence) : V.PROTEST_WORD.test(sentence) && V.PROTEST_ARREST.test(sentence);
  }
  return flags;
}

/** Money whose clause names another body as the one that gets or spends it, and no enforcement body. */
function otherBody(sentence: string, q: Quantity, bodies: RegExp): boolean {
  const lead = sentence.slice(Math.max(0, q.start - 90), q.start);
  const clause = lead.slice(Math.max(lead.lastIndexOf(','), lead.lastIndexOf(';')) + 1);
  return bodies.test(clause) && !V.ENFORCEMENT_BODY.test(clause);
}

/**
 * Whether the last counted noun before a change is another measure: "Assaults on ICE officers rose 690 percent";
 * not "a steep fall in traffic at the Southwest border, with arrests down nearly 40 percent", where arrests come after it.
 */
function otherMeasureLast(lead: string): boolean {
  let at = -1;
  for (const m of lead.matchAll(otherMeasureAll())) at = m.index + m[0].length;
  if (at < 0) return false;
  const cue = cueRegex();
  cue.lastIndex = 0;
  return !cue.test(lead.slice(at).replace(V.AGENCY_STAFF, ''));
}
let otherFor: RegExp | null = null;
let otherG = /$^/g;
function otherMeasureAll(): RegExp {
  if (otherFor !== CUE_WORDS.OTHER_MEASURE_RE) {
    otherFor = CUE_WORDS.OTHER_MEASURE_RE;
    otherG = new RegExp(CUE_WORDS.OTHER_MEASURE_RE.source, 'gi');
  }
  return otherG;
}

/** Whether the first words a number counts name another measure ("1,300 assaults"), flights not named as deportation flights included. */
export function otherMeasure(sentence: string, head: string): boolean {
  return CUE_WORDS.OTHER_MEASURE_RE.test(head) || (V.FLIGHTS.test(head) && !V.DEPORTATION_FLIGHTS.test(sentence)) || jobApplications(sentence, head);
}

/** Whether the first words a number counts are job applications or applicants (drop.job-applications): no status is named in the sentence. */
function jobApplications(sentence: string, head: string): boolean {
  return V.JOB_APPLICATIONS.test(head) && !V.STATUS_APPLICATION.test(sentence);
}

/** What a number counts after a partitive, its lead words stripped: "209 of the June flights" -> "June flights" ('' when none). */
export function partitiveHead(sentence: string, q: Quantity): string {
  return (V.PARTITIVE_OF.exec(sentence.slice(q.end, q.end + 40)) ?? [''])[0].replace(V.PARTITIVE_LEAD, '');
}

/**
 * Whether a number counts flights that are not removal flights: "3,650 of them" after "Most ICE flights are domestic
 * shuffles", "shuffle flights alone rose from 273". Flights named as deportation or removal flights, in the number's
 * own words or last before it in its sentence, are removals (label convention 8).
 */
function otherFlights(sentence: string, q: Quantity, phrase: string): boolean {
  if (V.REMOVAL_FLIGHTS_NAMED.test(phrase) || V.REMOVAL_FLIGHTS_NAMED.test(sentence.slice(q.end, q.end + 40))) return false;
  // "727 domestic 'shuffle' flights", "to 8,365 domestic transfer flights": the number's own words name them.
  if (V.OTHER_FLIGHTS.test(phrase) || V.OTHER_FLIGHTS_AFTER.test(sentence.slice(q.end, q.end + 40))) return true;
  const before = sentence.slice(0, q.start);
  let from = 0;
  for (const m of before.matchAll(V.DEPORTATION_FLIGHTS_ALL)) from = m.index + m[0].length;
  return V.OTHER_FLIGHTS.test(before.slice(from));
}

/** Whether a number of days, months or years is a legal limit on a stay in detention. */
export function durationLimit(sentence: string, q: Quantity): boolean {
  return V.LIMIT_AFTER.test(sentence.slice(q.end, q.end + 20)) || V.LIMIT_BEFORE.test(sentence.slice(Math.max(0, q.start - 60), q.start));
}

/**
 * Whether a number of days, months or years is an average stay in detention or wait in the courts (a
 * capacity figure) rather than one event's duration: a verb of staying or waiting, or an average word,
 * governs it, with no other count between them except another duration ("from 28 days in May to 46").
 */
function averageDuration(sentence: string, q: Pick<Quantity, 'start' | 'end'>, phrase: string): boolean {
  if (!V.DURATION_UNIT.test(phrase)) return false;
  // "from 298 days four years before": a span back in time, not a wait.
  if (V.SPAN_AGO_AFTER.test(sentence.slice(q.end + phrase.length + 1, q.end + phrase.length + 20))) return false;
  if (V.AVERAGE_TIME_BEFORE.test(sentence.slice(Math.max(0, q.start - 200), q.start)) || V.WAIT_APPOSITIVE_BEFORE.test(sentence.slice(Math.max(0, q.start - 40), q.start))) return true;
  // "643 days, against 627 days": days set against days that are a wait are a wait too.
  const against = V.DURATION_AGAINST_BEFORE.exec(sentence.slice(Math.max(0, q.start - 50), q.start));
  if (against) {
    const at = Math.max(0, q.start - 50) + against.index;
    const unit = /\s+(days|months|years)/i.exec(against[0])!;
    return averageDuration(sentence, { start: at, end: at + unit.index }, unit[1]!);
  }
  // "672 days, close to two years": the same wait said again in other units.
  if (V.RESTATED_DURATION.test(sentence.slice(Math.max(0, q.start - 30), q.start))) return false;
  const before = sentence.slice(Math.max(0, q.start - 60), q.start);
  if (V.DURATION_BEFORE.test(before) || V.DURATION_AFTER.test(sentence.slice(q.end, q.end + 40)) || V.TIME_SPAN_BEFORE.test(sentence.slice(Math.max(0, q.start - 90), q.start))) return true;
  const avg = V.AVERAGE_BEFORE.exec(sentence.slice(Math.max(0, q.start - 90), q.start));
  return avg !== null && !/\d/.test((avg[1] ?? '').replace(V.A_DURATION, ''));
}

/** The id of the rule (lib/detect/rules/drop.ts) that drops a quantity in this window, or null when it may be a claim. */
export function notClaimReason(sentence: string, q: Quantity, w: Window, stayParagraph = false): string | null {
  // Non-breaking hyphens ("six‑month") read as hyphens.
  let after = sentence.slice(q.end, Math.min(sentence.length, q.end + 30));
  if (after.includes('\u2011') || after.includes('\u2010')) after = after.replace(/[\u2010\u2011]/g, '-');
  const before = sentence.slice(Math.max(0, q.start - 30), q.start);
  const phrase = sentence.slice(w.phraseStart, w.phraseEnd);
  if (V.POLL.test(sentence)) return DROP.POLL;
  if (V.COMPOSITION_AFTER.test(sentence.slice(q.end, q.end + 80))) return DROP.COMPOSITION;
  if (V.MEMBERS_OF_PART.test(sentence.slice(Math.max(0, q.start - 120), q.start))) return DROP.MEMBERS_OF_PART;
  if (V.NOT_COUNTED.test(phrase)) return DROP.ATTRIBUTION;
  if (V.AUDIENCE_AFTER.test(sentence.slice(q.end, q.end + 60))) return DROP.AUDIENCE;
  // "GEO Group … expects to more than double its detention beds, company leaders told investors": the beds' multiplier, not a market move.
  if (q.percent && V.MARKET.test(sentence) && !(q.kind === 'multiplier' && V.MULTIPLIER_OF_CAPACITY_AFTER.test(after))) return DROP.MARKET;
  if (!q.percent && !q.dollars && (q.value ?? q.low ?? 0) < 100 && (V.VISITED.test(sentence.slice(q.end, q.end + 60)) || V.VISITED_BEFORE.test(before))) {
    return DROP.INSPECTION;
  }
  if (!q.percent && !q.dollars && V.FORCE.test(phrase) && (q.value ?? q.low ?? 0) < 1000 && (V.ONE_RAID.test(sentence) || V.RAID_FORCE.test(sentence))) return DROP.RAID_FORCE;
  // Soldiers are not ICE's staff, at protests or at the border: "About 900 National Guard members have been deployed …: about
  // 650 in Texas, close to 250 in Arizona". A bare number in a sentence that counts troops is a share of the troops.
  if (!q.percent && !q.dollars && !V.TROOPS_FOR_ICE.test(sentence)) {
    if (V.TROOPS.test(sentence.slice(q.end, q.end + 40).trimStart())) return DROP.TROOPS;
    if (w.phraseEnd === w.phraseStart && V.TROOPS_COUNTED.test(sentence)) return DROP.TROOPS;
  }
  // "one person", "one bed": a unit of measure in prose, never a capacity figure.
  if (q.spelled && q.value === 1 && q.kind === 'number') return DROP.ONE;
  const plain = !q.percent && !q.dollars && q.kind === 'number';
  if (plain && (V.AGE_AFTER.test(after) || V.AGE_BEFORE.test(before))) return DROP.AGE;
  if (plain && (q.value ?? 0) < 120 && V.NAME_COMMA.test(before) && /^,/.test(after)) return DROP.AGE;
  // "between 27 and 37, or at most 40" in a sentence about age limits: bare numbers of a person's age.
  if (!q.percent && !q.dollars && (q.kind === 'number' || q.kind === 'range') && (q.high ?? q.value ?? 100) < 100 && w.phraseEnd === w.phraseStart && V.AGE_TOPIC.test(sentence)) return DROP.AGE;
  let stay = false;
  if (!q.percent && !q.dollars && (V.TIME_UNIT.test(phrase) || V.HYPHEN_UNIT.test(after) || V.SPAN_PAIR.test(after))) {
    // In a paragraph about how long people stay in detention, bare days are stays: "a fall from about 52 days in January".
    stay = (V.TIME_UNIT.test(phrase) && ((V.DAYS_HEAD.test(phrase) && ((stayParagraph && !V.DAYS_RATE.test(after)) || V.STAY.test(sentence))) || averageDuration(sentence, q, phrase))) || durationLimit(sentence, q);
    if (!stay || V.COUNT_SPAN_BEFORE.test(before)) return DROP.DURATION;
  }
  if (!q.dollars && otherFlights(sentence, q, phrase)) return DROP.OTHER_FLIGHTS;
  if (!q.percent && !q.dollars && jobApplications(sentence, phrase.split(/\s+/).slice(0, 2).join(' '))) return DROP.JOB_APPLICATIONS;
  if (!q.percent && otherMeasure(sentence, phrase.split(/\s+/).slice(0, 2).join(' '))) return DROP.OTHER_MEASURE;
  if (!q.percent && !q.dollars && (V.APPLIED_FOR.test(sentence.slice(q.end, q.end + 60)) || V.LAWFUL_ENTRY.test(sentence.slice(q.end, q.end + 60)))) return DROP.OTHER_MEASURE;
  // "209 of the June flights were deportations": a part of a count of another measure.
  if (!q.percent && !q.dollars && phrase === '' && otherMeasure(sentence, partitiveHead(sentence, q))) return DROP.OTHER_MEASURE;
  if (!q.percent && !q.dollars && V.RESCUED_BEFORE.test(sentence.slice(Math.max(0, q.start - 30), q.start))) return DROP.OTHER_MEASURE;
  if (!q.percent && !q.dollars && V.PLACES_AFTER.test(after)) return DROP.PLACES;
  if (!q.percent && !q.dollars && V.MILESTONE_AFTER.test(sentence.slice(q.end, q.end + 70)) && V.MILESTONE_BEFORE.test(before)) return DROP.MILESTONE;
  if (!q.percent && !q.dollars && V.FLIGHT_LOAD_AFTER.test(sentence.slice(q.end, q.end + 60))) return DROP.FLIGHT_LOAD;
  if (!q.dollars && V.ONE_EVENT.test(sentence.slice(q.end, Math.min(sentence.length, q.end + 80)))) return DROP.ONE_EVENT;
  if (!q.percent && !q.dollars && (V.FACILITY_COUNT.test(phrase) || V.FACILITY_COUNT_NAMED.test(phrase))) return DROP.FACILITY_COUNT;
  // "the 1,397 facilities … only 60 of them", "more ICE detention centres than any state except Texas, nine in all": the buildings again.
  if (!q.percent && !q.dollars && w.phraseEnd === w.phraseStart && V.ANAPHOR_AFTER.test(after) && V.FACILITY_NOUN_LAST.test(sentence.slice(0, q.start)) && !V.PEOPLE_COUNTED_BEFORE.test(sentence.slice(0, q.start))) return DROP.FACILITY_COUNT;
  if (!q.percent && !q.dollars && sentenceFlags(sentence).death && V.DEATH_WORD.test(after) && V.DEATH_AFTER.test(sentence.slice(q.end, q.end + 40))) return DROP.DEATHS;
  if (!q.percent && !q.dollars && (q.high ?? q.value ?? 99) <= 31 && V.MONTH_BEFORE.test(before)) return DROP.DAY_OF_MONTH;
  // "$50,000 (£37,700)": the same money in another currency.
  if (/[£€¥]\s*$/.test(before)) return DROP.OTHER_CURRENCY;
  if (q.dollars && V.FRAUD_OR_PROGRAMS.test(sentence) && !namesAgency(sentence)) return DROP.FRAUD;
  if (q.dollars && otherBody(sentence, q, V.OTHER_BODY)) return DROP.OTHER_BODY;
  if (!q.dollars && otherBody(sentence, q, V.OTHER_BODY_COUNT)) return DROP.OTHER_BODY_FIGURE;
  if (q.dollars && (V.OTHER_MONEY_AFTER.test(after) || V.OTHER_MONEY_BEFORE.test(before))) return DROP.OTHER_MONEY;
  // A city's or a state's spending on migrants is its budget, not enforcement's: "the city has spent $2.4 billion".
  if (q.dollars && V.CITY_MONEY.test(sentence) && !namesAgency(sentence)) return DROP.CITY_MONEY;
  // A state's own border money, "billions" with no noun counted as money: "Texas keeps budgeting billions for border security".
  if ((q.dollars || /\bbillions\b/i.test(q.text)) && V.STATE_MONEY.test(sentence) && !namesAgency(sentence)) return DROP.CITY_MONEY;
  if (q.dollars && V.LEGAL_AID.test(sentence) && !namesAgency(sentence)) return DROP.LEGAL_AID;
  if (q.dollars && V.DEFICIT_AFTER.test(after) && !namesAgency(sentence)) return DROP.OTHER_MONEY;
  if (!q.percent && !q.dollars && sentenceFlags(sentence).protest && V.PROTEST_ARREST.test(sentence.slice(q.end, Math.min(w.end, q.end + 80)))) return DROP.PROTEST_ARRESTS;
  // "more than 400 people had been arrested across the region, according to the Los Angeles Police Department": the city's police count their own arrests.
  if (!q.percent && !q.dollars && V.POLICE_COUNT.test(sentence) && /\barrest/i.test(sentence) && !namesAgency(sentence) && !V.ENFORCEMENT_BODY.test(sentence)) return DROP.PROTEST_ARRESTS;
  if (!q.percent && !q.dollars && V.RANK_AFTER.test(after) && V.RANK_BEFORE.test(before)) return DROP.RANK;
  // "surpass the 2 million Bush achieved in 8": a bare small number after "in" elides its unit (years).
  if (q.kind === 'number' && !q.percent && !q.dollars && (q.value ?? 0) <= 31 && w.phraseEnd === w.phraseStart && V.ELIDED_BEFORE.test(before) && /^\s*[.,;)]/.test(after)) {
    return DROP.ELIDED;
  }
  // "or almost 31 percent of this year's southwest border total": a part of a named whole, whatever change came before.
  // "down by a third from its peak of 52.6 percent": a change in a share is no change in a count.
  if ((q.percent || q.kind === 'fraction' || q.kind === 'multiplier') && V.FROM_A_SHARE_AFTER.test(sentence.slice(q.end, q.end + 60))) return DROP.SHARE;
  // "a third higher (33.1%) than at the end of FY 2008": the words say again what the exact percent says.
  if ((q.kind === 'fraction' || q.kind === 'multiplier') && V.EXACT_IN_PARENS_AFTER.test(sentence.slice(q.end, q.end + 40))) return DROP.RESTATED_EXACT;
  if ((q.percent || q.kind === 'fraction') && V.SHARE_OF_TOTAL_AFTER.test(sentence.slice(q.end, q.end + 60)) && !V.OF_CAPACITY.test(after)) return DROP.SHARE;
  if (q.percent || q.kind === 'fraction' || q.kind === 'share') {
    // A multiplier is a change by itself: "nearly tripled", "twice as many".
    const change =
      q.kind === 'multiplier' ||
      (!V.MADE_UP.test(before) && V.CHANGE_BEFORE.test(sentence.slice(Math.max(0, q.start - 40), q.start))) ||
      V.CHANGE_BY_AFTER_VERB.test(sentence.slice(Math.max(w.start, q.start - 100), q.start)) ||
      (q.percent && V.EXCEEDS_BY_BEFORE.test(sentence.slice(Math.max(0, q.start - 100), q.start))) ||
      V.CHANGE_AFTER.test(after) ||
      // "dropped to one-fifth of their peak", "were less than a third of the 132,000 arrested in May".
      (q.kind === 'fraction' &&
        ((V.FRACTION_LEVEL_AFTER.test(sentence.slice(q.end, q.end + 60)) && V.FRACTION_LEAD.test(before)) ||
          (V.FRACTION_OF_COUNT_AFTER.test(after) && V.FRACTION_COPULA.test(before)))) ||
      // "up more than 50% from February … and almost 40% from March": the second change of a list.
      ((V.LIST_AND.test(before) || V.LIST_NAMED.test(before) || V.LIST_GAPPED.test(before)) && q.percent && V.CHANGE_EARLIER.test(sentence.slice(Math.max(0, q.start - 160), q.start))) ||
      // "grew by approximately 3 million between 2019 and 2023, an average of 6% a year": the yearly rate of a change.
      (q.percent && V.AVERAGE_RATE_BEFORE.test(before) && V.YEARLY_AFTER.test(after) && V.GROWTH_VERB_EARLIER.test(sentence.slice(Math.max(0, q.start - 120), q.start))) ||
      // "fell by 1.6 million, or 10 percent", "a $1.9 billion (7 percent) base budget increase": a change said again in percent.
      (q.percent && (V.RESTATED_CHANGE_BEFORE.test(sentence.slice(Math.max(0, q.start - 60), q.start)) || V.PAREN_CHANGE_AFTER.test(sentence.slice(q.end, q.end + 50)))) ||
      (q.percent && (V.CHANGE_FROM_BY.test(sentence.slice(Math.max(0, q.start - 100), q.start)) || V.DIRECTION_AFTER.test(after))) ||
      // "Average annual growth of the undocumented population dropped from 15 percent … to about 4 percent": a rate of growth.
      (q.percent && V.GROWTH_RATE_BEFORE.test(sentence.slice(Math.max(0, q.start - 100), q.start)));
    if ((!change && !(q.percent && V.OF_CAPACITY.test(after))) || q.kind === 'share') return DROP.SHARE;
    // "calls in Congress to roughly double the Border Patrol": a multiplier used as a verb multiplies its object, not what came before.
    const object = q.kind === 'multiplier' && V.MULTIPLIER_OBJECT_AFTER.test(after) ? after.slice(0, 50).split(/[,;.:]/)[0]! : '';
    const objectCue = cueRegex();
    objectCue.lastIndex = 0;
    if (!(object && objectCue.test(object)) && otherMeasureLast(sentence.slice(w.start, q.start))) return DROP.CHANGE_OTHER_MEASURE;
    // "a more than 1,150% rise in assaults", "830 percent more assaults": the change names what it counts right after it.
    const changeOf = V.CHANGE_OF_AFTER.exec(sentence.slice(q.end, q.end + 40));
    if (changeOf && CUE_WORDS.OTHER_MEASURE_RE.test(sentence.slice(q.end + changeOf[0].length, q.end + changeOf[0].length + 30).split(/[,;.]/)[0]!)) return DROP.CHANGE_OTHER_MEASURE;
  }
  if (!q.dollars && V.ONE_VEHICLE.test(sentence)) return DROP.ONE_VEHICLE;
  if (q.dollars && (V.BOND.test(after) || V.BOND.test(before))) return DROP.BOND;
  // "$100 for an asylum application and $550 for a work permit": what one person pays to file, not a budget.
  if (q.dollars && (q.high ?? q.value ?? 0) < 100_000 && V.FILING_FEE.test(sentence.slice(Math.max(0, q.start - 90), Math.min(sentence.length, q.end + 50)))) return DROP.FILING_FEE;
  // "new hires get a $20,000 signing bonus, paid in two halves of $10,000": one person's pay is no claim (ruling 13); a law's total for bonuses is.
  if (V.PAY.test(sentence) && !V.PER_UNIT.test(after) && ((q.dollars && (q.high ?? q.value ?? 0) < 1_000_000) || ((q.kind === 'fraction' || q.kind === 'multiplier') && V.SPLIT_OF_MONEY_AFTER.test(after)))) return DROP.PAY;
  const near = sentence.slice(Math.max(0, q.start - 60), Math.min(sentence.length, q.end + 40));
  if (q.dollars && V.PERSONAL_MONEY.test(near) && !V.PER_UNIT.test(after) && !V.CONTRACT_EARNINGS.test(near)) {
    return DROP.PERSONAL_MONEY;
  }
  // A wait, an average stay or a limit on stays is a measure of the system, however few its days or years
  // ("may wait as long as five years"); one group's stay ("the boys had spent 22 months") is not.
  const systemic = stay && ((stayParagraph && !V.DAYS_RATE.test(after)) || durationLimit(sentence, q) || V.WAIT_OR_AVERAGE.test(sentence.slice(Math.max(0, q.start - 90), q.start)));
  if (q.kind === 'number' && !q.percent && !q.dollars && (q.value ?? 0) < 100 && !systemic) {
    // A raid's haul or a count of judges is a claim even when small, unless the story is one person's.
    if (V.INCIDENT.test(sentence)) return DROP.ONE_PERSON;
    const haul =
      (q.value ?? 0) >= 20 &&
      (V.HAUL_BEFORE.test(before) || V.HAUL_HEAD.test(phrase) || V.HAUL_AFTER.test(sentence.slice(q.end, q.end + 100)));
    const general =
      haul ||
      V.SMALL_STAFF_HEAD.test(phrase || partitiveHead(sentence, q)) ||
      V.SMALL_STAFF_AFTER.test(sentence.slice(q.end, q.end + 50)) ||
      // "asked Congress for money to add 40 of them", judges named before: a part of the judges.
      (V.OF_THEM_AFTER.test(after) && V.SMALL_STAFF_NAMED.test(sentence.slice(0, q.start))) ||
      V.FACILITIES.test(phrase) ||
      (V.DETAINEES_HEAD.test(phrase) && !sentenceFlags(sentence).death) ||
      V.GENERAL.test(sentence) ||
      V.STATIVE_BEFORE.test(sentence.slice(Math.max(0, q.start - 30), q.start));
    if (!general) return DROP.SMALL_EVENT;
  }
  GATE.FOREIGN.lastIndex = 0;
  const local =
    sentence.slice(Math.max(w.start, q.start - 40), q.start) + ' ' + phrase + (q.dollars ? sentence.slice(q.end, Math.min(w.end, q.end + 40)) : '');
  // "Freeborn County's agreement with ICE has earned the county more than $10 million": money ICE pays under a contract.
  if (GATE.FOREIGN.test(local) && !namesAgency(local) && !contractor(sentence, local) && !(q.dollars && V.CONTRACT_EARNINGS.test(local) && namesAgency(sentence))) return DROP.OTHER_BEAT;
  // "more than 1.8 million people are held in U.S. prisons and jails", "local jails held about 117,100 people":
  // people in the custody of jails, prisons or the Marshals, in a sentence naming no immigration agency, are another body's count.
  const heldIn = q.dollars ? null : V.HELD_IN_AFTER.exec(sentence.slice(q.end, q.end + 60));
  if (
    (V.OTHER_CUSTODY_HOLDS.test(sentence.slice(Math.max(w.start, q.start - 40), q.start)) || V.OTHER_CUSTODY.test(phrase) || (heldIn !== null && V.OTHER_CUSTODY.test(heldIn[1]!))) &&
    !namesAgency(sentence) &&
    !V.IMMIGRATION_HELD.test(sentence)
  ) {
    return DROP.OTHER_CUSTODY;
  }
  return null;
}
