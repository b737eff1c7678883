/**
 * One page load per function: with the extension (its own measures, long tasks, card opens, CDP
 * metrics), without it (the baseline for heap and script time), and with mark.js (the reference).
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import type { BenchPage } from './pages';

/** The card opens after the pointer rests this long on a claim (HOVER_OPEN_MS in app.ts). */
export const HOVER_INTENT_MS = 350;
/** After the last appended paragraph: the content script's max batching wait, plus a margin. */
const LIVE_SETTLE_MS = 1400;
const SETTLE_MS = 300;

type Metrics = Record<string, number>;

async function metrics(cdp: CDPSession): Promise<Metrics> {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** Script and task seconds now, then the JS heap after a full garbage collection. */
async function finalMetrics(cdp: CDPSession): Promise<{ scriptMs: number; taskMs: number; heapBytes: number }> {
  const m = await metrics(cdp);
  await cdp.send('HeapProfiler.collectGarbage');
  const h = await metrics(cdp);
  return { scriptMs: (m.ScriptDuration ?? 0) * 1000, taskMs: (m.TaskDuration ?? 0) * 1000, heapBytes: h.JSHeapUsedSize ?? 0 };
}

/**
 * Opens `url` in a new tab with CDP metrics in thread time (CPU time of the renderer's main thread,
 * so other processes on a busy machine do not inflate them), tracing tasks first if asked.
 */
async function open(context: BrowserContext, url: string, trace = false): Promise<{ tab: Page; cdp: CDPSession; stopTrace: () => Promise<TraceEvent[]> }> {
  const tab = await context.newPage();
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  const events: TraceEvent[] = [];
  if (trace) {
    cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: ['toplevel', 'blink.user_timing'] }, transferMode: 'ReportEvents' });
  }
  await tab.goto(url, { waitUntil: 'load' });
  const stopTrace = async () => {
    if (!trace) return events;
    const complete = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
    await cdp.send('Tracing.end');
    await complete;
    return events;
  };
  return { tab, cdp, stopTrace };
}

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  id2?: { local?: string };
}

/** A renderer task that ran one of our scans: its wall and CPU time. */
export interface OurTask {
  measure: string;
  measureMs: number;
  taskMs: number;
  taskCpuMs: number;
}

/**
 * The main-thread tasks our scans ran in: for each ice-context scan or rescan measure in the trace,
 * the longest top-level trace event on the same thread that overlaps it (a sliced scan spans many). (Long-task observers in the
 * page do not report tasks spent in an extension's isolated world, so the trace is the way.)
 */
export function ourTasks(events: TraceEvent[]): OurTask[] {
  const out: OurTask[] = [];
  events.forEach((b, i) => {
    if (b.ph !== 'b' || (b.name !== 'ice-context:scan' && b.name !== 'ice-context:rescan')) return;
    const e = events.slice(i + 1).find((x) => x.ph === 'e' && x.name === b.name && x.id2?.local === b.id2?.local);
    if (!e) return;
    // A scan done in slices spans many tasks: take the longest task that overlaps the measure.
    let best: TraceEvent | undefined;
    for (const t of events)
      if (t.ph === 'X' && t.cat.includes('toplevel') && t.pid === b.pid && t.tid === b.tid && t.ts < e.ts && t.ts + (t.dur ?? 0) > b.ts && (t.dur ?? 0) > (best?.dur ?? -1))
        best = t;
    const measureMs = (e.ts - b.ts) / 1000;
    // Rarely the trace has no enclosing event (dropped at a buffer edge): the measure is a lower bound.
    out.push({ measure: b.name.slice('ice-context:'.length), measureMs, taskMs: best?.dur ? best.dur / 1000 : measureMs, taskCpuMs: best?.tdur ? best.tdur / 1000 : measureMs });
  });
  return out;
}

/** CPU ms of script and of all tasks, over a phase. */
export interface PhaseTime {
  scriptMs: number;
  taskMs: number;
}

/** Runs the page's appender and waits for it and for the last debounced re-scan. */
async function runLive(tab: Page, cdp: CDPSession): Promise<PhaseTime> {
  const before = await metrics(cdp);
  await tab.evaluate(() => (window as unknown as { __benchStartLive(): Promise<void> }).__benchStartLive());
  await tab.waitForTimeout(LIVE_SETTLE_MS);
  const after = await metrics(cdp);
  const delta = (k: string) => ((after[k] ?? 0) - (before[k] ?? 0)) * 1000;
  return { scriptMs: delta('ScriptDuration'), taskMs: delta('TaskDuration') };
}

