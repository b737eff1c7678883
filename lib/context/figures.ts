/**
 * Which figures of a metric fit a claim: those for the period it names, else those a writer could have
 * known at the article's date, plus what was published later, labelled as later.
 */
import type { DatasetQuery, FigureRef } from '../dataset/query';
import { daysBetween, formatPeriod, parsePeriod, type Period } from '../dataset/period';
import type { ClaimPeriod } from '../detect/types';
import { formatPublished } from './format';
import type { Knowable, Timing } from './types';

/** A set of figures for one period, picked for one reason. */
export interface PickedGroup {
  timing: Timing;
  figures: FigureRef[];
}

/** The first and last day a partial publication date (YYYY or YYYY-MM) may stand for. */
function publishedSpan(published: string): [string, string] {
  if (published.length === 4) return [`${published}-01-01`, `${published}-12-31`];
  if (published.length === 7) {
    const p = parsePeriod(published)!;
    return [p.start, p.end];
  }
  return [published, published];
}

/** Whether a writer could have known a source on the article's date. */
export function knowable(published: string, articleDate: string | null): Knowable {
  if (!articleDate) return 'undated-article';
  const [first, last] = publishedSpan(published);
  if (last <= articleDate) return 'known';
  if (first > articleDate) return 'later';
  return 'around';
}

const couldKnow = (f: FigureRef, date: string) => knowable(f.sourceDef.published, date) !== 'later';

/** The group whose period ends last (shortest period on a tie: a month before the year that ends with it). */
function lastGroup(list: FigureRef[]): FigureRef[] {
  let best: FigureRef | undefined;
  for (const f of list) if (!best || f.span.end > best.span.end || (f.span.end === best.span.end && f.span.days < best.span.days)) best = f;
  return best ? list.filter((f) => f.period === best!.period) : [];
}

/** Share of the longer period two periods must have in common to count as nearly the same period. */
const NEAR_SHARE = 0.8;

/** Days two periods have in common. */
function overlapDays(a: Period, b: Period): number {
  const start = a.start > b.start ? a.start : b.start;
  const end = a.end < b.end ? a.end : b.end;
  return end < start ? 0 : daysBetween(start, end);
}

const isYear = (p: Period) => p.kind === 'fiscal-year' || p.kind === 'calendar-year';

/** The latest figures of a metric: for totals, the latest full year (partial-year counts mislead as "latest"). */
function latestOf(series: FigureRef[]): FigureRef[] {
  const total = series[0]?.metricDef.aggregation === 'total';
  const years = series.filter((f) => isYear(f.span));
  return lastGroup(total && years.length ? years : series);
}

/** The claim's period as a parsed span, when it resolves to dates. */
export function claimSpan(period: ClaimPeriod | null): Period | null {
  if (!period) return null;
  const byId = period.period ? parsePeriod(period.period) : null;
  if (byId) return byId;
  if (period.start && period.end) return parsePeriod(`${period.start}/${period.end}`);
  return null;
}

/** How many days apart a one-day count may be from the day a claim names and still speak for it. */
const NEAR_DAYS = 3;

/** Whole days between two ISO dates, either order. */
function dayGap(a: string, b: string): number {
  return a <= b ? daysBetween(a, b) - 1 : daysBetween(b, a) - 1;
}

/** The one-day figures nearest to `day`. */
function closestDay(figures: FigureRef[], day: string): FigureRef[] {
  const dist = (f: FigureRef) => dayGap(f.span.start, day);
  const best = Math.min(...figures.map(dist));
  return figures.filter((f) => dist(f) === best);
}

/**
 * Picks the figures of one metric for a claim:
 * 1. the claim names a period: the figures for it, else for a period nearly the same (80% in common),
 *    else, for a calendar year, the fiscal year of the same number, else (levels and averages) the
 *    latest count inside it, else for the shortest official period containing it;
 *    if no writer could have known those on the article's date, also the latest known then;
 * 2. else, with an article date: the figures for the period containing that date that were published
 *    by then, else the latest known at that date; and the figures for the period containing the date
 *    that came out later, labelled "since then";
 * 3. else the latest figures, labelled as such because the article's date is unknown.
 * When the result leaves out a later period, the latest figures are added, labelled `latest`.
 */
