/**
 * The built extension on saved real news pages, in real Chromium (not run by CI; see
 * .notes/realpages-chromium.md for findings).
 *
 * Each saved page is served from 127.0.0.1 under a listed news host (every other request is aborted,
 * so the page runs offline), loaded once with the extension and once without, and the script records:
 * errors that appear only with the extension, the claims of the report (waiting until `reading` is
 * false) and where each marked claim sits (inside the article's ground-truth text or not), layout
 * shifts (document height and the first paragraphs' boxes, with vs without), whether a card opens on
 * the first claim (the step-claim message) with text in it, and the time to the finished report.
 *
 *   npm run build && npx tsx scripts/real-pages.ts [--root /tmp/realpages] [--set imm|sample|all]
 *     [--js on|off|both] [--hybrid N] [--only substring] [--out file.json] [--ext .output/chrome-mv3]
 *
 * --js off serves pages with `Content-Security-Policy: script-src 'none'` (the page's scripts do not
 * run; our content script is not subject to the page's policy). --hybrid N also writes N hybrid pages:
 * a saved page whose article paragraphs are replaced by real ICE reporting (/tmp/realeval), so the
 * real page furniture, styles and structure meet real claims; expected claims come from the detector
 * run on the inserted text alone, so a miss is text the page reader did not read.
 *
 * Saved set (ROOT): pages/<name>/{source,expected}.html (readability tests), aeb/<hash>.html and
 * aeb/ground-truth.json (article-extraction-benchmark), traf/*.html and traf/evaldata.json
 * (trafilatura's eval set: strings that must / must not be in the article).
 *
 * Latest figures (24 Nov 2026, details in .notes/realpages-chromium.md): 82 saved pages (34 mentioning
 * immigration, 48 others), JS on and off: 0 errors of ours, 0 hangs, 0 layout shifts from highlights,
 * 0 claims outside the article, cards open on 7/7 pages with claims, report in ~0.35 s median (max 2 s).
 * 70 hybrid pages with ICE sentences planted outside the article: marks there 273 -> 174 (outside the
 * article's box 228 -> 129) after the headline-card and name rules in lib/page/exclude.ts; opening a
 * card no longer makes the page 1 px longer (65 -> 1 of 70 pages); article claims 412 kept, 0 lost.
 */
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { detectClaims, topicOf } from '../lib/detect';
import { QUIET_CHROMIUM_ARGS } from './chromium-args';

const args = process.argv.slice(2);
const opt = (name: string, fallback: string | null = null): string | null => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const ROOT = opt('--root', '/tmp/realpages')!;
const EVAL = opt('--eval', '/tmp/realeval/paragraphs-all.jsonl')!;
const SET = opt('--set', 'imm')!;
const JS = opt('--js', 'both')!;
const ONLY = opt('--only');
const OUT = opt('--out', '/tmp/real-pages-result.json')!;
const HYBRID = Number(opt('--hybrid', '0'));
const SAMPLE = Number(opt('--sample', '50'));
/** Where to write the hybrid pages, to open them by hand. */
const SAVE_HYBRID = opt('--save-hybrid');
const ARTICLE = opt('--article');
/** Also plant ICE headlines in links and paragraphs outside the article of each hybrid page. */
const TEASERS = args.includes('--teasers');
const EXT = resolve(opt('--ext', join(import.meta.dirname, '../.output/chrome-mv3'))!);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const HOST = 'www.bostonglobe.com';
const REPORT_TIMEOUT_MS = 20_000;

interface Truth {
  /** The article's text, where the set has it whole. */
  text: string | null;
  /** Strings that must not be in the article (trafilatura's set, or teasers planted outside it). */
  without: string[];
}

interface SavedPage {
  id: string;
  file: string;
  truth: Truth;
}

