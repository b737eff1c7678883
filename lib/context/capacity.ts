/**
 * Capacity math: what a claim would take in removals, beds, officers and money, each line a formula
 * over sourced numbers (or the article's own). A line whose inputs are not all in the dataset is left out.
 */
import type { DatasetQuery, FigureRef } from '../dataset/query';
import { fiscalYearOf } from '../dataset/period';
import type { Claim, Rate } from '../detect/types';
import { ageBefore, knowable } from './figures';
import { formatCount, formatDollars, formatPercent, formatPeriodShort, formatRatio } from './format';
import { claimWords } from './metrics';
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

/** The article's own figure for officers per arrest ("at least four officers are assigned to each arrest target"). */
export function officersPerArrest(claims: readonly Claim[]): Num | null {
  for (const c of claims) {
    if (c.category !== 'personnel' || c.value === null || c.percent || c.dollars) continue;
    if (!/(?:officers?|agents?)\b[^.]{0,60}\b(?:per|each|every)\s+(?:arrest|target)|(?:per|each|every)\s+(?:arrest|target)/i.test(claimWords(c))) continue;
    return fromArticle(c.value, formatCount(c.value), c.quote);
  }
  return null;
}

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
export function goalLines(q: DatasetQuery, goal: Goal, date: string | null, claims: readonly Claim[]): CapacityLine[] {
  const lines: CapacityLine[] = [];
  const T = goal.amount;
  const metric = goal.what === 'arrests' ? 'arrests-ero-admin' : 'removals';
  const pace = latestInput(q, metric, date);
  const record = recordInput(q, metric, date);
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
  const alos = latestInput(q, 'detention-alos', date);
  if (goal.what === 'removals' && alos) {
    const bedsValue = (T.value * alos.num.value) / 365;
    const beds = derive(bedsValue, formatCount(bedsValue), `${T.text} × ${alos.num.text} days ÷ 365 days`, [T, alos.num]);
    const funded = latestInput(q, 'detention-funded-beds', date);
    const held = heldInput(q, date);
    for (const [cap, what, id] of [
      [funded, funded && `beds funded in ${formatPeriodShort(funded.ref.period)}`, 'goal-detention-beds'],
      [held?.input ?? null, held?.words ?? null, 'goal-detention-adp'],
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

  const officers = latestInput(q, 'personnel-ero-officers', date);
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
    const team = officersPerArrest(claims);
    if (team) {
      const neededValue = (T.value / 365) * team.value;
      const needed = derive(neededValue, formatCount(neededValue), `${T.text} ÷ 365 days × ${team.text} officers`, [T, team]);
      const times = neededValue / officers.num.value;
      const result2 = derive(times, `${formatRatio(times)} times`, `${needed.text} ÷ ${officers.num.text}`, [needed, officers.num]);
      lines.push({
        id: 'goal-officers-article-team',
        text: `With the article's own figure of ${team.quote} officers per arrest, arresting ${T.text} people ${yearWords} would take ${needed.text} officers out on arrests every day: ${result2.text} ICE's ${officers.num.text} ERO officers.`,
        formula: `(${T.text} ÷ 365 days × ${team.text} officers) ÷ ${officers.num.text}`,
        inputs: [T, team, officers.num],
        result: result2,
        notes: [...goal.notes, `Officers per arrest is the article's number ("${team.quote}"), not an official figure.`, ...hedgeNote(officers, 'officers'), ...staleNotes(date, officers)],
      });
    }
  }

  const cost = goal.what === 'removals' ? latestInput(q, 'cost-per-removal', date) : null;
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
    const budget = budgetFor(q, date);
    if (budget) lines.push(shareOfBudget(result, budget, `${T.text} removals`));
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

/** Capacity math for a claim that is not a goal: population, detention, officers, costs. */
export function claimLines(q: DatasetQuery, claim: Claim, metric: string | null, date: string | null, ruleMetric: string | null = metric): CapacityLine[] {
  if (claim.percent) return [];
  const lines: CapacityLine[] = [];
  // "Millions of undocumented immigrants" is reckoned from its floor, 1 million, and says so.
  if (claim.value === null) {
    if (claim.category !== 'population' || claim.dollars || claim.magnitude === null || claim.magnitude < 1e6) return [];
    const floor = fromArticle(claim.magnitude, formatCount(claim.magnitude), claim.quote);
    const note = `"${claim.quote}" is read as ${floor.text}, the smallest amount the word can mean: a conservative floor.`;
    return populationLines(q, floor, date, [note]);
  }
  const c = fromArticle(claim.value, claim.dollars ? formatDollars(claim.value) : formatCount(claim.value), claim.quote);

  if (claim.category === 'population' && !claim.dollars && claim.value >= 1e6) lines.push(...populationLines(q, c, date, []));
  return [...lines, ...otherLines(q, claim, c, metric, date, ruleMetric)];
}

/** Years to remove a population at the current and the record pace of removals. */
function populationLines(q: DatasetQuery, c: Num, date: string | null, notes: string[]): CapacityLine[] {
  const lines: CapacityLine[] = [];
  for (const [id, i, which] of [
    ['population-years-current-pace', latestInput(q, 'removals', date), 'the pace of'],
    ['population-years-record', recordInput(q, 'removals', date), 'the record pace of'],
  ] as const) {
    if (!i || (id === 'population-years-record' && lines.some((l) => l.inputs[1]?.value === i.num.value))) continue;
    const years = c.value / i.num.value;
    const result = derive(years, `${formatRatio(years)} years`, `${c.text} ÷ ${i.num.text} a year`, [c, i.num]);
    lines.push({
      id,
      text: `At ${which} ${formatPeriodShort(i.ref.period)} (${i.num.text} removals), removing ${c.text} people would take ${result.text}.`,
      formula: `${c.text} ÷ ${i.num.text} removals a year`,
      inputs: [c, i.num],
      result,
      notes: [...notes, 'Ignores new arrivals, departures and people who gain legal status.', ...(id === 'population-years-current-pace' ? staleNotes(date, i) : [])],
    });
  }
  return lines;
}

/** Words that put a detention number in the future: a plan, an aim, what money could buy. */
export const PLANNED =
  /\b(?:plans?|planned|planning|aim(?:s|ed|ing)?|would|could|will|expects?|expected|hopes?|intends?|wants?|proposed|seeks?|goal|target|designed to|can (?:hold|expand|grow)|(?:expand|grow)s? to|to (?:nearly )?(?:double|triple|expand|increase|grow|add|reach|raise))\b[^.;:]{0,140}$/i;
const LONG_AGO = /\b(?:years|decades?) ago\b|\bsince at least\b|\b(?:previous|prior|former) (?:peak|high|record)\b/i;

/** A detention count from long before the article, or one still to come. */
function pastOrPlanned(claim: Claim, date: string | null): boolean {
  const lead = claim.sentence.slice(0, Math.max(0, claim.start - claim.sentenceStart));
  if (PLANNED.test(lead) || LONG_AGO.test(claim.sentence)) return true;
  const end = claim.period?.end;
  return !!(end && date && Number(date.slice(0, 4)) - Number(end.slice(0, 4)) >= 2);
}

/** Detention against funded beds, officers against arrests, a cost against the budget. */
function otherLines(q: DatasetQuery, claim: Claim, c: Num, metric: string | null, date: string | null, ruleMetric: string | null): CapacityLine[] {
  const lines: CapacityLine[] = [];

  // Beds funded now say nothing of a count from years back ("two decades ago, about 7,000") or of capacity to come.
  if ((metric === 'detention-adp' || metric === 'detention-population') && !claim.dollars && !pastOrPlanned(claim, date)) {
    const beds = latestInput(q, 'detention-funded-beds', date);
    if (beds) {
      const times = c.value / beds.num.value;
      const result = derive(times, `${formatRatio(times)} times`, `${c.text} ÷ ${beds.num.text}`, [c, beds.num]);
      lines.push({
        id: 'detention-vs-funded-beds',
        text: `${c.text} people held is ${result.text} the ${beds.num.text} beds funded for ${formatPeriodShort(beds.ref.period)}.`,
        formula: `${c.text} ÷ ${beds.num.text} beds`,
        inputs: [c, beds.num],
        result,
        notes: ['Funded beds are a funding level, not physical capacity.', ...hedgeNote(beds, 'beds'), ...staleNotes(date, beds)],
      });
    }
  }

  if (metric === 'personnel-ero-officers' && !claim.dollars) {
    const arrests = latestInput(q, 'arrests-ero-admin', date);
    if (arrests) {
      const perDay = arrests.num.value / c.value / 365;
      const result = derive(perDay, formatRatio(perDay), `${arrests.num.text} ÷ ${c.text} officers ÷ 365 days`, [arrests.num, c]);
      lines.push({
        id: 'officers-arrests-per-day',
        text: `ICE's ${arrests.num.text} administrative arrests in ${formatPeriodShort(arrests.ref.period)} come to ${result.text} arrests per officer per day for ${c.text} officers.`,
        formula: `${arrests.num.text} ÷ ${c.text} officers ÷ 365 days`,
        inputs: [arrests.num, c],
        result,
        notes: ['Many arrests are transfers from jails, which take fewer officers than arrests at homes.', ...staleNotes(date, arrests)],
      });
    }
  }

  // Only ICE's money is a share of ICE's budget: not the whole law's immigration money, the courts' or the wall's.
  const notIce = ruleMetric === 'budget-obbba-immigration-total' || ruleMetric === 'budget-obbba-eoir' || /\b(?:wall|barriers?|courts?|judges?)\b/i.test(claim.unit ?? '');
  if (claim.dollars && claim.category === 'budget' && metric !== 'budget-ice-total' && c.value >= 1e6 && !notIce) {
    const budget = budgetFor(q, date);
    if (budget) {
      const line = shareOfBudget(c, budget, 'the amount');
      // Multi-year money (the 2025 reconciliation act) set against one year's budget must say so.
      const span = metric ? q.series(metric)[0]?.span : undefined;
      if ((span && span.days > 366) || metric?.startsWith('budget-obbba-')) line.notes.push('The amount is money for several years, while the budget is for one year.');
      lines.push(line);
    }
  }
  return lines;
}
