/**
 * The card engine, top to bottom: claim frame → metric (./match.ts) → figure and verdict (./verdict.ts)
 * → headline (./headline.ts) → the card's content. It decides from the claim's frame (lib/detect/frame.ts)
 * and never reads the sentence again. Pure: the dataset comes in as a `DatasetQuery`.
 */
import { tierRank, type DatasetQuery, type FigureRef } from '../dataset/query';
import { formatDate, formatPeriod, type Period } from '../dataset/period';
import { MONEY_ACCOUNT_TEXT, type Figure, type Metric } from '../dataset/schema';
import { receiptDetail } from '../dataset/receipt';
import type { Claim } from '../detect/types';
import { goalAmount, goalLines } from './capacity';
import { ageBefore, claimSpan, knowable, pickFigures, timingText } from './figures';
import { silentHeadline, verdictHeadline, whoseFigure } from './headline';
import { counterOf, figureLabel } from './label';
import { matchMetrics, nearestMetric } from './match';
import { claimNum, derive, fromFigure } from './num';
import type { ClaimContext, Comparison, ContextFigure, FigureRole, MetricInfo, Num, Timing } from './types';
import { decideVerdict, type Decided, type PageRef } from './verdict';

export { ageBefore } from './figures';
export type * from './types';
export type { PageRef } from './verdict';

export interface BuildOptions {
  /** The article's publication date (YYYY-MM-DD), or null when unknown. */
  articleDate: string | null;
  data: DatasetQuery;
  /** The article's other claims (kept for callers; the engine reads only this claim's frame). */
  claims?: Claim[];
  /** The page being read: a figure whose only source is this page cannot confirm the claim. */
  page?: PageRef;
  /** Receives the ids of the verdict rules that decided, in order. */
  trace?: string[];
}

/** Turns one claim into the content of its card: one headline, at most one verdict, figures for reference, capacity math for goals. */
export function buildContext(claim: Claim, opts: BuildOptions): ClaimContext {
  const { data: q } = opts;
  // Only a full, valid date can say what a writer could have known; anything else counts as unknown.
  const articleDate = opts.articleDate && /^\d{4}-\d{2}-\d{2}$/.test(opts.articleDate) && !Number.isNaN(Date.parse(opts.articleDate)) ? opts.articleDate : null;
  const trace = opts.trace ?? [];
  const decided = decideVerdict(claim, q, articleDate, opts.page ?? {}, trace);
  const verdict = 'verdict' in decided ? decided : null;

  // The metric shown: the verdict's, else the nearest that matches the frame, else the nearest by measure.
  const shown = verdict?.metric.metric ?? matchMetrics(claim, q)[0]?.metric ?? nearestMetric(claim, q, trace);
  const figures: ContextFigure[] = [];
  const add = (refs: FigureRef[], timing: Timing, role: FigureRole) => {
    for (const f of toFigures(refs, timing, role, articleDate, claimSpan(claim.period))) {
      if (!figures.some((g) => g.metric.id === f.metric.id && g.period === f.period && g.display === f.display)) figures.push(f);
    }
  };
  if (verdict) {
    add(q.figuresFor(verdict.figure.metric, verdict.figure.period), 'claim-period', 'main');
    if (verdict.before) add(q.figuresFor(verdict.before.metric, verdict.before.period), 'claim-period', 'main');
  } else if ('reference' in decided && decided.reference) {
    // A refused difference: the figure it would have rested on leads the reference, without verdict words.
    for (const f of decided.reference) add(q.figuresFor(f.metric, f.period), 'claim-period', 'main');
  }
  if (shown) for (const g of pickFigures(q, shown.id, claim.period, articleDate)) add(g.figures, g.timing, 'main');
  // The verdict's figure first, as it anchors the first line.
  if (verdict) figures.sort((a, b) => Number(isAnchor(b, verdict)) - Number(isAnchor(a, verdict)));

  const headline = 'verdict' in decided ? verdictHeadline(decided, claim.value ?? null) : silentHeadline(decided.reason, claim, figures.length > 0);
  return {
    headline,
    verdict: verdict?.verdict ?? null,
    claimed: claimNum(claim),
    metric: shown ? info(shown) : null,
    metricReason: verdict ? `${shown!.name}: the claim and this series count the same thing` : headline,
    articleDate,
    figures,
    periodNote: periodNote(claim, articleDate, figures.length > 0, !!verdict),
    comparisons: verdict ? [comparison(claim, verdict, figures, headline)] : [],
    noComparison: verdict ? null : headline,
    attribution: null,
    capacity: capacity(claim, q, articleDate),
  };
}

