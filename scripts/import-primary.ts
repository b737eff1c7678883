/**
 * `npm run data:import`: reads the agencies' own files in ../shared/primary/ (ICE's Detention
 * Statistics workbooks, CBP's monthly Border Patrol counts) and writes the figures derived from them,
 * each with its receipt, to data/figures/primary-*.jsonl and their sources to data/sources/primary-*.jsonl.
 * The files themselves are never copied into the repository. Deterministic: the same files give the
 * same bytes (test/unit/dataset/import-primary.test.ts re-runs it and fails on any drift).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import readExcelFile from 'read-excel-file/node';
import { parsePeriod } from '../lib/dataset/period';
import type { Figure, SourceRecord } from '../lib/dataset/schema';
import { CBP_FILE, CBP_SOURCE, readCbpEncounters } from './import/cbp';
import { readWorkbook } from './import/ice';
import { serializeFigure, serializeSource } from './import/jsonl';

export const PRIMARY_DIR = resolve(import.meta.dirname, '../../shared/primary');
const DATA = resolve(import.meta.dirname, '../data');
const ICE_DIR = 'ice-detention-statistics';
const CBP_DIR = 'cbp-encounters';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The checksums ../shared/primary/README.md records for each file, to catch a file that changed. */
function recordedChecksums(dir: string): Map<string, string> {
  const readme = join(dir, 'README.md');
  if (!existsSync(readme)) return new Map();
  return new Map([...readFileSync(readme, 'utf8').matchAll(/^\|\s*([^|\s]+\.xlsx)\s*\|.*\|\s*([0-9a-f]{64})\s*\|\s*$/gm)].map((m) => [m[1]!, m[2]!]));
}

const periodStart = (p: string) => parsePeriod(p)?.start ?? p;
const byMetricPeriod = (a: Figure, b: Figure) =>
  a.metric.localeCompare(b.metric) || periodStart(a.period).localeCompare(periodStart(b.period)) || a.period.localeCompare(b.period) || a.source.localeCompare(b.source);

/** Runs the import in memory: data/-relative file name → its text. */
export async function importPrimary(dir = PRIMARY_DIR): Promise<Map<string, string>> {
  const checksums = recordedChecksums(dir);
  const files = readdirSync(join(dir, ICE_DIR)).filter((f) => /\.xlsx$/i.test(f)).sort();
  if (!files.length) throw new Error(`No .xlsx files in ${join(dir, ICE_DIR)}`);

  const sources: SourceRecord[] = [];
  // Each (metric, period) from the newest release that reports it: later releases revise earlier months.
  const newest = new Map<string, { released: string; figure: Figure }>();
  for (const file of files) {
    const bytes = readFileSync(join(dir, ICE_DIR, file));
    const hash = sha256(bytes);
    const recorded = checksums.get(file);
    if (recorded && recorded !== hash) throw new Error(`${file}: sha256 ${hash} differs from ${recorded} in ${dir}/README.md`);
    const sheets = (await readExcelFile(bytes)).map((s) => ({ name: s.sheet, grid: s.data }));
    const wb = readWorkbook({ file, sha256: hash, sheets });
    sources.push(wb.source);
    for (const figure of wb.figures) {
      const key = `${figure.metric}|${figure.period}`;
      const seen = newest.get(key);
      if (!seen || wb.released > seen.released) newest.set(key, { released: wb.released, figure });
    }
  }
  const iceFigures = [...newest.values()].map((v) => v.figure).sort(byMetricPeriod);
  const used = new Set(iceFigures.map((f) => f.source));

  const csv = readFileSync(join(dir, CBP_DIR, CBP_FILE));
  const cbpFigures = readCbpEncounters(csv.toString('utf8'), sha256(csv)).sort(byMetricPeriod);

  const lines = <T>(items: T[], serialize: (t: T) => string) => items.map(serialize).join('\n') + '\n';
  return new Map([
    ['figures/primary-ice-detention.jsonl', lines(iceFigures, serializeFigure)],
    ['figures/primary-cbp-encounters.jsonl', lines(cbpFigures, serializeFigure)],
    ['sources/primary-ice-detention.jsonl', lines(sources.filter((s) => used.has(s.id)).sort((a, b) => a.id.localeCompare(b.id)), serializeSource)],
    ['sources/primary-cbp-encounters.jsonl', lines([CBP_SOURCE], serializeSource)],
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = await importPrimary();
  for (const [name, text] of out) {
    writeFileSync(join(DATA, name), text);
    console.log(`data/${name}: ${text.trimEnd().split('\n').length} records`);
  }
}
