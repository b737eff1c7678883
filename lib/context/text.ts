/**
 * A claim's context as plain lines of text, for the terminal report: the same content as the card,
 * each figure with its source's publisher and address.
 */
import type { ClaimContext } from './types';

/** The context as indented lines: comparisons, figures with sources, attribution, capacity math. */
export function contextLines(ctx: ClaimContext, options: { showMath?: boolean } = {}): string[] {
  const lines: string[] = [];
  if (!ctx.metric) {
    lines.push(`no official series: ${ctx.metricReason}`);
    return lines;
  }
  lines.push(`measure: ${ctx.metric.name}, counted by ${ctx.metric.countedBy}`);
  for (const c of ctx.comparisons) lines.push(`${c.label}: ${c.explanation}`);
  if (!ctx.comparisons.length && ctx.noComparison) lines.push(`no comparison: ${ctx.noComparison}`);
  if (ctx.attribution) lines.push(ctx.attribution.text);
  for (const f of ctx.figures) {
    const when = f.knowable === 'later' ? ` [${f.timingText}]` : '';
    lines.push(`figure: ${f.label}: ${f.display}, ${f.periodText}${when}`);
    for (const s of f.sources) lines.push(`  source: ${s.publisher}, "${s.title}" (${s.tier}) ${s.url}`);
  }
  if (ctx.periodNote) lines.push(ctx.periodNote);
  if (options.showMath !== false) for (const m of ctx.capacity) lines.push(`math: ${m.text}  [${m.formula}]`);
  return lines;
}
