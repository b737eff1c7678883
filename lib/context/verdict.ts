/**
 * The contract (issue 12): silence over error. A verdict exists only when the claim's frame matches a
 * metric's on every field (./match.ts) and an official figure covers the claim's period; the relation
 * honours the claim's qualifier and rounding. Each refusal and each way of finding the figure is a
 * named verdict rule (lib/rules.ts); `decideVerdict` records the ids in its trace.
 */
import type { DatasetQuery, FigureRef } from '../dataset/query';
import { daysBetween, fiscalYearOf, parsePeriod, type Period } from '../dataset/period';
import type { Claim, Rate } from '../detect/types';
import { round1 } from '../format';
import { defineRule } from '../rules';
import { monthBefore, rateConversion, yearBefore } from './convert';
import { knowable } from './figures';
import { EITHER_MEASURES } from '../frame';
import { borderCount, matchMetrics, researchOwnCount, type FramedMetric } from './match';
import type { CardVerdict, Relation, VerdictBasis } from './types';
import type { Measure } from '../frame';

/** The page the claim was read on, which can never be its own evidence. */
export interface PageRef {
  url?: string | null;
  title?: string | null;
}

/** A verdict with the figure behind it and how the official number was put on the claim's footing. */
export interface Decided {
  verdict: CardVerdict;
  figure: FigureRef;
  /** For a change: the figure of the year (or month) before. */
  before?: FigureRef;
  /** For a change stated as a number ('a drop of 13,000'): the official number is the difference, not a percent. */
  inNumber?: boolean;
  metric: FramedMetric;
  /** How the official number was derived from the figure ("÷ 12 months"), empty when it is the figure. */
  how: string;
  /** Said on the card when the figure's period is longer than the claim's: "the FY2019 average". */
  longer: boolean;
  /** The period is one the frame implies, not one the claim names: no near miss is read as higher or lower. */
  implied?: boolean;
}

/** Why there is no verdict: a reason code for the headline, and the rule that decided. */
export interface Refused {
  reason: NoVerdict;
  rule: string;
  /** For a refused difference: the figure (and the year before, for a change) the card shows for reference. */
  reference?: FigureRef[];
}

export type NoVerdict =
  | 'target'
  | 'projection'
  | 'facility'
  | 'request'
  | 'bill'
  | 'estimate'
  | 'increase'
  | 'change'
  | 'share'
  | 'not-national'
  | 'other-body'
  | 'undated'
  | 'unplaced'
  | 'research-own'
  | 'no-metric'
  | 'no-figure'
  | 'differs'
  | 'not-over'
  | 'vague'
  | 'border-unsaid'
  | 'range';

