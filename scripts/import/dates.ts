/** Dates as ICE's workbooks write them (9/30/2020, 10.1.2022) and the fiscal-year periods built from them. */

const pad = (n: number | string) => String(n).padStart(2, '0');

/** Every US-style date in a text ("9/30/2020", "04.04.2026"), as YYYY-MM-DD, in order of appearance. */
export function usDates(text: string): string[] {
  return [...text.matchAll(/\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/g)].map((m) => `${m[3]}-${pad(m[1]!)}-${pad(m[2]!)}`);
}

/** The last day of a month (month 1-12). */
export const lastDayOfMonth = (year: number, month: number) =>
  `${year}-${pad(month)}-${pad(new Date(Date.UTC(year, month, 0)).getUTCDate())}`;

/** Fiscal-year months in ICE's column order, with their calendar month (1-12). */
export const FY_MONTHS = ['Oct', 'Nov', 'Dec', 'Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep'] as const;

/** The calendar year and month (1-12) of a fiscal-year month column. */
export function monthOf(fy: number, index: number): { year: number; month: number } {
  const month = ((index + 9) % 12) + 1;
  return { year: month >= 10 ? fy - 1 : fy, month };
}

/** FY2019 when the data run to the year's last day; else the range from Oct. 1 to `through`. */
export function fiscalPeriod(fy: number, through: string): string {
  return through >= `${fy}-09-30` ? `FY${fy}` : `${fy - 1}-10-01/${through}`;
}
