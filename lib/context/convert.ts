/**
 * Putting a total over a period on a claim's footing (per day, week, month or year), and the same period
 * a year earlier for a change. Pure arithmetic over the dataset's periods.
 */
import type { Period } from '../dataset/period';
import type { Rate } from '../detect/types';

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

/** The month before a month ("2024-06" -> "2024-05"), for a month's change from the month before. */
export function monthBefore(p: Period): string | null {
  if (p.kind !== 'month') return null;
  const y = Number(p.start.slice(0, 4));
  const m = Number(p.start.slice(5, 7));
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
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

