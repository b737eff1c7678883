/**
 * Why a card missed (scripts/eval-cards.ts): for a labelled claim that deserved a verdict and got none,
 * or got a wrong one, the step of the engine that decided, read from its trace (lib/context/verdict.ts)
 * and from the frames of the claim and the expected metric. A reason is a short class for the tally
 * ("frame: measure", "period: none read") and a detail with the values that differed.
 */
import type { DatasetQuery } from '../../lib/dataset/query';
import type { Claim } from '../../lib/detect/types';
import { matchMetrics, mismatch } from '../../lib/context/match';
import { decideVerdict, RULE } from '../../lib/context/verdict';
import type { ExpectedVerdict } from './labelled';

export interface Why {
  /** The class counted in the tally. */
  reason: string;
  /** The values behind it, for the line printed under the claim. */
  detail: string;
  /** Whether the dataset lacks the expected figure too (a fix of this step alone would not reach it). */
  lacks?: boolean;
}

const periods = (e: ExpectedVerdict) => (Array.isArray(e.period) ? e.period : [e.period]);

/** The claim's period as the frame read it: "FY2019 (stated)", "none". */
function framePeriod(claim: Claim): string {
  const p = claim.frame.period;
  if (p.basis === 'none') return 'none';
  return `${p.period ?? (p.start && p.end ? `${p.start}/${p.end}` : 'unresolved')} (${p.basis})`;
}

/** The frame in one line: "ice nation total removals". */
function frameLine(claim: Claim): string {
  const f = claim.frame;
  return `${f.body} ${f.scope}${f.scopeWords ? ` "${f.scopeWords}"` : ''} ${f.kind}${f.detail ? `/${f.detail}` : ''} ${f.measure ?? 'no-measure'}${claim.rate ? ` per ${claim.rate}` : ''}`;
}

/** Why a frame did not reach the expected metric: the first field that differs. */
function frameReason(claim: Claim, expected: ExpectedVerdict, q: DatasetQuery): Why {
  const metric = q.metrics.find((m) => m.id === expected.metric);
  if (!metric) return { reason: 'label: unknown metric', detail: expected.metric };
  const d = mismatch(claim, metric);
  if (!d) return { reason: 'frame: matched (order)', detail: `${expected.metric} matches the frame but another metric was tried first` };
  return { reason: `frame: ${d.field}`, detail: `claim ${d.claim}, ${expected.metric} ${d.metric} (${frameLine(claim)})` };
}

/** The step that left a deserving claim silent or gave it a wrong verdict. */
export function explainMiss(
  claim: Claim | null,
  expected: ExpectedVerdict | null,
  outcome: string,
  q: DatasetQuery,
  articleDate: string | null,
  url: string | null,
): Why {
  const why = step(claim, expected, outcome, q, articleDate, url);
  if (!expected) return why;
  return { ...why, lacks: !periods(expected).some((p) => q.figuresFor(expected.metric, p).length > 0) };
}

