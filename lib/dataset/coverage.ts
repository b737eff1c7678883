/**
 * The core series and how well the dataset covers them, year by year: the one place that says which
 * metrics feed each series and which periods fill a fiscal-year cell. Used by scripts/coverage.ts
 * (data/COVERAGE.md and its ratchet baseline), scripts/data-readme.ts (freshness) and the options page.
 */
import { fiscalYearCovered, fiscalYearOf, parsePeriod } from './period';
import { tierRank } from './query';
import type { Dataset, SourceTier } from './schema';

/**
 * How a series' figures fill a fiscal-year cell:
 * - `year`: a total or an average over the year fills it only as the figure for the whole fiscal year:
 *   FY2019, or ICE's year-end release, a year to date from Oct. 1 through a day in September
 *   (2024-10-01/2025-09-20); a month or a shorter year to date never does.
 * - `level`: a count at a point in time (people held, cases pending, judges, an estimate of a population)
 *   fills the fiscal year its date falls in; a fiscal-year figure fills its year, and a calendar-year
 *   estimate (CY2019, an estimate for that year) fills the fiscal year ending in that calendar year.
 */
export type FillRule = 'year' | 'level';

export interface CoreSeries {
  id: string;
  name: string;
  /** The metrics whose figures count for this series. */
  metrics: readonly string[];
  fill: FillRule;
}

/** The core series of issue 16, in the order the coverage matrix lists them. */
export const CORE_SERIES: readonly CoreSeries[] = [
  { id: 'removals', name: 'ICE removals', metrics: ['removals'], fill: 'year' },
  { id: 'removals-interior', name: 'Interior removals (ICE arrests)', metrics: ['removals-interior'], fill: 'year' },
  { id: 'arrests-ero-admin', name: 'ERO administrative arrests', metrics: ['arrests-ero-admin'], fill: 'year' },
  { id: 'arrests-ero-at-large', name: 'At-large arrests', metrics: ['arrests-ero-at-large'], fill: 'year' },
  { id: 'detention-adp', name: 'Detention, average daily population', metrics: ['detention-adp'], fill: 'year' },
  { id: 'detention-population', name: 'People held on a day', metrics: ['detention-population'], fill: 'level' },
  { id: 'detention-book-ins', name: 'Book-ins', metrics: ['detention-book-ins'], fill: 'year' },
  { id: 'detention-alos', name: 'Average length of stay', metrics: ['detention-alos'], fill: 'year' },
  { id: 'atd', name: 'ATD participants', metrics: ['atd-population', 'atd-participants'], fill: 'level' },
  { id: 'detention-funded-beds', name: 'Funded beds', metrics: ['detention-funded-beds'], fill: 'level' },
  { id: 'budget-ice', name: 'ICE enacted budget (total or ERO)', metrics: ['budget-ice-total', 'budget-ice-ero'], fill: 'year' },
  { id: 'personnel-ero-officers', name: 'ERO deportation officers', metrics: ['personnel-ero-officers'], fill: 'level' },
  { id: 'border-usbp-nationwide', name: 'Border Patrol encounters, nationwide', metrics: ['border-usbp-nationwide'], fill: 'year' },
  { id: 'border-swb-encounters', name: 'Southwest border encounters (CBP)', metrics: ['border-swb-encounters'], fill: 'year' },
  { id: 'courts-backlog', name: 'Immigration court pending cases (EOIR, TRAC)', metrics: ['courts-backlog', 'courts-backlog-trac'], fill: 'level' },
  { id: 'courts-judges', name: 'Immigration judges', metrics: ['courts-judges'], fill: 'level' },
  {
    id: 'population-unauthorized',
    name: 'Unauthorized population (DHS, Pew, MPI)',
    metrics: ['population-unauthorized-dhs', 'population-unauthorized-pew', 'population-unauthorized-mpi'],
    fill: 'level',
  },
];

/** The matrix's years, and the years its totals and targets count (FY2026 is under way). */
export const COVERAGE_YEARS = { first: 2012, last: 2026, lastTotalled: 2025 } as const;