const norm = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[\u00ad\u200b]/g, '')
    .replace(/[’‘]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
const words = (s: string) => norm(s).match(/[\p{L}\p{N}]+/gu) ?? [];
const grams = (w: string[], n = 4) => {
  const out: string[] = [];
  for (let i = 0; i + n <= w.length; i++) out.push(w.slice(i, i + n).join(' '));
  return out;
};
const htmlText = (html: string) =>
  html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<\/?(p|div|li|h\d|br|tr|td|blockquote|section|article|figcaption)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&rsquo;|&#8217;/g, "'")
    .replace(/&quot;|&ldquo;|&rdquo;/g, '"');

function listPages(): SavedPage[] {
  const out: SavedPage[] = [];
  const rb = join(ROOT, 'pages');
  if (existsSync(rb))
    for (const name of readdirSync(rb).sort()) {
      const src = join(rb, name, 'source.html');
      if (!existsSync(src) || readFileSync(src).length < 9000) continue;
      const exp = join(rb, name, 'expected.html');
      out.push({ id: `rb/${name}`, file: src, truth: { text: existsSync(exp) ? htmlText(readFileSync(exp, 'utf8')) : null, without: [] } });
    }
  const aebTruth = join(ROOT, 'aeb/ground-truth.json');
  if (existsSync(aebTruth)) {
    const truth = JSON.parse(readFileSync(aebTruth, 'utf8')) as Record<string, { articleBody: string }>;
    for (const [hash, t] of Object.entries(truth)) {
      const file = join(ROOT, 'aeb', `${hash}.html`);
      if (existsSync(file)) out.push({ id: `aeb/${hash.slice(0, 10)}`, file, truth: { text: t.articleBody, without: [] } });
    }
  }
  const trafData = join(ROOT, 'traf/evaldata.json');
  if (existsSync(trafData)) {
    const data = JSON.parse(readFileSync(trafData, 'utf8')) as Record<string, { file: string; without: string[] }>;
    for (const v of Object.values(data)) {
      const file = join(ROOT, 'traf', v.file);
      if (existsSync(file)) out.push({ id: `traf/${v.file.replace(/\.html$/, '')}`, file, truth: { text: null, without: v.without } });
    }
  }
  return out;
}

const IMMIGRATION = /[Ii]mmigration|[Dd]eportation|\bICE\b|Border Patrol|[Aa]sylum|[Uu]ndocumented|[Mm]igrants/g;

/** Pages that mention immigration twice or more, and a fixed sample of the rest. */
function choosePages(all: SavedPage[]): SavedPage[] {
  const mentions = (p: SavedPage) => (readFileSync(p.file, 'latin1').match(IMMIGRATION) ?? []).length;
  const imm = all.filter((p) => mentions(p) >= 2);
  if (SET === 'imm') return imm;
  if (SET === 'none') return [];
  if (SET === 'all') return all;
  const rest = all.filter((p) => !imm.includes(p));
  // A stable spread across the sets: every k-th page.
  const step = Math.max(1, Math.floor(rest.length / SAMPLE));
  const sample = rest.filter((_, i) => i % step === 0).slice(0, SAMPLE);
  return SET === 'sample' ? sample : [...imm, ...sample];
}

// ---------------------------------------------------------------------------------------------
// Serving

const files = new Map<string, { body: Buffer }>();
let server: ReturnType<typeof createServer>;
let port = 0;

async function startServer(): Promise<void> {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const entry = files.get(url.pathname);
    if (!entry) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const headers: Record<string, string> = { 'content-type': 'text/html' };
    if (url.searchParams.get('js') === 'off') headers['content-security-policy'] = "script-src 'none'";
    res.writeHead(200, headers).end(entry.body);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const a = server.address();
  if (!a || typeof a === 'string') throw new Error('no port');
  port = a.port;
}

// ---------------------------------------------------------------------------------------------
// Browsers

interface Session {
  context: BrowserContext;
  worker: Worker | null;
  close(): Promise<void>;
}

async function launch(withExtension: boolean): Promise<Session> {
  const dir = mkdtempSync(join(tmpdir(), 'real-pages-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreDefaultArgs: withExtension ? ['--disable-extensions'] : [],
    viewport: { width: 1200, height: 900 },
    args: [
      ...(withExtension ? [`--disable-extensions-except=${EXT}`, `--load-extension=${EXT}`] : []),
      `--host-resolver-rules=MAP ${HOST} 127.0.0.1:${port}`,
      ...QUIET_CHROMIUM_ARGS,
    ],
  });
  // Offline: only the page itself is served; every other request fails at once.
  await context.route('**/*', (route) => {
    const u = new URL(route.request().url());
    if (u.host === HOST && files.has(u.pathname)) return route.continue();
    return route.abort();
  });
  const worker = withExtension ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }))) : null;
  return {
    context,
    worker,
    close: async () => {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

interface Report {
  reading: boolean;
  enabled: boolean;
  claims: { index: number; category: string; quote: string; snippet: string }[];
}

async function askTab<T>(worker: Worker, url: string, message: unknown): Promise<T | null> {
  return worker
    .evaluate(
      async ({ url, message }) => {
        const [tab] = await chrome.tabs.query({ url });
        if (!tab?.id) return null;
        try {
          return (await chrome.tabs.sendMessage(tab.id, message)) as unknown;
        } catch {
          return null;
        }
      },
      { url, message },
    )
    .catch(() => null) as Promise<T | null>;
}

interface Layout {
  height: number;
  boxes: { top: number; left: number; width: number; height: number }[];
}

/** Document height and the boxes of the first paragraphs of 40+ characters. */
function layoutOf(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const boxes = [...document.querySelectorAll('p')]
      // Rendered ones only: a hidden paragraph's box is all zeros, wherever the page is scrolled.
      // Not in a fixed or sticky box (a cookie notice) either: those move with every scroll.
      .filter((p) => {
        if ((p.textContent ?? '').trim().length < 40 || p.getClientRects().length === 0) return false;
        for (let a: Element | null = p; a; a = a.parentElement) if (/fixed|sticky/.test(getComputedStyle(a).position)) return false;
        return true;
      })
      .slice(0, 8)
      .map((p) => {
        const r = p.getBoundingClientRect();
        return { top: Math.round(r.top + scrollY), left: Math.round(r.left + scrollX), width: Math.round(r.width), height: Math.round(r.height) };
      });
    return { height: document.documentElement.scrollHeight, boxes };
  });
}

