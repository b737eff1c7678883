/**
 * Two headless Chromium instances from the same binary with the same flags: one with the benchmark
 * build of the extension, one without (the baseline, and the mark.js reference). The benchmark
 * host is mapped onto the local page server: the extension's content script runs on
 * 127.0.0.1 in benchmark builds, but only switches itself on for news sites (see the report).
 */
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { QUIET_CHROMIUM_ARGS } from '../scripts/chromium-args';

/** A default news host, so the extension is on; it resolves to the bench server on 127.0.0.1. */
export const BENCH_HOST = 'www.bostonglobe.com';

export const chromiumPath = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

const VIEWPORT = { width: 1200, height: 900 };

function args(port: number): string[] {
  return [
    `--host-resolver-rules=MAP ${BENCH_HOST} 127.0.0.1:${port}`,
    ...QUIET_CHROMIUM_ARGS,
    // Same settings in both browsers; keep background tabs from being throttled differently.
    '--disable-background-timer-throttling',
    '--disable-renderer-backgrounding',
  ];
}

/**
 * Installed in every page before its own scripts: long tasks, the first pointer move's time stamp,
 * and a promise for the content script's first scan measure.
 */
export const INIT_SCRIPT = `(() => {
  // tsx compiles the bench with esbuild's keepNames, so functions passed to page.evaluate call __name.
  window.__name ??= (f) => f;
  const b = (window.__bench = { longtasks: [], t0: undefined });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longtasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  b.scanned = new Promise((resolve) => {
    new PerformanceObserver((list, obs) => {
      if (list.getEntries().some((e) => e.name === 'ice-context:scan')) { obs.disconnect(); resolve(true); }
    }).observe({ type: 'measure', buffered: true });
  });
  document.addEventListener('pointermove', (e) => { if (b.t0 === undefined) b.t0 = e.timeStamp; }, { capture: true, passive: true });
})();`;

export interface Browsers {
  /** Context with the benchmark build of the extension. */
  ext: BrowserContext;
  /** Context of a browser without the extension. */
  plain: BrowserContext;
  version: string;
  close(): Promise<void>;
}

/** Launches both browsers; `extensionDir` is the unpacked benchmark build. */
export async function launchBrowsers(extensionDir: string, port: number): Promise<Browsers> {
  if (!chromiumPath) throw new Error('Chromium not found: install it (`apt-get install chromium`) or set CHROMIUM_PATH.');
  const ext = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'ice-bench-ext-')), {
    executablePath: chromiumPath,
    headless: true,
    viewport: VIEWPORT,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, ...args(port)],
  });
  if (!ext.serviceWorkers().length) await ext.waitForEvent('serviceworker', { timeout: 15_000 });
  const browser: Browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: args(port) });
  const plain = await browser.newContext({ viewport: VIEWPORT });
  await ext.addInitScript(INIT_SCRIPT);
  await plain.addInitScript(INIT_SCRIPT);
  return {
    ext,
    plain,
    version: browser.version(),
    close: async () => {
      await ext.close();
      await browser.close();
    },
  };
}
