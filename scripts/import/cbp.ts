/**
 * Reads the monthly U.S. Border Patrol encounter counts (nationwide) from the Deportation Data
 * Project's validation file: `cbp_usb_encounter_count` is the count on CBP's public page. Months as
 * given; fiscal years where all twelve months are in the file, and each fiscal year to date (October
 * through a later month), as sums of the months, declared as sums in their notes.
 */
import type { Figure, SourceRecord } from '../../lib/dataset/schema';
import { lastDayOfMonth } from './dates';
import { columnName, TableError } from './table';

export const CBP_FILE = 'encounters_monthly_cross_reference.csv';
/** The Deportation Data Project's repository at the commit the shared copy was read from (../shared/primary/README.md). */
const COMMIT = 'a4a0ef6f4f19b9b05cdca2f833c2821311fc3f6f';
const URL = `https://github.com/deportationdata/cbp/blob/${COMMIT}/data/encounters/validation/${CBP_FILE}`;
/** The date of the last commit that changed the file in that repository (2026-08-18). */
const RELEASED = '2026-08-18';
const COLUMN = 'cbp_usb_encounter_count';
const METRIC = 'border-usbp-nationwide';
const UNIT = 'apprehensions';

export const CBP_SOURCE: SourceRecord = {
  id: 'ddp-cbp-usbp-encounters-monthly',
  title: "CBP's monthly counts, as compiled by the Deportation Data Project: U.S. Border Patrol encounters nationwide by month",
  publisher: 'Deportation Data Project',
  url: URL,
  published: RELEASED,
  tier: 'agency',
  note:
    "The counts are CBP's: the column cbp_usb_encounter_count holds the U.S. Border Patrol nationwide encounters shown on CBP's public page, month by month, which the Deportation Data Project (a research group) copied into its validation file and checked against CBP's record-level files. A faithful copy of CBP's counts (tier agency, as a copy); the importer reads this file, not CBP's page.",
};

/** Splits one CSV line (fields may be quoted, with "" for a quote). */
export function csvFields(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted && ch === '"' && line[i + 1] === '"') {
      field += '"';
      i++;
    } else if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      out.push(field);
      field = '';
    } else field += ch;
  }
  out.push(field);
  return out;
}

/** Figures from the CSV's text; `sha256` is the file's checksum. */
export function readCbpEncounters(text: string, sha256: string): Figure[] {
  const lines = text.replace(/\r/g, '').split('\n');
  const header = csvFields(lines[0] ?? '');
  const col = header.indexOf(COLUMN);
  const monthCol = header.indexOf('month_start');
  if (col < 0 || monthCol < 0) throw new TableError(`${CBP_FILE}: no column "${COLUMN}" or "month_start" in its header`);
  const receipt = (cell: string, row: string) => ({ file: CBP_FILE, sha256, cell, row, column: COLUMN, released: RELEASED, url: URL });

  const months: { line: number; month: string; value: number }[] = [];
  lines.slice(1).forEach((raw, i) => {
    if (!raw.trim()) return;
    const fields = csvFields(raw);
    const month = fields[monthCol]!;
    const text = fields[col]!;
    if (!/^\d{4}-\d{2}-01$/.test(month)) throw new TableError(`${CBP_FILE}:${i + 2}: month_start "${month}" is not the first of a month`);
    if (!/^\d+$/.test(text)) throw new TableError(`${CBP_FILE}:${i + 2}: ${COLUMN} "${text}" is not a count`);
    months.push({ line: i + 2, month, value: Number(text) });
  });

  const letter = columnName(col);
  const figures: Figure[] = months.map(({ line, month, value }) => ({
    metric: METRIC,
    period: month.slice(0, 7),
    value,
    unit: UNIT,
    source: CBP_SOURCE.id,
    quote: `${month}, ${COLUMN}: ${value.toLocaleString('en-US')}`,
    receipt: receipt(`${letter}${line}`, month),
  }));

  const byFy = new Map<number, typeof months>();
  for (const m of months) {
    const [y, mo] = m.month.split('-').map(Number) as [number, number];
    const fy = mo >= 10 ? y + 1 : y;
    byFy.set(fy, [...(byFy.get(fy) ?? []), m]);
  }
  for (const [fy, list] of byFy) {
    const sorted = [...list].sort((a, b) => a.month.localeCompare(b.month));
    if (new Set(sorted.map((m) => m.month)).size !== sorted.length) throw new TableError(`${CBP_FILE}: FY${fy} repeats a month`);
    // The whole year when all twelve months are there; a year to date (October through a later month)
    // for every shorter run that starts in October with no month missing.
    if (sorted[0]!.month !== `${fy - 1}-10-01`) continue;
    for (let end = 1; end < sorted.length; end++) {
      const run = sorted.slice(0, end + 1);
      const lineNos = run.map((m) => m.line);
      if (lineNos.some((n, i) => i > 0 && n !== lineNos[i - 1]! + 1)) throw new TableError(`${CBP_FILE}: the months of FY${fy} are not on consecutive lines`);
      const [y, mo] = run.at(-1)!.month.split('-').map(Number) as [number, number];
      if ((mo - 10 + 12) % 12 !== end) throw new TableError(`${CBP_FILE}: FY${fy} misses a month before ${run.at(-1)!.month}`);
      const sum = run.reduce((s, m) => s + m.value, 0);
      const first = run[0]!.month;
      const last = run.at(-1)!.month;
      const whole = end === 11;
      figures.push({
        metric: METRIC,
        period: whole ? `FY${fy}` : `${first}/${lastDayOfMonth(y, mo)}`,
        value: sum,
        unit: UNIT,
        source: CBP_SOURCE.id,
        quote: `Sum of ${COLUMN}, ${first} to ${last}: ${sum.toLocaleString('en-US')}`,
        note: whole
          ? "The sum of CBP's twelve monthly counts for the fiscal year, added by the importer."
          : `A sum computed by the importer: CBP's monthly counts from October through ${last.slice(0, 7)} added together (a fiscal year to date; CBP's file gives months).`,
        receipt: receipt(`${letter}${lineNos[0]}:${letter}${lineNos.at(-1)}`, `${first} to ${last}`),
      });
    }
  }
  return figures;
}