/** Indexes of the paragraphs whose box moved or changed size by more than a pixel. */
function shiftedBoxes(before: Layout, after: Layout): number[] {
  const shifted: number[] = [];
  after.boxes.forEach((b, i) => {
    const o = before.boxes[i];
    if (!o || Math.abs(o.top - b.top) > 1 || Math.abs(o.height - b.height) > 1 || Math.abs(o.width - b.width) > 1 || Math.abs(o.left - b.left) > 1) shifted.push(i);
  });
  return shifted;
}

interface Mark {
  text: string;
  highlight: string;
  /** The text of the nearest block around the mark. */
  block: string;
  /** Tag.class chain from the block up to <body>. */
  path: string;
  rendered: boolean;
  /** Inside the container of the article's paragraphs (hybrid pages only). */
  inArticleBox: boolean;
}

function marksOf(page: Page): Promise<Mark[]> {
  return page.evaluate(() => {
    const BLOCK = /^(p|li|h[1-6]|blockquote|td|th|dd|dt|figcaption|div|section|article|pre|header|footer|aside|main|body)$/;
    const out: { text: string; highlight: string; block: string; path: string; rendered: boolean; inArticleBox: boolean; order: Range }[] = [];
    for (const [name, h] of CSS.highlights) {
      if (name === 'ice-context-focus') continue;
      for (const r of h as Iterable<Range>) {
        let el = r.startContainer.parentElement;
        while (el && !BLOCK.test(el.localName)) el = el.parentElement;
        const path: string[] = [];
        for (let a: Element | null = el; a && a.localName !== 'html'; a = a.parentElement) {
          const cls = (a.getAttribute('class') ?? '').trim().split(/\s+/).slice(0, 2).join('.');
          path.push(a.localName + (a.id ? `#${a.id}` : '') + (cls ? `.${cls}` : ''));
        }
        const rect = r.getBoundingClientRect();
        out.push({
          text: r.toString(),
          highlight: name.replace('ice-context-', ''),
          block: (el?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 600),
          path: path.slice(0, 8).join(' < '),
          rendered: rect.width > 0 && rect.height > 0,
          inArticleBox: r.startContainer.parentElement?.closest('[data-rp-article]') != null,
          order: r,
        });
      }
    }
    out.sort((a, b) => a.order.compareBoundaryPoints(Range.START_TO_START, b.order));
    return out.map(({ order: _o, ...rest }) => rest);
  });
}

