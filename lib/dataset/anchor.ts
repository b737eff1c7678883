/**
 * Whether a figure may anchor a verdict, and which of its sources leads. A figure is one value for one
 * metric and period, given by one or more sources. The rules (issue 16):
 * - sources lead by tier (agency, oversight, research, news, advocacy); advocacy never leads where
 *   another tier gives the figure;
 * - a figure whose only sources are advocacy pages never anchors a verdict;
 * - the page being annotated is never the only source of the figure that judges it;
 * - a figure another body counted (its `countedBy`, not the metric's counter: GAO's calendar-year tally of
 *   ICE's records, a newspaper's running total) never anchors one (verdict.counting-body-figure);
 * - a figure whose best source carries another body's count (a news page, or a research body reading
 *   an agency's statistics) anchors, but is "carried": the card says "ICE's figure, as reported by X".
 */
import { bySourceTier, type FigureRef } from './query';

export type AnchorBasis = 'counted' | 'carried';
export type NoAnchorReason = 'no-source' | 'advocacy-only' | 'self-sourced' | 'other-counter';

export type FigureAnchor =
  | {
      anchors: true;
      /** The source that leads: the best tier among the sources that may lead. */
      lead: FigureRef;
      /** `counted`: the lead is the counting body, oversight, or a research body's own estimate. */
      basis: AnchorBasis;
      /** For a carried figure, who published the page read ("CBS News"); null when counted. */
      carrier: string | null;
    }
  | { anchors: false; lead: null; reason: NoAnchorReason };

/** A URL reduced to host and path, so the same article read with or without "www." or a query matches. */
function pageKey(u: string): string {
  try {
    const url = new URL(u);
    return url.hostname.replace(/^www\./, '').toLowerCase() + url.pathname.replace(/\/+$/, '');
  } catch {
    return u;
  }
}

/**
 * The story's slug: the last path segment of three or more words and 15 or more characters
 * ("triple-ice-enforcement", "usa-immigration-detention-idINL1N1I30VH"), lower-cased and without a file
 * ending. Mirrors, proxies, wire copies and regional editions keep it while host and path around it
 * change ("www-politifact-com-s.example.net/…/1440/triple-ice-enforcement/article/2697"); a section name
 * before it ("immigration-and-customs-enforcement/") is passed over because the article's own slug comes
 * last. Null when the path has none (a numeric id, a bare domain).
 */
export function storySlug(u: string): string | null {
  let path: string;
  try {
    path = new URL(u).pathname;
  } catch {
    return null;
  }
  const slugs = path
    .toLowerCase()
    .split('/')
    .map((segment) => segment.replace(/\.[a-z0-9]{1,5}$/, ''))
    .filter((segment) => segment.length >= 15 && segment.split(/[-_]+/).filter(Boolean).length >= 3);
  return slugs.at(-1) ?? null;
}

/**
 * Whether two URLs are the same page or a copy of the same story: the same host and path (without "www.", the
 * query and the fragment), or the same story slug on any host (`storySlug`). Used so that the article being
 * read is never its own evidence, even when the source was recorded from a mirror or another copy of it.
 */
export function samePage(a: string, b: string): boolean {
  return pageMatcher(a)(b);
}

/** `samePage` against one page, with that page's key and slug computed once. */
function pageMatcher(page: string): (url: string) => boolean {
  const key = pageKey(page);
  const slug = storySlug(page);
  return (url) => pageKey(url) === key || (slug !== null && storySlug(url) === slug);
}

/**
 * Decides whether the figure given by `refs` (one value, one or more sources) may anchor a verdict on
 * the page at `pageUrl` (the article being annotated, when known).
 */
export function anchorOf(refs: readonly FigureRef[], pageUrl?: string | null): FigureAnchor {
  if (!refs.length) return { anchors: false, lead: null, reason: 'no-source' };
  const own = refs.filter((f) => !f.countedBy || f.countedBy === f.metricDef.countedBy);
  if (!own.length) return { anchors: false, lead: null, reason: 'other-counter' };
  const isPage = pageUrl ? pageMatcher(pageUrl) : null;
  const others = isPage ? own.filter((f) => !isPage(f.sourceDef.url)) : [...own];
  if (!others.length) return { anchors: false, lead: null, reason: 'self-sourced' };
  const eligible = others.filter((f) => f.sourceDef.tier !== 'advocacy').sort(bySourceTier);
  const lead = eligible[0];
  if (!lead) return { anchors: false, lead: null, reason: 'advocacy-only' };
  const counted = lead.sourceDef.primary;
  return { anchors: true, lead, basis: counted ? 'counted' : 'carried', carrier: counted ? null : lead.sourceDef.publisher };
}

/** "ICE's figure, as reported by CBS News" for a carried figure; "ICE" for a counted one. */
export function anchorCredit(anchor: Extract<FigureAnchor, { anchors: true }>): string {
  const counter = anchor.lead.metricDef.countedBy;
  return anchor.basis === 'counted' ? counter : `${counter}'s figure, as reported by ${anchor.carrier}`;
}
