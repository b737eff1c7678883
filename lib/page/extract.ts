/**
 * DOM -> the readable text of a page, with every character mapped back to the Text node it came
 * from. Blocks are separated by "\n\n" and `<br>` by "\n"; whitespace collapses the way a browser
 * renders `white-space: normal`. The walk is iterative (a TreeWalker), so depth costs no stack.
 */
import { defaultComputedVisibility, exclusionOf, isInsideExcluded } from './exclude';

/** One Text node's contribution to the page text. */
export interface Segment {
  node: Text;
  /** Offsets of the node's characters in `PageText.text` (end exclusive). */
  start: number;
  end: number;
  /**
   * Flat triples `[textOffset, nodeOffset, length, ...]`: each run maps `length` characters of the
   * page text one to one onto the node's data. A collapsed whitespace run is a run of length 1.
   */
  runs: number[];
}

/** A stretch of text between two block breaks, and the block element that holds it. */
export interface PageBlock {
  element: Element;
  start: number;
  end: number;
}

/** The readable text of a page (or of one subtree) and the map back to the DOM. */
export interface PageText {
  text: string;
  /** In text order; the gaps between segments are the synthetic breaks ("\n\n", "\n"). */
  segments: Segment[];
  blocks: PageBlock[];
  root: Node;
}

/** Options for extractText. */
export interface ExtractOptions {
  /** See exclude.ts: use computed visibility (`checkVisibility`) where the browser offers it. */
  computedVisibility?: boolean;
  /**
   * When the root is not the document, first check that no ancestor hides it (a block inside an
   * `<aside>` yields no text). Defaults to true; a caller that already knows can skip the walk up.
   */
  checkAncestors?: boolean;
}

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog',
  'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol',
  'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul',
  'listing', 'plaintext', 'xmp',
]);

