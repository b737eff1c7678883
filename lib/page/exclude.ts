/**
 * Which elements are not part of an article's readable text: code, hidden content, forms, and page
 * furniture (navigation, ads, comments, related stories, newsletters). Decisions are per element; a
 * rejected element takes its whole subtree with it.
 */

/** The attribute our own in-page UI host carries, so we never read our own cards as article text. */
export const UI_HOST_ATTRIBUTE = 'data-ice-context-ui';

const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'video',
  'audio', 'nav', 'aside', 'input', 'textarea', 'select', 'option', 'datalist', 'button',
  'head', 'title', 'meta', 'link', 'dialog', 'map', 'rp',
]);

const FURNITURE_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar', 'toolbar',
]);

/** Parts of class and id tokens that mark page furniture ("ad-slot", "site-footer", "mainNav"). */
const FURNITURE_PARTS = new Set([
  'ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertising', 'promo', 'promos', 'comment',
  'comments', 'newsletter', 'related', 'share', 'sharing', 'social', 'footer', 'nav', 'navbar',
  'menu', 'cookie', 'cookies', 'sidebar', 'sponsored', 'taboola', 'outbrain', 'recirc', 'trending',
  'breadcrumb', 'breadcrumbs', 'subscribe', 'signup',
  // Seen around related stories, galleries and comment systems on saved news pages.
  'rail', 'recirculation', 'recommended', 'recommendations', 'popular', 'zergnet', 'disqus',
  // The author's bio under a story. (Not "teaser": German sites name their standfirst so.)
  'bio',
]);

/** Words that turn a furniture word into a description of what an element carries ("has-ads"). */
const MODIFIER_WORDS = new Set(['has', 'hasnt', 'with', 'without', 'no']);
const AD_PARTS = new Set(['ad', 'ads', 'advert', 'adverts']);

/** Two parts that name furniture together though each alone does not ("more-stories", "upNext", "most-read"). */
const FURNITURE_PAIRS = new Set([
  'more stories', 'more news', 'more articles', 'more videos', 'more from', 'most read', 'most viewed', 'most shared',
  'most emailed', 'read next', 'up next', 'around web', 'may like', 'might like', 'also like', 'top stories',
  'editors picks', 'suggested reading', 'more posts', 'latest news', 'latest stories', 'latest headlines', 'latest posts',
  'latest articles', 'next article', 'next story', 'next post', 'previous article', 'previous story', 'previous post',
]);

/** A classic WordPress widget ("widget_rss", "widget_recent_entries"): it only ever sits in a sidebar or footer. */
const WP_WIDGET = /^widget_[a-z]/;

/**
 * Parts that name the story itself. An element named with both ("story-body--with-ads") is kept
 * when it holds prose: losing the article body costs far more than reading a stray box.
 */
const CONTENT_PARTS = new Set(['content', 'body', 'article', 'story', 'text', 'entry', 'post', 'main']);

/** Long paragraphs that make a form a page wrapper rather than a consent or sign-up notice (those have up to four). */
const PAGE_FORM_PARAGRAPHS = 5;

/** Elements the class heuristic never drops, because they are (or announce) the story itself. */
const PROTECTED_TAGS = new Set(['html', 'body', 'main', 'article']);
const STORY_SELECTOR = 'article, main, [role="main"], [role="article"], [itemprop="articleBody"]';

function tokenParts(token: string): string[] {
  return token
    .replace(/([a-z0-9])([A-Z])/g, '$1-$2')
    .toLowerCase()
    .split(/[-_:.]+/)
    .filter((p) => p.length > 0);
}

/** Words that join the words of a sentence, and so of a slug made from a heading, never of a component name. */
const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'of', 'with', 'to', 'for', 'and', 'in', 'on', 'is', 'are', 'how', 'why', 'what', 'from', 'by', 'at']);

/** A slug made from a heading ("sharing-with-a-single-developer"): it names a topic, not the element's role. */
function isSlug(parts: string[]): boolean {
  return parts.length >= 5 && parts.some((p) => FUNCTION_WORDS.has(p));
}

/** The classes a blog engine puts on a post ("post-1806 type-post hentry"), beside its topic tags. */
const POST_CLASSES = /(?:^|\s)(?:hentry|type-[\w-]+|post-\d+)(?=\s|$)/;
/** A post's taxonomy class ("tag-social-media", "category-advertising") names its topic, not its role. */
const TAXONOMY_TOKEN = /^(?:tag|category)-/;

