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
import type { Detail, Kind } from '../lib/frame';
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
  /** Matched claims whose label's kind maps to a frame kind, and those whose frame agrees. */
  frameCompared: number;
  frameRight: number;
  wrongFrame: { id: string; label: LocatedLabel; expected: FrameKind[]; got: FrameKind }[];
}

/** A frame's kind and, for capacities, money and changes, its detail. */
export interface FrameKind {
  kind: Kind;
  detail: Detail | null;
}

const F = (kind: Kind, detail: Detail | null = null): FrameKind => ({ kind, detail });
const ON_A_DAY = [F('on-a-day'), F('change', 'start')];

/**
 * The labels' kinds (test/fixtures/real/README.md) on the claim frame's kinds (lib/frame.ts), each with
 * the framings that say the same thing: a count on a day may be the start of a change ("from 700 to
 * 600"), and a rate "a day" over a span may be read as a total per day or as a daily average.
 */
const KIND_OF_LABEL: Record<string, FrameKind[]> = {
  total: [F('total')],
  'one-day': ON_A_DAY,
  level: ON_A_DAY,
  'daily-average': [F('daily-average'), F('total')],
  'funded-beds': [F('capacity', 'funded-beds')],
  'statutory-minimum': [F('capacity', 'statutory-minimum')],
  'facility-size': [F('capacity', 'facility-size')],
  enacted: [F('money', 'enacted')],
  requested: [F('money', 'request')],
  bill: [F('money', 'bill')],
  'multi-year-law': [F('money', 'law-multi-year')],
  'part-of-law': [F('money', 'law-part')],
  increase: [F('money', 'increase')],
  'percent-change': [F('change', 'percent')],
  'number-change': [F('change', 'number')],
  target: [F('target')],
  'unit-cost': [F('unit-cost')],
  duration: [F('duration')],
  share: [F('share')],
  // The kind names of the label conventions (test/fixtures/real/README.md, rule 4), used by unseen2 on.
  'change-percent': [F('change', 'percent')],
  'change-number': [F('change', 'number')],
  capacity: [F('capacity')],
  'money-enacted': [F('money', 'enacted')],
  'money-request': [F('money', 'request')],
  'money-bill': [F('money', 'bill')],
  'money-law': [F('money', 'law-multi-year'), F('money', 'law-part')],
  'money-estimate': [F('money', 'estimate')],
  'money-increase': [F('money', 'increase')],
};

/**
 * The framings a label's kind allows, or null where the label kinds do not map one to one: an
 * "estimate" is money only in the budget category (a population estimate or a projection is not), and
 * "rate" (a monthly average) and money kinds outside the budget category are left out.
 */
export function expectedFrameKind(label: Pick<LocatedLabel, 'kind' | 'category'>): FrameKind[] | null {
  if (!label.kind) return null;
  if (label.kind === 'estimate') return label.category === 'budget' ? [F('money', 'estimate')] : null;
  const f = KIND_OF_LABEL[label.kind];
  if (!f) return null;
  if (f[0]!.kind === 'money' && label.category !== 'budget') return null;
  return f;
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
    frameCompared: 0,
    frameRight: 0,
    wrongFrame: [],
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
      const expected = expectedFrameKind(label);
      if (expected && claim.frame) {
        const got: FrameKind = { kind: claim.frame.kind, detail: claim.frame.detail ?? null };
        s.frameCompared++;
        if (expected.some((e) => got.kind === e.kind && (e.detail === null || got.detail === e.detail))) s.frameRight++;
        else s.wrongFrame.push({ id: p.id, label, expected, got });
      }
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
    `frame kind right ${pct(s.frameRight, s.frameCompared)} (${s.frameRight}/${s.frameCompared} matched claims whose label's kind maps to a frame kind)`,
  ];
  lines.push('', 'by category: labelled, found (recall), category right');
  for (const [c, n] of Object.entries(s.byCategory).sort((a, b) => b[1].labels - a[1].labels)) {
    lines.push(`  ${c.padEnd(10)} ${String(n.labels).padStart(4)} ${String(n.matched).padStart(4)} (${pct(n.matched, n.labels)}) ${String(n.categoryRight).padStart(4)}`);
  }
  lines.push('', `false hits (${s.falseHits.length}):`);
  for (const f of s.falseHits) lines.push(`  ${f.id}: "${f.claim.quote}" as ${f.claim.category}`);
  lines.push('', `misses (${s.misses.length}):`);
  for (const m of s.misses) lines.push(`  ${m.id}: "${m.label.quote}" (${m.label.category}${m.label.kind ? `, ${m.label.kind}` : ''})`);
  lines.push('', `wrong frame kind (${s.wrongFrame.length}):`);
  const show = (f: FrameKind) => (f.detail ? `${f.kind}/${f.detail}` : f.kind);
  for (const w of s.wrongFrame) lines.push(`  ${w.id}: "${w.label.quote}" is ${w.expected.map(show).join(' or ')}, framed as ${show(w.got)}`);
  lines.push('', `wrong category (${s.wrongCategory.length}):`);
  for (const w of s.wrongCategory) lines.push(`  ${w.id}: "${w.label.quote}" is ${w.label.category}, read as ${w.claim.category}`);
  return lines.join('\n');
}

function main(): void {
  const file = process.argv[2] ? resolve(process.argv[2]) : DEFAULT_FILE;
  console.log(formatDetectorScore(scoreDetector(readLabelled(file)), file));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
