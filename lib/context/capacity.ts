/**
 * Capacity math, only for goals, promises and projections: what a target would take in removals, beds,
 * officers and money, each line a formula over sourced numbers of the article's year or the latest known
 * at its date, each input with its year and source. A line whose inputs are not all in the dataset, or
 * any of whose inputs ended more than three years before the article, is left out; a sum over several
 * years is never set against one year's budget.
 */
import type { DatasetQuery, FigureRef } from '../dataset/query';
import { daysBetween, fiscalYearOf } from '../dataset/period';
import type { Claim, Rate } from '../detect/types';
import { ageBefore, knowable } from './figures';
import { formatCount, formatDollars, formatPercent, formatPeriodShort, formatRatio } from './format';
import { derive, fromArticle, fromFigure } from './num';
import type { CapacityLine, Num } from './types';

/** Goals smaller than this are not reckoned against a year of removals: the math would say nothing. */
export const MIN_GOAL = 100_000;
const PER_YEAR: Record<Rate, number> = { day: 365, week: 52, month: 12, year: 1 };

/** A figure chosen for the math, as a sourced number with its period. */
interface Input {
  ref: FigureRef;
  num: Num;
}


/**
 * The latest figure of a metric a writer could have known at `date` (the latest in the dataset when the
 * date is unknown). Totals count only full years; a level or average may be for a period still running.
 */
export function latestInput(q: DatasetQuery, metric: string, date: string | null): Input | null {
  const series = q.series(metric);
  const total = series[0]?.metricDef.aggregation === 'total';
  const fits = (f: FigureRef) => {
    if (total && f.span.kind !== 'fiscal-year' && f.span.kind !== 'calendar-year') return false;
    if (!date) return true;
    if (knowable(f.sourceDef.published, date) === 'later') return false;
    return total ? f.span.end <= date : f.span.start <= date;
  };
  let best: FigureRef | undefined;
  for (const f of series.filter(fits)) if (!best || f.span.end > best.span.end || (f.span.end === best.span.end && f.span.days < best.span.days)) best = f;
  return best ? input(series, best) : null;
}

/**
 * The latest figure for a stretch of at least two months that ends after the full year `after` and was
 * known at `date`: the pace so far this year, when the full-year pace is out of date.
 */
export function recentInput(q: DatasetQuery, metric: string, date: string | null, after: Input): Input | null {
  if (!date) return null;
  const series = q.series(metric);
  if (series[0]?.metricDef.aggregation !== 'total') return null;
  let best: FigureRef | undefined;
  for (const f of series) {
    if (f.span.kind === 'fiscal-year' || f.span.kind === 'calendar-year' || f.span.days < 60 || f.span.end <= after.ref.span.end || f.span.end > date) continue;
    if (knowable(f.sourceDef.published, date) === 'later') continue;
    if (!best || f.span.end > best.span.end) best = f;
  }
  return best ? input(series, best) : null;
}

/** The largest full-year figure of a metric known at `date`: the record year. */
export function recordInput(q: DatasetQuery, metric: string, date: string | null): Input | null {
  const series = q.series(metric).filter(
    (f) => (f.span.kind === 'fiscal-year' || f.span.kind === 'calendar-year') && (!date || (f.span.end <= date && knowable(f.sourceDef.published, date) !== 'later')),
  );
  let best: FigureRef | undefined;
  for (const f of series) if (!best || f.value > best.value) best = f;
  return best ? input(series, best) : null;
}

/** The figure as a number citing every source that gives the same value for the same period. */
function input(series: FigureRef[], f: FigureRef): Input {
  const same = series.filter((g) => g.period === f.period && g.value === f.value).map((g) => g.source);
  return { ref: f, num: fromFigure(f, [...new Set(same)]) };
}

const hedgeNote = (i: Input, what: string) => {
  const q = i.ref.qualifier;
  if (q === 'fewer than' || q === 'up to') return [`The source says ${q} ${i.num.text} ${what}, so the true ratio would be higher.`];
  if (q === 'more than' || q === 'at least') return [`The source says ${q} ${i.num.text} ${what}, so the true ratio would be lower.`];
  if (q === 'about' || q === 'nearly') return [`The source gives ${q} ${i.num.text} ${what}.`];
  return [];
};

