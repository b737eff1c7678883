/**
 * Reads one of ICE's "Detention Statistics" workbooks (already parsed into sheets of cell values) into
 * figures with receipts. Every table is found by its title and every cell by its row and column labels
 * (scripts/import/table.ts); the dates the data run to come from the workbook's own footnotes.
 */
import type { Figure, Receipt, SourceRecord } from '../../lib/dataset/schema';
import { FY_MONTHS, fiscalPeriod, lastDayOfMonth, monthOf, usDates } from './dates';
import { cleanText, findRow, findTable, findTables, readCell, TableError, type LabelledCell, type Sheet, type Table } from './table';

export interface WorkbookFile {
  /** The file name as ICE publishes it, e.g. FY19-detentionstats.xlsx. */
  file: string;
  sha256: string;
  sheets: Sheet[];
}

export interface ImportedWorkbook {
  source: SourceRecord;
  figures: Figure[];
  /** The release date used for "newest file wins" (YYYY-MM-DD or YYYY-MM). */
  released: string;
}

/** ICE's address for a workbook of its detention statistics. */
export const iceUrl = (file: string) => `https://www.ice.gov/doclib/detention/${file}`;

const TITLES = {
  adp: /^ICE Average Daily Population by (Facility Type and )?Month\b/i,
  alos: /^ICE Average Length of Stay by (Facility Type and )?Month\b/i,
  adpByAgency: /^ICE Average Daily Population by Arresting Agency, Month and Criminality\b/i,
  bookIns: /^ICE Initial Book-Ins by Arresting Agency and Month\b/i,
  removals: /^ICE Removals\b/i,
  detained: /^ICE Currently Detained by Criminality and Arresting Agency\b/i,
  atdByAor: /^Active ATD Participants and Average Length in Program\b/i,
  atdByTechnology: /^ATD Active Population Counts and Daily Cost by Technology\b/i,
};

/** Footnote rows (column A of the Footnotes sheet) that state how far each table's data run. */
const FOOTNOTES = {
  detention: /Average Daily Population and ICE Average Length of Stay$/i,
  bookIns: /ICE Initial Book-Ins$/i,
  removals: /ICE Removals$/i,
  detained: /^ICE Currently Detained Population/i,
};

const NOTES = {
  toDate: (period: string) => `ICE's figure for the fiscal year to date (${period}), from a release made during or just after the year.`,
  bookIns: 'Initial book-ins into ICE detention, as ICE counts them in its detention statistics.',
  byAgency: (agency: string) => `Counts only people whose arresting agency was ${agency}.`,
  detained: 'People held in ICE detention on the day of the snapshot ("currently detained").',
  atd: "Active participants on the date of BI Inc.'s participants report, as given in ICE's ATD table.",
};

type Kind = 'average' | 'count';
const round2 = (v: number) => Math.round(v * 100) / 100;

