/** The frame's period: stated in the sentence, relative to the article's date, or none. */
import type { FramePeriod, Kind } from '../../frame';
import { defineRule } from '../../rules';
import { MONTH, WEEKDAYS } from '../lang/en/time';
import { anotherCounts, calendar, fiscal, findPeriods, type FoundPeriod } from '../periods';
import type { FrameInput } from './input';
import { has } from './phrases';
import {
  ANAPHORIC_YEAR,
  APPOSITION,
  BASE_GAP_BREAK,
  CALENDAR_WORDS,
  COMPARED_SINCE,
  NOW_WORDS,
  PRESENT_PERFECT,
  RELATIVE_PERIOD_WORDS,
  SAME_SPAN,
  TO_DATE_CLAUSE_END,
  TO_DATE_CLAUSE_START,
  TO_DATE_WORDS,
  YEAR_BEFORE_WORDS,
} from './words';

const STATED = defineRule({
  id: 'frame.period.stated',
  stage: 'frame',
  looksFor: "a period the sentence names on its own: 'in fiscal 2019', 'in June 2019', 'on Nov. 15, 2025'",
  decides: 'the period is stated',
  fires: ['ICE deported 267,000 people in fiscal 2019.'],
  silent: ['ICE deported 267,000 people last year.'],
});
const RELATIVE = defineRule({
  id: 'frame.period.relative',
  stage: 'frame',
  looksFor: "a period given relative to the article's date: 'last year', 'this fiscal year', 'since January', 'so far'",
  decides: "the period is relative (resolved with the article's date when it is known)",
  fires: ['ICE deported 267,000 people last year.'],
  silent: ['ICE deported 267,000 people in fiscal 2019.'],
  articleDate: '2020-03-01',
});
const NOW = defineRule({
  id: 'frame.period.now',
  stage: 'frame',
  looksFor: "no period, but 'currently', 'now', 'as of', 'at last count' around the number",
  decides: "the period is the article's date (relative)",
  fires: ['ICE is currently holding more than 60,000 people.'],
  silent: ['ICE held more than 60,000 people in June 2025.'],
  articleDate: '2025-11-20',
});
const MARKED_NOW = defineRule({
  id: 'frame.period.marked-now',
  stage: 'frame',
  looksFor:
    "a level marked as the present right at its number ('from the current 34,000 beds', 'now at 38,000', '34,000 beds currently funded') in a sentence whose named period is not in the number's own clause (the year of a request, a target's year)",
  decides:
    "the period is the article's date: its day for a count on a day, the fiscal year in force on that day for a capacity or a sum of money; never a period the sentence names for another number",
  fires: [
    'The president wants to shrink ICE detention by more than a quarter in fiscal 2023, from the current 34,000 beds to just 25,000.',
    'ICE detention, now at 38,000 people, would shrink by a third in fiscal 2025 under the plan.',
    'The administration asked for $3 billion for detention in fiscal 2025, against a current budget of $2.9 billion.',
  ],
  silent: [
    'The president wants to shrink ICE detention in fiscal 2023 from 34,000 beds to just 25,000.',
    'Congress funded 34,000 beds in fiscal 2022, the current level.',
    'ICE currently holds 61,000 people in detention in fiscal 2025.',
  ],
  articleDate: '2022-03-29',
});
const PREVIOUS = defineRule({
  id: 'frame.period.previous-sentence',
  stage: 'frame',
  looksFor:
    "no period in the claim's sentence (none of its own, no word of now; for a total or a change, a time the sentence names only for the base of a comparison, 'down from 170,590 in 2023', or only by pointing back, 'in the fiscal year', is not its own), and one period the sentence before names for its count: 'ICE made 143,470 arrests in fiscal 2017. It removed more than 81,000 people from the interior.'",
  decides: "the period is the one the sentence before named (the writer goes on about the same time); not for the base of a comparison ('up from 114,434')",
  fires: [
    'ICE made 143,470 arrests in fiscal 2017. It removed more than 81,000 people from the interior.',
    'ICE published its report for fiscal 2024. Deportation officers made 113,431 arrests, down from 170,590 in 2023.',
    'ICE released its report for fiscal 2020 on Wednesday. Its officers made 103,000 immigration arrests in the fiscal year.',
  ],
  silent: [
    'ICE made 143,470 arrests in fiscal 2017. It now holds more than 50,000 people in detention.',
    'ICE deported 22,169 people from October to December. About 10.5 million unauthorized immigrants are in the United States, according to Pew.',
    'CBP reported 30,573 encounters nationwide in October 2025. Preliminary November data put the figure at 30,367.',
    'ICE removed 81,000 people. It made 143,470 arrests.',
    'ICE published its report for fiscal 2024. The average stay in detention has eased to 46 days from 52 days in 2023.',
  ],
  articleDate: '2017-12-06',
});
const BASE_YEAR_BEFORE = defineRule({
  id: 'frame.period.base-year-before',
  stage: 'frame',
  looksFor:
    "the base of a change written 'to A from B' with no date of its own, where the sentence dates A by a fiscal or calendar year ('its arrests slipped to 143,000 from 159,000' after 'in fiscal 2019')",
  decides: 'the base is the year before that year (fiscal for a fiscal year), not the year of the count it changed into',
  fires: ['ICE carried out 267,258 removals in fiscal 2019, while its arrests slipped to 143,000 from 159,000.'],
  silent: [
    'ICE arrests slipped to 143,000 in fiscal 2019 from 159,000 in fiscal 2017.',
    'ICE carried out 267,258 removals in June 2019, while its arrests slipped to 12,000 from 13,000.',
  ],
  articleDate: '2019-12-12',
});
const SAME_SPAN_BEFORE = defineRule({
  id: 'frame.period.same-span-year-before',
  stage: 'frame',
  looksFor:
    "a count set against an earlier count of its sentence 'in the same period a year earlier' (or 'the year before'), where the earlier count's period is a span the sentence writes out ('From Oct. 1 through March 31, agents made 418,184 arrests along the southern border, compared with 594,142 in the same period a year earlier')",
  decides: "the period is the earlier count's span moved back one year (2005-10-01/2006-03-31), not a time the reader cannot place",
  fires: ['From Oct. 1 through March 31, Border Patrol agents made 418,184 arrests along the southern border, compared with 594,142 in the same period a year earlier.'],
  silent: ['From Oct. 1 through March 31, Border Patrol agents made 418,184 arrests along the southern border, compared with 594,142 a year earlier.'],
  articleDate: '2007-04-05',
});

