/**
 * How a claim compares with an official figure: both put on one footing (per day, week, month or year,
 * or as stated), then the difference in percent and a plain, neutral label. Hedges count: "fewer than
 * 6,000" is consistent with 5,700.
 */
import type { FigureRef } from '../dataset/query';
import { formatPeriod, type Period } from '../dataset/period';
import type { Claim, Qualifier, Rate } from '../detect/types';
import { formatPercent, formatPeriodShort, formatRatio, round1 } from './format';
import { derive, formatterFor, fromFigure, type Formatter } from './num';
import type { Comparison, FigureQualifier, Num, Verdict } from './types';

/** Counters that are not government agencies: their figures are estimates, and named. */
const ESTIMATORS: Record<string, string> = { Pew: 'the Pew Research Center', MPI: 'the Migration Policy Institute', CMS: 'the Center for Migration Studies', TRAC: 'TRAC' };

/** Within this many percent, a claim is in line with the official figure. */
export const TOLERANCE_PERCENT = 5;
/** An official period this many times longer than the claim's gets a note: its average hides the parts. */
export const LONGER_PERIOD = 3;
/** A consistent hedge this many times off the official figure gets a note saying so. */
export const FAR_RATIO = 1.5;
/** Within this many percentage points, a claimed percent change is in line with the official one. */
export const TOLERANCE_POINTS = 1;

const isYear = (p: Period) => p.kind === 'fiscal-year' || p.kind === 'calendar-year';

/** Whole months a period covers, or null when it does not start and end on month boundaries. */
export function wholeMonths(p: Period): number | null {
  if (isYear(p)) return 12;
  const [sy, sm, sd] = p.start.split('-').map(Number) as [number, number, number];
  const [ey, em] = p.end.split('-').map(Number) as [number, number];
  const endsMonth = Number(p.end.slice(8)) === new Date(Date.UTC(ey, em, 0)).getUTCDate();
  if (sd !== 1 || !endsMonth) return null;
  return (ey - sy) * 12 + (em - sm) + 1;
}

/** A conversion of a total over a period into a rate: multiply by `factor`; `how` says so in words. */
export interface Conversion {
  factor: number;
  how: string;
}

/**
 * How to turn a total over `span` into a count per `rate`: a year's total is divided by 12 for a month
 * and by its days for a day; a period of whole months by their number; any other period by its days.
 */
export function rateConversion(span: Period, rate: Rate): Conversion {
  const months = wholeMonths(span);
  const days = span.days;
  switch (rate) {
    case 'year':
      if (isYear(span)) return { factor: 1, how: '' };
      if (months) return { factor: 12 / months, how: `÷ ${months} months × 12` };
      return { factor: 365 / days, how: `÷ ${days} days × 365` };
    case 'month':
      if (months) return { factor: 1 / months, how: months === 1 ? '' : `÷ ${months} months` };
      return { factor: 365 / 12 / days, how: `÷ ${days} days × 365/12 days a month` };
    case 'week':
      return { factor: 7 / days, how: `÷ ${days} days × 7` };
    case 'day':
      return { factor: 1 / days, how: `÷ ${days} days` };
  }
}

/** Applies a conversion to a number, recording the derivation; an identity conversion returns it as is. */
export function convert(n: Num, c: Conversion, rate: Rate, fmt: Formatter): Num {
  if (c.factor === 1) return n;
  const value = n.value * c.factor;
  return derive(value, `${fmt(value)} a ${rate}`, `${n.text} ${c.how}`, [n]);
}

/** A value with its hedge as an interval: "more than 50,000" is (50,000, ∞). */
interface Interval {
  low: number;
  high: number;
  lowOpen: boolean;
  highOpen: boolean;
}

function interval(value: number, hedge: Qualifier | FigureQualifier | null): Interval {
  switch (hedge) {
    case 'more than':
      return { low: value, high: Infinity, lowOpen: true, highOpen: false };
    case 'at least':
      return { low: value, high: Infinity, lowOpen: false, highOpen: false };
    case 'fewer than':
      return { low: 0, high: value, lowOpen: false, highOpen: true };
    case 'up to':
      return { low: 0, high: value, lowOpen: false, highOpen: false };
    default:
      return { low: value, high: value, lowOpen: false, highOpen: false };
  }
}

