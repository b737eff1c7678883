/**
 * The shipped (packed) dataset gives consumers exactly what the parsed one gives: every figure, source,
 * metric and receipt of the real data/, the query API's answers, the card's source line, and the module
 * the build bundles (virtual:ice-dataset through lib/dataset).
 */
import fc from 'fast-check';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { data } from '../../../lib/dataset';
import { packDataset, unpackDataset, type PackedDataset } from '../../../lib/dataset/compact';
import { readDataFiles } from '../../../lib/dataset/node';
import { parseDataset } from '../../../lib/dataset/parse';
import { createQuery } from '../../../lib/dataset/query';
import { receiptDetail, receiptLine } from '../../../lib/dataset/receipt';
import type { Dataset, Figure, Receipt } from '../../../lib/dataset/schema';

const full = parseDataset(readDataFiles(resolve(import.meta.dirname, '../../../data')));
/** Packed, through JSON as the build ships it, and unpacked. */
const shipped = (d: Dataset): Dataset => unpackDataset(JSON.parse(JSON.stringify(packDataset(d))) as PackedDataset);
const unpacked = shipped(full);

describe('the packed dataset unpacks to the parsed one', () => {
  it('has every record of data/, in order', () => {
    expect(unpacked.figures).toHaveLength(full.figures.length);
    expect(unpacked.sources).toHaveLength(full.sources.length);
    expect(full.figures.filter((f) => f.receipt).length).toBeGreaterThan(1000);
  });

  it('gives back every figure field for field, with the same keys in the same order', () => {
    const differ = full.figures.filter((f, i) => JSON.stringify(unpacked.figures[i]) !== JSON.stringify(f));
    expect(differ.map((f) => `${f.metric} ${f.period} ${f.source}`)).toEqual([]);
    for (let i = 0; i < full.figures.length; i++) expect(unpacked.figures[i]).toStrictEqual(full.figures[i]);
  });

  it('gives back every source (with its derived `primary`), metric and the meta', () => {
    expect(unpacked.sources).toStrictEqual(full.sources);
    expect(JSON.stringify(unpacked.sources)).toBe(JSON.stringify(full.sources));
    expect(unpacked.metrics).toStrictEqual(full.metrics);
    expect(unpacked.meta).toStrictEqual(full.meta);
  });

  it('answers every query as the parsed dataset does, and writes the same source line', () => {
    const a = createQuery(full);
    const b = createQuery(unpacked);
    for (const m of full.metrics) {
      expect(b.series(m.id)).toStrictEqual(a.series(m.id));
      expect(b.latest(m.id)).toStrictEqual(a.latest(m.id));
      for (const f of a.series(m.id).slice(0, 3)) {
        expect(b.figuresFor(m.id, f.period)).toStrictEqual(a.figuresFor(m.id, f.period));
        expect(b.figuresCovering(m.id, f.span.end)).toStrictEqual(a.figuresCovering(m.id, f.span.end));
        expect(b.latestKnownAt(m.id, f.span.end)).toStrictEqual(a.latestKnownAt(m.id, f.span.end));
      }
    }
    for (const [i, f] of full.figures.entries()) {
      if (!f.receipt) continue;
      const g = unpacked.figures[i]!;
      const source = a.source(f.source)!;
      expect(receiptLine(g.receipt!, b.source(g.source)!)).toBe(receiptLine(f.receipt, source));
      expect(receiptDetail(g.receipt!)).toBe(receiptDetail(f.receipt));
      expect(g.receipt!.url).toBe(f.receipt.url);
    }
  });

  it('is what the extension bundles: lib/dataset reads the packed module and answers as the parsed dataset', () => {
    const a = createQuery(full);
    expect(data.meta).toStrictEqual(full.meta);
    expect(data.sources).toStrictEqual(full.sources);
    for (const m of full.metrics) expect(data.series(m.id)).toStrictEqual(a.series(m.id));
  });

  it('stores each receipt file and each repeated string once', () => {
    const packed = packDataset(full);
    const fileKeys = new Set(full.figures.flatMap((f) => (f.receipt ? [[f.receipt.file, f.receipt.sha256, f.receipt.released, f.receipt.url].join('\n')] : [])));
    expect(packed.files).toHaveLength(fileKeys.size);
    expect(new Set(packed.strings).size).toBe(packed.strings.length);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(full).length / 2);
  });
});

