/**
 * Why the detector decided what it did: each claim with the ids of the rules that made and classified
 * it, and each quantity that made no claim with the ids of the rules that dropped it (lib/rules.ts has
 * every rule's description and examples). For `npm run annotate -- --explain` and the rule meta-test;
 * the extension never calls it.
 */
import type { Claim, DetectOptions } from './types';
import { detectClaimsInSteps, type Trace } from './index';
import { getRule } from '../rules';

export interface ExplainedClaim {
  claim: Claim;
  /** Ids of the rules that made the claim and chose its category, in the order they decided. */
  rules: string[];
}

export interface DroppedCandidate {
  quote: string;
  start: number;
  end: number;
  sentence: string;
  /** Ids of the rules that weighed the quantity; the last one dropped it. */
  rules: string[];
}

export interface Explanation {
  /** Rules of the topic gate that decided for the whole text. */
  gate: string[];
  claims: ExplainedClaim[];
  dropped: DroppedCandidate[];
}

/** detectClaims, with the rules that decided each claim and each dropped quantity. */
export function explain(text: string, options: DetectOptions = {}): Explanation {
  const trace: Trace = { gate: [], claims: new Map(), dropped: [] };
  const steps = detectClaimsInSteps(text, options, () => false, trace);
  let r = steps.next();
  while (!r.done) r = steps.next();
  const claims = r.value.map((claim) => ({ claim, rules: [...new Set([...(trace.claims.get(claim) ?? []), ...frameRules(claim)])] }));
  const dropped = trace.dropped.map((d) => ({ ...d, rules: [...new Set(d.rules)] })).sort((a, b) => a.start - b.start);
  return { gate: trace.gate, claims, dropped };
}

/** The frame's rules, when the claim carries a frame (lib/detect/frame.ts). */
function frameRules(claim: Claim): string[] {
  const frame = (claim as { frame?: { rules?: unknown } }).frame;
  return Array.isArray(frame?.rules) ? (frame.rules as string[]) : [];
}

/** Every rule id in an explanation. */
export function firedRules(e: Explanation): Set<string> {
  return new Set([...e.gate, ...e.claims.flatMap((c) => c.rules), ...e.dropped.flatMap((d) => d.rules)]);
}

/** The explanation as plain text: one line per claim and per dropped quantity, each with its rules. */
export function formatExplanation(e: Explanation): string {
  const lines: string[] = [];
  if (e.gate.length > 0) lines.push(`gate: ${e.gate.join(', ')}`);
  for (const { claim, rules } of e.claims) {
    lines.push(`claim  "${claim.quote}" @${claim.start} ${claim.category}: ${rules.join(', ') || '(no rule recorded)'}`);
  }
  for (const d of e.dropped) lines.push(`drop   "${d.quote}" @${d.start}: ${d.rules.join(', ')}`);
  const ids = [...firedRules(e)].sort();
  if (ids.length > 0) {
    lines.push('', 'rules:');
    for (const id of ids) lines.push(`  ${id}: ${getRule(id)?.decides ?? '(not registered)'}`);
  }
  return lines.join('\n');
}
