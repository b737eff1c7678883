/**
 * Detection done outside the page: the content script hands the page's text to the background,
 * whose detector (warm, in the extension's own process) answers with the claims. The page's thread
 * pays only for reading the text and sending it; a long text goes in pieces cut at line ends, each
 * judged by the whole text's topic, so no message and no task on either side grows with the page.
 * No extension APIs here: the sender is handed in.
 */
import { topicOf } from '../detect/gate';
import type { Claim, TopicFacts } from '../detect/types';
import { DETECT_PIECE_CHARS } from '../messaging/limits';
import type { DetectSteps } from './annotator';

/** One request to the detector outside the page. */
export interface DetectRequest {
  text: string;
  articleDate: string | null;
  /** The topic of the text the piece belongs to; null: judge the piece by itself. */
  topic: TopicFacts | null;
}


/** [start, end) pieces of `text` of at most `max` characters, cut after a line end where there is one. */
export function piecesOf(text: string, max = DETECT_PIECE_CHARS): [number, number][] {
  const out: [number, number][] = [];
  let from = 0;
  while (text.length - from > max) {
    const window = text.slice(from, from + max);
    // A line end in the second half of the window, else a sentence end, else a hard cut.
    let cut = window.lastIndexOf('\n') + 1;
    if (cut < max / 2) cut = window.lastIndexOf('. ') + 2;
    if (cut < max / 2) cut = max;
    out.push([from, from + cut]);
    from += cut;
  }
  out.push([from, text.length]);
  return out;
}

/** The claim's offsets moved by `by` characters (from a piece's to the whole text's). */
function shifted(c: Claim, by: number): Claim {
  return { ...c, start: c.start + by, end: c.end + by, sentenceStart: c.sentenceStart + by, sentenceEnd: c.sentenceEnd + by };
}

/** Whether an answer looks like claims of a text of `length` characters (anything else counts as none). */
function isClaimList(answer: unknown, length: number): answer is Claim[] {
  return (
    Array.isArray(answer) &&
    answer.every((c: Partial<Claim> | null) => typeof c?.start === 'number' && typeof c.end === 'number' && c.start >= 0 && c.start < c.end && c.end <= length)
  );
}

/**
 * Detection steps that ask `send` for each piece's claims and wait for the answers (yielded as
 * promises, so a scan waits without holding the page's thread). A failed or malformed answer counts
 * as no claims in that piece.
 */
export function remoteDetection(send: (request: DetectRequest) => Promise<unknown>, maxChars = DETECT_PIECE_CHARS): DetectSteps {
  return function* detectElsewhere(text, options) {
    const claims: Claim[] = [];
    if (!text) return claims;
    const pieces = piecesOf(text, maxChars);
    const topic = options.topic ?? (pieces.length > 1 ? topicOf(text) : null);
    const articleDate = options.articleDate ?? null;
    for (const [from, to] of pieces) {
      let answer: unknown = null;
      yield send({ text: text.slice(from, to), articleDate, topic }).then(
        (a) => {
          answer = a;
        },
        () => undefined,
      );
      if (isClaimList(answer, to - from)) for (const c of answer) claims.push(from ? shifted(c, from) : c);
    }
    return claims;
  };
}
