/**
 * Offsets in a PageText <-> positions in the DOM: claim spans become Ranges for highlighting, and a
 * caret position under the pointer becomes a text offset for hover hit-testing.
 */
import { exclusionOf, isInsideExcluded } from './exclude';
import type { PageText, Segment } from './extract';

/** Index of the first segment whose end is after `offset`, or segments.length. */
function firstSegmentEndingAfter(segments: Segment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (segments[mid]!.end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Index of the last segment whose start is before `offset`, or -1. */
function lastSegmentStartingBefore(segments: Segment[], offset: number): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (segments[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** Node offset of the character at text offset `at` (start side: the run containing `at`). */
function nodeOffsetAtStart(seg: Segment, at: number): number {
  const runs = seg.runs;
  for (let i = 0; i < runs.length; i += 3) {
    const t = runs[i]!;
    const len = runs[i + 2]!;
    if (at < t + len) return runs[i + 1]! + Math.max(0, at - t);
  }
  return runs[runs.length - 2]! + runs[runs.length - 1]!;
}

/** Node offset just after the character before text offset `at` (end side). */
function nodeOffsetAtEnd(seg: Segment, at: number): number {
  const runs = seg.runs;
  for (let i = runs.length - 3; i >= 0; i -= 3) {
    const t = runs[i]!;
    const len = runs[i + 2]!;
    if (at > t) return runs[i + 1]! + Math.min(len, at - t);
  }
  return runs[1]!;
}

/**
 * A DOM Range over the original nodes for `text.slice(start, end)`. Ends that fall in a synthetic
 * break are pulled in to the nearest real character. Null when the span holds no page text or the
 * nodes have since left the document.
 */
export function toRange(pageText: PageText, start: number, end: number): Range | null {
  const { segments } = pageText;
  if (!(start >= 0) || !(end <= pageText.text.length) || start >= end) return null;
  const si = firstSegmentEndingAfter(segments, start);
  const ei = lastSegmentStartingBefore(segments, end);
  if (si >= segments.length || ei < 0 || si > ei) return null;
  const first = segments[si]!;
  const last = segments[ei]!;
  const startOffset = nodeOffsetAtStart(first, Math.max(start, first.start));
  const endOffset = nodeOffsetAtEnd(last, Math.min(end, last.end));
  const doc = first.node.ownerDocument;
  if (!doc) return null;
  try {
    const range = doc.createRange();
    range.setStart(first.node, Math.min(startOffset, first.node.length));
    range.setEnd(last.node, Math.min(endOffset, last.node.length));
    return range;
  } catch {
    // The page changed under us (a node was removed or shortened): no range rather than a wrong one.
    return null;
  }
}

/** Lazily built index from Text node to its segment; PageText itself stays plain data. */
const nodeIndexes = new WeakMap<PageText, Map<Node, number>>();

function segmentIndexOf(pageText: PageText, node: Node): number | undefined {
  let index = nodeIndexes.get(pageText);
  if (index === undefined) {
    index = new Map();
    pageText.segments.forEach((seg, i) => index!.set(seg.node, i));
    nodeIndexes.set(pageText, index);
  }
  return index.get(node);
}

function textOffsetInSegment(seg: Segment, nodeOffset: number): number {
  const runs = seg.runs;
  let best = seg.start;
  for (let i = 0; i < runs.length; i += 3) {
    const t = runs[i]!;
    const n = runs[i + 1]!;
    const len = runs[i + 2]!;
    if (nodeOffset < n) return best;
    if (nodeOffset <= n + len) return t + (nodeOffset - n);
    // Inside characters that collapsed or were dropped: they sit just after this run.
    best = t + len;
  }
  return best;
}

/** Index of the first segment whose node follows `point` (a boundary before `child`) in document order. */
function firstSegmentAfterBoundary(segments: Segment[], container: Node, child: Node | null): number {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const node = segments[mid]!.node;
    let after: boolean;
    if (child !== null) {
      after = node === child || (child.compareDocumentPosition(node) & (4 | 16)) !== 0;
    } else {
      // Boundary at the end of `container`: a node is after it if it follows and is not inside.
      const pos = container.compareDocumentPosition(node);
      after = (pos & 4) !== 0 && (pos & 16) === 0;
    }
    if (after) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * The text offset of a DOM position (as from `caretPositionFromPoint`): inside a mapped Text node,
 * or a boundary between children of an element. Null for positions in skipped content.
 */
export function toOffset(pageText: PageText, node: Node, offset: number): number | null {
  const i = segmentIndexOf(pageText, node);
  if (i !== undefined) {
    const seg = pageText.segments[i]!;
    return textOffsetInSegment(seg, Math.max(0, offset));
  }
  if (node.nodeType === 3 || node.nodeType === 4) {
    // An unmapped Text node (whitespace between blocks, or skipped): no offset.
    return null;
  }
  if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return null;
  const root = pageText.root;
  if (node !== root && !root.contains(node)) return null;
  if (node.nodeType === 1 && (exclusionOf(node as Element) !== null || isInsideExcluded(node))) return null;
  const child = node.childNodes[offset] ?? null;
  const segments = pageText.segments;
  const j = firstSegmentAfterBoundary(segments, node, child);
  const seg = segments[j];
  if (seg === undefined) return pageText.text.length;
  return seg.start;
}