const cardText = (page: Page) =>
  page.evaluate(() => document.querySelector('ice-context-ui')?.shadowRoot?.querySelector('[role=dialog]')?.textContent ?? null);

interface Run {
  id: string;
  js: 'on' | 'off';
  hybrid: boolean;
  loadError: string | null;
  /** The page's own script left for another address (a paywall or ad-recovery redirect). */
  navigatedAway: string | null;
  reportMs: number | null;
  reportTimedOut: boolean;
  enabled: boolean | null;
  claims: { category: string; quote: string; snippet: string }[];
  marks: (Mark & { where: 'main' | 'furniture' | 'unknown' })[];
  expected: string[];
  missed: string[];
  ourErrors: string[];
  pageErrorsWith: number;
  pageErrorsWithout: number;
  layout: { heightWith: number; heightWithout: number; shifted: number[] } | null;
  card: { opened: boolean; chars: number; hasFigure: boolean; ms: number; shifted: number[]; heightAfter: number; text: string } | null;
}

/** Whether a mark's block lies in the article: its words found in the ground truth. */
function whereIs(mark: Mark, truth: Truth): 'main' | 'furniture' | 'unknown' {
  const block = norm(mark.block);
  if (truth.without.some((w) => w.length >= 12 && block.includes(norm(w)))) return 'furniture';
  if (truth.text === null) return 'unknown';
  const t = norm(truth.text);
  const g = grams(words(mark.block));
  if (g.length === 0) return t.includes(norm(mark.text)) ? 'main' : 'furniture';
  const tg = new Set(grams(words(truth.text)));
  const hit = g.filter((x) => tg.has(x)).length / g.length;
  return hit >= 0.5 ? 'main' : 'furniture';
}

/** The claims the detector finds in the article's text alone (what a perfect reader would give it). */
function expectedClaims(truth: Truth): string[] {
  if (!truth.text) return [];
  const text = truth.text.replace(/\n\s*/g, '\n\n');
  return detectClaims(text, { topic: topicOf(text) }).map((c) => c.quote);
}

