import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/page/extract';
import { toOffset, toRange } from '../../../lib/page/map';

/** Comparison "modulo whitespace collapsing": blocks may touch with no whitespace node between them. */
const squash = (s: string) => s.replace(/[\s\u00a0\u00ad\u200b]+/g, '');
const collapse = (s: string) => s.replace(/[\s\u00a0]+/g, ' ').replace(/[\u00ad\u200b]/g, '').trim();

function load(html: string) {
  document.body.innerHTML = html;
  return extractText(document.body);
}

describe('toRange', () => {
  it('spans inline elements, start and end in different nodes', () => {
    const pt = load('<p>ICE is averaging <a href="#">approximately   7,000 deportations</a> per <em>month</em> now.</p>');
    const start = pt.text.indexOf('approximately');
    const end = pt.text.indexOf(' now');
    const range = toRange(pt, start, end)!;
    expect(range.startContainer.textContent).toBe('approximately   7,000 deportations');
    expect(range.endContainer.textContent).toBe('month');
    expect(collapse(range.toString())).toBe(pt.text.slice(start, end));
  });

  it('covers exactly one character, and the first and the last', () => {
    const pt = load('<p>  abc  </p>');
    expect(toRange(pt, 0, 1)!.toString()).toBe('a');
    expect(toRange(pt, 2, 3)!.toString()).toBe('c');
  });

  it('pulls ends that fall in a break onto real text', () => {
    const pt = load('<p>one</p><p>two</p>');
    expect(pt.text).toBe('one\n\ntwo');
    expect(toRange(pt, 3, 5)).toBeNull();
    expect(toRange(pt, 2, 6)!.toString()).toBe('e' + 't');
    expect(toRange(pt, 4, 8)!.toString()).toBe('two');
  });

  it('returns null for empty, reversed or out-of-bounds spans', () => {
    const pt = load('<p>abc</p>');
    expect(toRange(pt, 1, 1)).toBeNull();
    expect(toRange(pt, 2, 1)).toBeNull();
    expect(toRange(pt, -1, 2)).toBeNull();
    expect(toRange(pt, 0, 99)).toBeNull();
    expect(toRange(load(''), 0, 0)).toBeNull();
  });

  it('maps a collapsed space to one whitespace character of the source', () => {
    const pt = load('<p>7,000 \n\t deportations</p>');
    const sp = pt.text.indexOf(' ');
    const r = toRange(pt, sp, sp + 1)!;
    expect(r.toString()).toBe(' ');
    expect(collapse(toRange(pt, 0, pt.text.length)!.toString())).toBe(pt.text);
  });

  it('returns null rather than throwing when the page changed since extraction', () => {
    const pt = load('<p>abcdef</p>');
    (document.body.firstChild!.firstChild as Text).data = 'ab';
    const r = toRange(pt, 1, 5);
    expect(r === null || r.toString() === 'b').toBe(true);
  });
});

describe('toOffset', () => {
  it('inverts toRange for every character of mapped text', () => {
    const pt = load('<p> a  <em>bc </em> d</p><div>e<br>f <span>  g</span></div>');
    for (let i = 0; i < pt.text.length; i++) {
      const r = toRange(pt, i, i + 1);
      if (r === null) continue;
      expect(toOffset(pt, r.startContainer, r.startOffset)).toBe(i);
      expect(toOffset(pt, r.endContainer, r.endOffset)).toBe(i + 1);
    }
  });

  it('maps positions inside collapsed whitespace to the space that stands for it', () => {
    const pt = load('<p>ab    cd</p>');
    const node = document.querySelector('p')!.firstChild!;
    expect(pt.text).toBe('ab cd');
    expect(toOffset(pt, node, 2)).toBe(2);
    expect(toOffset(pt, node, 4)).toBe(3);
    expect(toOffset(pt, node, 6)).toBe(3);
  });

  it('maps an element boundary to the text that follows it', () => {
    const pt = load('<p id="a">one</p><p id="b">two <b>three</b></p>');
    const b = document.getElementById('b')!;
    expect(toOffset(pt, b, 0)).toBe(pt.text.indexOf('two'));
    expect(toOffset(pt, b, 1)).toBe(pt.text.indexOf('three'));
    expect(toOffset(pt, b, 2)).toBe(pt.text.length);
    expect(toOffset(pt, document.body, 0)).toBe(0);
  });

  it('gives null for skipped content and foreign nodes', () => {
    const pt = load('<p>one</p><aside id="x"><p>1,000</p></aside><script>7</script>');
    const asideText = document.querySelector('#x p')!.firstChild!;
    expect(toOffset(pt, asideText, 1)).toBeNull();
    expect(toOffset(pt, document.getElementById('x')!, 0)).toBeNull();
    expect(toOffset(pt, document.createTextNode('z'), 0)).toBeNull();
  });
});

describe('mapping property: every span maps back to the same characters', () => {
  const word = fc.constantFrom('ICE', '7,000', 'approximately', 'per', 'month', '\u00a0', 'de\u00adport', '50,000', 'a', '—');
  const space = fc.constantFrom('', ' ', '  ', '\n', ' \t\n ');
  const textNode = fc.tuple(space, fc.array(fc.tuple(word, space), { minLength: 1, maxLength: 4 })).map(
    ([lead, parts]) => lead + parts.map(([w, s]) => w + s).join(''),
  );
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const tree: fc.Arbitrary<string> = fc.letrec<{ node: string }>((tie) => ({
    node: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      textNode.map(escape),
      fc.constant('<br>'),
      fc
        .tuple(fc.constantFrom('p', 'div', 'li', 'em', 'a', 'span', 'strong', 'h2', 'td', 'blockquote'), fc.array(tie('node'), { maxLength: 4 }))
        .map(([tag, kids]) => `<${tag}>${kids.join('')}</${tag}>`),
    ),
  })).node;

  it('range.toString() equals text.slice(start, end) modulo whitespace', () => {
    fc.assert(
      fc.property(fc.array(tree, { minLength: 1, maxLength: 5 }), fc.nat(), fc.nat(), (parts, a, b) => {
        const pt = load(parts.join(''));
        const n = pt.text.length;
        if (n === 0) return;
        const start = a % n;
        const end = start + 1 + (b % (n - start));
        const slice = pt.text.slice(start, end);
        const range = toRange(pt, start, end);
        if (range === null) {
          expect(slice.trim()).toBe('');
          return;
        }
        expect(squash(range.toString())).toBe(squash(slice));
        // And back: the range's ends map to offsets inside the span.
        const s2 = toOffset(pt, range.startContainer, range.startOffset)!;
        const e2 = toOffset(pt, range.endContainer, range.endOffset)!;
        expect(s2).toBeGreaterThanOrEqual(start);
        expect(e2).toBeLessThanOrEqual(end);
        expect(pt.text.slice(s2, e2).trim()).toBe(slice.trim());
      }),
      { numRuns: 300 },
    );
  });
});
