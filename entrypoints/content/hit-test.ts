/**
 * Which claim is under the pointer: the caret there, whether the claim's line boxes hold the point,
 * and at most one such test per animation frame however fast the pointer moves.
 */
import type { Timers } from './timers';

export type Caret = { node: Node; offset: number } | null;

/** The caret under a point, with the standard API where present and Chrome's older one otherwise. */
export function caretAt(doc: Document, x: number, y: number): Caret {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const p = doc.caretPositionFromPoint(x, y);
    return p ? { node: p.offsetNode, offset: p.offset } : null;
  }
  const legacy = (doc as Document & { caretRangeFromPoint?: (x: number, y: number) => Range | null }).caretRangeFromPoint;
  const r = legacy?.call(doc, x, y);
  return r ? { node: r.startContainer, offset: r.startOffset } : null;
}

/** Whether the point lies on one of the range's line boxes (the caret API snaps to the nearest text). */
export function pointInRange(range: Pick<Range, 'getClientRects'>, x: number, y: number): boolean {
  for (const r of range.getClientRects()) if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  return false;
}

/** The claim at a point: the one whose text holds the caret there and whose line boxes hold the point. */
export function claimAtPoint<T extends { range: Pick<Range, 'getClientRects'> }>(
  doc: Document,
  x: number,
  y: number,
  claimAt: (node: Node, offset: number) => T | null,
): T | null {
  const caret = caretAt(doc, x, y);
  const claim = caret ? claimAt(caret.node, caret.offset) : null;
  return claim && pointInRange(claim.range, x, y) ? claim : null;
}

/** Hit-tests the pointer's latest position once per animation frame and reports what is there. */
export class FrameHitTest<T> {
  #frame = false;
  #x = 0;
  #y = 0;
  #destroyed = false;

  constructor(
    private readonly timers: Timers,
    private readonly test: (x: number, y: number) => T | null,
    private readonly onHit: (hit: T | null) => void,
  ) {}

  /** The pointer moved to (x, y): tested on the next frame, with whatever position is latest then. */
  move(x: number, y: number): void {
    this.#x = x;
    this.#y = y;
    if (this.#frame || this.#destroyed) return;
    this.#frame = true;
    this.timers.requestAnimationFrame(() => {
      this.#frame = false;
      if (!this.#destroyed) this.onHit(this.test(this.#x, this.#y));
    });
  }

  /** A pending frame does nothing. */
  destroy(): void {
    this.#destroyed = true;
  }
}