export function pickFigures(q: DatasetQuery, metric: string, period: ClaimPeriod | null, articleDate: string | null): PickedGroup[] {
  const series = q.series(metric);
  if (!series.length) return [];
  const groups: PickedGroup[] = [];
  const span = claimSpan(period);

  if (span) {
    const exact = series.filter((f) => f.span.start === span.start && f.span.end === span.end);
    const containing = series.filter((f) => f.span.start <= span.start && span.end <= f.span.end);
    // A period that nearly matches the named one ("Jan. 20 to Aug. 27" for "since Jan. 20", said in August)
    // is as good as the same period once both are put per month.
    const near = series.filter((f) => overlapDays(f.span, span) >= NEAR_SHARE * Math.max(f.span.days, span.days));
    // "Last year" or "in 2018" about a count kept by fiscal year: news prose means the fiscal year of that
    // number (nine months in common), and the card names its months.
    const fiscal = span.kind === 'calendar-year' ? series.filter((f) => f.span.kind === 'fiscal-year' && f.span.end.slice(0, 4) === span.start.slice(0, 4)) : [];
    // A level counted inside a named month ("in September", a count of Sept. 14) speaks for it; a count
    // on one day does not speak for a year's average, and a total for part of a period never does.
    const total = series[0]!.metricDef.aggregation === 'total';
    // A peak recorded inside the named period is that period's peak ("the record, set in 2019").
    const peak = series[0]!.metricDef.aggregation === 'peak';
    const within = total || (span.days > 31 && !peak) ? [] : series.filter((f) => span.start <= f.span.start && f.span.end <= span.end);
    // A level counted within a few days of the named day ("as of Nov. 15" against a count of Nov. 16).
    const sameDays = !total && span.days === 1 ? series.filter((f) => f.span.days === 1 && dayGap(f.span.start, span.start) <= NEAR_DAYS) : [];
    const pick = exact.length ? exact : near.length ? shortest(near) : fiscal.length ? lastGroup(fiscal) : within.length ? lastGroup(within) : sameDays.length ? closestDay(sameDays, span.start) : containing.length ? shortest(containing) : [];
    if (pick.length) groups.push({ timing: 'claim-period', figures: pick });
  }

  if (articleDate && !groups.some((g) => g.figures.some((f) => couldKnow(f, articleDate)))) {
    const covering = span ? [] : q.figuresCovering(metric, articleDate);
    const coveringKnown = covering.filter((f) => couldKnow(f, articleDate));
    if (coveringKnown.length) groups.push({ timing: 'article-period', figures: shortest(coveringKnown) });
    else {
      const knownThen = series.filter((f) => f.span.end <= articleDate && couldKnow(f, articleDate));
      const known = lastGroup(knownThen);
      if (known.length) groups.push({ timing: 'latest-known', figures: known });
      // A part-year total is the freshest count, but the last full year is the yardstick readers know.
      const total = series[0]!.metricDef.aggregation === 'total';
      const fullYear = total && known[0] && !isYear(known[0].span) ? lastGroup(knownThen.filter((f) => isYear(f.span))) : [];
      if (fullYear.length) groups.push({ timing: 'latest-known', figures: fullYear });
    }
    const later = covering.filter((f) => !couldKnow(f, articleDate));
    if (later.length) groups.push({ timing: 'since-then', figures: longest(later) });
  }

  if (!articleDate && !groups.length) return [{ timing: 'latest-undated', figures: latestOf(series) }];

  const latest = latestOf(series);
  const shownEnd = groups.flatMap((g) => g.figures).reduce((end, f) => (f.span.end > end ? f.span.end : end), '');
  if (latest[0] && latest[0].span.end > shownEnd) groups.push({ timing: 'latest', figures: latest });
  return groups;
}

function shortest(list: FigureRef[]): FigureRef[] {
  const days = Math.min(...list.map((f) => f.span.days));
  return lastGroup(list.filter((f) => f.span.days === days));
}

function longest(list: FigureRef[]): FigureRef[] {
  const days = Math.max(...list.map((f) => f.span.days));
  return lastGroup(list.filter((f) => f.span.days === days));
}

/** The timing of a figure for readers; anything published after the article starts with "Since then". */
export function timingText(timing: Timing, f: FigureRef, articleDate: string | null, named: Period | null = null): string {
  const when = formatPublished(f.sourceDef.published);
  const status = knowable(f.sourceDef.published, articleDate);
  const period = formatPeriod(f.period);
  // A figure for a longer period than the one named is "the period containing" it, not the period itself.
  const namedWords = named && (named.start !== f.span.start || named.end !== f.span.end) ? 'the official period containing the one the article names' : 'the period the article names';
  if (status === 'later') {
    const why = timing === 'claim-period' ? `the figure for ${period}, ${namedWords}` : timing === 'latest' ? `the latest figure, for ${period}` : `the figure for ${period}`;
    return `Since then: ${why}, published ${when}, after the article`;
  }
  const around = status === 'around' ? ` (published ${when}, around the article's date)` : '';
  switch (timing) {
    case 'claim-period':
      return `For ${period}, ${namedWords}${around}`;
    case 'article-period':
      return `For ${period}, the period of the article's date${around}`;
    case 'latest-known':
      return `The latest figure published by the article's date: ${period}${around}`;
    case 'since-then':
      return `For ${period}${around}`;
    case 'latest':
      return `Latest available: ${period}${around}`;
    case 'latest-undated':
      return `Latest available (${period}); the article's date is unknown`;
  }
}

/** Figures older than this at the article's date are flagged: a stale yardstick misleads. */
const STALE_DAYS = 730;

/** "about 4 years before the article", when a period ended more than two years before the article. */
export function ageBefore(end: string, articleDate: string | null): string | null {
  if (!articleDate || end >= articleDate) return null;
  const days = daysBetween(end, articleDate) - 1;
  return days > STALE_DAYS ? `about ${Math.round(days / 365.25)} years before the article` : null;
}
