/**
 * The popup and the options page in real Chromium, against fixture pages served under a default
 * news host: what the popup lists, going to a claim, the site switch, every option acting live on an
 * open page, import, recovery from corrupt storage, and axe-core in light and dark.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { browserAvailable, chromiumPath, launchChromium, NEWS_HOST, ROOT, type ChromiumSession } from './support/browsers';
import { startFixtureServer, type FixtureServer } from './support/server';

const ARTICLE = `http://${NEWS_HOST}/pages/seed-000-ice-7000-deportations.html`;
const NO_CLAIMS = `http://${NEWS_HOST}/pages/sports-hockey.html`;
const AXE = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

interface Report {
  url: string;
  date: string | null;
  enabled: boolean;
  reading: boolean;
  counts: Record<string, number>;
  claims: { index: number; category: string; quote: string; snippet: string }[];
}

describe.runIf(browserAvailable('Chromium', chromiumPath))('popup and options page in Chromium', () => {
  let server: FixtureServer;
  let session: ChromiumSession;

  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launchChromium(server.port, [NEWS_HOST]);
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });
  beforeEach(async () => {
    // Back to the defaults; pages left open by a test are closed.
    await session.worker.evaluate(() => chrome.storage.local.remove(['settings', 'settingsRecovery']));
    for (const p of session.context.pages()) await p.close();
  });

  const storedSettings = () => session.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings as unknown);

  async function tabIdOf(url: string): Promise<number> {
    const id = await session.worker.evaluate(async (u) => (await chrome.tabs.query({ url: u }))[0]?.id, url);
    if (id === undefined) throw new Error(`no tab at ${url}`);
    return id;
  }

  /** The content script's own report of the page (null when none answers). */
  function reportOf(tabId: number): Promise<Report | null> {
    return session.worker.evaluate(async (id) => {
      try {
        return (await chrome.tabs.sendMessage(id, { type: 'get-report' })) as Report;
      } catch {
        return null;
      }
    }, tabId);
  }

  /** Opens a fixture page and waits until the content script has read it. */
  async function openArticle(url = ARTICLE): Promise<{ page: Page; tabId: number; report: Report }> {
    const page = await session.context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(url);
    let report: Report | null = null;
    await expect
      .poll(async () => {
        report = await reportOf(tabId);
        return report !== null && !report.reading && (url !== ARTICLE || report.claims.length > 0);
      }, { timeout: 10_000 })
      .toBe(true);
    return { page, tabId, report: report! };
  }

  /** The names of the highlights registered in the page (the registry is the document's, shared by all worlds). */
  const highlights = (page: Page) => page.evaluate(() => [...CSS.highlights.keys()].sort());

  async function openPopup(tabId: number): Promise<Page> {
    const popup = await session.context.newPage();
    await popup.goto(`chrome-extension://${session.extensionId}/popup.html?tab=${tabId}`);
    await popup.locator('main[aria-busy="false"]').waitFor();
    return popup;
  }

  async function openOptions(): Promise<Page> {
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    await options.getByRole('heading', { name: 'ICE Context options' }).waitFor();
    await options.getByLabel('Mark claims about ICE capacity on news pages').waitFor();
    return options;
  }

  async function axeViolations(page: Page): Promise<string[]> {
    // Extension pages forbid inline scripts (CSP), so axe is evaluated through the debugger protocol.
    await page.evaluate(`${AXE}\n;0`);
    const result = await page.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run(): Promise<{ passes: unknown[]; violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
      const r = await axe.run();
      return { passes: r.passes.length, violations: r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`) };
    });
    // Proof that axe ran and checked something.
    expect(result.passes).toBeGreaterThan(5);
    return result.violations;
  }

  it('lists the page’s claims with the counts the content script reports', async () => {
    const { tabId, report } = await openArticle();
    const popup = await openPopup(tabId);
    const n = report.claims.length;
    expect(n).toBeGreaterThan(1);
    await expect.poll(() => popup.getByRole('heading', { level: 2 }).first().innerText()).toBe(`${n} claims about ICE capacity on this page`);
    const counts = await popup.getByRole('list', { name: 'Claims by category' }).locator('li').evaluateAll((lis) =>
      Object.fromEntries(lis.map((li) => [li.getAttribute('data-category'), Number(li.querySelector('strong')?.textContent)])),
    );
    expect(counts).toEqual(report.counts);
    const claims = popup.locator('ol.claims button.claim');
    await expect.poll(() => claims.count()).toBe(n);
    // Each claim has its own "Report this mark", named by the claim's words.
    await expect.poll(() => popup.getByRole('button', { name: /^Report this mark: / }).count()).toBe(n);
    // A known claim of this article, with its quantity emphasised.
    await expect.poll(() => popup.locator('ol.claims strong.quote', { hasText: 'approximately 7,000' }).count()).toBe(1);
    await expect.poll(() => popup.locator('.date time').getAttribute('datetime')).toBe(report.date);
    await expect.poll(() => popup.getByRole('heading', { name: 'ICE at a glance, FY2019' }).count()).toBe(1);
    await expect.poll(() => popup.locator('.glance svg[role=group]').first().getAttribute('aria-label')).toMatch(/FY2019 \(shown\)/);
  });

  it('goes to a chosen claim: the popup closes, the page scrolls to it and opens its card', async () => {
    const { page, tabId, report } = await openArticle();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    const last = report.claims[report.claims.length - 1]!;
    const popup = await openPopup(tabId);
    await Promise.all([popup.waitForEvent('close', { timeout: 5000 }), popup.locator(`ol.claims button[data-index="${last.index}"]`).click()]);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
    await expect.poll(() => page.locator('ice-context-ui [role=dialog]').count()).toBe(1);
    // The focus highlight covers the chosen claim, and that claim is in the viewport.
    const inView = await page.evaluate(() => {
      const h = CSS.highlights.get('ice-context-focus');
      const range = h ? ([...h][0] as Range) : null;
      const r = range?.getBoundingClientRect();
      return { text: range?.toString(), visible: !!r && r.top >= 0 && r.bottom <= innerHeight };
    });
    expect(inView.text).toContain(last.quote);
    expect(inView.visible).toBe(true);
  });

  it('says so on a page without claims', async () => {
    const { tabId, report } = await openArticle(NO_CLAIMS);
    expect(report.claims).toEqual([]);
    const popup = await openPopup(tabId);
    await expect.poll(() => popup.getByText('No claims about ICE capacity found on this page.').count()).toBe(1);
  });

  it('switches the site off and on from the popup, live on the page', async () => {
    const { page, tabId } = await openArticle();
    expect((await highlights(page)).length).toBeGreaterThan(0);
    let popup = await openPopup(tabId);
    const sw = popup.getByRole('switch');
    await expect.poll(() => sw.getAttribute('aria-checked')).toBe('true');
    await sw.click();
    await expect.poll(() => highlights(page)).toEqual([]);
    await expect.poll(storedSettings).toMatchObject({ disabledSites: ['bostonglobe.com'] });
    await expect.poll(() => popup.locator('[data-state=off]').count()).toBe(1);
    await expect.poll(() => popup.getByRole('switch').getAttribute('aria-checked')).toBe('false');
    await popup.close();

    popup = await openPopup(tabId);
    await expect.poll(() => popup.locator('[data-state=off]').innerText()).toMatch(/off on bostonglobe\.com/);
    await popup.getByRole('switch').click();
    await expect.poll(async () => (await highlights(page)).length).toBeGreaterThan(0);
    await expect.poll(() => popup.locator('ol.claims button').count()).toBeGreaterThan(0);
  });

  it('applies each option to an open page without a reload', async () => {
    const { page, report } = await openArticle();
    const options = await openOptions();
    const before = await highlights(page);
    const categories = Object.keys(report.counts);
    expect(before).toEqual(categories.map((c) => `ice-context-underline-${c}`).sort());

    // A category off removes its highlight only.
    const category = categories.includes('goal') ? 'goal' : categories[0]!;
    const label = await options.locator(`label[for="category-${category}"]`).innerText();
    await options.getByLabel(label, { exact: true }).uncheck();
    await expect.poll(() => highlights(page)).toEqual(before.filter((n) => n !== `ice-context-underline-${category}`));
    await options.getByLabel(label, { exact: true }).check();
    await expect.poll(() => highlights(page)).toEqual(before);

    // Style: background, then none (no marks at all).
    await options.getByLabel('Light background').check();
    await expect.poll(() => highlights(page)).toEqual(before.map((n) => n.replace('underline', 'background')));
    await options.getByLabel('No marks').check();
    await expect.poll(() => highlights(page)).toEqual([]);
    await options.getByLabel('Dotted underline').check();
    await expect.poll(() => highlights(page)).toEqual(before);

    // Trigger "click": resting the pointer on a claim does nothing, a click opens its card.
    await options.getByLabel('When I click or tap a claim').check();
    await expect.poll(storedSettings).toMatchObject({ trigger: 'click' });
    const at = await page.evaluate(() => {
      for (const [name, h] of CSS.highlights) {
        if (!name.startsWith('ice-context-underline-')) continue;
        // Not a claim inside a link: clicking that would follow the link.
        const range = ([...h.values()] as Range[]).find((r) => !r.startContainer.parentElement?.closest('a'));
        if (!range) continue;
        range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
        const r = range.getClientRects()[0]!;
        return { x: r.left + Math.min(4, r.width / 2), y: r.top + r.height / 2 };
      }
      throw new Error('no claim highlight: ' + [...CSS.highlights.keys()].join(','));
    });
    await page.mouse.move(at.x, at.y);
    await page.waitForTimeout(700);
    expect(await page.locator('ice-context-ui [role=dialog]').count()).toBe(0);
    await page.mouse.click(at.x, at.y);
    await expect.poll(() => page.locator('ice-context-ui [role=dialog]').count()).toBe(1);
    await options.getByLabel('Show the capacity math in cards').uncheck();
    await expect.poll(storedSettings).toMatchObject({ showMath: false });

    // A site where it is off, typed as an address.
    await options.getByLabel('Add a site where ICE Context is off').fill('https://www.bostonglobe.com/metro/');
    await options.getByRole('button', { name: 'Add' }).first().click();
    await expect.poll(() => highlights(page)).toEqual([]);
    await expect.poll(storedSettings).toMatchObject({ disabledSites: ['bostonglobe.com'] });
    await options.getByRole('button', { name: 'Remove bostonglobe.com' }).click();
    await expect.poll(() => highlights(page)).toEqual(before);

    // Global off and on.
    await options.getByLabel('Mark claims about ICE capacity on news pages').uncheck();
    await expect.poll(() => highlights(page)).toEqual([]);
    await options.getByLabel('Mark claims about ICE capacity on news pages').check();
    await expect.poll(() => highlights(page)).toEqual(before);
  });

  it('refuses a bad site entry with a message and saves nothing', async () => {
    const options = await openOptions();
    await options.getByLabel('Add a site where ICE Context is off').fill('not a site');
    await options.getByRole('button', { name: 'Add' }).first().click();
    await expect.poll(() => options.getByRole('alert').innerText()).toMatch(/not a site name/);
    expect(await storedSettings()).toBeUndefined();
  });

  it('marks the preview with the chosen style', async () => {
    const options = await openOptions();
    await expect.poll(() => highlights(options)).toEqual(['ice-context-underline-removals']);
    await options.getByLabel('Light background').check();
    await expect.poll(() => highlights(options)).toEqual(['ice-context-background-removals']);
    await options.getByLabel('No marks').check();
    await expect.poll(() => highlights(options)).toEqual([]);
  });

  it('refuses a bad import, keeping the settings, and takes a good one', async () => {
    const options = await openOptions();
    await options.getByLabel('Light background').check();
    await expect.poll(storedSettings).toMatchObject({ style: 'background' });
    const saved = await storedSettings();
    const file = options.getByLabel('Import settings from a file');
    await file.setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"ice-context-settings","version":1,"settings":{"style":"blink"}}') });
    // The file is read asynchronously: wait for each message rather than reading the alert at once.
    const alert = () => options.getByRole('alert').innerText();
    await expect.poll(alert).toMatch(/bad\.json was not imported: .*style: expected one of/);
    await file.setInputFiles({ name: 'other.json', mimeType: 'application/json', buffer: Buffer.from('{"theme":"dark"}') });
    await expect.poll(alert).toMatch(/other\.json was not imported: .*not an ICE Context settings file/);
    expect(await storedSettings()).toEqual(saved);
    await expect.poll(() => options.getByLabel('Light background').isChecked()).toBe(true);

    const good = JSON.stringify({ format: 'ice-context-settings', version: 1, settings: { trigger: 'click', style: 'none' } });
    await file.setInputFiles({ name: 'good.json', mimeType: 'application/json', buffer: Buffer.from(good) });
    await expect.poll(storedSettings).toMatchObject({ trigger: 'click', style: 'none' });
    await expect.poll(() => options.getByLabel('No marks').isChecked()).toBe(true);
  });

  it('exports the settings to a file and resets them after confirmation', async () => {
    const options = await openOptions();
    await options.getByLabel('When I click or tap a claim').check();
    await expect.poll(storedSettings).toMatchObject({ trigger: 'click' });
    const [download] = await Promise.all([options.waitForEvent('download'), options.getByRole('button', { name: 'Export settings' }).click()]);
    expect(download.suggestedFilename()).toBe('ice-context-settings.json');
    const text = readFileSync(await download.path(), 'utf8');
    expect(JSON.parse(text)).toMatchObject({ format: 'ice-context-settings', version: 1, settings: { trigger: 'click' } });

    await options.getByRole('button', { name: 'Reset to defaults…' }).click();
    expect(await storedSettings()).toMatchObject({ trigger: 'click' });
    await options.getByRole('button', { name: 'Reset settings' }).click();
    await expect.poll(storedSettings).toMatchObject({ trigger: 'hover' });
    await expect.poll(() => options.getByLabel('When the pointer rests on a claim (tap on touch screens)').isChecked()).toBe(true);
  });

  it('recovers from a corrupt stored value and says so once', async () => {
    await session.worker.evaluate(() => chrome.storage.local.set({ settings: 42 }));
    const options = await openOptions();
    await expect.poll(() => options.getByTestId('recovery-notice').innerText()).toMatch(/not valid \(settings: expected object\).*reset to the defaults/);
    await expect.poll(() => options.getByLabel('Dotted underline').isChecked()).toBe(true);
    expect(await storedSettings()).toMatchObject({ enabled: true, style: 'underline' });
    await options.reload();
    await options.getByLabel('Mark claims about ICE capacity on news pages').waitFor();
    await expect.poll(() => options.getByTestId('recovery-notice').count()).toBe(0);
  });

  it('keeps annotating a page when the stored value turns to garbage', async () => {
    const { page } = await openArticle();
    const before = await highlights(page);
    await session.worker.evaluate(() => chrome.storage.local.set({ settings: 'garbage' }));
    await page.waitForTimeout(300);
    expect(await highlights(page)).toEqual(before);
  });

  /** Tabs through a page: every stop shows a focus outline; returns the stops' descriptions. */
  async function tabThrough(page: Page, max: number): Promise<string[]> {
    const stops: string[] = [];
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      const stop = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        return { what: `${el.tagName.toLowerCase()} ${el.getAttribute('role') ?? ''} ${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 30)}`, outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 };
      });
      if (!stop) break;
      expect(stop.outline, `focus outline on ${stop.what}`).toBe(true);
      stops.push(stop.what);
    }
    return stops;
  }

  it('is operable from the keyboard, with a visible focus at every stop', async () => {
    const { page, tabId, report } = await openArticle();
    const popup = await openPopup(tabId);
    const stops = await tabThrough(popup, 12);
    expect(stops[0]).toMatch(/^button\s+Options/);
    expect(stops[1]).toMatch(/^button switch/);
    expect(stops[2]).toMatch(/^button\s+Removals/);
    expect(stops.length).toBe(12);
    // Enter on the first claim goes to it (the popup closes while the key is still being pressed).
    await popup.locator('ol.claims button').first().focus();
    await Promise.all([popup.waitForEvent('close', { timeout: 5000 }), popup.keyboard.press('Enter').catch(() => undefined)]);
    await expect.poll(() => page.locator('ice-context-ui [role=dialog]').count()).toBe(1);
    expect(report.claims[0]?.category).toBe('removals');

    const options = await openOptions();
    const optionStops = await tabThrough(options, 40);
    expect(optionStops.length).toBeGreaterThan(15);
    // Space toggles the focused checkbox.
    await options.getByLabel('Mark claims about ICE capacity on news pages').focus();
    await options.keyboard.press('Space');
    await expect.poll(storedSettings).toMatchObject({ enabled: false });
  });

  it('reflows without sideways scrolling at 200% zoom (popup 380px, options 640px of CSS width)', async () => {
    const { tabId } = await openArticle();
    const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    const popup = await openPopup(tabId);
    // A 380px popup zoomed to 200% keeps its CSS width and loses half its height.
    await popup.setViewportSize({ width: 380, height: 300 });
    expect(await overflow(popup)).toBeLessThanOrEqual(0);
    const options = await openOptions();
    await options.locator('details.sources summary').click();
    for (const width of [640, 320]) {
      await options.setViewportSize({ width, height: 500 });
      expect(await overflow(options), `options at ${width}px`).toBeLessThanOrEqual(0);
    }
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations in the popup and the options page (${scheme})`, async () => {
      const { tabId } = await openArticle();
      const popup = await openPopup(tabId);
      await popup.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(popup)).toEqual([]);
      const options = await openOptions();
      await options.emulateMedia({ colorScheme: scheme });
      await options.locator('details.sources summary').click();
      await options.locator('details.defaults summary').click();
      expect(await axeViolations(options)).toEqual([]);
    });
  }
});