/** The fiscal year a figure's period fills under a rule, or null when it fills none. */
export function fiscalYearFilled(period: string, fill: FillRule): number | null {
  const span = parsePeriod(period);
  if (!span) return null;
  const whole = fiscalYearCovered(period);
  if (whole !== null) return whole;
  if (fill === 'year') return null;
  if (span.kind === 'calendar-year') return Number(period.slice(2));
  if (span.kind === 'day' || span.kind === 'month') return fiscalYearOf(span.end);
  return null;
}

export interface CoverageCell {
  /** The best tier among the sources of the figures that fill the cell; null when empty. */
  tier: SourceTier | null;
  /** True when a research body's own estimate fills the cell (Pew's or MPI's count, not its reading of an agency's). */
  ownEstimate: boolean;
}

export interface CoverageRow {
  series: CoreSeries;
  /** Keyed by fiscal year. */
  cells: Record<number, CoverageCell>;
  /** The newest period among the series' figures (by end date), with its end; null when none. */
  newest: { period: string; end: string } | null;
}

export interface CoverageTotals {
  cells: number;
  filled: number;
  agencyOrOversight: number;
  /** Cells whose best source is a research body's own estimate (counted apart from agency and oversight). */
  ownEstimate: number;
  advocacyOnly: number;
}

export interface Coverage {
  years: number[];
  rows: CoverageRow[];
  totals: CoverageTotals;
}

/** Computes the coverage matrix of the core series over a dataset. */
/** Bodies whose counts are research estimates (a page of theirs marked ownEstimate gives them). */
const OWN_ESTIMATE_COUNTERS: ReadonlySet<string> = new Set(['Pew', 'MPI', 'CMS', 'TRAC']);

export function coverage(d: Dataset): Coverage {
  const sourceById = new Map(d.sources.map((s) => [s.id, s]));
  const counterOfMetric = new Map(d.metrics.map((m) => [m.id, m.countedBy]));
  const years = Array.from({ length: COVERAGE_YEARS.last - COVERAGE_YEARS.first + 1 }, (_, i) => COVERAGE_YEARS.first + i);
  const rows = CORE_SERIES.map((series): CoverageRow => {
    const figures = d.figures.filter((f) => series.metrics.includes(f.metric));
    const cells: Record<number, CoverageCell> = {};
    for (const y of years) cells[y] = { tier: null, ownEstimate: false };
    let newest: CoverageRow['newest'] = null;
    for (const f of figures) {
      const span = parsePeriod(f.period);
      if (span && (!newest || span.end > newest.end)) newest = { period: f.period, end: span.end };
      const y = fiscalYearFilled(f.period, series.fill);
      const source = sourceById.get(f.source);
      const cell = y === null ? undefined : cells[y];
      if (!cell || !source) continue;
      if (!cell.tier || tierRank(source.tier) < tierRank(cell.tier)) cell.tier = source.tier;
      // A research body's own estimate: its page, and its own count (not an agency's figure the same page quotes).
      if (source.ownEstimate && OWN_ESTIMATE_COUNTERS.has(f.countedBy ?? counterOfMetric.get(f.metric) ?? '')) cell.ownEstimate = true;
    }
    return { series, cells, newest };
  });
  const totals: CoverageTotals = { cells: 0, filled: 0, agencyOrOversight: 0, ownEstimate: 0, advocacyOnly: 0 };
  for (const row of rows)
    for (const y of years) {
      if (y > COVERAGE_YEARS.lastTotalled) continue;
      const { tier: t, ownEstimate } = row.cells[y]!;
      totals.cells++;
      if (!t) continue;
      totals.filled++;
      if (t === 'agency' || t === 'oversight') totals.agencyOrOversight++;
      else if (t === 'research' && ownEstimate) totals.ownEstimate++;
      if (t === 'advocacy') totals.advocacyOnly++;
    }
  return { years, rows, totals };
}

/** A percentage with one decimal, "85.3". */
export const percent = (part: number, whole: number) => (whole ? ((100 * part) / whole).toFixed(1) : '0.0');