function errorCollector(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${String(e.message).slice(0, 200)}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text().slice(0, 200)}`);
  });
  return errors;
}

/** Error lines without what varies between loads (numbers, addresses). */
const errorKey = (e: string) => e.replace(/\d+/g, 'N').replace(/https?:\/\/\S+/g, 'URL');

async function runPage(ext: Session, plain: Session, page: SavedPage, js: 'on' | 'off', hybrid: boolean, truth: Truth): Promise<Run> {
  const path = `/p/${files.size}.html`;
  files.set(path, { body: readFileSync(page.file) });
  return runPath(ext, plain, page.id, path, js, hybrid, truth);
}

async function runPath(ext: Session, plain: Session, id: string, path: string, js: 'on' | 'off', hybrid: boolean, truth: Truth): Promise<Run> {
  const url = `http://${HOST}${path}?js=${js}`;
  const run: Run = {
    id,
    js,
    hybrid,
    loadError: null,
    navigatedAway: null,
    reportMs: null,
    reportTimedOut: false,
    enabled: null,
    claims: [],
    marks: [],
    expected: expectedClaims(truth),
    missed: [],
    ourErrors: [],
    pageErrorsWith: 0,
    pageErrorsWithout: 0,
    layout: null,
    card: null,
  };
  // Without the extension first: the page's own errors and layout.
  const p0 = await plain.context.newPage();
  const errorsWithout = errorCollector(p0);
  let layoutWithout: Layout | null = null;
  try {
    await p0.goto(url, { waitUntil: 'load', timeout: 30_000 });
    await p0.waitForTimeout(1500);
    layoutWithout = await layoutOf(p0);
  } catch (e) {
    run.loadError = `without: ${String(e).slice(0, 120)}`;
  }
  await p0.close();

  const p1 = await ext.context.newPage();
  const errorsWith = errorCollector(p1);
  p1.on('framenavigated', (f) => {
    if (f === p1.mainFrame() && f.url() !== url) run.navigatedAway = f.url();
  });
  const t0 = Date.now();
  try {
    await p1.goto(url, { waitUntil: 'load', timeout: 30_000 });
    let report: Report | null = null;
    while (Date.now() - t0 < REPORT_TIMEOUT_MS) {
      report = await askTab<Report>(ext.worker!, url, { type: 'get-report' });
      if (report && !report.reading) break;
      await p1.waitForTimeout(100);
    }
    if (report && !report.reading) run.reportMs = Date.now() - t0;
    else run.reportTimedOut = run.navigatedAway === null;
    run.enabled = report?.enabled ?? null;
    run.claims = (report?.claims ?? []).map(({ category, quote, snippet }) => ({ category, quote, snippet }));
    // Same settle time as the page without us had.
    const waited = Date.now() - t0;
    if (waited < 1500) await p1.waitForTimeout(1500 - waited);
    const layoutWith = await layoutOf(p1);
    if (layoutWithout) run.layout = { heightWith: layoutWith.height, heightWithout: layoutWithout.height, shifted: shiftedBoxes(layoutWithout, layoutWith) };
    run.marks = (await marksOf(p1)).map((m) => ({ ...m, where: whereIs(m, truth) }));
    const found = run.claims.map((c) => norm(c.quote));
    run.missed = run.expected.filter((q) => !found.includes(norm(q)));
    if (run.claims.length) {
      const c0 = Date.now();
      await askTab(ext.worker!, url, { type: 'step-claim', direction: 1 });
      let text: string | null = null;
      while (Date.now() - c0 < 5000) {
        text = await cardText(p1);
        // The card first shows the claim, then the official figures when the background answers.
        if (text && /\d{1,3}(,\d{3})+|\d+(\.\d+)? (million|billion)/.test(text.replace(/^.{0,40}/, ''))) break;
        await p1.waitForTimeout(100);
      }
      // An open card floats over the page: nothing of the page's moves.
      const after = await layoutOf(p1);
      run.card = {
        opened: text !== null,
        chars: text?.length ?? 0,
        hasFigure: /\d/.test(text ?? ''),
        ms: Date.now() - c0,
        shifted: shiftedBoxes(layoutWith, after),
        heightAfter: after.height,
        text: (text ?? '').slice(0, 400),
      };
    }
  } catch (e) {
    run.loadError = `${run.loadError ?? ''} with: ${String(e).slice(0, 160)}`;
  }
  await p1.close();
  run.pageErrorsWith = errorsWith.length;
  run.pageErrorsWithout = errorsWithout.length;
  const base = new Set(errorsWithout.map(errorKey));
  run.ourErrors = errorsWith.filter((e) => !base.has(errorKey(e)));
  return run;
}

// ---------------------------------------------------------------------------------------------
// Hybrid pages: real furniture, real claims

interface EvalArticle {
  id: string;
  text: string;
}

