/**
 * Sentence segmentation for news prose: Intl.Segmenter (the Unicode sentence-break rules), then re-joining the splits it makes after the
 * abbreviations of American news style ("Gov.", "Sept.", "U.S.", initials), and never across a newline.
 */
import { ALWAYS_JOIN, MAYBE_JOIN, STARTERS } from './lang/en/sentences';

export interface Span {
  start: number;
  end: number;
}

// Built on first use: creating ICU's sentence iterator costs 12-24 ms in a fresh renderer, the largest
// single cost of annotating an article, so a page whose blocks cannot hold a claim never builds it.
let segmenter: Intl.Segmenter | null = null;

/** Sentence segments of a block as [start, end) offsets, from Intl.Segmenter (the Unicode rules). */
export function sentenceBreaks(block: string): Span[] {
  segmenter ??= new Intl.Segmenter('en', { granularity: 'sentence' });
  const out: Span[] = [];
  for (const seg of segmenter.segment(block)) out.push({ start: seg.index, end: seg.index + seg.segment.length });
  return out;
}

const FIRST_WORD = /^\s*([“"‘'(]*)([^\s]*)/;

function continues(next: string): boolean {
  const m = FIRST_WORD.exec(next);
  const word = (m?.[2] ?? '').replace(/[^A-Za-z0-9'’-].*$/, '');
  if (word === '') return false;
  const c = word.charCodeAt(0);
  if (c >= 97 && c <= 122) return true; // lower-case: the sentence goes on
  if (c >= 48 && c <= 57) return true;
  return !STARTERS.has(word);
}

/** The last words of a segment: abbreviation tests look only there, not across the whole sentence. */
function tail(block: string, start: number, end: number): string {
  if (end - start <= 24) return block.slice(start, end);
  const t = block.slice(end - 24, end);
  const sp = t.search(/\s/);
  return sp < 0 ? t : t.slice(sp);
}

function segmentBlock(text: string, from: number, to: number, out: Span[]): void {
  const block = text.slice(from, to);
  const parts: Span[] = [];
  for (const seg of sentenceBreaks(block)) {
    const s = seg.start;
    const e = seg.end;
    const prev = parts[parts.length - 1];
    if (prev) {
      const prevText = tail(block, prev.start, prev.end);
      if (ALWAYS_JOIN.test(prevText) || (MAYBE_JOIN.test(prevText) && continues(block.slice(s, e)))) {
        prev.end = e;
        continue;
      }
    }
    parts.push({ start: s, end: e });
  }
  for (const p of parts) {
    let s = p.start;
    let e = p.end;
    while (s < e && isSpace(block.charCodeAt(s))) s++;
    while (e > s && isSpace(block.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: from + s, end: from + e });
  }
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x202f || c === 0x3000;
}

/** Blocks of text between newlines, as spans; empty blocks are skipped. */
export function splitBlocks(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    if (end > start) out.push({ start, end });
    if (nl < 0) break;
    start = nl + 1;
  }
  return out;
}

/** Sentences of a block-structured text (blocks separated by newlines), as trimmed UTF-16 spans. */
export function segmentSentences(text: string): Span[] {
  const out: Span[] = [];
  for (const b of splitBlocks(text)) segmentBlock(text, b.start, b.end, out);
  return out;
}

/** Sentences of one block [from, to) of `text`; used when only some blocks need segmenting. */
export function segmentBlockSentences(text: string, from: number, to: number): Span[] {
  const out: Span[] = [];
  segmentBlock(text, from, to, out);
  return out;
}
