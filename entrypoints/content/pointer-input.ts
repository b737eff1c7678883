/**
 * The reader's pointer and keys on the page: hover (through hover intent), tap and click on a claim,
 * a click elsewhere and Escape to close. Listeners go through WXT's ctx (removed with the content
 * script); they start with the first claim, as a page without claims has no card to open.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { FrameHitTest } from './hit-test';

export interface PointerInputOptions<T> {
  /** Whether claims are marked now (off: input is ignored). */
  enabled(): boolean;
  /** How cards open: on hover, or on click (a tap always opens). */
  trigger(): 'hover' | 'click';
  /** The claim at a point of the viewport, if any (hit-test.ts). */
  claimAt(x: number, y: number): T | null;
  /** Whether an event came from inside our own UI (the card). */
  fromOurUi(event: Event): boolean;
  /** The pointer rests over a claim, or over none (hover intent decides when to open or close). */
  hover(claim: T | null): void;
  open(claim: T): void;
  /** Whether a card is open. */
  cardOpen(): boolean;
  close(): void;
}

export class PointerInput<T> {
  readonly #hitTest: FrameHitTest<T>;
  #listening = false;
  #destroyed = false;

  constructor(
    private readonly ctx: Pick<ContentScriptContext, 'addEventListener' | 'setTimeout' | 'requestAnimationFrame'>,
    private readonly options: PointerInputOptions<T>,
  ) {
    this.#hitTest = new FrameHitTest(ctx, (x, y) => options.claimAt(x, y), (claim) => options.hover(claim));
  }

  /** Starts listening on `doc` (once). */
  listen(doc: Document = document): void {
    if (this.#listening) return;
    this.#listening = true;
    const opts = { passive: true, capture: true } as const;
    this.ctx.addEventListener(doc, 'pointermove', (e) => this.#onPointerMove(e as PointerEvent), opts);
    this.ctx.addEventListener(doc, 'click', (e) => this.#onClick(e as MouseEvent), opts);
    this.ctx.addEventListener(doc, 'keydown', (e) => this.#onKeyDown(e as KeyboardEvent), { capture: true });
  }

  /** Ignores all input from now on (ctx removes the listeners when the content script goes). */
  destroy(): void {
    this.#destroyed = true;
    this.#hitTest.destroy();
  }

  #active(event: Event): boolean {
    return !this.#destroyed && this.options.enabled() && !this.options.fromOurUi(event);
  }

  #onPointerMove(event: PointerEvent): void {
    if (event.pointerType === 'touch' || this.options.trigger() !== 'hover' || !this.#active(event)) return;
    this.#hitTest.move(event.clientX, event.clientY);
  }

  #onClick(event: MouseEvent): void {
    if (!this.#active(event)) return;
    const claim = this.options.claimAt(event.clientX, event.clientY);
    const isTouch = (event as PointerEvent).pointerType === 'touch';
    // A claim inside a link stays a link on click: the page's navigation wins over our card.
    const target = event.target as Element | null;
    const inLink = typeof target?.closest === 'function' && target.closest('a[href]') !== null;
    if (claim && !inLink && (isTouch || this.options.trigger() === 'click')) {
      // A tap or click on a claim opens its card; the page's own handlers still run.
      this.options.open(claim);
      return;
    }
    if (!claim && this.options.cardOpen()) this.options.close();
  }

  #onKeyDown(event: KeyboardEvent): void {
    if (!this.#destroyed && event.key === 'Escape' && this.options.cardOpen()) this.options.close();
  }
}
