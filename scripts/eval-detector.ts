/**
 * npm run eval:detector -- [file.jsonl]
 * Scores the detector on labelled real prose (default: test/fixtures/real/dev.jsonl): each paragraph is
 * run with its article date, detected claims are paired with labels by overlapping quote offsets, and the
 * report gives precision, recall, F1 and category right (of matched), then lists false hits and misses.
 * It measures: the exit code is 0 whatever the score.
 */
import { resolve } from 'node:path';
import { detectClaims } from '../lib/detect/index';
import type { Claim } from '../lib/detect/types';
import type { Detect } from '../lib/report';
import { matchClaims, pct, readLabelled, type LabelledParagraph, type LocatedLabel } from './eval/labelled';

export const DEFAULT_FILE = resolve(import.meta.dirname, '../test/fixtures/real/dev.jsonl');

export interface DetectorScore {
  paragraphs: number;
  labels: number;
  detected: number;
  matched: number;
  categoryRight: number;
  precision: number;
  recall: number;
  f1: number;
  falseHits: { id: string; claim: Claim }[];
  misses: { id: string; label: LocatedLabel }[];
  wrongCategory: { id: string; label: LocatedLabel; claim: Claim }[];
  /** No-claim paragraphs (no labels) that got at least one mark. */
  noClaimParagraphs: number;
  noClaimMarked: number;
  /** Labels and matched labels by the label's category. */
  byCategory: Record<string, { labels: number; matched: number; categoryRight: number }>;
}

const ratio = (n: number, d: number) => (d === 0 ? 0 : n / d);

/** Runs `detect` on every paragraph and scores it against the labels. */
export function scoreDetector(paragraphs: LabelledParagraph[], detect: Detect = detectClaims): DetectorScore {
  const s: DetectorScore = {
    paragraphs: paragraphs.length,
    labels: 0,
    detected: 0,
    matched: 0,
    categoryRight: 0,
    precision: 0,
    recall: 0,
    f1: 0,
    falseHits: [],
    misses: [],
    wrongCategory: [],
    noClaimParagraphs: 0,
    noClaimMarked: 0,
    byCategory: {},
  };
  const cat = (c: string) => (s.byCategory[c] ??= { labels: 0, matched: 0, categoryRight: 0 });
  for (const p of paragraphs) {
    const claims = detect(p.text, { articleDate: p.articleDate });
    const m = matchClaims(p.claims, claims);
    s.labels += p.claims.length;
    s.detected += claims.length;
    s.matched += m.pairs.length;
    for (const l of p.claims) cat(l.category).labels++;
    for (const { label, claim } of m.pairs) {
      cat(label.category).matched++;
      if (label.category === claim.category) {
        s.categoryRight++;
        cat(label.category).categoryRight++;
      } else s.wrongCategory.push({ id: p.id, label, claim });
    }
    for (const claim of m.falseHits) s.falseHits.push({ id: p.id, claim });
    for (const label of m.missed) s.misses.push({ id: p.id, label });
    if (p.claims.length === 0) {
      s.noClaimParagraphs++;
      if (claims.length > 0) s.noClaimMarked++;
    }
  }
  s.precision = ratio(s.matched, s.detected);
  s.recall = ratio(s.matched, s.labels);
  s.f1 = s.precision + s.recall === 0 ? 0 : (2 * s.precision * s.recall) / (s.precision + s.recall);
  return s;
}

/** The report for a terminal. */
export function formatDetectorScore(s: DetectorScore, title: string): string {
  const lines = [
    `eval:detector · ${title} · ${s.paragraphs} paragraphs, ${s.labels} labelled claims, ${s.detected} detected`,
    `precision ${pct(s.matched, s.detected)} (${s.matched}/${s.detected})`,
    `recall    ${pct(s.matched, s.labels)} (${s.matched}/${s.labels})`,
    `F1        ${(100 * s.f1).toFixed(1)}%`,
    `category right ${pct(s.categoryRight, s.matched)} (${s.categoryRight}/${s.matched} matched)`,
    `no-claim paragraphs marked: ${s.noClaimMarked} of ${s.noClaimParagraphs}`,
  ];
  lines.push('', 'by category: labelled, found (recall), category right');
  for (const [c, n] of Object.entries(s.byCategory).sort((a, b) => b[1].labels - a[1].labels)) {
    lines.push(`  ${c.padEnd(10)} ${String(n.labels).padStart(4)} ${String(n.matched).padStart(4)} (${pct(n.matched, n.labels)}) ${String(n.categoryRight).padStart(4)}`);
  }
  lines.push('', `false hits (${s.falseHits.length}):`);
  for (const f of s.falseHits) lines.push(`  ${f.id}: "${f.claim.quote}" as ${f.claim.category}`);
  lines.push('', `misses (${s.misses.length}):`);
  for (const m of s.misses) lines.push(`  ${m.id}: "${m.label.quote}" (${m.label.category}${m.label.kind ? `, ${m.label.kind}` : ''})`);
  lines.push('', `wrong category (${s.wrongCategory.length}):`);
  for (const w of s.wrongCategory) lines.push(`  ${w.id}: "${w.label.quote}" is ${w.label.category}, read as ${w.claim.category}`);
  return lines.join('\n');
}

function main(): void {
  const file = process.argv[2] ? resolve(process.argv[2]) : DEFAULT_FILE;
  console.log(formatDetectorScore(scoreDetector(readLabelled(file)), file));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
