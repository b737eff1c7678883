// @vitest-environment node
/**
 * The figures `npm run data:import-archived` derived from ICE's mid-year releases (Wayback Machine copies;
 * data/notes/cards-2026-12d.md): they add only what the year-end import lacks, each traces to a capture
 * of ICE's file by cell, and each release's dates agree with each other.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Figure, SourceRecord } from '../../../lib/dataset/schema';

const DATA = resolve(import.meta.dirname, '../../../data');
const jsonl = <T>(name: string): T[] =>
  readFileSync(resolve(DATA, name), 'utf8')
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as T);

const archived = jsonl<Figure>('figures/archived-ice-detention.jsonl');
const sources = new Map(jsonl<SourceRecord>('sources/archived-ice-detention.jsonl').map((s) => [s.id, s]));
const primary = jsonl<Figure>('figures/primary-ice-detention.jsonl');

describe('figures from archived ICE releases', () => {
  it('never repeat a metric and period the year-end import gives, nor each other', () => {
    const have = new Set(primary.map((f) => `${f.metric}|${f.period}`));
    const keys = archived.map((f) => `${f.metric}|${f.period}`);
    expect(keys.filter((k) => have.has(k))).toEqual([]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it("each comes from an agency-tier copy of ICE's file, by cell, linked to the capture it was read from", () => {
    for (const f of archived) {
      const s = sources.get(f.source);
      expect(s, f.source).toBeDefined();
      expect(s!.tier).toBe('agency');
      expect(f.receipt?.cell, `${f.metric} ${f.period}`).toMatch(/^[A-Z]+\d+$/);
      expect(f.receipt!.url).toBe(s!.url);
      expect(s!.url).toMatch(/^(https:\/\/web\.archive\.org\/web\/\d{14}\/)?https:\/\/www\.ice\.gov\/doclib\/detention\//);
      expect(s!.note).toContain(f.receipt!.sha256.slice(0, 12));
    }
  });

  it('holds one-day counts and year-to-date totals only, dated no later than their release', () => {
    for (const f of archived) {
      const s = sources.get(f.source)!;
      expect(/^\d{4}-\d{2}-\d{2}$/.test(f.period) || /^\d{4}-10-01\/\d{4}-\d{2}-\d{2}$/.test(f.period), `${f.metric} ${f.period}`).toBe(true);
      expect(f.period.slice(-10) <= s.published, `${f.metric} ${f.period} released ${s.published}`).toBe(true);
    }
  });

  it("keeps ICE's snapshot of March 10, 2024 (39,111 held) and ATD on April 9, 2022 (216,450)", () => {
    const one = (metric: string, period: string) => archived.find((f) => f.metric === metric && f.period === period);
    expect(one('detention-population', '2024-03-10')).toMatchObject({ value: 39111, receipt: { file: 'FY24_detentionStats03142024.xlsx' } });
    expect(one('atd-population', '2022-04-09')).toMatchObject({ value: 216450, receipt: { file: 'FY22_detentionStats04132022.xlsx' } });
  });
});
