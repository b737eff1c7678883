/**
 * `npm run bench`: builds the benchmark and production flavours, loads the benchmark pages in
 * headless Chromium with and without the extension and with mark.js, and prints the medians against
 * the budgets of issue 8; writes bench/results.json and bench/results.md.
 * Options (environment): BENCH_RUNS (default 5; the 1 MB and live pages take at most 3),
 * BENCH_NO_BUILD=1 (reuse the last builds), BENCH_PAGES=key,key (a subset), CHROMIUM_PATH.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BENCH_HOST, launchBrowsers } from './browser';
import { benchDataset } from './dataset';
import { quotesPattern, runExtension, runMark, runPlain } from './measure';
import { benchPages, pageSize } from './pages';
import { BENCH_BUILD, PRODUCTION_BUILD, ROOT } from './paths';
import { markdown, summarize, type Bundle, type PageRuns } from './report';
import { servePages } from './server';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const HEAVY_RUNS = Math.min(RUNS, 3);
/** The live page appends a paragraph this often (the 250 ms debounce and 1 s max wait batch them either way). */
const LIVE_INTERVAL_MS = 30;
const started = Date.now();
const log = (s: string) => process.stderr.write(`[bench ${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${s}\n`);

function build(flavour: 'bench' | 'production'): void {
  log(`building the ${flavour} flavour`);
  const r = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'bench/build.ts'), flavour], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit'] });
  if (r.status !== 0) throw new Error(`the ${flavour} build failed`);
}

function bundle(dir: string, file: string): Bundle {
  const body = readFileSync(join(dir, file));
  return { file, bytes: body.length, gzipBytes: gzipSync(body, { level: 9 }).length };
}

if (process.env.BENCH_NO_BUILD !== '1') {
  build('bench');
  build('production');
}
const bundles = ['content-scripts/content.js', 'content-scripts/content.css', 'card.js', 'background.js'].map((f) => bundle(PRODUCTION_BUILD, f));
log('timing the dataset in Node');
const dataset = benchDataset(21, join(PRODUCTION_BUILD, 'background.js'));
const markJs = readFileSync(join(ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8');

const only = process.env.BENCH_PAGES?.split(',');
const pages = benchPages(200, LIVE_INTERVAL_MS).filter((p) => !only || only.includes(p.key));
const server = await servePages(pages);
const browsers = await launchBrowsers(BENCH_BUILD, server.port);
const load = [loadavg()[0]!];
const results: PageRuns[] = pages.map((page) => ({ page, size: pageSize(page.html), ext: [], plain: [], mark: [] }));

try {
  for (let run = 0; run < RUNS; run++)
    for (const r of results) {
      const heavy = r.page.key === 'huge' || r.page.live;
      if (heavy && run >= HEAVY_RUNS) continue;
      const url = `http://${BENCH_HOST}/${r.page.key}.html`;
      log(`run ${run + 1}: ${r.page.key}`);
      const ext = await runExtension(browsers.ext, url, r.page);
      r.ext.push(ext);
      // Two shortcuts keep the bench near 3 minutes: the live page's baseline (the page's own appender)
      // is taken once, and mark.js on the 1 MB page (seconds per run) runs once.
      if (!(r.page.live && run > 0)) r.plain.push(await runPlain(browsers.plain, url, r.page));
      if (!(r.page.key === 'huge' && run > 0)) r.mark.push(await runMark(browsers.plain, url, r.page, markJs, quotesPattern(ext.quotes)));
    }
} finally {
  await browsers.close();
  await server.close();
}
load.push(loadavg()[0]!);

const summaries = results.map(summarize);
const env = {
  Chromium: browsers.version,
  Node: process.version,
  CPUs: String(cpus().length),
  'load average (1 min) at start / end': load.map((l) => l.toFixed(1)).join(' / '),
  runs: `${RUNS} per page, ${HEAVY_RUNS} for the 1 MB and live pages (mark.js on the 1 MB page and the live page's baseline without the extension: 1)`,
  date: new Date().toISOString().slice(0, 10),
};
const md = markdown(summaries, bundles, env, dataset);
console.log(md);
writeFileSync(join(ROOT, 'bench/results.md'), `# Benchmark results\n\nWritten by \`npm run bench\` (bench/run.ts).\n\n${md}`);
writeFileSync(join(ROOT, 'bench/results.json'), JSON.stringify({ env, bundles, dataset, pages: summaries, raw: results.map((r) => ({ key: r.page.key, ext: r.ext, plain: r.plain, mark: r.mark })) }, null, 1));
log(`done; wrote bench/results.md and bench/results.json`);