export const RULE = {
  NO_DIFFERENCE: defineRule({
    id: 'verdict.no-unconfirmed-difference',
    stage: 'verdict',
    looksFor: "a claim whose number falls outside the official figure of the metric and period its frame matched (it would read 'higher' or 'lower')",
    decides:
      'no verdict: on labelled real prose a disagreement has mostly meant that the claim and the figure count different things (dev set: 27 of 30 such verdicts wrong; unseen batch: 16 of 16), so the card shows the figure for reference, without verdict words',
    fires: ['ICE deported 400,000 people in fiscal 2019.'],
    silent: ['ICE deported 267,258 people in fiscal 2019.'],
    articleDate: '2019-12-20',
  }),
  NEAR_MISS: defineRule({
    id: 'verdict.near-miss',
    stage: 'verdict',
    looksFor:
      "a plain count the writer rounded (to tens or coarser, no 'about', no bound) that misses the figure of its metric and period by less than two units of its last written digit and less than 3%, where the figure is written finer than the claim",
    decides:
      "higher or lower: so near a figure, at the writer's own precision, the claim counts the same thing and is off by a unit or two ('142,000' removals in FY2023 against 142,580 is lower); any larger difference stays without a verdict (verdict.no-unconfirmed-difference), as on real prose it has mostly meant another measure or period. Money and changes are left out: a law's sums are exact and a near miss there is another line",
    fires: ['ICE removed 142,000 people in fiscal 2023.'],
    silent: ['ICE removed 142,580 people in fiscal 2023.', 'ICE removed 139,000 people in fiscal 2023.', 'ICE removed about 142,000 people in fiscal 2023.'],
    articleDate: '2024-12-20',
  }),
  NO_PLAN: defineRule({
    id: 'verdict.no-plan',
    stage: 'verdict',
    looksFor: 'a claim whose frame kind is a target, goal, plan, promise or request',
    decides: 'no verdict: a plan is not a count',
    fires: ['Trump promised to deport 1 million immigrants a year.'],
    silent: ['ICE deported 267,258 people in fiscal 2019.'],
    articleDate: '2019-12-20',
  }),
  NO_PROJECTION: defineRule({
    id: 'verdict.no-projection',
    stage: 'verdict',
    looksFor: "a count the frame reads as projected from a pace or a trend (detail 'projection': 'on pace to deport nearly 600,000 by the end of the fiscal year')",
    decides: 'no verdict: a projection is not a count made, whatever figure the period later got',
    fires: ['DHS said ICE is on pace to deport nearly 600,000 people in fiscal 2025.'],
    silent: ['ICE deported 267,258 people in fiscal 2019.'],
    articleDate: '2025-06-01',
  }),
  NO_MONEY_NOT_ENACTED: defineRule({
    id: 'verdict.no-money-not-enacted',
    stage: 'verdict',
    looksFor: 'money that is requested, in a bill not yet law, a cost estimate or an increase',
    decides: 'no verdict: not money enacted',
    fires: ['A mass deportation effort would cost $167 billion, an analysis estimates.'],
    silent: ['Congress gave ICE $8.4 billion in its annual budget for fiscal 2020.'],
    articleDate: '2020-03-01',
  }),
  NO_PART: defineRule({
    id: 'verdict.no-part',
    stage: 'verdict',
    looksFor: 'a claim whose scope is one place, one operation or a subgroup',
    decides: 'no verdict: national figures do not count a part',
    fires: ['ICE agents arrested 1,100 people in Chicago during September.'],
    silent: ['ICE made 143,099 administrative arrests in fiscal 2019.'],
    articleDate: '2019-12-20',
  }),
  NO_UNDATED: defineRule({
    id: 'verdict.no-undated',
    stage: 'verdict',
    looksFor: "a claim that names no period in an article whose date is unknown",
    decides: 'no verdict: the figure for the time meant cannot be chosen',
    fires: ['The immigration court backlog stands at 540,000 cases.'],
    silent: ['The immigration court backlog stood at 1,087,398 cases at the end of fiscal 2019.'],
  }),
  NO_UNPLACED_PERIOD: defineRule({
    id: 'verdict.no-unplaced-period',
    stage: 'verdict',
    looksFor: "a claim that names a period which cannot be placed on the calendar ('in fiscal 2023-2024', 'over the past year'), in a dated article",
    decides: "no verdict: the period the claim names is its own, and it is not the article's date",
    fires: ['Immigration courts completed 700,000 cases in fiscal 2023-2024.'],
    silent: ['Immigration courts completed 700,000 cases in fiscal 2024.', 'The immigration court backlog stands at 3.7 million cases.'],
    articleDate: '2024-12-20',
  }),
  NO_SAME_FRAME: defineRule({
    id: 'verdict.no-same-frame',
    stage: 'verdict',
    looksFor: "no metric whose declared frame agrees with the claim's on measure, body, kind and footing",
    decides: 'no verdict; the nearest figures are shown for reference',
    fires: ['The Border Patrol held 4,100 migrants in its custody on Tuesday, officials said.'],
    silent: ['ICE deported 267,258 people in fiscal 2019.', 'Border Patrol agents apprehended 4,100 migrants on Tuesday, officials said.'],
    articleDate: '2019-12-20',
  }),
  RESEARCH_OWN_COUNT: defineRule({
    id: 'verdict.research-own-count',
    stage: 'verdict',
    looksFor:
      "a claim crediting a research body for what that body tallies itself: TRAC for the courts' backlog, cases or judges (from case-by-case records); Pew, MPI or CMS for the unauthorized population",
    decides: "it meets only that body's own series, never the agency's (TRAC's backlog is not EOIR's count); with none in the dataset, no verdict",
    fires: ['The immigration court backlog stood at 1,087,201 cases at the end of fiscal 2019, according to TRAC.'],
    silent: ['The immigration court backlog stood at 1,087,201 cases at the end of fiscal 2019.', 'ICE held 39,111 people in detention on March 10, according to TRAC.'],
    articleDate: '2019-12-20',
  }),
  NO_FIGURE: defineRule({
    id: 'verdict.no-figure-for-period',
    stage: 'verdict',
    looksFor: "a matching metric with no figure for the claim's period (or, without one, none close to the article's date)",
    decides: 'no verdict',
    fires: ['ICE deported 90,000 people in fiscal 1998.'],
    silent: ['ICE deported 267,258 people in fiscal 2019.'],
    articleDate: '2019-12-20',
  }),
  SAME_PERIOD: defineRule({
    id: 'verdict.same-period',
    stage: 'verdict',
    looksFor: "a figure for the claim's own period (or one that covers at least 80% of it)",
    decides: 'the verdict is weighed against that figure',
    fires: ['ICE deported 267,258 people in fiscal 2019.'],
    silent: ['ICE deported about 31,000 people a month in June 2008.'],
    articleDate: '2019-12-20',
  }),
  YEAR_AVERAGE: defineRule({
    id: 'verdict.year-average',
    stage: 'verdict',
    looksFor: 'a claim about a month (or another part of a year) and only a figure for the whole year',
    decides: "the verdict is weighed against that year's average for the claim's footing, and says so",
    fires: ['ICE held about 38,000 people in detention a day in June 2017.'],
    silent: ['ICE held more than 50,000 people in detention a day in June 2019.'],
    articleDate: '2017-07-20',
  }),
  IMPLIED_NOW: defineRule({
    id: 'verdict.implied-now',
    stage: 'verdict',
    looksFor: "a claim with no period in a dated article: a count 'now' (the one-day count nearest the article's date) or a rate (the latest full year before it)",
    decides: "the verdict is weighed against the figure nearest before the article's date, within a window for the kind of number (for a count 'now', three weeks: ICE's two-week cycle and its publication lag)",
    fires: ['ICE is currently holding more than 60,000 people in detention.'],
    silent: ['ICE held 61,000 people in detention on Nov. 20, 2025.'],
    articleDate: '2025-11-20',
  }),
  CHANGE_PAIR: defineRule({
    id: 'verdict.change-pair',
    stage: 'verdict',
    looksFor: "a percent change with a period, and figures for that period and the one a year before",
    decides: 'the verdict is weighed against the change between those two figures',
    fires: ['ICE arrests rose 19.5 percent in fiscal 2024 compared with the year before.'],
    silent: ['ICE made 113,431 administrative arrests in fiscal 2024.'],
    articleDate: '2024-12-20',
  }),
  CHANGE_BASE_UNSAID: defineRule({
    id: 'verdict.change-base-unsaid',
    stage: 'verdict',
    looksFor:
      "a percent change for a month, against a base the frame does not give: the month before or the same month a year before (news prose uses both: 'fell 29% in June' from May; 'up 71% in March' from February)",
    decides:
      'each base is weighed; a verdict only where exactly one of them matches the claim (then against that base, named on the card); where both match, neither, or a base has no figure, no verdict, the figures shown for reference',
    fires: ['Border Patrol apprehensions at the southwest border fell 29% in June 2024.'],
    silent: ['ICE arrests rose 19.5 percent in fiscal 2024 compared with the year before.', 'Border Patrol agents apprehended 83,530 migrants at the southwest border in June 2024.'],
    articleDate: '2024-07-20',
  }),
  CHANGE_STATED_BASE: defineRule({
    id: 'verdict.change-stated-base',
    stage: 'verdict',
    looksFor:
      "a change (in percent or in number) whose frame carries the base the sentence names ('up 29% from the same month a year before', '12% more than in August', 'up more than 50% from February'), before the change's own period",
    decides:
      "it is weighed against that base's figure alone, not against the year or month before the engine would otherwise assume (and with the base named, a month's change needs no choice between the month before and the same month a year before); no figure for the base, or a base that is not before the change's own period or not as long as it (a year against a quarter), no verdict",
    fires: ['ICE figures show that ICE removed 17,200 people in April 2025, about 29% more than in April 2024.'],
    silent: ['Border Patrol apprehensions at the southwest border fell 29% in June 2024.', 'ICE arrests rose 19.5 percent in fiscal 2024.'],
    articleDate: '2025-05-28',
  }),
  CHANGE_IN_NUMBER: defineRule({
    id: 'verdict.change-in-number',
    stage: 'verdict',
    looksFor:
      "a change stated as a number ('a drop of almost 13,000', 'about 14,000 fewer removals', '77,500 more apprehensions') for a year or a month, with the way it went, of a count kept as a total",
    decides:
      "it is weighed as a percent change is: against the difference between the period's figure and the year before's (for a month, the month before and the same month a year before, a verdict only where exactly one matches), read at the number's own rounding; a start value ('from 39,703'), a change per day, or a change of a count on a day get no verdict",
    fires: ['ICE removals rose by almost 13,000 in fiscal 2012 from the year before.'],
    silent: ['ICE removals rose by 3 percent in fiscal 2012 from the year before.', 'ICE removed 409,849 people in fiscal 2012.'],
    articleDate: '2012-12-27',
  }),
  PERIOD_NOT_OVER: defineRule({
    id: 'verdict.period-not-over',
    stage: 'verdict',
    looksFor: "a claim about a period that had not ended by the article's date ('fiscal year 2022 has seen more than two million' in September 2022), and a figure for the whole period",
    decides: 'no verdict: the figure counts days after the article, so it cannot confirm a count to date',
    fires: ['Border agents made more than 2 million apprehensions at the southwest border in fiscal 2022.'],
    silent: ['Border agents made more than 2 million apprehensions at the southwest border in fiscal 2021.'],
    articleDate: '2022-09-21',
  }),
  NO_STOCK_RANGE: defineRule({
    id: 'verdict.no-stock-range',
    stage: 'verdict',
    looksFor:
      "a count on a day (people held, enrolled, a backlog) given as a range whose ends lie further apart than one unit of the upper end's last written digit ('some compilations put the early-January figure at 70,000-73,000 depending on whether short-term border holding sites are counted')",
    decides:
      "no verdict: a stock is one number on a day, so a range wider than the writer's rounding spans several counts (of other days, other bodies or another coverage), and which one is meant is unsaid; a count inside it is no confirmation of any",
    fires: ['Some compilations put the number of people held in ICE detention at 70,000-73,000 on Jan. 25, 2026.'],
    silent: ['ICE held 70,766 people in detention on Jan. 25, 2026.', 'ICE held about 70,000 people in detention on Jan. 25, 2026.'],
    articleDate: '2026-01-28',
  }),
  ABOUT_CHOSEN_DAY: defineRule({
    id: 'verdict.about-chosen-day',
    stage: 'verdict',
    looksFor:
      "a count of people on a day that moves fast (held in detention, enrolled in ATD) hedged 'about', 'around', 'roughly', that names no day, where the engine chooses the day (the latest count before the article, verdict.stock-latest-count; or for a stated 'now', verdict.implied-now)",
    decides:
      "it matches only a count that rounds to its number at its last written digit ('about 25,000' against 25,134), not the looser step of verdict.about-within-a-step: the day is the engine's reading, not the writer's, and a count only loosely near ('around 24,000' against the 23,156 of the day the engine chose) is as likely another day's count, as the stock moves between counts; no verdict then, never 'higher' or 'lower'. Slow levels (the backlog, officers) keep the step",
    fires: ['ICE is holding around 24,000 people in detention.'],
    silent: ['ICE is holding around 23,000 people in detention.', 'ICE held around 24,000 people in detention on July 5, 2022.'],
    articleDate: '2022-07-11',
  }),
  TO_DATE_UNDATED: defineRule({
    id: 'verdict.to-date-undated',
    stage: 'verdict',
    looksFor:
      "a count over a period (a total, a daily average) whose frame says it runs to the time of writing (frame.period.said-to-date: 'so far', 'to date', a verb in the present perfect: 'For the fiscal year ending September 30, 2018, … ICE has held … an average of 43,000 detainees'), in an article whose date is unknown",
    decides:
      "no verdict: the period may not have been over when it was written, and without the article's date no count so far can be chosen; the whole period's figure counts later days (verdict.period-not-over). A clause in the simple past or the past perfect ('agents made 340,252 apprehensions in the 2011 fiscal year') keeps its period's figure",
    fires: ['For the fiscal year ending September 30, 2018, Congress funded 40,520 beds, but ICE has held an average of 43,000 detainees a day.'],
    silent: ['In fiscal 2018, ICE held an average of 42,188 detainees a day.', 'Border apprehensions have dropped, according to a year-end report: agents made 340,252 apprehensions at the border in fiscal 2011.'],
  }),
  COUNT_TO_DATE: defineRule({
    id: 'verdict.count-to-date',
    stage: 'verdict',
    looksFor:
      "a count over a period (a total, a daily average) that had not ended by the article's date ('so far in fiscal 2022', 'for FY2019 through June'), where the series holds counts of that period from its first day to a day before the article",
    decides:
      "the claim is weighed against those counts so far: one that it matches is the count the writer quoted (the newest known at the article's date where several match); where it matches none, no verdict (the newest shown for reference); the whole period's figure counts later days and is never weighed (verdict.period-not-over)",
    fires: ['Border agents have encountered more than 2.1 million migrants at the southwest border so far in fiscal 2022.'],
    silent: ['Border agents encountered more than 1.7 million migrants at the southwest border in fiscal 2021.'],
    articleDate: '2022-09-21',
  }),
  NEARLY: defineRule({
    id: 'verdict.nearly-within-a-tenth',
    stage: 'verdict',
    looksFor: "a claim hedged 'nearly', 'almost', 'close to'",
    decides:
      "it matches a figure from a tenth below its number up to it (and a hair over it, 1%); a number written with one digit that is a 1 is read at two, as a plain count is (verdict.leading-one): 'nearly double' is a rise of 90% to 101%, never one of 50%; 'nearly 100,000' is no statement of 60,000",
    fires: ['ICE held nearly 50,200 people in detention a day on average in fiscal 2019.'],
    silent: ['ICE held about 50,200 people in detention a day on average in fiscal 2019.'],
    articleDate: '2019-12-20',
  }),
  CAPACITY_ARTICLE_YEAR: defineRule({
    id: 'verdict.capacity-article-year',
    stage: 'verdict',
    looksFor: "detention beds an appropriations law funds, or the minimum it sets, with no period, in a dated article ('Congress has paid for 41,500 beds')",
    decides:
      "it is weighed against the figure for the article's fiscal year, as money enacted with no period is: the law sets beds for one fiscal year; with no figure for that year (a year begun under a stopgap), no verdict",
    fires: ['Congress has paid for 41,500 detention beds.'],
    silent: ['Congress funded 41,500 detention beds in fiscal 2025.', 'ICE is holding 41,500 people in detention.'],
    articleDate: '2025-07-10',
  }),
  LATEST_YEAR_TOTAL: defineRule({
    id: 'verdict.latest-year-total',
    stage: 'verdict',
    looksFor:
      "a count over a year (removals, arrests, apprehensions; a total, or one a day), written with two significant digits or more, that names no period, in a dated article, of a series kept by fiscal year whose last year ended within about a year before the article and was published by then",
    decides:
      "it is weighed against that last fiscal year's count, the newest a writer could have quoted; only a match gives a verdict ('ICE deported about 271,000 people' in December 2024 matches FY2024's 271,484); any difference, even a near miss, gets none, as the year is the engine's reading, not the writer's",
    fires: ['ICE deported about 271,000 people, the agency said.'],
    silent: ['ICE deported about 271,000 people in fiscal 2024, the agency said.', 'ICE deported about 300,000 people, the agency said.', 'ICE is holding about 39,000 people in detention.'],
    articleDate: '2024-12-20',
  }),
  ESTIMATE_SERIES: defineRule({
    id: 'verdict.estimate-series',
    stage: 'verdict',
    looksFor:
      "a figure its source calls an estimate ('an estimated 11.5 million') in a series that is itself an estimate by an agency (DHS's unauthorized population, made by the residual method), for a claim that gives the number to that agency",
    decides:
      "it anchors a verdict as the series' other figures do: 'estimated' names what the series is, not a hedge on a count; a claim that names no maker ('the 11 million to 12 million undocumented immigrants') does not meet it, and an estimate carried for a counted series (people removed, officers) still never anchors one",
    fires: ['DHS estimated the unauthorized immigrant population at 11.5 million in January 2011.'],
    silent: [
      'DHS estimated the unauthorized immigrant population at 11.4 million in January 2018.',
      'The president backs a path to citizenship for most of the 11 million to 12 million undocumented immigrants in the country.',
      'ICE had an estimated 5,300 deportation officers at the end of fiscal 2019.',
    ],
    articleDate: '2012-03-23',
  }),
  MONTH_ONE_MATCH: defineRule({
    id: 'verdict.month-one-match',
    stage: 'verdict',
    looksFor: "a count on a day (people held, enrolled) for a month in which the series holds counts of several days ('21,000 in May 2023', with ICE's counts of May 7 and May 21)",
    decides:
      "which day is meant is unsaid, so a verdict only where the claim, written with two significant digits or more, matches the count of exactly one of them (then against that day's count); where it matches none, or more than one, or is written with one digit ('about 30,000'), no verdict",
    fires: ['ICE held 21,000 people in detention in May 2023.'],
    silent: ['ICE held 21,293 people in detention on May 7, 2023.', 'ICE held about 20,000 people in detention in May 2023.'],
    articleDate: '2023-09-26',
  }),
  SERIES_ORDER: defineRule({
    id: 'verdict.series-order',
    stage: 'verdict',
    looksFor:
      "a border count that leaves open which border or which count, where one series has no figure for the period but the others have, and the claim matches exactly one of them",
    decides:
      "the series with no figure is ruled out where the counts it holds or is held by put it out of the claim's reach (the nation's encounters are at least the southwest border's encounters and the nation's apprehensions; the southwest border's apprehensions at most any other): then the one match is the verdict; where the missing series could still match, no verdict",
    fires: ['Border officials counted 47,300 migrants in December 2024.'],
    silent: ['Border Patrol agents apprehended 47,300 migrants at the southwest border in December 2024.'],
    articleDate: '2025-02-20',
  }),
  ABOUT: defineRule({
    id: 'verdict.about-within-a-step',
    stage: 'verdict',
    looksFor: "a claim hedged 'about', 'roughly', 'some', 'an estimated'",
    decides:
      "it matches a figure within 5% of its number, but never further than one unit of its last written digit: 'about 304,000' matches 303,916; 'an estimated 14.2 million' does not match 14.0 million",
    fires: ['ICE deported about 267,000 people in fiscal 2019.'],
    silent: ['ICE deported 267,258 people in fiscal 2019.'],
    articleDate: '2019-12-20',
  }),
  YEAR_BASIS_UNSAID: defineRule({
    id: 'verdict.year-basis-unsaid',
    stage: 'verdict',
    looksFor:
      "a year the claim names without saying fiscal or calendar ('in 2019'), for a series that holds both a fiscal-year and a calendar-year figure for it (ICE's removals by fiscal year, GAO's by calendar year)",
    decides:
      "no verdict: which year the article counts is unsaid, and the two figures differ (276,122 removals in calendar 2019, 267,258 in fiscal 2019); a year named as fiscal or calendar meets its own figure, and a bare year for a series kept only by fiscal year meets that fiscal year",
    fires: ['ICE deported 276,122 people in 2019.'],
    silent: ['ICE deported 267,258 people in fiscal 2019.', 'The Border Patrol apprehended 851,508 migrants at the southwest border in 2019.'],
    articleDate: '2024-01-15',
  }),
  BOUND_NEAR: defineRule({
    id: 'verdict.bound-near',
    stage: 'verdict',
    looksFor: "a claim bounded by 'more than', 'at least', 'fewer than' or 'up to'",
    decides:
      "it matches a figure past its bound by at most three units of its last written digit (and never by half again): writers round a count toward the bound at the precision they write, so 'more than 187,000' matches 188,750 but 'above 130,000' is no statement of 188,750; a bound written with one digit that is a 1 is read at two, as a plain count is (verdict.leading-one): 'above 100,000' holds up to 130,000, not 132,887",
    fires: ['Border agents apprehended more than 130,000 migrants at the southwest border in October 2023.', 'Border agents apprehended more than 100,000 migrants at the southwest border in May 2019.'],
    silent: ['Border agents apprehended more than 187,000 migrants at the southwest border in October 2023.'],
    articleDate: '2023-11-20',
  }),
  LEADING_ONE: defineRule({
    id: 'verdict.leading-one',
    stage: 'verdict',
    looksFor: "a plain or 'about' count written with one significant digit that is a 1 ('10,000', '100,000', '1 million')",
    decides:
      "it stands for what rounds to it at two digits (10,000: 9,500 to 10,500), not at one (5,000 to 15,000): a writer who has 6,000 writes 6,000, never 10,000",
    fires: ['ICE currently has 10,000 deportation officers.'],
    silent: ['ICE currently has 6,000 deportation officers.', 'ICE currently has 60,000 deportation officers.'],
    articleDate: '2024-12-20',
  }),
  ROUNDED_FIGURE: defineRule({
    id: 'verdict.rounded-figure',
    stage: 'verdict',
    looksFor: "an official figure its source rounds (`roundedTo` in data/figures: DHS's statistics tables round every cell to ten; or a figure its source gives as 'about 1.6 million') and a claim within that rounding of it",
    decides: "matches: the rounded cell stands for every value that rounds to it ('165,935' against DHS's 165,940)",
    fires: ['ICE removed 165,935 people arrested at the border in fiscal 2015.', 'ICE booked fewer than 440,640 people into detention in fiscal 2013.'],
    silent: ['ICE removed 165,900 people arrested at the border in fiscal 2015.', 'ICE removed 165,940 people arrested at the border in fiscal 2015.'],
    articleDate: '2015-12-22',
  }),
  ROUND_HALF_UP: defineRule({
    id: 'verdict.round-half-up',
    stage: 'verdict',
    looksFor: "a plain stated number (no qualifier) and an official figure exactly half a unit of the claim's last written digit above it",
    decides: "not a match: a number stands for what rounds to it, and a half rounds up ('41,000' is 40,500 up to, not including, 41,500; 41,500 rounds to 42,000), so the claim is lower, weighed as any other difference",
    fires: ['Congress funded 41,000 detention beds for ICE in fiscal 2025.'],
    silent: ['Congress funded 41,500 detention beds for ICE in fiscal 2025.', 'Congress funded 42,000 detention beds for ICE in fiscal 2025.'],
    articleDate: '2025-06-20',
  }),
  LEVEL_IN_PERIOD: defineRule({
    id: 'verdict.level-in-period',
    stage: 'verdict',
    looksFor:
      "a count on a day (a stock: people held, enrolled, the backlog) for a period coarser or finer than the official count's date: a day in a month the count is dated by, a month with one count, a year of a slow level",
    decides:
      "the count of that month, the month's one count, or for a slow level (backlog, officers, population) the count at the year's end (fiscal, for a count kept by fiscal year), else the year's one count",
    fires: ['The immigration court backlog reached 2.6 million cases in fiscal 2023.', 'The immigration court backlog stood at 1.9 million cases in September 2022.'],
    silent: ['The immigration court backlog stood at 1.9 million cases on Sept. 30, 2022.', 'ICE held 39,000 people in detention in fiscal 2023.'],
    articleDate: '2024-01-15',
  }),
  DAY_AGAINST_MONTH: defineRule({
    id: 'verdict.day-against-month',
    stage: 'verdict',
    looksFor:
      "a count on a named day (people held, enrolled, the backlog) whose metric has no count of a day near it, only a figure dated by the month the day falls in",
    decides:
      "that figure stands for the day only where the metric declares a slow level (the backlog, a workforce, judges, a population estimate: aggregation 'level'); a month's record (aggregation 'peak': its highest day) or a fast count (people held) dated by the month is no count of the claim's day, so no verdict ('a record 61,226 held on August 29' is not August's record of another day)",
    fires: ['ICE held a record 61,226 people in detention on Aug. 29, 2025.'],
    silent: ['The immigration court backlog stood at 3.4 million cases on Aug. 15, 2025.', 'ICE held 59,762 people in detention on Sept. 21, 2025.'],
    articleDate: '2025-10-01',
  }),
  LATEST_KNOWN_LEVEL: defineRule({
    id: 'verdict.latest-known-level',
    stage: 'verdict',
    looksFor:
      "a slow level (judges, officers, the backlog, a population estimate) with no period in a dated article, where the newest count is dated by a month (or a longer span) that holds the article's date and its source was out before the article",
    decides:
      "the claim is weighed against that count: it is the newest one the writer could have known, not an older count whose period ended before the article ('the country's 700 immigration judges' on April 24, 2025 meets NPR's count of April 2025, not that of January); an estimate published after the article (MPI's of mid-2023, out in 2025) is never the newest known, whatever year it is of",
    fires: ["The union represents the country's 700 immigration judges."],
    silent: ['ICE has about 6,000 deportation officers.', 'The immigration court backlog stands at 3.4 million cases.'],
    articleDate: '2025-04-24',
  }),
  BACKLOG_TWO_QUARTERS: defineRule({
    id: 'verdict.backlog-two-quarters',
    stage: 'verdict',
    looksFor:
      "the courts' backlog with no period in a dated article, where the newest count the dataset holds that a writer could have known is more than about two quarters (200 days) older than the article",
    decides:
      "no verdict: EOIR publishes its pending cases each quarter and the backlog has moved by up to a million cases a year, so the count the writer meant is a newer one the dataset lacks ('swelled to nearly 4 million' in August 2025 is no statement of the 3.6 million of September 2024); other slow levels (officers, judges, a workforce) keep a year's window, population estimates two years",
    fires: ['The immigration court backlog swelled to nearly 4 million cases.'],
    silent: ['The immigration court backlog stood at 3.6 million cases at the end of fiscal 2024.', 'ICE has about 6,000 deportation officers.'],
    articleDate: '2025-08-14',
  }),
  UNIT_COST_ARTICLE_YEAR: defineRule({
    id: 'verdict.unit-cost-article-year',
    stage: 'verdict',
    looksFor: "a cost per unit (a removal, a bed-day) with no period, in a dated article, where the series holds a figure for the article's fiscal year that was out by the article's date",
    decides:
      "it is weighed against that figure, as money enacted with no period is: a cost stated as what something costs is the cost of the writer's time; only a match gives a verdict, as the year is the engine's reading ('a deportation costs more than $17,000' in May 2025 matches DHS's $17,121 for FY2025)",
    fires: ['A formal deportation costs more than $17,000 per person, DHS estimates.'],
    silent: ['A formal deportation cost $12,500 per person in fiscal 2011.', 'ICE has about 6,000 deportation officers.'],
    articleDate: '2025-05-05',
  }),
  YEAR_ONE_MATCH: defineRule({
    id: 'verdict.year-one-match',
    stage: 'verdict',
    looksFor:
      "a count on a day of a stock that moves (people held, people enrolled in ATD) for a fiscal or calendar year, with no day named ('36,845 in custody at the close of FY2023'), written to four significant digits or more",
    decides:
      "which day is meant is unsaid, so a verdict only where the claim matches the count of exactly one day of that year (then against that day's count, ICE's 36,845 of Sept. 30, 2023); where it matches none or several, no verdict, and never 'higher' or 'lower'; a number written with fewer digits ('about 37,000 in FY2023') gets none, as many days' counts round to it",
    fires: ['ICE held 36,845 people in detention in fiscal 2023.'],
    silent: ['ICE held about 37,000 people in detention in fiscal 2023.', 'ICE held 36,845 people in detention on Sept. 30, 2023.'],
    articleDate: '2024-01-15',
  }),
  ONE_OF_SEVERAL_BODIES: defineRule({
    id: 'verdict.one-of-several-bodies',
    stage: 'verdict',
    looksFor:
      "a claim whose frame fits the series of more than one body (a department named over its agency: DHS's removals by all its components and ICE's removals), where the series of the body ranked first misses the claim, every other has a figure for the claim's period, and exactly one of them matches it",
    decides:
      "the verdict is weighed against that one, named as its body's count ('about 369,000 deported in fiscal 2013, Homeland Security statistics show' is ICE's 368,644, not DHS's 438,421 for all components); where several match, or one has no figure, no verdict, as verdict.one-of-two-series does for a border count",
    fires: ['The Obama administration deported about 369,000 people in fiscal 2013, new Homeland Security statistics show.'],
    silent: ['ICE deported about 369,000 people in fiscal 2013.', 'The Obama administration deported about 400,000 people in fiscal 2013, new Homeland Security statistics show.'],
    articleDate: '2013-12-19',
  }),
  LATEST_MONTH_TOTAL: defineRule({
    id: 'verdict.latest-month-total',
    stage: 'verdict',
    looksFor:
      "a count over a period (apprehensions, removals; a total) that names no period, in a dated article, written to four significant digits or more, of a series kept by month whose last month ended within about two months before the article and was published by then",
    decides:
      "the last month published and the last fiscal year are the two counts a writer could have quoted: a verdict only where the claim matches exactly one of them (the Border Patrol's 6,072 southwest apprehensions of June 2025, in a July article); where it matches neither, or both, no verdict, and never 'higher' or 'lower'",
    fires: ['Border Patrol agents apprehended 6,072 migrants at the southwest border, the lowest monthly total on record.'],
    silent: ['Border Patrol agents apprehended 6,072 migrants at the southwest border in June 2025.', 'Border Patrol agents apprehended about 6,000 migrants at the southwest border.'],
    articleDate: '2025-07-24',
  }),
  BASE_NOT_NOW: defineRule({
    id: 'verdict.base-not-now',
    stage: 'verdict',
    looksFor: "a number with no period whose frame marks it as the base of a comparison (frame.period.compared-base: 'now 151,000, down from nearly 178,000')",
    decides: "no figure of 'now' or of the latest count is weighed against it: the base is an earlier value whose date the sentence does not give, so no verdict",
    fires: ["ICE's Alternatives to Detention program tracks about 151,000 people now, down from nearly 178,000."],
    silent: ['ICE is also holding about 25,000 people in detention.'],
    articleDate: '2024-09-20',
  }),
  BORDER_COUNT_CBP: defineRule({
    id: 'verdict.border-count-is-cbps',
    stage: 'verdict',
    looksFor:
      "a border count (apprehensions, encounters, gotaways; the southwest border's or the nation's) whose frame names as its body one that keeps no border series: ICE or ERO named nearby, a member of Congress, a research body carrying the number (with no estimate of its own credited)",
    decides:
      "the count is weighed against CBP's series, which alone counts the border: the measure says who counted ('ICE's report says the southwest border saw 6,072 apprehensions in June 2025' meets the Border Patrol's 6,072); a count the frame gives to a state, a city or a facility stays another body's",
    fires: ["ICE's report says the southwest border saw 6,072 apprehensions in June 2025."],
    silent: ['Border Patrol agents apprehended 6,072 migrants at the southwest border in June 2025.', 'ICE agents arrested 6,072 migrants at the southwest border in June 2025.'],
    articleDate: '2025-07-20',
  }),
  STOCK_LATEST_COUNT: defineRule({
    id: 'verdict.stock-latest-count',
    stage: 'verdict',
    looksFor:
      "a count of people on a day (held in detention, enrolled in ATD) that names no period and no 'now', in a dated article, where the agency published a count of a day in the three weeks before the article (ICE counts every two weeks and publishes within about a week, as for a stated 'now')",
    decides:
      "the claim is weighed against that latest count, as a stated 'now' is ('ICE is also holding about 25,000 people' on Sept. 30, 2022 meets ICE's 25,134 of Sept. 25); with no count that recent, no verdict. Levels that move slowly (the backlog, officers) keep their own rule (verdict.implied-now)",
    fires: ['ICE is also holding about 25,000 people in detention.'],
    silent: ['ICE held about 25,000 people in detention on Sept. 25, 2022.', 'The immigration court backlog stands at 1.9 million cases.'],
    articleDate: '2022-09-30',
  }),
  LAW_SUM: defineRule({
    id: 'verdict.law-sum',
    stage: 'verdict',
    looksFor: "a sum of a multi-year law (its total or one of its lines) with no period, or with the month or year the law was signed in",
    decides: "the law's own figure, dated by its signing: a law's sums are fixed once, so they need no article date",
    fires: ['The law gives ICE $45 billion for detention over four years.'],
    silent: ['ICE received $45 billion for detention in fiscal 2019.'],
  }),
  MONTH_REVISION: defineRule({
    id: 'verdict.month-revision',
    stage: 'verdict',
    looksFor: "a stated number within 1% of the official count for a month or a shorter period, though not what rounds to it",
    decides:
      'matches: counts for a month are revised in later releases (CBP: 8,024 in the June 2025 release, 8,014 in the later file), so a claim quoted as counted (to the unit, or four significant digits) may be the first one; a year-end total is not, so a precise claim off it by any amount does not match; nor is a number the writer rounded ("57,200" against 57,393: the rounding is the claim\'s own)',
    fires: ['Border Patrol agents apprehended 8,024 migrants nationwide in June 2025.'],
    silent: ['Border Patrol agents apprehended 8,014 migrants nationwide in June 2025.', 'DHS removed 414,651 people in fiscal 2014.', 'Border Patrol agents apprehended 8,100 migrants nationwide in June 2025.'],
    articleDate: '2025-07-24',
  }),
  ONE_OF_TWO: defineRule({
    id: 'verdict.one-of-two-series',
    stage: 'verdict',
    looksFor: "a border count whose sentence names no border (frame measure '…-border-unsaid'): the southwest border's series and the nation's both fit its frame",
    decides:
      "a verdict only where both series have a figure for the claim's period and exactly one of them matches the claim's number (8,024 in June 2025 is the nation's count; the southwest's was 6,072); where both match, or neither, or one has no figure, or the other misses a plain number (no bound) by less than one unit of its last written digit (1.6 million in fiscal 2000: the southwest's 1,643,679 matches, the nation's 1,676,438 is within 100,000), no verdict, both shown for reference",
    fires: ['Border Patrol agents caught 8,024 migrants crossing between ports of entry in June 2025.', 'The Border Patrol apprehended more than 6,000 migrants in June 2025.', 'Border Patrol agents caught 1.6 million migrants in fiscal year 2000.'],
    silent: ['Border Patrol agents caught 6,072 migrants at the southern border in June 2025.'],
    articleDate: '2025-07-24',
  }),
  MONTH_ONE_COUNT: defineRule({
    id: 'verdict.month-one-count',
    stage: 'verdict',
    looksFor: "a count on a day (people held, enrolled) for a month that the dataset has a month-dated figure for, and in which the counting body (an agency, oversight) published counts of days",
    decides:
      "one such count: the verdict is weighed against it, not a month-dated figure a page rounded ('40,500 in January'); where the claim misses it and pages carry counts of other days of the month, or where the body counted several days: which day is meant is unsaid, so a verdict only where the claim matches one of them alone (verdict.month-one-match)",
    fires: ['ICE held about 40,000 people in detention in January 2025.'],
    silent: ['ICE held about 40,000 people in detention on Jan. 12, 2025.'],
    articleDate: '2026-01-17',
  }),
  OTHER_RELEASE: defineRule({
    id: 'verdict.other-release',
    stage: 'verdict',
    looksFor:
      "a claim that misses the best source's figure for its period but matches another usable source's figure for the same metric and period, within 1% of the first (the count as first published against a later revision: CBP's 415,517 southwest encounters in FY2017, DHS's table 415,200)",
    decides: 'matches, against the figure the claim quotes; sources further apart than 1% count different things or err, and the best one decides',
    fires: ['Apprehensions plus inadmissibles at the Mexican border fell to 415,517 in fiscal 2017.'],
    silent: ['Apprehensions plus inadmissibles at the Mexican border fell to 415,200 in fiscal 2017.'],
    articleDate: '2019-12-10',
  }),
  NO_LATER_COUNT: defineRule({
    id: 'verdict.no-later-count',
    stage: 'verdict',
    looksFor:
      "a count on a day (people held, the backlog, officers) whose period reaches past the article's date, where the series' count for it is dated after the article ('pushed the backlog above 2 million' this fiscal year, read in December 2022, against the count at the year's end in September 2023)",
    decides:
      "no figure dated after the article's date is weighed: the writer could not quote a count not yet made, so the claim meets only counts of days up to the article's date, else no verdict",
    fires: ['The immigration court backlog passed 2 million cases in fiscal 2023.'],
    silent: ['The immigration court backlog stood at more than 1.78 million cases at the end of fiscal 2022.'],
    articleDate: '2022-12-16',
  }),
  COUNTING_BODY_FIGURE: defineRule({
    id: 'verdict.counting-body-figure',
    stage: 'verdict',
    looksFor:
      "a figure filed under a metric that was counted by another body than the metric's counting body (its `countedBy` in data/figures: GAO's calendar-year tally of ICE's records, a newspaper's running total of ICE's tables, TRAC's count from case-by-case records)",
    decides:
      "it never anchors a verdict, whatever page carries it: a verdict promises the claim and the figure count the same thing for the same body, and another body's tally of the same records counts by its own rules (GAO: 276,122 removals in calendar 2019; TRAC: 44,435 people held on June 30, 2018); the card shows it for reference, named as that body's count",
    fires: ['ICE removed 276,122 people in calendar year 2019.'],
    silent: ['ICE removed 267,258 people in fiscal 2019.'],
    articleDate: '2024-01-15',
  }),
  NOT_ITS_OWN_SOURCE: defineRule({
    id: 'verdict.not-its-own-source',
    stage: 'verdict',
    looksFor: 'a figure whose only source is the page being read (same address or same headline)',
    decides: 'that figure cannot anchor a verdict',
    fires: ['ICE deported 267,258 people in fiscal 2019.'],
    silent: ['ICE deported 267,258 people in fiscal 2020.'],
    articleDate: '2019-12-20',
  }),
} as const;

