import { beforeEach, describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/page/extract';

function textOf(html: string): string {
  document.body.innerHTML = html;
  return extractText(document.body).text;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('extractText: blocks and whitespace', () => {
  it('separates blocks with a blank line and <br> with a newline', () => {
    expect(textOf('<h1>Title</h1><p>One.</p><div>Two<br>three</div><ul><li>a</li><li>b</li></ul>')).toBe(
      'Title\n\nOne.\n\nTwo\nthree\n\na\n\nb',
    );
  });

  it('joins inline elements without a break', () => {
    expect(textOf('<p>ICE made <a href="#">approximately <strong>7,000</strong></a> removals per <em>month</em>.</p>')).toBe(
      'ICE made approximately 7,000 removals per month.',
    );
  });

  it('collapses whitespace like white-space: normal', () => {
    expect(textOf('<p>\n   lead   space\t\tand\n\nlines  </p><p> <span> a </span> <b> b </b> </p>')).toBe(
      'lead space and lines\n\na b',
    );
  });

  it('does not collapse non-breaking spaces but reads them as spaces', () => {
    expect(textOf('<p>7,000&nbsp;&nbsp;deportations</p>')).toBe('7,000  deportations');
  });

  it('drops soft hyphens and zero-width spaces inside words and numbers', () => {
    expect(textOf('<p>depor&shy;tations of 7,\u200b000</p>')).toBe('deportations of 7,000');
  });

  it('keeps preformatted whitespace', () => {
    expect(textOf('<p>x</p><pre>a  b\n c</pre>')).toBe('x\n\na  b\n c');
  });

  it('treats table cells and definition lists as blocks', () => {
    expect(textOf('<table><tr><td>FY2019</td><td>267,258</td></tr></table><dl><dt>Beds</dt><dd>50,000</dd></dl>')).toBe(
      'FY2019\n\n267,258\n\nBeds\n\n50,000',
    );
  });

  it('separates text around a removed block, but not around a removed inline element', () => {
    expect(textOf('<div>before<div class="ad-slot">Advertisement</div>after</div>')).toBe('before\n\nafter');
    expect(textOf('<p>share <button>Tweet</button> this</p>')).toBe('share this');
  });

  it('returns no leading or trailing whitespace', () => {
    expect(textOf('  <div>  <p>  x  </p>  </div>  ')).toBe('x');
    expect(textOf('')).toBe('');
  });
});

describe('extractText: what is left out', () => {
  const skipped: [string, string][] = [
    ['script', '<script>var n = 7000;</script>'],
    ['style', '<style>p { width: 100px }</style>'],
    ['noscript', '<noscript>Enable JS 1,000</noscript>'],
    ['template', '<template><p>1,000</p></template>'],
    ['svg', '<svg><text>1,000</text></svg>'],
    ['canvas', '<canvas>1,000</canvas>'],
    ['iframe', '<iframe>1,000</iframe>'],
    ['nav', '<nav><a href="/">Home</a> 1,000</nav>'],
    ['aside', '<aside>Related: 1,000 arrests</aside>'],
    ['form', '<form><label>Email</label> 1,000</form>'],
    ['input', '<input value="1,000">'],
    ['textarea', '<textarea>1,000</textarea>'],
    ['select', '<select><option>1,000</option></select>'],
    ['button', '<button>1,000 comments</button>'],
    ['contenteditable', '<div contenteditable>1,000</div>'],
    ['contenteditable=true', '<div contenteditable="true"><p>1,000</p></div>'],
    ['contenteditable=plaintext-only', '<div contenteditable="plaintext-only">1,000</div>'],
    ['hidden', '<p hidden>1,000</p>'],
    ['aria-hidden', '<p aria-hidden="true">1,000</p>'],
    ['display:none', '<p style="color: red; display: none">1,000</p>'],
    ['role=navigation', '<div role="navigation">1,000</div>'],
    ['role=banner', '<div role="banner">1,000</div>'],
    ['role=contentinfo', '<div role="contentinfo">1,000</div>'],
    ['role=complementary', '<div role="complementary">1,000</div>'],
    ['ad class', '<div class="ad">1,000</div>'],
    ['ads id', '<div id="ads-top">1,000</div>'],
    ['advertisement class', '<div class="box advertisement">1,000</div>'],
    ['promo class', '<section class="promo_box">1,000</section>'],
    ['comments id', '<section id="comments"><p>1,000</p></section>'],
    ['comment class', '<div class="comment-list">1,000</div>'],
    ['newsletter', '<div class="newsletter-signup">1,000</div>'],
    ['related', '<div class="relatedStories">1,000</div>'],
    ['share', '<div class="share-tools">1,000</div>'],
    ['social', '<ul class="social">1,000</ul>'],
    ['footer class', '<div class="site-footer">1,000</div>'],
    ['menu', '<div class="menu">1,000</div>'],
    ['cookie', '<div id="cookie-banner">1,000</div>'],
    ['our UI host', '<div data-ice-context-ui="">1,000</div>'],
    ['page header', '<header><a href="/">The Daily</a> 1,000</header>'],
    ['page footer', '<footer>© 2019 · 1,234 comments</footer>'],
  ];
  for (const [name, html] of skipped) {
    it(`skips ${name}`, () => {
      expect(textOf(`<p>Kept.</p>${html}<p>Also kept.</p>`)).toBe('Kept.\n\nAlso kept.');
    });
  }

  it('reads only the summary of a closed <details>, and all of an open one', () => {
    expect(textOf('<details><summary>Methodology</summary><p>1,000 rows</p> loose 2,000</details>')).toBe('Methodology');
    expect(textOf('<details open><summary>Methodology</summary><p>1,000 rows</p></details>')).toBe('Methodology\n\n1,000 rows');
    expect(textOf('<details><summary>S</summary>loose</details>')).toBe('S');
  });

  it('leaves out screen-reader-only text that would split a sentence', () => {
    expect(textOf('<p><a href="#">7,000 deportations<span class="sr-only"> (opens in a new window)</span></a> a month</p>')).toBe(
      '7,000 deportations a month',
    );
    expect(textOf('<p>x<span class="visually-hidden">y</span><span class="screen-reader-text">z</span></p>')).toBe('x');
  });

  it('keeps contenteditable="false" outside an editor', () => {
    expect(textOf('<p contenteditable="false">Kept 7,000.</p>')).toBe('Kept 7,000.');
  });

  it('keeps inline display styles and visibility of other kinds', () => {
    expect(textOf('<p style="display: block">a</p><p style="display:inline-block">b</p>')).toBe('a\n\nb');
  });

  it("keeps an article's own header with its headline, and a blockquote's footer", () => {
    expect(
      textOf(
        '<header>Site</header><article><header><h1>Headline</h1></header><blockquote><p>Quote.</p><footer>Someone</footer></blockquote></article>',
      ),
    ).toBe('Headline\n\nQuote.\n\nSomeone');
  });

  it('does not drop an article body whose class or id mentions furniture words', () => {
    const prose = '<p>' + 'ICE is averaging approximately 7,000 deportations per month from the US interior, officials said on Tuesday. '.repeat(2) + '</p>';
    const body = prose + prose;
    expect(textOf('<div class="article-content"><p>Body 7,000.</p></div>')).toBe('Body 7,000.');
    expect(textOf(`<div class="story-body story-body--with-ads">${body}</div>`)).toContain('approximately 7,000');
    expect(textOf(`<div class="c-article-body has-ads">${body}</div>`)).toContain('approximately 7,000');
    expect(textOf(`<div class="comment-article">${body}</div>`)).toContain('approximately 7,000');
    expect(textOf('<div class="ad-wrapper"><article><p>Inside.</p></article></div>')).toBe('Inside.');
    expect(textOf('<div class="share" itemprop="articleBody"><p>Body.</p></div>')).toBe('Body.');
    expect(textOf('<article class="ad"><p>Article.</p></article>')).toBe('Article.');
  });

  it('drops boxes named for both furniture and story when they hold no prose', () => {
    expect(textOf('<p>Kept.</p><div class="related-content"><p><a>ICE arrests 1,000</a></p><p><a>More</a></p></div>')).toBe('Kept.');
    expect(textOf('<p>Kept.</p><ul class="related-story-list"><li>3,000 a day</li></ul>')).toBe('Kept.');
    expect(textOf('<p>Kept.</p><div class="article-footer share">Tags 1,234 comments</div>')).toBe('Kept.');
  });

  it('does not mistake words that merely contain furniture letters', () => {
    expect(textOf('<div class="headline lead loader"><p>Kept.</p></div>')).toBe('Kept.');
  });
});

describe('extractText: segments and blocks', () => {
  it('maps every character of the text to its node, except the breaks', () => {
    document.body.innerHTML = '<p> a  <em>bc </em> d</p><p>e</p>';
    const pt = extractText(document.body);
    expect(pt.text).toBe('a bc d\n\ne');
    const covered = new Array<boolean>(pt.text.length).fill(false);
    for (const seg of pt.segments) {
      for (let i = 0; i < seg.runs.length; i += 3) {
        const [t, n, len] = [seg.runs[i]!, seg.runs[i + 1]!, seg.runs[i + 2]!];
        for (let k = 0; k < len; k++) {
          covered[t + k] = true;
          const ch = seg.node.data[n + k]!;
          const out = pt.text[t + k]!;
          expect(/\s/.test(out) ? /\s/.test(ch) : ch === out).toBe(true);
        }
      }
    }
    const uncovered = [...pt.text].filter((_, i) => !covered[i]);
    expect(uncovered.join('')).toBe('\n\n');
  });

  it('records blocks with the element that holds each stretch of text', () => {
    document.body.innerHTML = '<article><h1>H</h1><p id="p1">One <b>two</b></p><div id="d">x<p id="p2">y</p>z</div></article>';
    const pt = extractText(document.body);
    const blocks = pt.blocks.map((b) => [b.element.id || b.element.localName, pt.text.slice(b.start, b.end)]);
    expect(blocks).toEqual([
      ['h1', 'H'],
      ['p1', 'One two'],
      ['d', 'x'],
      ['p2', 'y'],
      ['d', 'z'],
    ]);
  });

  it('re-extracts one block alone with the same text as in the whole page', () => {
    document.body.innerHTML = '<article><p>First.</p><p id="target">  The <a>agency   has</a> 6,000 officers. </p></article>';
    const whole = extractText(document.body);
    const target = document.getElementById('target')!;
    const alone = extractText(target);
    const block = whole.blocks.find((b) => b.element === target)!;
    expect(alone.text).toBe(whole.text.slice(block.start, block.end));
    expect(alone.segments.map((s) => s.node)).toEqual(
      whole.segments.filter((s) => s.start >= block.start && s.end <= block.end).map((s) => s.node),
    );
  });

  it('gives no text for a subtree inside skipped furniture, unless told not to look up', () => {
    document.body.innerHTML = '<aside><p id="in">Related 1,000</p></aside>';
    const p = document.getElementById('in')!;
    expect(extractText(p).text).toBe('');
    expect(extractText(p, { checkAncestors: false }).text).toBe('Related 1,000');
  });

  it('extracts a shadow root or fragment, with ranges into it', () => {
    document.body.innerHTML = '<div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>ICE has <b>6,000</b> officers.</p><aside>1,000</aside>';
    const pt = extractText(shadow);
    expect(pt.text).toBe('ICE has 6,000 officers.');
    const fragment = document.createDocumentFragment();
    fragment.appendChild(document.createElement('p')).textContent = 'x';
    expect(extractText(fragment).text).toBe('x');
  });

  it('extracts a lone text node and a whole document', () => {
    document.body.innerHTML = '<p>  lone   text </p>';
    expect(extractText(document.body.firstChild!.firstChild!).text).toBe('lone text');
    expect(extractText(document).text).toBe('lone text');
  });
});

describe('extractText: scale', () => {
  it('handles 5,000-deep nesting without recursion', () => {
    let el: HTMLElement = document.body;
    for (let i = 0; i < 5000; i++) {
      const child = document.createElement(i % 2 === 0 ? 'div' : 'span');
      el.appendChild(child);
      el = child;
    }
    el.appendChild(document.createTextNode('deep 7,000'));
    expect(extractText(document.body).text).toBe('deep 7,000');
  });

  it('reads 100,000 text nodes, every one in order', () => {
    // How long this takes is measured by `npm run bench` (its 1 MB page of 5,000 paragraphs), not here.
    // Paragraphs are grouped 50 to a section: happy-dom finds a node's next sibling with indexOf.
    document.body.innerHTML = '';
    const article = document.createElement('article');
    let section: HTMLElement | null = null;
    for (let i = 0; i < 5000; i++) {
      if (i % 50 === 0) {
        section = document.createElement('section');
        article.appendChild(section);
      }
      const para = document.createElement('p');
      for (let k = 0; k < 10; k++) {
        const em = document.createElement('em');
        em.appendChild(document.createTextNode(`w${k} `));
        para.appendChild(em);
        para.appendChild(document.createTextNode(i === 4999 && k === 9 ? ' 7,000 ' : ' 1,000 '));
      }
      section!.appendChild(para);
    }
    document.body.appendChild(article);
    const { segments, text } = extractText(document.body);
    expect(segments).toHaveLength(100_000);
    expect(segments.every((s, i) => i === 0 || s.start >= segments[i - 1]!.end)).toBe(true);
    expect(text.trimEnd().endsWith('w9 7,000')).toBe(true);
  });
});

describe('footnote marks', () => {
  it('leaves a superscript reference out of the number before it', async () => {
    const { extractText } = await import('../../../lib/page/extract');
    document.body.innerHTML = '<p>ICE deported 7,000<sup>1</sup> people and held 50,000<sup>[2]</sup> a day; it had 6,000<sup><a href="#n3">*</a></sup> officers.</p><p>An area of 5 km<sup>2</sup> is fine too.</p>';
    const { text } = extractText(document.body);
    expect(text).toContain('ICE deported 7,000 people and held 50,000 a day; it had 6,000 officers.');
  });
});
