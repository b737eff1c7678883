/**
 * "Report this mark": the text of a reader's report and where it can go. Nothing here sends anything:
 * the reader copies the text, or opens a prefilled new-issue page or e-mail draft and sends it
 * themselves. Pure (no DOM, no browser APIs).
 */

/** What a report says about one mark. */
export interface MarkReport {
  /** The sentence the mark is in. */
  sentence: string;
  /** The marked words, as written. */
  quote: string;
  /** The claim as the extension read it ("about 7,000 deportations a month"), when known. */
  asRead: string | null;
  /** The card's first line (its verdict or statement), when the card was shown. */
  card: string | null;
  datasetVersion: string;
  /** The page's address: only when the reader ticked the box. */
  url: string | null;
}

/** Where reports go, set at build time (wxt.config.ts, ICE_CONTEXT_FEEDBACK): a new-issue page or an e-mail address. */
export type FeedbackTarget = { kind: 'url'; url: string } | { kind: 'email'; address: string };

/** The build's feedback address read as a target; null when none (or nothing usable) is set. */
export function parseFeedbackAddress(raw: string | null | undefined): FeedbackTarget | null {
  const s = (raw ?? '').trim();
  if (!s) return null;
  const mail = /^(?:mailto:)?([^\s@/?]+@[^\s@/?]+\.[a-z]{2,})$/i.exec(s);
  if (mail) return { kind: 'email', address: mail[1]! };
  try {
    const u = new URL(s);
    return u.protocol === 'https:' ? { kind: 'url', url: u.href } : null;
  } catch {
    return null;
  }
}

/** The report as plain text, one fact a line; the reader edits it before sending. */
export function reportText(r: MarkReport): string {
  return [
    'What is wrong with this mark or card:',
    '',
    '',
    `Sentence: ${r.sentence.replace(/\s+/g, ' ').trim()}`,
    `Marked words: ${r.quote}`,
    ...(r.asRead ? [`Read as: ${r.asRead}`] : []),
    ...(r.card ? [`Card said: ${r.card}`] : []),
    `Dataset version: ${r.datasetVersion}`,
    ...(r.url ? [`Page: ${r.url}`] : []),
  ].join('\n');
}

/** The report's title: the marked words, short. */
export function reportTitle(quote: string): string {
  const q = quote.replace(/\s+/g, ' ').trim();
  return `Wrong mark: “${q.length > 60 ? `${q.slice(0, 59)}…` : q}”`;
}

/** Longest body put into a link: browsers and issue trackers refuse very long addresses. */
const MAX_BODY = 6000;

/** A new-issue page or e-mail draft holding the report, for the reader to send; null without a target. */
export function feedbackHref(target: FeedbackTarget | null, title: string, body: string): string | null {
  if (!target) return null;
  const text = body.length > MAX_BODY ? `${body.slice(0, MAX_BODY)}…` : body;
  if (target.kind === 'email') {
    return `mailto:${target.address}?subject=${encodeURIComponent(title)}&body=${encodeURIComponent(text)}`;
  }
  const u = new URL(target.url);
  u.searchParams.set('title', title);
  u.searchParams.set('body', text);
  return u.href;
}
