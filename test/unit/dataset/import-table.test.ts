import { describe, expect, it } from 'vitest';
import { cellAddress, columnName, findRow, findTable, findTables, readCell, TableError, type CellValue, type Sheet } from '../../../scripts/import/table';

/** A sheet from rows written as arrays; `at` shifts the block down and right to test that nothing is fixed. */
function sheet(name: string, rows: CellValue[][], at: { row: number; col: number } = { row: 0, col: 0 }): Sheet {
  const grid: CellValue[][] = Array.from({ length: at.row }, () => []);
  for (const r of rows) grid.push([...Array<CellValue>(at.col).fill(null), ...r]);
  return { name, grid };
}

const ADP = [
  ['ICE Average Daily Population by Month: FY2030'],
  ['Facility Type', 'Oct', 'Nov', 'FY Overall'],
  ['Total  ', 100.5, 200, 150.25],
  ['Adult', 90, 180, 135],
];

describe('columnName / cellAddress', () => {
  it('names columns past Z and addresses cells from 0-based indices', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
    expect(cellAddress(83, 13)).toBe('N84');
  });
});

describe('findTable', () => {
  it('finds a table by its title wherever it sits, and reads a cell by its row and column labels', () => {
    for (const at of [{ row: 0, col: 0 }, { row: 40, col: 7 }]) {
      const t = findTable([sheet('Detention', ADP, at)], /^ICE Average Daily Population by (Facility Type and )?Month\b/i, 'test');
      const c = readCell(t, 'Total', 'FY Overall');
      expect(c.value).toBe(150.25);
      expect(c.cell).toBe(cellAddress(at.row + 2, at.col + 3));
      expect(c.row).toBe('Total'); // trailing spaces of ICE's labels are dropped
      expect(t.title).toBe('ICE Average Daily Population by Month: FY2030');
    }
  });

  it('keeps side-by-side tables apart (another title on the same row ends a table)', () => {
    const s = sheet('Detention', [
      ['ICE Currently Detained by Criminality', null, null, 'ICE Removals: FY2030'],
      ['Criminality', 'Total', null, null, null, 'Removals'],
      ['Total', 10, null, 'Total', null, 999],
    ]);
    const left = findTable([s], /^ICE Currently Detained/, 'test');
    expect(left.columns.map((c) => c.label)).toEqual(['Criminality', 'Total']);
    const removals = findTable([s], /^ICE Removals\b/, 'test');
    // The label column's header is empty and one empty column sits between labels and values.
    expect(readCell(removals, 'Total', ['Removals', 'Total'])).toMatchObject({ value: 999, cell: 'F3', column: 'Removals' });
  });

  it('reads the value column, not the label column, when both are headed alike', () => {
    const s = sheet('Detention', [['ICE Removals: FY2031'], ['Removals', null, 'Total'], ['Total', null, 5]]);
    expect(readCell(findTable([s], /^ICE Removals\b/, 'test'), 'Total', ['Removals', 'Total'])).toMatchObject({ value: 5, cell: 'C3' });
  });

  it('reads a sub-row of a group ("Convicted Criminal" under "Average", not under "ICE Average")', () => {
    const s = sheet('Detention', [
      ['ICE Average Daily Population by Arresting Agency, Month and Criminality: FY2030'],
      ['Agency', 'Oct'],
      ['ICE Average', 10],
      ['Convicted Criminal', 4],
      ['Average', 30],
      ['Convicted Criminal', 12],
    ]);
    const t = findTable([s], /by Arresting Agency/, 'test');
    expect(readCell(t, 'Convicted Criminal', 'Oct').value).toBe(4);
    expect(readCell(t, 'Convicted Criminal', 'Oct', 'Average')).toMatchObject({ value: 12, cell: 'B6', row: 'Average / Convicted Criminal' });
  });

  it('ends a table at its first empty row', () => {
    const s = sheet('Detention', [...ADP, [], ['Total', 1, 2, 3]]);
    const t = findTable([s], /^ICE Average Daily Population/, 'test');
    expect(t.rows.map((r) => r.label)).toEqual(['Total', 'Adult']);
  });

  it('fails with a clear message when the table, a row or a column is missing', () => {
    const sheets = [sheet('Detention FY30', ADP)];
    expect(() => findTable(sheets, /^ICE Removals\b/, 'FY30.xlsx')).toThrow(TableError);
    expect(() => findTable(sheets, /^ICE Removals\b/, 'FY30.xlsx')).toThrow(/FY30\.xlsx: no table titled \/\^ICE Removals\\b\/ in sheets "Detention FY30"/);
    const t = findTable(sheets, /^ICE Average/, 'FY30.xlsx');
    expect(() => readCell(t, 'FSC', 'Oct')).toThrow(/no row "FSC"/);
    expect(() => readCell(t, 'Total', 'Sep')).toThrow(/no column "Sep"/);
    expect(() => findRow(t, 'Total', 'Average')).toThrow(/no row "Average"/);
  });

  it('refuses a sheet holding two tables of the same title', () => {
    const s = sheet('Detention', [...ADP, [], ...ADP]);
    expect(findTables(s, /^ICE Average Daily/)).toHaveLength(2);
    expect(() => findTable([s], /^ICE Average Daily/, 'test')).toThrow(/2 tables/);
  });
});
