/**
 * Hover intent, as link previews do it: a card opens when the pointer rests on a claim for a moment,
 * and stays open while the pointer travels from the claim into the card (a grace period).
 */
import { Timer, type Timers } from './timers';

/** Wait before a hovered claim opens its card. */
export const HOVER_OPEN_MS = 350;
/** Grace period for the pointer to travel from the claim into its card. */
export const HOVER_CLOSE_MS = 300;

export interface HoverTarget<T> {
  /** The claim whose card is open, if any. */
  current(): T | null;
  open(claim: T): void;
  close(): void;
}

export class HoverIntent<T> {
  #hovered: T | null = null;
  #inCard = false;
  readonly #openTimer: Timer;
  readonly #closeTimer: Timer;

  constructor(
    timers: Timers,
    private readonly target: HoverTarget<T>,
  ) {
    this.#openTimer = new Timer(timers);
    this.#closeTimer = new Timer(timers);
  }

  /** The pointer is now over `claim` (null: over no claim). */
  over(claim: T | null): void {
    if (claim === this.#hovered) return;
    this.#hovered = claim;
    this.#openTimer.cancel();
    if (claim) {
      this.#closeTimer.cancel();
      if (claim !== this.target.current()) this.#openTimer.start(HOVER_OPEN_MS, () => this.target.open(claim));
    } else if (this.target.current()) this.#scheduleClose();
  }

  /** The pointer entered or left the open card. */
  inCard(inside: boolean): void {
    this.#inCard = inside;
    if (inside) this.#closeTimer.cancel();
    else this.#scheduleClose();
  }

  /** Forgets the pointer: the card was closed another way (Escape, a click elsewhere). */
  reset(): void {
    this.#openTimer.cancel();
    this.#closeTimer.cancel();
    this.#hovered = null;
    this.#inCard = false;
  }

  destroy(): void {
    this.reset();
  }

  #scheduleClose(): void {
    this.#closeTimer.start(HOVER_CLOSE_MS, () => {
      if (!this.#inCard && (!this.#hovered || this.#hovered !== this.target.current())) this.target.close();
    });
  }
}
