/**
 * Frame → metric: the metrics whose declared frame (data/metrics) agrees with a claim's frame on every
 * field, best first; or, when none does, the nearest metric to show for reference and what the claim is.
 * Reads only the frame: never the sentence.
 */
import type { DatasetQuery } from '../dataset/query';
import type { Metric } from '../dataset/schema';
import { EITHER_MEASURES, OWN_COUNTS, type Body, type ClaimFrame, type Measure, type MetricFrame } from '../frame';
import type { Claim } from '../detect/types';
import { defineRule } from '../rules';

export const REFERENCE_SAME_COUNTER = defineRule({
  id: 'verdict.reference-same-counter',
  stage: 'verdict',
  looksFor:
    "a claim that matches no metric, whose body is CBP or the Border Patrol (its arrests, officers, money; not people in ICE detention, in ATD or removed, which are ICE's count whoever arrested them), where the nearest metric by measure or category is ICE's ('CBP hired 5,000 officers', with only ICE's officers in the data)",
  decides: "no series of ICE's is shown beside it, not even for reference: only a metric of the same measure the claim's body could be weighed against, or none",
  fires: ['CBP hired 5,000 new officers last year.'],
  silent: ['ICE hired 5,000 new officers last year.', 'ICE deported 256,000 people in fiscal 2018, 160,725 of them caught by the Border Patrol.'],
  articleDate: '2024-07-15',
});

/** Which metric bodies a claim's body can be weighed against (who counted it, or whose it is). */
const COMPATIBLE: Record<Body, readonly Body[]> = {
  unknown: ['ice', 'ero', 'hsi', 'cbp', 'dhs', 'eoir', 'congress', 'research'],
  ice: ['ice', 'ero', 'hsi', 'congress'],
  ero: ['ero', 'ice'],
  hsi: ['hsi', 'ice'],
  dhs: ['dhs', 'ice', 'cbp'],
  cbp: ['cbp'],
  eoir: ['eoir'],
  congress: ['congress', 'ice'],
  // The administration speaking for its agencies: "the White House said ICE has deported…".
  'white-house': ['ice', 'ero', 'dhs', 'cbp', 'congress', 'eoir'],
  research: ['research'],
  group: [],
  state: [],
  city: [],
  company: [],
  facility: [],
};

/** Counts of the border (apprehensions, encounters, gotaways, whichever border): only CBP keeps them. */
const BORDER_COUNTS = new Set<Measure>(['border-encounters', 'border-apprehensions', 'nationwide-apprehensions', 'nationwide-encounters', 'gotaways', ...(Object.keys(EITHER_MEASURES) as Measure[])]);
/** Bodies a sentence may name beside a border count without having counted it: ICE nearby, a member of Congress, a research body carrying it. */
const CARRIERS_OF_BORDER_COUNTS = new Set<Body>(['ice', 'ero', 'congress', 'research']);

/**
 * A border count credited in the frame to a body that keeps no border series (ICE named nearby, a member of
 * Congress, a research body carrying it): it is CBP's count, which it meets (verdict.border-count-is-cbps).
 */
export function borderCount(f: ClaimFrame, m: MetricFrame): boolean {
  return m.body === 'cbp' && f.measure !== null && BORDER_COUNTS.has(f.measure) && CARRIERS_OF_BORDER_COUNTS.has(f.body) && f.credit === null;
}

/** The research body a metric's figures are the estimate of, in the frame's `credit` names. */
const CREDIT_OF: Partial<Record<Metric['countedBy'], ClaimFrame['credit']>> = { Pew: 'pew', MPI: 'mpi', CMS: 'cms', TRAC: 'trac', DHS: 'dhs' };

/** A metric with its declared frame. */
export interface FramedMetric {
  metric: Metric;
  frame: MetricFrame;
}

/** Whether a metric counts what the claim does: the same measure, or one of the two a border count leaves open. */
export function sameMeasure(claim: Measure | null, metric: Measure): boolean {
  return claim === metric || (claim !== null && (EITHER_MEASURES[claim]?.includes(metric) ?? false));
}

/** Whether a claim's kind (and detail) is the metric's: law money's parts are weighed against the law's own lines. */
function sameKind(claim: ClaimFrame, m: MetricFrame): boolean {
  // A percent change is weighed against the change between two of the metric's own counts.
  // A change in number likewise, against the difference of two counts (verdict.change-in-number).
  if (claim.kind === 'change' && (claim.detail === 'percent' || claim.detail === 'number')) return m.kind === 'total' || m.kind === 'daily-average';
  if (claim.kind !== m.kind) return false;
  if (claim.detail === m.detail || (claim.detail === null && m.detail === undefined)) return true;
  // "including $45 billion for detention" is the law's detention line, not a part of it.
  return claim.detail === 'law-part' && m.detail === 'law-multi-year' && m.measure !== 'law-ice-total' && m.measure !== 'law-immigration-total';
}

/** A total claim with a rate is put on the metric's footing; other kinds must share it. */
function sameFooting(claim: Claim, m: MetricFrame): boolean {
  if (claim.frame.kind === 'change') return m.basis !== 'on-a-day';
  switch (m.basis) {
    case 'total':
      return true;
    case 'daily-average':
      return claim.frame.kind === 'daily-average' || claim.frame.kind === 'capacity';
    case 'on-a-day':
      return claim.frame.kind === 'on-a-day' || claim.frame.kind === 'capacity';
    case 'average':
      return claim.frame.kind === 'unit-cost' || claim.frame.kind === 'duration';
  }
}

