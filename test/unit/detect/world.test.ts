import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../../lib/detect';
import { PresidenciesSchema } from '../../../lib/detect/world-schema';

const WORLD = resolve(import.meta.dirname, '../../../data/world');

describe('data/world', () => {
  it('holds only files with a schema, each valid and canonically formatted', () => {
    const schemas: Record<string, typeof PresidenciesSchema> = { 'presidencies.json': PresidenciesSchema };
    for (const file of readdirSync(WORLD)) {
      const schema = schemas[file];
      expect(schema, `${file} has no schema`).toBeDefined();
      const raw = readFileSync(resolve(WORLD, file), 'utf8');
      const parsed = schema!.safeParse(JSON.parse(raw));
      expect(parsed.error?.issues ?? []).toEqual([]);
    }
  });

  it('rejects terms out of order, overlapping or left open before the last', () => {
    const t = (start: string, end: string | null) => ({ president: 'X', term: 1, start, end, source: 'https://example.gov/' });
    expect(PresidenciesSchema.safeParse([t('2017-01-20', '2021-01-19'), t('2021-01-20', null)]).success).toBe(true);
    expect(PresidenciesSchema.safeParse([t('2021-01-20', null), t('2017-01-20', '2021-01-19')]).success).toBe(false);
    expect(PresidenciesSchema.safeParse([t('2017-01-20', '2021-01-25'), t('2021-01-20', null)]).success).toBe(false);
    expect(PresidenciesSchema.safeParse([t('2017-01-20', null), t('2021-01-20', null)]).success).toBe(false);
  });

  it('dates spans counted from an inauguration by the terms in the file', () => {
    const period = (text: string, date: string) => detectClaims(text, { articleDate: date })[0]?.period;
    expect(period('ICE has deported 350,000 people since Trump took office.', '2025-09-01')?.start).toBe('2025-01-20');
    expect(period("ICE deported 61,000 people in Trump's first 100 days.", '2022-03-01')?.start).toBe('2017-01-20');
    expect(period('ICE has deported 350,000 people since the president took office.', '2015-06-01')?.start).toBe('2013-01-20');
    expect(period('ICE averaged 300 arrests per day during President Joe Biden’s final year in office.', '2025-02-05')?.end).toBe('2025-01-19');
  });
});
