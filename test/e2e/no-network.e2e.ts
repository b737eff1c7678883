/**
 * The extension makes no network requests. Chromium runs with every request sent through a recording
 * proxy (HTTP and CONNECT, from pages, extension pages and the service worker alike), while the
 * extension reads every fixture page, opens cards, and the popup and options pages are used. Only the
 * fixture pages' own requests may appear; Playwright's request events (which include the service
 * worker's) say who asked for each.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, CHROME_BUILD, chromiumPath, launchChromium, NEWS_HOST, ROOT, type ChromiumSession } from './support/browsers';
import { startFixtureServer, type FixtureServer } from './support/server';

/** Hosts of Chromium's own background services (not reachable from our code, which names none of them). */
const BROWSER_SERVICES = /(^|\.)(googleapis\.com|google\.com|gvt1\.com|gstatic\.com)$/;

interface Seen {
  url: string;
  method: string;
  fromWorker: boolean;
  /** The URL of the frame that asked (read at the end: a navigation's frame is still about:blank when it asks), or '' for a worker. */
  frame: string;
  navigation: boolean;
}

/** An HTTP proxy that records every request and tunnel, and forwards plain HTTP to the fixture server. */
async function startRecordingProxy(targetPort: number): Promise<{ port: number; log: string[]; close(): Promise<void> }> {
  const log: string[] = [];
  const server: Server = createServer((req, res) => {
    log.push(`${req.method} ${req.url}`);
    const upstream = httpRequest({ host: '127.0.0.1', port: targetPort, method: req.method, path: req.url, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.on('error', () => res.destroy());
      up.pipe(res);
    });
    upstream.on('error', () => {
      if (!res.headersSent) res.writeHead(502);
      res.end();
    });
    // A browser may drop a connection at any moment (a tab closes, a tunnel is refused): a reset
    // socket is the browser's business, not a test failure, so every stream here handles its errors.
    req.on('error', () => upstream.destroy());
    res.on('error', () => upstream.destroy());
    req.pipe(upstream);
  });
  server.on('clientError', (_err, socket) => socket.destroy());
  // HTTPS and WebSocket attempts arrive as CONNECT: recorded and refused.
  server.on('connect', (req, socket) => {
    socket.on('error', () => socket.destroy());
    log.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('proxy has no port');
  return { port: address.port, log, close: () => new Promise<void>((ok) => server.close(() => ok())) };
}

/** The text of every script and page of the Chrome build. */
function builtScripts(dir = CHROME_BUILD): string {
  let out = '';
  for (const f of readdirSync(dir)) {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) out += builtScripts(p);
    else if (/\.(js|html|json)$/.test(f)) out += readFileSync(p, 'utf8');
  }
  return out;
}

/** Every fixture page a reader could meet: the articles, the smoke page and the hostile pages. */
function fixturePages(): string[] {
  const list = (dir: string, skip: string[] = []) =>
    readdirSync(join(ROOT, 'test/fixtures', dir))
      .filter((f) => f.endsWith('.html') && !skip.includes(f))
      .map((f) => `http://${NEWS_HOST}/${dir}/${f}`);
  return [
    ...list('pages'),
    ...list('smoke'),
    // The huge pages and the ticker are exercised for time in hostile.e2e.ts; the nodes page stands in.
    ...list('hostile', ['huge.html', 'ticker.html', 'csp.html']),
    `http://${NEWS_HOST}/hostile/huge.html?kind=nodes`,
    `http://${NEWS_HOST}/hostile/csp.html?csp=${encodeURIComponent("default-src 'none'; style-src 'self'")}`,
  ];
}

describe.runIf(browserAvailable('Chromium', chromiumPath))('no network requests', () => {
  let server: FixtureServer;
  let proxy: Awaited<ReturnType<typeof startRecordingProxy>>;
  let session: ChromiumSession;
  const seen: Seen[] = [];

  beforeAll(async () => {
    server = await startFixtureServer();
    proxy = await startRecordingProxy(server.port);
    // <-loopback> removes the implicit bypass, so even requests to 127.0.0.1 go through the proxy.
    session = await launchChromium(server.port, [NEWS_HOST], [`--proxy-server=http://127.0.0.1:${proxy.port}`, '--proxy-bypass-list=<-loopback>']);
    session.context.on('request', (r: Request) => {
      const fromWorker = r.serviceWorker() !== null;
      const entry: Seen = { url: r.url(), method: r.method(), fromWorker, frame: '', navigation: r.isNavigationRequest() };
      if (!fromWorker) {
        try {
          const frame = r.frame();
          entry.frame = frame.url();
          // The frame's URL once it has loaded (navigations ask while it is still about:blank).
          void r.response().then(() => (entry.frame = frame.url())).catch(() => undefined);
        } catch {
          entry.frame = '(no frame)';
        }
      }
      seen.push(entry);
    });
  });
  afterAll(async () => {
    await session?.close();
    await proxy?.close();
    await server?.close();
  });

  async function tabIdOf(url: string): Promise<number> {
    const id = await session.worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)?.id, url);
    if (id === undefined) throw new Error(`no tab at ${url}`);
    return id;
  }

  /** The number of claims in the content script's report, or null before it has read the page. */
  const claimsOf = (tabId: number) =>
    session.worker.evaluate(async (id) => {
      try {
        const report = (await chrome.tabs.sendMessage(id, { type: 'get-report' })) as { claims: unknown[]; reading: boolean };
        return report.reading ? null : report.claims.length;
      } catch {
        return null;
      }
    }, tabId);

  /** The open card's text; a locator reads it from Playwright's own world (overrides.html breaks the page's). */
  const cardText = async (page: Page) => {
    const card = page.locator('ice-context-ui .card');
    return (await card.count()) ? ((await card.first().textContent()) ?? '') : '';
  };

  it('reads every fixture page, opens cards, the popup and the options page, and asks the network for nothing', async () => {
    const pages = fixturePages();
    let cards = 0;
    let claimTab: number | null = null;
    for (const url of pages) {
      const page = await session.context.newPage();
      await page.goto(url);
      const tabId = await tabIdOf(page.url());
      await expect.poll(() => claimsOf(tabId), { timeout: 15_000 }).not.toBeNull();
      const claims = (await claimsOf(tabId))!;
      if (claims > 0) {
        claimTab ??= tabId;
        // Two cards per page: the first and the next claim.
        for (let i = 0; i < Math.min(2, claims); i++) {
          await session.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'step-claim', direction: 1 }), tabId);
          await expect.poll(() => cardText(page), { timeout: 10_000 }).toMatch(/\d/);
          cards++;
        }
      }
      // The first page with claims stays open for the popup.
      if (tabId !== claimTab) await page.close();
    }
    expect(cards).toBeGreaterThan(10);

    // The popup (as a page, for the first tab with claims): its claims list, glance charts, a claim chosen.
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${claimTab}`);
    await popup.locator('main[aria-busy="false"]').waitFor();
    expect(await popup.locator('ol.claims button.claim').count()).toBeGreaterThan(0);
    // Choosing a claim closes the popup page (as the real popup closes) and opens the card in the tab.
    await Promise.all([popup.waitForEvent('close', { timeout: 5000 }), popup.locator('ol.claims button.claim').last().click()]);
    // The options page: its sources list and preview, and one setting changed and back.
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.getByRole('heading', { name: 'ICE Context options' }).waitFor();
    const box = options.getByLabel('Mark claims about ICE capacity on news pages');
    await box.click();
    await box.click();
    await options.waitForTimeout(1000);

    const fixtureHost = `http://${NEWS_HOST}/`;
    const extension = `chrome-extension://${session.extensionId}/`;
    // 1. Nothing reached the network but the fixture pages' own HTTP requests, and Chromium's own
    // service traffic (component updates, sign-in, autofill), which no page, extension page or
    // worker asked for: Playwright saw none of it, and our bundles name none of those hosts.
    const hostOf = (l: string) => l.replace(/^\S+ (https?:\/\/)?/, '').replace(/[:/].*$/, '');
    const seenHosts = new Set(seen.map((s) => new URL(s.url).hostname));
    const notPages = proxy.log.filter((l) => !l.startsWith(`GET ${fixtureHost}`));
    const browserOwn = notPages.filter((l) => BROWSER_SERVICES.test(hostOf(l)) && !seenHosts.has(hostOf(l)));
    expect(notPages.filter((l) => !browserOwn.includes(l))).toEqual([]);
    const bundles = builtScripts();
    for (const host of new Set(browserOwn.map(hostOf))) expect(bundles.includes(host), `${host} named in our bundles`).toBe(false);
    // 2. The service worker asked for nothing (not even our own files).
    expect(seen.filter((s) => s.fromWorker)).toEqual([]);
    // 3. Every http request was asked for by a fixture page's frame; extension pages loaded only their own files.
    const bad = seen.filter((s) => {
      if (s.url.startsWith(extension)) return false;
      if (s.url.startsWith(fixtureHost)) return !(s.navigation || s.frame.startsWith(fixtureHost));
      // data:, blob: and the browser's own chrome:// resources (the options dialog of
      // chrome://extensions) never reach the network; anything else would be a request of ours.
      return !/^(data|blob|chrome):/.test(s.url);
    });
    expect(bad).toEqual([]);
    const fromExtensionPages = seen.filter((s) => s.frame.startsWith(extension));
    expect(fromExtensionPages.every((s) => s.url.startsWith(extension))).toBe(true);
    console.log(
      `[no-network] ${pages.length} pages, ${cards} cards, popup and options: ${proxy.log.length - browserOwn.length} requests from the pages themselves ` +
        `(+${browserOwn.length} of Chromium's own: ${[...new Set(browserOwn.map(hostOf))].join(', ')}), ` +
        `${seen.length} seen by the browser, ${seen.filter((s) => s.url.startsWith(extension)).length} of them chrome-extension:// files, 0 from the service worker`,
    );
    await options.close();
  });

  it('would have seen a request from the service worker or an extension page (the net works)', async () => {
    const before = seen.length;
    await session.worker.evaluate(async (u) => void (await fetch(u).catch(() => null)), `http://${NEWS_HOST}/pages/index.html?control=worker`);
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.evaluate(async (u) => void (await fetch(u).catch(() => null)), `http://${NEWS_HOST}/pages/index.html?control=page`);
    await options.evaluate(async () => void (await fetch('https://example.org/control').catch(() => null)));
    await expect.poll(() => seen.slice(before).filter((s) => s.url.includes('control')).length).toBe(3);
    expect(seen.slice(before).find((s) => s.url.includes('control=worker'))?.fromWorker).toBe(true);
    expect(seen.slice(before).find((s) => s.url.includes('control=page'))?.frame).toContain('chrome-extension://');
    expect(proxy.log).toEqual(expect.arrayContaining([`GET http://${NEWS_HOST}/pages/index.html?control=worker`, 'CONNECT example.org:443']));
    await options.close();
  });
});
