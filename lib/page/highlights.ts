/**
 * Marks claims in the page with the CSS Custom Highlight API: ranges are registered with
 * `CSS.highlights` and styled by `::highlight()` rules, so the page's own nodes are never touched.
 * One Highlight per category and style ("ice-context-underline-removals"), plus one for the claim
 * that has keyboard focus. Browsers without the API get no marks (see the README).
 */
import type { Category } from '../categories';

export type HighlightStyle = 'underline' | 'background' | 'none';

export const HIGHLIGHT_PREFIX = 'ice-context-';
export const FOCUS_HIGHLIGHT = `${HIGHLIGHT_PREFIX}focus`;

/** The registry name for a category under a style. */
export function highlightName(style: Exclude<HighlightStyle, 'none'>, category: Category): string {
  return `${HIGHLIGHT_PREFIX}${style}-${category}`;
}

/** The globals this module needs: a window, or a stand-in in tests. */
export type HighlightWindow = Pick<typeof globalThis, 'CSS' | 'Highlight'>;

/** Whether this document supports the CSS Custom Highlight API. */
export function supportsHighlights(win: HighlightWindow = globalThis): boolean {
  return typeof win?.CSS !== 'undefined' && 'highlights' in win.CSS && typeof win.Highlight === 'function';
}

export interface PaintedClaim {
  range: Range;
  category: Category;
}

/** Owns every highlight this extension registers in one document. */
export class HighlightPainter {
  readonly #names = new Set<string>();
  readonly #win: HighlightWindow;
  readonly supported: boolean;

  constructor(win: HighlightWindow = globalThis) {
    this.#win = win;
    this.supported = supportsHighlights(win);
  }

  /** Replaces all claim marks with `claims` drawn in `style`. */
  paint(claims: Iterable<PaintedClaim>, style: HighlightStyle): void {
    if (!this.supported) return;
    const byName = new Map<string, Range[]>();
    if (style !== 'none') {
      for (const c of claims) {
        const name = highlightName(style, c.category);
        let list = byName.get(name);
        if (!list) byName.set(name, (list = []));
        list.push(c.range);
      }
    }
    // Nothing drawn and nothing to draw (a page without claims): the registry is not even looked up.
    if (byName.size === 0 && [...this.#names].every((name) => name === FOCUS_HIGHLIGHT)) return;
    const registry = this.#win.CSS.highlights;
    for (const name of this.#names) if (name !== FOCUS_HIGHLIGHT && !byName.has(name)) registry.delete(name);
    for (const [name, ranges] of byName) {
      registry.set(name, new this.#win.Highlight(...ranges));
      this.#names.add(name);
    }
    for (const name of [...this.#names]) if (name !== FOCUS_HIGHLIGHT && !byName.has(name)) this.#names.delete(name);
  }

  /** Marks the claim that has keyboard focus, or clears the mark. */
  focus(range: Range | null): void {
    if (!this.supported) return;
    const registry = this.#win.CSS.highlights;
    if (range) {
      const h = new this.#win.Highlight(range);
      // Drawn above the category marks.
      h.priority = 1;
      registry.set(FOCUS_HIGHLIGHT, h);
      this.#names.add(FOCUS_HIGHLIGHT);
    } else {
      registry.delete(FOCUS_HIGHLIGHT);
      this.#names.delete(FOCUS_HIGHLIGHT);
    }
  }

  /** Removes every highlight we registered. */
  clear(): void {
    if (!this.supported) return;
    for (const name of this.#names) this.#win.CSS.highlights.delete(name);
    this.#names.clear();
  }
}
