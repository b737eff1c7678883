import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { z } from 'zod';
import { CATEGORIES } from '../../../lib/categories';
import { storySlug } from '../../../lib/dataset/anchor';

// The shared format of the sealed real-prose batches (test/fixtures/real/UNSEEN.md, UNSEEN2.md): what their
// format tests check, read without ever running the detector or the card engine on the batch.

export const ROOT = resolve(import.meta.dirname, '../../..');

/** Canonical periods of issue 12: "FY2019", "CY2018", "2019-06", "2019-06-18" or "start/end". */
const DAY = '\\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01])';
export const PERIOD = new RegExp(`^(FY\\d{4}|CY\\d{4}|\\d{4}-(0[1-9]|1[0-2])|${DAY}|${DAY}/${DAY})$`);

/** The kinds of number of UNSEEN.md. */
export const KINDS = [
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

export type Paragraph = z.infer<typeof Paragraph>;

/** The batch's non-empty lines and their parsed paragraphs (a malformed line throws with its zod message). */
export function readBatch(file: string): { lines: string[]; rows: Paragraph[] } {
  const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l.trim() !== '');
  return { lines, rows: lines.map((l) => Paragraph.parse(JSON.parse(l))) };
}

/** Metric ids and their aliases, from data/metrics/*.json. */
export function metricIds(): Set<string> {
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
export function occurrences(text: string, quote: string): { all: number; whole: number } {
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

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Each key (`keyOf` a URL, skipped when null) the files in `paths` use, with the first file that uses it. */
function usedKeys(paths: string[], keyOf: (url: string) => string | null): Map<string, string> {
  const used = new Map<string, string>();
  for (const path of paths) {
    for (const m of readFileSync(path, 'utf8').matchAll(URL_IN_TEXT)) {
      const key = keyOf(m[0]);
      if (key !== null && !used.has(key)) used.set(key, relative(ROOT, path));
    }
  }
  return used;
}

const sourceFiles = () => filesUnder(resolve(ROOT, 'data/sources')).filter((p) => p.endsWith('.jsonl'));

/** URLs the repository already uses outside `except`: labelled prose, the rest of test/, and data/sources. */
export function usedUrls(except: string): Map<string, string> {
  const tests = filesUnder(resolve(ROOT, 'test')).filter((p) => p !== except && /\.(jsonl?|md|txt|ts)$/.test(p));
  return usedKeys([...sourceFiles(), ...tests], normaliseUrl);
}

/**
 * Story slugs (lib/dataset/anchor.ts `storySlug`) the repository already uses outside `except`: the labelled
 * prose and data/sources, so that a mirror or another copy of a used page (another host, a longer path) is
 * caught where its normalised URL differs.
 */
export function usedSlugs(except: string): Map<string, string> {
  const real = filesUnder(resolve(ROOT, 'test/fixtures/real')).filter((p) => p !== except && p.endsWith('.jsonl'));
  return usedKeys([...sourceFiles(), ...real], storySlug);
}

