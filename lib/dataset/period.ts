/**
 * Periods in the dataset's notation (FY2019, CY2019, 2019-06, 2019-06-18, 2019-01-01/2019-03-31):
 * their first and last days, their length, and a label for readers.
 */

export type PeriodKind = 'fiscal-year' | 'calendar-year' | 'month' | 'day' | 'range';

export interface Period {
  /** The period in the dataset's notation. */
  id: string;
  kind: PeriodKind;
  /** First and last day, inclusive, as YYYY-MM-DD. */
  start: string;
  end: string;
  /** Number of days covered. */
  days: number;
}

const MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const DAY_MS = 86_400_000;

const pad = (n: number) => String(n).padStart(2, '0');
/** The last day of a month (month 1-12). */
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const toUtc = (iso: string) => Date.parse(iso + 'T00:00:00Z');

/** Days between two ISO dates, inclusive of both. */
export function daysBetween(start: string, end: string): number {
  return Math.round((toUtc(end) - toUtc(start)) / DAY_MS) + 1;
}

/** The federal fiscal year containing a date: FY2019 runs Oct. 1, 2018 to Sept. 30, 2019. */
export function fiscalYearOf(date: string): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return month >= 10 ? year + 1 : year;
}

/** Parses a period id; null when it is not in the dataset's notation. */
export function parsePeriod(id: string): Period | null {
  let m: RegExpMatchArray | null;
  let start: string;
  let end: string;
  let kind: PeriodKind;
  if ((m = /^FY(\d{4})$/.exec(id))) {
    const y = Number(m[1]);
    [kind, start, end] = ['fiscal-year', `${y - 1}-10-01`, `${y}-09-30`];
  } else if ((m = /^CY(\d{4})$/.exec(id))) {
    [kind, start, end] = ['calendar-year', `${m[1]}-01-01`, `${m[1]}-12-31`];
  } else if ((m = /^(\d{4})-(\d{2})$/.exec(id))) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    [kind, start, end] = ['month', `${y}-${pad(mo)}-01`, `${y}-${pad(mo)}-${pad(lastDay(y, mo))}`];
  } else if ((m = /^(\d{4}-\d{2}-\d{2})$/.exec(id))) {
    [kind, start, end] = ['day', m[1]!, m[1]!];
  } else if ((m = /^(\d{4}-\d{2}-\d{2})\/(\d{4}-\d{2}-\d{2})$/.exec(id))) {
    [kind, start, end] = ['range', m[1]!, m[2]!];
  } else return null;
  if (Number.isNaN(toUtc(start)) || Number.isNaN(toUtc(end)) || end < start) return null;
  return { id, kind, start, end, days: daysBetween(start, end) };
}

/** A date for readers: "Sept. 30, 2019". */
export function formatDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${MONTHS[m - 1]} ${d}, ${y}`;
}

/** A period for readers: "FY2019 (Oct. 2018 to Sept. 2019)", "June 2019", "Jan. 1 to March 31, 2019". */
export function formatPeriod(id: string): string {
  const p = parsePeriod(id);
  if (!p) return id;
  const [sy, sm] = p.start.split('-').map(Number) as [number, number];
  const [ey, em] = p.end.split('-').map(Number) as [number, number];
  switch (p.kind) {
    case 'fiscal-year':
      return `FY${ey} (${MONTHS[sm - 1]} ${sy} to ${MONTHS[em - 1]} ${ey})`;
    case 'calendar-year':
      return String(sy);
    case 'month':
      return `${MONTHS[sm - 1]} ${sy}`;
    case 'day':
      return formatDate(p.start);
    case 'range':
      return `${formatDate(p.start)} to ${formatDate(p.end)}`;
  }
}

/**
 * The fiscal year a period stands for as a whole: the fiscal year itself, or a year to date from Oct. 1
 * that ends in the year's last month (ICE's year-end release counts through a day in September).
 * Null for anything shorter or across two years.
 */
export function fiscalYearCovered(id: string): number | null {
  const p = parsePeriod(id);
  if (!p) return null;
  const fy = fiscalYearOf(p.end);
  if (p.kind === 'fiscal-year') return fy;
  if (p.kind === 'range' && p.start === `${fy - 1}-10-01` && p.end.slice(5, 7) === '09') return fy;
  return null;
}

/** A year to date for readers: "FY2026 through April 9" for Oct. 1, 2025 to April 9, 2026; null otherwise. */
export function formatYearToDate(id: string): string | null {
  const p = parsePeriod(id);
  if (!p || p.kind !== 'range') return null;
  const fy = fiscalYearOf(p.end);
  if (p.start !== `${fy - 1}-10-01` || fiscalYearOf(p.start) !== fy) return null;
  const [, m, d] = p.end.split('-').map(Number) as [number, number, number];
  return `FY${fy} through ${MONTHS[m - 1]} ${d}`;
}
