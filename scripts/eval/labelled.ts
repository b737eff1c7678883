/**
 * Labelled real prose (test/fixtures/real/*.jsonl, format in its README): reading a file, finding each
 * label's quote in its paragraph, and pairing the detector's claims with the labels by overlapping
 * offsets. Shared by the two scorers (scripts/eval-detector.ts, scripts/eval-cards.ts).
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { Claim } from '../../lib/detect/types';

const Expect = z.object({
  metric: z.string().min(1),
  /** One canonical period, or several when the official count is dated either way. */
  period: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]),
  relation: z.enum(['matches', 'higher', 'lower']),
});

const Label = z.object({
  quote: z.string().min(1),
  category: z.string(),
  value: z.number().nullable().optional(),
  qualifier: z.string().nullable().optional(),
  kind: z.string().optional(),
  expect: Expect.nullable(),
  why: z.string().optional(),
});

const Paragraph = z.object({
  id: z.string().min(1),
  outlet: z.string().optional(),
  url: z.string().optional(),
  articleDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  text: z.string().min(1),
  claims: z.array(Label),
});

export type ExpectedVerdict = z.infer<typeof Expect>;
export type LabelRow = z.infer<typeof Label>;

/** A label with its place in the paragraph. */
export interface LocatedLabel extends LabelRow {
  start: number;
  end: number;
}

export interface LabelledParagraph extends Omit<z.infer<typeof Paragraph>, 'claims'> {
  claims: LocatedLabel[];
}

/**
 * Where `quote` stands in `text` as a whole quantity: the first occurrence not inside a longer number or
 * word ("5,000" is not the tail of "55,000", "20" not the head of "2024"). -1 when there is none.
 */
export function locateQuote(text: string, quote: string): number {
  for (let from = 0; ; ) {
    const at = text.indexOf(quote, from);
    if (at < 0) return -1;
    const before = text.slice(Math.max(0, at - 2), at);
    const after = text.slice(at + quote.length, at + quote.length + 2);
    const glued = /[\p{L}\p{N}]$/u.test(before) || /\d[.,]$/.test(before) || /^[\p{L}\p{N}]/u.test(after) || /^[.,]\d/.test(after);
    if (!glued) return at;
    from = at + 1;
  }
}

/** Parses a labelled file; throws with the line number on a malformed line or a quote not in its text. */
export function parseLabelled(source: string): LabelledParagraph[] {
  const out: LabelledParagraph[] = [];
  source.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const parsed = Paragraph.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`line ${i + 1}: ${parsed.error.issues.map((e) => `${e.path.join('.')}: ${e.message}`).join('; ')}`);
    const p = parsed.data;
    const claims = p.claims.map((c) => {
      const start = locateQuote(p.text, c.quote);
      if (start < 0) throw new Error(`line ${i + 1} (${p.id}): quote "${c.quote}" is not in the text`);
      return { ...c, start, end: start + c.quote.length };
    });
    out.push({ ...p, claims });
  });
  return out;
}

export function readLabelled(path: string): LabelledParagraph[] {
  return parseLabelled(readFileSync(path, 'utf8'));
}

/** What a detected claim needs for matching: its offsets in the paragraph. */
export interface Span {
  start: number;
  end: number;
}

/** A label and the detected claim paired with it. */
export interface Pair<C extends Span = Claim> {
  label: LocatedLabel;
  claim: C;
}

export interface Matching<C extends Span = Claim> {
  pairs: Pair<C>[];
  /** Labels no detected claim overlaps. */
  missed: LocatedLabel[];
  /** Detected claims that overlap no label. */
  falseHits: C[];
}

function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/**
 * Pairs labels with detected claims by overlapping offsets, each used once; where several overlap, the
 * largest overlap wins (labels taken in text order).
 */
export function matchClaims<C extends Span>(labels: LocatedLabel[], claims: C[]): Matching<C> {
  const used = new Set<C>();
  const pairs: Pair<C>[] = [];
  const missed: LocatedLabel[] = [];
  for (const label of [...labels].sort((a, b) => a.start - b.start)) {
    let best: C | null = null;
    let bestOverlap = 0;
    for (const c of claims) {
      const o = used.has(c) ? 0 : overlap(label, c);
      if (o > bestOverlap) {
        best = c;
        bestOverlap = o;
      }
    }
    if (best) {
      used.add(best);
      pairs.push({ label, claim: best });
    } else missed.push(label);
  }
  return { pairs, missed, falseHits: claims.filter((c) => !used.has(c)) };
}

/** n / d as a percent with one decimal, or "n/a" when d is 0. */
export function pct(n: number, d: number): string {
  return d === 0 ? 'n/a' : `${((100 * n) / d).toFixed(1)}%`;
}