const PRE_TAGS = new Set(['pre', 'listing', 'plaintext', 'xmp']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_SECTION_NODE = 4;
const DOCUMENT_NODE = 9;
const DOCUMENT_FRAGMENT_NODE = 11;
const SHOW_ELEMENT = 0x1;
const SHOW_TEXT = 0x4;

/** Whether an element starts a new block (by tag; we avoid computed style for speed). */
export function isBlockElement(el: Element): boolean {
  return BLOCK_TAGS.has(el.localName.toLowerCase());
}

function isCollapsible(code: number): boolean {
  // CSS collapses only space, tab, line feed, carriage return and form feed; not U+00A0.
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12;
}

function isDropped(code: number): boolean {
  // Soft hyphen, zero-width space and BOM render as nothing; keeping them would split numbers.
  return code === 0xad || code === 0x200b || code === 0xfeff;
}

/**
 * Where a run of ordinary characters ends: a dropped character, collapsible whitespace other than
 * a lone space before an ordinary character (white-space: normal), or a line break (pre).
 */
const SPECIAL = /[\t\n\r\f\u00ad\u200b\ufeff]| (?=[ \t\n\r\f\u00ad\u200b\ufeff]|$)/g;
const PRE_SPECIAL = /[\n\r\u00ad\u200b\ufeff]/g;

/** Builds the text and the segments in one pass; knows nothing about the tree. */
class TextBuilder {
  readonly parts: string[] = [];
  readonly segments: Segment[] = [];
  readonly blocks: PageBlock[] = [];
  length = 0;
  /** Newlines owed before the next visible character (0, 1 or 2). */
  pendingBreak = 0;
  /** A collapsed space owed before the next visible character, and where it came from. */
  pendingSpace: Text | null = null;
  pendingSpaceOffset = 0;
  #blockElement: Element;
  #blockStart = 0;
  #blockOpen = false;

  constructor(rootBlock: Element) {
    this.#blockElement = rootBlock;
  }

  requestBreak(lines: number, blockElement: Element | null): void {
    if (lines > this.pendingBreak) this.pendingBreak = lines;
    this.pendingSpace = null;
    if (blockElement !== null && lines >= 2) {
      this.#closeBlock();
      this.#blockElement = blockElement;
    }
  }

  #closeBlock(): void {
    if (this.#blockOpen) {
      this.blocks.push({ element: this.#blockElement, start: this.#blockStart, end: this.length });
      this.#blockOpen = false;
    }
  }

  finish(): void {
    this.#closeBlock();
  }

  #segmentFor(node: Text): Segment {
    const last = this.segments[this.segments.length - 1];
    if (last !== undefined && last.node === node) return last;
    const seg: Segment = { node, start: this.length, end: this.length, runs: [] };
    this.segments.push(seg);
    return seg;
  }

  /** Emits what is owed (break or space) before a visible character. */
  #flushOwed(): void {
    if (this.pendingBreak > 0 && this.length > 0) {
      const br = this.pendingBreak === 1 ? '\n' : '\n\n';
      if (this.pendingBreak >= 2) this.#closeBlock();
      this.parts.push(br);
      this.length += br.length;
    } else if (this.pendingSpace !== null && this.pendingBreak === 0 && this.length > 0) {
      const node = this.pendingSpace;
      this.pendingSpace = null;
      this.#emit(node, this.pendingSpaceOffset, ' ');
    }
    this.pendingBreak = 0;
    this.pendingSpace = null;
    if (!this.#blockOpen) {
      this.#blockOpen = true;
      this.#blockStart = this.length;
    }
  }

  /** Appends `str`, which is the node's data from `nodeOffset` on, character for character. */
  #emit(node: Text, nodeOffset: number, str: string): void {
    const seg = this.#segmentFor(node);
    const runs = seg.runs;
    const n = runs.length;
    // Extend the previous run when this one continues it in both text and node.
    if (n >= 3 && runs[n - 3]! + runs[n - 1]! === this.length && runs[n - 2]! + runs[n - 1]! === nodeOffset) {
      runs[n - 1] = runs[n - 1]! + str.length;
    } else {
      runs.push(this.length, nodeOffset, str.length);
    }
    this.parts.push(str);
    this.length += str.length;
    seg.end = this.length;
  }

  /** Adds one Text node's data, collapsing whitespace unless `pre`. */
  addText(node: Text, pre: boolean): void {
    const data = node.data;
    const len = data.length;
    let i = 0;
    while (i < len) {
      const code = data.charCodeAt(i);
      if (isDropped(code)) {
        i++;
        continue;
      }
      if (!pre && isCollapsible(code)) {
        if (this.pendingSpace === null) {
          this.pendingSpace = node;
          this.pendingSpaceOffset = i;
        }
        i++;
        while (i < len && isCollapsible(data.charCodeAt(i))) i++;
        continue;
      }
      if (pre && (code === 10 || code === 13)) {
        // A preformatted line break: CRLF counts once.
        this.#flushOwed();
        this.#emit(node, i, '\n');
        i += code === 13 && data.charCodeAt(i + 1) === 10 ? 2 : 1;
        continue;
      }
      // A run of ordinary characters up to the next special one, found by a regex search rather than
      // a loop over characters (which is slow before the code is optimized, i.e. at every page load).
      // A single space between two ordinary characters collapses to itself, so it stays in the run.
      const special = pre ? PRE_SPECIAL : SPECIAL;
      special.lastIndex = i + 1;
      const j = special.exec(data)?.index ?? len;
      this.#flushOwed();
      let chunk = data.slice(i, j);
      if (chunk.includes('\u00a0')) chunk = chunk.replace(/\u00a0/g, ' ');
      this.#emit(node, i, chunk);
      i = j;
    }
  }
}

function ownerDocumentOf(root: Node): Document {
  return root.nodeType === DOCUMENT_NODE ? (root as Document) : (root.ownerDocument as Document);
}