export interface ExtensionRun {
  /** ice-context measures: at load, while paragraphs are appended, and in a warm re-scan. */
  measures: { name: string; start: number; duration: number; phase: 'load' | 'live' | 'warm' }[];
  /** Long tasks the page's observer saw (the page's own: see ourTasks for ours). */
  longtasks: [number, number][];
  tasks: OurTask[];
  /** The highlighted texts, in highlight order. */
  quotes: string[];
  scriptMs: number;
  taskMs: number;
  heapBytes: number;
  live: PhaseTime | null;
  /** Pointer move to a filled card, minus the hover intent delay: first open (loads card.js), then another claim. */
  cardColdMs: number | null;
  cardWarmMs: number | null;
}

/** Where to hover the `index`th highlighted range (scrolled into view), or null. */
function claimPoint(tab: Page, index: number): Promise<{ x: number; y: number } | null> {
  return tab.evaluate((i) => {
    const ranges: Range[] = [];
    for (const [name, h] of CSS.highlights) if (!name.endsWith('focus')) ranges.push(...(h as unknown as Iterable<Range>));
    const r = ranges[i];
    if (!r) return null;
    r.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    const box = r.getClientRects()[0];
    return box ? { x: box.left + Math.min(6, box.width / 2), y: box.top + box.height / 2 } : null;
  }, index);
}

/** Hovers the `index`th claim; the time from the pointer move to a card filled with figures, minus the intent delay. */
async function openCard(tab: Page, index: number): Promise<number | null> {
  const point = await claimPoint(tab, index);
  if (!point) return null;
  await tab.evaluate(() => {
    const b = (window as unknown as { __bench: { t0?: number; card?: Promise<number | null> } }).__bench;
    b.t0 = undefined;
    b.card = new Promise((resolve) => {
      const filled = () => {
        const d = document.querySelector('ice-context-ui')?.shadowRoot?.querySelector('[role=dialog]');
        return d && !d.querySelector('.loading') ? performance.now() : null;
      };
      const watch = (root: Node) => {
        const mo = new MutationObserver(() => {
          const host = document.querySelector('ice-context-ui');
          if (root === document.documentElement && host?.shadowRoot) {
            mo.disconnect();
            watch(host.shadowRoot);
          }
          const t = filled();
          if (t !== null) {
            mo.disconnect();
            resolve(t);
          }
        });
        mo.observe(root, { childList: true, subtree: true, characterData: true });
      };
      const host = document.querySelector('ice-context-ui');
      watch(host?.shadowRoot ?? document.documentElement);
      setTimeout(() => resolve(null), 5000);
    });
  });
  await tab.mouse.move(point.x, point.y);
  const times = await tab.evaluate(async () => {
    const b = (window as unknown as { __bench: { t0?: number; card: Promise<number | null> } }).__bench;
    const t1 = await b.card;
    return { t0: b.t0, t1 };
  });
  await tab.keyboard.press('Escape');
  await tab.mouse.move(1, 1);
  await tab.waitForFunction(() => !document.querySelector('ice-context-ui')?.shadowRoot?.querySelector('[role=dialog]'));
  return times.t0 === undefined || times.t1 === null ? null : times.t1 - times.t0 - HOVER_INTENT_MS;
}

type Measure = ExtensionRun['measures'][number];

/** The ice-context measures after the first `skip`, tagged with the phase they belong to. */
async function readMeasures(tab: Page, skip: number, phase: Measure['phase']): Promise<Measure[]> {
  const all = await tab.evaluate(() =>
    performance
      .getEntriesByType('measure')
      .filter((m) => m.name.startsWith('ice-context:'))
      .map((m) => ({ name: m.name.slice('ice-context:'.length), start: m.startTime, duration: m.duration })),
  );
  // Later phases start after earlier ones end, and the list is in start order.
  return all.slice(skip).map((m) => ({ ...m, phase }));
}

type StorageWorker = { chrome: { storage: { local: { set(v: object): Promise<void> } } } };

/**
 * A second full scan in the same isolated world, with the code already compiled and warm: the
 * site is switched off and on again through the settings, which the content script follows live.
 */
async function warmScan(context: BrowserContext, tab: Page, skip: number): Promise<Measure[]> {
  const worker = context.serviceWorkers()[0];
  if (!worker) return [];
  const scans = () => tab.evaluate(() => performance.getEntriesByName('ice-context:scan').length);
  const before = await scans();
  await worker.evaluate(() => (globalThis as unknown as StorageWorker).chrome.storage.local.set({ settings: { disabledSites: ['bostonglobe.com'] } }));
  await tab.waitForTimeout(200);
  await worker.evaluate(() => (globalThis as unknown as StorageWorker).chrome.storage.local.set({ settings: { disabledSites: [] } }));
  await tab.waitForFunction((n) => performance.getEntriesByName('ice-context:scan').length > n, before, { polling: 20, timeout: 10_000 });
  await tab.waitForTimeout(50);
  return readMeasures(tab, skip, 'warm');
}