const text = fc.string({ minLength: 1, maxLength: 12 });
const receiptArb: fc.Arbitrary<Receipt> = fc.record(
  {
    file: fc.constantFrom('FY19-detentionstats.xlsx', 'encounters.csv'),
    sha256: fc.constantFrom('a'.repeat(64), 'b'.repeat(64)),
    sheet: text,
    table: fc.constantFrom('Table A', 'Table A | B', ' | ', 'T'),
    cell: fc.constantFrom('A1', 'N84', 'E2:E13'),
    row: text,
    column: text,
    released: fc.constantFrom('2019', '2019-10', '2019-10-04'),
    url: fc.constantFrom('https://www.ice.gov/a.xlsx', 'https://www.ice.gov/b.csv'),
  },
  { requiredKeys: ['file', 'sha256', 'cell', 'row', 'column', 'released', 'url'] },
);
const figureArb: fc.Arbitrary<Figure> = fc
  .record(
    {
      metric: fc.constantFrom('removals', 'detention-population'),
      period: fc.constantFrom('FY2019', '2019-06', '2019-06-18'),
      value: fc.double({ min: 0, max: 1e12, noNaN: true }),
      qualifier: fc.constantFrom('about' as const, 'at least' as const),
      scale: fc.constantFrom('thousand' as const, 'million' as const),
      roundedTo: fc.integer({ min: 2, max: 1000 }),
      unit: fc.constantFrom('removals', 'people'),
      source: fc.constantFrom('ice-a', 'ice-b'),
      quote: fc.string({ maxLength: 20 }),
      note: fc.string({ maxLength: 8 }),
      receipt: receiptArb,
    },
    { requiredKeys: ['metric', 'period', 'value', 'unit', 'source', 'quote'] },
  )
  // Quotes generated from a cell start with the table's title and " | ": make many of them do so.
  .chain((f) => fc.boolean().map((prefixed) => (prefixed && f.receipt?.table !== undefined ? { ...f, quote: `${f.receipt.table} | ${f.quote}` } : f)));

describe('packing keeps every field of any figure', () => {
  it('round-trips generated figures, optional fields present or absent', () => {
    fc.assert(
      fc.property(fc.array(figureArb, { maxLength: 8 }), (figures) => {
        // Keys in the schema's order, as parseDataset returns them.
        const ordered = figures.map((f) => inSchemaOrder(f));
        const d: Dataset = { meta: full.meta, metrics: [], sources: [], figures: ordered };
        const back = shipped(d);
        expect(back.figures).toStrictEqual(ordered);
        expect(JSON.stringify(back.figures)).toBe(JSON.stringify(ordered));
      }),
      { numRuns: 300 },
    );
  });
});

const FIGURE_KEYS = ['metric', 'period', 'value', 'qualifier', 'scale', 'roundedTo', 'unit', 'source', 'quote', 'note', 'receipt'] as const;
const RECEIPT_KEYS = ['file', 'sha256', 'sheet', 'table', 'cell', 'row', 'column', 'released', 'url'] as const;
function pick<T extends object>(o: T, keys: readonly string[]): T {
  return Object.fromEntries(keys.filter((k) => k in o).map((k) => [k, (o as Record<string, unknown>)[k]])) as T;
}
function inSchemaOrder(f: Figure): Figure {
  const g = pick(f, FIGURE_KEYS);
  return f.receipt ? { ...g, receipt: pick(f.receipt, RECEIPT_KEYS) } : g;
}
