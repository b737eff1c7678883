/**
 * "ICE at a glance": a few headline measures for one fiscal year, each with its value, period and
 * sources (best tier first), and a small chart of the years the dataset holds. Only stored figures are
 * shown: a year without one says so, and then shows what the dataset does hold, labelled for what it
 * is: the latest full year before, and a newer part of a year (a count on a day, "FY2026 through
 * April 9"). Without an article date it shows the latest full year and the newest figure after it.
 */
import { counterOf, figureLabel } from '../lib/context/label';
import type { DatasetQuery, FigureRef } from '../lib/dataset';
import { fiscalYearCovered, fiscalYearOf, formatPeriod, formatYearToDate } from '../lib/dataset/period';
import { publishedOnOrBefore } from '../lib/dataset/query';
import type { SourceTier } from '../lib/dataset/schema';
import { Chart, type ChartPoint } from './Chart';

/** The measures shown, in order, with their short labels. */
export const GLANCE_METRICS: readonly { id: string; label: string }[] = [
  { id: 'removals', label: 'Removals' },
  { id: 'removals-interior', label: 'Interior removals' },
  { id: 'arrests-ero-admin', label: 'Arrests (ERO, administrative)' },
  { id: 'detention-adp', label: 'Detention, average daily population' },
  { id: 'detention-population', label: 'Detention, people held on a day' },
  { id: 'detention-funded-beds', label: 'Detention beds funded' },
  { id: 'personnel-ero-officers', label: 'ERO officers' },
  { id: 'budget-ice-total', label: 'ICE budget' },
];

/** How far a chart stretches beyond the stored years to show the marked year as a gap. */
const MAX_CHART_EXTENSION = 5;

export interface GlanceSource {
  title: string;
  publisher: string;
  url: string;
  tier: SourceTier;
  primary: boolean;
}

export interface GlanceValue {
  /** Whose figure it is, by its best source, as the card names it: "Official", "ICE's figure, as reported by Reuters". */
  label: string;
  /** The value as readers see it: "about 6,000 officers", "$8.5 billion". */
  display: string;
  /** Published after the article's date by every source that gives it: a writer could not have known it. */
  later: boolean;
  /** The value's own period when it is not the plain fiscal year: "FY2025 through Sept. 20". */
  period: string | null;
  sources: GlanceSource[];
}

export interface GlanceRow {
  metric: string;
  /** A yearly measure, or counts on a day (people held), which have no fiscal-year figure. */
  kind: 'yearly' | 'dated';
  label: string;
  /** The fiscal year shown. */
  fiscalYear: number;
  /** "FY2019 (Oct. 2018 to Sept. 2019)", for the full name of the period. */
  periodLabel: string;
  /** One entry per distinct stored value for that year (sources can disagree); empty when none. */
  values: GlanceValue[];
  /**
   * Other figures, each with its period, newest last: when that year has no figure, the latest full
   * fiscal year before it and a newer figure for part of a year or a day; when the latest figures are
   * shown (no article date), the newest figure after the latest full year ("FY2026 through April 9").
   */
  instead: GlanceInstead[];
  chart: ChartPoint[];
  chartTitle: string;
  /** The chart point that is marked (the year shown, or the day of the count shown). */
  marked: string | null;
  /** What the marked point is: "the article's year", "the latest full year", "the count shown". */
  markedAs: string;
}

export interface GlanceInstead {
  /** "FY2025, the latest full year", "Oct. 1 to Nov. 15, 2025 (part of FY2026)", "Nov. 16, 2025". */
  label: string;
  values: GlanceValue[];
}

export interface Glance {
  /** The article's fiscal year, or null when the article has no date and the latest years are shown. */
  articleYear: number | null;
  rows: GlanceRow[];
}

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A stored value for readers: dollars in millions or billions, counts with separators. */
export function formatValue(value: number, unit: string): string {
  if (/dollar/i.test(unit)) {
    if (value >= 1e9) return `$${decimal.format(value / 1e9)} billion`;
    if (value >= 1e6) return `$${decimal.format(value / 1e6)} million`;
    return `$${integer.format(value)}`;
  }
  return integer.format(value);
}

/** The fiscal year a figure stands for as a whole (the year, or ICE's year-end release), or null. */
const fyOf = (f: FigureRef) => fiscalYearCovered(f.period);
/** How many dated figures a chart of counts on a day shows. */
const DATED_CHART_POINTS = 10;

