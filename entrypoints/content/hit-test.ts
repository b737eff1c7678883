/** Which text is under a point: the caret there, and whether a claim's line boxes hold the point. */

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