/** The first field on which a claim's frame and a metric's disagree, with the two values. */
export interface Mismatch {
  field: 'frame' | 'measure' | 'scope' | 'body' | 'credit' | 'kind' | 'footing' | 'unit';
  claim: string;
  metric: string;
  /** In words, for the card's reference line. */
  why: string;
}

/** Where the frames disagree first, or null when they agree on every field. */
export function mismatch(claim: Claim, metric: Metric): Mismatch | null {
  const m = metric.frame;
  const f = claim.frame;
  const kindOf = (k: string, d: string | null | undefined) => (d ? `${k}/${d}` : k);
  if (!m) return { field: 'frame', claim: '', metric: 'none', why: 'the metric declares no frame' };
  if (!sameMeasure(f.measure, m.measure)) return { field: 'measure', claim: String(f.measure), metric: m.measure, why: 'it counts something else' };
  if (f.scope !== 'nation') return { field: 'scope', claim: f.scope, metric: 'nation', why: 'the claim is not national' };
  if (!COMPATIBLE[f.body].includes(m.body) && !borderCount(f, m)) return { field: 'body', claim: f.body, metric: m.body, why: 'another body counted it' };
  // A research body's own tally (TRAC's backlog) meets only that body's series, never the agency's.
  if (researchOwnCount(f) && CREDIT_OF[metric.countedBy] !== f.credit) {
    return { field: 'credit', claim: String(f.credit), metric: metric.countedBy, why: "the claim is a research body's own count, not this series" };
  }
  if (m.body === 'research' && f.credit !== CREDIT_OF[metric.countedBy]) {
    return { field: 'credit', claim: String(f.credit), metric: String(CREDIT_OF[metric.countedBy]), why: "the claim does not credit this body's estimate" };
  }
  if (!sameKind(f, m)) return { field: 'kind', claim: kindOf(f.kind, f.detail), metric: kindOf(m.kind, m.detail), why: 'it is another kind of number' };
  if (!sameFooting(claim, m)) return { field: 'footing', claim: kindOf(f.kind, claim.rate), metric: m.basis, why: 'it is on another footing' };
  if (claim.dollars !== metric.unit.includes('dollar')) return { field: 'unit', claim: claim.dollars ? 'dollars' : 'count', metric: metric.unit, why: 'money against a count' };
  return null;
}

/** Whether the claim is a research body's own tally (it credits TRAC for a court count, Pew for a population): it meets only that body's series. */
export function researchOwnCount(f: ClaimFrame): boolean {
  return !!f.credit && !!f.measure && OWN_COUNTS[f.credit].includes(f.measure);
}

/** Why the frames disagree, or null when they agree on every field. */
export function disagreement(claim: Claim, metric: Metric): string | null {
  return mismatch(claim, metric)?.why ?? null;
}

/** The metrics whose frame agrees with the claim's, best first: the same body before a compatible one. */
export function matchMetrics(claim: Claim, q: DatasetQuery): FramedMetric[] {
  const f = claim.frame;
  const out = q.metrics.filter((m) => disagreement(claim, m) === null).map((m) => ({ metric: m, frame: m.frame! }));
  // The same body first, a credited estimate first, a record (peak) series after the plain counts.
  const rank = (x: FramedMetric) => (x.frame.body === f.body ? 0 : 1) + (f.credit && CREDIT_OF[x.metric.countedBy] === f.credit ? -1 : 0) + (x.metric.aggregation === 'peak' ? 0.5 : 0);
  return out.sort((a, b) => rank(a) - rank(b));
}

const ICE_BODIES: readonly Body[] = ['ice', 'ero', 'hsi'];
/** People CBP arrested whom ICE then holds, monitors or removes are ICE's count, whoever arrested them ('160,725 caught by the Border Patrol' of ICE's removals). */
const ICE_COUNTS_WHOEVER_ARRESTED: readonly Claim['category'][] = ['detention', 'atd', 'removals'];

/**
 * Whether a metric may be shown beside a claim for reference: not a series of ICE's beside a number the
 * sentence gives to CBP or the Border Patrol (its arrests, officers, money are its own, never ICE's),
 * verdict.reference-same-counter.
 */
export function sameCounter(claim: Claim, m: MetricFrame): boolean {
  return !(claim.frame.body === 'cbp' && ICE_BODIES.includes(m.body) && !ICE_COUNTS_WHOEVER_ARRESTED.includes(claim.category));
}

/** The metric nearest to a claim that matches none: same measure first, then the same category; never another agency's series. */
export function nearestMetric(claim: Claim, q: DatasetQuery, trace?: string[]): Metric | null {
  const f = claim.frame;
  const kindFirst = (list: Metric[]) => [...list].sort((a, b) => Number(b.frame?.kind === f.kind) - Number(a.frame?.kind === f.kind));
  const byMeasure = (metrics: readonly Metric[]) => kindFirst(metrics.filter((m) => m.frame && m.frame.measure === f.measure))[0] ?? null;
  const any = byMeasure(q.metrics) ?? kindFirst(q.metrics.filter((m) => m.frame && m.category === claim.category && m.frame.kind !== 'target'))[0] ?? null;
  if (!any?.frame || sameCounter(claim, any.frame)) return any;
  // Another agency's series: only one of the claim's own agency for the same measure, else none.
  trace?.push(REFERENCE_SAME_COUNTER);
  return byMeasure(q.metrics.filter((m) => m.frame && sameCounter(claim, m.frame)));
}
