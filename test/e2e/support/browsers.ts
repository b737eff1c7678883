/**
 * Finding and launching the real browsers for end-to-end tests. Outside CI a missing browser is
 * reported loudly with the command to install it; under CI=true it is a failure, never a skip.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { QUIET_CHROMIUM_ARGS } from '../../../scripts/chromium-args';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
export const FIREFOX_E2E_BUILD = join(ROOT, '.output/firefox-mv2-e2e');

/** A host from the default news list that tests map onto the fixture server. */
export const NEWS_HOST = 'www.bostonglobe.com';

function findExecutable(envName: string, candidates: string[]): string | null {
  const fromEnv = process.env[envName];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return candidates.find((c) => existsSync(c)) ?? null;
}

export const chromiumPath = findExecutable('CHROMIUM_PATH', ['/usr/bin/chromium', '/usr/bin/chromium-browser']);
export const firefoxPath = findExecutable('FIREFOX_PATH', ['/usr/bin/firefox-esr', '/usr/bin/firefox']);

/** Whether a browser's tests should run; outside CI a missing browser prints how to install it. */
export function browserAvailable(name: 'Chromium' | 'Firefox', path: string | null): boolean {
  if (path) return true;
  const pkg = name === 'Chromium' ? 'chromium' : 'firefox-esr';
  const env = name === 'Chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH';
  const message = `${name} was not found: its end-to-end tests cannot run. Install it with \`sudo apt-get install -y ${pkg}\` or point ${env} at the binary.`;
  if (process.env.CI === 'true') throw new Error(`${message} (CI=true: a missing browser is a failure)`);
  console.warn(`\n${'!'.repeat(100)}\n!! SKIPPED: ${message}\n${'!'.repeat(100)}\n`);
  return false;
}

export interface ChromiumSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

/** Launches Chromium with the built extension, with `hosts` resolved to the fixture server. */
export async function launchChromium(
  port: number,
  hosts: string[] = [NEWS_HOST],
  extraArgs: string[] = [],
  device: { hasTouch?: boolean; isMobile?: boolean } = {},
): Promise<ChromiumSession> {
  if (!existsSync(join(CHROME_BUILD, 'manifest.json'))) throw new Error(`No Chrome build at ${CHROME_BUILD}: run \`npm run build\` first.`);
  const userDataDir = mkdtempSync(join(tmpdir(), 'ice-context-chromium-'));
  const rules = hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ');
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: chromiumPath!,
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    viewport: device.isMobile ? { width: 412, height: 860 } : { width: 1200, height: 900 },
    ...device,
    args: [
      `--disable-extensions-except=${CHROME_BUILD}`,
      `--load-extension=${CHROME_BUILD}`,
      `--host-resolver-rules=${rules}`,
      ...QUIET_CHROMIUM_ARGS,
      ...extraArgs,
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  const close = async () => {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  };
  return { context, extensionId, worker, close };
}

/**
 * Launches Firefox (puppeteer-core over WebDriver BiDi) with the e2e Firefox build installed as a
 * temporary add-on. Firefox has no host-resolver rules, so it reaches the fixture server as an HTTP
 * proxy: any http:// host then lands on 127.0.0.1.
 */
export async function launchFirefox(port: number) {
  const { default: puppeteer } = await import('puppeteer-core');
  if (!existsSync(join(FIREFOX_E2E_BUILD, 'manifest.json')))
    throw new Error(`No Firefox e2e build at ${FIREFOX_E2E_BUILD}: run \`npm run build:firefox:e2e\` first.`);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath!,
    headless: true,
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'extensions.webextensions.remote': true,
      'datareporting.policy.dataSubmissionEnabled': false,
      'app.update.enabled': false,
    },
  });
  await browser.installExtension(FIREFOX_E2E_BUILD);
  return browser;
}
