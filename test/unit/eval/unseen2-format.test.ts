import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CATEGORIES } from '../../../lib/categories';

// The second sealed batch (test/fixtures/real/UNSEEN2.md) is checked for its format and for being
// disjoint from every page the repository already uses. This test must never run the detector or the
// card engine on it: the batch is scored once, by the coordinator.

const ROOT = resolve(import.meta.dirname, '../../..');
const FILE = resolve(ROOT, 'test/fixtures/real/unseen2.jsonl');

/** Canonical periods of issue 12: "FY2019", "CY2018", "2019-06", "2019-06-18" or "start/end". */
const DAY = '\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])';
const PERIOD = new RegExp(`^(FY\\d{4}|CY\\d{4}|\\d{4}-(0[1-9]|1[0-2])|${DAY}|${DAY}/${DAY})$`);

/** The kinds of number of UNSEEN.md. */
const KINDS = [
  'total',
  'one-day',
  'daily-average',
  'yearly-average',
  'level',
  'capacity',
  'money-enacted',
  'money-request',
  'money-bill',
  'money-law',
  'money-estimate',
  'money-increase',
  'change-percent',
  'change-number',
  'target',
  'unit-cost',
  'duration',
  'share',
] as const;

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
    kind: z.enum(KINDS),
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

/** Metric ids and their aliases, from data/metrics/*.json. */
function metricIds(): Set<string> {
  const dir = resolve(ROOT, 'data/metrics');
  const ids = new Set<string>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.json'))) {
    const metrics = JSON.parse(readFileSync(resolve(dir, name), 'utf8')) as { id: string; aliases?: string[] }[];
    for (const m of metrics) {
      ids.add(m.id);
      for (const alias of m.aliases ?? []) ids.add(alias);
    }
  }
  return ids;
}

/** How often `quote` occurs in `text`, and how often as a whole number (not inside a longer one). */
function occurrences(text: string, quote: string): { all: number; whole: number } {
  let all = 0;
  let whole = 0;
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) {
    all++;
    const before = text.slice(Math.max(0, i - 2), i);
    const after = text.slice(i + quote.length, i + quote.length + 2);
    if (!/(\d|\d[.,])$/.test(before) && !/^(\d|[.,]\d)/.test(after)) whole++;
  }
  return { all, whole };
}

/** A URL as compared for disjointness: lowercase host without "www.", path without trailing slash, no query. */
export function normaliseUrl(url: string): string {
  const m = /^[a-z][a-z0-9+.-]*:\/\/([^/?#]*)([^?#]*)/i.exec(url.trim());
  if (!m) return url.trim().toLowerCase();
  const host = (m[1] ?? '').toLowerCase().replace(/^www\./, '');
  const path = (m[2] ?? '').toLowerCase().replace(/\/+$/, '');
  return host + path;
}

const URL_IN_TEXT = /https?:\/\/[^\s"'<>()\\]+/gi;

function urlsIn(text: string): string[] {
  return [...text.matchAll(URL_IN_TEXT)].map((m) => normaliseUrl(m[0]));
}

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** URLs the repository already uses: labelled prose, the rest of test/, and data/sources. */
function usedUrls(): Map<string, string> {
  const used = new Map<string, string>();
  const sources = filesUnder(resolve(ROOT, 'data/sources')).filter((p) => p.endsWith('.jsonl'));
  const tests = filesUnder(resolve(ROOT, 'test')).filter((p) => p !== FILE && /\.(jsonl?|md|txt|ts)$/.test(p));
  for (const path of [...sources, ...tests]) {
    for (const url of urlsIn(readFileSync(path, 'utf8'))) if (!used.has(url)) used.set(url, relative(ROOT, path));
  }
  return used;
}

const lines = readFileSync(FILE, 'utf8').split('\n').filter((l) => l.trim() !== '');
const rows: Paragraph[] = lines.map((l) => Paragraph.parse(JSON.parse(l)));

describe('unseen2 batch format', () => {
  it('has one valid paragraph a line, with unique ids', () => {
    expect(rows.length).toBe(lines.length);
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
  });

  it('names paragraphs with claims u… and paragraphs without n…', () => {
    const wrong = rows.filter((r) => (r.claims.length > 0) !== r.id.startsWith('u')).map((r) => r.id);
    expect(wrong).toEqual([]);
  });

  it('quotes each claim as an exact substring that occurs once in its paragraph, as a whole number', () => {
    const bad = rows.flatMap((r) =>
      r.claims.flatMap((c) => {
        const n = occurrences(r.text, c.quote);
        return n.all === 1 && n.whole === 1 ? [] : [`${r.id}: ${c.quote}`];
      }),
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

describe('unseen2 batch disjointness', () => {
  it('shares no page (normalised URL) with dev.jsonl, unseen.jsonl, the rest of test/ or data/sources', () => {
    const used = usedUrls();
    for (const file of ['test/fixtures/real/dev.jsonl', 'test/fixtures/real/unseen.jsonl']) {
      expect([...used.values()]).toContain(file);
    }
    const shared = rows.flatMap((r) => {
      const where = used.get(normaliseUrl(r.url));
      return where === undefined ? [] : [`${r.id}: ${r.url} (${where})`];
    });
    expect(shared).toEqual([]);
  });
});

describe('the URL normalisation', () => {
  it('drops scheme, www, query, fragment and trailing slash, and lowercases', () => {
    expect(normaliseUrl('https://www.Example.com/News/Story/?utm=1#top')).toBe('example.com/news/story');
    expect(normaliseUrl('http://example.com/news/story')).toBe('example.com/news/story');
    expect(normaliseUrl('https://example.com/news/story-2')).not.toBe('example.com/news/story');
  });
});

describe('the period pattern', () => {
  it('accepts the canonical forms and rejects others', () => {
    for (const p of ['FY2019', 'CY2018', '2019-06', '2019-06-18', '2024-10-01/2025-01-19']) expect(PERIOD.test(p)).toBe(true);
    for (const p of ['2019', 'FY19', '2019-13', '2019-06-18/', 'June 2019', '2019-06-18T00:00']) expect(PERIOD.test(p)).toBe(false);
  });
});