const isPoint = (i: Interval) => i.low === i.high;

function overlaps(a: Interval, b: Interval): boolean {
  const lowA = a.low > b.high || (a.low === b.high && (a.lowOpen || b.highOpen));
  const lowB = b.low > a.high || (b.low === a.high && (b.lowOpen || a.highOpen));
  return !lowA && !lowB;
}

/** The claim as it stands on the comparison's footing. */
export interface ClaimSide {
  /** The claim's number on the footing (for a range: the bound nearest the official value). */
  num: Num;
  /** The claim's interval on the footing. */
  range: Interval;
  /** The claim in words: "fewer than 6,000", "approximately 7,000 a month". */
  words: string;
}

/** The figure as it stands on the comparison's footing. */
export interface OfficialSide {
  num: Num;
  qualifier: FigureQualifier | null;
  /** The figure's period for readers, when the explanation should name it. */
  period?: string;
  /** Whose estimate it is, when not a government count ("the Pew Research Center"). */
  estimator?: string;
}

const hedged = (q: FigureQualifier | null, text: string) => (q && q !== 'estimate' && q !== 'peak' ? `${q} ${text}` : text);

/** Weighs a claim against an official value: verdict, difference and the sentence that says so. */
export function weigh(claim: ClaimSide, official: OfficialSide): Pick<Comparison, 'difference' | 'differenceUnit' | 'verdict' | 'label' | 'explanation'> {
  const o = official.num;
  const officialRange = interval(o.value, official.qualifier);
  const c = claim.num;
  const diff = ((c.value - o.value) / o.value) * 100;
  const difference = derive(round1(diff), formatPercent(diff), `(${c.text} − ${o.text}) ÷ ${o.text} × 100`, [c, o]);
  const officialWords = hedged(official.qualifier, o.text) + (o.derivation ? ` (${o.derivation})` : '');
  // An independent estimate (Pew, MPI) is named as such, never passed off as an official count.
  const noun = official.estimator ? `${official.estimator}'s estimate` : 'the official figure';
  const the = official.period ? `${noun} for ${official.period}` : noun;
  const data = official.estimator ? `${official.estimator}'s estimate` : 'official data';
  let verdict: Verdict;
  let label: string;
  let explanation: string;
  if ((!isPoint(claim.range) || !isPoint(officialRange)) && overlaps(claim.range, officialRange)) {
    verdict = 'consistent';
    label = `consistent with ${data}`;
    explanation = `The claim says ${claim.words}; ${the} is ${officialWords}.`;
    // A bound can be true and still far off: "more than 600 agents" beside 6,000.
    const ratio = Math.max(c.value, o.value) / Math.min(c.value, o.value);
    if (ratio >= FAR_RATIO && Number.isFinite(ratio)) explanation += ` The official figure is ${formatRatio(o.value / c.value)} times the claim's ${c.text}.`;
  } else if (Math.abs(round1(diff)) <= TOLERANCE_PERCENT) {
    verdict = 'in line';
    label = `in line with ${data} (within ${TOLERANCE_PERCENT}%)`;
    explanation = `The claim says ${claim.words}; ${the} is ${officialWords}, a difference of ${formatPercent(Math.abs(diff))}.`;
  } else {
    verdict = diff > 0 ? 'above' : 'below';
    label = `${verdict} ${data} by ${formatPercent(Math.abs(diff))}`;
    explanation = `The claim says ${claim.words}; ${the} is ${officialWords}.`;
  }
  return { difference, differenceUnit: 'percent', verdict, label, explanation };
}

/** The claim's interval in its own terms, scaled by a conversion factor. */
export function claimRange(claim: Claim, factor: number): Interval | null {
  if (claim.value !== null) return interval(claim.value * factor, claim.qualifier);
  if (claim.low !== null && claim.high !== null) return { low: claim.low * factor, high: claim.high * factor, lowOpen: false, highOpen: false };
  return null;
}