/** The earlier count's span moved back a year, for a count 'in the same period a year earlier' (frame.period.same-span-year-before). */
function sameSpanYearBefore(c: FrameInput, periods: readonly FoundPeriod[]): { period: string; start: string; end: string } | null {
  const p = c.period;
  if (!p || !YEAR_BEFORE_WORDS.test(p.text)) return null;
  const at = c.sentence.indexOf(p.text, c.to);
  if (at < 0 || !SAME_SPAN.test(c.sentence.slice(Math.max(0, at - 40), at).replace(/\s+$/, ''))) return null;
  const earlier = periods.filter((f) => f.end <= c.at && !f.comparison && f.period.start && f.period.end && f.period.start !== f.period.end).pop()?.period;
  if (!earlier?.start || !earlier.end) return null;
  const back = (iso: string) => `${Number(iso.slice(0, 4)) - 1}${iso.slice(4) === '-02-29' ? '-02-28' : iso.slice(4)}`;
  const start = back(earlier.start);
  const end = back(earlier.end);
  const fy = /^FY(\d{4})$/.exec(earlier.period ?? '');
  const cy = /^CY(\d{4})$/.exec(earlier.period ?? '');
  const ym = /^(\d{4})-(\d{2})$/.exec(earlier.period ?? '');
  const period = fy ? `FY${Number(fy[1]) - 1}` : cy ? `CY${Number(cy[1]) - 1}` : ym ? start.slice(0, 7) : `${start}/${end}`;
  return { period, start, end };
}
const DATA_FROM = defineRule({
  id: 'frame.period.data-from',
  stage: 'frame',
  looksFor:
    "no period of the count's own, and one the sentence names before it after 'data from', 'figures from', 'records from', 'statistics from' or 'numbers from', which the period reader took for a comparison's base ('According to ICE data from fiscal year 2023, 197,490 people took part in the program's alternatives to detention')",
  decides: "the period is the data's: the time the counts come from, not a base they are set against",
  fires: ["According to ICE data from fiscal year 2023, 197,490 people took part in the program's alternatives to detention."],
  silent: ["ICE's alternatives to detention program grew to 197,490 people, up from 180,000 in fiscal year 2022."],
});
/** A source of counts right before a period: "ICE data from", "figures from". */
const DATA_FROM_BEFORE = /\b(?:data|figures|records|statistics|numbers|tallies|reports?)\s+from\s+(?:the\s+)?$/i;
const OTHER_COUNT = defineRule({
  id: 'frame.period.other-count',
  stage: 'frame',
  looksFor: "a period the sentence names after the number, past a later count and a turn of clause (', and', ';', a dash)",
  decides: "that period is the later count's, not this number's: a number's period must be its own (it is not read for this claim)",
  fires: ['The agency now holds on average about 38,000 people a day, and Congress has funded beds so it can detain 41,500 people a day in fiscal 2024.'],
  silent: ['ICE deported 100,000 people and arrested 150,000 in fiscal 2019.', 'ICE now holds about 38,000 people a day in detention in fiscal 2024.'],
  articleDate: '2024-03-01',
});
const YEAR_JUST_BEGUN = defineRule({
  id: 'frame.period.fiscal-year-just-begun',
  stage: 'frame',
  looksFor: "a count over a period (a total, a daily average, a change) 'this fiscal year' in an article of October, the fiscal year's first month",
  decides: "the fiscal year meant is the one that ended on Sept. 30: a year's count reported in October is the year just closed, not a few days of the new one",
  fires: ['Border agents made about 237,000 apprehensions at the southern border this fiscal year, a 55-year low.'],
  silent: ['Congress gave ICE $10 billion for this fiscal year.', 'Border agents made about 237,000 apprehensions at the southern border last fiscal year.'],
  articleDate: '2025-10-31',
});
const NONE = defineRule({
  id: 'frame.period.none',
  stage: 'frame',
  looksFor: 'no period and no word of now',
  decides: 'the claim names no period',
  fires: ['ICE employs about 6,000 deportation officers.'],
  silent: ['ICE employed about 6,000 deportation officers in fiscal 2019.'],
});

