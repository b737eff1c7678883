/**
 * The content script's lifecycle: read settings, scan the page, mark claims, open cards on hover,
 * tap, click or keyboard, follow page changes, and report the claims to the popup and the badge.
 * Everything it attaches is detached through WXT's ctx.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { ClaimContext } from '../../lib/context/types';
import type { Message, PageReport } from '../../lib/messaging';
import { parseContentMessage, type ContentMessage, type PageSettings } from '../../lib/messaging/guards';
import { Annotator, type AnnotatedClaim, type DetectSteps } from '../../lib/page/annotator';
import { findArticleDate } from '../../lib/page/date';
import { UI_HOST_ATTRIBUTE } from '../../lib/page/exclude';
import { isBlockElement } from '../../lib/page/extract';
import { HighlightPainter } from '../../lib/page/highlights';
import { remoteDetection } from '../../lib/page/remote-detect';
import { accumulate, flushTotals, timed } from './bench';
import { BlockWatcher } from './block-watcher';
import { ask } from './ask';
import { caretAt, pointInRange } from './hit-test';
import { HoverIntent } from './hover-intent';
import { Navigation } from './navigation';
import { LazyCards } from './lazy-cards';
import { pageReport } from './page-report';

/** Longest stretch of scanning before the page gets the main thread back. */
const SLICE_MS = 12;

/** Detection by the background's detector (see lib/page/remote-detect.ts): nothing to load here. */
const detectElsewhere: DetectSteps = remoteDetection((request) => ask({ type: 'detect', ...request }));

export class ContentApp {
  #settings: PageSettings = { enabled: false, categories: {}, style: 'underline', trigger: 'hover', showMath: true, reportButton: true };
  #enabled = false;
  /** The article's date, read when first needed (undefined until then): a page that fails the topic gate never reads it. */
  #articleDate: string | null | undefined = undefined;
  readonly #painter = new HighlightPainter();
  readonly #annotator: Annotator;
  readonly #cards: LazyCards;
  readonly #hover: HoverIntent<AnnotatedClaim>;
  readonly #blocks: BlockWatcher;
  readonly #navigation: Navigation;
  #focusIndex = -1;
  #frame = 0;
  #lastPointer = { x: 0, y: 0 };
  #listeningForInput = false;
  #scanGeneration = 0;
  #scanning = false;
  /** A re-scan of changed blocks is waiting for the detector's answer. */
  #rescanning = false;
  /** Wall-clock time spent waiting for the detector's answers (benchmark builds subtract it). */
  #waitedMs = 0;
  /** Whether the first settings have been asked for (before that, the page is not yet read). */
  #settingsRead = false;

  readonly #ctx: ContentScriptContext;

