/**
 * Keeps the claims of a live document: scans the page (or only the blocks that changed), maps each
 * claim to a DOM Range, drops claims whose text left the page, and answers "which claim is at this
 * caret position?" for hover. DOM only; no extension APIs.
 *
 * A whole-page scan can run in slices: reading, detection and mapping each pause when a slice's time
 * is up and resume after the caller's `pause()`, so a huge page never blocks its tab for long.
 *
 * Detection itself is handed in: a content script carries only the topic
 * gate, and hands the text of a page that passes it to the background, whose detector answers
 * (detection may yield a promise: the scan waits for it, the page keeps its thread).
 */
import { topicOf } from '../detect/gate';
import type { Claim, DetectOptions, TopicFacts } from '../detect/types';
import { extractTextInSteps, type ExtractOptions, type PageText } from './extract';
import { toRange } from './map';

export interface AnnotatedClaim {
  /** Stable for the life of the page. */
  id: number;
  claim: Claim;
  range: Range;
}

/**
 * Detection, as lib/detect's detectClaimsInSteps: a generator that pauses when `shouldPause` says so,
 * and may yield a promise to wait for (detection done elsewhere) before it returns the claims.
 */
export type DetectSteps = (text: string, options: DetectOptions, shouldPause: () => boolean) => Generator<Step, Claim[], void>;

export interface AnnotatorOptions {
  /** Detection: lib/detect's detectClaimsInSteps, or the background's (lib/page/remote-detect.ts). */
  detect: DetectSteps;
  /** The article's date (YYYY-MM-DD), read when detection runs. */
  articleDate?: () => string | null;
  extract?: ExtractOptions;
  /**
   * Read the page without computed style (one style lookup per element is the costliest part of
   * reading a long page) and instead drop claims whose text is not rendered, asking the browser only
   * about the few elements that hold a claim.
   */
  visibleOnly?: boolean;
  /** Called with the milliseconds spent in detection (for the benchmark's split). */
  onDetect?: (ms: number) => void;
  /**
   * Called with the milliseconds of the other steps of a scan, pauses left out (for the benchmark's
   * split): the topic gate on the raw text, reading the page, mapping claims back to Ranges, and
   * ('load', the benchmark's name for it) the wall-clock wait for detection's answer from outside
   * the page (not work on the page's thread: the page has it meanwhile).
   */
  onPhase?: (phase: 'gate' | 'read' | 'map' | 'load', ms: number) => void;
}

/** How a sliced scan shares the main thread. */
export interface Slicing {
  /** Longest stretch of work before pausing, in ms. */
  sliceMs: number;
  /** Gives the page its turn (e.g. scheduler.yield or a zero timeout). */
  pause: () => Promise<void>;
  /** Whether to give up (the scan was superseded or the extension switched off). */
  cancelled?: () => boolean;
}

const TEXT_NODE = 3;
const NEVER = () => false;

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

/** Whether the text a range starts in is rendered (where the browser can say). */
function isRendered(range: Range): boolean {
  const el = range.startContainer.parentElement;
  return !el || typeof el.checkVisibility !== 'function' || el.checkVisibility();
}

/**
 * Passes on a pausing generator's pauses, waits and result, reporting the time spent in it without
 * the pauses, and the wall-clock time of its waits to `waited`.
 */
function* timedSteps<T>(steps: Generator<Step, T, void>, report: (ms: number) => void, waited?: (ms: number) => void): Generator<Step, T, void> {
  let spent = 0;
  for (;;) {
    const t0 = performance.now();
    const r = steps.next();
    spent += performance.now() - t0;
    if (r.done) {
      report(spent);
      return r.value;
    }
    if (r.value) {
      const t1 = performance.now();
      yield r.value;
      waited?.(performance.now() - t1);
    } else {
      yield;
    }
  }
}

/** A scan's pause: a slice boundary (void) or a wait for detection to load (a promise). */
type Step = Promise<unknown> | void;

/**
 * Runs a pausing generator to the end without pausing, nor waiting: detection that yields a promise
 * finds nothing this way (see `rescanWaiting`).
 */
