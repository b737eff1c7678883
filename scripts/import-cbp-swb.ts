/**
 * `npm run data:import-cbp-swb -- [file]`: reads CBP's "Southwest Land Border Encounters" CSV
 * (scripts/import/cbp-swb.ts) and writes the months, whole fiscal years and years to date it gives to
 * data/figures/cbp-swb-encounters.jsonl and the source to data/sources/cbp-swb-encounters.jsonl.
 * [file] defaults to ../shared/primary/cbp-swb/<file name> when that exists; otherwise pass the copy
 * (CBP_SWB_COPY: the repository, commit and path it was read from). The file is never copied into
 * this repository. Refuses a file whose checksum is not the one recorded.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parsePeriod } from '../lib/dataset/period';
import type { Figure } from '../lib/dataset/schema';
import { PRIMARY_DIR } from './import-primary';
import { CBP_SWB_COPY, CBP_SWB_FILE, CBP_SWB_SOURCE, readCbpSwb } from './import/cbp-swb';
import { serializeFigure, serializeSource } from './import/jsonl';

const DATA = resolve(import.meta.dirname, '../data');
export const CBP_SWB_PRIMARY = join(PRIMARY_DIR, 'cbp-swb', CBP_SWB_FILE);
export const CBP_SWB_OUT = { figures: 'figures/cbp-swb-encounters.jsonl', sources: 'sources/cbp-swb-encounters.jsonl' };

const periodStart = (p: string) => parsePeriod(p)?.start ?? p;
const order = (a: Figure, b: Figure) =>
  a.metric.localeCompare(b.metric) || periodStart(a.period).localeCompare(periodStart(b.period)) || a.period.localeCompare(b.period);

/** Runs the import in memory: data/-relative file name → its text. */
export function importCbpSwb(file: string): Map<string, string> {
  const bytes = readFileSync(file);
  const hash = createHash('sha256').update(bytes).digest('hex');
  if (hash !== CBP_SWB_COPY.sha256) throw new Error(`${file}: sha256 ${hash} is not the recorded ${CBP_SWB_COPY.sha256}`);
  const figures = readCbpSwb(bytes.toString('utf8'), hash).sort(order);
  return new Map([
    [CBP_SWB_OUT.figures, figures.map(serializeFigure).join('\n') + '\n'],
    [CBP_SWB_OUT.sources, serializeSource(CBP_SWB_SOURCE) + '\n'],
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2] ?? (existsSync(CBP_SWB_PRIMARY) ? CBP_SWB_PRIMARY : undefined);
  if (!file || !existsSync(file)) {
    console.error(`usage: npm run data:import-cbp-swb -- <${CBP_SWB_FILE}>  (from ${CBP_SWB_COPY.repo}@${CBP_SWB_COPY.commit}, ${CBP_SWB_COPY.path})`);
    process.exit(2);
  }
  for (const [name, text] of importCbpSwb(file)) {
    writeFileSync(join(DATA, name), text);
    console.log(`data/${name}: ${text.trimEnd().split('\n').length} records`);
  }
}
