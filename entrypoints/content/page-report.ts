/** What the page tells the popup and the badge: its claims, counted by category, each with a snippet; and when. */
import type { PageReport } from '../../lib/messaging';
import type { AnnotatedClaim } from '../../lib/page/annotator';
import { Timer, type Timers } from './timers';

const SNIPPET_CHARS = 160;
/** At most this many claims go into a report (the message schema's limit). */
const MAX_CLAIMS = 5000;

/** The claim's sentence, cut to about 160 characters around the claim. */
export function snippetOf(c: Pick<AnnotatedClaim, 'claim'>): string {
  const { sentence, start, sentenceStart } = c.claim;
  if (sentence.length <= SNIPPET_CHARS) return sentence;
  const at = start - sentenceStart;
  const from = Math.max(0, Math.min(at - 60, sentence.length - SNIPPET_CHARS));
  return (from > 0 ? '…' : '') + sentence.slice(from, from + SNIPPET_CHARS).trim() + (from + SNIPPET_CHARS < sentence.length ? '…' : '');
}

/** The report of a page's claims (already filtered to the reader's categories). */
export function pageReport(claims: readonly Pick<AnnotatedClaim, 'claim'>[], page: Pick<PageReport, 'url' | 'date' | 'enabled' | 'reading'>): PageReport {
  const counts: PageReport['counts'] = {};
  for (const c of claims) counts[c.claim.category] = (counts[c.claim.category] ?? 0) + 1;
  return {
    ...page,
    counts,
    claims: claims.slice(0, MAX_CLAIMS).map((c, index) => ({
      index,
      category: c.claim.category,
      quote: c.claim.quote.slice(0, 200),
      snippet: snippetOf(c).slice(0, 400),
    })),
  };
}

/** Reports go out at most this often: a live page that changes in bursts sends one report per burst. */
export const REPORT_EVERY_MS = 100;

/**
 * Sends the page's report to the background (the badge) and to an open popup after the claims
 * change: once per burst of changes, with the state as it is when it goes.
 */
export class PageReporter {
  readonly #timer: Timer;

  constructor(
    timers: Timers,
    private readonly send: () => void,
  ) {
    this.#timer = new Timer(timers);
  }

  /** The claims or the settings changed: a report goes out shortly (one for all changes until then). */
  changed(): void {
    if (!this.#timer.pending) this.#timer.start(REPORT_EVERY_MS, this.send);
  }

  destroy(): void {
    this.#timer.cancel();
  }
}
