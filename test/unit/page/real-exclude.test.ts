/**
 * Patterns measured on saved real news pages (the structure only; every snippet here is written for
 * this test): what the furniture rules must keep and what they must drop.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/page/extract';

function textOf(html: string): string {
  document.body.innerHTML = html;
  return extractText(document.body).text;
}

/** A paragraph of 120+ characters, numbered so each one is distinct. */
function longParagraph(n: number): string {
  return `<p>Paragraph ${n}: the agency reported that it had carried out roughly ${n},000 removals during the fiscal year, officials said on Tuesday.</p>`;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('forms', () => {
  it('reads a story inside a form that wraps the whole page (ASP.NET pages)', () => {
    const text = textOf(
      `<form id="aspnetForm" method="post"><div class="page"><article><h1>Headline</h1>${longParagraph(1)}<p>Short one.</p></article></div></form>`,
    );
    expect(text).toContain('Paragraph 1: the agency reported');
    expect(text).toContain('Short one.');
  });

  it('reads a page-wrapping form without article markup when it holds an article’s worth of prose', () => {
    const body = [1, 2, 3, 4, 5].map(longParagraph).join('');
    expect(textOf(`<form id="form1"><div id="story">${body}</div></form>`)).toContain('Paragraph 5:');
  });

  it('still drops search, sign-up and consent forms', () => {
    expect(textOf('<p>Kept.</p><form><label>Search</label><input name="q"></form>')).toBe('Kept.');
    const story = [1, 2, 3, 4, 5].map(longParagraph).join('');
    const consent = [6, 7, 8, 9].map(longParagraph).join('');
    expect(textOf(`<article>${story}</article><form class="consent">${consent}<label>I agree</label></form>`)).not.toContain('Paragraph 6:');
  });
});

describe('comments and story markers', () => {
  it('drops a comment section whose comments are <article> elements', () => {
    const comments = `<section id="comments"><h2>12 comments</h2><article class="comment"><p>Reader says ICE deported 9,999 people.</p></article><article id="div-comment-7" class="comment-body"><p>Another reply.</p></article></section>`;
    expect(textOf(`<article><p>Story.</p></article>${comments}`)).toBe('Story.');
  });

  it('keeps a furniture-named wrapper that holds the article', () => {
    expect(textOf('<div class="ad-rail-layout"><article class="story"><p>Story.</p></article></div>')).toBe('Story.');
    expect(textOf('<div class="layout-with-sidebar"><main><p>Main story.</p></main></div>')).toBe('Main story.');
  });
});

describe('names that describe a topic, not a role', () => {
  it('does not read a slug made from a heading as a furniture name', () => {
    const section = '<section id="expenditures-as-a-share-of-the-budget"><h2>Spending</h2><p>Interest will pass 13 percent.</p></section>';
    expect(textOf(section)).toBe('Spending\n\nInterest will pass 13 percent.');
    expect(textOf('<div id="sharing-with-a-single-developer"><p>Step one.</p></div>')).toBe('Step one.');
  });

  it('still reads short component names as furniture', () => {
    expect(textOf('<p>Kept.</p><div id="share-tools"><p>Share this</p></div><div class="most-popular-comments"><p>x</p></div>')).toBe('Kept.');
  });

  it('ignores a blog post’s tag and category classes', () => {
    const post = '<div id="post-88" class="post-88 post type-post hentry category-advertising tag-social-media"><p>Post text.</p></div>';
    expect(textOf(post)).toBe('Post text.');
    // Without the post classes, "tag-…" is an ordinary name.
    expect(textOf('<p>Kept.</p><div class="tag-share"><p>x</p></div>')).toBe('Kept.');
  });
});

describe('related stories, rails and link lists', () => {
  it('drops boxes named as rails, recommendations and "more stories"', () => {
    const boxes = [
      '<div class="right-rail"><p>Other story 1</p></div>',
      '<section class="recommended-videos"><p>Video 2</p></section>',
      '<div class="duet--article--more-stories"><p>Story 3</p></div>',
      '<div id="upNextBottomWrapper"><p>Up next: story 4</p></div>',
      '<div class="around-the-web-box"><p>Sponsored 5</p></div>',
      '<div class="most-read"><p>Story 6</p></div>',
    ];
    expect(textOf(`<article><p>Story.</p></article>${boxes.join('')}`)).toBe('Story.');
  });

  it('keeps a story whose names only brush against those words', () => {
    expect(textOf('<div class="more-text"><p>The rest of the story.</p></div>')).toBe('The rest of the story.');
    // A story body that also names a rail is kept when it holds prose.
    expect(textOf(`<div class="story-body has-rail">${longParagraph(1)}${longParagraph(2)}</div>`)).toContain('Paragraph 2:');
    // Page builders name layouts after galleries ("ae-bg-gallery-type-default"): not furniture.
    expect(textOf('<section class="elementor-section ae-bg-gallery-type-default"><p>Body text.</p></section>')).toBe('Body text.');
  });

  it('keeps a layout named after its sidebar or rail when it holds most of the page’s prose', () => {
    const story = [1, 2, 3, 4].map(longParagraph).join('');
    const aside = `<div class="sidebar">${longParagraph(9)}</div>`;
    expect(textOf(`<div class="panel-two-col-sidebar-right"><div class="col">${story}</div>${aside}</div>`)).toContain('Paragraph 4:');
    expect(textOf(`<div class="r-article right-rail-article">${story}</div>`)).toContain('Paragraph 4:');
    // A sidebar that holds a minority of the prose is still dropped, and so is a long comment section.
    expect(textOf(`<article>${story}</article><div class="sidebar">${[5, 6, 7].map(longParagraph).join('')}</div>`)).not.toContain('Paragraph 5:');
    const comments = `<section class="comments">${[5, 6, 7, 8, 9, 10].map(longParagraph).join('')}</section>`;
    expect(textOf(`<div class="story">${longParagraph(1)}</div>${comments}`)).not.toContain('Paragraph 5:');
  });

  it('drops a list whose items are all links, and keeps bullet points with text of their own', () => {
    const related = '<ul><li><a href="/1">ICE arrests 2,000 in one week</a></li><li><a href="/2">Border crossings fall</a></li><li><a href="/3">Courts face backlog</a></li></ul>';
    expect(textOf(`<p>Story.</p>${related}`)).toBe('Story.');
    const bullets = '<ul><li>Removals rose to 7,000 in June, <a href="/r">the report</a> says.</li><li><a href="/a">Arrests</a> fell by a third.</li><li>Beds: 41,000.</li></ul>';
    expect(textOf(bullets)).toContain('Removals rose to 7,000 in June');
    // Two linked items are not yet a list of links.
    expect(textOf('<ul><li><a href="/1">One</a></li><li><a href="/2">Two</a></li></ul>')).toBe('One\n\nTwo');
  });
});

describe('superscripts', () => {
  it('keeps an ordinal’s ending and still drops footnote marks', () => {
    expect(textOf('<p>Since the 19<sup>th</sup> century and the 21<sup>st</sup>, ICE made 7,000<sup>1</sup> arrests.</p>')).toBe(
      'Since the 19th century and the 21st, ICE made 7,000 arrests.',
    );
  });
});

describe('teaser cards', () => {
  const card = (n: number) =>
    `<article class="item"><a href="/s/${n}"><h3>ICE story number ${n} with a long linked headline</h3></a><p>Teaser ${n} on the agency’s numbers.</p></article>`;

  it('drops a row of teaser cards that are mostly links', () => {
    expect(textOf(`<article><p>Story.</p></article><section class="component">${card(1)}${card(2)}${card(3)}</section>`)).toBe('Story.');
  });

  it('drops teaser cards one to a list item, and a "more news" box made only of them', () => {
    const items = [1, 2, 3].map((n) => `<li>${card(n)}</li>`).join('');
    expect(textOf(`<article><p>Story.</p></article><div class="more-news"><h2>More news</h2><ul>${items}</ul></div>`)).toBe('Story.');
  });

  it('keeps live-blog posts, which are sibling <article>s of their own text', () => {
    const post = (n: number) => `<article class="post"><h3>${n}:00 p.m.</h3><p>Agents detained ${n}00 people at the plant, the agency said.</p></article>`;
    const text = textOf(`<div class="live">${post(1)}${post(2)}${post(3)}</div>`);
    expect(text).toContain('Agents detained 100 people');
    expect(text).toContain('Agents detained 300 people');
  });

  it('keeps two cards, and a card that holds a whole story', () => {
    expect(textOf(`<div>${card(1)}${card(2)}</div>`)).toContain('Teaser 2 on');
    const story = `<article><a href="/x">Linked headline</a>${longParagraph(1)}${longParagraph(2)}</article>`;
    expect(textOf(`<div>${card(1)}${card(2)}${story}</div>`)).toContain('Paragraph 2:');
  });
});

describe('names that say what an element carries', () => {
  it('keeps sections marked as carrying ads or sharing tools', () => {
    expect(textOf('<section class="o-section o-section--has-ads"><p>Intro text.</p></section>')).toBe('Intro text.');
    expect(textOf('<section class="TestReport__Section TestReport__Section--Ads"><p>Verdict.</p></section>')).toBe('Verdict.');
    expect(textOf('<div class="layout with-sidebar no-comments"><p>Body.</p></div>')).toBe('Body.');
  });

  it('still drops the ads, sidebars and comments themselves', () => {
    expect(textOf('<p>Kept.</p><div class="ad-slot--top">Ad</div><div class="sidebar--left">x</div><div class="c-card--related">y</div>')).toBe('Kept.');
  });
});

describe('headers, footers and forms that hold the page', () => {
  it('keeps an article’s header outside the <article>, with its standfirst', () => {
    const header = '<header class="article-header"><h1>Headline</h1><p>ICE made 7,000 arrests, the standfirst says.</p></header>';
    expect(textOf(`<header class="site-header">Site</header>${header}<article><p>Body.</p></article>`)).toBe(
      'Headline\n\nICE made 7,000 arrests, the standfirst says.\n\nBody.',
    );
  });

  it('keeps an unclosed site header, banner or form that swallowed the story, and drops them otherwise', () => {
    const story = [1, 2, 3].map(longParagraph).join('');
    expect(textOf(`<header id="branding"><a href="/">Site</a><div id="main">${story}</div></header>`)).toContain('Paragraph 3:');
    expect(textOf(`<div role="banner"><div>${story}</div></div>`)).toContain('Paragraph 3:');
    expect(textOf(`<form id="mainform"><div class="recipe">${story}</div></form>`)).toContain('Paragraph 3:');
    expect(textOf(`<header id="branding"><p>Site tagline.</p></header><div>${story}</div>`)).not.toContain('tagline');
    expect(textOf(`<div>${story}</div><footer>${longParagraph(8)}</footer>`)).not.toContain('Paragraph 8:');
  });
});

describe('the headline marks the story’s wrapper', () => {
  it('keeps a wrapper named after both the story and a rail when it holds the <h1>', () => {
    expect(textOf('<div class="r-article right-rail-article"><h1>Headline</h1><div>Short line one.</div></div>')).toBe('Headline\n\nShort line one.');
    expect(textOf('<p>Kept.</p><div class="related-content"><h3>Other</h3><p>x</p></div>')).toBe('Kept.');
  });

  it('keeps a page form holding the headline, whatever the length of its paragraphs', () => {
    expect(textOf('<form id="mainform"><h1>Pineapple cake</h1><ul class="steps"><li>Heat oven.</li></ul></form>')).toBe('Pineapple cake\n\nHeat oven.');
    expect(textOf('<p>Kept.</p><form><h3>Newsletter</h3><p>Sign up.</p></form>')).toBe('Kept.');
  });
});

/*
 * Found by scripts/real-pages.ts in Chromium: saved pages whose article paragraphs were replaced by ICE
 * reporting and whose other text by ICE headlines. These structures (not their words) were marked.
 */
describe('boxes of headlines that link to other stories', () => {
  const card = (n: number, extra = '') =>
    `<div class="box"><a href="/news/story-${n}"><h3 class="box__title">ICE held ${n},000 people, story ${n} says</h3></a>${extra}</div>`;

  it('drops a timeline of headline cards beside the story, excerpts and all', () => {
    const timeline = `<div class="timeline">${card(1)}${card(2, '<p>An excerpt: 1,100 arrests in three days.</p>')}${card(3)}</div>`;
    const text = textOf(`<article><p>ICE detained 59,000 people.</p></article>${timeline}`);
    expect(text).toBe('ICE detained 59,000 people.');
  });

  it('drops cards whose heading holds the link, in list items too', () => {
    const items = [1, 2, 3].map((n) => `<li><h4><a href="https://example.com/x${n}">Headline ${n},000 removals</a></h4><p>Teaser.</p></li>`).join('');
    expect(textOf(`<p>Kept.</p><ul class="cards">${items}</ul>`)).toBe('Kept.');
  });

  it('keeps live-blog posts whose headings link to themselves, and a story’s own sections', () => {
    document.body.innerHTML = '';
    const here = new URL(document.URL).pathname;
    const posts = [1, 2, 3].map((n) => `<div class="post"><h3><a href="${here}#post-${n}">Update ${n}</a></h3><p>ICE made ${n},000 arrests.</p></div>`).join('');
    expect(textOf(posts)).toContain('ICE made 3,000 arrests.');
    const sections = [1, 2, 3].map((n) => `<section><h2>Part ${n}</h2><p>Text ${n}.</p></section>`).join('');
    expect(textOf(sections)).toContain('Text 2.');
    const anchors = [1, 2, 3].map((n) => `<div><h2><a href="#part-${n}">Part ${n}</a></h2><p>Text ${n}.</p></div>`).join('');
    expect(textOf(anchors)).toContain('Text 3.');
  });

  it('keeps two headline cards, and a box with a linked heading over a long text', () => {
    expect(textOf(`<div>${card(1)}${card(2)}<p>Other.</p></div>`)).toContain('story 2 says');
    const long = `<div><h3><a href="/other">Linked heading</a></h3>${longParagraph(1)}${longParagraph(2)}${longParagraph(3)}${longParagraph(4)}${longParagraph(5)}</div>`;
    expect(textOf(`<div>${long}${card(1)}${card(2)}</div>`)).toContain('Paragraph 5:');
  });
});

describe('more furniture names', () => {
  it('drops "latest news", "more posts", "next article" boxes, author bios and WordPress widgets', () => {
    expect(textOf('<p>Kept.</p><div class="latest-news-box"><p>ICE deported 1,000.</p></div>')).toBe('Kept.');
    expect(textOf('<p>Kept.</p><section class="more-posts-view"><p>ICE deported 1,000.</p></section><p>End.</p>')).toBe('Kept.\n\nEnd.');
    expect(textOf('<p>Kept.</p><div class="nextArticle"><h3>ICE deported 1,000</h3></div>')).toBe('Kept.');
    expect(textOf('<p>Kept.</p><div class="author-bio"><p>She covers immigration.</p></div>')).toBe('Kept.');
    expect(textOf('<p>Kept.</p><ul><li id="rss-2" class="widget widget_rss"><p>ICE deported 1,000.</p></li></ul>')).toBe('Kept.');
  });

  it('keeps a byline that "hasnt-bio", a story in a "widget" box, and a standfirst named "teaser"', () => {
    expect(textOf('<div class="pb-sig-line hasnt-bio">By A. Writer</div>')).toBe('By A. Writer');
    expect(textOf('<div class="widget Blog"><p>Post text.</p></div>')).toBe('Post text.');
    expect(textOf('<p class="article-teaser">The cabinet agreed on a programme.</p>')).toBe('The cabinet agreed on a programme.');
  });
});