function step(
  claim: Claim | null,
  expected: ExpectedVerdict | null,
  outcome: string,
  q: DatasetQuery,
  articleDate: string | null,
  url: string | null,
): Why {
  if (!claim) return { reason: 'detector missed it', detail: 'no claim overlaps the label' };
  if (!expected) return { reason: 'verdict where none is due', detail: frameLine(claim) };
  const trace: string[] = [];
  const decided = decideVerdict(claim, q, articleDate, { url }, trace);
  if ('verdict' in decided) {
    const v = decided.verdict;
    if (outcome === 'wrong metric') {
      const held = matchMetrics(claim, q).some((m) => m.metric.id === expected.metric);
      return { reason: 'wrong metric', detail: `got ${v.metric}; ${held ? `${expected.metric} also matched, ranked lower` : frameReason(claim, expected, q).detail}` };
    }
    if (outcome === 'wrong period') return { reason: 'wrong period', detail: `claim period ${framePeriod(claim)}, figure ${v.period}, expected ${periods(expected).join('|')}` };
    return { reason: 'wrong relation', detail: `claim ${claim.quote} against ${v.official} (${v.period}): ${v.relation}, expected ${expected.relation}` };
  }
  const f = claim.frame;
  switch (decided.rule) {
    case RULE.NO_PLAN:
    case RULE.NO_MONEY_NOT_ENACTED:
    case RULE.NO_PART:
      return { reason: `refused: ${decided.reason}`, detail: frameLine(claim) };
    case RULE.PERIOD_NOT_OVER:
      return { reason: 'period not over at the article date', detail: `claim ${framePeriod(claim)}, article ${articleDate}` };
    case RULE.NO_UNDATED:
      return { reason: 'date unknown', detail: 'no period read and no article date' };
    case RULE.NO_UNPLACED_PERIOD:
      return { reason: 'period: cannot be placed', detail: `claim period "${claim.period?.text ?? ''}"; expected ${periods(expected).join('|')}` };
    case RULE.RESEARCH_OWN_COUNT:
      return { reason: "refused: a research body's own count", detail: frameLine(claim) };
    case RULE.NO_SAME_FRAME:
      if (decided.reason !== 'no-metric') return { reason: `refused: ${decided.reason}`, detail: frameLine(claim) };
      return frameReason(claim, expected, q);
    case RULE.ONE_OF_TWO: {
      const refs = (decided.reference ?? []).map((r) => `${r.metric} ${r.period} = ${r.value}`).join(', ');
      return { reason: 'border unsaid: the two series do not settle it', detail: `claim ${claim.quote} ${framePeriod(claim)}; ${refs || 'no figure'}; expected ${expected.metric} ${periods(expected).join('|')}` };
    }
    case RULE.NO_DIFFERENCE: {
      const ref = decided.reference?.[0];
      const at = ref ? `${ref.metric} ${ref.period} = ${ref.value}` : 'no figure';
      const sameFigure = ref && ref.metric === expected.metric && periods(expected).includes(ref.period);
      if (expected.relation !== 'matches') return { reason: `difference rule (label: ${expected.relation})`, detail: `claim ${claim.quote}, ${at}` };
      return { reason: sameFigure ? 'difference rule: label matches the same figure' : 'difference rule: another figure', detail: `claim ${claim.quote} ${framePeriod(claim)}, ${at}; expected ${expected.metric} ${periods(expected).join('|')}` };
    }
  }
  // No figure for the period: the frame reached no expected metric, or the period or data fell short.
  if (decided.reason === 'vague') return { reason: 'vague amount', detail: claim.quote };
  if (!matchMetrics(claim, q).some((m) => m.metric.id === expected.metric)) return frameReason(claim, expected, q);
  const held = periods(expected).some((p) => q.figuresFor(expected.metric, p).length > 0);
  if (!held) return { reason: 'data lacks the figure', detail: `${expected.metric} ${periods(expected).join('|')}` };
  const sources = periods(expected).flatMap((p) => q.figuresFor(expected.metric, p));
  if (sources.every((f) => f.sourceDef.tier === 'advocacy')) return { reason: 'figure only from advocacy pages', detail: `${expected.metric} ${periods(expected).join('|')}: advocacy pages never anchor a verdict` };
  if (trace.includes(RULE.NOT_ITS_OWN_SOURCE)) return { reason: 'figure only from the page itself', detail: `${expected.metric} ${periods(expected).join('|')}: its only usable source is the article` };
  // A figure hedged by its source as an estimate of a counted series never anchors (lib/context/verdict.ts anchors()).
  if (sources.every((f) => f.sourceDef.tier === 'advocacy' || f.qualifier === 'estimate')) return { reason: 'figure only hedged as an estimate', detail: `${expected.metric} ${periods(expected).join('|')}: an estimate carried for a counted series never anchors a verdict` };
  if (f.period.basis === 'none') return { reason: 'period: none read', detail: `expected ${periods(expected).join('|')}; article ${articleDate ?? 'undated'}` };
  // A change whose own period is right: its way (up, down) not read, or no pair of figures (its base's, or the year or month before) to weigh it.
  const own = f.period.period ?? (f.period.start && f.period.end ? `${f.period.start}/${f.period.end}` : null);
  if (f.kind === 'change' && own && periods(expected).includes(own)) {
    const detail = `claim ${claim.quote} ${framePeriod(claim)}, direction ${f.direction ?? 'none'}, base ${f.period.base?.period ?? 'none'}`;
    return { reason: f.direction ? 'change: no pair of figures settles it' : 'change: way not read', detail };
  }
  if (f.rules.includes('frame.period.now')) return { reason: 'period: now, no count near the date', detail: `article ${articleDate}, expected ${periods(expected).join('|')}` };
  return { reason: 'period: differs', detail: `claim ${framePeriod(claim)}, expected ${periods(expected).join('|')}` };
}

/** Counts reasons, most frequent first (ties by name); the counts sum to the number of reasons given. */
export function tally(reasons: readonly string[]): [string, number][] {
  const counts = new Map<string, number>();
  for (const r of reasons) counts.set(r, (counts.get(r) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}