/** Sources a verdict may rest on, best first; advocacy pages never lead. */
const TIER_RANK: Record<string, number> = { agency: 0, oversight: 1, research: 2, news: 3 };

const normUrl = (u: string) => u.trim().toLowerCase().replace(/^https?:\/\/(www\.)?/, '').replace(/[?#].*$/, '').replace(/\/+$/, '');

/** Whether a source is the page itself (or another copy of the same story: the same headline). */
function isPage(f: FigureRef, page: PageRef): boolean {
  const s = f.sourceDef;
  if (page.url && normUrl(s.url) === normUrl(page.url)) return true;
  return !!page.title && s.title.trim().toLowerCase() === page.title.trim().toLowerCase();
}

/** The figure of a period group a verdict may rest on: the best tier, never the page itself, never advocacy. */
function anchor(group: FigureRef[], page: PageRef, trace: string[]): FigureRef | null {
  return anchors(group, page, trace)[0] ?? null;
}

/** The figures of a period group a verdict may rest on, best tier first. */
function anchors(group: FigureRef[], page: PageRef, trace: string[], claim?: Claim): FigureRef[] {
  // An estimate carried for an agency-counted series (a research body's projection) is no count to confirm;
  // in a series that is itself an estimate (DHS's unauthorized population), "an estimated" is its nature (verdict.estimate-series).
  // The estimate is its maker's: only a claim that gives the number to that body (or credits it) meets it.
  const maker = (f: FigureRef) => !!claim && (claim.frame.body === f.metricDef.frame?.body || claim.frame.credit === f.metricDef.frame?.body);
  const estimateSeries = (f: FigureRef) => f.metricDef.frame?.body === 'research' || (ESTIMATE_MEASURES.has(f.metricDef.frame?.measure ?? '') && maker(f));
  // Only the metric's counting body's figure is its count: one another body counted (f.countedBy) is shown for reference (verdict.counting-body-figure).
  const counted = group.filter((f) => !f.countedBy || f.countedBy === f.metricDef.countedBy);
  if (counted.length < group.length) trace.push(RULE.COUNTING_BODY_FIGURE);
  const usable = counted.filter((f) => TIER_RANK[f.sourceDef.tier] !== undefined && (f.qualifier !== 'estimate' || estimateSeries(f)));
  if (usable.some((f) => f.qualifier === 'estimate' && f.metricDef.frame?.body !== 'research')) trace.push(RULE.ESTIMATE_SERIES);
  // (A claim that gives the population to no one, or to another body, meets only the figures DHS's tables state plainly.)
  const own = usable.filter((f) => !isPage(f, page));
  if (own.length < usable.length) trace.push(RULE.NOT_ITS_OWN_SOURCE);
  return [...own].sort((a, b) => TIER_RANK[a.sourceDef.tier]! - TIER_RANK[b.sourceDef.tier]!);
}

const isYear = (p: Period) => p.kind === 'fiscal-year' || p.kind === 'calendar-year';
const overlap = (a: Period, b: Period) => {
  const start = a.start > b.start ? a.start : b.start;
  const end = a.end < b.end ? a.end : b.end;
  return end < start ? 0 : daysBetween(start, end);
};
const byPeriod = (list: FigureRef[]) => {
  const groups = new Map<string, FigureRef[]>();
  for (const f of list) groups.set(f.period, [...(groups.get(f.period) ?? []), f]);
  return [...groups.values()];
};

/** The claim's period as a span, when it resolves. */
export function frameSpan(claim: Claim): Period | null {
  const p = claim.frame.period;
  if (p.period) return parsePeriod(p.period);
  if (p.start && p.end) return parsePeriod(p.start === p.end ? p.start : `${p.start}/${p.end}`);
  return null;
}

/** The frame rule that marks a number as the base of a comparison with no date of its own, set by lib/detect/frame. */
const COMPARED_BASE_FRAME = 'frame.period.compared-base';

/** The frame rule that says a year's words name the calendar ("calendar year 2019"), set by lib/detect/frame. */
const CALENDAR_NAMED = 'frame.period.calendar-named';

/** For a stock with no period (people held, enrolled): how many days before the article its one-day count may be (as for "now": ICE counts every two weeks and publishes within about a week). */
const STOCK_DAYS = 21;
/**
 * For "now": how many days before the article's date a one-day count may be. ICE counts people held every two
 * weeks and publishes within about a week, so the count a writer's "now" meant is at most three weeks old; an
 * older one in the dataset means the dataset lacks it ("they've hit 70,000" on Jan. 14, 2026 is no statement
 * of the 68,400 of Dec. 14): no verdict (verdict.implied-now).
 */
const NOW_DAYS = 21;
/** The shortest count so far a count over a year may be weighed against (a quarter: a week's count is another thing). */
const TO_DATE_DAYS = 28;
/** For a slow-moving level with no period: how many days before the article its figure may end (population estimates come out later). */
const SLOW_DAYS = 400;
/**
 * For the courts' backlog with no period: how old its newest count may be. EOIR publishes its pending cases each
 * quarter, a few weeks after the quarter's end, and the backlog has moved by up to a million cases a year, so
 * the count a writer's "the backlog" meant is at most about two quarters old; an older one in the dataset means
 * the dataset lacks it (verdict.backlog-two-quarters).
 */
const BACKLOG_DAYS = 200;
const ESTIMATE_DAYS = 760;
/** For a count with no period: how long after its fiscal year's end the last year's count may stand for it. */
const LAST_YEAR_DAYS = 400;
/** For a count with no period: how long after its month's end the last month's count may stand for it (CBP and ICE publish a month's count within some weeks). */
const LAST_MONTH_DAYS = 62;
/** Measures whose every figure is an estimate, whoever makes it (the residual method's population): a source saying "an estimated" hedges nothing more. */
export const ESTIMATE_MEASURES: ReadonlySet<string> = new Set(['unauthorized-population', 'protected-population']);
/** Capacities an appropriations law sets for a fiscal year: beds funded, a statutory minimum. */
const BY_APPROPRIATION = new Set(['funded-beds', 'statutory-minimum']);
/** Levels that move slowly enough to stand for the article's time without a period. */
const SLOW_LEVELS = new Set(['deportation-officers', 'officers-and-agents', 'workforce', 'unauthorized-population', 'protected-population', 'court-backlog', 'judges']);

interface Found {
  group: FigureRef[];
  longer: boolean;
  /** The period is not the claim's own but one its frame implies (verdict.latest-year-total): only a match speaks. */
  implied?: boolean;
  /** Counts of several days in the claim's month: a verdict only where the claim matches one alone (verdict.month-one-match). */
  choices?: FigureRef[][];
  /** The group is the counting body's one count of a day in the month: it stands where the claim matches it. */
  own?: boolean;
  /** The day is the engine's choice for a fast stock with no day named (verdict.about-chosen-day): 'about' is read at its rounding. */
  chosenDay?: boolean;
}

/**
 * A count on a day for a claim that names a longer or a coarser period: a month's count for a day in it
 * ("at the end of June" against the June count), the one count of a month, and for slow levels the count
 * at the end of a year (the backlog "in fiscal 2024" is the backlog on Sept. 30, 2024; "in 2016", kept
 * by fiscal year, on Sept. 30, 2016), or the year's one count (DHS's population estimate for Jan. 1).
 */
function levelInPeriod(series: FigureRef[], span: Period, m: FramedMetric, articleDate: string | null, trace: string[]): FigureRef[][] | null {
  const measure = m.frame.measure;
  const within = (s: Period) => byPeriod(series.filter((f) => f.span.days <= 31 && s.start <= f.span.start && f.span.end <= s.end));
  if (span.kind === 'day') {
    const month = byPeriod(series.filter((f) => f.span.kind === 'month' && f.span.start <= span.start && span.end <= f.span.end));
    if (month.length !== 1) return null;
    // A month's figure stands for a day in it only for a slow level; a month's record or a fast count is another day's (verdict.day-against-month).
    if (m.metric.aggregation !== 'level' || !SLOW_LEVELS.has(measure)) return (trace.push(RULE.DAY_AGAINST_MONTH), null);
    return [month[0]!];
  }
  if (span.kind === 'month') {
    const days = within(span);
    return days.length ? days : null;
  }
  if (!isYear(span) || !SLOW_LEVELS.has(measure)) return null;
  // A year not over at the article's date has no count at its end yet, and its one count so far is no count of the year (verdict.no-later-count).
  if (articleDate && span.end > articleDate) return (trace.push(RULE.NO_LATER_COUNT), null);
  const atEnd = (s: Period) => within(s).find((g) => g[0]!.span.end === s.end);
  const fiscal = span.kind === 'calendar-year' ? parsePeriod(`FY${span.start.slice(0, 4)}`) : null;
  const end = atEnd(span) ?? (fiscal ? atEnd(fiscal) : undefined);
  if (end) return [end];
  const one = within(span);
  return one.length === 1 ? [one[0]!] : null;
}

/** The figures of a metric that cover the claim's period, or stand for its "now". */
function figuresFor(claim: Claim, m: FramedMetric, q: DatasetQuery, articleDate: string | null, trace: string[]): Found | null {
  const span = frameSpan(claim);
  // A count on a day made after the article's date is no count the writer could quote (verdict.no-later-count).
  const all = q.series(m.metric.id);
  const later = (f: FigureRef) => !!articleDate && m.frame.basis === 'on-a-day' && f.span.start > articleDate;
  const series = all.filter((f) => !later(f));
  if (span && series.length < all.length && all.some((f) => later(f) && overlap(f.span, span) > 0)) trace.push(RULE.NO_LATER_COUNT);
  if (span) {
    const exact = series.filter((f) => f.span.start === span.start && f.span.end === span.end);
    // A count on a day for a month that a page dates by the month ("40,500 in January"): the counting body's
    // own counts of days in it come first (one: that one; several: which day is meant is unsaid).
    if (exact.length && m.frame.basis === 'on-a-day' && span.kind === 'month') {
      const days = byPeriod(series.filter((f) => f.span.days === 1 && span.start <= f.span.start && f.span.end <= span.end && (f.sourceDef.tier === 'agency' || f.sourceDef.tier === 'oversight')));
      // Counts of other days in the month that other pages carry leave the day open too (verdict.month-one-match).
      const carried = byPeriod(series.filter((f) => f.span.days === 1 && span.start <= f.span.start && f.span.end <= span.end && TIER_RANK[f.sourceDef.tier] !== undefined));
      if (days.length === 1 && carried.length > 1) return (trace.push(RULE.MONTH_ONE_COUNT), { group: days[0]!, longer: false, choices: carried, own: true });
      if (days.length === 1) return (trace.push(RULE.MONTH_ONE_COUNT), { group: days[0]!, longer: false });
      // Several: which day is meant is unsaid, unless the claim matches one of them alone (verdict.month-one-match).
      if (days.length > 1) return (trace.push(RULE.MONTH_ONE_COUNT), { group: days[0]!, longer: false, choices: days });
    }
    // "In 2022" about a count kept by fiscal year: news prose means the fiscal year of that number.
    const fiscal = span.kind === 'calendar-year' ? series.filter((f) => f.span.kind === 'fiscal-year' && f.span.end.slice(0, 4) === span.start.slice(0, 4)) : [];
    // A bare year where the series has both: which one the article counts is unsaid (a year named calendar meets its own).
    if (exact.length && fiscal.length && !claim.frame.rules.includes(CALENDAR_NAMED)) return (trace.push(RULE.YEAR_BASIS_UNSAID), null);
    if (exact.length) return (trace.push(RULE.SAME_PERIOD), { group: exact, longer: false });
    if (fiscal.length) return (trace.push(RULE.SAME_PERIOD), { group: fiscal, longer: false });
    const near = byPeriod(series.filter((f) => overlap(f.span, span) >= 0.8 * Math.max(f.span.days, span.days)));
    if (near.length === 1) return (trace.push(RULE.SAME_PERIOD), { group: near[0]!, longer: false });
    // A one-day count within four days of the day named; for "now", the latest count in the 45 days before it.
    if (span.days === 1 && m.frame.basis === 'on-a-day') {
      const now = claim.frame.rules.includes('frame.period.now');
      const gap = (f: FigureRef) => daysBetween(f.span.start < span.start ? f.span.start : span.start, f.span.start < span.start ? span.start : f.span.start) - 1;
      // A few days later, only within the same month: "by the end of September" is no count of Oct. 1.
      const near = (f: FigureRef) => gap(f) <= 4 && (f.span.start <= span.start || f.span.start.slice(0, 7) === span.start.slice(0, 7));
      const days = series.filter((f) => f.span.days === 1 && (now ? f.span.start <= span.start && gap(f) <= NOW_DAYS : near(f)));
      const groups = byPeriod(days).sort((a, b) => gap(a[0]!) - gap(b[0]!));
      if (groups[0]) return (trace.push(now ? RULE.IMPLIED_NOW : RULE.SAME_PERIOD), { group: groups[0], longer: false, ...(now && !SLOW_LEVELS.has(m.frame.measure) ? { chosenDay: true } : {}) });
    }
    if (m.frame.basis === 'on-a-day') {
      const level = levelInPeriod(series, span, m, articleDate, trace);
      if (level) return (trace.push(RULE.LEVEL_IN_PERIOD), { group: level[0]!, longer: false, ...(level.length > 1 ? { choices: level } : {}) });
      // A stock (people held, enrolled) for a year, written to four significant digits or more: the one day of the year it matches (verdict.year-one-match).
      if (isYear(span) && !SLOW_LEVELS.has(m.frame.measure) && claim.value !== null && claim.value / step(claim.value) >= 1000) {
        const days = byPeriod(series.filter((f) => f.span.days === 1 && span.start <= f.span.start && f.span.end <= span.end));
        if (days.length) return (trace.push(RULE.YEAR_ONE_MATCH), { group: days[0]!, longer: false, choices: days });
      }
    }
    // A law's sums are dated by the day it was signed: a claim about the month or year it was signed in means them.
    if (m.frame.detail === 'law-multi-year') {
      const signed = byPeriod(series.filter((f) => f.span.days === 1 && span.start <= f.span.start && f.span.end <= span.end));
      if (signed.length === 1) return (trace.push(RULE.LAW_SUM), { group: signed[0]!, longer: false });
    }
    // A part of a year against the year's figure: its average for the claim's footing, said so. A count on a
    // day has no year average, and a total without a rate is the part's own total.
    if (m.frame.basis === 'daily-average' && span.days < 300) {
      const containing = byPeriod(series.filter((f) => isYear(f.span) && f.span.start <= span.start && span.end <= f.span.end));
      if (containing.length === 1) return (trace.push(RULE.YEAR_AVERAGE), { group: containing[0]!, longer: true });
    }
    return null;
  }
  // A law's one-off sums need no date: there is one figure per line of the law, dated by its signing.
  if (m.frame.detail === 'law-multi-year' && m.frame.kind === 'money') {
    const sums = byPeriod(series.filter((f) => !articleDate || f.span.start <= articleDate));
    if (sums.length === 1) return (trace.push(RULE.LAW_SUM), { group: sums[0]!, longer: false });
  }
  if (!articleDate) return null;
  // The base of a comparison with no date of its own is an earlier value: no "now" stands for it.
  if (claim.frame.rules.includes(COMPARED_BASE_FRAME)) return (trace.push(RULE.BASE_NOT_NOW), null);
  // No period and no word of "now": only money and beds funded for the article's fiscal year, and
  // slow-moving levels (a workforce, a population estimate, a backlog) published in the year before.
  const fy = `FY${fiscalYearOf(articleDate)}`;
  let fits: FigureRef[] = [];
  let chosenDay = false;
  if (m.frame.kind === 'money' && m.frame.detail === 'enacted') fits = series.filter((f) => f.period === fy);
  else if (m.frame.kind === 'capacity' && BY_APPROPRIATION.has(m.frame.detail ?? '')) {
    // Beds the law funds or sets as a floor are set for a fiscal year, as money enacted is (verdict.capacity-article-year).
    fits = series.filter((f) => f.period === fy);
    if (fits.length) trace.push(RULE.CAPACITY_ARTICLE_YEAR);
  } else if (m.frame.kind === 'money') fits = series.filter((f) => f.span.start <= articleDate);
  else if (m.frame.kind === 'unit-cost') {
    // A cost per unit stated in the present tense is the cost of the article's fiscal year; only a match speaks (verdict.unit-cost-article-year).
    fits = series.filter((f) => f.period === fy && knowable(f.sourceDef.published, articleDate) !== 'later');
    if (fits.length) return (trace.push(RULE.UNIT_COST_ARTICLE_YEAR), { group: byPeriod(fits)[0]!, longer: false, implied: true });
  } else if (m.frame.basis === 'on-a-day' && SLOW_LEVELS.has(m.frame.measure)) {
    // A count dated by a span that holds the article's date (NPR's "about 700 judges" of April, read on April 24) is
    // the newest known when its source was out by then (verdict.latest-known-level).
    // An estimate made after the article (a population estimate: MPI's of mid-2023, out in 2025) did not exist at its date,
    // whatever year it is of; a count of a past day did, whoever carries it later.
    const estimate = m.frame.measure.endsWith('population');
    const known = (f: FigureRef) =>
      (!estimate || knowable(f.sourceDef.published, articleDate) !== 'later') &&
      (f.span.end <= articleDate || (f.span.start <= articleDate && knowable(f.sourceDef.published, articleDate) === 'known'));
    const age = (f: FigureRef) => daysBetween(f.span.end < articleDate ? f.span.end : articleDate, articleDate) - 1;
    // The backlog moves by a million a year: a count older than two quarters is not the one meant (verdict.backlog-two-quarters).
    const window = estimate ? ESTIMATE_DAYS : m.frame.measure === 'court-backlog' ? BACKLOG_DAYS : SLOW_DAYS;
    const candidates = series.filter(known);
    fits = candidates.filter((f) => age(f) <= window);
    if (!fits.length && candidates.some((f) => age(f) <= SLOW_DAYS)) trace.push(RULE.BACKLOG_TWO_QUARTERS);
  } else if (m.frame.basis === 'on-a-day' && claim.frame.kind === 'on-a-day') {
    // A stock of people (held, enrolled) with no period: the agency's latest count of a day shortly before the article (verdict.stock-latest-count).
    fits = series.filter((f) => f.span.days === 1 && f.span.end <= articleDate && daysBetween(f.span.end, articleDate) - 1 <= STOCK_DAYS);
    if (fits.length) trace.push(RULE.STOCK_LATEST_COUNT);
    chosenDay = !SLOW_LEVELS.has(m.frame.measure);
  } else if (claim.frame.kind === 'total' && m.frame.basis === 'total' && claim.value !== null && claim.value / step(claim.value) >= 10) {
    // (A number written with one digit, "2 million", is too loose to tell which year it counts.)
    // A count over a year with no period: the last fiscal year whose count was out by the article's date (verdict.latest-year-total).
    const years = series.filter((f) => f.span.kind === 'fiscal-year' && f.span.end < articleDate && knowable(f.sourceDef.published, articleDate) === 'known');
    const last = years.reduce<string>((a, f) => (f.span.end > a ? f.span.end : a), '');
    fits = years.filter((f) => f.span.end === last && daysBetween(last, articleDate) - 1 <= LAST_YEAR_DAYS);
    // A count written to four significant digits or more may also be the last month published (verdict.latest-month-total):
    // then the last year and the last month are the two readings, and only the one the claim alone matches speaks.
    const months = claim.value / step(claim.value) >= 1000 ? series.filter((f) => f.span.kind === 'month' && f.span.end < articleDate && knowable(f.sourceDef.published, articleDate) === 'known') : [];
    const lastMonth = months.reduce<string>((a, f) => (f.span.end > a ? f.span.end : a), '');
    const month = months.filter((f) => f.span.end === lastMonth && daysBetween(lastMonth, articleDate) - 1 <= LAST_MONTH_DAYS);
    if (month.length) {
      trace.push(RULE.LATEST_MONTH_TOTAL);
      const choices = [...(fits.length ? [byPeriod(fits)[0]!] : []), byPeriod(month)[0]!];
      return { group: choices[0]!, longer: false, implied: true, choices };
    }
    if (fits.length) return (trace.push(RULE.LATEST_YEAR_TOTAL), { group: byPeriod(fits)[0]!, longer: false, implied: true });
  }
  // The latest period (one that holds the article's date ends with it); on a tie of ends, the shortest (a month before its year).
  const asOf = (f: FigureRef) => (articleDate < f.span.end ? articleDate : f.span.end);
  const groups = byPeriod(fits).sort((a, b) => asOf(b[0]!).localeCompare(asOf(a[0]!)) || a[0]!.span.days - b[0]!.span.days);
  if (!groups[0]) return null;
  if (m.frame.basis === 'on-a-day' && groups[0][0]!.span.end > articleDate) trace.push(RULE.LATEST_KNOWN_LEVEL);
  trace.push(RULE.IMPLIED_NOW);
  return { group: groups[0], longer: false, ...(chosenDay ? { chosenDay } : {}) };
}

/** Significant digits the claim's number was written with: 50,000 has one, 47,600 three, 19.5 three. */
function step(value: number): number {
  if (value === 0) return 1;
  const digits = String(value).replace('.', '').replace(/^0+/, '');
  const decimals = (String(value).split('.')[1] ?? '').length;
  if (decimals > 0) return 10 ** -decimals;
  const trailing = /0*$/.exec(digits)![0].length;
  return 10 ** trailing;
}

/**
 * The unit a plain number was rounded to: its last written digit's, except that a number written with one
 * significant digit that is a 1 ("10,000", "1 million") is read at two digits (writers round 6,000 to
 * "6,000", never to "10,000"); with `loose`, the one digit's unit (for the trace of verdict.leading-one).
 */
function rounding(value: number, loose = false): number {
  const s = step(value);
  return !loose && s > 1 && Math.abs(value) === s ? s / 10 : s;
}

/** How many units of its last written digit a bounded claim's figure may sit past the bound ("more than 187,000": up to 190,000). */
const BOUND_UNITS = 3;

/** Below and above: the interval of values the claim is true for. */
export interface Interval {
  low: number;
  high: number;
  /** The upper end is not in the interval: a stated number's rounding, where a half rounds up (verdict.round-half-up). */
  openHigh?: boolean;
}

/** How far a bound may sit from the figure and still match ("more than 600" is no match for 6,000). */
const BOUND_FAR = 1.5;

/** How far a later release may revise a count for a month or less and still confirm the claim. */
const REVISION = 0.01;

/**
 * The values a claim is true for, on a footing scaled by `factor`: its qualifier and its rounding. With
 * `revisable` (the figure counts a month or less), a stated number also matches a revision within 1%.
 */
export function claimInterval(claim: Pick<Claim, 'value' | 'low' | 'high' | 'qualifier'>, factor = 1, revisable = false, loose = false): Interval | null {
  if (claim.value === null) {
    if (claim.low === null || claim.high === null) return null;
    return { low: (claim.low - step(claim.low) / 2) * factor, high: (claim.high + step(claim.high) / 2) * factor };
  }
  const v = claim.value;
  const half = rounding(v, loose) / 2;
  // A bound holds up to three units of its last written digit past it, and never half again (verdict.bound-near).
  const past = loose ? Infinity : BOUND_UNITS * rounding(v);
  let i: Interval;
  switch (claim.qualifier) {
    case 'more than':
      i = { low: v, high: Math.min(v * BOUND_FAR, v + past) };
      break;
    case 'at least':
      i = { low: v - step(v) / 2, high: Math.min(v * BOUND_FAR, v + past) };
      break;
    case 'fewer than':
      i = { low: Math.max(v / BOUND_FAR, v - past), high: v };
      break;
    case 'up to':
      i = { low: Math.max(v / BOUND_FAR, v - past), high: v + step(v) / 2 };
      break;
    case 'nearly':
      // A tenth below, at most: a one-digit 1 read at two digits ("nearly double" is 90-101%, not 50-101%), verdict.nearly-within-a-tenth.
      i = { low: Math.min(v * 0.9, v - rounding(v) / 2), high: v * 1.01 };
      break;
    case 'about': {
      // Up to 5%, but never more than one unit of the last digit written: "about 14.2 million" is not 14.0 million.
      const w = Math.max(half, Math.min(v * 0.05, 2 * half));
      i = { low: v - w, high: v + w };
      break;
    }
    default:
      // A stated number matches what rounds to it, a half rounding up (verdict.round-half-up); a month's count
      // quoted as counted (to the unit, or to four significant digits: "279", "8,024", "68,440"; not "57,200",
      // which the writer rounded), also a later revision within 1% of it.
      i = revisable && (step(v) <= 1 || v / step(v) >= 1000) ? { low: Math.min(v - half, v * (1 - REVISION)), high: Math.max(v + half, v * (1 + REVISION)) } : { low: v - half, high: v + half };
      if (i.high === v + half) i.openHigh = true;
  }
  return { low: i.low * factor, high: i.high * factor, ...(i.openHigh ? { openHigh: true } : {}) };
}

/** The relation of the claim to the official number: matches when the official number is inside the claim's interval. */
export function relationOf(interval: Interval, official: number): Relation {
  if (official > interval.high || (interval.openHigh && official === interval.high)) return 'lower';
  if (official < interval.low) return 'higher';
  return 'matches';
}

/** The verdict basis a claim's footing gives. */
function basisOf(m: FramedMetric, rate: Rate | null): VerdictBasis {
  switch (m.frame.basis) {
    case 'daily-average':
      return 'daily average';
    case 'on-a-day':
      return 'on a day';
    case 'average':
      return 'total';
    case 'total':
      return rate ? (`per ${rate === 'week' ? 'day' : rate}` as VerdictBasis) : 'total';
  }
}

/** The official figure's value on the claim's footing, with how it was derived. */
function onFooting(figure: FigureRef, m: FramedMetric, rate: Rate | null): { value: number; how: string; rate: Rate | null } {
  if (m.frame.basis !== 'total' || !rate) return { value: figure.value, how: '', rate: null };
  const r = rate === 'week' ? 'day' : rate;
  const c = rateConversion(figure.span, r);
  return { value: figure.value * c.factor, how: c.how, rate: r };
}

/** Why a frame cannot get a verdict whatever the data, before any metric is looked at. */
function refuseByFrame(claim: Claim): Refused | null {
  const f = claim.frame;
  if (f.kind === 'target') return { reason: 'target', rule: RULE.NO_PLAN };
  if (f.detail === 'projection') return { reason: 'projection', rule: RULE.NO_PROJECTION };
  if (f.kind === 'money' && f.detail && ['request', 'bill', 'estimate', 'increase'].includes(f.detail)) return { reason: f.detail as NoVerdict, rule: RULE.NO_MONEY_NOT_ENACTED };
  if (f.kind === 'capacity' && f.detail === 'facility-size') return { reason: 'facility', rule: RULE.NO_PART };
  if (f.scope !== 'nation') return { reason: 'not-national', rule: RULE.NO_PART };
  if (f.kind === 'share') return { reason: 'share', rule: RULE.NO_SAME_FRAME };
  // A change in number is weighed as a percent change is (verdict.change-in-number); a start value, or a change per day, is not.
  if (f.kind === 'change' && !(f.detail === 'percent' || (f.detail === 'number' && !claim.rate))) return { reason: 'change', rule: RULE.NO_SAME_FRAME };
  if (['group', 'state', 'city', 'company', 'facility'].includes(f.body)) return { reason: 'other-body', rule: RULE.NO_PART };
  return null;
}

/**
 * The card's one verdict, or why there is none. Tries the matching metrics in order and takes the first
 * whose figures cover the claim's period.
 */
export function decideVerdict(claim: Claim, q: DatasetQuery, articleDate: string | null, page: PageRef, trace: string[]): Decided | Refused {
  const early = refuseByFrame(claim);
  if (early) return (trace.push(early.rule), early);
  const lawSum = claim.frame.kind === 'money' && (claim.frame.detail === 'law-multi-year' || claim.frame.detail === 'law-part');
  if (!frameSpan(claim) && !articleDate && !lawSum) return (trace.push(RULE.NO_UNDATED), { reason: 'undated', rule: RULE.NO_UNDATED });
  // A stock given as a range wider than its rounding spans several counts: which one is meant is unsaid (verdict.no-stock-range).
  if (claim.frame.kind === 'on-a-day' && claim.value === null && claim.low !== null && claim.high !== null && claim.high - claim.low > rounding(claim.high))
    return (trace.push(RULE.NO_STOCK_RANGE), { reason: 'range', rule: RULE.NO_STOCK_RANGE });
  // A count so far ('has held', 'to date') in an undated article: the period may not be over, and no count so far can be chosen.
  if (!articleDate && frameSpan(claim) && claim.frame.period.toDate) return (trace.push(RULE.TO_DATE_UNDATED), { reason: 'not-over', rule: RULE.TO_DATE_UNDATED });
  // A period the claim names but that cannot be placed is still its own: no "now" stands in for it.
  if (!frameSpan(claim) && articleDate && !lawSum && claim.frame.period.basis !== 'none') return (trace.push(RULE.NO_UNPLACED_PERIOD), { reason: 'unplaced', rule: RULE.NO_UNPLACED_PERIOD });
  if (researchOwnCount(claim.frame)) trace.push(RULE.RESEARCH_OWN_COUNT);
  const metrics = matchMetrics(claim, q);
  if (!metrics.length && researchOwnCount(claim.frame)) return { reason: 'research-own', rule: RULE.RESEARCH_OWN_COUNT };
  if (!metrics.length) return (trace.push(RULE.NO_SAME_FRAME), { reason: 'no-metric', rule: RULE.NO_SAME_FRAME });
  if (metrics.some((m) => borderCount(claim.frame, m.frame))) trace.push(RULE.BORDER_COUNT_CBP);
  const decide = (m: FramedMetric) => (claim.frame.kind === 'change' ? changeVerdict(claim, m, q, page, trace) : levelVerdict(claim, m, q, articleDate, page, trace));
  if (claim.frame.measure && EITHER_MEASURES[claim.frame.measure]) {
    const one = oneOfTwo(claim, metrics, decide, trace);
    if (one) return one;
  } else {
    for (const m of metrics) {
      const d = decide(m);
      if (d && d.verdict.relation !== 'matches' && nearMiss(claim, d)) return (trace.push(RULE.NEAR_MISS), d);
      if (d && d.verdict.relation !== 'matches') {
        // Where the frame fits the series of several bodies (DHS named: its all-component removals and ICE's), each with
        // a figure for the period, the one alone that the claim matches is the count quoted (verdict.one-of-several-bodies).
        const rest = metrics.filter((x) => x !== m && x.frame.body !== m.frame.body).map((x) => decide(x));
        const fits = rest.filter((x): x is Decided => x !== null && x.verdict.relation === 'matches');
        if (rest.length && rest.every((x) => x !== null) && fits.length === 1 && !d.before === !fits[0]!.before) return (trace.push(RULE.ONE_OF_SEVERAL_BODIES), fits[0]!);
        trace.push(RULE.NO_DIFFERENCE);
        return { reason: 'differs', rule: RULE.NO_DIFFERENCE, reference: d.before ? [d.figure, d.before] : [d.figure] };
      }
      if (d) return d;
    }
  }
  if (trace.includes(RULE.PERIOD_NOT_OVER)) return { reason: 'not-over', rule: RULE.PERIOD_NOT_OVER };
  trace.push(RULE.NO_FIGURE);
  return { reason: claim.value === null && claim.low === null ? 'vague' : 'no-figure', rule: RULE.NO_FIGURE };
}

/** How far, as a share of the claim, a near miss may sit from the figure (verdict.near-miss). */
const NEAR_SHARE = 0.03;

/**
 * Whether a plain count the writer rounded misses the figure by less than two units of its last written
 * digit (and 3%): the same count, off by a unit or two at the writer's precision (verdict.near-miss).
 */
function nearMiss(claim: Claim, d: Decided): boolean {
  const v = claim.value;
  const f = d.figure;
  if (v === null || v <= 0 || claim.qualifier !== null || claim.frame.kind === 'change' || claim.frame.kind === 'money' || claim.dollars || claim.percent) return false;
  if (d.before || d.longer || d.how || d.implied || f.qualifier || f.roundedTo) return false;
  const unit = rounding(v);
  // Rounded by the writer (to tens or coarser), and the figure written finer than the claim.
  if (unit < 10 || step(f.value) >= unit) return false;
  const off = Math.abs(d.verdict.official - v);
  return off < 2 * unit && off < NEAR_SHARE * v;
}

/**
 * For a border count that names no border: each series it may be (the southwest's, the nation's) decides
 * on its own; a verdict only where every one has a figure and exactly one matches. Null when none has a
 * figure (the caller says why: a period not over, no figure).
 */
function oneOfTwo(claim: Claim, metrics: FramedMetric[], decide: (m: FramedMetric) => Decided | null, trace: string[]): Decided | Refused | null {
  trace.push(RULE.ONE_OF_TWO);
  const measures = [...new Set(metrics.map((m) => m.frame.measure))];
  const each = measures.map((measure) => {
    for (const m of metrics.filter((x) => x.frame.measure === measure)) {
      const d = decide(m);
      if (d) return d;
    }
    return null;
  });
  const found = each.filter((d): d is Decided => d !== null);
  if (found.length === 0) return null;
  // A series a plain number (no bound) misses by less than one unit of its last written digit is not ruled out: the
  // writer's precision cannot tell the two apart (1.6 million: the southwest's 1,643,679, the nation's 1,676,438).
  const v = claim.qualifier === null ? claim.value : null;
  const blurred = v !== null && found.some((d) => d.verdict.relation !== 'matches' && Math.abs(d.verdict.official - v) < rounding(v));
  const matching = blurred ? [] : found.filter((d) => d.verdict.relation === 'matches');
  if (found.length === measures.length && matching.length === 1) return matching[0]!;
  // A series with no figure for the period may still be ruled out by those it holds or is held by (verdict.series-order).
  if (matching.length === 1 && !matching[0]!.before && measures.every((measure, i) => each[i] || outOfReach(claim, measure, measures, each))) {
    trace.push(RULE.SERIES_ORDER);
    return matching[0]!;
  }
  return { reason: 'border-unsaid', rule: RULE.ONE_OF_TWO, reference: found.map((d) => d.figure) };
}

/**
 * Which border counts hold which, for the same period: the nation's encounters hold the southwest border's
 * and the nation's apprehensions; each of those holds the southwest border's apprehensions.
 */
const HOLDS: Partial<Record<Measure, readonly Measure[]>> = {
  'nationwide-encounters': ['border-encounters', 'nationwide-apprehensions', 'border-apprehensions'],
  'border-encounters': ['border-apprehensions'],
  'nationwide-apprehensions': ['border-apprehensions'],
};

/**
 * Whether a series with no figure cannot match the claim: its count is at least each count it holds and at
 * most each count that holds it, and the claim (with a revision's 1%) lies wholly outside those bounds.
 */
function outOfReach(claim: Claim, measure: Measure, measures: Measure[], each: (Decided | null)[]): boolean {
  const interval = claimInterval(claim);
  if (!interval) return false;
  const official = (m: Measure) => each[measures.indexOf(m)]?.verdict.official;
  const below = (HOLDS[measure] ?? []).map(official).filter((v): v is number => v !== undefined);
  const above = measures.filter((m) => HOLDS[m]?.includes(measure)).map(official).filter((v): v is number => v !== undefined);
  const low = below.length ? Math.max(...below) : -Infinity;
  const high = above.length ? Math.min(...above) : Infinity;
  return interval.high * (1 + REVISION) < low || interval.low * (1 - REVISION) > high;
}

/**
 * For a count over a period not over at the article's date: the official counts of the same period to a day
 * before the article (a fiscal year "so far"), newest first (verdict.count-to-date).
 */
function toDateGroups(series: FigureRef[], span: Period, articleDate: string): FigureRef[][] {
  const sofar = series.filter((f) => f.span.start === span.start && f.span.end < span.end && f.span.end < articleDate && f.span.days >= TO_DATE_DAYS);
  return byPeriod(sofar).sort((a, b) => b[0]!.span.end.localeCompare(a[0]!.span.end));
}

function levelVerdict(claim: Claim, m: FramedMetric, q: DatasetQuery, articleDate: string | null, page: PageRef, trace: string[]): Decided | null {
  const found = figuresFor(claim, m, q, articleDate, trace);
  const span = frameSpan(claim);
  // A count over the period (a total, an average) grows with its days; a capacity or a budget is set for the whole of it.
  const counted = claim.frame.kind === 'total' || claim.frame.kind === 'daily-average';
  if (counted && span && articleDate && articleDate < span.end && (!found || found.group[0]!.span.end > articleDate)) {
    if (found) trace.push(RULE.PERIOD_NOT_OVER);
    return countToDate(claim, m, q, span, articleDate, page, trace);
  }
  if (!found) return null;
  if (found.choices) return oneDayOfMonth(claim, m, found, page, trace);
  const d = weighGroup(claim, m, found, page, trace);
  // A year the engine implies speaks only by a match: otherwise the claim is one with no period, as before it was read.
  return d && found.implied && d.verdict.relation !== 'matches' ? null : d;
}

/**
 * A count for a period not over at the article's date, weighed against the period's counts so far
 * (verdict.count-to-date): the one the claim matches, or the newest the writer could have known of several.
 */
function countToDate(claim: Claim, m: FramedMetric, q: DatasetQuery, span: Period, articleDate: string, page: PageRef, trace: string[]): Decided | null {
  const sofar = toDateGroups(q.series(m.metric.id), span, articleDate);
  if (!sofar.length) return null;
  const each = sofar.map((group) => weighGroup(claim, m, { group, longer: false }, page, trace)).filter((d): d is Decided => d !== null);
  const matching = each.filter((d) => d.verdict.relation === 'matches');
  const known = matching.filter((d) => knowable(d.figure.sourceDef.published, articleDate) !== 'later');
  const pick = matching.length === 1 ? matching[0] : known[0];
  trace.push(RULE.COUNT_TO_DATE);
  if (pick) return pick;
  // No match: the newest count so far is shown for reference; several matches, none known then: no verdict.
  return matching.length ? null : (each[0] ?? null);
}

/**
 * A count on a day for a month with counts of several days in it: the counting body's own one count where the
 * claim matches it (verdict.month-one-count), else the one day the claim alone matches (verdict.month-one-match).
 */
function oneDayOfMonth(claim: Claim, m: FramedMetric, found: Found, page: PageRef, trace: string[]): Decided | null {
  const own = found.own ? weighGroup(claim, m, found, page, trace) : null;
  if (own?.verdict.relation === 'matches') return own;
  // Only a number written with two digits or more can tell one day's count from another's ("about 30,000" spans 25,000 to 35,000).
  if (claim.value === null || claim.value / step(claim.value) < 10) return own;
  const each = (found.choices ?? []).map((group) => weighGroup(claim, m, { group, longer: false }, page, trace)).filter((x): x is Decided => x !== null);
  const matching = each.filter((x) => x.verdict.relation === 'matches');
  if (matching.length === 1) {
    // (A year's days, and the last month against the last year, are their own rules, recorded where they were found.)
    if (!trace.includes(RULE.YEAR_ONE_MATCH) && !trace.includes(RULE.LATEST_MONTH_TOTAL)) trace.push(RULE.MONTH_ONE_MATCH);
    return matching[0]!;
  }
  // Missing the counting body's own count, the claim is weighed as it was: a difference, shown for reference.
  return own;
}

/** The claim weighed against one period's figures (the best-tier anchor, or another release of it). */
function weighGroup(claim: Claim, m: FramedMetric, found: Found, page: PageRef, trace: string[]): Decided | null {
  const ranked = anchors(found.group, page, trace, claim);
  let figure = ranked[0];
  if (!figure || figure.value === 0) return null;
  const loose = claimInterval(claim);
  if (!loose) return null;
  // For a day the engine chose, 'about' is read at the claim's rounding alone (verdict.about-chosen-day).
  const atRounding = found.chosenDay && claim.qualifier === 'about' && claim.value !== null;
  const interval = atRounding ? { low: claim.value! - rounding(claim.value!) / 2, high: claim.value! + rounding(claim.value!) / 2 } : loose;
  if (claim.qualifier === 'about') trace.push(RULE.ABOUT);
  if (claim.qualifier === 'nearly') trace.push(RULE.NEARLY);
  const relate = (f: FigureRef) => {
    const { value } = onFooting(f, m, claim.rate);
    // A source that hedges its own figure the way the claim does ("fewer than 6,000") says the same thing.
    const sameHedge = f.qualifier && f.qualifier === claim.qualifier && f.value === claim.value;
    if (sameHedge) return 'matches';
    const relation = relationOf(interval, value);
    if (interval.openHigh && value === interval.high) trace.push(RULE.ROUND_HALF_UP);
    // A figure its source rounds (DHS's tables: to ten; "about 1.6 million") stands for every value that rounds to it.
    const rounded = f.roundedTo ?? (f.qualifier === 'about' ? rounding(f.value) : 0);
    const half = rounded ? (rounded / 2) * (value / f.value) : 0;
    if (relation !== 'matches' && half > 0 && interval.low <= value + half && interval.high >= value - half) return (trace.push(RULE.ROUNDED_FIGURE), 'matches');
    // Where the old, looser reading of the claim's rounding or bound would have matched, say which rule did not.
    if (relation !== 'matches' && relationOf(claimInterval(claim, 1, false, true)!, value) === 'matches') trace.push(claim.qualifier && claim.qualifier !== 'about' ? RULE.BOUND_NEAR : RULE.LEADING_ONE);
    return relation;
  };
  let relation = relate(figure);
  // A count only loosely near the day the engine chose is no match (verdict.about-chosen-day): the refusal shows it for reference.
  if (atRounding && relation !== 'matches' && relationOf(loose, onFooting(figure, m, claim.rate).value) === 'matches') trace.push(RULE.ABOUT_CHOSEN_DAY);
  if (relation !== 'matches' && !atRounding && figure.span.days <= 31 && relationOf(claimInterval(claim, 1, true)!, onFooting(figure, m, claim.rate).value) === 'matches') {
    trace.push(RULE.MONTH_REVISION);
    relation = 'matches';
  }
  // The same count in another release (first published, or revised): a figure of the group within 1% of
  // the best-tier one that the claim matches is the one it quotes.
  if (relation !== 'matches') {
    const best = figure;
    const other = ranked.find((f) => f !== best && Math.abs(f.value - best.value) <= REVISION * best.value && relate(f) === 'matches');
    if (other) {
      trace.push(RULE.OTHER_RELEASE);
      figure = other;
      relation = 'matches';
    }
  }
  const { value, how, rate } = onFooting(figure, m, claim.rate);
  return {
    verdict: { metric: m.metric.id, period: figure.period, official: value, relation, basis: basisOf(m, rate), source: figure.source },
    figure,
    metric: m,
    how,
    longer: found.longer,
    ...(found.implied ? { implied: true } : {}),
  };
}

function changeVerdict(claim: Claim, m: FramedMetric, q: DatasetQuery, page: PageRef, trace: string[]): Decided | null {
  const named = frameSpan(claim);
  const direction = claim.frame.direction;
  if (!named || !direction || claim.value === null || m.frame.basis === 'on-a-day') return null;
  const series = q.series(m.metric.id);
  const own = (p: Period) => series.filter((f) => f.period === p.id || (f.span.start === p.start && f.span.end === p.end));
  // "In 2016" for a series kept by fiscal year alone is that fiscal year, as for a level (verdict.same-period); with both, unsaid.
  const asFiscal = (p: Period) => {
    const fy = p.kind === 'calendar-year' ? parsePeriod(`FY${p.start.slice(0, 4)}`) : null;
    return fy && !own(p).length && own(fy).length ? fy : p;
  };
  const span = claim.frame.rules.includes(CALENDAR_NAMED) ? named : asFiscal(named);
  const now = anchor(own(span), page, trace);
  if (!now) return null;
  const signed = direction === 'down' ? -claim.value : claim.value;
  // A number of people more or fewer is the difference of the two counts, read at its own rounding (verdict.change-in-number).
  const inNumber = claim.frame.detail === 'number';
  if (inNumber) trace.push(RULE.CHANGE_IN_NUMBER);
  // A percent keeps its number's plain rounding ("doubled" is 100% give or take a tenth of it, by the labels' rule).
  const interval = claimInterval({ ...claim, value: Math.abs(signed) }, 1, false, !inNumber);
  if (claim.qualifier === 'nearly') trace.push(RULE.NEARLY);
  const i = signed < 0 ? { low: -interval!.high, high: -interval!.low } : interval!;
  const against = (prior: string | null): Decided | null => {
    const before = prior ? anchor(series.filter((f) => f.period === prior), page, trace) : null;
    if (!before || before.value === 0) return null;
    const change = inNumber ? now.value - before.value : ((now.value - before.value) / before.value) * 100;
    let relation = relationOf(i, change);
    // A difference of counts its sources round (DHS's tables, to ten) is known only to within their roundings (verdict.rounded-figure).
    const slack = inNumber ? ((now.roundedTo ?? 0) + (before.roundedTo ?? 0)) / 2 : 0;
    if (relation !== 'matches' && slack > 0 && i.low <= change + slack && i.high >= change - slack) relation = (trace.push(RULE.ROUNDED_FIGURE), 'matches');
    return {
      verdict: { metric: m.metric.id, period: now.period, official: inNumber ? change : round1(change), relation, basis: 'total', source: now.source },
      figure: now,
      before,
      ...(inNumber ? { inNumber } : {}),
      metric: m,
      how: '',
      longer: false,
    };
  };
  // A base the sentence names settles what the change is measured from (verdict.change-stated-base).
  const stated = claim.frame.period.base;
  if (stated) {
    trace.push(RULE.CHANGE_STATED_BASE);
    const base = parsePeriod(stated.period);
    if (!base) return null;
    // A bare year as the base is read as the own period's year is: the fiscal year for a series kept by fiscal year alone.
    const b = span.kind === 'fiscal-year' ? asFiscal(base) : base;
    // The base comes before the change's own period and is as long (a quarter against a quarter, never a year).
    if (b.end >= span.start || Math.abs(b.days - span.days) > 0.1 * span.days) return null;
    const figure = anchor(own(b), page, trace);
    const d = figure ? against(figure.period) : null;
    // Named as the year before, it is the pair verdict.change-pair weighs.
    if (d && figure!.period === yearBefore(span)) trace.push(RULE.CHANGE_PAIR);
    return d;
  }
  const yearAgo = against(yearBefore(span));
  if (span.kind !== 'month') return yearAgo && (trace.push(RULE.CHANGE_PAIR), yearAgo);
  // A month's change: from the month before or the same month a year before; only one may fit. One open
  // question at a time: with the border also unsaid (two series, two bases), no verdict.
  trace.push(RULE.CHANGE_BASE_UNSAID);
  if (claim.frame.measure && EITHER_MEASURES[claim.frame.measure]) return null;
  const monthAgo = against(monthBefore(span));
  if (!monthAgo || !yearAgo) return null;
  trace.push(RULE.CHANGE_PAIR);
  const fits = [monthAgo, yearAgo].filter((d) => d.verdict.relation === 'matches');
  if (fits.length === 1) return fits[0]!;
  return fits.length === 2 ? null : yearAgo;
}

/** Whether the figure was out by the article's date (for the headline's wording only). */
export function knownThen(f: FigureRef, articleDate: string | null): boolean {
  return knowable(f.sourceDef.published, articleDate) !== 'later';
}