/** Reads a workbook into its source and figures; throws a TableError naming what it could not find. */
export function readWorkbook(wb: WorkbookFile): ImportedWorkbook {
  const fyMatch = /^FY(\d{2})/i.exec(wb.file);
  if (!fyMatch) throw new TableError(`${wb.file}: the file name does not start with FYnn`);
  const fy = 2000 + Number(fyMatch[1]);
  const detention = wb.sheets.filter((s) => /^\s*Detention/i.test(s.name));
  const atd = wb.sheets.filter((s) => /^\s*ATD/i.test(s.name));
  const footnotes = wb.sheets.filter((s) => /footnote/i.test(s.name));
  if (!detention.length) throw new TableError(`${wb.file}: no sheet named Detention…`);

  const through = {
    detention: footnoteDate(footnotes, FOOTNOTES.detention, wb.file),
    bookIns: footnoteDate(footnotes, FOOTNOTES.bookIns, wb.file),
    removals: footnoteDate(footnotes, FOOTNOTES.removals, wb.file),
    detained: footnoteDate(footnotes, FOOTNOTES.detained, wb.file),
  };
  const atdTables = atd.flatMap((sheet) =>
    [...findTables(sheet, TITLES.atdByAor), ...findTables(sheet, TITLES.atdByTechnology)].map((table) => ({ table, asOf: atdDate(sheet, table) })),
  );
  const named = /(\d{2})(\d{2})(\d{4})\.xlsx$/i.exec(wb.file);
  // Without a date in its name, a file was released no earlier than the latest date it reports.
  const latest = [...Object.values(through), ...atdTables.map((t) => t.asOf)].sort().at(-1)!;
  const released = named ? `${named[3]}-${named[1]}-${named[2]}` : latest.slice(0, 7);
  const toDate = through.detention < `${fy}-09-30`;

  const source: SourceRecord = {
    id: `ice-detention-statistics-fy${fy}${named ? `-${released}` : ''}`,
    title: `Detention Statistics FY${fy}${toDate ? ` to date, data through ${usLong(through.detention)}` : ''}`,
    publisher: 'ICE',
    url: iceUrl(wb.file),
    published: released,
    tier: 'agency',
    note: `ICE's workbook ${wb.file} (sha256 ${wb.sha256.slice(0, 12)}…), read cell by cell by scripts/import-primary.ts; each figure names its sheet, table and cell.`,
  };

  const figures: Figure[] = [];
  const add = (metric: string, unit: string, period: string, kind: Kind, table: Table, c: LabelledCell, note?: string) => {
    if (typeof c.value !== 'number' || !Number.isFinite(c.value))
      throw new TableError(`${wb.file}: ${table.sheet}!${c.cell} (${c.row}, ${c.column}) is not a number: ${JSON.stringify(c.value)}`);
    if (kind === 'count' && !Number.isInteger(c.value)) throw new TableError(`${wb.file}: ${table.sheet}!${c.cell} should be a whole count, is ${c.value}`);
    const value = kind === 'average' ? round2(c.value) : c.value;
    const receipt: Receipt = { file: wb.file, sha256: wb.sha256, sheet: table.sheet, table: table.title, cell: c.cell, row: c.row, column: c.column, released, url: source.url };
    const figure: Figure = { metric, period, value, unit, source: source.id, quote: quoteFor(table, c, value) };
    const notes = [note, period.includes('/') ? NOTES.toDate(period) : undefined].filter(Boolean);
    if (notes.length) figure.note = notes.join(' ');
    figure.receipt = receipt;
    figures.push(figure);
  };

  /** A row by month (complete months only) and for the year (or the year to date). */
  const monthly = (table: Table, row: string, yearColumn: string, until: string, metric: string, unit: string, kind: Kind, note?: string, after?: string) => {
    FY_MONTHS.forEach((label, i) => {
      const { year, month } = monthOf(fy, i);
      if (lastDayOfMonth(year, month) > until) return; // a month not over when the data were drawn
      add(metric, unit, `${year}-${String(month).padStart(2, '0')}`, kind, table, readCell(table, row, label, after), note);
    });
    add(metric, unit, fiscalPeriod(fy, until), kind, table, readCell(table, row, yearColumn, after), note);
  };

  const adp = findTable(detention, TITLES.adp, wb.file);
  monthly(adp, 'Total', 'FY Overall', through.detention, 'detention-adp', 'people', 'average');
  const alos = findTable(detention, TITLES.alos, wb.file);
  monthly(alos, 'Total', 'FY Overall', through.detention, 'detention-alos', 'days', 'average');

  const byAgency = findTable(detention, TITLES.adpByAgency, wb.file);
  monthly(byAgency, 'ICE Average', 'FY Overall', through.detention, 'detention-adp-ice-arrests', 'people', 'average', NOTES.byAgency('ICE'));
  monthly(byAgency, 'CBP Average', 'FY Overall', through.detention, 'detention-adp-cbp-arrests', 'people', 'average', NOTES.byAgency('CBP'));
  // Criminality of everyone held: the rows under "Average" (the last group); year only.
  const yearPeriod = fiscalPeriod(fy, through.detention);
  for (const [row, metric] of [
    ['Convicted Criminal', 'detention-adp-convicted'],
    ['Pending Criminal Charges', 'detention-adp-pending-charges'],
    ['Other Immigration Violator', 'detention-adp-other-violators'],
  ] as const) {
    if (!hasRowAfter(byAgency, row, 'Average')) continue; // FY2019 and FY2020 split only convicted / non-criminal
    add(metric, 'people', yearPeriod, 'average', byAgency, readCell(byAgency, row, 'FY Overall', 'Average'));
  }

  const bookIns = findTable(detention, TITLES.bookIns, wb.file);
  monthly(bookIns, 'Total', 'Total', through.bookIns, 'detention-book-ins', 'people', 'count', NOTES.bookIns);
  monthly(bookIns, 'ICE', 'Total', through.bookIns, 'detention-book-ins-ice-arrests', 'people', 'count', `${NOTES.bookIns} ${NOTES.byAgency('ICE')}`);
  monthly(bookIns, 'CBP', 'Total', through.bookIns, 'detention-book-ins-cbp-arrests', 'people', 'count', `${NOTES.bookIns} ${NOTES.byAgency('CBP')}`);

  const removals = findTable(detention, TITLES.removals, wb.file);
  add('removals', 'removals', fiscalPeriod(fy, through.removals), 'count', removals, readCell(removals, 'Total', ['Removals', 'Total']));

  const detained = findTable(detention, TITLES.detained, wb.file);
  add('detention-population', 'people', through.detained, 'count', detained, readCell(detained, 'Total', 'Total'), NOTES.detained);

  for (const { table, asOf } of atdTables) {
    if (TITLES.atdByAor.test(table.title)) {
      add('atd-population', 'people', asOf, 'count', table, readCell(table, 'Total', 'Count'), NOTES.atd);
      continue;
    }
    add('atd-population-smartlink', 'people', asOf, 'count', table, readCell(table, 'SmartLINK', 'Count'), NOTES.atd);
    // ICE's row for GPS ankle monitors is "GPS" to FY2023 and "Ankle Monitor" from FY2024.
    const ankle = ['Ankle Monitor', 'GPS'].find((label) => hasRowAfter(table, label));
    if (ankle) add('atd-population-ankle-monitor', 'people', asOf, 'count', table, readCell(table, ankle, 'Count'), NOTES.atd);
  }
  if (!atdTables.some((t) => TITLES.atdByAor.test(t.table.title))) throw new TableError(`${wb.file}: no table titled ${TITLES.atdByAor} in the ATD sheets`);

  return { source, figures, released };
}