/** One line of totals for the README and COVERAGE.md. */
export function coverageSummary(t: CoverageTotals): string {
  return (
    `FY${COVERAGE_YEARS.first}-FY${COVERAGE_YEARS.lastTotalled}: ${t.filled} of ${t.cells} cells filled (${percent(t.filled, t.cells)}%), ` +
    `${t.agencyOrOversight} of them (${percent(t.agencyOrOversight, t.filled)}%) from agency or oversight sources ` +
    `and ${t.ownEstimate} more from a research body's own estimate, ` +
    `${t.advocacyOnly} whose only source is advocacy`
  );
}

/** The ratchet baseline: for each series, the best tier reached in each fiscal year. */
export type CoverageBaseline = Record<string, Record<string, SourceTier>>;

/** The cells of a coverage as a baseline. */
export function toBaseline(c: Coverage): CoverageBaseline {
  const out: CoverageBaseline = {};
  for (const row of c.rows) {
    const cells: Record<string, SourceTier> = {};
    for (const y of c.years) {
      const t = row.cells[y]!.tier;
      if (t) cells[`FY${y}`] = t;
    }
    out[row.series.id] = cells;
  }
  return out;
}

/** The better of two baselines, cell by cell (a ratchet only moves up). */
export function raiseBaseline(old: CoverageBaseline, now: CoverageBaseline): CoverageBaseline {
  const out: CoverageBaseline = {};
  for (const id of new Set([...Object.keys(old), ...Object.keys(now)])) {
    const cells = { ...(old[id] ?? {}) };
    for (const [fy, t] of Object.entries(now[id] ?? {})) if (!cells[fy] || tierRank(t) < tierRank(cells[fy]!)) cells[fy] = t;
    out[id] = Object.fromEntries(Object.entries(cells).sort(([a], [b]) => a.localeCompare(b)));
  }
  return out;
}

/** Where the coverage fell below the baseline: a filled cell now empty, or a cell whose best tier dropped. */
export function ratchetDrops(baseline: CoverageBaseline, now: CoverageBaseline): string[] {
  const drops: string[] = [];
  for (const [id, cells] of Object.entries(baseline))
    for (const [fy, was] of Object.entries(cells)) {
      const is = now[id]?.[fy];
      if (!is) drops.push(`${id} ${fy}: was ${was}, now empty`);
      else if (tierRank(is) > tierRank(was)) drops.push(`${id} ${fy}: was ${was}, now ${is}`);
    }
  return drops;
}

/** The date `months` calendar months before an ISO date (the day clamped to the month's end). */
export function monthsBefore(iso: string, months: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** The core series whose newest figure ends more than `months` months before `asOf` (or that have none). */
export function staleSeries(c: Coverage, asOf: string, months = 15): { series: CoreSeries; newest: CoverageRow['newest'] }[] {
  const cutoff = monthsBefore(asOf, months);
  return c.rows.filter((r) => !r.newest || r.newest.end < cutoff).map((r) => ({ series: r.series, newest: r.newest }));
}

export interface SeriesFreshness {
  id: string;
  name: string;
  /** The newest figure's period in the dataset's notation, or null when the series has none. */
  period: string | null;
  /** True when that figure ends more than 15 months before the dataset's as-of date (or there is none). */
  stale: boolean;
}

/** Each core series' newest period, from the query API (what the options page shows). */
export function seriesFreshness(q: { series(metric: string): readonly { period: string; span: { end: string } }[] }, asOf: string, months = 15): SeriesFreshness[] {
  const cutoff = monthsBefore(asOf, months);
  return CORE_SERIES.map((s) => {
    let newest: { period: string; end: string } | null = null;
    for (const m of s.metrics) for (const f of q.series(m)) if (!newest || f.span.end > newest.end) newest = { period: f.period, end: f.span.end };
    return { id: s.id, name: s.name, period: newest?.period ?? null, stale: !newest || newest.end < cutoff };
  });
}