/** One load with the extension: its measures, script time and heap, a warm re-scan, two card opens. */
export async function runExtension(context: BrowserContext, url: string, page: BenchPage): Promise<ExtensionRun> {
  const { tab, cdp, stopTrace } = await open(context, url, true);
  await tab.evaluate(() => (window as unknown as { __bench: { scanned: Promise<boolean> } }).__bench.scanned);
  await tab.waitForTimeout(SETTLE_MS);
  const measures = await readMeasures(tab, 0, 'load');
  const live = page.live ? await runLive(tab, cdp) : null;
  if (page.live) measures.push(...(await readMeasures(tab, measures.length, 'live')));
  const inPage = await tab.evaluate(() => {
    const quotes: string[] = [];
    for (const [name, h] of CSS.highlights) if (!name.endsWith('focus')) for (const r of h as unknown as Iterable<Range>) quotes.push(r.toString());
    return { longtasks: (window as unknown as { __bench: { longtasks: [number, number][] } }).__bench.longtasks, quotes };
  });
  const tasks = ourTasks(await stopTrace());
  const final = await finalMetrics(cdp);
  measures.push(...(await warmScan(context, tab, measures.length)));
  const cardColdMs = inPage.quotes.length ? await openCard(tab, 0) : null;
  const cardWarmMs = inPage.quotes.length > 1 ? await openCard(tab, 1) : null;
  await tab.close();
  return { ...inPage, measures, ...final, tasks, live, cardColdMs, cardWarmMs };
}

export interface PlainRun {
  scriptMs: number;
  taskMs: number;
  heapBytes: number;
  live: PhaseTime | null;
}

/** One load without the extension, with the same waits. */
export async function runPlain(context: BrowserContext, url: string, page: BenchPage): Promise<PlainRun> {
  const { tab, cdp } = await open(context, url);
  await tab.waitForTimeout(SETTLE_MS);
  const live = page.live ? await runLive(tab, cdp) : null;
  const final = await finalMetrics(cdp);
  await tab.close();
  return { ...final, live };
}

export interface MarkRun {
  /** markRegExp over the loaded page, call to done. */
  ms: number;
  marks: number;
  /** Live page: marking each appended paragraph as it arrives (a MutationObserver, no batching). */
  liveMs: number | null;
  liveMarks: number | null;
}

/**
 * One load without the extension, then mark.js (injected after load) highlighting `pattern` across
 * elements, as the reference approach that wraps text in elements.
 */
export async function runMark(context: BrowserContext, url: string, page: BenchPage, markJs: string, pattern: string): Promise<MarkRun> {
  const { tab } = await open(context, url);
  await tab.addScriptTag({ content: markJs });
  const first = await tab.evaluate(
    (source) =>
      new Promise<{ ms: number; marks: number }>((resolve) => {
        const Mark = (window as unknown as { Mark: new (el: Element) => { markRegExp(re: RegExp, o: object): void } }).Mark;
        const t0 = performance.now();
        new Mark(document.body).markRegExp(new RegExp(source, 'g'), { acrossElements: true, done: (marks: number) => resolve({ ms: performance.now() - t0, marks }) });
      }),
    pattern,
  );
  let liveMs: number | null = null;
  let liveMarks: number | null = null;
  if (page.live) {
    await tab.evaluate((source) => {
      const w = window as unknown as { Mark: new (el: Element) => { markRegExp(re: RegExp, o: object): void }; __benchMark: { ms: number; marks: number } };
      w.__benchMark = { ms: 0, marks: 0 };
      const re = new RegExp(source, 'g');
      new MutationObserver((records) => {
        for (const r of records)
          for (const n of r.addedNodes) {
            if (!(n instanceof Element)) continue;
            const t0 = performance.now();
            new w.Mark(n).markRegExp(re, { acrossElements: true, done: (marks: number) => (w.__benchMark.marks += marks) });
            w.__benchMark.ms += performance.now() - t0;
          }
      }).observe(document.querySelector('.article__body')!, { childList: true });
    }, pattern);
    await tab.evaluate(() => (window as unknown as { __benchStartLive(): Promise<void> }).__benchStartLive());
    const live = await tab.evaluate(() => (window as unknown as { __benchMark: { ms: number; marks: number } }).__benchMark);
    liveMs = live.ms;
    liveMarks = live.marks;
  }
  await tab.close();
  return { ...first, liveMs, liveMarks };
}

/** One alternation of the escaped quotes, longest first; whitespace runs match any whitespace. */
export function quotesPattern(quotes: string[]): string {
  const unique = [...new Set(quotes.map((q) => q.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (!unique.length) return '(?!)';
  return unique.map((q) => q.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')).join('|');
}