/** In the page: the paragraphs holding the article's text get the ICE article's paragraphs instead. */
const HYBRID_IN_PAGE = `({ paras, truthGrams, truthRaw, teasers }) => {
  const tg = new Set(truthGrams);
  const wordsOf = (s) => s.normalize('NFKC').replace(/[’‘]/g, "'").toLowerCase().match(/[\\p{L}\\p{N}]+/gu) ?? [];
  const inTruth = (s) => {
    const w = wordsOf(s);
    let hit = 0;
    let all = 0;
    for (let i = 0; i + 4 <= w.length; i++, all++) if (tg.has(w.slice(i, i + 4).join(' '))) hit++;
    return all >= 6 && hit / all >= 0.6;
  };
  const targets = [...document.querySelectorAll('p')].filter((el) => inTruth(el.textContent ?? ''));
  if (targets.length < 3 || paras.length < 3) return null;
  const inserted = [];
  // The article's container (the targets' closest common ancestor), to tell marks outside it.
  let box = targets[0].parentElement;
  while (box && !targets.every((t) => box.contains(t))) box = box.parentElement;
  if (box) box.setAttribute('data-rp-article', '');
  targets.forEach((el, i) => {
    const text = i < targets.length - 1 || i >= paras.length ? paras[i] : paras.slice(i).join(' ');
    // Keep the paragraph element (its classes and styles), replace its words.
    el.textContent = text ?? '';
    if (text) inserted.push(text);
  });
  // Teasers: ICE headlines in the page's own links and loose paragraphs outside the article (related
  // stories, menus, captions, comments), as an ICE story's page has them.
  const planted = [];
  if (teasers.length) {
    const inArticle = (el) => targets.some((t) => t.contains(el) || el.contains(t));
    // The innermost text holders only, so a link keeps its <a> and a list item its link.
    const leaf = (el) => el.children.length === 0;
    const own = (el) => (el.textContent ?? '').replace(/\\s+/g, ' ').trim();
    // Only text the article's ground truth does not have: the story's own list items and captions stay.
    const truthText = wordsOf(truthRaw).join(' ');
    const notInTruth = (el) => {
      const w = wordsOf(own(el));
      if (truthText.includes(w.join(' '))) return false;
      let hit = 0;
      let all = 0;
      for (let i = 0; i + 4 <= w.length; i++, all++) if (tg.has(w.slice(i, i + 4).join(' '))) hit++;
      return all === 0 || hit / all < 0.2;
    };
    const candidates = [...document.body.querySelectorAll('a, p, li, h2, h3, h4, span')].filter(
      (el) => own(el).length >= 25 && leaf(el) && !inArticle(el) && notInTruth(el) && !el.closest('script, style, noscript, template'),
    );
    const chosen = [];
    for (const el of candidates) {
      if (chosen.some((c) => c.contains(el) || el.contains(c))) continue;
      chosen.push(el);
      if (chosen.length >= 40) break;
    }
    chosen.forEach((el, i) => {
      const t = teasers[i % teasers.length];
      el.textContent = t;
      planted.push(t);
    });
  }
  return { html: '<!DOCTYPE html>\\n' + document.documentElement.outerHTML, inserted, planted };
}`;

