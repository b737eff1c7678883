import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, firefoxPath, launchFirefox, NEWS_HOST } from './support/browsers';
import { startFixtureServer, type FixtureServer } from './support/server';

describe.runIf(browserAvailable('Firefox', firefoxPath))('Firefox smoke test of the built extension', () => {
  let server: FixtureServer;
  let firefox: Browser;

  beforeAll(async () => {
    server = await startFixtureServer();
    firefox = await launchFirefox(server.port);
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  /** The extension page (opened in a tab by the e2e build on install) whose URL ends with `file`. */
  async function extensionPage(file: string): Promise<Page> {
    // Over BiDi, page.url() of an extension page reads about:blank; ask the page itself.
    for (let i = 0; i < 100; i++) {
      for (const page of await firefox.pages()) {
        const href = await page.evaluate(() => location.href).catch(() => '');
        if (href.startsWith('moz-extension://') && href.endsWith(file)) return page;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`${file} never opened`);
  }

  it('runs the content script on a listed news site, which answers the extension', async () => {
    const page = await firefox.newPage();
    await page.goto(`http://${NEWS_HOST}/smoke/article.html`);
    const popup = await extensionPage('/popup.html');
    const report = await popup.evaluate(async (host) => {
      const ext = (globalThis as unknown as { browser: typeof chrome }).browser;
      const tabs = await ext.tabs.query({});
      const tab = tabs.find((t) => t.url?.includes(host));
      if (tab?.id === undefined) return null;
      return (await ext.tabs.sendMessage(tab.id, { type: 'get-report' })) as { url: string; enabled: boolean };
    }, NEWS_HOST);
    expect(report?.url).toBe(`http://${NEWS_HOST}/smoke/article.html`);
    expect(report?.enabled).toBe(true);
  });

  it('renders the popup and the options page', async () => {
    const popup = await extensionPage('/popup.html');
    expect(await popup.$eval('h1', (h) => h.textContent)).toBe('ICE Context');
    const options = await extensionPage('/options.html');
    expect(await options.$eval('h1', (h) => h.textContent)).toMatch(/ICE Context options/);
  });
});
