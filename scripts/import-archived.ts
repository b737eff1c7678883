/**
 * `npm run data:import-archived -- <folder>`: ICE's mid-year "Detention Statistics" releases (one every
 * two weeks or so, FY2021 to January 2025), which ice.gov no longer serves, read from copies the Wayback
 * Machine captured. <folder> is a checkout of the archive listed in ARCHIVE (files named
 * `<capture timestamp>-<ICE's file name>`, or ICE's file name alone). Each release is read by the same
 * table reader as ../shared/primary (scripts/import/ice.ts); what it adds is what a year-end workbook
 * cannot give: the number held on each snapshot date, ATD participants on each report date, and the
 * totals and averages for the year to each release's date. A month or a year the year-end workbooks
 * already give is never taken from an earlier release.
 *
 * A release is read only when its dates agree with each other: every footnote date inside its fiscal
 * year and not after its release; ATD figures only when their date is within 45 days before the
 * snapshot and not after the release (some releases carry an ATD date left over from an earlier one). Anything else is skipped and
 * listed. Writes data/figures/archived-ice-detention.jsonl and data/sources/archived-ice-detention.jsonl.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import readExcelFile from 'read-excel-file/node';
import { parsePeriod } from '../lib/dataset/period';
import type { Figure, SourceRecord } from '../lib/dataset/schema';
import { PRIMARY_DIR } from './import-primary';
import { iceUrl, readWorkbook } from './import/ice';
import { serializeFigure, serializeSource } from './import/jsonl';

/** Where the copies were read from: a public repository of Wayback Machine captures of ICE's files. */
export const ARCHIVE = {
  repo: 'Research-Basecamp/ice-detention--data',
  commit: 'a2954091568de977b035e418520ceb9075165591',
  folder: 'All_Excel_sheets',
};

const DATA = resolve(import.meta.dirname, '../data');
const OUT = { figures: 'figures/archived-ice-detention.jsonl', sources: 'sources/archived-ice-detention.jsonl' };

/** What a mid-year release adds: a day's count, ATD on a date, and year-to-date totals and averages. */
const SNAPSHOT_METRICS = new Set(['detention-population', 'atd-population', 'atd-population-smartlink', 'atd-population-ankle-monitor']);
const TO_DATE_METRICS = new Set(['detention-adp', 'detention-alos', 'detention-book-ins', 'removals']);
const ATD_WINDOW_DAYS = 45;
/**
 * Releases whose ATD sheet ICE published broken (found by the Deportation Data Project, checked here
 * against the neighbouring releases): their ATD figures are left out, the rest of the release is read.
 */
const BROKEN_ATD: Record<string, string> = {
  'FY22_detentionStats07212022.xlsx': 'its ATD status block is corrupted and its technology block missing',
  'FY22_detentionStats08092022.xlsx': "it repeats FY22_detentionStats07212022.xlsx's ATD sheet (same date, same total)",
  'FY23_detentionStats04122023.xlsx': "three field offices' SmartLINK counts are doubled and the total is the previous release's (281,613)",
  'FY23_detentionStats04122023b.xlsx': 'the same broken ATD sheet as FY23_detentionStats04122023.xlsx',
};

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const days = (a: string, b: string) => (Date.parse(b) - Date.parse(a)) / 86_400_000;
const captureDate = (ts: string) => `${ts.slice(0, 4)}-${ts.slice(4, 6)}-${ts.slice(6, 8)}`;

interface Copy {
  file: string;
  name: string;
  capture?: string;
  bytes: Buffer;
  hash: string;
}

/** The copies in the folder, one per distinct file (by checksum), each with its earliest capture. */
function distinctCopies(dir: string): Copy[] {
  const byHash = new Map<string, Copy>();
  for (const file of readdirSync(dir).filter((f) => /\.xlsx$/i.test(f)).sort()) {
    const m = /^(\d{14})-(.+)$/.exec(file);
    const bytes = readFileSync(join(dir, file));
    const copy: Copy = { file, name: m ? m[2]! : file, capture: m?.[1], bytes, hash: sha256(bytes) };
    const seen = byHash.get(copy.hash);
    // Prefer a name that carries a date (ICE reused the plain name for several releases), then the earliest capture.
    const dated = (c: Copy) => /\d{6,8}b?\.xlsx$/i.test(c.name);
    if (!seen || (dated(copy) && !dated(seen)) || (dated(copy) === dated(seen) && (copy.capture ?? '9') < (seen.capture ?? '9'))) byHash.set(copy.hash, copy);
  }
  return [...byHash.values()];
}

/** The checksums of the files in ../shared/primary (already imported; never read twice). */
function primaryChecksums(): Set<string> {
  const readme = join(PRIMARY_DIR, 'README.md');
  if (!existsSync(readme)) return new Set();
  return new Set([...readFileSync(readme, 'utf8').matchAll(/\|\s*([0-9a-f]{64})\s*\|\s*$/gm)].map((m) => m[1]!));
}

/** metric|period pairs the committed year-end import already holds. */
function primaryKeys(): Set<string> {
  const text = readFileSync(join(DATA, 'figures/primary-ice-detention.jsonl'), 'utf8');
  return new Set(
    text
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Figure)
      .map((f) => `${f.metric}|${f.period}`),
  );
}

/** The last day of a period; undefined for a period that does not parse (e.g. a range that ends before it starts). */
const periodEnd = (p: string) => {
  const parsed = parsePeriod(p);
  return parsed && parsed.start <= parsed.end ? parsed.end : undefined;
};

export interface ArchivedImport {
  files: Map<string, string>;
  skipped: string[];
}

