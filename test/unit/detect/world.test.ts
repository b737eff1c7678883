import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../../lib/detect';
import type { ZodType } from 'zod';
import { CountriesSchema, LawsSchema, PresidenciesSchema, UsPlacesSchema } from '../../../lib/detect/world-schema';

const WORLD = resolve(import.meta.dirname, '../../../data/world');

describe('data/world', () => {
  it('holds only files with a schema, each valid and canonically formatted', () => {
    const schemas: Record<string, ZodType> = { 'presidencies.json': PresidenciesSchema, 'us-places.json': UsPlacesSchema, 'countries.json': CountriesSchema, 'laws.json': LawsSchema };
    for (const file of readdirSync(WORLD)) {
      const schema = schemas[file];
      expect(schema, `${file} has no schema`).toBeDefined();
      const raw = readFileSync(resolve(WORLD, file), 'utf8');
      const parsed = schema!.safeParse(JSON.parse(raw));
      expect(parsed.error?.issues ?? [], file).toEqual([]);
      // One entry a line, as written by hand: canonical and diffable.
      const rows = JSON.parse(raw) as unknown[];
      const line = (r: unknown) => `{ ${Object.entries(r as object).map(([k, v]) => `${JSON.stringify(k)}: ${JSON.stringify(v).replace(/","/g, '", "')}`).join(', ')} }`;
      expect(raw, file).toBe(`[\n${rows.map((r) => `  ${line(r)}`).join(',\n')}\n]\n`);
    }
  });

  it('rejects terms out of order, overlapping or left open before the last', () => {
    const t = (start: string, end: string | null) => ({ president: 'X', term: 1, start, end, source: 'https://example.gov/' });
    expect(PresidenciesSchema.safeParse([t('2017-01-20', '2021-01-19'), t('2021-01-20', null)]).success).toBe(true);
    expect(PresidenciesSchema.safeParse([t('2021-01-20', null), t('2017-01-20', '2021-01-19')]).success).toBe(false);
    expect(PresidenciesSchema.safeParse([t('2017-01-20', '2021-01-25'), t('2021-01-20', null)]).success).toBe(false);
    expect(PresidenciesSchema.safeParse([t('2017-01-20', null), t('2021-01-20', null)]).success).toBe(false);
  });

  it('rejects countries out of order or the United States, and a list of places without all 50 states', () => {
    const c = (iso: string, name: string) => ({ iso, name, source: 'https://www.iso.org/' });
    expect(CountriesSchema.safeParse([c('GT', 'Guatemala'), c('MX', 'Mexico')]).success).toBe(true);
    expect(CountriesSchema.safeParse([c('MX', 'Mexico'), c('GT', 'Guatemala')]).success).toBe(false);
    expect(CountriesSchema.safeParse([c('US', 'United States')]).success).toBe(false);
    expect(UsPlacesSchema.safeParse([{ name: 'Texas', kind: 'state', source: 'https://www.census.gov/' }]).success).toBe(false);
  });

  it('reads a number said of a place or of a country\'s nationals by the names in the files', () => {
    const scope = (text: string) => detectClaims(text, { articleDate: '2025-10-01' }).map((x) => [x.quote, x.frame.scope]);
    expect(scope('ICE agents arrested 1,100 people in Minneapolis during September.')).toEqual([['1,100', 'place']]);
    expect(scope('Border Patrol apprehended 140,000 migrants in September, 58,000 of them from Guatemala.')).toEqual([['140,000', 'nation']]);
  });

  it('dates spans counted from an inauguration by the terms in the file', () => {
    const period = (text: string, date: string) => detectClaims(text, { articleDate: date })[0]?.period;
    expect(period('ICE has deported 350,000 people since Trump took office.', '2025-09-01')?.start).toBe('2025-01-20');
    expect(period("ICE deported 61,000 people in Trump's first 100 days.", '2022-03-01')?.start).toBe('2017-01-20');
    expect(period('ICE has deported 350,000 people since the president took office.', '2015-06-01')?.start).toBe('2013-01-20');
    expect(period('ICE averaged 300 arrests per day during President Joe Biden’s final year in office.', '2025-02-05')?.end).toBe('2025-01-19');
  });

  it("reads a law's money by the law's names and the day it was signed in the file, against the article's date", () => {
    const frame = (text: string, date: string) => detectClaims(text, { articleDate: date })[0]?.frame;
    const july = 'Congress gave ICE $45 billion for detention in the July law.';
    expect([frame(july, '2025-10-15')?.detail, frame(july, '2025-10-15')?.measure]).toEqual(['law-multi-year', 'law-detention']);
    // Before the law was signed, or more than a year after it, "the July law" is not the 2025 act.
    expect(frame(july, '2025-06-15')?.detail).toBe('enacted');
    expect(frame(july, '2026-08-15')?.detail).toBe('enacted');
    expect(frame('The One Big Beautiful Bill Act gave ICE $45 billion for detention.', '2025-10-15')?.detail).toBe('law-multi-year');
    expect(frame('The reconciliation law gave ICE $45 billion for detention.', '2025-10-15')?.detail).toBe('law-multi-year');
  });
});