interface Goal {
  /** The goal in people, as a total or per year. */
  amount: Num;
  perYear: boolean;
  notes: string[];
  what: 'removals' | 'arrests';
}

/** The amount a goal claim sets: its value, the low end of its range, or the floor of its magnitude. */
export function goalAmount(claim: Claim, what: Goal['what']): Goal | null {
  const notes: string[] = [];
  let base: Num | null = null;
  if (claim.value !== null) base = fromArticle(claim.value, formatCount(claim.value), claim.quote);
  else if (claim.low !== null) {
    base = fromArticle(claim.low, formatCount(claim.low), claim.quote);
    notes.push(`The low end of the range, ${base.text}, is used.`);
  } else if (claim.magnitude !== null) {
    base = fromArticle(claim.magnitude, formatCount(claim.magnitude), claim.quote);
    notes.push(`"${claim.quote}" is read as ${base.text}, the smallest amount the word can mean: a conservative floor.`);
  }
  if (!base || claim.percent || claim.dollars) return null;
  if (claim.rate) {
    const k = PER_YEAR[claim.rate];
    const amount = k === 1 ? base : derive(base.value * k, formatCount(base.value * k), `${base.text} a ${claim.rate} × ${k}`, [base]);
    return { amount, perYear: true, notes, what };
  }
  if (base.value < MIN_GOAL) return null;
  return { amount: base, perYear: false, notes, what };
}

/** A note for each input that ended years before the article: the latest the writer could know, but old. */
function staleNotes(date: string | null, ...inputs: (Input | null)[]): string[] {
  const out: string[] = [];
  for (const i of inputs) {
    const age = i ? ageBefore(i.ref.span.end, date) : null;
    if (i && age) out.push(`The figure for ${formatPeriodShort(i.ref.period)} (${i.num.text}) is from ${age}: the latest in our data a writer could have known then.`);
  }
  return out;
}

/**
 * The people held in detention for the math: the fresher of the yearly average (ADP) and the latest
 * published count, so a years-old average does not stand in for today's population.
 */
function heldInput(q: DatasetQuery, date: string | null): { input: Input; words: string } | null {
  const adp = latestInput(q, 'detention-adp', date);
  const count = latestInput(q, 'detention-population', date);
  if (count && (!adp || count.ref.span.end > adp.ref.span.end)) return { input: count, words: `people held ${count.ref.span.days === 1 ? 'on' : 'in'} ${formatPeriodShort(count.ref.period)}` };
  return adp ? { input: adp, words: `people held on an average day in ${formatPeriodShort(adp.ref.period)}` } : null;
}

