/**
 * The timers the content script's collaborators use: WXT's ctx.setTimeout / requestAnimationFrame,
 * which stop by themselves when the extension is reloaded or removed. Tests hand in fakes.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export type Timers = Pick<ContentScriptContext, 'setTimeout' | 'requestAnimationFrame'>;

/** A timeout that can be (re)started and cancelled: one pending call at most. */
export class Timer {
  #id: number | undefined;

  constructor(private readonly timers: Timers) {}

  /** Starts the timer, cancelling a pending call first. */
  start(ms: number, run: () => void): void {
    this.cancel();
    this.#id = this.timers.setTimeout(() => {
      this.#id = undefined;
      run();
    }, ms);
  }

  cancel(): void {
    if (this.#id !== undefined) clearTimeout(this.#id);
    this.#id = undefined;
  }

  get pending(): boolean {
    return this.#id !== undefined;
  }
}