/**
 * What the class and id say about an element: 'furniture' (ad, comments, related, share, …), 'mixed'
 * when they also name the story ("story-body--with-ads", "related-content"), or null.
 */
export function furnitureName(el: Element): 'furniture' | 'mixed' | null {
  const cls = el.getAttribute('class');
  const id = el.getAttribute('id');
  if (!cls && !id) return null;
  // Pages repeat their class names ("paragraph" on every paragraph): each name is split once. The
  // verdict depends on nothing but this string.
  const names = `${cls ?? ''} ${id ?? ''}`;
  const known = NAME_CACHE.get(names);
  if (known !== undefined) return known;
  if (NAME_CACHE.size >= NAME_CACHE_MAX) NAME_CACHE.clear();
  const verdict = nameVerdict(names);
  NAME_CACHE.set(names, verdict);
  return verdict;
}

const NAME_CACHE = new Map<string, 'furniture' | 'mixed' | null>();
const NAME_CACHE_MAX = 4096;

function nameVerdict(names: string): 'furniture' | 'mixed' | null {
  let furniture = false;
  let story = false;
  const post = POST_CLASSES.test(names);
  for (const token of names.split(/\s+/)) {
    if (token.length === 0 || (post && TAXONOMY_TOKEN.test(token))) continue;
    if (WP_WIDGET.test(token)) furniture = true;
    const parts = tokenParts(token);
    if (isSlug(parts)) continue;
    let previous = '';
    // "Section--Ads": a block's modifier saying it carries ads among its content.
    const adModifier = /--(?:has-|with-)?ad(?:s|verts?)?(?:-|$)/i.test(token);
    for (const part of parts) {
      if (FURNITURE_PARTS.has(part)) {
        // "has-ads", "with-sharing", "no-sidebar": what the element carries, not what it is.
        if (!MODIFIER_WORDS.has(previous) && !(adModifier && AD_PARTS.has(part))) furniture = true;
      }
      // Before the story words: "next-article" names the link to another story, not this one.
      else if (previous !== '' && FURNITURE_PAIRS.has(`${previous} ${part}`)) furniture = true;
      else if (CONTENT_PARTS.has(part)) story = true;
      // "around-the-web": the joining word does not break a pair ("with" still modifies what follows).
      if (!FUNCTION_WORDS.has(part) || MODIFIER_WORDS.has(part)) previous = part;
    }
  }
  if (!furniture) return null;
  return story ? 'mixed' : 'furniture';
}

/**
 * Paragraphs of running prose (at least `needed` of 120+ characters), as an article body has and a
 * related-links box does not.
 */
function looksLikeProse(el: Element, needed = 2): boolean {
  const paragraphs = el.getElementsByTagName('p');
  let long = 0;
  // A bounded look: the first 30 paragraphs decide.
  for (let i = 0; i < paragraphs.length && i < 30; i++) {
    if ((paragraphs[i]!.textContent ?? '').length >= 120 && ++long >= needed) return true;
  }
  return false;
}

/**
 * Whether the element holds something that announces the story (article, main, articleBody) and is
 * not itself named furniture or a comment (a comment is often an <article class="comment-body">, long
 * enough to read as prose), nor a teaser card.
 */
function holdsStory(el: Element): boolean {
  const found = el.querySelectorAll(STORY_SELECTOR);
  // Bounded: a comment section can hold hundreds of <article>s.
  for (let i = 0; i < found.length && i < 50; i++) {
    const story = found[i]!;
    if (hasFurnitureName(story) || COMMENT_NAME.test(`${story.getAttribute('class') ?? ''} ${story.id}`)) continue;
    if (story.localName !== 'article' || !isTeaserCard(story)) return true;
  }
  return false;
}

const COMMENT_NAME = /comment/i;

/** Paragraphs of 120+ characters under `root`, counting no further than `cap`. */
function longParagraphs(root: Element, cap: number): number {
  const paragraphs = root.getElementsByTagName('p');
  let long = 0;
  for (let i = 0; i < paragraphs.length && long < cap; i++) {
    if ((paragraphs[i]!.textContent ?? '').length >= 120) long++;
  }
  return long;
}

const PROSE_CAP = 200;
/** The page's long paragraphs, kept while its number of paragraphs stays the same. */
const PAGE_PROSE = new WeakMap<Document, { paragraphs: number; long: number }>();

/**
 * Whether a furniture-named element holds most of the page's prose, and so is a layout around the story
 * ("panel-two-col-sidebar-right", "right-rail-article"), not a box beside it. Comment sections, which can
 * outgrow a short story, are never one.
 */
