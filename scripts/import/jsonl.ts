/** Canonical JSON Lines for imported records: fixed key order, `{"key": value, …}` spacing as in data/. */
import type { Figure, SourceRecord } from '../../lib/dataset/schema';

const FIGURE_KEYS = ['metric', 'period', 'value', 'qualifier', 'scale', 'unit', 'source', 'quote', 'note', 'receipt'] as const;
const RECEIPT_KEYS = ['file', 'sha256', 'sheet', 'table', 'cell', 'row', 'column', 'released', 'url'] as const;
const SOURCE_KEYS = ['id', 'title', 'publisher', 'url', 'published', 'tier', 'ownEstimate', 'note'] as const;

function object(record: object, keys: readonly string[], nested: Record<string, readonly string[]> = {}): string {
  const r = record as Record<string, unknown>;
  const extra = Object.keys(r).filter((k) => !keys.includes(k));
  if (extra.length) throw new Error(`unexpected keys ${extra.join(', ')} in ${JSON.stringify(record)}`);
  const parts = keys
    .filter((k) => r[k] !== undefined)
    .map((k) => `${JSON.stringify(k)}: ${nested[k] ? object(r[k] as object, nested[k]) : JSON.stringify(r[k])}`);
  return `{${parts.join(', ')}}`;
}

/** One figure as a line of data/figures/*.jsonl. */
export const serializeFigure = (f: Figure): string => object(f, FIGURE_KEYS, { receipt: RECEIPT_KEYS });
/** One source as a line of data/sources/*.jsonl. */
export const serializeSource = (s: SourceRecord): string => object(s, SOURCE_KEYS);
