import { describe, expect, it } from 'vitest';
import { csvFields, readCbpEncounters } from '../../../scripts/import/cbp';

const HEAD = 'fiscal_year,fiscal_month,month_start,encounters_final_count,cbp_usb_encounter_count,status';
const month = (y: number, m: number, n: number) => `${m >= 10 ? y + 1 : y},x,${y}-${String(m).padStart(2, '0')}-01,,${n},"a, b"`;
const SHA = 'a'.repeat(64);

describe('readCbpEncounters', () => {
  it('gives each month with its cell, a fiscal year when all twelve months are there, and each year to date as a declared sum', () => {
    const rows = [];
    for (let i = 0; i < 12; i++) rows.push(month(i < 3 ? 2022 : 2023, ((i + 9) % 12) + 1, 100 + i)); // FY2023 complete
    rows.push(month(2023, 10, 7), month(2023, 11, 8)); // FY2024 partial
    const figures = readCbpEncounters([HEAD, ...rows, ''].join('\n'), SHA);
    const months = figures.filter((f) => /^\d{4}-\d{2}$/.test(f.period));
    expect(months).toHaveLength(14);
    expect(months[0]).toMatchObject({ period: '2022-10', value: 100, receipt: { cell: 'E2', row: '2022-10-01', column: 'cbp_usb_encounter_count', sha256: SHA } });
    const years = figures.filter((f) => f.period.startsWith('FY'));
    expect(years.map((f) => [f.period, f.value, f.receipt!.cell])).toEqual([['FY2023', 1266, 'E2:E13']]);
    expect(years[0]!.quote).toContain('1,266');
    const toDate = figures.filter((f) => f.period.includes('/'));
    // FY2023: October through November … through August (10 sums); FY2024: October through November.
    expect(toDate).toHaveLength(11);
    expect(toDate.find((f) => f.period === '2022-10-01/2023-03-31')).toMatchObject({ value: 100 + 101 + 102 + 103 + 104 + 105, receipt: { cell: 'E2:E7' } });
    expect(toDate.find((f) => f.period === '2023-10-01/2023-11-30')).toMatchObject({ value: 15, receipt: { cell: 'E14:E15' } });
    for (const f of toDate) expect(f.note).toMatch(/^A sum computed by the importer/);
  });

  it('gives no year to date for a year whose months do not start in October or skip one', () => {
    const late = readCbpEncounters([HEAD, month(2023, 11, 8), month(2023, 12, 9), ''].join('\n'), SHA);
    expect(late.filter((f) => f.period.includes('/'))).toEqual([]);
    expect(() => readCbpEncounters([HEAD, month(2023, 10, 8), month(2023, 12, 9), ''].join('\n'), SHA)).toThrow(/misses a month/);
  });

  it('names the missing column or the bad count', () => {
    expect(() => readCbpEncounters('month_start,other\n2020-01-01,5\n', SHA)).toThrow(/no column "cbp_usb_encounter_count"/);
    expect(() => readCbpEncounters(`${HEAD}\n${month(2020, 1, 5).replace(',5,', ',n/a,')}\n`, SHA)).toThrow(/:2: cbp_usb_encounter_count "n\/a" is not a count/);
  });

  it('splits quoted CSV fields', () => {
    expect(csvFields('a,"b, c","d ""e"""')).toEqual(['a', 'b, c', 'd "e"']);
  });
});