/** A flow counted over one day (frame.kind.day-flow), and the weekday that names its day. */
const DAY_FLOW = 'frame.kind.day-flow';
const ON_WEEKDAY = /\bon (Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)\b/g;
const ONE_DAY_FLOW = defineRule({
  id: 'frame.period.one-day-flow',
  stage: 'frame',
  looksFor:
    "a flow counted over one day (frame.kind.day-flow: 'ICE arrested 1,200 people on Sunday', 'a record 2,200 arrests in a single day') whose sentence does not name that day by its date",
  decides:
    "the period is that day: a weekday named alone is the latest such day on or before the article's date; any other day ('in a single day', 'that day', a day within a month or a year the sentence names) is a day the claim names but that cannot be placed, never the month's or the year's period and never a year's total by default",
  fires: ['ICE arrested a record 2,200 people in a single day in June 2025.', 'Border Patrol agents apprehended 4,100 migrants on Tuesday, officials said.'],
  silent: ['Border Patrol agents apprehended 4,100 migrants on June 3, 2025.', 'Border Patrol agents apprehended 132,856 migrants at the southwest border in May 2019.'],
  articleDate: '2025-06-05',
});

/** The period of a flow counted over one day: its date, or a day that cannot be placed (frame.period.one-day-flow). */
function oneDayFlow(c: FrameInput): FramePeriod | null {
  const p = c.period;
  if (p?.start && p.start === p.end) return null;
  const days = new Set([...c.sentence.matchAll(ON_WEEKDAY)].map((m) => m[1]!.toLowerCase()));
  const date = c.articleDate && /^\d{4}-\d{2}-\d{2}$/.test(c.articleDate) ? c.articleDate : null;
  if (!p && date && days.size === 1) {
    const t = new Date(`${date}T00:00:00Z`);
    t.setUTCDate(t.getUTCDate() - ((t.getUTCDay() - WEEKDAYS.indexOf([...days][0]!) + 7) % 7));
    const d = t.toISOString().slice(0, 10);
    return { basis: 'relative', period: d, start: d, end: d };
  }
  return { basis: 'stated', period: null, start: null, end: null };
}

const CALENDAR_NAMED = defineRule({
  id: 'frame.period.calendar-named',
  stage: 'frame',
  looksFor: "a year the claim's period names as the calendar's: 'calendar year 2019', 'in calendar 2023', 'CY2019'",
  decides: "the year is the calendar year, said so (the card engine does not read it as a fiscal year or as a year of unsaid basis)",
  fires: ['ICE removed 267,000 people in calendar year 2019.'],
  silent: ['ICE removed 267,000 people in 2019.', 'ICE removed 267,000 people in fiscal 2019.'],
});