export async function importArchived(dir: string): Promise<ArchivedImport> {
  const inPrimary = primaryChecksums();
  const have = primaryKeys();
  const skipped: string[] = [];
  const sources: SourceRecord[] = [];
  const newest = new Map<string, { released: string; figure: Figure }>();

  for (const copy of distinctCopies(dir).sort((a, b) => a.name.localeCompare(b.name))) {
    if (inPrimary.has(copy.hash)) continue;
    const sheets = (await readExcelFile(copy.bytes)).map((s) => ({ name: s.sheet, grid: s.data }));
    let wb;
    try {
      wb = readWorkbook({ file: copy.name, sha256: copy.hash, sheets });
    } catch (e) {
      skipped.push(`${copy.file}: ${(e as Error).message}`);
      continue;
    }
    const fy = Number(/^FY(\d{2})/i.exec(copy.name)![1]) + 2000;
    const captured = copy.capture ? captureDate(copy.capture) : undefined;
    const reported = wb.figures.filter((f) => !f.metric.startsWith('atd-'));
    const broken = reported.find((f) => !periodEnd(f.period));
    if (broken) {
      skipped.push(`${copy.file}: its dates do not make a period (${broken.metric} ${broken.period}): a stale footnote`);
      continue;
    }
    const dates = reported.map((f) => periodEnd(f.period)!).sort();
    const latest = dates.at(-1)!;
    const outside = dates.find((d) => d < `${fy - 1}-10-01` || d > `${fy}-12-31`);
    if (outside) {
      skipped.push(`${copy.file}: a date it reports (${outside}) is outside FY${fy}: a mislabelled or stale release`);
      continue;
    }
    // The release date: the one in ICE's file name when it is not before the data; else the capture's.
    const named = /^\d{4}-\d{2}-\d{2}$/.test(wb.released) && wb.released >= latest ? wb.released : undefined;
    const released = named ?? captured ?? wb.released;
    if (captured && released > captured) {
      skipped.push(`${copy.file}: released ${released} after its capture ${captured}`);
      continue;
    }
    const snapshot = wb.figures.find((f) => f.metric === 'detention-population')!.period;
    const url = copy.capture ? `https://web.archive.org/web/${copy.capture}/${iceUrl(copy.name)}` : iceUrl(copy.name);
    const id = `ice-detention-statistics-fy${fy}-${released}-archived`;
    if (sources.some((s) => s.id === id)) throw new Error(`${copy.file}: a second release dated ${released}`);
    const source: SourceRecord = {
      id,
      title: `Detention Statistics FY${fy} to date, ${named ? 'released' : 'captured'} ${released}${copy.capture ? ' (Wayback Machine copy)' : ''}`,
      publisher: 'ICE',
      url,
      published: released,
      tier: 'agency',
      note:
        `A copy of ICE's workbook ${copy.name} (sha256 ${copy.hash.slice(0, 12)}…), ${copy.capture ? `as the Wayback Machine captured it from ice.gov on ${captured}` : 'as kept without a capture date'}, ` +
        `read from ${ARCHIVE.repo} (${ARCHIVE.folder}/${copy.file}, commit ${ARCHIVE.commit.slice(0, 12)}) by scripts/import-archived.ts; ` +
        `ICE's own address was ${iceUrl(copy.name)}.${named ? '' : ' The release date is not in the file name (or the name\'s date is before the data), so the capture date stands for it.'}`,
    };
    let used = false;
    for (const figure of wb.figures) {
      const key = `${figure.metric}|${figure.period}`;
      if (have.has(key)) continue;
      const isSnapshot = SNAPSHOT_METRICS.has(figure.metric);
      if (!isSnapshot && !TO_DATE_METRICS.has(figure.metric)) continue;
      if (figure.metric.startsWith('atd-') && BROKEN_ATD[copy.name]) {
        skipped.push(`${copy.file}: ${figure.metric} ${figure.period} left out: ${BROKEN_ATD[copy.name]}`);
        continue;
      }
      if (figure.metric.startsWith('atd-') && (figure.period > released || days(figure.period, snapshot) > ATD_WINDOW_DAYS)) {
        skipped.push(`${copy.file}: ${figure.metric} dated ${figure.period}, not within ${ATD_WINDOW_DAYS} days before the snapshot ${snapshot} or after the release ${released}`);
        continue;
      }
      const out: Figure = { ...figure, source: id, receipt: { ...figure.receipt!, released, url } };
      const seen = newest.get(key);
      if (!seen || released > seen.released) newest.set(key, { released, figure: out });
      used = true;
    }
    if (used) sources.push(source);
  }

  const figures = [...newest.values()].map((v) => v.figure);
  const usedIds = new Set(figures.map((f) => f.source));
  const start = (p: string) => parsePeriod(p)?.start ?? p;
  figures.sort((a, b) => a.metric.localeCompare(b.metric) || start(a.period).localeCompare(start(b.period)) || a.period.localeCompare(b.period));
  const lines = <T>(items: T[], serialize: (t: T) => string) => items.map(serialize).join('\n') + '\n';
  return {
    files: new Map([
      [OUT.figures, lines(figures, serializeFigure)],
      [OUT.sources, lines(sources.filter((s) => usedIds.has(s.id)).sort((a, b) => a.id.localeCompare(b.id)), serializeSource)],
    ]),
    skipped,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.argv[2];
  if (!dir || !existsSync(dir)) {
    console.error(`usage: npm run data:import-archived -- <folder>  (a checkout of ${ARCHIVE.repo}@${ARCHIVE.commit}, folder ${ARCHIVE.folder})`);
    process.exit(2);
  }
  const { files, skipped } = await importArchived(dir);
  for (const [name, text] of files) {
    writeFileSync(join(DATA, name), text);
    console.log(`data/${name}: ${text.trimEnd().split('\n').length} records`);
  }
  for (const s of skipped) console.log(`skipped ${s}`);
}
