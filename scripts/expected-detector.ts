/**
 * The detector's expected results: what it finds in every labelled fixture text (the shared dev set and
 * seeds, the held-out set, the labelled real prose), checked in at test/fixtures/expected/detector.jsonl.
 * test/unit/detect/expected.test.ts diffs today's output against that file and prints what moved, so a
 * rule change shows exactly which claims it made, dropped or changed.
 *
 *   npm run expected:update      rewrite the file after a deliberate change (review the diff first)
 *
 * The spent batches (test/fixtures/real/unseen.jsonl, unseen2.jsonl, unseen3a/3b.jsonl, unseen4a/4b.jsonl and
 * unseen5a/5b.jsonl, unseen6a/6b/6c.jsonl, unseen7a/7b.jsonl, unseen8a/8b.jsonl and unseen9a/9b.jsonl,
 * each scored once and now used for work) are read like the dev set; a sealed batch is never read here.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { detectClaims, type Claim } from '../lib/detect/index';

const ROOT = resolve(import.meta.dirname, '..');
const FIXTURES = resolve(ROOT, 'test/fixtures');
export const EXPECTED_FILE = resolve(FIXTURES, 'expected/detector.jsonl');

/** One fixture text to run through the detector. */
export interface FixtureText {
  /** "<set>/<id>": stable across runs, unique across sets. */
  key: string;
  text: string;
  articleDate: string | null;
}

/** What the expected file keeps of a claim: enough to see any change of what is marked and how it is read. */
export interface ExpectedClaim {
  quote: string;
  start: number;
  end: number;
  category: string;
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: string | null;
  rate: string | null;
  period: string | null;
}

export interface ExpectedRow {
  key: string;
  /** A hash of the text: when a fixture's text is edited, its old results say nothing about the detector. */
  hash: string;
  claims: ExpectedClaim[];
}

/** FNV-1a, 32 bits, as hex: enough to notice an edited fixture text. */
export function textHash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

function jsonl<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as T);
}

/** An article file: "URL: …" and "DATE: YYYY-MM-DD" lines, then the text. */
function article(path: string): { text: string; date: string | null } {
  const lines = readFileSync(path, 'utf8').split('\n');
  const date = /^DATE:\s*(\S+)/.exec(lines[1] ?? '')?.[1] ?? null;
  return { text: lines.slice(2).join('\n'), date };
}

/** Every labelled fixture text, in a fixed order. */
export function fixtureTexts(): FixtureText[] {
  const out: FixtureText[] = [];
  for (const row of jsonl<{ id: string; text: string }>(resolve(FIXTURES, 'shared/dev-sentences.jsonl'))) {
    out.push({ key: `shared/${row.id}`, text: row.text, articleDate: null });
  }
  const seeds = resolve(FIXTURES, 'shared/seeds');
  for (const file of readdirSync(seeds).filter((f) => f.endsWith('.txt')).sort()) {
    const a = article(resolve(seeds, file));
    out.push({ key: `seeds/${file}`, text: a.text, articleDate: a.date });
  }
  for (const row of jsonl<{ id: string; text: string }>(resolve(FIXTURES, 'heldout/sentences.jsonl'))) {
    out.push({ key: `heldout/${row.id}`, text: row.text, articleDate: null });
  }
  const articles = resolve(FIXTURES, 'heldout/articles');
  for (const file of readdirSync(articles).filter((f) => f.endsWith('.txt')).sort()) {
    const a = article(resolve(articles, file));
    out.push({ key: `heldout/${file}`, text: a.text, articleDate: a.date });
  }
  const spent = [
    ['real/dev.jsonl', 'real'],
    ['real/unseen.jsonl', 'unseen'],
    ['real/unseen2.jsonl', 'unseen2'],
    ['real/unseen3a.jsonl', 'unseen3a'],
    ['real/unseen3b.jsonl', 'unseen3b'],
    ['real/unseen4a.jsonl', 'unseen4a'],
    ['real/unseen4b.jsonl', 'unseen4b'],
    ['real/unseen5a.jsonl', 'unseen5a'],
    ['real/unseen5b.jsonl', 'unseen5b'],
    ['real/unseen6a.jsonl', 'unseen6a'],
    ['real/unseen6b.jsonl', 'unseen6b'],
    ['real/unseen6c.jsonl', 'unseen6c'],
    ['real/unseen7a.jsonl', 'unseen7a'],
    ['real/unseen7b.jsonl', 'unseen7b'],
    ['real/unseen8a.jsonl', 'unseen8a'],
    ['real/unseen8b.jsonl', 'unseen8b'],
    ['real/unseen9a.jsonl', 'unseen9a'],
    ['real/unseen9b.jsonl', 'unseen9b'],
  ] as const;
  for (const [file, prefix] of spent) {
    const real = resolve(FIXTURES, file);
    if (!existsSync(real)) continue;
    for (const row of jsonl<{ id: string; text: string; articleDate?: string | null }>(real)) {
      out.push({ key: `${prefix}/${row.id}`, text: row.text, articleDate: row.articleDate ?? null });
    }
  }
  return out;
}

