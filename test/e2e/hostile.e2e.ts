/**
 * Hostile and strange pages in real Chromium (test/fixtures/hostile): CSS that restyles everything,
 * a page that breaks the DOM and JS built-ins in its own world, huge and deep pages, frames, shadow
 * roots and editors, a page that never stops changing, and a strict Content-Security-Policy. On each:
 * what the extension must still do, and that the page is left alone (no errors of ours, no DOM
 * changes but our one host, responsive).
 */
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser as FirefoxBrowser } from 'puppeteer-core';
import { browserAvailable, chromiumPath, firefoxPath, launchChromium, launchFirefox, NEWS_HOST, type ChromiumSession } from './support/browsers';
import { PAGE_WATCH_SCRIPT, type PageWatch } from './support/page-watch';
import { startFixtureServer, type FixtureServer } from './support/server';

const BASE = `http://${NEWS_HOST}/hostile`;

/** Records CSP violations too: any on these pages would be ours. */
const CSP_WATCH_SCRIPT = `document.addEventListener('securitypolicyviolation', (e) => {
  (window.__cspViolations ??= []).push(e.violatedDirective + ' ' + e.blockedURI);
});`;

interface Watched {
  page: Page;
  /** Console errors and uncaught errors, from any world of the page. */
  problems: string[];
}

const probes = new WeakMap<Page, { cdp: CDPSession; world?: number }>();

/**
 * Evaluates `fn(arg)` in the page over CDP: in a fresh isolated world of the test's own (which sees
 * the DOM and CSS.highlights but none of the page's overridden built-ins), or in the page's main
 * world. Playwright's own evaluate runs helper code in the main world, which overrides.html breaks.
 */
async function probe<T, A = null>(page: Page, fn: (arg: A) => T, arg: A | null = null, world: 'main' | 'isolated' = 'isolated'): Promise<T> {
  let p = probes.get(page);
  if (!p) probes.set(page, (p = { cdp: await page.context().newCDPSession(page) }));
  const params: { expression: string; returnByValue: boolean; awaitPromise: boolean; contextId?: number } = {
    expression: `(${fn.toString()})(${JSON.stringify(arg)})`,
    returnByValue: true,
    awaitPromise: true,
  };
  if (world === 'isolated') {
    if (p.world === undefined) {
      const { frameTree } = await p.cdp.send('Page.getFrameTree');
      p.world = (await p.cdp.send('Page.createIsolatedWorld', { frameId: frameTree.frame.id, worldName: 'hostile-test-probe' })).executionContextId;
    }
    params.contextId = p.world;
  }
  const r = await p.cdp.send('Runtime.evaluate', params);
  if (r.exceptionDetails) throw new Error(`probe failed: ${r.exceptionDetails.exception?.description ?? r.exceptionDetails.text}`);
  return r.result.value as T;
}

/** Every highlighted text by highlight name. */
function highlights(page: Page): Promise<Record<string, string[]>> {
  return probe(page, () => {
    const out: Record<string, string[]> = {};
    for (const [name, h] of CSS.highlights) out[name] = Array.from(h as Iterable<Range>, (r) => r.toString());
    return out;
  });
}

const allMarks = async (page: Page) => Object.values(await highlights(page)).flat();

/** What the page's own observer saw. */
const watchOf = (page: Page) => probe(page, () => (window as unknown as { __pageWatch: PageWatch }).__pageWatch, null, 'main');

/** The open card's computed style and geometry, read inside our shadow root. */
function cardStyle(page: Page) {
  return probe(page, () => {
    const host = document.getElementsByTagName('ice-context-ui')[0];
    const card = host?.shadowRoot?.querySelector('.card') as HTMLElement | null | undefined;
    if (!host || !card) return null;
    const s = getComputedStyle(card);
    const hostStyle = getComputedStyle(host);
    const rect = card.getBoundingClientRect();
    const cx = rect.left + rect.width / 2;
    const cy = rect.top + Math.min(20, rect.height / 2);
    return {
      text: card.textContent ?? '',
      display: s.display,
      visibility: s.visibility,
      position: s.position,
      fontSize: parseFloat(s.fontSize),
      opacity: Number(s.opacity),
      hostOpacity: Number(hostStyle.opacity),
      background: s.backgroundColor,
      color: s.color,
      rect: { left: rect.left, top: rect.top, width: rect.width, height: rect.height },
      inViewport: rect.left >= 0 && rect.top >= 0 && rect.right <= innerWidth && rect.bottom <= innerHeight,
      // Topmost at its own centre: nothing of the page covers it.
      onTop: document.elementFromPoint(cx, cy) === host,
    };
  });
}

