/**
 * Property tests of the DOM <-> text mapping over random trees built node by node: blocks, inlines,
 * `<br>`, `<pre>`, comments, text with numbers and every kind of whitespace (including no-break
 * spaces, soft hyphens and zero-width spaces), and elements that are never read (hidden, aria-hidden,
 * `display: none`, script, style, editors, forms, furniture by class, footnote marks). Text inside the unread ones
 * is all "X", which readable text never contains, so it can be told apart in `range.toString()`.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { extractText, type PageText } from '../../../lib/page/extract';
import { toOffset, toRange } from '../../../lib/page/map';

type Tree =
  | { kind: 'text'; data: string }
  | { kind: 'comment'; data: string }
  | { kind: 'br' }
  | { kind: 'el'; tag: string; children: Tree[] }
  | { kind: 'unread'; how: Unread; children: Tree[] };

type Unread = 'hidden' | 'aria-hidden' | 'display-none' | 'script' | 'style' | 'contenteditable' | 'textarea' | 'button' | 'class-ad' | 'nav' | 'footnote';

const WORDS = ['ICE', 'deported', '7,000', '50,000', '$3.4 billion', 'per', 'month', 'a', '12', '1,234,567', '—', 'de\u00adport', 'zero\u200bwidth', '\u00a0', '“quoted”', 'é', '🙂'];
const SPACES = ['', ' ', '  ', '\n', '\t', ' \n\t ', '\r\n', '\u00a0'];

const textData = fc
  .tuple(fc.constantFrom(...SPACES), fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SPACES)), { maxLength: 5 }))
  .map(([lead, ws]) => lead + ws.map(([w, s]) => w + s).join(''));

// No <article> inside: a furniture class ("ad-slot") around the story itself is read on purpose.
const BLOCKS = ['p', 'div', 'li', 'ul', 'h2', 'section', 'blockquote', 'pre', 'td', 'table', 'figure'];
// <sup> is not here: a short one is a footnote mark and never read (the 'footnote' unread kind).
const INLINES = ['span', 'em', 'b', 'a', 'strong', 'code', 'small', 'sub', 'time'];
// No <template>: happy-dom misorders a template's siblings in Range boundary checks (a Range from
// the text before a template to the text after it collapses), which real browsers do not.
const UNREAD: Unread[] = ['hidden', 'aria-hidden', 'display-none', 'script', 'style', 'contenteditable', 'textarea', 'button', 'class-ad', 'nav', 'footnote'];

const { tree } = fc.letrec<{ tree: Tree; leaf: Tree }>((tie) => ({
  leaf: fc.oneof(
    { weight: 6, arbitrary: textData.map((data): Tree => ({ kind: 'text', data })) },
    { weight: 1, arbitrary: fc.constantFrom('', ' 7,000 ', '-- x --').map((data): Tree => ({ kind: 'comment', data })) },
    { weight: 1, arbitrary: fc.constant<Tree>({ kind: 'br' }) },
  ),
  tree: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 3, arbitrary: tie('leaf') },
    { weight: 3, arbitrary: fc.record({ kind: fc.constant('el' as const), tag: fc.constantFrom(...BLOCKS, ...INLINES), children: fc.array(tie('tree'), { maxLength: 4 }) }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('unread' as const), how: fc.constantFrom(...UNREAD), children: fc.array(tie('tree'), { maxLength: 3 }) }) },
  ),
}));

/** Builds `t` under `parent`; inside unread elements every character of text is "X". */
function build(parent: Node, t: Tree, unread: boolean): void {
  const doc = document;
  const xs = (s: string) => (unread ? 'X'.repeat(Math.max(1, s.length)) : s);
  switch (t.kind) {
    case 'text':
      parent.appendChild(doc.createTextNode(xs(t.data)));
      return;
    case 'comment':
      parent.appendChild(doc.createComment(t.data));
      return;
    case 'br':
      parent.appendChild(doc.createElement('br'));
      return;
    case 'el': {
      const el = doc.createElement(t.tag);
      parent.appendChild(el);
      for (const c of t.children) build(el, c, unread);
      return;
    }
    case 'unread': {
      if (t.how === 'footnote') {
        // A reference mark such as "<sup>1</sup>" or "<sup>12</sup>", whatever the children would be.
        const sup = parent.appendChild(doc.createElement('sup'));
        sup.appendChild(doc.createTextNode(t.children.length % 2 ? 'XX' : 'X'));
        return;
      }
      const tag = { script: 'script', style: 'style', textarea: 'textarea', button: 'button', nav: 'nav' }[t.how as string] ?? 'span';
      const el = doc.createElement(tag);
      if (t.how === 'hidden') el.setAttribute('hidden', '');
      if (t.how === 'aria-hidden') el.setAttribute('aria-hidden', 'true');
      if (t.how === 'display-none') el.setAttribute('style', 'color: red; display:none');
      if (t.how === 'contenteditable') el.setAttribute('contenteditable', '');
      if (t.how === 'class-ad') el.setAttribute('class', 'ad-slot');
      parent.appendChild(el);
      for (const c of t.children) build(el, c, true);
      if (!t.children.length) el.appendChild(doc.createTextNode('XX'));
      return;
    }
  }
}

function render(trees: Tree[]): PageText {
  document.body.replaceChildren();
  const article = document.createElement('article');
  document.body.appendChild(article);
  for (const t of trees) build(article, t, false);
  return extractText(document.body);
}