const INFERRED_MONTH_LEVEL = defineRule({
  id: 'frame.period.inferred-month-level',
  stage: 'frame',
  looksFor:
    "in an undated article, a count on a day (a backlog, people held) dated only by a month named without its year, whose year the paragraph's earlier words supply ('In 2023 the backlog grew … The backlog passed 3 million cases in November')",
  decides:
    "no period: the year is inferred and the day within the month unsaid, two open questions at once, so the count is not weighed (a total over the month, or a day named with its date, keeps the placed period)",
  fires: ['In 2023 the immigration court backlog grew by more than a million cases. The backlog passed 3 million cases in November.'],
  silent: [
    'In 2019 the Border Patrol was stretched. Agents apprehended 132,856 migrants at the southwest border in May.',
    'The immigration court backlog passed 3 million cases in November 2023.',
  ],
});

const RECORD_HORIZON = defineRule({
  id: 'frame.period.record-horizon',
  stage: 'frame',
  looksFor:
    "a 'since …' after a record, a first or 'in any month' in the claim's sentence ('the first month above 100,000 since April 2007', 'the most in any month since March 2000', 'in the 23 years since February 2001'): how far back the record reaches (lib/detect/periods.ts reads it as a comparison's horizon)",
  decides:
    "that span dates no count: the claim's period is its own, or the sentence before's for a total or a change (a 'not seen since 2014, when ICE removed 316,000' still dates the when-clause's count)",
  fires: ['Border Patrol agents made 132,887 apprehensions at the southwest border in May 2019, the first month above 100,000 since April 2007.'],
  silent: ['ICE has made more than 200,000 arrests since April 2025.'],
  articleDate: '2019-06-06',
});

const BASE_NOT_NOW = defineRule({
  id: 'frame.period.compared-base',
  stage: 'frame',
  looksFor:
    "a number with no period of its own that is the base of a comparison ('down from nearly 178,000', 'up from 39,000', 'than 90,000'), even where a word of now stands before it for the number it is compared with",
  decides:
    "the period is none and the frame records that the number is an earlier value: neither the article's date nor the agency's latest count stands for it (the card engine gives it no 'now' figure, verdict.base-not-now)",
  fires: ["ICE's Alternatives to Detention program tracks about 151,000 people now, down from nearly 178,000."],
  silent: ["ICE's Alternatives to Detention program tracks about 151,000 people now.", 'ICE detention fell to 39,000 in fiscal 2021 from 50,000 in fiscal 2019.'],
  articleDate: '2024-09-20',
});

const CHANGE_BASE = defineRule({
  id: 'frame.period.change-base',
  stage: 'frame',
  looksFor:
    "a change whose sentence names the period it is measured from, as the base of a comparison right after it in its own clause ('up 29% from the same month a year before', '12% more than in August', 'a 64% decrease from May'), or right before it when the change is set in apposition ('against 91,497 in 2023, a 64% decline')",
  decides:
    "the frame keeps that period as the change's base (period.base): the change is weighed against it, not against a base the card engine would have to guess; a base past a clause break or another percent is another number's",
  fires: [
    'ICE figures show that 17,000 people were deported in April 2025, up 29% from the same month a year before.',
    'Agents logged 227,547 encounters on the southwest border in September 2022, 12% more than in August.',
    'Deportation officers made only 33,242 arrests at large, against 91,497 in 2023, a 64% decline.',
  ],
  silent: [
    'Border Patrol apprehensions at the southwest border fell 29% in June 2024.',
    'ICE removals rose 12% in fiscal 2019; in fiscal 2018 the agency removed 256,085 people.',
    'ICE removed 267,258 people in fiscal 2019, more than in fiscal 2018.',
  ],
  articleDate: '2025-05-28',
});

/** A base as the sentence names it: its words, where the reader placed it, and whether it is the change's own span in another year. */
interface NamedBase {
  text: string;
  period: string;
  start: string;
  end: string;
  same: boolean;
}

/** A percent's comparison word right before a period ("71% below January 2025's 29,101"): that period is the change's base, not its own. */
const AGAINST_GAP = /^\s*(?:%|percent|per cent)?\s*(?:below|under|above)\s+$/i;

