// @vitest-environment node
/**
 * The figures `npm run data:import-cbp-swb` derived from CBP's Southwest Land Border Encounters file
 * (data/notes/data-2026-12i.md): each traces to a span of the file's cells, the sums are the sums of the
 * months committed beside them and say they are sums, and a fresh import where the file is at hand
 * (../shared/primary/cbp-swb/) gives the committed bytes.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../lib/dataset/period';
import type { Figure, SourceRecord } from '../../../lib/dataset/schema';
import { CBP_SWB_OUT, CBP_SWB_PRIMARY, importCbpSwb } from '../../../scripts/import-cbp-swb';
import { CBP_SWB_SOURCE, CBP_SWB_TO_DATE, readCbpSwb } from '../../../scripts/import/cbp-swb';

const DATA = resolve(import.meta.dirname, '../../../data');
const jsonl = <T>(name: string): T[] =>
  readFileSync(resolve(DATA, name), 'utf8')
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as T);
const figures = jsonl<Figure>(CBP_SWB_OUT.figures);
const sources = jsonl<SourceRecord>(CBP_SWB_OUT.sources);
const one = (metric: string, period: string) => {
  const found = figures.filter((f) => f.metric === metric && f.period === period);
  expect(found, `${metric} ${period}`).toHaveLength(1);
  return found[0]!.value;
};

describe("figures from CBP's southwest border file", () => {
  it("come from one agency-tier source, each with a receipt to a span of the file's Encounter Count cells", () => {
    expect(sources).toEqual([CBP_SWB_SOURCE]);
    expect(sources[0]!.tier).toBe('agency');
    for (const f of figures) {
      expect(f.source).toBe(CBP_SWB_SOURCE.id);
      expect(f.receipt?.cell, `${f.metric} ${f.period}`).toMatch(/^I\d+:I\d+$/);
      expect(f.receipt!.column).toBe('Encounter Count');
      expect(f.quote).toContain(f.value.toLocaleString('en-US'));
    }
  });

  it('holds the months the labelled sets ask for and the counts CBP released (Sept. 2024: 53,858; Feb. 2024: 140,641)', () => {
    expect(one('border-usbp-swb-apprehensions', '2024-09')).toBe(53858);
    expect(one('border-usbp-swb-apprehensions', '2024-02')).toBe(140641);
    expect(one('border-swb-encounters', '2024-01')).toBe(176195);
  });

  it('gives a year (or, when asked, a year to date) only as the sum of the months beside it, and says so in its note', () => {
    const months = figures.filter((f) => /^\d{4}-\d{2}$/.test(f.period));
    const sums = figures.filter((f) => !/^\d{4}-\d{2}$/.test(f.period));
    expect(sums.length).toBeGreaterThan(0);
    for (const s of sums) {
      const p = parsePeriod(s.period)!;
      const inside = months.filter((m) => m.metric === s.metric && parsePeriod(m.period)!.start >= p.start && parsePeriod(m.period)!.end <= p.end);
      expect(p.start.slice(5), s.period).toBe('10-01');
      expect(s.value, `${s.metric} ${s.period}`).toBe(inside.reduce((t, m) => t + m.value, 0));
      expect(s.note).toMatch(/^A sum computed by the importer/);
    }
    expect(one('border-usbp-swb-apprehensions', 'FY2024')).toBe(1530523);
    expect(figures.some((f) => f.period.includes('/'))).toBe(CBP_SWB_TO_DATE);
  });

  it('reads a month from its rows whatever their order, sums a year to date when asked, and refuses a row it cannot read', () => {
    const head = 'Fiscal Year,Month Grouping,Month (abbv),Component,Demographic,Citizenship Grouping,Title of Authority,Encounter Type,Encounter Count';
    const text = [head, '2024,FYTD,OCT,U.S. Border Patrol,Single Adults,Mexico,Title 8,Apprehensions,5', '2024,FYTD,OCT,Office of Field Operations,Single Adults,Mexico,Title 8,Inadmissibles,2', '2024,FYTD,NOV,U.S. Border Patrol,Single Adults,Mexico,Title 8,Apprehensions,7'].join('\n');
    const out = readCbpSwb(text, '0'.repeat(64), true);
    const get = (m: string, p: string) => out.find((f) => f.metric === m && f.period === p)?.value;
    expect(get('border-usbp-swb-apprehensions', '2023-10')).toBe(5);
    expect(get('border-swb-encounters', '2023-10')).toBe(7);
    expect(get('border-usbp-swb-apprehensions', '2023-10-01/2023-11-30')).toBe(12);
    expect(() => readCbpSwb(`${head}\n2024,FYTD,OCT,Air and Marine,x,y,Title 8,Apprehensions,1`, '0'.repeat(64))).toThrow(/Component/);
  });

  it.skipIf(!existsSync(CBP_SWB_PRIMARY))('a fresh import of ../shared/primary/cbp-swb gives the committed bytes', () => {
    for (const [name, text] of importCbpSwb(CBP_SWB_PRIMARY)) expect(readFileSync(resolve(DATA, name), 'utf8') === text, name).toBe(true);
  });
});