function hasRowAfter(table: Table, label: string, after?: string): boolean {
  try {
    findRow(table, label, after);
    return true;
  } catch {
    return false;
  }
}

/** The date a footnote row states its data run to ("updated through 09/11/2021", "a snapshot as of 10/04/2019"). */
function footnoteDate(sheets: readonly Sheet[], label: RegExp, file: string): string {
  for (const sheet of sheets)
    for (const row of sheet.grid) {
      if (!label.test(cleanText(row[0]))) continue;
      for (const cell of row.slice(1)) {
        const m = /(?:through|snapshot as(?: of)?)\s+(\d{1,2}\/\d{1,2}\/\d{4})/i.exec(cleanText(cell));
        if (m) return usDates(m[1]!)[0]!;
      }
    }
  throw new TableError(`${file}: no footnote ${label} stating the date its data run to`);
}

/** The date of an ATD table: "as of 9/30/2020" in its title, else the sheet's "Data from BI Inc. Participants Report, 9.30.2019". */
function atdDate(sheet: Sheet, table: Table): string {
  const inTitle = /as of\s+(\d{1,2}\/\d{1,2}\/\d{4})/i.exec(table.title);
  if (inTitle) return usDates(inTitle[1]!)[0]!;
  // The report line sits below the table, or (FY2019) above it.
  for (const row of [...sheet.grid.slice(table.titleRow), ...sheet.grid.slice(0, table.titleRow)])
    for (const cell of row) {
      const text = cleanText(cell);
      if (/^Data from BI Inc\. Participants Report/i.test(text) && usDates(text).length) return usDates(text)[0]!;
    }
  throw new TableError(`${sheet.name}: no date for table "${table.title}" (no "as of" in its title, no BI Inc. report line below it)`);
}

const MONTH_NAMES = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const usLong = (iso: string) => `${MONTH_NAMES[Number(iso.slice(5, 7)) - 1]} ${Number(iso.slice(8, 10))}, ${iso.slice(0, 4)}`;

/** The generated quote: the table's title, the cell's row and column labels, and its value (at most 30 words). */
function quoteFor(table: Table, c: LabelledCell, value: number): string {
  const cell = `${c.row}, ${c.column}: ${value.toLocaleString('en-US', { maximumFractionDigits: 2 })}`;
  const full = `${table.title} | ${cell}`;
  return full.split(/\s+/).length <= 30 ? full : cell;
}