/** Direction of a change the sentence states around the number: -1 down, +1 up, 0 unknown. */
export function changeDirection(claim: Claim): -1 | 0 | 1 {
  const at = Math.max(0, claim.start - claim.sentenceStart);
  const to = Math.max(at, claim.end - claim.sentenceStart);
  const before = claim.sentence.slice(Math.max(0, at - 30), at);
  const after = claim.sentence.slice(to, to + 30);
  const DOWN = /\b(?:down|fell|fall(?:en|s)?|dropp?(?:ed|s)?|declin\w*|decreas\w*|lower|cut|shr[au]nk|plung\w*|slid)\b/gi;
  const UP = /\b(?:up|rose|ris(?:e|en|es)|increas\w*|jump\w*|grew|grow(?:n|s)?|higher|climb\w*|surg\w*|soar\w*)\b/gi;
  // The nearest word wins: "down 7 percent" and "a 7 percent drop" both read as down.
  const nearest = (re: RegExp) => {
    let best = Infinity;
    for (const m of before.matchAll(re)) best = Math.min(best, before.length - (m.index + m[0].length));
    for (const m of after.matchAll(re)) best = Math.min(best, m.index);
    return best;
  };
  const d = nearest(DOWN);
  const u = nearest(UP);
  if (d === Infinity && u === Infinity) return 0;
  return d <= u ? -1 : 1;
}

/** The same period one year earlier, in the dataset's notation; null when it has no such notation. */
export function yearBefore(p: Period): string | null {
  const back = (iso: string) => {
    const y = Number(iso.slice(0, 4)) - 1;
    const md = iso.slice(4) === '-02-29' ? '-02-28' : iso.slice(4);
    return `${y}${md}`;
  };
  switch (p.kind) {
    case 'fiscal-year':
      return `FY${Number(p.end.slice(0, 4)) - 1}`;
    case 'calendar-year':
      return `CY${Number(p.start.slice(0, 4)) - 1}`;
    case 'month':
      return back(p.start).slice(0, 7);
    case 'day':
      return back(p.start);
    case 'range':
      return `${back(p.start)}/${back(p.end)}`;
  }
}

/**
 * Compares a claimed percent change with the change between two sourced figures (now and a year before).
 * The difference is in percentage points.
 */
export function comparePercentChange(claim: Claim, now: FigureRef, before: FigureRef, figures: [number, number]): Comparison | null {
  const direction = changeDirection(claim);
  if (claim.value === null || direction === 0 || before.value === 0) return null;
  const a = fromFigure(now);
  const b = fromFigure(before);
  const change = ((now.value - before.value) / before.value) * 100;
  const official = derive(change, signed(change), `(${a.text} − ${b.text}) ÷ ${b.text} × 100, ${formatPeriod(now.period)} against ${formatPeriod(before.period)}`, [a, b]);
  const claimedValue = direction * claim.value;
  const claimed: Num = { value: claimedValue, text: signed(claimedValue), origin: 'article', sources: [], quote: claim.quote };
  const diff = claimedValue - change;
  const difference = derive(round1(diff), `${round1(Math.abs(diff))} points`, `${claimed.text} − ${official.text}`, [claimed, official]);
  const inLine = Math.abs(round1(diff)) <= TOLERANCE_POINTS;
  const verdict: Verdict = inLine ? 'in line' : diff > 0 ? 'above' : 'below';
  const label = inLine
    ? `in line with official data (within ${TOLERANCE_POINTS} percentage point)`
    : `${verdict} official data by ${round1(Math.abs(diff))} percentage points`;
  return {
    figures,
    basis: 'percent change',
    claimed,
    official,
    difference,
    differenceUnit: 'points',
    verdict,
    label,
    explanation: `The claim says ${direction < 0 ? 'down' : 'up'} ${formatPercent(claim.value)}; official figures give ${signedWords(change)} (${a.text} in ${formatPeriod(now.period)} against ${b.text} in ${formatPeriod(before.period)}).`,
  };
}

const signed = (n: number) => `${n < 0 ? '−' : '+'}${formatPercent(Math.abs(n))}`;
const signedWords = (n: number) => `${n < 0 ? 'down' : 'up'} ${formatPercent(Math.abs(n))}`;

/**
 * Compares a claim (not a percent change) with one figure, or says why it cannot:
 * averages, levels and peaks are compared as stated; totals are put on the claim's rate, or, for a
 * claim about a stated period, both on a per-month (per-day for short periods) footing.
 */