/** Capacity math for a deportation or arrest goal. */
export function goalLines(q: DatasetQuery, goal: Goal, date: string | null): CapacityLine[] {
  const lines: CapacityLine[] = [];
  const T = goal.amount;
  const metric = goal.what === 'arrests' ? 'arrests-ero-admin' : 'removals';
  const pace = fresh(latestInput(q, metric, date), date);
  const record = fresh(recordInput(q, metric, date), date);
  const inAYear = goal.perYear ? `${T.text} ${goal.what} a year` : `${T.text} ${goal.what}`;
  const paceNote = date ? `The pace is the latest full year published by the article's date.` : `The article's date is unknown; the latest full year is used.`;

  for (const [id, i, which] of [
    ['current-pace', pace, 'at the pace of'],
    ['record', record, 'at the record pace of'],
  ] as const) {
    if (!i || (id === 'record' && pace && i.ref.period === pace.ref.period)) continue;
    const when = formatPeriodShort(i.ref.period);
    if (goal.perYear) {
      const times = T.value / i.num.value;
      const result = derive(times, `${formatRatio(times)} times`, `${T.text} ÷ ${i.num.text}`, [T, i.num]);
      lines.push({
        id: `goal-times-${id}`,
        text: `${inAYear} is ${result.text} the ${i.num.text} ${goal.what} of ${when}${id === 'record' ? ', the record year in our data' : ''}.`,
        formula: `${T.text} ÷ ${i.num.text} ${goal.what} in ${when}`,
        inputs: [T, i.num],
        result,
        notes: [...goal.notes, ...(id === 'current-pace' ? [paceNote, ...staleNotes(date, i)] : [])],
      });
    } else {
      const years = T.value / i.num.value;
      const result = derive(years, `${formatRatio(years)} years`, `${T.text} ÷ ${i.num.text} a year`, [T, i.num]);
      lines.push({
        id: `goal-years-${id}`,
        text: `${which[0]!.toUpperCase()}${which.slice(1)} ${when} (${i.num.text} ${goal.what}${id === 'record' ? ', the record year in our data' : ''}), ${T.text} ${goal.what} would take ${result.text}.`,
        formula: `${T.text} ÷ ${i.num.text} ${goal.what} a year`,
        inputs: [T, i.num],
        result,
        notes: [...goal.notes, ...(id === 'current-pace' ? [paceNote, ...staleNotes(date, i)] : [])],
      });
    }
  }

  // A pace within the current year, when one was published after the last full year ("first 100 days").
  const recent = pace ? recentInput(q, metric, date, pace) : null;
  if (recent && goal.perYear) {
    const days = recent.ref.span.days;
    const perYear = derive((recent.num.value / days) * 365, formatCount((recent.num.value / days) * 365), `${recent.num.text} ÷ ${days} days × 365`, [recent.num]);
    const times = T.value / perYear.value;
    const result = derive(times, `${formatRatio(times)} times`, `${T.text} ÷ ${perYear.text}`, [T, perYear]);
    lines.push({
      id: 'goal-times-recent-pace',
      text: `${inAYear} is ${result.text} the pace of ${formatPeriodShort(recent.ref.period)} (${recent.num.text} ${goal.what} in ${days} days, about ${perYear.text} a year).`,
      formula: `${T.text} ÷ (${recent.num.text} ÷ ${days} days × 365)`,
      inputs: [T, perYear],
      result,
      notes: [...goal.notes, 'A part of a year, put on a yearly footing; months differ.'],
    });
  }

  const yearWords = goal.perYear ? 'a year' : 'in one year';
  const alos = fresh(latestInput(q, 'detention-alos', date), date);
  if (goal.what === 'removals' && alos) {
    const bedsValue = (T.value * alos.num.value) / 365;
    const beds = derive(bedsValue, formatCount(bedsValue), `${T.text} × ${alos.num.text} days ÷ 365 days`, [T, alos.num]);
    const funded = fresh(latestInput(q, 'detention-funded-beds', date), date);
    const held = heldInput(q, date);
    const heldFresh = held && fresh(held.input, date) ? held : null;
    for (const [cap, what, id] of [
      [funded, funded && `beds funded in ${formatPeriodShort(funded.ref.period)}`, 'goal-detention-beds'],
      [heldFresh?.input ?? null, heldFresh?.words ?? null, 'goal-detention-adp'],
    ] as const) {
      if (!cap || !what) continue;
      const times = bedsValue / cap.num.value;
      const result = derive(times, `${formatRatio(times)} times`, `${beds.text} ÷ ${cap.num.text}`, [beds, cap.num]);
      lines.push({
        id,
        text: `Removing ${T.text} people ${yearWords}, each detained for the average stay of ${alos.num.text} days (${formatPeriodShort(alos.ref.period)}), would need about ${beds.text} beds every day: ${result.text} the ${cap.num.text} ${what}.`,
        formula: `(${T.text} × ${alos.num.text} days ÷ 365 days) ÷ ${cap.num.text}`,
        inputs: [T, alos.num, cap.num],
        result,
        notes: [...goal.notes, 'Assumes every person removed is detained for the average stay; many removals follow short border detentions.', ...staleNotes(date, alos, cap)],
      });
    }
  }

  const officers = fresh(latestInput(q, 'personnel-ero-officers', date), date);
  if (officers) {
    const perDay = T.value / officers.num.value / 365;
    const result = derive(perDay, formatRatio(perDay), `${T.text} ÷ ${officers.num.text} officers ÷ 365 days`, [T, officers.num]);
    lines.push({
      id: 'goal-arrests-per-officer',
      text: `${goal.what === 'removals' ? 'Removing' : 'Arresting'} ${T.text} people ${yearWords} would take ${result.text} arrests per ERO officer per day, every day of the year (${officers.num.text} officers, ${formatPeriodShort(officers.ref.period)}).`,
      formula: `${T.text} ÷ ${officers.num.text} officers ÷ 365 days`,
      inputs: [T, officers.num],
      result,
      notes: [...goal.notes, ...(goal.what === 'removals' ? ['Assumes each removal starts with an arrest by an ERO officer.'] : []), ...hedgeNote(officers, 'officers'), ...staleNotes(date, officers)],
    });
  }

  const cost = goal.what === 'removals' ? fresh(latestInput(q, 'cost-per-removal', date), date) : null;
  if (cost) {
    const dollars = T.value * cost.num.value;
    const result = derive(dollars, formatDollars(dollars, 1), `${T.text} × ${cost.num.text}`, [T, cost.num]);
    lines.push({
      id: 'goal-cost',
      text: `At ICE's average cost of ${cost.num.text} per removal (${formatPeriodShort(cost.ref.period)}), ${T.text} removals would cost ${result.text}.`,
      formula: `${T.text} × ${cost.num.text}`,
      inputs: [T, cost.num],
      result,
      notes: [...goal.notes, ...staleNotes(date, cost)],
    });
    const budget = fresh(budgetFor(q, date), date);
    // A goal with no yearly rate may take years: its cost is not set against one year's budget.
    if (budget && goal.perYear) lines.push(shareOfBudget(result, budget, `${T.text} removals a year`));
  }
  return lines;
}