/** The readable text of `root` (a document, element or text node) with a map back to the DOM. */
export function extractText(root: Node, options: ExtractOptions = {}): PageText {
  const steps = extractTextInSteps(root, options, () => false);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** Nodes visited between two checks of `shouldPause`. */
const PAUSE_CHECK_EVERY = 512;

/**
 * extractText, pausing (yielding) whenever `shouldPause()` says so, checked every few hundred nodes:
 * a huge page is read across several tasks so the page stays responsive. Resume with next().
 */
export function* extractTextInSteps(root: Node, options: ExtractOptions, shouldPause: () => boolean): Generator<void, PageText, void> {
  const doc = ownerDocumentOf(root);
  const computed = options.computedVisibility ?? defaultComputedVisibility(doc);
  const start: Node = root.nodeType === DOCUMENT_NODE ? ((root as Document).documentElement ?? root) : root;
  const rootBlock =
    start.nodeType === ELEMENT_NODE
      ? (start as Element)
      : (start.parentElement ?? (start as ShadowRoot).host ?? doc.documentElement);
  const builder = new TextBuilder(rootBlock);
  const empty: PageText = { text: '', segments: [], blocks: [], root };

  if (start.nodeType === ELEMENT_NODE && exclusionOf(start as Element, computed) !== null) return empty;
  if (root.nodeType !== DOCUMENT_NODE && options.checkAncestors !== false && isInsideExcluded(start, computed)) {
    return empty;
  }
  if (start.nodeType === TEXT_NODE || start.nodeType === CDATA_SECTION_NODE) {
    const pre = start.parentElement?.closest('pre, listing, plaintext, xmp') != null;
    builder.addText(start as Text, pre);
    builder.finish();
    return { text: builder.parts.join(''), segments: builder.segments, blocks: builder.blocks, root };
  }
  // Elements, and fragments such as an open shadow root.
  if (start.nodeType !== ELEMENT_NODE && start.nodeType !== DOCUMENT_FRAGMENT_NODE) return empty;

  // No filter callback: a native TreeWalker is several times faster without one. A rejected
  // element is skipped by never descending into it, which is what FILTER_REJECT would do.
  const walker = doc.createTreeWalker(start, SHOW_ELEMENT | SHOW_TEXT);

  // The open block elements, innermost last, so a break knows which block follows it.
  const blockStack: Element[] = [rootBlock];
  let preDepth = start.parentElement?.closest('pre, listing, plaintext, xmp') != null ? 1 : 0;
  if (start.nodeType === ELEMENT_NODE && PRE_TAGS.has((start as Element).localName.toLowerCase())) preDepth++;

  /** Handles arriving at a node; returns whether to descend into it. */
  const enter = (node: Node): boolean => {
    const type = node.nodeType;
    if (type === TEXT_NODE || type === CDATA_SECTION_NODE) {
      const parent = node.parentElement;
      // Loose text in a closed <details> is not rendered (its elements are caught by exclusionOf).
      if (parent !== null && parent.localName === 'details' && !parent.hasAttribute('open')) return false;
      builder.addText(node as Text, preDepth > 0);
      return false;
    }
    if (type !== ELEMENT_NODE) return false;
    const el = node as Element;
    const why = exclusionOf(el, computed);
    const tag = el.localName.toLowerCase();
    if (why !== null) {
      // Furniture that is a block (an ad between two runs of text) still separates them on screen.
      if (why === 'furniture' && BLOCK_TAGS.has(tag)) builder.requestBreak(2, null);
      return false;
    }
    if (tag === 'br') {
      builder.requestBreak(1, null);
    } else if (BLOCK_TAGS.has(tag)) {
      blockStack.push(el);
      builder.requestBreak(2, el);
      if (PRE_TAGS.has(tag)) preDepth++;
    }
    return true;
  };
  /** Handles leaving an element that was entered (not rejected). */
  const leave = (node: Node): void => {
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = (node as Element).localName.toLowerCase();
    if (BLOCK_TAGS.has(tag)) {
      blockStack.pop();
      builder.requestBreak(2, blockStack[blockStack.length - 1] ?? rootBlock);
      if (PRE_TAGS.has(tag)) preDepth--;
    }
  };

  // Depth-first, iteratively: down to the first child, else across, else up and across.
  let descend = true; // whether the current node was accepted and may have children to read
  let visited = 0;
  for (;;) {
    if (++visited % PAUSE_CHECK_EVERY === 0 && shouldPause()) yield;
    const child = descend ? walker.firstChild() : null;
    if (child !== null) {
      descend = enter(child);
      continue;
    }
    for (;;) {
      const node = walker.currentNode;
      if (node === start) {
        builder.finish();
        return { text: builder.parts.join(''), segments: builder.segments, blocks: builder.blocks, root };
      }
      // A rejected element was never entered, so it is not left either.
      if (descend) leave(node);
      const sibling = walker.nextSibling();
      if (sibling !== null) {
        descend = enter(sibling);
        break;
      }
      // Ancestors were all accepted on the way down.
      descend = true;
      if (walker.parentNode() === null) {
        builder.finish();
        return { text: builder.parts.join(''), segments: builder.segments, blocks: builder.blocks, root };
      }
    }
  }
}