/** Writes the saved page with its article paragraphs' text replaced by an ICE article's paragraphs. */
async function makeHybrid(plain: Session, page: SavedPage, article: EvalArticle, teasers: string[]): Promise<{ path: string; inserted: string[]; planted: string[] } | null> {
  const path = `/p/${files.size}.html`;
  files.set(path, { body: readFileSync(page.file) });
  const p = await plain.context.newPage();
  try {
    await p.goto(`http://${HOST}${path}?js=off`, { waitUntil: 'load', timeout: 30_000 });
    const paras = article.text.split('\n').map((s) => s.trim()).filter((s) => s.length > 30);
    const truthGrams = [...new Set(grams(words(page.truth.text ?? '')))];
    // A string, not a function: tsx's helpers (__name) do not exist in the page.
    const truthRaw = page.truth.text ?? '';
    const result = (await p.evaluate(`(${HYBRID_IN_PAGE})(${JSON.stringify({ paras, truthGrams, truthRaw, teasers })})`)) as {
      html: string;
      inserted: string[];
      planted: string[];
    } | null;
    if (!result) return null;
    const hpath = `/p/${files.size}.html`;
    files.set(hpath, { body: Buffer.from(result.html) });
    if (SAVE_HYBRID) writeFileSync(join(SAVE_HYBRID, `${page.id.replace(/\W+/g, '_')}+${article.id}.html`), result.html);
    return { path: hpath, inserted: result.inserted, planted: result.planted };
  } catch (e) {
    console.error(`hybrid ${page.id}: ${String(e).slice(0, 200)}`);
    return null;
  } finally {
    await p.close();
  }
}

// ---------------------------------------------------------------------------------------------