export function compareWithFigure(claim: Claim, claimSpan: Period | null, ref: FigureRef, figureNum: Num, index: number): Comparison | string {
  if (claim.percent) return 'a percent, compared only as a change between two official figures';
  if (claim.value === null && (claim.low === null || claim.high === null)) return 'a vague amount, not a figure to compare';
  const metricDollars = ref.metricDef.unit.includes('dollar');
  if (claim.dollars !== metricDollars) return claim.dollars ? 'a dollar amount, while the official figure is a count' : 'a count, while the official figure is in dollars';
  if (figureNum.value === 0) return 'the official figure is zero';
  // "2,000 new people a week" is a flow; an enrollment or a daily population is a level.
  // A yearly budget average ("nearly $29 billion a year") is on the claim's footing.
  const yearlyMoney = metricDollars && claim.rate === 'year' && ref.metricDef.id.startsWith('budget');
  if (ref.metricDef.aggregation !== 'total' && claim.rate && claim.rate !== 'day' && !yearlyMoney) return `a flow (a ${claim.rate}), while the official figure is a level or an average`;
  const fmtClaim = formatterFor(claim.dollars);
  const fmtOfficial = formatterFor(metricDollars);

  let basis = 'as stated';
  let claimConv: Conversion = { factor: 1, how: '' };
  let officialConv: Conversion = { factor: 1, how: '' };
  let rate: Rate | null = null;
  if (ref.metricDef.aggregation === 'total') {
    if (claim.rate) {
      rate = claim.rate;
      officialConv = rateConversion(ref.span, rate);
    } else if (claimSpan && !(claimSpan.start === ref.span.start && claimSpan.end === ref.span.end)) {
      rate = claimSpan.days >= 28 ? 'month' : 'day';
      claimConv = rateConversion(claimSpan, rate);
      officialConv = rateConversion(ref.span, rate);
    } else if (!claimSpan && ref.metricDef.category !== 'budget') {
      return 'the claim states neither a period nor a rate, so it cannot be set against a total for a period';
    }
    if (rate) basis = `per ${rate}`;
  }
  // "10,000 new agents a year" against the 10,000 hires the law funded on one date: a one-off amount
  // cannot be spread over a month or a year.
  if (rate && rate !== 'day' && ref.span.days <= 1) return 'the official figure is a one-off amount on one date, not a flow to put on a rate';
  const official = rate ? convert(figureNum, officialConv, rate, fmtOfficial) : figureNum;

  // A range is weighed by the bound nearest the official value.
  const low = claim.value ?? claim.low!;
  const high = claim.value ?? claim.high!;
  const target = official.value / claimConv.factor;
  const bound = Math.abs(low - target) <= Math.abs(high - target) ? low : high;
  const stated: Num = { value: bound, text: fmtClaim(bound), origin: 'article', sources: [], quote: claim.quote };
  const claimed = rate ? convert(stated, claimConv, rate, fmtClaim) : stated;
  const range = claimRange(claim, claimConv.factor)!;
  const quote = /^[A-Z][a-z]/.test(claim.quote) ? claim.quote[0]!.toLowerCase() + claim.quote.slice(1) : claim.quote;
  const words = claimConv.factor !== 1 ? `${quote} over ${formatPeriod(claimSpan!.id)}, or ${claimed.text}` : claim.rate ? `${quote} a ${claim.rate}` : quote;
  const estimator = ESTIMATORS[ref.metricDef.countedBy];
  const weighed = weigh({ num: claimed, range, words }, { num: official, qualifier: ref.qualifier ?? null, period: formatPeriod(ref.period), ...(estimator ? { estimator } : {}) });
  // A month's rate set against a whole year's average: say that the months of the year can differ.
  if (claimSpan && ref.span.days >= LONGER_PERIOD * claimSpan.days) {
    weighed.explanation += ` The official figure is an average over all of ${formatPeriodShort(ref.period)}; its months can differ.`;
    // A month set against a year's average is measured against that average, not called wrong.
    const average = `the ${formatPeriodShort(ref.period)} average${rate ? ` per ${rate}` : ''}`;
    weighed.label = weighed.label.replace(/official data|[^()]*'s estimate/, average);
  }
  return { figures: [index], basis, claimed, official, ...weighed };
}
