/**
 * The page's claims, kept current: a whole-page scan in slices when started (again after a
 * single-page navigation), then re-scans of only the blocks that changed, batched by the block
 * watcher. It tells its owner when the claims changed and knows nothing of cards, input or settings.
 */
import { Annotator, type AnnotatedClaim, type DetectSteps } from '../../lib/page/annotator';
import { findArticleDate } from '../../lib/page/date';
import { accumulate, flushTotals, timed } from './bench';
import { BlockWatcher } from './block-watcher';
import type { Timers } from './timers';

/** Longest stretch of scanning before the page gets the main thread back. */
export const SLICE_MS = 12;

export interface PageScanOptions {
  /** Detection: the background's detector (lib/page/remote-detect.ts), or the detector itself in tests. */
  detect: DetectSteps;
  /** The block a changed node belongs to, or null for nodes to ignore (our own UI). */
  blockOf(node: Node): Element | null;
  /** The claims changed: a scan finished, or a re-scan changed them. */
  onChanged(): void;
}

export class PageScan {
  readonly #annotator: Annotator;
  readonly #blocks: BlockWatcher;
  #generation = 0;
  #running = false;
  #scanning = false;
  /** A re-scan of changed blocks is waiting for the detector's answer. */
  #rescanning = false;
  /** Wall-clock time spent waiting for the detector's answers (benchmark builds subtract it). */
  #waitedMs = 0;
  /** The article's date, read when first needed (undefined until then): a page that fails the topic gate never reads it. */
  #articleDate: string | null | undefined = undefined;

  constructor(
    private readonly timers: Timers,
    private readonly options: PageScanOptions,
  ) {
    this.#annotator = new Annotator({
      detect: options.detect,
      articleDate: () => this.date(),
      extract: { computedVisibility: false },
      visibleOnly: true,
      onDetect: (ms) => accumulate('detect', ms),
      onPhase: (phase, ms) => {
        if (phase === 'load') this.#waitedMs += ms;
        accumulate(phase, ms);
      },
    });
    this.#blocks = new BlockWatcher(timers, { blockOf: options.blockOf, onDue: () => void this.#flush() });
  }

  /** The claims found so far, in document order. */
  get claims(): readonly AnnotatedClaim[] {
    return this.#annotator.claims;
  }

  /** Whether a whole-page scan is under way. */
  get reading(): boolean {
    return this.#scanning;
  }

  /** Whether the page is being watched (between start and stop). */
  get running(): boolean {
    return this.#running;
  }

  /** The claim whose text holds this caret position, if any. */
  claimAt(node: Node, offset: number): AnnotatedClaim | null {
    return this.#annotator.claimAt(node, offset);
  }

  /** The article's publication date, read from the page's metadata on first use. */
  date(): string | null {
    if (this.#articleDate === undefined) this.#articleDate = timed('date', () => findArticleDate(document));
    return this.#articleDate;
  }

  /** The date if it has been read, else null (without reading it). */
  dateIfRead(): string | null {
    return this.#articleDate ?? null;
  }

  /** Reads the whole page afresh (in slices), then watches it for changed blocks. */
  start(): void {
    this.#running = true;
    const generation = ++this.#generation;
    const t0 = performance.now();
    // A new scan (after a single-page navigation, too) reads the date again, if it needs it.
    this.#articleDate = undefined;
    const body = document.body;
    // Watch for changes from the start; changes during the scan are re-scanned once it is done.
    this.#blocks.observe(body ?? document.documentElement);
    this.#scanning = true;
    const scan = body
      ? this.#annotator.scanAllSliced(body, { sliceMs: SLICE_MS, pause: () => this.#yieldToPage(), cancelled: () => generation !== this.#generation })
      : Promise.resolve([]);
    void scan.then((claims) => {
      if (claims === null || generation !== this.#generation) return;
      this.#scanning = false;
      // Text removed while the scan ran leaves with its claims; text added is re-scanned next.
      this.#annotator.prune();
      if (this.#blocks.waiting) this.#blocks.schedule();
      this.options.onChanged();
      if (__ICE_BENCH__) performance.measure('ice-context:scan', { start: t0, end: performance.now() });
      flushTotals();
    });
  }

  /** Stops reading and watching, and forgets the claims. */
  stop(): void {
    this.#running = false;
    this.#generation++;
    this.#scanning = false;
    this.#blocks.stop();
    this.#annotator.clear();
  }

  destroy(): void {
    this.stop();
    this.#blocks.destroy();
  }

  /** scheduler.yield() where the browser has it, else a zero timeout (a ctx timer: it stops with us). */
  #yieldToPage(): Promise<void> {
    const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
    return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => this.timers.setTimeout(resolve, 0));
  }

  /** Re-scans the changed blocks the watcher hands over. */
  async #flush(): Promise<void> {
    // A full scan in progress will be followed by this re-scan (see start()); so will one in flight.
    if (this.#scanning || this.#rescanning) return;
    const generation = this.#generation;
    const blocks = this.#blocks.take();
    if (!this.#running) return;
    this.#rescanning = true;
    let changed = false;
    const t0 = performance.now();
    const waited0 = this.#waitedMs;
    try {
      // The blocks are read at once; their claims come back from the background's detector.
      changed = await this.#annotator.rescanWaiting(blocks);
    } finally {
      this.#rescanning = false;
    }
    if (__ICE_BENCH__) {
      // The re-scan's own time on the page's thread: its wall time less the wait for the answer.
      const end = performance.now();
      performance.measure('ice-context:rescan', { start: end - Math.max(0, end - t0 - (this.#waitedMs - waited0)), end });
    }
    flushTotals();
    if (this.#blocks.waiting) this.#blocks.schedule();
    if (changed && generation === this.#generation && this.#running) this.options.onChanged();
  }
}