/** Computed styles of the restyle page's own elements (evaluated in the page). */
function lookOfRestylePage(): string[] {
  const props = ['display', 'font-size', 'line-height', 'color', 'background-color', 'opacity', 'margin', 'padding', 'border', 'width', 'height', 'position', 'transform'];
  const els = [document.documentElement, document.body, document.querySelector('article'), document.querySelector('h1'), ...['p1', 'p2', 'p3'].map((i) => document.getElementById(i))];
  return els.map((el) => {
    const s = getComputedStyle(el!);
    return `${el!.localName}#${el!.id}: ` + props.map((p) => `${p}=${s.getPropertyValue(p)}`).join(' ');
  });
}

/** Opaque: rgb(), or rgba() with alpha 1. */
const isOpaque = (color: string) => /^rgb\(/.test(color) || /^rgba\(.*,\s*1\)$/.test(color);

/**
 * Milliseconds a trivial evaluate takes in the page's main world: printed, never compared with a
 * threshold (speed targets live in `npm run bench`). That it returns at all is the check.
 */
async function pingMs(page: Page): Promise<number> {
  const t0 = Date.now();
  await probe(page, () => 1, null, 'main');
  return Date.now() - t0;
}

describe.runIf(browserAvailable('Chromium', chromiumPath))('hostile pages in Chromium', () => {
  let server: FixtureServer;
  let session: ChromiumSession;
  /** The same Chromium without the extension, for "the page looks the same" comparisons. */
  let plain: Browser;

  beforeAll(async () => {
    server = await startFixtureServer();
    session = await launchChromium(server.port);
    await session.context.addInitScript(PAGE_WATCH_SCRIPT);
    await session.context.addInitScript(CSP_WATCH_SCRIPT);
    plain = await chromium.launch({
      executablePath: chromiumPath!,
      headless: true,
      args: [`--host-resolver-rules=MAP ${NEWS_HOST} 127.0.0.1:${server.port}`, '--no-sandbox', '--disable-gpu'],
    });
  });
  afterAll(async () => {
    await plain?.close();
    await session?.close();
    await server?.close();
  });

  async function open(url: string): Promise<Watched> {
    const page = await session.context.newPage();
    const problems: string[] = [];
    page.on('console', (m) => {
      // The fixture server has no favicon; the browser's own request for it is not ours.
      if (m.location().url.endsWith('/favicon.ico')) return;
      if (m.type() === 'error' || m.type() === 'warning') problems.push(`console.${m.type()}: ${m.text()} (${m.location().url})`);
    });
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    await page.goto(url);
    return { page, problems };
  }

  /** Opens the card of the first claim, as the keyboard command does. */
  async function openFirstCard(page: Page): Promise<void> {
    const url = page.url();
    await session.worker.evaluate(async (u) => {
      const tab = (await chrome.tabs.query({})).find((t) => t.url === u);
      await chrome.tabs.sendMessage(tab!.id!, { type: 'step-claim', direction: 1 });
    }, url);
    await expect.poll(async () => (await cardStyle(page))?.text ?? '', { timeout: 10_000 }).toMatch(/official|figure|source/i);
  }

  /** The checks every hostile page must pass: no errors, no DOM changes but our host, responsive. */
  async function assertLeftAlone({ page, problems }: Watched, opts: { allowLog?: (e: PageWatch['log'][number]) => boolean } = {}) {
    const watch = await watchOf(page);
    const foreign = watch.log.filter((e) => !(opts.allowLog?.(e) ?? false));
    expect(foreign, 'page DOM changed by us').toEqual([]);
    expect(watch.errors, 'page errors').toEqual([]);
    expect(await probe(page, () => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [], null, 'main')).toEqual([]);
    expect(problems, 'console errors').toEqual([]);
    // The tab still answers.
    expect(await probe(page, () => 1, null, 'main')).toBe(1);
    // Our one host, and nothing else, was added.
    expect(await probe(page, () => document.getElementsByTagName('ice-context-ui').length)).toBeLessThanOrEqual(1);
  }

  it('malformed messages from an extension page to the background and to a content script change nothing', async () => {
    const w = await open(`http://${NEWS_HOST}/pages/seed-000-ice-7000-deportations.html`);
    const { page } = w;
    await expect.poll(async () => (await allMarks(page)).length, { timeout: 10_000 }).toBeGreaterThan(5);
    const marksBefore = await allMarks(page);
    const tabId = await session.worker.evaluate(async (u) => (await chrome.tabs.query({})).find((t) => t.url === u)!.id!, page.url());
    const badge = () => session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    await expect.poll(badge).toBe(String(marksBefore.length));
    const options = await session.context.newPage();
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const answers = await options.evaluate(async (id) => {
      const garbage: unknown[] = [
        null, 42, 'get-report', [], {}, { type: 'nope' }, { type: 'get-context' }, { type: 'get-context', claim: {}, articleDate: 'yesterday', others: [] },
        { type: 'page-report', report: { claims: 'x'.repeat(1_000_000) } },
        // A valid report, but not from a tab: it must not reach any badge.
        { type: 'page-report', report: { url: 'x', date: null, enabled: true, counts: {}, claims: [] } },
        { type: 'show-claim', index: 1e9 }, { type: 'show-claim', index: -1 }, { type: 'show-claim', index: '0' }, { type: 'step-claim', direction: 0 },
        { type: 'get-report', extra: true }, { type: 'load-card' }, { type: 'get-page-settings', url: 'https://evil.example/' },
        { __proto__: { type: 'get-report' } }, JSON.parse('{"type":"get-report","__proto__":{"x":1}}') as unknown,
      ];
      const out: string[] = [];
      for (const m of garbage) {
        const toBackground = await chrome.runtime.sendMessage(m).then((r: unknown) => JSON.stringify(r) ?? 'undefined', (e: Error) => `error: ${e.message}`);
        const toContent = await chrome.tabs.sendMessage(id, m).then((r: unknown) => JSON.stringify(r) ?? 'undefined', (e: Error) => `error: ${e.message}`);
        out.push(`${JSON.stringify(m)?.slice(0, 60)} -> background ${toBackground}; content ${toContent}`);
      }
      return out;
    }, tabId);
    // Nothing answered anything but "no" (undefined, or false for a claim index that does not exist).
    console.log(answers.join("\n"));
    for (const a of answers) expect(a).toMatch(/-> background (undefined|null|error: [^;]*); content (undefined|null|false|error: .*)$/);
    expect(answers.some((a) => a.includes('show-claim') && a.endsWith('content false'))).toBe(true);
    // The page, its marks and its badge are as they were, and the content script still answers.
    expect(await allMarks(page)).toEqual(marksBefore);
    expect(await badge()).toBe(String(marksBefore.length));
    const report = await session.worker.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'get-report' }) as Promise<{ claims: unknown[] }>, tabId);
    expect(report.claims).toHaveLength(marksBefore.length);
    await options.close();
    await assertLeftAlone(w);
    await page.close();
  });

  it('CSS that restyles everything: the card stays readable, the page looks the same', async () => {
    const w = await open(`${BASE}/restyle.html`);
    const { page } = w;
    await expect.poll(() => allMarks(page), { timeout: 10_000 }).toContain('approximately 7,000');
    // The claim inside a div the page hides with `display: none !important` is not marked.
    expect(await allMarks(page)).not.toContain('more than 61,000');

    // The page's look with the extension (highlights painted, card not yet open) and without it.
    const look = () => page.evaluate(lookOfRestylePage);
    const withExtension = await look();
    await openFirstCard(page);
    const style = (await cardStyle(page))!;
    expect(style.display).not.toBe('none');
    expect(style.visibility).toBe('visible');
    expect(style.position).toBe('fixed');
    expect(style.fontSize).toBeGreaterThanOrEqual(12);
    expect(style.opacity).toBe(1);
    expect(style.hostOpacity).toBe(1);
    expect(isOpaque(style.background), style.background).toBe(true);
    expect(style.color).not.toBe(style.background);
    expect(style.rect.width).toBeGreaterThan(150);
    expect(style.rect.height).toBeGreaterThan(40);
    expect(style.inViewport).toBe(true);
    expect(style.onTop).toBe(true);
    const withCardOpen = await look();

    const other = await plain.newPage({ viewport: { width: 1200, height: 900 } });
    await other.goto(`${BASE}/restyle.html`);
    const without = await other.evaluate(lookOfRestylePage);
    await other.close();
    expect(withExtension).toEqual(without);
    expect(withCardOpen).toEqual(without);
    await assertLeftAlone(w);
    await page.close();
  });

  it('a page that breaks Range, Node, Array, attachShadow, TreeWalker, MutationObserver, JSON.parse in its world: we still work, its overrides stand', async () => {
    const w = await open(`${BASE}/overrides.html`);
    const { page } = w;
    await expect.poll(() => allMarks(page), { timeout: 10_000 }).toEqual(expect.arrayContaining(['approximately 7,000', 'fewer than 6,000', 'about 1,200']));
    await openFirstCard(page);
    // The card's UI (Preact, Floating UI) runs in our world too: it is placed and on top.
    const style = (await cardStyle(page))!;
    expect(style.position).toBe('fixed');
    expect(style.onTop).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await cardStyle(page))?.text ?? '').toBe('');
    // Hover still works: caret hit-testing happens in our world.
    const point = await probe(page, () => {
      for (const [, hl] of CSS.highlights)
        for (const r of hl as Iterable<Range>)
          if (r.toString() === 'fewer than 6,000') {
            const box = r.getClientRects()[0]!;
            return { x: box.left + 6, y: box.top + box.height / 2 };
          }
      return null;
    });
    expect(point).not.toBeNull();
    await page.mouse.move(point!.x, point!.y);
    await expect.poll(async () => (await cardStyle(page))?.text ?? '', { timeout: 5000 }).toMatch(/6,000/);
    const stillStands = await probe(
      page,
      () => {
      const h = (window as unknown as { __hostile: { overridden: Record<string, [Record<string, unknown>, string, unknown]> } }).__hostile;
      const out: string[] = [];
      for (const label in h.overridden) {
        const [obj, key, fn] = h.overridden[label]!;
        if (obj[key] !== fn) out.push(label);
      }
      return { changed: out, total: Object.getOwnPropertyNames(h.overridden).length };
      },
      null,
      'main',
    );
    expect(stillStands.total).toBeGreaterThan(40);
    expect(stillStands.changed).toEqual([]);
    await assertLeftAlone(w);
    await page.close();
  });

  for (const [kind, what] of [
    ['nodes', '100,000 text nodes'],
    ['deep', 'nesting 5,000 deep'],
    ['bigtext', 'one 5 MB text node'],
  ] as const) {
    it(`${what}: both ends of the page are read, the tab keeps answering while we work`, async () => {
      const t0 = Date.now();
      const w = await open(`${BASE}/huge.html?kind=${kind}`);
      const { page } = w;
      // Responsive while the extension works (it starts at document_idle, right after load).
      const pings: number[] = [];
      const until = Date.now() + 1500;
      while (Date.now() < until) pings.push(await pingMs(page));
      await expect.poll(() => allMarks(page), { timeout: 30_000 }).toEqual(expect.arrayContaining(['approximately 7,000', 'fewer than 6,000']));
      const ms = Date.now() - t0;
      console.log(`[hostile] ${what}: highlights after ${ms} ms (load included); slowest ping ${Math.max(...pings)} ms`);
      // Every ping came back while the scan ran (the scan runs in slices; how long the slowest took
      // is printed above and measured by `npm run bench`'s 1 MB page, not asserted: on this shared
      // machine one took 2.4 s under a load average of 12). assertLeftAlone checks the tab answers after.
      await openFirstCard(page);
      await assertLeftAlone(w);
      await page.close();
    });
  }

  it('frames, shadow roots and editors: only the top document’s own text is read; editors never', async () => {
    const w = await open(`${BASE}/frames.html`);
    const { page } = w;
    await expect.poll(() => allMarks(page), { timeout: 10_000 }).toContain('approximately 7,000');
    await page.waitForTimeout(500);
    const marks = await allMarks(page);
    // The content script runs in the top frame only; iframes (same-origin or srcdoc) are not read.
    const frameMarks = await Promise.all(
      page.frames().filter((f) => f !== page.mainFrame()).map((f) => f.evaluate(() => [...CSS.highlights.keys()].length)),
    );
    expect(frameMarks).toEqual([0, 0]);
    expect(marks).not.toContain('fewer than 6,000');
    // Shadow trees are not walked: the claim in the open shadow root is not marked.
    expect(marks).not.toContain('more than 59,000');
    // Editors are never annotated: no highlight range starts or ends inside a contenteditable or a textarea.
    expect(marks).not.toContain('more than 61,000');
    expect(marks).not.toContain('about 1,500');
    expect(marks).not.toContain('approximately 9,000');
    const inEditable = await page.evaluate(() => {
      let n = 0;
      for (const [, h] of CSS.highlights)
        for (const r of h as Iterable<Range>) {
          const el = r.startContainer.parentElement;
          if (el?.closest('[contenteditable]:not([contenteditable=false]), textarea')) n++;
        }
      return n;
    });
    expect(inEditable).toBe(0);
    // The plain paragraph after the editors is marked (the same words as the plaintext-only editor).
    expect(marks.filter((m) => m === 'about 1,200')).toHaveLength(1);
    const tail = await page.evaluate(() => {
      for (const [, h] of CSS.highlights) for (const r of h as Iterable<Range>) if (r.toString() === 'about 1,200') return r.startContainer.parentElement?.id;
      return null;
    });
    expect(tail).toBe('tail');
    // Typing in an editor changes nothing of ours, and a claim typed there is not marked.
    await page.click('#editor');
    await page.keyboard.type(' Agents made about 1,800 arrests a day in May.');
    await page.waitForTimeout(1500);
    expect(await allMarks(page)).not.toContain('about 1,800');
    await assertLeftAlone(w, { allowLog: (e) => e.type === 'characterData' || (e.type === 'childList' && e.target === 'P') });
    await page.close();
  });

  it('a page that adds text every 10 ms: new claims are marked, the tab keeps answering (CPU figures printed)', async () => {
    const SECONDS = 12;
    const url = `${BASE}/ticker.html?for=${SECONDS * 1000}`;
    const NAMES = ['TaskDuration', 'ScriptDuration', 'RecalcStyleDuration', 'LayoutDuration'];
    const taskSeconds = async (page: Page) => {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      const read = async () => {
        const m = (await cdp.send('Performance.getMetrics')).metrics;
        return NAMES.map((n) => m.find((x) => x.name === n)?.value ?? 0);
      };
      const t0 = Date.now();
      const a = await read();
      await page.waitForTimeout(SECONDS * 1000);
      const b = await read();
      const d = b.map((v, i) => v - a[i]!);
      return { task: d[0]!, script: d[1]!, parts: NAMES.map((n, i) => `${n.replace('Duration', '')} ${d[i]!.toFixed(2)}`).join(', '), wall: (Date.now() - t0) / 1000 };
    };
    const w = await open(url);
    const withExt = await taskSeconds(w.page);
    const marks = await allMarks(w.page);
    const ticks = await probe(w.page, () => (window as unknown as { __ticks: () => number }).__ticks(), null, 'main');
    const ping = await pingMs(w.page);

    const other = await plain.newPage({ viewport: { width: 1200, height: 900 } });
    await other.goto(url);
    const base = await taskSeconds(other);
    await other.close();

    const added = (withExt.task - base.task) / withExt.wall;
    console.log(
      `[hostile] ticker ${SECONDS} s, ${ticks} appends: renderer task time ${withExt.task.toFixed(2)} s with the extension, ${base.task.toFixed(2)} s without; added ${(added * 100).toFixed(1)}% of wall time; ping ${ping} ms\n  with: ${withExt.parts}\n  without: ${base.parts}`,
    );
    // Printed, not asserted (speed lives in `npm run bench`, whose live page measures the same): seen
    // 7-22% added, nearly all of it Chromium maintaining and painting ~450 highlight ranges on a page
    // that changes every 10 ms (README, Reliability); our own script time 1-3%.
    // Claims in appended paragraphs are marked (one per update line with a claim, plus the first paragraph).
    expect(marks.filter((m) => m === 'about 1,200').length).toBeGreaterThan(10);
    await assertLeftAlone(w, { allowLog: (e) => e.type === 'childList' && (e.target === 'ARTICLE' || e.target === 'P') && e.removed.length === 0 });
    await w.page.close();
  });

  it("a strict Content-Security-Policy (default-src 'none'; style-src 'self'): highlights and the card still work", async () => {
    const csp = "default-src 'none'; style-src 'self'";
    const w = await open(`${BASE}/csp.html?csp=${encodeURIComponent(csp)}`);
    const { page } = w;
    await expect.poll(() => allMarks(page), { timeout: 10_000 }).toEqual(expect.arrayContaining(['approximately 7,000', 'fewer than 6,000']));
    // The highlight rules (the manifest's content CSS) apply despite the policy.
    const underline = await page.evaluate(() => {
      const p = document.querySelector('p')!;
      const probe = getComputedStyle(p, '::highlight(ice-context-underline-removals)');
      return probe.textDecorationLine;
    });
    expect(underline).toContain('underline');
    await openFirstCard(page);
    const style = (await cardStyle(page))!;
    // The card's own stylesheet (in our shadow root) applied: fixed, 14px, opaque.
    expect(style.position).toBe('fixed');
    expect(style.fontSize).toBeGreaterThanOrEqual(12);
    expect(isOpaque(style.background)).toBe(true);
    expect(style.onTop).toBe(true);
    await assertLeftAlone(w);
    await page.close();
  });
});

