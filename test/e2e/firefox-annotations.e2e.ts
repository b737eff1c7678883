import type { Browser, Page } from 'puppeteer-core';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, firefoxPath, launchFirefox, NEWS_HOST, ROOT } from './support/browsers';
import { PAGE_WATCH_SCRIPT, type PageWatch } from './support/page-watch';
import { startFixtureServer, type FixtureServer } from './support/server';

const SEED = `http://${NEWS_HOST}/pages/seed-000-ice-7000-deportations.html`;

const highlightTexts = (page: Page) =>
  page.evaluate(() => [...CSS.highlights.values()].flatMap((h) => [...(h as unknown as Iterable<Range>)].map((r) => r.toString())));

describe.runIf(browserAvailable('Firefox', firefoxPath))('annotations in Firefox (core)', () => {
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

  it('highlights claims, opens a card on hover, and leaves the page untouched', async () => {
    const page = await firefox.newPage();
    await page.evaluateOnNewDocument(PAGE_WATCH_SCRIPT);
    await page.goto(SEED);
    await expect.poll(() => highlightTexts(page), { timeout: 10_000 }).toContain('approximately 7,000');
    const point = await page.evaluate(() => {
      for (const h of CSS.highlights.values())
        for (const r of h as unknown as Iterable<Range>)
          if (r.toString() === 'approximately 7,000') {
            (r.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
            const b = r.getClientRects()[0]!;
            return { x: b.left + 8, y: b.top + b.height / 2 };
          }
      return null;
    });
    expect(point).not.toBeNull();
    // The marks are visible: the window's pixels differ with and without our highlights (the only
    // change between the two shots). Firefox draws underlines in ::highlight() from 146 (the minimum).
    await page.evaluate(() => {
      for (const h of CSS.highlights.values())
        for (const r of h as unknown as Iterable<Range>)
          if (r.toString() === '22,169') (r.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
    });
    const marked = await page.screenshot({ encoding: 'base64' });
    const saved = await page.evaluate(() => {
      const names = [...CSS.highlights.keys()];
      (globalThis as unknown as { __saved: [string, Highlight][] }).__saved = names.map((n) => [n, CSS.highlights.get(n)!]);
      CSS.highlights.clear();
      return names.length;
    });
    expect(saved).toBeGreaterThan(0);
    const plain = await page.screenshot({ encoding: 'base64' });
    await page.evaluate(() => {
      for (const [n, h] of (globalThis as unknown as { __saved: [string, Highlight][] }).__saved) CSS.highlights.set(n, h);
    });
    mkdirSync(join(ROOT, 'test-output'), { recursive: true });
    writeFileSync(join(ROOT, 'test-output/marks-firefox.png'), Buffer.from(marked, 'base64'));
    expect(marked).not.toBe(plain);
    await page.evaluate(() => {
      for (const h of CSS.highlights.values())
        for (const r of h as unknown as Iterable<Range>)
          if (r.toString() === 'approximately 7,000') (r.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
    });
    await page.mouse.move(point!.x, point!.y);
    const cardText = () =>
      page.evaluate(() => document.querySelector('ice-context-ui')?.shadowRoot?.querySelector('[role=dialog]')?.textContent ?? '');
    await expect.poll(cardText, { timeout: 10_000 }).toMatch(/removals/);
    await expect.poll(cardText, { timeout: 10_000 }).toMatch(/FY2018/);
    const watch = (await page.evaluate(() => (window as unknown as { __pageWatch: PageWatch }).__pageWatch)) as PageWatch;
    expect(watch.log).toEqual([]);
    expect(watch.errors).toEqual([]);
    mkdirSync(join(ROOT, 'test-output'), { recursive: true });
    await page.screenshot({ path: join(ROOT, 'test-output/card-firefox.png') as `${string}.png` });
    await page.close();
  });
});
