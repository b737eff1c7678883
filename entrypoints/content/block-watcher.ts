/**
 * Watches the page for changed text and hands the changed blocks (paragraphs, list items…) over in
 * batches: after a quiet spell, and never later than a maximum wait after the first change.
 */
import { Timer, type Timers } from './timers';

/** Page changes are gathered for this long before a re-scan, and never longer than the max. */
export const MUTATION_DEBOUNCE_MS = 250;
export const MUTATION_MAX_WAIT_MS = 1000;

export interface BlockWatcherOptions {
  /** The block a changed node belongs to, or null for nodes to ignore (our own UI). */
  blockOf(node: Node): Element | null;
  /** A batch is due: take it with take(). */
  onDue(): void;
}

export class BlockWatcher {
  #observer: MutationObserver | null = null;
  readonly #pending = new Set<Element>();
  readonly #timer: Timer;
  #deadline = 0;

  constructor(
    timers: Timers,
    private readonly options: BlockWatcherOptions,
  ) {
    this.#timer = new Timer(timers);
  }

  /** Starts watching `root` (once). */
  observe(root: Node): void {
    if (this.#observer) return;
    this.#observer = new MutationObserver((records) => this.record(records));
    this.#observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  /** Notes the blocks that mutation records touch; a removal alone is also a change. */
  record(records: Iterable<Pick<MutationRecord, 'type' | 'target' | 'addedNodes' | 'removedNodes'>>): void {
    let removed = false;
    for (const r of records) {
      if (r.type === 'characterData') {
        const block = this.options.blockOf(r.target);
        if (block) this.#pending.add(block);
        continue;
      }
      if (r.removedNodes.length) removed = true;
      for (const n of r.addedNodes) {
        const block = this.options.blockOf(n);
        if (block) this.#pending.add(block);
      }
    }
    if (this.#pending.size || removed) this.schedule();
  }

  /** Whether changed blocks are waiting. */
  get waiting(): boolean {
    return this.#pending.size > 0;
  }

  /** Makes a batch due after the quiet spell, or at the first change's deadline. */
  schedule(): void {
    const now = Date.now();
    if (!this.#timer.pending) this.#deadline = now + MUTATION_MAX_WAIT_MS;
    this.#timer.start(Math.min(MUTATION_DEBOUNCE_MS, Math.max(0, this.#deadline - now)), () => this.options.onDue());
  }

  /** The changed blocks so far, handed over once. */
  take(): Element[] {
    const blocks = [...this.#pending];
    this.#pending.clear();
    return blocks;
  }

  /** Stops watching and forgets what was pending. */
  stop(): void {
    this.#observer?.disconnect();
    this.#observer = null;
    this.#timer.cancel();
    this.#pending.clear();
  }

  destroy(): void {
    this.stop();
  }
}
