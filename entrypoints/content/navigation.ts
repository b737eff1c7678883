/**
 * Single-page navigation: a new article in the same document is read afresh, once the app has had
 * time to render it (the address often changes before the content does).
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { Timer } from './timers';

/** After a single-page navigation, wait this long for the new article to render before re-reading. */
export const NAVIGATION_SETTLE_MS = 600;

export class Navigation {
  readonly #timer: Timer;
  #listening = false;

  constructor(
    private readonly ctx: Pick<ContentScriptContext, 'addEventListener' | 'setTimeout' | 'requestAnimationFrame'>,
    private readonly onSettled: () => void,
  ) {
    this.#timer = new Timer(ctx);
  }

  /** Starts following the address (once); WXT's locationchange event fires on history changes. */
  listen(): void {
    if (this.#listening) return;
    this.#listening = true;
    this.ctx.addEventListener(window, 'wxt:locationchange', () => this.changed());
  }

  /** The address changed: re-read once it has been quiet for the settle time. */
  changed(): void {
    this.#timer.start(NAVIGATION_SETTLE_MS, this.onSettled);
  }

  destroy(): void {
    this.#timer.cancel();
  }
}