describe.runIf(browserAvailable('Firefox', firefoxPath))('hostile pages in Firefox (card styles)', () => {
  let server: FixtureServer;
  let firefox: FirefoxBrowser;

  beforeAll(async () => {
    server = await startFixtureServer();
    firefox = await launchFirefox(server.port);
  });
  afterAll(async () => {
    await firefox?.close();
    await server?.close();
  });

  // Firefox long applied a page's CSP to styles that content scripts insert; the card's stylesheet is
  // a <style> in our shadow root, so a strict policy and a page restyling everything are checked here too.
  for (const [name, path] of [
    ['a strict Content-Security-Policy', `csp.html?csp=${encodeURIComponent("default-src 'none'; style-src 'self'")}`],
    ['CSS that restyles everything', 'restyle.html'],
  ] as const) {
    it(`${name}: the card opens on hover, styled, and the page is untouched`, async () => {
      const page = await firefox.newPage();
      await page.evaluateOnNewDocument(PAGE_WATCH_SCRIPT);
      await page.goto(`${BASE}/${path}`);
      const pointOf = () =>
        page.evaluate(() => {
          for (const h of CSS.highlights.values())
            for (const r of h as unknown as Iterable<Range>)
              if (r.toString() === 'approximately 7,000') {
                (r.startContainer.parentElement as Element).scrollIntoView({ block: 'center' });
                const b = r.getClientRects()[0]!;
                return { x: b.left + 8, y: b.top + b.height / 2 };
              }
          return null;
        });
      await expect.poll(pointOf, { timeout: 10_000 }).not.toBeNull();
      const point = (await pointOf())!;
      await page.mouse.move(point.x, point.y);
      const style = () =>
        page.evaluate(() => {
          const card = document.getElementsByTagName('ice-context-ui')[0]?.shadowRoot?.querySelector('.card') as HTMLElement | null | undefined;
          if (!card) return null;
          const s = getComputedStyle(card);
          const r = card.getBoundingClientRect();
          return { position: s.position, fontSize: parseFloat(s.fontSize), background: s.backgroundColor, visibility: s.visibility, width: r.width, text: card.textContent ?? '' };
        });
      await expect.poll(async () => (await style())?.text ?? '', { timeout: 10_000 }).toMatch(/FY20\d\d/);
      const st = (await style())!;
      expect(st.position).toBe('fixed');
      expect(st.fontSize).toBeGreaterThanOrEqual(12);
      expect(st.visibility).toBe('visible');
      expect(isOpaque(st.background), st.background).toBe(true);
      expect(st.width).toBeGreaterThan(150);
      const watch = (await page.evaluate(() => (window as unknown as { __pageWatch: PageWatch }).__pageWatch)) as PageWatch;
      expect(watch.log).toEqual([]);
      expect(watch.errors).toEqual([]);
      await page.close();
    });
  }
});
