import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectClaims, type Claim } from '../../../lib/detect';

// The held-out set was labelled from the shared spec without looking at the detector; it is measured
// here, never tuned on. The test asserts the levels measured today (strict: edge labels left out), so a
// change that loses a claim or a category fails here; raise them when a change gains one.
const HELDOUT = resolve(import.meta.dirname, '../../fixtures/heldout');
// Counts of facilities (212 and 107 facilities, nine centers, at least 20 new facilities) are labelled
// edge: the labelled real prose and issue 13 count them as no claims (drop.facility-count). So are five
// counts of trait subgroups (people without convictions, unaccompanied children): the session-6
// conventions count them as no claims (scope.trait).
// Counts of job applications (hpos-060 "more than 150,000 applications", the 2026 hiring article's "more than 220,000
// applications") and signing bonuses per recruit ("up to $50,000" in both) are unlabelled since session 12, as the
// labelled real prose settled (job applications are no claims, drop.job-applications; ruling 13, pay is no claim,
// drop.pay); the generators (make_sentences.py, articles/make_labels.py) write the labels as committed, edge flags
// included.
const MEASURED = { precision: 1, recall: 189 / 200, category: 185 / 189, inContextPrecision: 1, inContextRecall: 193 / 200 };
const EPSILON = 1e-9;

interface LabelRow {
  figure: string;
  category: string;
  value: number | null;
  rate: string | null;
  qualifier: string | null;
  unit?: string;
  occurrence?: number;
  edge?: boolean;
}
interface Label extends LabelRow {
  where: string;
  start: number;
  end: number;
}
interface Found {
  where: string;
  claim: Claim;
}
interface Corpus {
  labels: Label[];
  found: Found[];
  texts: Map<string, string>;
}

/** Start offsets of `figure` in `text` as a whole token: "100" inside "1,100" does not count. */
function tokenMatches(text: string, figure: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(figure); at >= 0; at = text.indexOf(figure, at + 1)) {
    const before = text.slice(Math.max(0, at - 2), at);
    const after = text.slice(at + figure.length, at + figure.length + 2);
    if (/(\w|\d[.,])$/u.test(before) || /^(\w|[.,]\d)/u.test(after)) continue;
    starts.push(at);
  }
  return starts;
}

function locate(where: string, text: string, row: LabelRow): Label {
  const starts = tokenMatches(text, row.figure);
  const start = starts[row.occurrence ?? 0];
  if (start === undefined) throw new Error(`${where}: figure "${row.figure}" not found`);
  if (starts.length > 1 && row.occurrence === undefined) throw new Error(`${where}: "${row.figure}" is ambiguous`);
  return { ...row, where, start, end: start + row.figure.length };
}

// In an article a sentence follows others that name the agency. This neutral lead-in (no numbers)
// gives each sentence that context, so the set is also scored as the product meets it.
const LEAD_IN = 'Immigration and Customs Enforcement released new figures on Tuesday. ';

function sentences(withLeadIn = false): Corpus {
  const corpus: Corpus = { labels: [], found: [], texts: new Map() };
  const lines = readFileSync(resolve(HELDOUT, 'sentences.jsonl'), 'utf8').split('\n').filter(Boolean);
  for (const line of lines) {
    const row = JSON.parse(line) as { id: string; text: string; claims: LabelRow[] };
    const text = withLeadIn ? LEAD_IN + row.text : row.text;
    corpus.texts.set(row.id, text);
    for (const c of row.claims) corpus.labels.push(locate(row.id, text, c));
    for (const claim of detectClaims(text)) corpus.found.push({ where: row.id, claim });
  }
  return corpus;
}

function articles(): Corpus {
  const corpus: Corpus = { labels: [], found: [], texts: new Map() };
  const dir = resolve(HELDOUT, 'articles');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const lines = readFileSync(resolve(dir, file), 'utf8').split('\n');
    const date = /^DATE:\s*(\S+)/u.exec(lines[1] ?? '')?.[1] ?? null;
    if (!date) throw new Error(`${file}: no DATE line`);
    const body = lines.slice(2).join('\n');
    const rows = JSON.parse(readFileSync(resolve(dir, file.replace(/\.txt$/u, '.labels.json')), 'utf8')) as LabelRow[];
    corpus.texts.set(file, body);
    for (const row of rows) corpus.labels.push(locate(file, body, row));
    for (const claim of detectClaims(body, { articleDate: date })) corpus.found.push({ where: file, claim });
  }
  return corpus;
}