function holdsMostProse(el: Element): boolean {
  const mine = longParagraphs(el, PROSE_CAP);
  if (mine < 3 || COMMENT_NAME.test(`${el.getAttribute('class') ?? ''} ${el.id}`)) return false;
  const doc = el.ownerDocument;
  const root = doc.body ?? doc.documentElement;
  const paragraphs = root.getElementsByTagName('p').length;
  let page = PAGE_PROSE.get(doc);
  if (page === undefined || page.paragraphs !== paragraphs) {
    page = { paragraphs, long: longParagraphs(root, PROSE_CAP * 2) };
    PAGE_PROSE.set(doc, page);
  }
  return mine * 2 >= page.long;
}

/** Whether the element holds the page's headline (<h1>), as a story's wrapper does and a box beside it does not. */
function holdsHeadline(el: Element): boolean {
  return el.getElementsByTagName('h1').length > 0;
}

/** Whether class or id marks the element as an ad, comment, newsletter, related or similar box. */
export function hasFurnitureName(el: Element): boolean {
  const name = furnitureName(el);
  // A name that also says "story" or "content" is trusted as furniture only if the box holds no prose.
  return name === 'furniture' || (name === 'mixed' && !looksLikeProse(el) && !holdsHeadline(el));
}

/**
 * A list whose every item is (almost) all link text, three or more: related stories, "most read",
 * tags, a table of contents. A story's own bullet points carry text of their own.
 */
function isLinkList(list: Element): boolean {
  let items = 0;
  for (let item = list.firstElementChild; item !== null; item = item.nextElementSibling) {
    if (item.localName !== 'li') continue;
    const text = (item.textContent ?? '').replace(/\s+/g, '').length;
    if (text === 0) continue;
    let linked = 0;
    const links = item.getElementsByTagName('a');
    for (let i = 0; i < links.length; i++) linked += (links[i]!.textContent ?? '').replace(/\s+/g, '').length;
    if (linked < text * LINK_ITEM_SHARE) return false;
    items++;
  }
  return items >= 3;
}

/** Share of an element's text (without whitespace) that is link text. */
function linkShare(el: Element): number {
  const text = (el.textContent ?? '').replace(/\s+/g, '').length;
  if (text === 0) return 0;
  let linked = 0;
  const links = el.getElementsByTagName('a');
  for (let i = 0; i < links.length; i++) linked += (links[i]!.textContent ?? '').replace(/\s+/g, '').length;
  return linked / text;
}

/**
 * A teaser card among others: an <article> with two or more <article> siblings (or in a list item
 * of a list of three or more), mostly link text
 * (a linked headline, a line of teaser). A live blog's posts are <article>s too, but of their own text.
 */
function isTeaserCard(el: Element): boolean {
  const parent = el.parentElement;
  if (parent === null || el.getAttribute('role') === 'main' || el.getAttribute('itemprop') === 'articleBody') return false;
  // Cards stand side by side, or one to a list item.
  const inItem = parent.localName === 'li';
  const row = inItem ? parent.parentElement : parent;
  if (row === null) return false;
  let siblings = 0;
  for (let c = row.firstElementChild; c !== null && siblings < 3; c = c.nextElementSibling) {
    if (c.localName === (inItem ? 'li' : 'article')) siblings++;
  }
  return siblings >= 3 && linkShare(el) >= 0.5 && !looksLikeProse(el);
}

/** Elements that make teaser cards in a grid, a list or a timeline of other stories. */
const CARD_TAGS = new Set(['div', 'li', 'section', 'article']);
/** A teaser card's text: a headline and a line or two of excerpt. */
const CARD_MAX_CHARS = 600;
/** How far along its siblings a card looks for others of its kind. */
const CARD_SIBLING_LOOK = 12;

/** Whether a link leads to another page (not an anchor in this one, as a live post's permalink is). */
function leadsElsewhere(a: Element): boolean {
  const href = a.getAttribute('href');
  if (href === null || href === '' || href.startsWith('#') || /^javascript:/i.test(href)) return false;
  const doc = a.ownerDocument;
  try {
    const to = new URL(href, doc.baseURI);
    const here = new URL(doc.URL);
    return to.origin !== here.origin || to.pathname !== here.pathname;
  } catch {
    return false;
  }
}

/**
 * Whether an element holds some text but no more than `max` characters (whitespace aside). Reads no
 * further than that, so asking it of a large wrapper costs no more than of a small box.
 */