/**
 * ICE's budget for the fiscal year of `date` (appropriations are known before the year ends) or the
 * year before, when published by then; without a date, the latest year. An older budget says little
 * about a later year, so none is given then.
 */
export function budgetFor(q: DatasetQuery, date: string | null): Input | null {
  const series = q.series('budget-ice-total').filter((f) => f.span.kind === 'fiscal-year');
  const fy = date ? fiscalYearOf(date) : Infinity;
  const fits = series.filter((f) => {
    const year = Number(f.period.slice(2));
    return year <= fy && (!date || (year >= fy - 1 && knowable(f.sourceDef.published, date) !== 'later'));
  });
  let best: FigureRef | undefined;
  for (const f of fits) if (!best || f.span.end > best.span.end) best = f;
  return best ? input(series, best) : null;
}

function shareOfBudget(amount: Num, budget: Input, what: string): CapacityLine {
  const pct = (amount.value / budget.num.value) * 100;
  const result = derive(pct, formatPercent(pct), `${amount.text} ÷ ${budget.num.text} × 100`, [amount, budget.num]);
  return {
    id: 'share-of-budget',
    text: `${what[0]!.toUpperCase()}${what.slice(1)} (${amount.text}) is ${result.text} of ICE's budget for ${formatPeriodShort(budget.ref.period)} (${budget.num.text}).`,
    formula: `${amount.text} ÷ ${budget.num.text} × 100`,
    inputs: [amount, budget.num],
    result,
    notes: [...hedgeNote(budget, 'dollars')],
  };
}


/** Inputs that ended more than this many days before the article leave their line out. */
const MAX_INPUT_AGE_DAYS = 3 * 365;

/** The input, unless it ended more than three years before the article. */
function fresh<T extends Input | null>(i: T, date: string | null): T | null {
  if (!i || !date) return i;
  return daysBetween(i.ref.span.end < date ? i.ref.span.end : date, date) - 1 <= MAX_INPUT_AGE_DAYS ? i : null;
}
