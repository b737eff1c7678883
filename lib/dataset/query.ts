/**
 * The typed query API over the dataset, used by every other part. Stored figures are returned as
 * they are; derived values (per month, per day) are computed by callers from stored figures.
 */
import { parsePeriod, type Period } from './period';
import { SOURCE_TIERS, type Dataset, type Figure, type Metric, type Source, type SourceTier } from './schema';

/** A figure with its parsed period, metric and source resolved. */
export interface FigureRef extends Figure {
  span: Period;
  metricDef: Metric;
  sourceDef: Source;
}

export interface DatasetQuery {
  readonly meta: Dataset['meta'];
  readonly metrics: readonly Metric[];
  readonly sources: readonly Source[];
  metric(id: string): Metric | undefined;
  source(id: string): Source | undefined;
  /** Every figure of a metric, ordered by period, then by source tier (agency, oversight, research, news, advocacy). */
  series(metric: string): FigureRef[];
  /** The figures (one per source) for exactly this period. */
  figuresFor(metric: string, period: string): FigureRef[];
  /** The figures whose period contains `date`, shortest period first (a month before its fiscal year). */
  figuresCovering(metric: string, date: string): FigureRef[];
  /**
   * The figures that a writer could have known on `date`: the latest period ending on or before
   * `date` whose source was published on or before it. All sources for that period are returned.
   */
  latestKnownAt(metric: string, date: string): FigureRef[];
  /** The figures of the latest period of a metric, whatever their date. */
  latest(metric: string): FigureRef[];
}

/** Compares publication dates given as YYYY, YYYY-MM or YYYY-MM-DD: a partial date counts as its last day. */
export function publishedOnOrBefore(published: string, date: string): boolean {
  const full = published.length === 4 ? `${published}-12-31` : published.length === 7 ? `${published}-31` : published;
  return full <= date;
}

/** A tier's place in the order sources lead in: agency 0, oversight 1, research 2, news 3, advocacy 4. */
export function tierRank(tier: SourceTier): number {
  return SOURCE_TIERS.indexOf(tier);
}

/** Orders the sources of one figure: by tier, then by id so the order is stable. */
export function bySourceTier(a: { sourceDef: Source; source: string }, b: { sourceDef: Source; source: string }): number {
  return tierRank(a.sourceDef.tier) - tierRank(b.sourceDef.tier) || a.source.localeCompare(b.source);
}

const byPeriodThenTier = (a: FigureRef, b: FigureRef) =>
  a.span.start.localeCompare(b.span.start) || a.span.end.localeCompare(b.span.end) || bySourceTier(a, b);

/** Builds the query API over a parsed dataset. */
export function createQuery(dataset: Dataset): DatasetQuery {
  const metrics = new Map(dataset.metrics.map((m) => [m.id, m]));
  const sources = new Map(dataset.sources.map((s) => [s.id, s]));
  const byMetric = new Map<string, FigureRef[]>();
  // Two thousand figures share a few hundred periods: each is parsed once (this runs on every wake).
  const spans = new Map<string, Period | null>();
  for (const f of dataset.figures) {
    let span = spans.get(f.period);
    if (span === undefined) spans.set(f.period, (span = parsePeriod(f.period)));
    const metricDef = metrics.get(f.metric);
    const sourceDef = sources.get(f.source);
    // parseDataset has checked all three; a figure that still fails here is skipped, never guessed.
    if (!span || !metricDef || !sourceDef) continue;
    const list = byMetric.get(f.metric) ?? [];
    list.push({ ...f, span, metricDef, sourceDef });
    byMetric.set(f.metric, list);
  }
  for (const list of byMetric.values()) list.sort(byPeriodThenTier);

  const series = (metric: string) => byMetric.get(metric) ?? [];
  const lastPeriod = (list: FigureRef[]) => {
    let best: FigureRef | undefined;
    for (const f of list) if (!best || f.span.end > best.span.end || (f.span.end === best.span.end && f.span.days < best.span.days)) best = f;
    return best ? list.filter((f) => f.period === best!.period) : [];
  };

  return {
    meta: dataset.meta,
    metrics: dataset.metrics,
    sources: dataset.sources,
    metric: (id) => metrics.get(id),
    source: (id) => sources.get(id),
    series,
    figuresFor: (metric, period) => series(metric).filter((f) => f.period === period),
    figuresCovering: (metric, date) =>
      series(metric)
        .filter((f) => f.span.start <= date && date <= f.span.end)
        .sort((a, b) => a.span.days - b.span.days || byPeriodThenTier(a, b)),
    latestKnownAt: (metric, date) =>
      lastPeriod(series(metric).filter((f) => f.span.end <= date && publishedOnOrBefore(f.sourceDef.published, date))),
    latest: (metric) => lastPeriod(series(metric)),
  };
}