function hasShortText(el: Element, max: number): boolean {
  const walker = el.ownerDocument.createTreeWalker(el, 0x4 /* SHOW_TEXT */);
  let length = 0;
  for (let n = walker.nextNode(); n !== null; n = walker.nextNode()) {
    length += (n as Text).data.trim().length;
    if (length > max) return false;
  }
  return length > 0;
}

/**
 * A short box whose heading links to another page: a headline and perhaps a line of excerpt, as the
 * cards of a "latest news" grid or a timeline of other stories are.
 */
function isHeadlineBox(el: Element): boolean {
  if (!CARD_TAGS.has(el.localName) || !hasShortText(el, CARD_MAX_CHARS)) return false;
  const heading = el.querySelector('h2, h3, h4, h5, h6');
  if (heading === null) return false;
  const around = heading.closest('a[href]');
  if (around !== null && el.contains(around)) return leadsElsewhere(around);
  const inner = heading.querySelector('a[href]');
  if (inner === null || !leadsElsewhere(inner)) return false;
  // The heading is the link (not a heading that happens to hold one).
  return (inner.textContent ?? '').trim().length >= (heading.textContent ?? '').trim().length * LINK_ITEM_SHARE;
}

/**
 * A teaser card among others: a headline box (see isHeadlineBox) with two or more such boxes beside
 * it. A story's own sections have headings of their own text; a live blog's posts link to themselves.
 */
function isHeadlineCard(el: Element): boolean {
  const parent = el.parentElement;
  if (parent === null || parent.childElementCount < 3 || el.getAttribute('role') === 'main' || el.getAttribute('itemprop') === 'articleBody') return false;
  if (!isHeadlineBox(el)) return false;
  let others = 0;
  let looked = 0;
  for (let c = el.previousElementSibling; c !== null && looked < CARD_SIBLING_LOOK && others < 2; c = c.previousElementSibling, looked++) {
    if (isHeadlineBox(c)) others++;
  }
  looked = 0;
  for (let c = el.nextElementSibling; c !== null && looked < CARD_SIBLING_LOOK && others < 2; c = c.nextElementSibling, looked++) {
    if (isHeadlineBox(c)) others++;
  }
  return others >= 2;
}

/** How much of a list item must be link text for the item to be a link. */
const LINK_ITEM_SHARE = 0.8;

/** Screen-reader-only text: off screen by clipping, not display, and it splits sentences ("(opens in new window)"). */
const SCREEN_READER_ONLY = /(?:^|\s)(?:sr-only|visually-hidden|visuallyhidden|screen-reader-text|screen-reader-only|screenreader-only|a11y-hidden|element-invisible|u-hidden-visually)(?:\s|$)/i;

const DISPLAY_NONE = /(?:^|;)\s*display\s*:\s*none\b/i;

/** Options that change how visibility is judged. */
export interface VisibilityOptions {
  /**
   * Also read computed style (display: none from stylesheets). Defaults to true in real browsers
   * and false under happy-dom, whose style computation is slow and incomplete.
   */
  computedVisibility?: boolean;
}

/** Whether to read computed style in this document (real browsers yes, happy-dom no). */
export function defaultComputedVisibility(doc: Document | null): boolean {
  const view = doc?.defaultView;
  if (!view) return false;
  const ua = view.navigator?.userAgent ?? '';
  return !/HappyDOM/i.test(ua) && typeof view.getComputedStyle === 'function';
}

/** Whether class or id names the element as part of the story ("article-header", "entry-header"). */
function namesStory(el: Element): boolean {
  for (const token of `${el.getAttribute('class') ?? ''} ${el.id}`.split(/\s+/)) {
    if (tokenParts(token).some((part) => STORY_PARTS.has(part))) return true;
  }
  return false;
}

const STORY_PARTS = new Set(['article', 'story', 'post', 'entry']);

function isArticleScoped(el: Element): boolean {
  return el.parentElement?.closest(STORY_SELECTOR) != null;
}

/** Why an element is left out: not rendered at all, or rendered but page furniture. */
export type Exclusion = 'hidden' | 'furniture';

/**
 * Whether an element (with its subtree) is left out of the readable text, and why. Looks only at
 * the element itself, except for `<header>`/`<footer>`, whose meaning depends on where they sit.
 */
/** The text of a footnote or reference mark: a few digits, letters or symbols, maybe bracketed. */
const FOOTNOTE_MARK = /^\s*[[(]?[\w*†‡§¶]{1,3}[\])]?\s*$/u;
const ORDINAL_SUFFIX = /^\s*(?:st|nd|rd|th)\s*$/i;

