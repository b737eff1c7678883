/**
 * The content script's glue: reads the settings, and wires the collaborators together — the page
 * scan (page-scan.ts), the highlights, the card layer (lazy-cards.ts), hover intent, pointer input,
 * single-page navigation, the page report and the requests it answers. Each collaborator has a
 * destroy(), called when WXT's ctx is invalidated; their timers are ctx timers.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { PageReport, PageSettings } from '../../lib/messaging';
import type { AnnotatedClaim } from '../../lib/page/annotator';
import { UI_HOST_ATTRIBUTE } from '../../lib/page/exclude';
import { isBlockElement } from '../../lib/page/extract';
import { HighlightPainter } from '../../lib/page/highlights';
import { remoteDetection } from '../../lib/page/remote-detect';
import { timed } from './bench';
import { claimAtPoint } from './hit-test';
import { HoverIntent } from './hover-intent';
import { LazyCards } from './lazy-cards';
import { ContentMessages } from './messages';
import { Navigation } from './navigation';
import { pageReport, PageReporter } from './page-report';
import { PageScan } from './page-scan';
import { PointerInput } from './pointer-input';
import { request } from './request';

const OFF: PageSettings = { enabled: false, categories: {}, style: 'underline', trigger: 'hover', showMath: true, reportButton: true };

export class ContentApp {
  #settings: PageSettings = OFF;
  /** Whether the first settings have been asked for (before that, the page is not yet read). */
  #settingsRead = false;
  #focusIndex = -1;
  readonly #painter = new HighlightPainter();
  readonly #scan: PageScan;
  readonly #cards: LazyCards;
  readonly #hover: HoverIntent<AnnotatedClaim>;
  readonly #input: PointerInput<AnnotatedClaim>;
  readonly #navigation: Navigation;
  readonly #reporter: PageReporter;
  readonly #messages: ContentMessages;

  constructor(private readonly ctx: ContentScriptContext) {
    // Detection by the background's detector (lib/page/remote-detect.ts): nothing to load here.
    this.#scan = new PageScan(ctx, {
      detect: remoteDetection((piece) => request({ type: 'detect', ...piece })),
      blockOf: (node) => this.#blockOf(node),
      onChanged: () => this.#claimsChanged(),
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
    this.#input = new PointerInput(ctx, {
      enabled: () => this.#scan.running,
      trigger: () => this.#settings.trigger,
      claimAt: (x, y) => claimAtPoint(document, x, y, (node, offset) => this.#wanted(this.#scan.claimAt(node, offset))),
      fromOurUi: (event) => this.#cards.host !== null && event.composedPath().includes(this.#cards.host),
      hover: (claim) => this.#hover.over(claim),
      open: (claim) => void this.#openCard(claim, false),
      cardOpen: () => this.#cards.current !== null,
      close: () => this.#closeCard(),
    });
    this.#navigation = new Navigation(ctx, () => {
      if (!this.#scan.running) return;
      this.#stop();
      this.#run();
    });
    // The background only counts the claims (the badge): a date is sent if known but not read for it.
    // The popup asks the page itself (get-report), which reads the date then.
    this.#reporter = new PageReporter(ctx, () => void request({ type: 'page-report', report: this.#report(false) }).catch(() => undefined));
    this.#messages = new ContentMessages(browser.runtime, {
      'get-report': () => this.#report(true),
      'show-claim': ({ index }) => {
        const claim = this.#visibleClaims()[index];
        if (claim) void this.#showClaim(claim);
        return Boolean(claim);
      },
      'step-claim': ({ direction }) => {
        this.#step(direction);
        return true;
      },
    });
  }

  async start(): Promise<void> {
    this.#messages.listen();
    // The settings are validated and repaired by the background, which owns the storage item; a
    // change there reaches open tabs at once, without a reload.
    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && 'settings' in changes) void this.#refreshSettings();
    };
    browser.storage.onChanged.addListener(onStorage);
    this.ctx.onInvalidated(() => {
      browser.storage.onChanged.removeListener(onStorage);
      this.#stop();
      for (const part of [this.#messages, this.#reporter, this.#input, this.#hover, this.#scan, this.#navigation, this.#cards]) part.destroy();
    });
    await this.#refreshSettings();
    this.#settingsRead = true;
  }

  async #refreshSettings(): Promise<void> {
    const next = await request({ type: 'get-page-settings' }).catch(() => null);
    if (next) this.#applySettings(next);
  }

  /** Settings changed (or first read): switch on, off, or repaint, without a reload. */
  #applySettings(next: PageSettings): void {
    const was = this.#scan.running;
    this.#settings = next;
    if (next.enabled && !was) this.#run();
    else if (!next.enabled && was) this.#stop();
    else if (next.enabled) this.#paint();
    this.#reporter.changed();
  }

  #run(): void {
    // The scan shares the main thread in slices; it watches changed blocks and navigation from the start.
    this.#scan.start();
    this.#navigation.listen();
  }

  #stop(): void {
    this.#scan.stop();
    this.#closeCard();
    this.#painter.clear();
  }

  /** A scan finished or a re-scan changed the claims: repaint, close a card whose claim left, report. */
  #claimsChanged(): void {
    const open = this.#cards.current;
    if (open && !this.#scan.claims.includes(open)) this.#closeCard();
    timed('highlight', () => this.#paint());
    this.#reporter.changed();
  }

  /** The claim if its category is one the reader wants. */
  #wanted(claim: AnnotatedClaim | null): AnnotatedClaim | null {
    return claim && this.#settings.categories[claim.claim.category] !== false ? claim : null;
  }

  /** The claims of the categories the reader wants. */
  #visibleClaims(): AnnotatedClaim[] {
    return this.#scan.claims.filter((c) => this.#wanted(c));
  }

  #paint(): void {
    const claims = this.#visibleClaims();
    // Pointer and key listeners from the first claim on: a page without claims has no card to open.
    if (claims.length) this.#input.listen();
    this.#painter.paint(
      claims.map((c) => ({ range: c.range, category: c.claim.category })),
      this.#settings.style,
    );
  }

  /** The page's report; `readDate` false leaves a date not yet read as null instead of reading it. */
  #report(readDate: boolean): PageReport {
    const enabled = this.#scan.running;
    return pageReport(enabled ? this.#visibleClaims() : [], {
      url: location.href,
      date: readDate ? this.#scan.date() : this.#scan.dateIfRead(),
      enabled,
      reading: !this.#settingsRead || (enabled && this.#scan.reading),
    });
  }

  /** Keyboard command: the next or previous claim, scrolled into view, marked and opened. */
  #step(direction: 1 | -1): void {
    const claims = this.#visibleClaims();
    if (!claims.length) return;
    const current = this.#cards.current ? claims.indexOf(this.#cards.current) : this.#focusIndex;
    const from = current >= 0 ? current : direction === 1 ? -1 : claims.length;
    this.#focusIndex = (from + direction + claims.length) % claims.length;
    void this.#showClaim(claims[this.#focusIndex]!);
  }

  /** Scrolls a claim into view, marks it and opens its card with focus (keyboard and popup). */
  async #showClaim(claim: AnnotatedClaim): Promise<void> {
    this.#focusIndex = this.#visibleClaims().indexOf(claim);
    claim.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' as ScrollBehavior });
    this.#painter.focus(claim.range);
    await this.#openCard(claim, true);
  }

  /** Opens a claim's card, asking the background for its official context. */
  #openCard(claim: AnnotatedClaim, byKeyboard: boolean): Promise<void> {
    const others = this.#scan.claims.filter((c) => c !== claim).slice(0, 200).map((c) => c.claim);
    const context = request({ type: 'get-context', claim: claim.claim, articleDate: this.#scan.date(), others });
    return this.#cards.open(claim, byKeyboard, context, { showMath: this.#settings.showMath, reportButton: this.#settings.reportButton });
  }

  #closeCard(): void {
    this.#hover.reset();
    if (this.#cards.current) this.#painter.focus(null);
    this.#cards.close();
  }

  /** The block element (paragraph, list item…) a changed node belongs to, unless it is our own UI. */
  #blockOf(node: Node): Element | null {
    let el = node.nodeType === 1 ? (node as Element) : node.parentElement;
    const host = this.#cards.host;
    if (!el || (host && (el === host || host.contains(el))) || el.closest(`[${UI_HOST_ATTRIBUTE}]`)) return null;
    while (el && !isBlockElement(el) && el.parentElement) el = el.parentElement;
    return el;
  }
}
