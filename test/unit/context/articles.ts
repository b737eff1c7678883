/** Reading a paragraph the way buildContext does: its claims, one of them, and the metric its card leads with. */
import { mentionsLaw, pickRule } from '../../../lib/context/metrics';
import { detectClaims, type Claim } from '../../../lib/detect';

/** The claims of an article and the one whose quote contains `figure`. */
export function inArticle(text: string, figure: string, date: string): { claim: Claim; claims: Claim[] } {
  const claims = detectClaims(text, { articleDate: date });
  const claim = claims.find((c) => c.quote.includes(figure));
  if (!claim) throw new Error(`no claim for ${figure}`);
  return { claim, claims };
}

/** The metric a claim's card leads with, reading the article the way buildContext does. */
export function metricFor(text: string, figure: string, date = '2025-09-19'): string | null {
  const { claim, claims } = inArticle(text, figure, date);
  return pickRule(claim, undefined, { lawArticle: mentionsLaw(claims), date })?.metric ?? null;
}