export function exclusionOf(el: Element, computedVisibility = false): Exclusion | null {
  const tag = el.localName.toLowerCase();
  if (SKIPPED_TAGS.has(tag)) return 'furniture';
  // Most elements of an article (<em>, <b>, many <p>) carry no attributes: one call answers every
  // attribute question below for them.
  const attributes = el.hasAttributes();
  let role: string | null = null;
  if (attributes) {
    if (el.hasAttribute(UI_HOST_ATTRIBUTE)) return 'furniture';
    if (el.hasAttribute('hidden')) return 'hidden';
    if (el.getAttribute('aria-hidden') === 'true') return 'hidden';
    const style = el.getAttribute('style');
    if (style !== null && DISPLAY_NONE.test(style)) return 'hidden';
    const cls = el.getAttribute('class');
    if (cls !== null && SCREEN_READER_ONLY.test(cls)) return 'hidden';
    const editable = el.getAttribute('contenteditable');
    if (editable !== null && editable.toLowerCase() !== 'false') return 'furniture';
    role = el.getAttribute('role')?.trim().toLowerCase() ?? null;
    if (role !== null && FURNITURE_ROLES.has(role) && !((role === 'banner' || role === 'contentinfo') && holdsMostProse(el))) {
      return 'furniture';
    }
  }
  // A header outside the article is the site's, unless it names itself the article's (its headline and
  // standfirst) or, left unclosed, holds the page.
  if (tag === 'header' && !isArticleScoped(el) && !namesStory(el) && !holdsMostProse(el)) return 'furniture';
  // A search box, sign-up or consent form is furniture; a form around the whole page (ASP.NET pages
  // wrap everything in one) holds the story: announced, with its headline, or as much prose as one.
  if (tag === 'form' && !holdsStory(el) && !holdsHeadline(el) && !looksLikeProse(el, PAGE_FORM_PARAGRAPHS) && !holdsMostProse(el)) {
    return 'furniture';
  }
  // A footnote or reference mark ("7,000<sup>1</sup>", "<sup>[2]</sup>"): read as part of the number
  // before it, it would turn 7,000 into 7,0001.
  // An ordinal's ending ("19<sup>th</sup> century") is part of the word, not a mark.
  if (tag === 'sup') {
    const mark = el.textContent ?? '';
    if (FOOTNOTE_MARK.test(mark) && !ORDINAL_SUFFIX.test(mark)) return 'furniture';
  }
  // A blockquote's footer is its attribution; every other footer is page or article furniture.
  if (tag === 'footer' && el.parentElement?.closest('blockquote, figure') == null && !holdsMostProse(el)) return 'furniture';
  if ((tag === 'ul' || tag === 'ol') && isLinkList(el)) return 'furniture';
  if (tag === 'article' && isTeaserCard(el)) return 'furniture';
  if (CARD_TAGS.has(tag) && isHeadlineCard(el)) return 'furniture';
  if (
    attributes &&
    !PROTECTED_TAGS.has(tag) &&
    role !== 'main' &&
    role !== 'article' &&
    el.getAttribute('itemprop') !== 'articleBody' &&
    hasFurnitureName(el) &&
    !holdsStory(el) &&
    !holdsMostProse(el)
  ) {
    return 'furniture';
  }
  // The closed part of a <details>: everything but its summary.
  if (tag !== 'summary' && el.parentElement?.localName === 'details' && !el.parentElement.hasAttribute('open')) {
    return 'hidden';
  }
  if (computedVisibility) {
    // The element's own display is enough: the walk never reaches a child of a hidden element.
    // (checkVisibility would also look at every ancestor, which makes deep pages quadratic in Chrome.)
    const style = el.ownerDocument.defaultView?.getComputedStyle(el);
    if (style && (style.display === 'none' || style.getPropertyValue('content-visibility') === 'hidden')) return 'hidden';
  }
  return null;
}

/** Whether an element (with its subtree) is left out of the readable text. */
export function isExcludedElement(el: Element, computedVisibility = false): boolean {
  return exclusionOf(el, computedVisibility) !== null;
}

/** Whether any ancestor of a node (up to the document) is excluded, so the node is never read. */
export function isInsideExcluded(node: Node, computedVisibility = false): boolean {
  for (let el = node.parentElement; el !== null; el = el.parentElement) {
    if (isExcludedElement(el, false)) return true;
  }
  // One question covers every ancestor's computed style at once.
  const first = node.nodeType === 1 ? (node as Element) : node.parentElement;
  if (computedVisibility && first && typeof first.checkVisibility === 'function') {
    return !first.checkVisibility();
  }
  return false;
}
