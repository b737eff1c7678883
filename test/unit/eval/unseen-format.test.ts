import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CATEGORIES } from '../../../lib/categories';

// The sealed unseen batch (test/fixtures/real/UNSEEN.md) is checked for its format only. This test
// must never run the detector or the card engine on it: the batch is scored once, by the coordinator.

const ROOT = resolve(import.meta.dirname, '../../..');
const FILE = resolve(ROOT, 'test/fixtures/real/unseen.jsonl');

/** Canonical periods of issue 12: "FY2019", "CY2018", "2019-06", "2019-06-18" or "start/end". */
const DAY = '\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])';
const PERIOD = new RegExp(`^(FY\\d{4}|CY\\d{4}|\\d{4}-(0[1-9]|1[0-2])|${DAY}|${DAY}/${DAY})$`);

const Expect = z
  .object({
    metric: z.string(),
    period: z.string().regex(PERIOD),
    relation: z.enum(['matches', 'higher', 'lower']),
  })
  .strict();

const Claim = z
  .object({
    quote: z.string().min(1),
    category: z.enum(CATEGORIES),
    value: z.number().nullable(),
    qualifier: z.enum(['about', 'more than', 'fewer than', 'nearly', 'at least', 'up to', 'exact']).nullable(),
    kind: z.string().min(1),
    expect: Expect.nullable(),
    why: z.string().min(3),
  })
  .strict();

const Paragraph = z
  .object({
    id: z.string().regex(/^[un]\d{3}$/),
    outlet: z.string().min(2),
    url: z.string().url(),
    articleDate: z.string().regex(new RegExp(`^${DAY}$`)).nullable(),
    text: z.string().min(40),
    claims: z.array(Claim),
  })
  .strict();

type Paragraph = z.infer<typeof Paragraph>;

function metricIds(): Set<string> {
  const dir = resolve(ROOT, 'data/metrics');
  const ids = new Set<string>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    for (const m of JSON.parse(readFileSync(resolve(dir, name), 'utf8')) as { id: string }[]) ids.add(m.id);
  }
  return ids;
}

function occurrences(text: string, quote: string): number {
  let n = 0;
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) n++;
  return n;
}

const lines = readFileSync(FILE, 'utf8').split('\n').filter((l) => l.trim() !== '');
const rows: Paragraph[] = lines.map((l) => Paragraph.parse(JSON.parse(l)));

describe('unseen batch format', () => {
  it('has one valid paragraph a line, with unique ids', () => {
    expect(rows.length).toBe(lines.length);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });

  it('quotes each claim as an exact substring that occurs once in its paragraph', () => {
    const bad = rows.flatMap((r) =>
      r.claims.filter((c) => occurrences(r.text, c.quote) !== 1).map((c) => `${r.id}: ${c.quote}`),
    );
    expect(bad).toEqual([]);
  });

  it('names only metric ids that exist in data/metrics', () => {
    const ids = metricIds();
    const unknown = rows.flatMap((r) =>
      r.claims.flatMap((c) => (c.expect && !ids.has(c.expect.metric) ? [`${r.id}: ${c.expect.metric}`] : [])),
    );
    expect(unknown).toEqual([]);
  });

  it('writes ranges as start/end with start before end', () => {
    const backwards = rows.flatMap((r) =>
      r.claims.flatMap((c) => {
        const [start, end] = c.expect?.period.split('/') ?? [];
        return start !== undefined && end !== undefined && start >= end ? [`${r.id}: ${c.expect?.period}`] : [];
      }),
    );
    expect(backwards).toEqual([]);
  });

  it('keeps no-claim paragraphs beside labelled ones', () => {
    expect(rows.some((r) => r.claims.length === 0)).toBe(true);
    expect(rows.some((r) => r.claims.some((c) => c.expect !== null))).toBe(true);
  });
});

describe('the period pattern', () => {
  it('accepts the canonical forms and rejects others', () => {
    for (const p of ['FY2019', 'CY2018', '2019-06', '2019-06-18', '2024-10-01/2025-01-19']) expect(PERIOD.test(p)).toBe(true);
    for (const p of ['2019', 'FY19', '2019-13', '2019-06-18/', 'June 2019', '2019-06-18T00:00']) expect(PERIOD.test(p)).toBe(false);
  });
});