function runToEnd<T>(steps: Generator<Step, T, void>): T {
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

export class Annotator {
  #nextId = 0;
  #list: AnnotatedClaim[] = [];
  #byNode = new Map<Text, AnnotatedClaim[]>();
  /** The whole page's topic verdict, from the last full scan; re-scanned blocks are judged by it. */
  #topic: TopicFacts | undefined;

  readonly #options: AnnotatorOptions;

  constructor(options: AnnotatorOptions) {
    this.#options = options;
  }

  /** The claims in document order. */
  get claims(): readonly AnnotatedClaim[] {
    return this.#list;
  }

  /** Scans the whole of `root` (usually document.body) at once, replacing what was known. */
  scanAll(root: Node): readonly AnnotatedClaim[] {
    this.#list = runToEnd(this.#scanSteps(root, NEVER, true));
    this.#reindex();
    return this.#list;
  }

  /**
   * Scans the whole of `root` in slices, replacing what was known when done. Resolves to null when
   * cancelled (what was known stays).
   */
  async scanAllSliced(root: Node, slicing: Slicing): Promise<readonly AnnotatedClaim[] | null> {
    let deadline = performance.now() + slicing.sliceMs;
    const steps = this.#scanSteps(root, () => performance.now() > deadline, true);
    for (;;) {
      if (slicing.cancelled?.()) return null;
      const r = steps.next();
      if (r.done) {
        this.#list = r.value;
        this.#reindex();
        return this.#list;
      }
      // Waiting for detection to load gives the page its turn too.
      await (r.value ?? slicing.pause());
      deadline = performance.now() + slicing.sliceMs;
    }
  }

  /**
   * Re-scans only `elements` (the blocks that changed) and drops claims whose text left the page.
   * Returns whether anything changed.
   */
  rescan(elements: Iterable<Element>): boolean {
    return runToEnd(this.#rescanSteps(elements));
  }

  /** As `rescan`, waiting for detection that answers later (done outside the page). */
  async rescanWaiting(elements: Iterable<Element>): Promise<boolean> {
    const steps = this.#rescanSteps(elements);
    for (;;) {
      const r = steps.next();
      if (r.done) return r.value;
      if (r.value) await r.value;
    }
  }

  *#rescanSteps(elements: Iterable<Element>): Generator<Step, boolean, void> {
    const roots = outermost([...elements].filter((e) => e.isConnected));
    const added: AnnotatedClaim[] = [];
    for (const root of roots) added.push(...(yield* this.#scanSteps(root, NEVER, false)));
    // Claims inside a re-scanned block are replaced by the block's new claims; claims whose text left
    // the page (meanwhile, too, when detection answered later) leave with it.
    const before = this.#list.length;
    const keep = this.#list.filter((c) => {
      const node = c.range.startContainer;
      if (!node.isConnected || !c.range.endContainer.isConnected) return false;
      return !roots.some((r) => r.contains(node));
    });
    const fresh = added.filter((c) => c.range.startContainer.isConnected && c.range.endContainer.isConnected && !c.range.collapsed);
    if (keep.length === before && !fresh.length) return false;
    this.#list = keep.concat(fresh).sort(compareRanges);
    this.#reindex();
    return true;
  }

  /** Drops claims whose text left the page; returns whether any did. */
  prune(): boolean {
    const keep = this.#list.filter((c) => c.range.startContainer.isConnected && c.range.endContainer.isConnected && !c.range.collapsed);
    if (keep.length === this.#list.length) return false;
    this.#list = keep;
    this.#reindex();
    return true;
  }

  /** The claim whose text contains the caret position (node, offset), if any. */
  claimAt(node: Node, offset: number): AnnotatedClaim | null {
    if (node.nodeType !== TEXT_NODE) return null;
    for (const c of this.#byNode.get(node as Text) ?? []) {
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
    this.#list = [];
    this.#byNode.clear();
    this.#topic = undefined;
  }

  /**
   * Reads `root`, detects its claims and maps them to Ranges, pausing when `shouldPause` says so, and
   * yielding a promise to wait for when detection must be loaded first.
   */
  *#scanSteps(root: Node, shouldPause: () => boolean, wholePage: boolean): Generator<Step, AnnotatedClaim[], void> {
    const onPhase = this.#options.onPhase;
    if (wholePage) {
      // The raw text holds every word the readable text does (and more), so a page whose raw text
      // fails the topic gate would fail it after reading too: skip the reading. This is what makes a
      // page on another beat cost next to nothing.
      const t0 = performance.now();
      const raw = topicOf(root.textContent ?? '');
      onPhase?.('gate', performance.now() - t0);
      if (!raw.about) {
        this.#topic = raw;
        return [];
      }
    }
    const pageText: PageText = yield* timedSteps(extractTextInSteps(root, this.#options.extract ?? {}, shouldPause), (ms) => onPhase?.('read', ms));
    if (!pageText.text) return [];
    // A whole page sets the topic; a re-scanned block is judged as part of its page when the page is
    // known to be about immigration, and on its own otherwise (a page that starts empty).
    let topic = this.#topic;
    if (wholePage) topic = this.#topic = topicOf(pageText.text);
    else if (!topic?.about) topic = undefined;
    const articleDate = this.#options.articleDate?.() ?? null;
    const detection = this.#options.detect(pageText.text, { articleDate, topic }, shouldPause);
    const claims: Claim[] = yield* timedSteps(
      detection,
      (ms) => this.#options.onDetect?.(ms),
      (ms) => onPhase?.('load', ms),
    );
    const out: AnnotatedClaim[] = [];
    let mapStart = performance.now();
    let mapMs = 0;
    for (const claim of claims) {
      const range = toRange(pageText, claim.start, claim.end);
      if (range && (!this.#options.visibleOnly || isRendered(range))) out.push({ id: this.#nextId++, claim, range });
      if (shouldPause()) {
        mapMs += performance.now() - mapStart;
        yield;
        mapStart = performance.now();
      }
    }
    onPhase?.('map', mapMs + performance.now() - mapStart);
    return out;
  }

  #reindex(): void {
    this.#byNode.clear();
    for (const c of this.#list) {
      for (const n of textNodesOf(c.range)) {
        const at = this.#byNode.get(n);
        if (at) at.push(c);
        else this.#byNode.set(n, [c]);
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
