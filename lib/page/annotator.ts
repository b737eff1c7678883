/**
 * Keeps the claims of a live document: scans the page (or only the blocks that changed), maps each
 * claim to a DOM Range, drops claims whose text left the page, and answers "which claim is at this
 * caret position?" for hover. DOM only; no extension APIs. Detection is passed in.
 */
import type { Claim } from '../detect/types';
import { extractText, type ExtractOptions } from './extract';
import { toRange } from './map';

export interface AnnotatedClaim {
  /** Stable for the life of the page. */
  id: number;
  claim: Claim;
  range: Range;
}

/** Turns a block of page text into claims; `wholePage` is false for incremental re-scans of blocks. */
export type DetectFn = (text: string, wholePage: boolean) => Claim[];

const TEXT_NODE = 3;

function compareRanges(a: AnnotatedClaim, b: AnnotatedClaim): number {
  if (a.range.startContainer === b.range.startContainer) return a.range.startOffset - b.range.startOffset;
  return a.range.compareBoundaryPoints(0 /* START_TO_START */, b.range) as number;
}

/** Every Text node a range touches (claims are short, so this is a handful). */
function textNodesOf(range: Range): Text[] {
  const start = range.startContainer;
  if (start === range.endContainer && start.nodeType === TEXT_NODE) return [start as Text];
  const root = range.commonAncestorContainer;
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 0x4 /* SHOW_TEXT */);
  const out: Text[] = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (range.intersectsNode(n)) out.push(n as Text);
  return out;
}

export class Annotator {
  private nextId = 0;
  private list: AnnotatedClaim[] = [];
  private byNode = new Map<Text, AnnotatedClaim[]>();

  constructor(
    private readonly detect: DetectFn,
    private readonly extractOptions: ExtractOptions = {},
  ) {}

  /** The claims in document order. */
  get claims(): readonly AnnotatedClaim[] {
    return this.list;
  }

  /** Scans the whole of `root` (usually document.body), replacing what was known. */
  scanAll(root: Node): readonly AnnotatedClaim[] {
    this.list = this.annotate(root, true);
    this.reindex();
    return this.list;
  }

  /**
   * Re-scans only `elements` (the blocks that changed) and drops claims whose text left the page.
   * Returns whether anything changed.
   */
  rescan(elements: Iterable<Element>): boolean {
    const roots = outermost([...elements].filter((e) => e.isConnected));
    const before = this.list.length;
    let changed = false;
    // Claims inside a re-scanned block are replaced by the block's new claims.
    const keep = this.list.filter((c) => {
      const node = c.range.startContainer;
      if (!node.isConnected || !c.range.endContainer.isConnected) return false;
      return !roots.some((r) => r.contains(node));
    });
    changed = keep.length !== before;
    const added: AnnotatedClaim[] = [];
    for (const root of roots) added.push(...this.annotate(root, false));
    if (added.length) changed = true;
    if (!changed) return false;
    this.list = keep.concat(added).sort(compareRanges);
    this.reindex();
    return true;
  }

  /** Drops claims whose text left the page; returns whether any did. */
  prune(): boolean {
    const keep = this.list.filter((c) => c.range.startContainer.isConnected && c.range.endContainer.isConnected && !c.range.collapsed);
    if (keep.length === this.list.length) return false;
    this.list = keep;
    this.reindex();
    return true;
  }

  /** The claim whose text contains the caret position (node, offset), if any. */
  claimAt(node: Node, offset: number): AnnotatedClaim | null {
    if (node.nodeType !== TEXT_NODE) return null;
    for (const c of this.byNode.get(node as Text) ?? []) {
      try {
        if (c.range.comparePoint(node, offset) === 0) return c;
      } catch {
        // The node moved to another document: not ours any more.
      }
    }
    return null;
  }

  /** Forgets everything. */
  clear(): void {
    this.list = [];
    this.byNode.clear();
  }

  private annotate(root: Node, wholePage: boolean): AnnotatedClaim[] {
    const pageText = extractText(root, this.extractOptions);
    if (!pageText.text) return [];
    const out: AnnotatedClaim[] = [];
    for (const claim of this.detect(pageText.text, wholePage)) {
      const range = toRange(pageText, claim.start, claim.end);
      if (range) out.push({ id: this.nextId++, claim, range });
    }
    return out;
  }

  private reindex(): void {
    this.byNode.clear();
    for (const c of this.list) {
      for (const n of textNodesOf(c.range)) {
        const at = this.byNode.get(n);
        if (at) at.push(c);
        else this.byNode.set(n, [c]);
      }
    }
  }
}

/** The elements not contained in another of the list. */
function outermost(elements: Element[]): Element[] {
  const set = new Set(elements);
  return elements.filter((e) => {
    for (let p = e.parentElement; p; p = p.parentElement) if (set.has(p)) return false;
    return true;
  });
}

