/** Reading a paragraph the way buildContext does: its claims, one of them, and the metric its frame matches. */
import { matchMetrics } from '../../../lib/context/match';
import { data } from '../../../lib/dataset';
import { detectClaims, type Claim } from '../../../lib/detect';

/** The claims of an article and the one whose quote contains `figure`. */
export function inArticle(text: string, figure: string, date: string): { claim: Claim; claims: Claim[] } {
  const claims = detectClaims(text, { articleDate: date });
  const claim = claims.find((c) => c.quote.includes(figure));
  if (!claim) throw new Error(`no claim for ${figure}`);
  return { claim, claims };
}

/** The metric whose declared frame matches the claim's (the first, when several do), or null when none does. */
export function metricFor(text: string, figure: string, date = '2025-09-19'): string | null {
  const { claim } = inArticle(text, figure, date);
  return matchMetrics(claim, data)[0]?.metric.id ?? null;
}
