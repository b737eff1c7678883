import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../../lib/categories';
import { FOCUS_HIGHLIGHT, HighlightPainter, highlightName, type HighlightWindow } from '../../../lib/page/highlights';

/** A stand-in for CSS.highlights (happy-dom has none): a Map and a Highlight that keeps its ranges. */
function fakeWindow() {
  class FakeHighlight {
    ranges: Range[];
    priority = 0;
    constructor(...ranges: Range[]) {
      this.ranges = ranges;
    }
  }
  const registry = new Map<string, FakeHighlight>();
  const win = { CSS: { highlights: registry }, Highlight: FakeHighlight } as unknown as HighlightWindow;
  return { win, registry };
}

function rangeOver(text: string): Range {
  const p = document.createElement('p');
  p.textContent = text;
  document.body.append(p);
  const r = document.createRange();
  r.selectNodeContents(p);
  return r;
}

describe('HighlightPainter', () => {
  it('registers one highlight per category under the chosen style', () => {
    const { win, registry } = fakeWindow();
    const painter = new HighlightPainter(win);
    painter.paint(
      [
        { range: rangeOver('7,000'), category: 'removals' },
        { range: rangeOver('22,169'), category: 'removals' },
        { range: rangeOver('6,000'), category: 'personnel' },
      ],
      'underline',
    );
    expect([...registry.keys()].sort()).toEqual(['ice-context-underline-personnel', 'ice-context-underline-removals']);
    expect((registry.get('ice-context-underline-removals') as unknown as { ranges: Range[] }).ranges).toHaveLength(2);
  });

  it('switches style and drops categories no longer present, leaving the focus mark', () => {
    const { win, registry } = fakeWindow();
    const painter = new HighlightPainter(win);
    painter.paint([{ range: rangeOver('7,000'), category: 'removals' }], 'underline');
    painter.focus(rangeOver('7,000'));
    painter.paint([{ range: rangeOver('6,000'), category: 'personnel' }], 'background');
    expect([...registry.keys()].sort()).toEqual(['ice-context-background-personnel', FOCUS_HIGHLIGHT]);
    painter.paint([{ range: rangeOver('6,000'), category: 'personnel' }], 'none');
    expect([...registry.keys()]).toEqual([FOCUS_HIGHLIGHT]);
    painter.clear();
    expect(registry.size).toBe(0);
  });

  it('leaves highlights registered by others alone', () => {
    const { win, registry } = fakeWindow();
    registry.set('the-page-own', new (win.Highlight as unknown as new () => never)());
    const painter = new HighlightPainter(win);
    painter.paint([{ range: rangeOver('7,000'), category: 'goal' }], 'underline');
    painter.clear();
    expect([...registry.keys()]).toEqual(['the-page-own']);
  });

  it('does nothing where the API is missing', () => {
    const painter = new HighlightPainter({} as HighlightWindow);
    expect(painter.supported).toBe(false);
    expect(() => painter.paint([{ range: rangeOver('1'), category: 'goal' }], 'underline')).not.toThrow();
  });
});

describe('highlights.css', () => {
  const css = readFileSync(resolve(import.meta.dirname, '../../../entrypoints/content/highlights.css'), 'utf8');

  it('styles every category under every visible style, and the focus mark', () => {
    for (const style of ['underline', 'background'] as const)
      for (const c of CATEGORIES) expect(css).toContain(`::highlight(${highlightName(style, c)})`);
    expect(css).toContain(`::highlight(${FOCUS_HIGHLIGHT})`);
  });

  it('holds nothing but ::highlight() rules, so it cannot restyle the page', () => {
    const selectors = css
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .split('}')
      .map((block) => block.split('{')[0]!.trim())
      .filter(Boolean);
    for (const sel of selectors) for (const part of sel.split(',')) expect(part.trim()).toMatch(/^::highlight\(ice-context-[a-z-]+\)$/);
  });
});