const DROPPED = /[\u00ad\u200b\ufeff]/g;
/** Modulo whitespace collapsing: blocks may touch with no whitespace node between them. */
const squash = (s: string) => s.replace(DROPPED, '').replace(/[\s\u00a0]+/g, '');
const isWhite = (c: string) => /[ \t\n\r\f\u00a0]/.test(c);

/** The text offset a range built for [start, …) starts at: pulled forward out of a break. */
function expectedStart(pt: PageText, start: number): number {
  const seg = pt.segments.find((s) => s.end > start)!;
  return Math.max(start, seg.start);
}

const trees = fc.array(tree, { minLength: 1, maxLength: 6 });

afterEach(() => document.body.replaceChildren());

describe('DOM text mapping over random trees', () => {
  it('extracts without throwing; unread text never appears; every run maps characters one to one', () => {
    fc.assert(
      fc.property(trees, (ts) => {
        const pt = render(ts);
        expect(pt.text).not.toContain('X');
        let last = 0;
        for (const seg of pt.segments) {
          expect(seg.node.isConnected).toBe(true);
          expect(seg.start).toBeGreaterThanOrEqual(last);
          expect(seg.end).toBeGreaterThan(seg.start);
          last = seg.end;
          let covered = 0;
          for (let i = 0; i < seg.runs.length; i += 3) {
            const [t, n, len] = [seg.runs[i]!, seg.runs[i + 1]!, seg.runs[i + 2]!];
            covered += len;
            for (let k = 0; k < len; k++) {
              const c = pt.text[t + k]!;
              const d = seg.node.data[n + k]!;
              // Same character, a space standing for collapsed whitespace or a no-break space, or a
              // preformatted CRLF read as one "\n" (mapped to its "\r").
              if (c !== d) expect((c === ' ' && isWhite(d)) || (c === '\n' && d === '\r')).toBe(true);
            }
          }
          // A segment's text is wholly mapped: breaks only fall between segments.
          expect(covered).toBe(seg.end - seg.start);
        }
        expect(last).toBeLessThanOrEqual(pt.text.length);
        // No doubled spaces or leading whitespace in what detection reads (outside <pre>; a no-break
        // space is a visible character and stays).
        if (!pt.segments.some((s) => s.node.parentElement?.closest('pre') || s.node.data.includes('\u00a0'))) expect(pt.text).not.toMatch(/^\s| {2}|\n{3}/);
      }),
      { numRuns: 400 },
    );
  });

  it('every Range from toRange is valid, reads the same text, and toOffset maps its start back', () => {
    fc.assert(
      fc.property(trees, fc.nat(), fc.nat(), (ts, a, b) => {
        const pt = render(ts);
        const n = pt.text.length;
        if (n === 0) return;
        const start = a % n;
        const end = start + 1 + (b % (n - start));
        const range = toRange(pt, start, end);
        const inner = pt.text.slice(start, end);
        if (range === null) {
          // Only a span made wholly of synthetic breaks has no range.
          expect(inner).toMatch(/^\n+$/);
          return;
        }
        expect(range.collapsed).toBe(false);
        expect(range.startContainer.isConnected && range.endContainer.isConnected).toBe(true);
        expect(range.startContainer.nodeType).toBe(3);
        expect(range.endContainer.nodeType).toBe(3);
        expect(range.startOffset).toBeLessThanOrEqual((range.startContainer as Text).length);
        expect(range.endOffset).toBeLessThanOrEqual((range.endContainer as Text).length);
        // Modulo whitespace, and leaving out the unread text the range passes over ("X").
        expect(squash(range.toString()).replace(/X/g, '')).toBe(squash(inner));
        expect(toOffset(pt, range.startContainer, range.startOffset)).toBe(expectedStart(pt, start));
      }),
      { numRuns: 600 },
    );
  });

  it('every character of the text round-trips through toRange and toOffset', () => {
    fc.assert(
      fc.property(trees, (ts) => {
        const pt = render(ts);
        for (let i = 0; i < pt.text.length; i++) {
          if (pt.text[i] === '\n' && !pt.segments.some((s) => s.start <= i && i < s.end)) continue;
          const r = toRange(pt, i, i + 1)!;
          expect(r).not.toBeNull();
          expect(toOffset(pt, r.startContainer, r.startOffset)).toBe(i);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('a deep tree (5,000 levels) and a wide one (20,000 text nodes) are read without a stack overflow', () => {
    document.body.replaceChildren();
    let el: Element = document.body.appendChild(document.createElement('article'));
    for (let i = 0; i < 5000; i++) el = el.appendChild(document.createElement(i % 2 ? 'span' : 'div'));
    el.appendChild(document.createTextNode('ICE deported 7,000 people.'));
    expect(extractText(document.body).text).toBe('ICE deported 7,000 people.');
    document.body.replaceChildren();
    const p = document.body.appendChild(document.createElement('p'));
    for (let i = 0; i < 20_000; i++) p.appendChild(document.createTextNode(`w${i} `));
    const pt = extractText(document.body);
    expect(pt.segments).toHaveLength(20_000);
    const at = pt.text.indexOf('w19999');
    expect(toRange(pt, at, at + 6)!.toString()).toBe('w19999');
  });
});
