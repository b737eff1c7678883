import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  coverage,
  fiscalYearFilled,
  monthsBefore,
  raiseBaseline,
  ratchetDrops,
  seriesFreshness,
  staleSeries,
  toBaseline,
  type CoverageBaseline,
} from '../../../lib/dataset/coverage';
import { readDataFiles } from '../../../lib/dataset/node';
import { parseDataset } from '../../../lib/dataset/parse';
import { SourceSchema, type Dataset } from '../../../lib/dataset/schema';
import { coverageMarkdown, readBaseline, readmeWithTotals, README_FILE } from '../../../scripts/coverage';

const DATA = resolve(import.meta.dirname, '../../../data');
const dataset = parseDataset(readDataFiles(DATA));

describe('data/COVERAGE.md and its ratchet', () => {
  it('is generated from the current data (run `npm run data:coverage`)', () => {
    const onDisk = readFileSync(resolve(DATA, 'COVERAGE.md'), 'utf8');
    expect(onDisk === coverageMarkdown(dataset), 'data/COVERAGE.md is stale: run `npm run data:coverage`').toBe(true);
  });

  it('the README quotes the current totals (run `npm run data:coverage`)', () => {
    const readme = readFileSync(README_FILE, 'utf8');
    expect(readme).toContain('<!-- coverage -->FY2012-FY2025: ');
    expect(readme === readmeWithTotals(readme, dataset), 'README.md quotes stale coverage totals: run `npm run data:coverage`').toBe(true);
  });

  it('no filled cell has emptied and no cell has dropped a tier since the baseline', () => {
    expect(ratchetDrops(readBaseline(), toBaseline(coverage(dataset)))).toEqual([]);
  });

  it('warns in its output, without failing, about core series whose newest figure is more than 15 months old', () => {
    const c = coverage(dataset);
    const stale = staleSeries(c, dataset.meta.asOf);
    for (const s of stale)
      console.warn(`Freshness: ${s.series.name}: newest figure ${s.newest ? s.newest.period : 'none'}, more than 15 months before the dataset's as-of date ${dataset.meta.asOf}`);
    // The warning names exactly the series past the cutoff.
    const cutoff = monthsBefore(dataset.meta.asOf, 15);
    const staleIds = new Set(stale.map((s) => s.series.id));
    for (const row of c.rows) expect(staleIds.has(row.series.id)).toBe(!row.newest || row.newest.end < cutoff);
  });
});

describe('which periods fill a fiscal-year cell', () => {
  it('a total or an average fills a year only as the whole fiscal year', () => {
    expect(fiscalYearFilled('FY2019', 'year')).toBe(2019);
    expect(fiscalYearFilled('2019-06', 'year')).toBeNull();
    expect(fiscalYearFilled('2018-10-01/2019-04-09', 'year')).toBeNull();
    // ICE's year-end release, through a day in September, stands for its year.
    expect(fiscalYearFilled('2024-10-01/2025-09-20', 'year')).toBe(2025);
    expect(fiscalYearFilled('2024-10-05/2025-09-20', 'year')).toBeNull();
    expect(fiscalYearFilled('CY2019', 'year')).toBeNull();
  });

  it('a level fills the fiscal year its date falls in; a calendar-year estimate the year ending in it', () => {
    expect(fiscalYearFilled('2019-10-05', 'level')).toBe(2020);
    expect(fiscalYearFilled('2019-09', 'level')).toBe(2019);
    expect(fiscalYearFilled('CY2019', 'level')).toBe(2019);
    expect(fiscalYearFilled('FY2019', 'level')).toBe(2019);
    expect(fiscalYearFilled('2019-01-01/2019-03-31', 'level')).toBeNull();
  });
});

describe('coverage', () => {
  const source = (id: string, tier: string) => SourceSchema.parse({ id, title: `Page ${id}`, publisher: id, url: `https://${id}.example/`, published: '2020', tier });
  const fig = (metric: string, period: string, src: string) => ({ metric, period, value: 1, unit: 'removals', source: src, quote: '1' });
  const removals = { id: 'removals', name: 'Removals', unit: 'removals', aggregation: 'total' as const, category: 'removals' as const, definition: 'ICE removals in the period.', countedBy: 'ICE' as const, caveats: [] };
  const small: Dataset = {
    meta: { version: '1.0.0', asOf: '2020-01-01' },
    metrics: [removals],
    sources: [source('ice', 'agency'), source('paper', 'news'), source('group', 'advocacy')],
    figures: [fig('removals', 'FY2013', 'paper'), fig('removals', 'FY2013', 'ice'), fig('removals', 'FY2014', 'group'), fig('removals', '2015-06', 'ice')],
  };
  const c = coverage(small);
  const row = c.rows.find((r) => r.series.id === 'removals')!;

  it('puts the best tier in each cell and leaves a month out of a yearly series', () => {
    expect([row.cells[2013]!.tier, row.cells[2014]!.tier, row.cells[2015]!.tier]).toEqual(['agency', 'advocacy', null]);
    expect(row.newest?.period).toBe('2015-06');
  });

  it('counts filled cells, agency or oversight cells and advocacy-only cells over FY2012-FY2025', () => {
    expect(c.totals).toMatchObject({ cells: 14 * c.rows.length, filled: 2, agencyOrOversight: 1, advocacyOnly: 1 });
  });

  it('names the series with no figure in the last 15 months', () => {
    expect(staleSeries(c, '2016-09-30').map((s) => s.series.id)).not.toContain('removals');
    expect(staleSeries(c, '2016-10-01').map((s) => s.series.id)).toContain('removals');
  });
});

describe('the ratchet', () => {
  const was: CoverageBaseline = { removals: { FY2013: 'agency', FY2014: 'news' } };

  it('finds a cell that emptied and a cell that dropped a tier, and nothing when all held or rose', () => {
    expect(ratchetDrops(was, { removals: { FY2013: 'news' } })).toEqual(['removals FY2013: was agency, now news', 'removals FY2014: was news, now empty']);
    expect(ratchetDrops(was, { removals: { FY2013: 'agency', FY2014: 'oversight', FY2015: 'news' } })).toEqual([]);
  });

  it('only ever raises the baseline', () => {
    expect(raiseBaseline(was, { removals: { FY2013: 'news', FY2014: 'agency', FY2015: 'research' } })).toEqual({
      removals: { FY2013: 'agency', FY2014: 'agency', FY2015: 'research' },
    });
  });

  it('counts months back to the same day, clamped to a short month', () => {
    expect(monthsBefore('2026-11-24', 15)).toBe('2025-08-24');
    expect(monthsBefore('2026-05-31', 3)).toBe('2026-02-28');
  });
});

describe('seriesFreshness', () => {
  it("gives each core series' newest period from the query API and marks the stale ones", () => {
    const series = (metric: string) =>
      metric === 'removals' ? [{ period: 'FY2019', span: { end: '2019-09-30' } }, { period: '2025-10-01/2026-04-09', span: { end: '2026-04-09' } }] : [];
    const f = seriesFreshness({ series }, '2026-11-24');
    expect(f.find((s) => s.id === 'removals')).toMatchObject({ period: '2025-10-01/2026-04-09', stale: false });
    expect(f.find((s) => s.id === 'detention-adp')).toMatchObject({ period: null, stale: true });
    expect(seriesFreshness({ series }, '2027-08-01').find((s) => s.id === 'removals')?.stale).toBe(true);
  });
});
