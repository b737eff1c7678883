import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, chromiumPath, launchChromium, NEWS_HOST, type ChromiumSession } from './support/browsers';
import { startFixtureServer, type FixtureServer } from './support/server';

const OTHER_HOST = 'www.not-a-news-site.test';

describe.runIf(browserAvailable('Chromium', chromiumPath))('Chromium smoke test of the built extension', () => {
  let server: FixtureServer;
  let session: ChromiumSession;

  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launchChromium(server.port, [NEWS_HOST, OTHER_HOST]);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });

  /** Opens the popup for the newest tab (the page under test) and returns its text once loaded. */
  async function popupText(): Promise<string> {
    // Tab URLs of unlisted sites are hidden from us (no "tabs" permission), so pick the newest tab.
    const tabId = await session.worker.evaluate(async () => {
      const tabs = await chrome.tabs.query({});
      return Math.max(...tabs.map((t) => t.id ?? -1));
    });
    expect(tabId).toBeTypeOf('number');
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('main p').filter({ hasNotText: 'Reading this page' }).first().waitFor();
    const text = await popup.locator('main').innerText();
    await popup.close();
    return text;
  }

  it('runs the content script on a listed news site, which answers the popup', async () => {
    const page = await session.context.newPage();
    const url = `http://${NEWS_HOST}/smoke/article.html`;
    await page.goto(url);
    await expect.poll(() => popupText(), { timeout: 10_000 }).toMatch(/claims? about ICE capacity/);
    await page.close();
  });

  it('does not run on a site outside the list', async () => {
    const page = await session.context.newPage();
    const url = `http://${OTHER_HOST}/smoke/article.html`;
    await page.goto(url);
    expect(await popupText()).toMatch(/does not run on this page/);
    await page.close();
  });

  it('opens and renders the options page', async () => {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    await expect(page.locator('h1').innerText()).resolves.toMatch(/ICE Context options/);
    await page.close();
  });
});
