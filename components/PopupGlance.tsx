/**
 * "ICE at a glance": a few headline measures for one fiscal year, each with its value, period and
 * sources, and a small chart of the years the dataset holds. Only stored figures are shown: a year
 * without one says so.
 */
import type { DatasetQuery, FigureRef } from '../lib/dataset';
import { fiscalYearOf, formatPeriod } from '../lib/dataset/period';
import { publishedOnOrBefore } from '../lib/dataset/query';
import { Chart, type ChartPoint } from './Chart';

/** The measures shown, in order, with their short labels. */
export const GLANCE_METRICS: readonly { id: string; label: string }[] = [
  { id: 'removals', label: 'Removals' },
  { id: 'removals-interior', label: 'Interior removals' },
  { id: 'arrests-ero-admin', label: 'Arrests (ERO, administrative)' },
  { id: 'detention-adp', label: 'Detention, average daily population' },
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
  primary: boolean;
}

export interface GlanceValue {
  /** The value as readers see it: "about 6,000 officers", "$8.5 billion". */
  display: string;
  /** Published after the article's date by every source that gives it: a writer could not have known it. */
  later: boolean;
  sources: GlanceSource[];
}

export interface GlanceRow {
  metric: string;
  label: string;
  /** The fiscal year shown. */
  fiscalYear: number;
  /** "FY2019 (Oct. 2018 to Sept. 2019)", for the full name of the period. */
  periodLabel: string;
  /** One entry per distinct stored value for that year (sources can disagree); empty when none. */
  values: GlanceValue[];
  chart: ChartPoint[];
  chartTitle: string;
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

const fyOf = (f: FigureRef) => (f.span.kind === 'fiscal-year' ? Number(f.period.slice(2)) : null);

/** The glance for an article dated `articleDate` (YYYY-MM-DD), or the latest years when null. */
export function buildGlance(query: Pick<DatasetQuery, 'series' | 'metric'>, articleDate: string | null): Glance {
  const articleYear = articleDate ? fiscalYearOf(articleDate) : null;
  const rows: GlanceRow[] = [];
  for (const { id, label } of GLANCE_METRICS) {
    const metric = query.metric(id);
    const yearly = query.series(id).filter((f) => fyOf(f) !== null);
    if (!metric || yearly.length === 0) continue;
    const years = yearly.map((f) => fyOf(f)!);
    const [first, last] = [Math.min(...years), Math.max(...years)];
    const year = articleYear ?? last;
    const figures = yearly.filter((f) => fyOf(f) === year);

    const values: GlanceValue[] = [];
    for (const f of figures) {
      const display = `${f.qualifier && f.qualifier !== 'estimate' ? f.qualifier + ' ' : ''}${formatValue(f.value, f.unit)}${f.qualifier === 'estimate' ? ' (estimate)' : ''}`;
      let entry = values.find((v) => v.display === display);
      const later = articleDate !== null && !publishedOnOrBefore(f.sourceDef.published, articleDate);
      if (!entry) values.push((entry = { display, later, sources: [] }));
      else entry.later &&= later;
      if (!entry.sources.some((s) => s.url === f.sourceDef.url && s.title === f.sourceDef.title))
        entry.sources.push({ title: f.sourceDef.title, publisher: f.sourceDef.publisher, url: f.sourceDef.url, primary: f.sourceDef.primary });
    }

    const from = year < first && first - year <= MAX_CHART_EXTENSION ? year : first;
    const to = year > last && year - last <= MAX_CHART_EXTENSION ? year : last;
    const chart: ChartPoint[] = [];
    for (let y = from; y <= to; y++) {
      // The series is ordered primary source first, so the first figure of a year is the one drawn.
      const f = yearly.find((g) => fyOf(g) === y);
      chart.push({ label: `FY${y}`, value: f ? f.value : null, display: f ? formatValue(f.value, f.unit) : 'no figure' });
    }
    rows.push({ metric: id, label, fiscalYear: year, periodLabel: formatPeriod(`FY${year}`), values, chart, chartTitle: `${metric.name} by fiscal year` });
  }
  return { articleYear, rows };
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
                {row.values.length === 0 ? (
                  <p class="glance-missing">No official figure for FY{row.fiscalYear}.</p>
                ) : (
                  row.values.map((v) => (
                    <p key={v.display} class="glance-value">
                      <strong>{v.display}</strong>{' '}
                      <span class="muted" title={row.periodLabel}>
                        {glance.articleYear === null ? 'latest, ' : ''}FY{row.fiscalYear}
                        {v.later ? ', published after the article' : ''}
                      </span>
                      <span class="glance-sources">
                        {v.sources.map((s, i) => (
                          <span key={s.url + s.title}>
                            {i > 0 ? '; ' : ''}
                            <a href={s.url} target="_blank" rel="noreferrer" title={s.title}>
                              {s.publisher}
                            </a>{' '}
                            <span class={s.primary ? 'tag tag-primary' : 'tag'}>{s.primary ? 'primary' : 'secondary'}</span>
                          </span>
                        ))}
                      </span>
                    </p>
                  ))
                )}
              </div>
              <Chart title={row.chartTitle} points={row.chart} marked={`FY${row.fiscalYear}`} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