/**
 * The period a change is measured from, as its sentence names it (frame.period.change-base): the first base
 * of a comparison after the number within its clause (at most 60 characters on), else one right before a
 * change in apposition. Never a span up to now ("since 2019"), never one the reader could not place.
 */
function changeBase(c: FrameInput, periods: readonly FoundPeriod[]): NamedBase | null {
  const found = periods.filter((p) => p.comparison && p.period.period && p.period.start && p.period.end && !/^since\b/i.test(p.period.text));
  const after =
    found.find((p) => p.start >= c.to && p.start - c.to <= 60 && !BASE_GAP_BREAK.test(c.sentence.slice(c.to, p.start))) ??
    periods.find((p) => p.period.period && p.period.start && p.period.end && p.start >= c.to && AGAINST_GAP.test(c.sentence.slice(c.to, p.start)));
  const before = found.filter((p) => p.end <= c.at && APPOSITION.test(c.sentence.slice(p.end, c.at))).pop();
  const found1 = after ?? before;
  const base = found1?.period;
  if (!found1 || !base) return null;
  const same = SAME_SPAN.test(c.sentence.slice(Math.max(0, found1.start - 30), found1.start));
  return { text: base.text, period: base.period!, start: base.start!, end: base.end!, same };
}

/** The sentence without the periods it names as bases of comparisons. */
function withoutComparisons(c: FrameInput, periods: readonly FoundPeriod[]): string {
  let s = c.sentence;
  for (const p of periods.filter((f) => f.comparison).reverse()) s = s.slice(0, p.start) + s.slice(p.end);
  return s;
}

const SAID_TO_DATE = defineRule({
  id: 'frame.period.said-to-date',
  stage: 'frame',
  looksFor:
    "a count over a period (a total, a daily average) whose own clause says it runs to the time of writing: 'so far', 'to date', 'thus far', 'year to date', 'until now', or a verb in the present perfect before the number ('ICE has held an average of 43,000')",
  decides:
    "the period is marked as running to the time of writing (toDate): it may not have been over when written, which the card engine weighs (verdict.to-date-undated). A clause in the simple past or the past perfect, or a present perfect in another clause ('Border apprehensions have dropped …: agents made 340,252'), leaves it unmarked",
  fires: ['For the fiscal year ending September 30, 2018, Congress funded 40,520 beds, but ICE has held an average of 43,000 detainees a day.'],
  silent: ['In fiscal 2018, ICE held an average of 42,188 detainees a day.', 'Border apprehensions have dropped, according to a year-end report: agents made 340,252 apprehensions at the border in fiscal 2011.'],
});

/** Whether a total or daily average is said, in its own clause, to run to the time of writing (frame.period.said-to-date). */
function saidToDate(c: FrameInput, kind: Kind): boolean {
  if (kind !== 'total' && kind !== 'daily-average') return false;
  const before = c.sentence.slice(0, c.at);
  const starts = [...before.matchAll(TO_DATE_CLAUSE_START)].map((m) => m.index + m[0].length);
  const from = starts.length ? starts[starts.length - 1]! : 0;
  // The clause runs on past the number to the next clause's start ("… 246,287 removals so far this fiscal year").
  const next = TO_DATE_CLAUSE_END.exec(c.sentence.slice(c.to));
  const clause = c.sentence.slice(from, next ? c.to + next.index : c.sentence.length);
  return TO_DATE_WORDS.test(clause) || PRESENT_PERFECT.test(before.slice(from));
}

/** The claim's period in the frame, recording the rules that decided it; for a change, with its base when named. */
export function readPeriod(c: FrameInput, kind: Kind, rules: string[]): FramePeriod {
  const period = readOwnAndBase(c, kind, rules);
  if (!saidToDate(c, kind)) return period;
  rules.push(SAID_TO_DATE);
  return { ...period, toDate: true };
}

/** The claim's own period and, for a change, the base it is set against. */
function readOwnAndBase(c: FrameInput, kind: Kind, rules: string[]): FramePeriod {
  // The sentence's periods, found once for every rule below.
  const periods = findPeriods(c.sentence, c.articleDate);
  if (periods.some((f) => f.comparison && /^since\b/i.test(f.period.text) && !COMPARED_SINCE.test(c.sentence.slice(Math.max(0, f.start - 40), f.start)))) rules.push(RECORD_HORIZON);
  const found = kind === 'change' ? changeBase(c, periods) : null;
  // The detector dated the change by the base it is set against ("71% below January 2025"): that is no period of its own.
  const own = ownPeriod(found && c.period?.text === found.text ? { ...c, period: null } : c, kind, rules, periods);
  const base = found && relativeBase(found, own);
  if (!base) return own;
  rules.push(CHANGE_BASE);
  return { ...own, base };
}