const isAnchor = (f: ContextFigure, d: Decided) => f.metric.id === d.figure.metric && f.period === d.figure.period && f.sources.some((s) => s.id === d.figure.source);

function info(m: Metric): MetricInfo {
  return { id: m.id, name: m.name, unit: m.unit, aggregation: m.aggregation, category: m.category, definition: m.definition, countedBy: m.countedBy, caveats: [...m.caveats] };
}

/** A change's official number from its two counts: their difference for a change in number (verdict.change-in-number), else the percent. */
function changeNum(d: Decided, now: Num, before: Num): Num {
  if (d.inNumber) return derive(d.verdict.official, d.verdict.official.toLocaleString('en-US'), `${now.text} − ${before.text}`, [now, before]);
  return derive(d.verdict.official, `${d.verdict.official}%`, `(${now.text} − ${before.text}) ÷ ${before.text} × 100`, [now, before]);
}

const OLD_VERDICT = { matches: 'in line', higher: 'above', lower: 'below' } as const;

/** The verdict as the card's "why" line: the claim's number and the official one, with its derivation. */
function comparison(claim: Claim, d: Decided, figures: ContextFigure[], headline: string): Comparison {
  const index = Math.max(0, figures.findIndex((f) => isAnchor(f, d)));
  const base = fromFigure(d.figure);
  const official = d.how ? derive(d.verdict.official, String(Math.round(d.verdict.official).toLocaleString('en-US')), `${base.text} ${d.how}`, [base]) : d.before ? changeNum(d, base, fromFigure(d.before)) : base;
  const claimed = claimNum(claim) ?? { value: claim.low ?? 0, text: claim.quote, origin: 'article' as const, sources: [], quote: claim.quote };
  const diff = claimed.value && official.value ? ((claimed.value - official.value) / official.value) * 100 : 0;
  return {
    figures: [index],
    basis: d.verdict.basis,
    claimed,
    official,
    difference: derive(Math.round(diff * 10) / 10, `${Math.round(diff * 10) / 10}%`, `(${claimed.text} − ${official.text}) ÷ ${official.text} × 100`, [claimed, official]),
    differenceUnit: 'percent',
    verdict: OLD_VERDICT[d.verdict.relation],
    // The headline is the verdict's one sentence; the label is the same words (older views read it).
    label: headline.replace(/\.$/, ''),
    explanation: `The claim says ${claim.quote}${claim.rate ? ` a ${claim.rate}` : ''}; ${whoseFigure(d.figure)} for ${formatPeriod(d.figure.period)} is ${official.text}${d.how ? ` (${base.text} ${d.how})` : ''}.`,
  };
}

/** Capacity math: only for goals, promises and projections. */
function capacity(claim: Claim, q: DatasetQuery, date: string | null) {
  if (claim.frame.kind !== 'target' && claim.frame.detail !== 'projection') return [];
  const goal = goalAmount(claim, claim.frame.measure === 'arrests' ? 'arrests' : 'removals');
  const lines = goal && (claim.frame.measure === 'arrests' || claim.frame.measure === 'removals' || claim.frame.measure === null) ? goalLines(q, goal, date) : [];
  // A zero in a divisor (a claim of 0 officers, a year with 0 removals) makes no line worth showing.
  return lines.filter((l) => Number.isFinite(l.result.value) && l.inputs.every((i) => Number.isFinite(i.value)));
}