  constructor(ctx: ContentScriptContext) {
    this.#ctx = ctx;
    this.#annotator = new Annotator({
      detect: detectElsewhere,
      articleDate: () => this.#date(),
      extract: { computedVisibility: false },
      visibleOnly: true,
      onDetect: (ms) => accumulate('detect', ms),
      onPhase: (phase, ms) => {
        if (phase === 'load') this.#waitedMs += ms;
        accumulate(phase, ms);
      },
    });
    this.#cards = new LazyCards(ctx, {
      onPointerInside: (inside) => this.#hover.inCard(inside),
      onClose: () => this.#closeCard(),
    });
    this.#hover = new HoverIntent(ctx, {
      current: () => this.#cards.current,
      open: (claim) => void this.#openCard(claim, false),
      close: () => this.#closeCard(),
    });
    this.#blocks = new BlockWatcher(ctx, { blockOf: (node) => this.#blockOf(node), onDue: () => void this.#flushMutations() });
    this.#navigation = new Navigation(ctx, () => {
      if (!this.#enabled) return;
      this.#stop();
      this.#run();
    });
  }

  async start(): Promise<void> {
    // Answered at once through sendResponse: the content script runs on the browsers' own API (see
    // wxt.config.ts), and Chrome's does not take a listener's returned promise as the answer.
    const onMessage = (raw: unknown, sender: { id?: string }, sendResponse: (response: unknown) => void): true => {
      const reply = sender.id === browser.runtime.id ? this.#onMessage(parseContentMessage(raw)) : undefined;
      if (reply !== undefined) sendResponse(reply);
      // No "true" (keep the channel open): the answer, if any, is already sent.
      return undefined as unknown as true;
    };
    browser.runtime.onMessage.addListener(onMessage);
    // The settings are validated and repaired by the background, which owns the storage item; a
    // change there reaches open tabs at once, without a reload.
    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && 'settings' in changes) void this.#refreshSettings();
    };
    browser.storage.onChanged.addListener(onStorage);
    this.#ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      browser.storage.onChanged.removeListener(onStorage);
      this.#stop();
      this.#hover.destroy();
      this.#blocks.destroy();
      this.#navigation.destroy();
      this.#cards.destroy();
    });
    await this.#refreshSettings();
    this.#settingsRead = true;
  }

  async #refreshSettings(): Promise<void> {
    const next = await ask<PageSettings>({ type: 'get-page-settings' }).catch(() => null);
    if (next && typeof next === 'object' && typeof next.enabled === 'boolean') this.#applySettings(next);
  }

  /** Settings changed (or first read): switch on, off, or repaint, without a reload. */
  #applySettings(next: PageSettings): void {
    this.#settings = next;
    const enabled = next.enabled;
    if (enabled && !this.#enabled) this.#run();
    else if (!enabled && this.#enabled) this.#stop();
    else if (enabled) {
      this.#paint();
      this.#report();
    }
    this.#enabled = enabled;
    if (!enabled) this.#report();
  }

  /** The article's publication date, read from the page's metadata on first use. */
  #date(): string | null {
    if (this.#articleDate === undefined) this.#articleDate = timed('date', () => findArticleDate(document));
    return this.#articleDate;
  }

  #run(): void {
    this.#enabled = true;
    const generation = ++this.#scanGeneration;
    const t0 = performance.now();
    // A new scan (after a single-page navigation, too) reads the date again, if it needs it.
    this.#articleDate = undefined;
    const body = document.body;
    // The scan shares the main thread in slices: a huge page is read across several short tasks.
    // Watch for changes from the start; changes during the scan are re-scanned once it is done.
    this.#listen();
    this.#scanning = true;
    const yieldToPage = (): Promise<void> => {
      // scheduler.yield() where the browser has it, else a zero timeout (a ctx timer: it stops with us).
      const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
      return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => this.#ctx.setTimeout(resolve, 0));
    };
    const scan = body
      ? this.#annotator.scanAllSliced(body, { sliceMs: SLICE_MS, pause: yieldToPage, cancelled: () => generation !== this.#scanGeneration })
      : Promise.resolve([]);
    void scan.then((claims) => {
      if (claims === null || generation !== this.#scanGeneration) return;
      this.#scanning = false;
      // Text removed while the scan ran leaves with its claims; text added is re-scanned next.
      this.#annotator.prune();
      if (this.#blocks.waiting) this.#blocks.schedule();
      timed('highlight', () => this.#paint());
      if (__ICE_BENCH__) performance.measure('ice-context:scan', { start: t0, end: performance.now() });
      flushTotals();
      this.#report();
    });
  }

  #stop(): void {
    this.#enabled = false;
    this.#scanGeneration++;
    this.#scanning = false;
    this.#blocks.stop();
    this.#closeCard();
    this.#annotator.clear();
    this.#painter.clear();
  }

  /** The claims of the categories the reader wants. */
  #visibleClaims(): AnnotatedClaim[] {
    return this.#annotator.claims.filter((c) => this.#settings.categories[c.claim.category] !== false);
  }

  #paint(): void {
    const claims = this.#visibleClaims();
    if (claims.length) this.#listenForInput();
    this.#painter.paint(
      claims.map((c) => ({ range: c.range, category: c.claim.category })),
      this.#settings.style,
    );
  }

  /** The page's report; `readDate` false leaves a date not yet read as null instead of reading it. */
  #buildReport(readDate = true): PageReport {
    return pageReport(this.#enabled ? this.#visibleClaims() : [], {
      url: location.href,
      date: readDate ? this.#date() : (this.#articleDate ?? null),
      enabled: this.#enabled,
      reading: !this.#settingsRead || (this.#enabled && this.#scanning),
    });
  }

  #report(): void {
    // The background only counts the claims (the badge): a date is sent if known but not read for it.
    // The popup asks the page itself (get-report), which reads the date then.
    ask({ type: 'page-report', report: this.#buildReport(false) }).catch(() => undefined);
  }

  #onMessage(message: ContentMessage | null): unknown {
    if (!message) return undefined;
    switch (message.type) {
      case 'get-report':
        return this.#buildReport();
      case 'show-claim': {
        const claim = this.#visibleClaims()[message.index];
        if (claim) void this.#showClaim(claim, true);
        return Boolean(claim);
      }
      case 'step-claim':
        this.#step(message.direction);
        return true;
      default:
        return undefined;
    }
  }

  /** Keyboard command: the next or previous claim, scrolled into view, marked and opened. */
  #step(direction: 1 | -1): void {
    const claims = this.#visibleClaims();
    if (!claims.length) return;
    const current = this.#cards.current ? claims.indexOf(this.#cards.current) : this.#focusIndex;
    const from = current >= 0 ? current : direction === 1 ? -1 : claims.length;
    this.#focusIndex = (from + direction + claims.length) % claims.length;
    void this.#showClaim(claims[this.#focusIndex]!, true);
  }

  async #showClaim(claim: AnnotatedClaim, byKeyboard: boolean): Promise<void> {
    this.#focusIndex = this.#visibleClaims().indexOf(claim);
    const el = claim.range.startContainer.parentElement;
    el?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    this.#painter.focus(claim.range);
    await this.#openCard(claim, byKeyboard);
  }

  /** Opens a claim's card, asking the background for its official context. */
  #openCard(claim: AnnotatedClaim, byKeyboard: boolean): Promise<void> {
    const others = this.#annotator.claims.filter((c) => c !== claim).slice(0, 200).map((c) => c.claim);
    const articleDate = this.#date();
    const message: Message = { type: 'get-context', claim: claim.claim, articleDate, others };
    const context = ask<ClaimContext | null>(message);
    return this.#cards.open(claim, byKeyboard, context, { showMath: this.#settings.showMath, reportButton: this.#settings.reportButton !== false });
  }

  #closeCard(): void {
    this.#hover.reset();
    if (this.#cards.current) this.#painter.focus(null);
    this.#cards.close();
  }

  /** Whether an event came from inside our own UI. */
  #fromOurUi(event: Event): boolean {
    const host = this.#cards.host;
    return host !== null && event.composedPath().includes(host);
  }

  #claimAtPoint(x: number, y: number): AnnotatedClaim | null {
    const caret = caretAt(document, x, y);
    if (!caret) return null;
    const claim = this.#annotator.claimAt(caret.node, caret.offset);
    if (!claim || this.#settings.categories[claim.claim.category] === false) return null;
    return pointInRange(claim.range, x, y) ? claim : null;
  }

  #onPointerMove(event: PointerEvent): void {
    if (!this.#enabled || event.pointerType === 'touch' || this.#settings.trigger !== 'hover' || this.#fromOurUi(event)) return;
    this.#lastPointer = { x: event.clientX, y: event.clientY };
    if (this.#frame) return;
    // At most one hit test per frame.
    this.#frame = this.#ctx.requestAnimationFrame(() => {
      this.#frame = 0;
      this.#hover.over(this.#claimAtPoint(this.#lastPointer.x, this.#lastPointer.y));
    });
  }

  #onClick(event: MouseEvent): void {
    if (!this.#enabled || this.#fromOurUi(event)) return;
    const claim = this.#claimAtPoint(event.clientX, event.clientY);
    const isTouch = (event as PointerEvent).pointerType === 'touch';
    // A claim inside a link stays a link on click: the page's navigation wins over our card.
    const inLink = event.target instanceof Element && event.target.closest('a[href]') !== null;
    if (claim && !inLink && (isTouch || this.#settings.trigger === 'click')) {
      // A tap or click on a claim opens its card; the page's own handlers still run.
      void this.#openCard(claim, false);
      return;
    }
    if (this.#cards.current && !claim) this.#closeCard();
  }

  #onKeyDown(event: KeyboardEvent): void {
    if (event.key === 'Escape' && this.#cards.current) {
      this.#closeCard();
    }
  }

  /** The block element (paragraph, list item…) a changed node belongs to, unless it is our own UI. */
  #blockOf(node: Node): Element | null {
    let el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    const host = this.#cards.host;
    if (!el || (host && (el === host || host.contains(el))) || el.closest(`[${UI_HOST_ATTRIBUTE}]`)) return null;
    while (el && !isBlockElement(el) && el.parentElement) el = el.parentElement;
    return el;
  }

  async #flushMutations(): Promise<void> {
    // A full scan in progress will be followed by this re-scan (see run()); so will one in flight.
    if (this.#scanning || this.#rescanning) return;
    const generation = this.#scanGeneration;
    const blocks = this.#blocks.take();
    if (!this.#enabled) return;
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
    if (!changed || generation !== this.#scanGeneration || !this.#enabled) return;
    if (this.#cards.current && !this.#annotator.claims.includes(this.#cards.current)) this.#closeCard();
    this.#paint();
    this.#report();
  }

  /** Watches changed blocks and single-page navigation, from the first scan on. */
  #listen(): void {
    this.#blocks.observe(document.body ?? document.documentElement);
    this.#navigation.listen();
  }

  /** Pointer and key listeners, from the first claim on: a page without claims has no card to open. */
  #listenForInput(): void {
    if (this.#listeningForInput) return;
    this.#listeningForInput = true;
    const opts = { passive: true, capture: true } as const;
    this.#ctx.addEventListener(document, 'pointermove', (e) => this.#onPointerMove(e as PointerEvent), opts);
    this.#ctx.addEventListener(document, 'click', (e) => this.#onClick(e as MouseEvent), opts);
    this.#ctx.addEventListener(document, 'keydown', (e) => this.#onKeyDown(e as KeyboardEvent), { capture: true });
  }
}