/** One-to-one pairing of labels and found claims in the same text, largest overlap first. */
function match(labels: Label[], found: Found[]): { pairs: [Label, Found][]; misses: Label[]; extra: Found[] } {
  const candidates: { l: Label; f: Found; overlap: number }[] = [];
  for (const l of labels) {
    for (const f of found) {
      if (f.where !== l.where) continue;
      const overlap = Math.min(l.end, f.claim.end) - Math.max(l.start, f.claim.start);
      if (overlap > 0) candidates.push({ l, f, overlap });
    }
  }
  candidates.sort((a, b) => b.overlap - a.overlap);
  const usedL = new Set<Label>();
  const usedF = new Set<Found>();
  const pairs: [Label, Found][] = [];
  for (const { l, f } of candidates) {
    if (usedL.has(l) || usedF.has(f)) continue;
    usedL.add(l);
    usedF.add(f);
    pairs.push([l, f]);
  }
  return { pairs, misses: labels.filter((l) => !usedL.has(l)), extra: found.filter((f) => !usedF.has(f)) };
}

function sameValue(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= Math.abs(b) * 1e-6 + 1e-9;
}

interface Scores {
  labels: number;
  found: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
  category: number;
  value: number;
  qualifier: number;
  rate: number;
}

/** Scores over all labels, or "strict": edge labels neither required nor, when found, counted. */
function score(corpus: Corpus, strict: boolean): Scores & ReturnType<typeof match> {
  const m = match(corpus.labels, corpus.found);
  const pairs = strict ? m.pairs.filter(([l]) => !l.edge) : m.pairs;
  const misses = strict ? m.misses.filter((l) => !l.edge) : m.misses;
  const labels = strict ? corpus.labels.filter((l) => !l.edge).length : corpus.labels.length;
  const found = pairs.length + m.extra.length;
  const share = (ok: (l: Label, c: Claim) => boolean): number =>
    pairs.filter(([l, f]) => ok(l, f.claim)).length / Math.max(1, pairs.length);
  const precision = pairs.length / Math.max(1, found);
  const recall = pairs.length / Math.max(1, labels);
  return {
    pairs,
    misses,
    extra: m.extra,
    labels,
    found,
    matched: pairs.length,
    precision,
    recall,
    f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0,
    category: share((l, c) => l.category === c.category),
    value: share((l, c) => sameValue(l.value, c.value)),
    qualifier: share((l, c) => l.qualifier === c.qualifier),
    rate: share((l, c) => l.rate === c.rate),
  };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

function table(name: string, s: Scores): string {
  return (
    `${name.padEnd(22)} labels ${String(s.labels).padStart(3)}  found ${String(s.found).padStart(3)}  matched ${String(s.matched).padStart(3)}  ` +
    `P ${pct(s.precision).padStart(6)}  R ${pct(s.recall).padStart(6)}  F1 ${pct(s.f1).padStart(6)}  ` +
    `cat ${pct(s.category).padStart(6)}  value ${pct(s.value).padStart(6)}  qual ${pct(s.qualifier).padStart(6)}  rate ${pct(s.rate).padStart(6)}`
  );
}

function merge(a: Corpus, b: Corpus): Corpus {
  return { labels: [...a.labels, ...b.labels], found: [...a.found, ...b.found], texts: new Map([...a.texts, ...b.texts]) };
}

function context(texts: Map<string, string>, where: string, start: number, end: number): string {
  const text = texts.get(where) ?? '';
  const from = Math.max(0, start - 60);
  const to = Math.min(text.length, end + 40);
  return `${from > 0 ? '…' : ''}${text.slice(from, start)}[[${text.slice(start, end)}]]${text.slice(end, to)}${to < text.length ? '…' : ''}`.replace(/\s+/gu, ' ');
}

describe('detector on the held-out set', () => {
  const sent = sentences();
  const sentInContext = sentences(true);
  const arts = articles();
  const all = merge(sent, arts);

  it('labels point at their figures', () => {
    for (const l of all.labels) expect(all.texts.get(l.where)?.slice(l.start, l.end)).toBe(l.figure);
    expect(sent.texts.size).toBeGreaterThanOrEqual(150);
    expect(arts.texts.size).toBe(3);
  });

  it('keeps the measured precision, recall and category (strict: edge labels left out)', () => {
    const strict = score(all, true);
    const full = score(all, false);
    const lines = [
      table('all, strict', strict),
      table('all, with edge labels', full),
      table('sentences, strict', score(sent, true)),
      table('articles, strict', score(arts, true)),
      table('sentences after lead-in', score(sentInContext, true)),
      '',
      'by category (strict): labelled category -> recall; found category -> false positives',
    ];
    const cats = [...new Set([...strict.pairs.map(([l]) => l.category), ...strict.misses.map((l) => l.category), ...strict.extra.map((f) => f.claim.category)])].sort();
    for (const c of cats) {
      const n = strict.pairs.filter(([l]) => l.category === c).length;
      const total = n + strict.misses.filter((l) => l.category === c).length;
      const fp = strict.extra.filter((f) => f.claim.category === c).length;
      lines.push(`  ${c.padEnd(10)} recall ${n}/${total}  false positives ${fp}`);
    }
    const negIds = [...sent.texts.keys()].filter((id) => id.startsWith('hneg-'));
    const negHit = new Set(sent.found.filter((f) => f.where.startsWith('hneg-')).map((f) => f.where));
    lines.push(`negative sentences with any claim: ${negHit.size}/${negIds.length}`);
    const ctx = score(sentInContext, false);
    lines.push('', `after the lead-in "${LEAD_IN.trim()}": misses ${ctx.misses.length}, false positives ${ctx.extra.length}`);
    for (const f of ctx.extra)
      lines.push(`  FP ${f.where}: ${f.claim.quote} [${f.claim.category}] ${context(sentInContext.texts, f.where, f.claim.start, f.claim.end)}`);
    for (const l of ctx.misses.filter((x) => !x.edge)) lines.push(`  miss ${l.where}: ${l.figure} [${l.category}]`);
    lines.push('', `misses (${full.misses.length}, edge marked *):`);
    for (const l of full.misses)
      lines.push(`  ${l.edge ? '*' : ' '}${l.where}: ${l.figure} [${l.category}] ${context(all.texts, l.where, l.start, l.end)}`);
    lines.push('', `false positives (${full.extra.length}):`);
    for (const f of full.extra)
      lines.push(`  ${f.where}: ${f.claim.quote} [${f.claim.category}] ${context(all.texts, f.where, f.claim.start, f.claim.end)}`);
    const wrong = full.pairs.filter(
      ([l, f]) => l.category !== f.claim.category || !sameValue(l.value, f.claim.value) || l.qualifier !== f.claim.qualifier || l.rate !== f.claim.rate,
    );
    lines.push('', `disagreements on matched pairs (${wrong.length}; label -> found, category/value/qualifier/rate):`);
    for (const [l, f] of wrong) {
      const c = f.claim;
      lines.push(
        `  ${l.edge ? '*' : ' '}${l.where}: "${l.figure}" ~ "${c.quote}": ${l.category}/${l.value}/${l.qualifier}/${l.rate} -> ${c.category}/${c.value}/${c.qualifier}/${c.rate}`,
      );
    }
    const quoteDiff = full.pairs.filter(([l, f]) => f.claim.quote !== l.figure);
    lines.push('', `quote differs from figure (${quoteDiff.length}):`);
    for (const [l, f] of quoteDiff) lines.push(`  ${l.where}: "${l.figure}" -> "${f.claim.quote}"`);
    console.log(lines.join('\n'));
    const out = process.env.HELDOUT_JSON;
    if (out) {
      const row = (s: Scores) => ({ labels: s.labels, found: s.found, matched: s.matched, precision: s.precision, recall: s.recall, f1: s.f1, category: s.category, value: s.value, qualifier: s.qualifier, rate: s.rate });
      writeFileSync(
        out,
        JSON.stringify(
          {
            strict: row(strict),
            full: row(full),
            misses: full.misses.map((l) => ({ where: l.where, figure: l.figure, category: l.category, edge: !!l.edge })),
            falsePositives: full.extra.map((f) => ({ where: f.where, quote: f.claim.quote, category: f.claim.category, unit: f.claim.unit })),
            disagreements: wrong.map(([l, f]) => ({ where: l.where, figure: l.figure, label: { category: l.category, value: l.value, qualifier: l.qualifier, rate: l.rate }, found: { quote: f.claim.quote, category: f.claim.category, value: f.claim.value, qualifier: f.claim.qualifier, rate: f.claim.rate, unit: f.claim.unit, period: f.claim.period?.period ?? null } })),
          },
          null,
          1,
        ),
      );
    }
    expect(strict.precision).toBeGreaterThanOrEqual(MEASURED.precision - EPSILON);
    expect(strict.recall).toBeGreaterThanOrEqual(MEASURED.recall - EPSILON);
    expect(strict.category).toBeGreaterThanOrEqual(MEASURED.category - EPSILON);
    const inContext = score(merge(sentInContext, arts), true);
    expect(inContext.precision).toBeGreaterThanOrEqual(MEASURED.inContextPrecision - EPSILON);
    expect(inContext.recall).toBeGreaterThanOrEqual(MEASURED.inContextRecall - EPSILON);
  });
});