/** A year written out: a base that names one is placed by it, not by the change's own period. */
const YEAR_WRITTEN = /\b(?:19|20)\d{2}\b|\bFY ?\d{2}\b/;
const MONTH_WORD = new RegExp(`\\b(${MONTH})\\b`);

/**
 * A base named without its year is placed from the change's own period, not from the article's date:
 * "from 19,249 in March" after "In April 2020" is March 2020; "from the year before" after fiscal 2022 is
 * fiscal 2021 (the same month a year before, for a month). Null when the own period does not place it.
 */
function relativeBase(base: NamedBase, own: FramePeriod): FramePeriod['base'] | null {
  // "down 7 percent from the same period in 2017": the change's own span, in the year named.
  if (base.same) return sameSpanIn(own, base);
  if (YEAR_WRITTEN.test(base.text)) return { period: base.period, start: base.start, end: base.end };
  const p = own.period;
  if (!p || !own.start) return null;
  const month = MONTH_WORD.exec(base.text);
  if (month && /^\d{4}-\d{2}$/.test(base.period)) {
    const m = base.period.slice(5, 7);
    return monthSpan(Number(own.start.slice(0, 4)) - (m >= own.start.slice(5, 7) ? 1 : 0), Number(m));
  }
  if (!YEAR_BEFORE_WORDS.test(base.text)) return null;
  const fy = /^FY(\d{4})$/.exec(p);
  if (fy) return fiscal(Number(fy[1]) - 1);
  const cy = /^CY(\d{4})$/.exec(p);
  if (cy) return calendar(Number(cy[1]) - 1);
  const ym = /^(\d{4})-(\d{2})$/.exec(p);
  return ym ? monthSpan(Number(ym[1]) - 1, Number(ym[2])) : null;
}

/** The change's own span moved back whole years to the year the base names (its own year, if it names none: a year before). */
function sameSpanIn(own: FramePeriod, base: NamedBase): FramePeriod['base'] | null {
  if (!own.start || !own.end) return null;
  const named = /^(?:CY)?(\d{4})$/.exec(base.period) ?? /^(\d{4})-\d{2}$/.exec(base.period);
  const year = named ? Number(named[1]) : /^\d{4}-\d{2}-\d{2}$/.test(base.start) && base.start.slice(5) === own.start.slice(5) ? Number(base.start.slice(0, 4)) : null;
  if (year === null) return null;
  const back = Number(own.start.slice(0, 4)) - year;
  if (back <= 0 || back > 20) return null;
  const shift = (iso: string) => `${Number(iso.slice(0, 4)) - back}${iso.slice(4) === '-02-29' ? '-02-28' : iso.slice(4)}`;
  const start = shift(own.start);
  const end = shift(own.end);
  const p = own.period && /^\d{4}-\d{2}$/.test(own.period) ? start.slice(0, 7) : own.period && /^FY\d{4}$/.test(own.period) ? `FY${Number(own.period.slice(2)) - back}` : `${start}/${end}`;
  return { period: p, start, end };
}

/** Month `m` (1-12) of year `y` as a period. */
function monthSpan(y: number, m: number): { period: string; start: string; end: string } {
  const mm = String(m).padStart(2, '0');
  return { period: `${y}-${mm}`, start: `${y}-${mm}-01`, end: `${y}-${mm}-${new Date(Date.UTC(y, m, 0)).getUTCDate()}` };
}