/** One figure per distinct value in a period's group, each citing every source that gives that value. */
function toFigures(refs: FigureRef[], timing: Timing, role: FigureRole, articleDate: string | null, named: Period | null): ContextFigure[] {
  const byValue = new Map<string, FigureRef[]>();
  for (const f of refs) {
    // Sources giving the same value for a period are one figure, however each hedges it.
    const key = `${f.period}|${f.value}`;
    byValue.set(key, [...(byValue.get(key) ?? []), f]);
  }
  const periodsWithValues = new Map<string, Set<number>>();
  for (const f of refs) periodsWithValues.set(f.period, (periodsWithValues.get(f.period) ?? new Set()).add(f.value));
  return [...byValue.values()].map((same) => {
    const f = same[0]!;
    // Within one value, the source a writer could have known leads (primary, then earliest), so the
    // figure's "known" status and its label agree.
    const order = [...same].sort((a, b) => rank(a, articleDate) - rank(b, articleDate) || a.sourceDef.published.localeCompare(b.sourceDef.published));
    const lead = order[0]!;
    const value = fromFigure(lead, [...new Set(order.map((g) => g.source))]);
    const q = lead.qualifier ?? null;
    const hedge = q && q !== 'estimate' && q !== 'peak' ? `${q} ` : '';
    return {
      metric: info(f.metricDef),
      role,
      period: f.period,
      periodText: formatPeriod(f.period),
      value,
      qualifier: q,
      display: `${hedge}${value.text}${f.metricDef.unit.includes('dollar') ? '' : ` ${f.unit}`}${q === 'estimate' ? ' (estimate)' : q === 'peak' ? ' (peak)' : ''}${accountText(lead.account)}`,
      label: figureLabel({ countedBy: counterOf(lead, f.metricDef), tier: lead.sourceDef.tier, publisher: lead.sourceDef.publisher, ownEstimate: lead.sourceDef.ownEstimate }),
      sources: order.map((g) => ({
        id: g.sourceDef.id,
        title: g.sourceDef.title,
        publisher: g.sourceDef.publisher,
        url: g.sourceDef.url,
        published: g.sourceDef.published,
        primary: g.sourceDef.primary,
        tier: g.sourceDef.tier,
        quote: g.quote,
        ...(g.note ? { note: g.note } : {}),
        ...(g.receipt ? { receipt: receiptDetail(g.receipt) } : {}),
      })),
      timing,
      knowable: knowable(lead.sourceDef.published, articleDate),
      timingText: timingText(timing, lead, articleDate, named),
      disagreement: (periodsWithValues.get(f.period)?.size ?? 0) > 1,
      age: ageBefore(f.span.end, articleDate),
    };
  });
}

/** What part of the agency's money a figure counts, where its source says (data/figures `account`): ' (all appropriations)'. */
function accountText(account: Figure['account']): string {
  const text = account ? MONEY_ACCOUNT_TEXT[account] : null;
  return text ? ` (${text})` : '';
}

const KNOW_RANK = { known: 0, around: 1, 'undated-article': 2, later: 3 } as const;
// An advocacy page never leads where another tier gives the value; otherwise the known source leads, best tier first.
const rank = (f: FigureRef, date: string | null) =>
  (f.sourceDef.tier === 'advocacy' ? 100 : 0) + KNOW_RANK[knowable(f.sourceDef.published, date)] * 5 + tierRank(f.sourceDef.tier);


function periodNote(claim: Claim, date: string | null, any: boolean, verdict: boolean): string {
  if (!any) return 'No official figures for this claim are in the dataset.';
  const named = claim.period ? ` The article names a period: ${claim.period.text}${claim.period.period ? ` (${formatPeriod(claim.period.period)})` : ''}.` : '';
  const reference = verdict ? '' : ' Shown for reference: none of them is compared with the claim.';
  if (!date) return `The article's date is unknown: the latest available figures are shown.${named}${reference}`;
  return `Figures a writer could have known on ${formatDate(date)} are shown as such; anything published later is marked "Since then".${named}${reference}`;
}