/** One value per distinct display, each with every source that gives it. */
function valuesOf(figures: readonly FigureRef[], articleDate: string | null): GlanceValue[] {
  const values: GlanceValue[] = [];
  for (const f of figures) {
    const display = `${f.qualifier && f.qualifier !== 'estimate' ? f.qualifier + ' ' : ''}${formatValue(f.value, f.unit)}${f.qualifier === 'estimate' ? ' (estimate)' : ''}`;
    let entry = values.find((v) => v.display === display);
    const later = articleDate !== null && !publishedOnOrBefore(f.sourceDef.published, articleDate);
    const period = f.span.kind === 'fiscal-year' ? null : formatYearToDate(f.period);
    // The series comes best tier first, so the first source of a value names it.
    const label = figureLabel({ countedBy: counterOf(f, f.metricDef), tier: f.sourceDef.tier, publisher: f.sourceDef.publisher, ownEstimate: f.sourceDef.ownEstimate });
    if (!entry) values.push((entry = { label, display, later, period, sources: [] }));
    else entry.later &&= later;
    const { title, publisher, url, tier, primary } = f.sourceDef;
    if (!entry.sources.some((s) => s.url === url && s.title === title)) entry.sources.push({ title, publisher, url, tier, primary });
  }
  return values;
}

/**
 * The newest figure for part of a year or a day that ends after `after` and by `until` (both
 * YYYY-MM-DD), with every source's value for that same period. Preferred in turn: what a writer could
 * have known on the article's date, what covers only time before it, and else the first figure after
 * it (the nearest stand-in, marked as published later).
 */
function newestDated(series: readonly FigureRef[], after: string, until: string, articleDate: string | null): FigureRef[] {
  const dated = series.filter((f) => f.span.kind !== 'fiscal-year' && f.span.end > after && f.span.end <= until);
  const before = articleDate ? dated.filter((f) => f.span.end <= articleDate) : dated;
  const known = articleDate ? before.filter((f) => publishedOnOrBefore(f.sourceDef.published, articleDate)) : dated;
  const pool = known.length ? known : before.length ? before : dated;
  const firstAfter = pool === dated && articleDate !== null && before.length === 0;
  const newest = pool.reduce<FigureRef | null>((a, f) => {
    if (!a) return f;
    const later = f.span.end > a.span.end || (f.span.end === a.span.end && f.span.start > a.span.start);
    return later !== firstAfter ? f : a;
  }, null);
  return newest ? pool.filter((f) => f.period === newest.period) : [];
}

/** A dated period for readers: a year to date as "FY2026 through April 9", else the fiscal year it is part of. */
function datedLabel(f: FigureRef): string {
  const toDate = formatYearToDate(f.period);
  if (toDate) return toDate;
  const text = formatPeriod(f.period);
  const fy = fiscalYearOf(f.span.end);
  return f.span.kind === 'day' || fiscalYearOf(f.span.start) !== fy ? text : `${text} (part of FY${fy})`;
}

/** The glance for an article dated `articleDate` (YYYY-MM-DD), or the latest years when null. */
export function buildGlance(query: Pick<DatasetQuery, 'series' | 'metric'>, articleDate: string | null): Glance {
  const articleYear = articleDate ? fiscalYearOf(articleDate) : null;
  const rows: GlanceRow[] = [];
  for (const { id, label } of GLANCE_METRICS) {
    const metric = query.metric(id);
    const series = query.series(id);
    if (!metric || series.length === 0) continue;
    const yearly = series.filter((f) => fyOf(f) !== null);
    if (yearly.length === 0) {
      // Counts on a day (people held): the newest count by the article's date, charted with the ones before.
      const until = articleYear !== null ? `${articleYear}-09-30` : '9999-12-31';
      const shown = newestDated(series, '0000-00-00', until, articleDate);
      const head = shown[0];
      if (!head) continue;
      const points = series.filter((f) => f.span.end <= head.span.end);
      const chart: ChartPoint[] = [];
      for (const f of points) if (!chart.some((p) => p.label === formatPeriod(f.period))) chart.push({ label: formatPeriod(f.period), value: f.value, display: formatValue(f.value, f.unit) });
      const year = articleYear ?? fiscalYearOf(head.span.end);
      rows.push({
        metric: id,
        kind: 'dated',
        label,
        fiscalYear: year,
        periodLabel: formatPeriod(`FY${year}`),
        values: [],
        instead: [{ label: datedLabel(head), values: valuesOf(shown, articleDate) }],
        chart: chart.slice(-DATED_CHART_POINTS),
        chartTitle: `${metric.name}, the latest counts`,
        marked: formatPeriod(head.period),
        markedAs: 'the count shown',
      });
      continue;
    }
    const years = yearly.map((f) => fyOf(f)!);
    const [first, last] = [Math.min(...years), Math.max(...years)];
    const year = articleYear ?? last;
    const values = valuesOf(
      yearly.filter((f) => fyOf(f) === year),
      articleDate,
    );

    const instead: GlanceInstead[] = [];
    if (values.length === 0) {
      const before = years.filter((y) => y < year);
      const lastFull = before.length ? Math.max(...before) : null;
      if (lastFull !== null) instead.push({ label: `FY${lastFull}, the latest full year`, values: valuesOf(yearly.filter((f) => fyOf(f) === lastFull), articleDate) });
      // Something newer than that year, up to the end of the year shown: a total to a date, a count on a day.
      const after = lastFull !== null ? `${lastFull}-09-30` : '0000-00-00';
      const newer = newestDated(series, after, `${year}-09-30`, articleDate);
      if (newer[0]) instead.push({ label: datedLabel(newer[0]), values: valuesOf(newer, articleDate) });
    } else if (articleYear === null) {
      // The latest: anything newer than the latest full year (a year to date, a month, a day).
      const newer = newestDated(series, `${year}-09-30`, '9999-12-31', null);
      if (newer[0]) instead.push({ label: datedLabel(newer[0]), values: valuesOf(newer, null) });
    }

    const from = year < first && first - year <= MAX_CHART_EXTENSION ? year : first;
    const to = year > last && year - last <= MAX_CHART_EXTENSION ? year : last;
    const chart: ChartPoint[] = [];
    for (let y = from; y <= to; y++) {
      // The series is ordered best tier first, so the first figure of a year is the one drawn.
      const f = yearly.find((g) => fyOf(g) === y);
      chart.push({ label: `FY${y}`, value: f ? f.value : null, display: f ? formatValue(f.value, f.unit) : 'no figure' });
    }
    const markedAs = articleYear !== null ? "the article's year" : 'the latest full year';
    rows.push({ metric: id, kind: 'yearly', label, fiscalYear: year, periodLabel: formatPeriod(`FY${year}`), values, instead, chart, chartTitle: `${metric.name} by fiscal year`, marked: `FY${year}`, markedAs });
  }
  return { articleYear, rows };
}

