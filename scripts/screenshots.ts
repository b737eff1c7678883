/**
 * The README's screenshots, regenerated: a card on the bundled seed article in light and dark, on a
 * desktop window and a 390 px wide phone, and the popup. Needs a Chrome build (`npm run build`) and
 * Chromium. Writes docs/screenshots/*.png. Usage: npm run screenshots
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { chromiumPath, launchChromium, NEWS_HOST, ROOT } from '../test/e2e/support/browsers';
import { startFixtureServer } from '../test/e2e/support/server';

const SEED = `http://${NEWS_HOST}/pages/seed-000-ice-7000-deportations.html`;
const OUT = join(ROOT, 'docs/screenshots');
const CLAIM = 'approximately 7,000';

async function until(check: () => Promise<boolean>, what: string, ms = 15_000): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Hovers the claim and waits for its filled card. */
async function openCard(page: Page): Promise<void> {
  await until(() => page.evaluate(() => CSS.highlights.size > 0), 'the marks');
  const p = await page.evaluate((text) => {
    for (const [, h] of CSS.highlights)
      for (const r of h as Iterable<Range>)
        if (r.toString() === text) {
          (r.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
          const b = r.getClientRects()[0]!;
          return { x: b.left + 8, y: b.top + b.height / 2 };
        }
    return null;
  }, CLAIM);
  if (!p) throw new Error(`no mark for ${CLAIM}`);
  await page.mouse.move(p.x, p.y);
  await until(
    () => page.evaluate(() => /Official/.test(document.querySelector('ice-context-ui')?.shadowRoot?.querySelector('[role=dialog]')?.textContent ?? '')),
    'the card',
  );
}

async function main(): Promise<void> {
  if (!chromiumPath) throw new Error('Chromium was not found: install it (apt-get install -y chromium) or set CHROMIUM_PATH.');
  mkdirSync(OUT, { recursive: true });
  const server = await startFixtureServer();
  const session = await launchChromium(server.port);
  const written: string[] = [];
  try {
    for (const scheme of ['light', 'dark'] as const) {
      for (const [name, viewport] of [
        ['desktop', { width: 1200, height: 800 }],
        ['phone', { width: 390, height: 844 }],
      ] as const) {
        const page = await session.context.newPage();
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme: scheme });
        await page.goto(SEED);
        await openCard(page);
        const file = join(OUT, `card-${name}-${scheme}.png`);
        await page.screenshot({ path: file });
        written.push(file);
        await page.close();
      }
    }
    const article = await session.context.newPage();
    await article.goto(SEED);
    await until(() => article.evaluate(() => CSS.highlights.size > 0), 'the marks');
    const tabId = await session.worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, SEED);
    const popup = await session.context.newPage();
    await popup.setViewportSize({ width: 380, height: 720 });
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('main[aria-busy="false"]').waitFor();
    await until(() => popup.locator('ol.claims li').count().then((n) => n > 0), 'the popup list');
    const file = join(OUT, 'popup-light.png');
    await popup.screenshot({ path: file, fullPage: true });
    written.push(file);
  } finally {
    await session.close();
    await server.close();
  }
  for (const f of written) console.log(f.slice(ROOT.length + 1));
}

await main();