function ownPeriod(c: FrameInput, kind: Kind, rules: string[], periods: readonly FoundPeriod[]): FramePeriod {
  const p = c.period;
  if (p && /^CY\d{4}$/.test(p.period ?? '') && CALENDAR_WORDS.test(p.text)) rules.push(CALENDAR_NAMED);
  // The detector did not give this number a later count's period (lib/detect/periods.ts nearestPeriod): say so.
  if (!p && periods.some((f) => anotherCounts(f, c.to, c.sentence))) rules.push(OTHER_COUNT);
  const day = rules.includes(DAY_FLOW) ? oneDayFlow(c) : null;
  if (day) {
    rules.push(ONE_DAY_FLOW);
    return day;
  }
  if (!p) {
    const data = periods.find((f) => f.end <= c.at && f.comparison && f.period.period && f.period.start && DATA_FROM_BEFORE.test(c.sentence.slice(Math.max(0, f.start - 30), f.start)));
    if (data?.period.period && data.period.start && data.period.end) {
      rules.push(DATA_FROM);
      return { basis: 'stated', period: data.period.period, start: data.period.start, end: data.period.end };
    }
  }
  const sameSpan = kind !== 'change' ? sameSpanYearBefore(c, periods) : null;
  if (sameSpan) {
    rules.push(SAME_SPAN_BEFORE);
    return { basis: 'stated', ...sameSpan };
  }
  const before = p ? baseYearBefore(c) : null;
  if (before) {
    rules.push(BASE_YEAR_BEFORE);
    return { basis: 'stated', ...before };
  }
  if (p && JUST_BEGUN_KINDS.has(kind) && THIS_FISCAL_YEAR.test(p.text) && c.articleDate?.slice(5, 7) === '10') {
    rules.push(YEAR_JUST_BEGUN);
    return { basis: 'relative', ...fiscal(Number(c.articleDate.slice(0, 4))) };
  }
  const now = p && !has(RELATIVE_PERIOD_WORDS, p.text) ? markedNow(c, kind) : null;
  if (now) {
    rules.push(MARKED_NOW);
    return now;
  }
  // An undated article's "in November", placed only by a year the paragraph wrote before: for a count on a day,
  // the day within the month is a second unknown (frame.period.inferred-month-level).
  if (p && !c.articleDate && kind === 'on-a-day' && /^\d{4}-\d{2}$/.test(p.period ?? '') && !YEAR_WRITTEN.test(p.text)) {
    rules.push(INFERRED_MONTH_LEVEL);
    return { basis: 'none', period: null, start: null, end: null };
  }
  if (p) {
    const relative = has(RELATIVE_PERIOD_WORDS, p.text);
    rules.push(relative ? RELATIVE : STATED);
    const period = p.period ?? (p.start && p.end ? (p.start === p.end ? p.start : `${p.start}/${p.end}`) : null);
    return { basis: relative ? 'relative' : 'stated', period, start: p.start, end: p.end };
  }
  // "about 151,000 are tracked now, down from nearly 178,000": the base of a comparison is an earlier value,
  // which a word of now for the number before it does not date (frame.period.compared-base).
  if (COMPARED_BASE.test(c.before)) {
    rules.push(BASE_NOT_NOW);
    return { basis: 'none', period: null, start: null, end: null };
  }
  if (has(NOW_WORDS, `${c.lead.slice(-80)} ${c.after}`)) {
    rules.push(NOW);
    const d = c.articleDate && /^\d{4}-\d{2}-\d{2}$/.test(c.articleDate) ? c.articleDate : null;
    return { basis: 'relative', period: d, start: d, end: d };
  }
  // The base of a comparison is no time of a total's or a change's own: "The total is up 90 percent from fiscal
  // 2023" goes on about the sentence before's year. (A stay or an average "has eased to 46 days from 52 in
  // January" is of now, which an undated article cannot place: not carried.)
  const own = kind === 'change' || kind === 'total' ? withoutComparisons(c, periods).replace(ANAPHORIC_YEAR, ' ') : c.sentence;
  const carried = !CARRIED_KINDS.has(kind) || COMPARED_BASE.test(c.before) || OWN_TIME.test(own) ? null : previousPeriod(c.previous, c.articleDate);
  if (carried) {
    rules.push(PREVIOUS);
    return { basis: has(RELATIVE_PERIOD_WORDS, carried.text) ? 'relative' : 'stated', period: carried.period, start: carried.start, end: carried.end };
  }
  rules.push(NONE);
  return { basis: 'none', period: null, start: null, end: null };
}

/** Kinds that are a level at a moment, which a word of now dates by the article's day. */
const LEVEL_KINDS = new Set<Kind>(['on-a-day', 'capacity', 'money', 'daily-average']);
/** A capacity or a budget is set for a fiscal year: the one in force on the article's day. */
const FISCAL_LEVEL_KINDS = new Set<Kind>(['capacity', 'money']);
/** A word of now right before the number: "the current 34,000", "now at 38,000", "currently funded at 34,000". */
const NOW_BEFORE =
  /(?:\b(?:the|its|their|a|an)\s+(?:current|present|existing|present-day)(?:\s+(?:level|budget|capacity|total|population|count|funding|ceiling|cap)\s+(?:of|at))?|\b(?:currently|presently|now|today|at present)(?:\s+(?:at|stands?\s+at|funded\s+(?:at|for)|totals?|numbers?|holds?|holding|has|have))?)\s+(?:(?:about|roughly|nearly|some|around|almost|just|over|under|more than|fewer than|less than)\s+)?\$?$/i;