/** What each tier means, for the tag's tooltip. */
const TIER_TITLES: Record<SourceTier, string> = {
  agency: 'The agency that counts, or the text of a law',
  oversight: 'Congressional Research Service, GAO or an inspector general',
  research: 'A research body',
  news: 'A news report of the figure',
  advocacy: 'A partisan or advocacy source',
};

/** One value with its period and linked sources. */
function ValueLine({ value, period, title }: { value: GlanceValue; period: string; title: string }) {
  return (
    <p class="glance-value">
      <span class="muted glance-label">{value.label}:</span> <strong>{value.display}</strong>{' '}
      <span class="muted" title={title}>
        {period}
        {value.later ? ', published after the article' : ''}
      </span>
      <span class="glance-sources">
        {value.sources.map((s, i) => (
          <span key={s.url + s.title}>
            {i > 0 ? '; ' : ''}
            <a href={s.url} target="_blank" rel="noreferrer" title={s.title}>
              {s.publisher}
            </a>{' '}
            <span class={`tag tag-${s.tier}${s.primary ? ' tag-primary' : ''}`} title={TIER_TITLES[s.tier]}>
              {s.tier}
            </span>
          </span>
        ))}
      </span>
    </p>
  );
}

/** The glance section of the popup. */
export function PopupGlance({ glance }: { glance: Glance }) {
  return (
    <section class="glance" data-component="PopupGlance" aria-labelledby="glance-title">
      <h2 id="glance-title">
        ICE at a glance{glance.articleYear !== null ? `, FY${glance.articleYear}` : ': latest figures'}
      </h2>
      <p class="muted">
        {glance.articleYear !== null
          ? `The fiscal year of the article's date (Oct. ${glance.articleYear - 1} to Sept. ${glance.articleYear}).`
          : 'The page gives no date: each measure shows the latest fiscal year with an official figure.'}
      </p>
      {glance.rows.length === 0 ? (
        <p>The dataset has no figures for these measures.</p>
      ) : (
        <ul class="glance-list">
          {glance.rows.map((row) => (
            <li key={row.metric} class="glance-row" data-metric={row.metric}>
              <div class="glance-text">
                <h3>{row.label}</h3>
                {row.kind === 'yearly' && row.values.length === 0 && (
                  <p class="glance-missing">
                    No official figure for FY{row.fiscalYear}
                    {row.instead.length ? '; instead:' : '.'}
                  </p>
                )}
                {row.values.map((v) => (
                  <ValueLine
                    key={v.display}
                    value={v}
                    period={`${glance.articleYear === null ? 'latest full year, ' : ''}${v.period ?? `FY${row.fiscalYear}`}`}
                    title={row.periodLabel}
                  />
                ))}
                {row.instead.map((alt) =>
                  alt.values.map((v) => <ValueLine key={alt.label + v.display} value={v} period={alt.label} title={alt.label} />),
                )}
              </div>
              <Chart title={row.chartTitle} points={row.chart} marked={row.marked} markedAs={row.markedAs} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