function summarise(runs: Run[]): string {
  const lines: string[] = [];
  for (const js of ['on', 'off'] as const)
    for (const hybrid of [false, true]) {
      const rs = runs.filter((r) => r.js === js && r.hybrid === hybrid);
      if (!rs.length) continue;
      const marks = rs.flatMap((r) => r.marks);
      const withClaims = rs.filter((r) => r.claims.length);
      const times = rs.map((r) => r.reportMs).filter((x): x is number => x !== null).sort((a, b) => a - b);
      lines.push(
        `js ${js}${hybrid ? ' hybrid' : ''}: pages ${rs.length}, load errors ${rs.filter((r) => r.loadError).length}, navigated away ${rs.filter((r) => r.navigatedAway).length}, report timeouts ${rs.filter((r) => r.reportTimedOut).length}, ` +
          `pages with our errors ${rs.filter((r) => r.ourErrors.length).length}, pages with claims ${withClaims.length}, claims ${rs.reduce((s, r) => s + r.claims.length, 0)}, ` +
          `marks main/furniture/unknown ${marks.filter((m) => m.where === 'main').length}/${marks.filter((m) => m.where === 'furniture').length}/${marks.filter((m) => m.where === 'unknown').length}` +
          `${hybrid ? ` (furniture outside the article's box ${marks.filter((m) => m.where === 'furniture' && !m.inArticleBox).length})` : ''}, ` +
          `unrendered marks ${marks.filter((m) => !m.rendered).length}, expected ${rs.reduce((s, r) => s + r.expected.length, 0)}, missed ${rs.reduce((s, r) => s + r.missed.length, 0)}, ` +
          `layout shifts ${rs.filter((r) => r.layout && (r.layout.shifted.length || r.layout.heightWith !== r.layout.heightWithout)).length}, ` +
          `cards opened ${withClaims.filter((r) => r.card?.opened && r.card.chars > 0).length}/${withClaims.length} (moving the page ${withClaims.filter((r) => r.card?.shifted.length).length}), ` +
          `report ms median ${times[Math.floor(times.length / 2)] ?? '-'} max ${times[times.length - 1] ?? '-'}`,
      );
    }
  return lines.join('\n');
}

async function main(): Promise<void> {
  if (!existsSync(join(EXT, 'manifest.json'))) throw new Error(`No build at ${EXT}: run npm run build`);
  let pages = choosePages(listPages());
  if (ONLY) pages = pages.filter((p) => p.id.includes(ONLY));
  await startServer();
  const ext = await launch(true);
  const plain = await launch(false);
  const runs: Run[] = [];
  const modes: ('on' | 'off')[] = JS === 'both' ? ['on', 'off'] : [JS as 'on' | 'off'];
  try {
    for (const page of pages) {
      for (const js of modes) {
        const run = await runPage(ext, plain, page, js, false, page.truth);
        runs.push(run);
        const furniture = run.marks.filter((m) => m.where === 'furniture').length;
        console.log(
          `${page.id} js=${js}: claims ${run.claims.length} (furniture ${furniture}), missed ${run.missed.length}/${run.expected.length}, ` +
            `${run.reportTimedOut ? 'REPORT TIMEOUT' : `report ${run.reportMs} ms`}, our errors ${run.ourErrors.length}` +
            `${run.layout && (run.layout.shifted.length || run.layout.heightWith !== run.layout.heightWithout) ? ` LAYOUT ${run.layout.heightWithout}->${run.layout.heightWith} [${run.layout.shifted.join(',')}]` : ''}` +
            `${run.card ? ` card ${run.card.opened ? run.card.chars : 'FAILED'}${run.card.shifted.length ? ` CARD SHIFT [${run.card.shifted.join(',')}]` : ''}` : ''}${run.loadError ? ` LOAD ${run.loadError}` : ''}` +
            `${run.navigatedAway ? ` NAVIGATED ${run.navigatedAway.slice(0, 80)}` : ''}`,
        );
      }
    }
    if (HYBRID > 0) {
      const articles = readFileSync(EVAL, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as EvalArticle)
        .filter((a) => detectClaims(a.text, { topic: topicOf(a.text) }).length >= 2 && (!ARTICLE || a.id === ARTICLE));
      // An article of three paragraphs or more, so its page is about ICE as a whole.
      const long = articles.filter((a) => a.text.split('\n').filter((x) => x.trim().length > 30).length >= 3);
      // Headline-length sentences that make a claim, for the teasers.
      const teasers = articles.flatMap((a) =>
        a.text
          .split(/(?<=[.!?])\s+|\n/)
          .filter((x) => x.length >= 40 && x.length <= 150 && detectClaims(x, { topic: topicOf(a.text) }).length > 0),
      );
      const hosts = listPages().filter((p) => p.truth.text && p.truth.text.length > 1500 && (!ONLY || p.id.includes(ONLY)));
      const step = Math.max(1, Math.floor(hosts.length / HYBRID));
      let made = 0;
      for (let i = 0; i < hosts.length && made < HYBRID; i += step) {
        const host = hosts[i]!;
        const article = long[made % long.length]!;
        const h = await makeHybrid(plain, host, article, TEASERS ? teasers.filter((t) => !article.text.includes(t)) : []);
        if (!h) continue;
        made++;
        const truth: Truth = { text: h.inserted.join('\n'), without: h.planted };
        for (const js of modes) {
          const run = await runPath(ext, plain, `hybrid:${host.id}+${article.id}`, h.path, js, true, truth);
          runs.push(run);
          console.log(
            `${run.id} js=${js}: claims ${run.claims.length} (furniture ${run.marks.filter((m) => m.where === 'furniture').length}), missed ${run.missed.length}/${run.expected.length}, ` +
              `${run.reportTimedOut ? 'REPORT TIMEOUT' : `report ${run.reportMs} ms`}, our errors ${run.ourErrors.length}` +
              `${run.layout && (run.layout.shifted.length || run.layout.heightWith !== run.layout.heightWithout) ? ` LAYOUT ${run.layout.heightWithout}->${run.layout.heightWith} [${run.layout.shifted.join(',')}]` : ''}` +
              `${run.card ? ` card ${run.card.opened ? run.card.chars : 'FAILED'}${run.card.shifted.length ? ` CARD SHIFT [${run.card.shifted.join(',')}]` : ''}` : ''}${run.loadError ? ` LOAD ${run.loadError}` : ''}` +
            `${run.navigatedAway ? ` NAVIGATED ${run.navigatedAway.slice(0, 80)}` : ''}`,
          );
        }
      }
    }
  } finally {
    writeFileSync(OUT, JSON.stringify(runs, null, 1));
    console.log(`\n${summarise(runs)}\nresults: ${OUT}`);
    await ext.close();
    await plain.close();
    server.close();
  }
}

await main();