/** A word of now right after the number's unit: "34,000 beds currently funded", "61,000 people now in detention". */
const NOW_AFTER = /^\s*(?:[\w-]+\s+){0,2}?(?:currently|presently|now|today|at present)\b/i;

/** The words after the number up to the turn of its clause (a comma, a semicolon, a dash), numbers and all. */
const ownAfter = (tail: string) => tail.slice(0, 80).split(/[,;:—–]|\s-\s/)[0] ?? '';

/** The article's date (or the fiscal year in force on it) for a level marked as the present whose sentence's period is not its own. */
function markedNow(c: FrameInput, kind: Kind): FramePeriod | null {
  const p = c.period;
  if (!p || !LEVEL_KINDS.has(kind)) return null;
  if (!NOW_BEFORE.test(c.lead) && !NOW_AFTER.test(c.after)) return null;
  // A period in the number's own clause is its own ("currently holds 61,000 people in fiscal 2025").
  if (c.before.includes(p.text) || ownAfter(c.tail).includes(p.text)) return null;
  const d = c.articleDate && /^\d{4}-\d{2}-\d{2}$/.test(c.articleDate) ? c.articleDate : null;
  if (!d) return { basis: 'none', period: null, start: null, end: null };
  if (!FISCAL_LEVEL_KINDS.has(kind)) return { basis: 'relative', period: d, start: d, end: d };
  return { basis: 'relative', ...fiscal(Number(d.slice(0, 4)) + (Number(d.slice(5, 7)) >= 10 ? 1 : 0)) };
}

/** "this fiscal year", "the current fiscal year": in October, the year just closed for a count over it. */
const THIS_FISCAL_YEAR = /\b(?:this|current) fiscal year\b/i;
const JUST_BEGUN_KINDS = new Set<Kind>(['total', 'daily-average', 'change']);

/** A time the sentence names in words the period reader does not resolve ("Preliminary November data"): its own, not the last sentence's. */
const OWN_TIME = new RegExp(`\\b(?:${MONTH}|(?:19|20)\\d{2}|fiscal|FY|quarter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today)\\b`);

/**
 * Kinds counted over a period, which a writer dates once for several sentences. A level on a day, a
 * capacity or a sum of money in a sentence of its own is of its own time ("About 10.5 million
 * unauthorized immigrants are in the United States": now, not the months named before).
 */
const CARRIED_KINDS = new Set<Kind>(['total', 'daily-average', 'change', 'duration', 'unit-cost']);

/** "to 143,000 from ": the base of a change, right after the count it changed into. */
const TO_FROM = /\bto\s+(?:about |roughly |nearly |some |more than |just )?\$?\d[\d,.]*(?:\s+(?:million|billion))?\s+from\s+$/i;

/** The year before the sentence's year, for a change's undated base ("to 143,000 from 159,000"). */
function baseYearBefore(c: FrameInput): { period: string; start: string; end: string } | null {
  const p = c.period;
  if (!p?.period || !TO_FROM.test(c.lead) || c.tail.includes(p.text)) return null;
  const y = /^(FY|CY)(\d{4})$/.exec(p.period);
  if (!y) return null;
  const year = Number(y[2]) - 1;
  return y[1] === 'FY' ? fiscal(year) : calendar(year);
}

/** The base a change is measured from ("up from 114,434", "than 90,000"): dated by its own words or not at all. */
const COMPARED_BASE = /\b(?:from|than|compared (?:with|to)|versus|vs\.?)\s*$/i;

/**
 * The period the sentence before names for its count: its first period that is resolved, not the base of
 * a comparison and not inside a relative clause or an aside (those date only their own numbers).
 */
function previousPeriod(previous: string, articleDate: string | null) {
  if (!previous) return null;
  const found = findPeriods(previous, articleDate).filter((p) => !p.comparison && !p.clause && p.period.period);
  return found[0]?.period ?? null;
}
