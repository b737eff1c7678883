import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectClaims, type Claim } from '../../../lib/detect';

const FIXTURES = resolve(import.meta.dirname, '../../fixtures/shared');

interface Label {
  where: string;
  start: number;
  end: number;
  figure: string;
  category: string;
  value: number | null;
  rate: string | null;
  qualifier: string | null;
  /** A label of an older convention (a count of facilities): neither required nor, when found, counted. */
  edge?: boolean;
}
interface Found {
  where: string;
  claim: Claim;
}

function devSet(): { labels: Label[]; found: Found[] } {
  const labels: Label[] = [];
  const found: Found[] = [];
  const lines = readFileSync(resolve(FIXTURES, 'dev-sentences.jsonl'), 'utf8').split('\n').filter(Boolean);
  for (const line of lines) {
    const row = JSON.parse(line) as { id: string; text: string; claims: Omit<Label, 'where' | 'start' | 'end'>[] };
    const edges: [number, number][] = [];
    for (const c of row.claims) {
      const start = row.text.indexOf(c.figure);
      if (start < 0) throw new Error(`${row.id}: figure not in text`);
      if (c.edge) edges.push([start, start + c.figure.length]);
      else labels.push({ ...c, where: row.id, start, end: start + c.figure.length });
    }
    for (const claim of detectClaims(row.text)) if (!edges.some(([s, e]) => claim.start < e && claim.end > s)) found.push({ where: row.id, claim });
  }
  return { labels, found };
}

function seeds(): { labels: Label[]; found: Found[] } {
  const labels: Label[] = [];
  const found: Found[] = [];
  const all = JSON.parse(readFileSync(resolve(FIXTURES, 'seeds/labels.json'), 'utf8')) as {
    file: string;
    claims: (Omit<Label, 'where' | 'start' | 'end'> & { text: string })[];
  }[];
  const files = readdirSync(resolve(FIXTURES, 'seeds')).filter((f) => f.endsWith('.txt'));
  for (const file of files) {
    const raw = readFileSync(resolve(FIXTURES, 'seeds', file), 'utf8');
    const lines = raw.split('\n');
    const date = /^DATE:\s*(\S+)/.exec(lines[1] ?? '')?.[1] ?? null;
    const article = lines.slice(2).join('\n');
    const edges: [number, number][] = [];
    for (const c of all.find((a) => a.file === file)?.claims ?? []) {
      const at = article.indexOf(c.text);
      const inner = c.text.indexOf(c.figure);
      if (at < 0 || inner < 0) throw new Error(`${file}: label not found: ${c.text}`);
      if (c.edge) edges.push([at + inner, at + inner + c.figure.length]);
      else labels.push({ ...c, where: file, start: at + inner, end: at + inner + c.figure.length });
    }
    for (const claim of detectClaims(article, { articleDate: date })) if (!edges.some(([s, e]) => claim.start < e && claim.end > s)) found.push({ where: file, claim });
  }
  return { labels, found };
}

function sameValue(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= Math.abs(b) * 1e-9 + 1e-9;
}

describe('detector accuracy on the shared fixtures', () => {
  it('keeps the measured precision, recall and category (all 168 labels found, none extra)', () => {
    const dev = devSet();
    const seed = seeds();
    const labels = [...dev.labels, ...seed.labels];
    const found = [...dev.found, ...seed.found];
    const used = new Set<Found>();
    const pairs: [Label, Found][] = [];
    const misses: Label[] = [];
    for (const l of labels) {
      const f = found.find((x) => !used.has(x) && x.where === l.where && x.claim.start < l.end && x.claim.end > l.start);
      if (f) {
        used.add(f);
        pairs.push([l, f]);
      } else misses.push(l);
    }
    const falsePositives = found.filter((f) => !used.has(f));
    const precision = pairs.length / Math.max(1, found.length);
    const recall = pairs.length / Math.max(1, labels.length);
    const rate = (ok: (l: Label, c: Claim) => boolean): number =>
      pairs.filter(([l, f]) => ok(l, f.claim)).length / Math.max(1, pairs.length);
    const category = rate((l, c) => l.category === c.category);
    const value = rate((l, c) => sameValue(l.value, c.value));
    const qualifier = rate((l, c) => l.qualifier === c.qualifier);
    const rateAgree = rate((l, c) => l.rate === c.rate);
    const figure = rate((l, c) => c.quote === l.figure || c.quote.endsWith(' ' + l.figure));
    const pct = (x: number): string => (x * 100).toFixed(1).padStart(6) + '%';
    console.log(
      [
        `labels ${labels.length}, found ${found.length}, matched ${pairs.length}`,
        `precision          ${pct(precision)}`,
        `recall             ${pct(recall)}`,
        `category accuracy  ${pct(category)}`,
        `value agreement    ${pct(value)}`,
        `qualifier agreement${pct(qualifier)}`,
        `rate agreement     ${pct(rateAgree)}`,
        `quote = figure     ${pct(figure)}`,
      ].join('\n'),
    );
    const show = (where: string, s: string): string => `  ${where}: ${s}`;
    console.log(['misses:', ...misses.map((l) => show(l.where, `${l.figure} [${l.category}]`))].join('\n'));
    console.log(
      ['false positives:', ...falsePositives.map((f) => show(f.where, `${f.claim.quote} [${f.claim.category}] in "${f.claim.sentence.slice(0, 90)}"`))].join('\n'),
    );
    const wrong = pairs.filter(([l, f]) => l.category !== f.claim.category || !sameValue(l.value, f.claim.value) || l.qualifier !== f.claim.qualifier || l.rate !== f.claim.rate);
    console.log(
      ['disagreements (label -> found):', ...wrong.map(([l, f]) => show(l.where, `${l.figure}: ${l.category}/${l.value}/${l.qualifier}/${l.rate} -> ${f.claim.category}/${f.claim.value}/${f.claim.qualifier}/${f.claim.rate}`))].join('\n'),
    );
    // Today's measured levels: a change that loses any of them fails here. Eight labels of trait subgroups
    // (dev pos-014, -088, -109 and seed 000's two "thousands" of families and 12,780 orders to family units:
    // family units, unaccompanied children, criminal immigrants; and since session 8 pos-080 'pending asylum
    // applications' and pos-086 'family members apprehended', whose subject opens the clause) are edge since
    // the session-6 conventions count them as no claims (scope.trait).
    expect(labels.length).toBe(168);
    expect(precision).toBe(1);
    expect(recall).toBe(1);
    expect(category).toBe(1);
  });
});
