/**
 * Finds a table in a sheet by its title text and reads cells by their row and column labels, so a new
 * release of a workbook whose tables moved imports without code changes. Pure: works on a 2D array of
 * cell values (row 0 is sheet row 1, column 0 is column A).
 */

/** A cell as a reader gives it; anything but text and numbers is never read as a value. */
export type CellValue = string | number | boolean | object | null | undefined;
export type Grid = readonly (readonly CellValue[])[];

export interface Sheet {
  name: string;
  grid: Grid;
}

/** A table: its title cell, header row, columns (left to right) and rows (top to bottom), 0-based. */
export interface Table {
  sheet: string;
  /** The title as written in the workbook (whitespace collapsed). */
  title: string;
  titleRow: number;
  /** The column of the title; the row labels are in this column. */
  labelCol: number;
  headerRow: number;
  columns: { index: number; label: string }[];
  rows: { index: number; label: string }[];
  grid: Grid;
}

/** One cell read through its labels, with where it sits. */
export interface LabelledCell {
  value: CellValue;
  /** A1 address, e.g. "N84". */
  cell: string;
  row: string;
  column: string;
}

export class TableError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TableError';
  }
}

/** Column letters for a 0-based index: 0 → A, 25 → Z, 26 → AA. */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** The A1 address of a 0-based row and column. */
export function cellAddress(row: number, col: number): string {
  return `${columnName(col)}${row + 1}`;
}

/** A label as written, whitespace collapsed (ICE's labels carry trailing spaces). */
export const cleanText = (v: CellValue): string => (typeof v === 'string' ? v.replace(/\s+/g, ' ').trim() : '');
const sameLabel = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();
const isEmpty = (v: CellValue) => v === null || v === undefined || (typeof v === 'string' && !v.trim());
const at = (grid: Grid, r: number, c: number): CellValue => grid[r]?.[c];
const width = (grid: Grid) => grid.reduce((w, row) => Math.max(w, row.length), 0);

/**
 * Every table in a sheet whose title matches `title`. A table's header is the first non-empty row
 * below its title; its columns run right from the title's column until two empty columns in a row
 * or another title on the same row; its rows run down until an empty row.
 */
export function findTables(sheet: Sheet, title: RegExp): Table[] {
  const { grid } = sheet;
  const tables: Table[] = [];
  const w = width(grid);
  grid.forEach((row, r) => {
    row.forEach((v, c) => {
      const text = cleanText(v);
      if (!text || !title.test(text)) return;
      // The next title on the same row bounds this table on the right.
      let limit = w;
      for (let k = c + 1; k < w; k++) if (!isEmpty(at(grid, r, k))) { limit = k; break; }
      let headerRow = r + 1;
      const rowEmpty = (rr: number) => Array.from({ length: limit - c }, (_, i) => at(grid, rr, c + i)).every(isEmpty);
      while (headerRow < grid.length && rowEmpty(headerRow)) headerRow++;
      if (headerRow >= grid.length) return;
      const columns: Table['columns'] = [];
      let gap = 0;
      for (let k = c; k < limit && gap < 2; k++) {
        const used = !isEmpty(at(grid, headerRow, k)) || !isEmpty(at(grid, headerRow + 1, k));
        gap = used ? 0 : gap + 1;
        if (used) columns.push({ index: k, label: cleanText(at(grid, headerRow, k)) });
      }
      const rows: Table['rows'] = [];
      for (let rr = headerRow + 1; rr < grid.length; rr++) {
        if (columns.every((col) => isEmpty(at(grid, rr, col.index)))) break;
        rows.push({ index: rr, label: cleanText(at(grid, rr, c)) });
      }
      tables.push({ sheet: sheet.name, title: text, titleRow: r, labelCol: c, headerRow, columns, rows, grid });
    });
  });
  return tables;
}

/** The one table titled `title` in the first of `sheets` that has it; throws naming what was sought. */
export function findTable(sheets: readonly Sheet[], title: RegExp, where: string): Table {
  for (const sheet of sheets) {
    const found = findTables(sheet, title);
    if (found.length > 1) throw new TableError(`${where}: ${found.length} tables titled ${title} in sheet "${sheet.name}"`);
    if (found.length) return found[0]!;
  }
  throw new TableError(`${where}: no table titled ${title} in sheets ${sheets.map((s) => `"${s.name}"`).join(', ') || '(none)'}`);
}

/**
 * The row labelled `label` (case and spacing ignored). With `after`, the first such row below the row
 * labelled `after` (a group's sub-row: "Convicted Criminal" under "Average").
 */
export function findRow(table: Table, label: string, after?: string): Table['rows'][number] {
  let from = 0;
  if (after !== undefined) {
    from = table.rows.findIndex((r) => sameLabel(r.label, after)) + 1;
    if (!from) throw new TableError(`${where(table)}: no row "${after}"`);
  }
  const row = table.rows.slice(from).find((r) => sameLabel(r.label, label));
  if (!row) throw new TableError(`${where(table)}: no row "${label}"${after !== undefined ? ` below "${after}"` : ''}`);
  return row;
}

/** The first value column (not the label column) whose header is one of `labels`, in that order of preference. */
export function findColumn(table: Table, labels: string | readonly string[]): Table['columns'][number] {
  const wanted = typeof labels === 'string' ? [labels] : labels;
  for (const label of wanted) {
    const col = table.columns.find((c) => c.index !== table.labelCol && sameLabel(c.label, label));
    if (col) return col;
  }
  throw new TableError(`${where(table)}: no column ${wanted.map((l) => `"${l}"`).join(' or ')}`);
}

/** Reads the cell at a row and column found by their labels. */
export function readCell(table: Table, rowLabel: string, columnLabels: string | readonly string[], after?: string): LabelledCell {
  const row = findRow(table, rowLabel, after);
  const col = findColumn(table, columnLabels);
  return {
    value: at(table.grid, row.index, col.index),
    cell: cellAddress(row.index, col.index),
    row: after !== undefined ? `${after} / ${row.label}` : row.label,
    column: col.label,
  };
}

const where = (table: Table) => `table "${table.title}" (sheet "${table.sheet}", ${cellAddress(table.titleRow, table.labelCol)})`;
