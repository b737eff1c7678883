/**
 * Performance marks for `npm run bench`, compiled in only when ICE_CONTEXT_BENCH=1 (__ICE_BENCH__ is
 * a build-time constant, so production builds drop every call). Marks go to the document's
 * performance timeline, where the benchmark reads them: "ice-context:<phase>" measures.
 */

/** Times `fn` as the measure "ice-context:<phase>" in benchmark builds; just runs it otherwise. */
export function timed<T>(phase: string, fn: () => T): T {
  if (!__ICE_BENCH__) return fn();
  const start = performance.now();
  try {
    return fn();
  } finally {
    performance.measure(`ice-context:${phase}`, { start, end: performance.now() });
  }
}

/** Adds `ms` to a phase's running total (for work spread over many calls, like detection per block). */
export function accumulate(phase: string, ms: number): void {
  if (!__ICE_BENCH__) return;
  const totals = ((globalThis as Record<symbol, unknown>)[TOTALS] ??= new Map<string, number>()) as Map<string, number>;
  totals.set(phase, (totals.get(phase) ?? 0) + ms);
}

/** Writes accumulated totals as measures "ice-context:<phase>" starting now, and resets them. */
export function flushTotals(): void {
  if (!__ICE_BENCH__) return;
  const totals = (globalThis as Record<symbol, unknown>)[TOTALS] as Map<string, number> | undefined;
  if (!totals) return;
  const now = performance.now();
  for (const [phase, ms] of totals) performance.measure(`ice-context:${phase}`, { start: now - ms, end: now });
  totals.clear();
}

const TOTALS = Symbol.for('ice-context.bench-totals');
