// @vitest-environment node
/**
 * Runs the importer over ../shared/primary (the agencies' own files; CI has them) and compares its
 * output with the committed data/*primary-*.jsonl: any drift fails. Skipped, saying why, where the
 * folder is absent.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Figure } from '../../../lib/dataset/schema';
import { importPrimary, PRIMARY_DIR } from '../../../scripts/import-primary';

const DATA = resolve(import.meta.dirname, '../../../data');
const present = existsSync(resolve(PRIMARY_DIR, 'ice-detention-statistics')) && existsSync(resolve(PRIMARY_DIR, 'cbp-encounters'));
if (!present) console.warn(`import-primary.test.ts skipped: ${PRIMARY_DIR} is absent (the agencies' files; CI has them).`);

describe.skipIf(!present)('npm run data:import', () => {
  let out: Map<string, string>;
  beforeAll(async () => {
    out = await importPrimary();
  }, 180_000);

  const figures = (name: string): Figure[] => out.get(name)!.trimEnd().split('\n').map((l) => JSON.parse(l) as Figure);
  const ice = () => figures('figures/primary-ice-detention.jsonl');
  const one = (metric: string, period: string, list = ice()) => {
    const found = list.filter((f) => f.metric === metric && f.period === period);
    expect(found, `${metric} ${period}`).toHaveLength(1);
    return found[0]!;
  };

  it('writes exactly what is committed in data/ (run `npm run data:import` after a new release)', () => {
    expect([...out.keys()].sort()).toEqual([
      'figures/primary-cbp-encounters.jsonl',
      'figures/primary-ice-detention.jsonl',
      'sources/primary-cbp-encounters.jsonl',
      'sources/primary-ice-detention.jsonl',
    ]);
    for (const [name, text] of out) {
      const committed = existsSync(resolve(DATA, name)) ? readFileSync(resolve(DATA, name), 'utf8') : '(missing)';
      expect(committed === text, `data/${name} differs from a fresh import: run \`npm run data:import\``).toBe(true);
    }
  });

  it("holds the checks made by hand against ICE's FY2019 report (cells N84, P29, N92)", () => {
    expect(one('detention-adp', 'FY2019')).toMatchObject({ value: 50165.44, receipt: { file: 'FY19-detentionstats.xlsx', cell: 'N84', row: 'Total', column: 'FY Overall' } });
    expect(one('removals', 'FY2019')).toMatchObject({ value: 267258, receipt: { cell: 'P29' } });
    expect(one('detention-alos', 'FY2019')).toMatchObject({ value: 34.34, receipt: { cell: 'N92' } });
  });

  it('gives the corrections their primary values: June 2021 detention, July 2019 stay, Border Patrol FY2024', () => {
    expect(one('detention-adp', '2021-06')).toMatchObject({ value: 26195.93, receipt: { file: 'FY21-detentionstats.xlsx', column: 'Jun' } });
    expect(one('detention-alos', '2019-07')).toMatchObject({ value: 47.33, receipt: { cell: 'K92' } });
    const bp = one('border-usbp-nationwide', 'FY2024', figures('figures/primary-cbp-encounters.jsonl'));
    expect(bp.value).toBe(1557319);
  });

  it('dates a release that ends before Sept. 30 as a year to date and leaves out its unfinished month', () => {
    const list = ice();
    expect(one('detention-adp', '2020-10-01/2021-09-11').receipt!.file).toBe('FY21-detentionstats.xlsx');
    expect(list.some((f) => f.metric === 'detention-adp' && (f.period === 'FY2021' || f.period === '2021-09'))).toBe(false);
    // FY2026: three releases, three periods to date; each month from the newest release.
    expect(list.filter((f) => f.metric === 'removals' && f.period.startsWith('2025-10-01/')).map((f) => f.period)).toEqual([
      '2025-10-01/2026-01-25',
      '2025-10-01/2026-02-07',
      '2025-10-01/2026-04-04',
    ]);
    expect(one('detention-book-ins', '2025-10').receipt!.file).toBe('FY26_detentionStats_04092026.xlsx');
    expect(list.some((f) => f.period === '2026-04')).toBe(false);
  });

  it('reads each table from its own cell: every receipt names a sheet, a table and an address', () => {
    for (const f of ice()) {
      expect(f.receipt!.url).toBe(`https://www.ice.gov/doclib/detention/${f.receipt!.file}`);
      expect(f.receipt!.table!.length).toBeGreaterThan(10);
      expect(f.quote).toContain(f.receipt!.column);
    }
  });
});