function expectedClaim(c: Claim): ExpectedClaim {
  return {
    quote: c.quote,
    start: c.start,
    end: c.end,
    category: c.category,
    value: c.value,
    low: c.low,
    high: c.high,
    qualifier: c.qualifier,
    rate: c.rate,
    period: c.period?.period ?? null,
  };
}

/** The detector's output today for every fixture text. */
export function currentResults(texts = fixtureTexts()): ExpectedRow[] {
  return texts.map((t) => ({ key: t.key, hash: textHash(t.text), claims: detectClaims(t.text, { articleDate: t.articleDate }).map(expectedClaim) }));
}

export function readExpected(path = EXPECTED_FILE): ExpectedRow[] {
  return existsSync(path) ? jsonl<ExpectedRow>(path) : [];
}

export function formatExpected(rows: ExpectedRow[]): string {
  return rows.map((r) => JSON.stringify(r)).join('\n') + '\n';
}

const FIELDS = ['category', 'value', 'low', 'high', 'qualifier', 'rate', 'period'] as const;

function show(c: ExpectedClaim): string {
  const rest = [c.value ?? (c.low !== null ? `${c.low}-${c.high}` : 'null'), c.qualifier, c.rate && `per ${c.rate}`, c.period].filter(Boolean).join(' ');
  return `"${c.quote}" @${c.start} ${c.category} ${rest}`;
}

/**
 * What moved between the expected rows and today's: `moved` has one line per claim made, dropped or
 * changed in a text whose words are unchanged (the detector moved); `notes` one per text added, removed
 * or edited (the fixtures moved: record them with `npm run expected:update`).
 */
export function diffExpected(expected: ExpectedRow[], current: ExpectedRow[]): { moved: string[]; notes: string[] } {
  const lines: string[] = [];
  const notes: string[] = [];
  const was = new Map(expected.map((r) => [r.key, r]));
  const now = new Map(current.map((r) => [r.key, r]));
  for (const key of was.keys()) if (!now.has(key)) notes.push(`${key}: text gone from the fixtures`);
  for (const row of current) {
    const before = was.get(row.key);
    if (!before) {
      notes.push(`${row.key}: new text (${row.claims.length} claims)`);
      continue;
    }
    if (before.hash !== row.hash) {
      notes.push(`${row.key}: text edited (${before.claims.length} -> ${row.claims.length} claims)`);
      continue;
    }
    const at = (c: ExpectedClaim) => `${c.start}:${c.end}`;
    const old = new Map(before.claims.map((c) => [at(c), c]));
    const cur = new Map(row.claims.map((c) => [at(c), c]));
    for (const c of before.claims) if (!cur.has(at(c))) lines.push(`${row.key}: - ${show(c)}`);
    for (const c of row.claims) {
      const o = old.get(at(c));
      if (!o) {
        lines.push(`${row.key}: + ${show(c)}`);
        continue;
      }
      const changed = FIELDS.filter((f) => o[f] !== c[f]).map((f) => `${f} ${String(o[f])} -> ${String(c[f])}`);
      if (changed.length > 0) lines.push(`${row.key}: ~ "${c.quote}" @${c.start} ${changed.join(', ')}`);
    }
  }
  return { moved: lines, notes };
}

function main(): void {
  const current = currentResults();
  const { moved: claimsMoved, notes } = diffExpected(readExpected(), current);
  const moved = [...claimsMoved, ...notes];
  writeFileSync(EXPECTED_FILE, formatExpected(current));
  const claims = current.reduce((n, r) => n + r.claims.length, 0);
  console.log(`expected:update: ${current.length} texts, ${claims} claims written to ${EXPECTED_FILE.slice(ROOT.length + 1)}`);
  const shown = moved.slice(0, 300).map((l) => `  ${l}`);
  if (moved.length > shown.length) shown.push(`  … and ${moved.length - shown.length} more`);
  console.log(moved.length === 0 ? 'nothing moved' : [`${moved.length} changes:`, ...shown].join('\n'));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
