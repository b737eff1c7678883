/**
 * Where the content script's time goes at page load: `tsx bench/profile.ts [page] [runs]` (default
 * seed-000, 3) builds the unminified benchmark flavour, CPU-profiles each load until the first scan
 * measure, and prints the content script's functions by self time (summed over the runs), with
 * garbage collection and V8's other buckets. Not part of `npm run bench`.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { BENCH_HOST, launchBrowsers } from './browser';
import { benchPages } from './pages';
import { PROFILE_BUILD, ROOT } from './paths';
import { servePages } from './server';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
  positionTicks?: { line: number; ticks: number }[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const key = process.argv[2] ?? 'seed-000';
const runs = Number(process.argv[3] ?? 3);
const page = benchPages().find((p) => p.key === key);
if (!page) throw new Error(`no bench page ${key}`);
if (spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'bench/build.ts'), 'profile'], { cwd: ROOT, stdio: 'ignore' }).status !== 0)
  throw new Error('profile build failed');

const server = await servePages([page]);
const browsers = await launchBrowsers(PROFILE_BUILD, server.port);
const self = new Map<string, number>();
const total = new Map<string, number>();
const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
function label(n: ProfileNode): string {
  const { functionName, url, lineNumber, columnNumber } = n.callFrame;
  if (url.includes('content-scripts/content.js')) return `${functionName || '(anonymous)'} content.js:${lineNumber + 1}:${columnNumber + 1}`;
  return url ? `[page or other script] ${url.split('/').pop()}` : functionName;
}
let scanMs = 0;
try {
  for (let i = 0; i < runs; i++) {
    const tab = await browsers.ext.newPage();
    const cdp = await browsers.ext.newCDPSession(tab);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    await tab.goto(`http://${BENCH_HOST}/${key}.html`);
    await tab.evaluate(() => (window as unknown as { __bench: { scanned: Promise<boolean> } }).__bench.scanned);
    const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
    scanMs += await tab.evaluate(() => performance.getEntriesByName('ice-context:scan')[0]?.duration ?? 0);
    // Self time: the samples that landed on a node; total time: once per function on the sample's stack.
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    profile.samples.forEach((id, j) => {
      const ms = (profile.timeDeltas[j] ?? 0) / 1000;
      add(self, label(byId.get(id)!), ms);
      const seen = new Set<string>();
      for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
        const l = label(byId.get(at)!);
        if (l.includes(' content.js:') && !seen.has(l)) add(total, l, ms);
        seen.add(l);
      }
    });
    await tab.close();
  }
} finally {
  await browsers.close();
  await server.close();
}
const rows = [...self].filter(([k]) => k !== '(idle)').sort((a, b) => b[1] - a[1]);
console.log(`${key}: ${runs} loads, ice-context:scan ${(scanMs / runs).toFixed(1)} ms each (wall); self time per load, ms:`);
for (const [l, ms] of rows.slice(0, 25)) console.log(`${(ms / runs).toFixed(2).padStart(8)}  ${l}`);
console.log(`\ncontent script functions by total time (self and callees) per load, ms:`);
for (const [l, ms] of [...total].sort((a, b) => b[1] - a[1]).slice(0, Number(process.env.PROFILE_TOP ?? 25))) console.log(`${(ms / runs).toFixed(2).padStart(8)}  ${l}`);
