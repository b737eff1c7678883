/**
 * The dataset's weight in the background script and its load time in Node, a proxy for what the
 * service worker pays on every wake (JSON.parse of the bundled literal, unpacking, indexing by
 * lib/dataset/query.ts). Times both the shipped packed form (lib/dataset/compact.ts) and the plain
 * records shipped before it, from the same data/. Part of `npm run bench`; alone: `npm run bench:dataset`.
 * Option (environment): BENCH_RUNS (default 21).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { packDataset, unpackDataset, type PackedDataset } from '../lib/dataset/compact';
import { readDataFiles } from '../lib/dataset/node';
import { parseDataset } from '../lib/dataset/parse';
import { createQuery } from '../lib/dataset/query';
import type { Dataset } from '../lib/dataset/schema';
import { PRODUCTION_BUILD, ROOT } from './paths';

export interface DatasetBench {
  figures: number;
  receipts: number;
  /** The JSON text bundled, as packed records and as plain records: raw and gzip (level 9) bytes. */
  packed: { bytes: number; gzipBytes: number };
  plain: { bytes: number; gzipBytes: number };
  /** The dataset's string literal in a built background.js, when one is given and found. */
  inBackground: { bytes: number; backgroundBytes: number } | null;
  /** Median ms: checking data/ with the schema (the build's work), and loading each shipped form. */
  ms: { check: number; packedParse: number; packedLoad: number; plainParse: number; plainLoad: number };
  runs: number;
}

const gz = (s: string) => gzipSync(s, { level: 9 }).length;

/** The median time of `runs` calls of each function, called in turn so machine load hits all alike. */
function medians(fns: (() => unknown)[], runs: number): number[] {
  const times = fns.map(() => [] as number[]);
  for (let r = 0; r < runs; r++)
    fns.forEach((f, i) => {
      const t0 = performance.now();
      f();
      times[i]!.push(performance.now() - t0);
    });
  return times.map((t) => t.sort((a, b) => a - b)[Math.floor(runs / 2)]!);
}

/** The bundled dataset literal (`JSON.parse(\`{"format…\`)`) in a built script, in bytes. */
function literalBytes(script: string): number | null {
  const start = script.search(/JSON\.parse\(`\{"(format|meta)"/);
  if (start < 0) return null;
  let end = start + 12;
  while (end < script.length && !(script[end] === '`' && script[end - 1] !== '\\')) end++;
  return Buffer.byteLength(script.slice(start + 11, end + 1));
}

/** Measures the dataset; `background` is a built background.js to find the dataset's share of. */
export function benchDataset(runs = 21, background?: string): DatasetBench {
  const files = readDataFiles(join(ROOT, 'data'));
  const dataset = parseDataset(files);
  const packed = JSON.stringify(packDataset(dataset));
  const plain = JSON.stringify(dataset);
  const [check] = medians([() => parseDataset(files)], Math.max(3, Math.ceil(runs / 4)));
  const [packedParse, packedLoad, plainParse, plainLoad] = medians(
    [
      () => JSON.parse(packed),
      () => createQuery(unpackDataset(JSON.parse(packed) as PackedDataset)),
      () => JSON.parse(plain),
      () => createQuery(JSON.parse(plain) as Dataset),
    ],
    runs,
  );
  const script = background && existsSync(background) ? readFileSync(background, 'utf8') : null;
  const bytes = script === null ? null : literalBytes(script);
  return {
    figures: dataset.figures.length,
    receipts: dataset.figures.filter((f) => f.receipt).length,
    packed: { bytes: Buffer.byteLength(packed), gzipBytes: gz(packed) },
    plain: { bytes: Buffer.byteLength(plain), gzipBytes: gz(plain) },
    inBackground: script !== null && bytes !== null ? { bytes, backgroundBytes: Buffer.byteLength(script) } : null,
    ms: { check: check!, packedParse: packedParse!, packedLoad: packedLoad!, plainParse: plainParse!, plainLoad: plainLoad! },
    runs,
  };
}

const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;

/** The report's lines for the dataset. */
export function datasetLines(d: DatasetBench): string[] {
  const share = d.inBackground
    ? ` It is ${kb(d.inBackground.bytes)} (${((100 * d.inBackground.bytes) / d.inBackground.backgroundBytes).toFixed(0)}%) of the built background.js (${kb(d.inBackground.backgroundBytes)}).`
    : '';
  return [
    `Dataset (${d.figures.toLocaleString('en-US')} figures, ${d.receipts.toLocaleString('en-US')} with receipts; Node ${process.version}, medians of ${d.runs} runs):`,
    '',
    `- Shipped packed (lib/dataset/compact.ts): ${kb(d.packed.bytes)} raw, ${kb(d.packed.gzipBytes)} gzip; as plain records it would be ${kb(d.plain.bytes)} raw, ${kb(d.plain.gzipBytes)} gzip.${share}`,
    `- Loading it, as the background does on every wake: JSON.parse ${d.ms.packedParse.toFixed(1)} ms; with unpacking and indexing (createQuery) ${d.ms.packedLoad.toFixed(1)} ms. Plain records: JSON.parse ${d.ms.plainParse.toFixed(1)} ms; with indexing ${d.ms.plainLoad.toFixed(1)} ms.`,
    `- Checking data/ with its schema (the build's work, never the extension's): ${d.ms.check.toFixed(0)} ms.`,
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const background = process.argv[2] ?? join(PRODUCTION_BUILD, 'background.js');
  console.log(datasetLines(benchDataset(Number(process.env.BENCH_RUNS ?? 21), background)).join('\n'));
}
