/**
 * Sentence segmentation for news prose: the Unicode sentence-break rules, then re-joining the splits it makes after the
 * abbreviations of American news style ("Gov.", "Sept.", "U.S.", initials), and never across a newline.
 */

export interface Span {
  start: number;
  end: number;
}

// Sentence boundaries follow the Unicode sentence-break rules (UAX #29) that Intl.Segmenter implements,
// written out for the characters of news prose: building an ICU iterator costs 12-24 ms in a fresh
// renderer, more than the whole detection of an article.

const LOWER = /\p{Lowercase}/u;
const UPPER = /\p{Uppercase}|\p{Lt}/u;
const ALPHA = /\p{Alphabetic}/u;
const DIGIT = /\p{Nd}/u;
const CLOSE = /[\p{Ps}\p{Pe}\p{Pi}\p{Pf}"'«»]/u;
const SPACE = /[\t\v\f \u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/u;
const SEP = /[\n\r\u0085\u2028\u2029]/u;
const STERM = /[!?\u0589\u061f\u06d4\u0700-\u0702\u07f9\u0964\u0965\u203c\u203d\u2047-\u2049\u2e2e\u3002\ua4ff\ufe56\ufe57\uff01\uff1f\uff61]/u;
const ATERM = /[.\u2024\ufe52\uff0e]/u;
const SCONTINUE = /[,\-:;\u055d\u060c\u060d\u07f8\u1802\u1808\u2013\u2014\u3001\ufe10\ufe11\ufe13\ufe31\ufe32\ufe50\ufe51\ufe55\ufe58\ufe63\uff0c\uff0d\uff1a\uff1b\uff64]/u;
const FORMAT = /[\p{Cf}\p{Mn}\p{Me}\p{Mc}]/u;

const enum C {
  Other,
  Lower,
  Upper,
  OLetter,
  Numeric,
  ATerm,
  STerm,
  Close,
  Sp,
  Sep,
  SContinue,
  Format,
}

function asciiClassOf(c: number): C {
  if (c >= 97 && c <= 122) return C.Lower;
  if (c >= 65 && c <= 90) return C.Upper;
  if (c >= 48 && c <= 57) return C.Numeric;
  if (c === 32 || c === 9 || c === 11 || c === 12) return C.Sp;
  if (c === 10 || c === 13) return C.Sep;
  if (c === 46) return C.ATerm;
  if (c === 33 || c === 63) return C.STerm;
  if (c === 34 || c === 39 || c === 40 || c === 41 || c === 91 || c === 93 || c === 123 || c === 125) return C.Close;
  if (c === 44 || c === 45 || c === 58 || c === 59) return C.SContinue;
  return C.Other;
}

const ASCII = Uint8Array.from({ length: 128 }, (_, c) => asciiClassOf(c));

/** The non-ASCII characters of English news prose, classed without compiling the Unicode property regexes. */
const COMMON = new Map<number, C>([
  [0x2018, C.Close], [0x2019, C.Close], [0x201c, C.Close], [0x201d, C.Close], [0x00ab, C.Close], [0x00bb, C.Close],
  [0x2013, C.SContinue], [0x2014, C.SContinue], [0x2026, C.Other], [0x00a0, C.Sp], [0x2009, C.Sp], [0x202f, C.Sp],
  [0x200b, C.Format], [0x00ad, C.Format], [0x2022, C.Other], [0x00b7, C.Other], [0x00a7, C.Other], [0x00b0, C.Other],
  [0x20ac, C.Other], [0x00a3, C.Other], [0x2122, C.Other], [0x00ae, C.Other], [0x00a9, C.Other],
]);

function classOf(ch: string): C {
  const c = ch.charCodeAt(0);
  const known = COMMON.get(c);
  if (known !== undefined) return known;
  if (c >= 0xc0 && c <= 0x24f) {
    // Latin letters with accents: case mapping says which case they are.
    if (ch.toLowerCase() !== ch) return C.Upper;
    if (ch.toUpperCase() !== ch) return C.Lower;
  }
  if (FORMAT.test(ch)) return C.Format;
  if (SEP.test(ch)) return C.Sep;
  if (SPACE.test(ch)) return C.Sp;
  if (LOWER.test(ch)) return C.Lower;
  if (UPPER.test(ch)) return C.Upper;
  if (ALPHA.test(ch)) return C.OLetter;
  if (DIGIT.test(ch)) return C.Numeric;
  if (ATERM.test(ch)) return C.ATerm;
  if (STERM.test(ch)) return C.STerm;
  if (CLOSE.test(ch)) return C.Close;
  if (SCONTINUE.test(ch)) return C.SContinue;
  return C.Other;
}

/** Character classes of a block, one per code point, with Format/Extend marks folded into their base (rule SB5). */
function classify(block: string): { cls: C[]; pos: number[] } {
  const cls: C[] = [];
  const pos: number[] = [];
  for (let i = 0; i < block.length; ) {
    const c = block.charCodeAt(i);
    const size = c >= 0xd800 && c <= 0xdbff && i + 1 < block.length ? 2 : 1;
    const k = c < 128 ? (ASCII[c]! as C) : classOf(block.slice(i, i + size));
    if (k === C.Format && cls.length > 0 && cls[cls.length - 1] !== C.Sep) {
      i += size;
      continue;
    }
    cls.push(k);
    pos.push(i);
    i += size;
  }
  pos.push(block.length);
  return { cls, pos };
}

/** Terminators (ATerm and STerm): the only places a sentence can end inside a block. */
const TERMS = /[.!?\u2024\ufe52\uff0e\u0589\u061f\u06d4\u0700-\u0702\u07f9\u0964\u0965\u203c\u203d\u2047-\u2049\u2e2e\u3002\ua4ff\ufe56\ufe57\uff01\uff1f\uff61]/g;
/** Characters that need the full per-character pass: separators, surrogates, and marks folded by rule SB5. */
const NEEDS_FULL = /[\n\r\u0085\u2028\u2029\ud800-\udfff]/;
const NON_ASCII = /[\u0080-\uffff]/;
const FORMAT_ANY = /[\p{Cf}\p{Mn}\p{Me}\p{Mc}]/u;

/**
 * Sentence segments of a block as [start, end) offsets, as Intl.Segmenter('en', sentence) gives them.
 * News prose is classed only around its terminators, found by one regex scan; text with separators,
 * surrogates or combining marks gets a class for every character first.
 */
export function sentenceBreaks(block: string): Span[] {
  if (NEEDS_FULL.test(block) || (NON_ASCII.test(block) && FORMAT_ANY.test(block))) {
    const { cls, pos } = classify(block);
    return breaks(
      cls.length,
      (i) => cls[i]!,
      (i) => pos[i]!,
      (i) => {
        while (i < cls.length && cls[i] !== C.ATerm && cls[i] !== C.STerm && cls[i] !== C.Sep) i++;
        return i;
      },
      block,
    );
  }
  return breaks(
    block.length,
    (i) => {
      const c = block.charCodeAt(i);
      return c < 128 ? (ASCII[c]! as C) : classOf(block[i]!);
    },
    (i) => i,
    (i) => {
      TERMS.lastIndex = i;
      return TERMS.exec(block)?.index ?? block.length;
    },
    block,
  );
}

/** The rules SB3-SB11 over n classed units; `next(i)` is the first terminator or separator at or after i. */
function breaks(n: number, cls: (i: number) => C, pos: (i: number) => number, next: (i: number) => number, block: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  let i = next(0);
  while (i < n) {
    const k = cls(i);
    if (k === C.Sep) {
      // SB3/SB4: CR LF stays together; a paragraph separator ends its sentence.
      let j = i + 1;
      if (block.charCodeAt(pos(i)) === 13 && j < n && block.charCodeAt(pos(j)) === 10) j++;
      out.push({ start: pos(start), end: pos(j) });
      start = j;
      i = next(j);
      continue;
    }
    // SB6: "3.5"; SB7: "U.S".
    if (k === C.ATerm && i + 1 < n) {
      const after = cls(i + 1);
      if (after === C.Numeric || (after === C.Upper && i > 0 && (cls(i - 1) === C.Upper || cls(i - 1) === C.Lower))) {
        i = next(i + 1);
        continue;
      }
    }
    let j = i + 1;
    while (j < n && cls(j) === C.Close) j++;
    while (j < n && cls(j) === C.Sp) j++;
    if (j >= n) break; // the block ends here anyway
    const nk = cls(j);
    if (nk === C.Sep) {
      i = j; // SB9-SB11: the separator ends the sentence with the terminator
      continue;
    }
    // SB8a: "U.S., the", "?!", "...".
    if (nk === C.SContinue) {
      i = next(j + 1);
      continue;
    }
    if (nk === C.ATerm || nk === C.STerm) {
      i = j;
      continue;
    }
    if (k === C.ATerm) {
      // SB8: a lower-case letter ahead, past anything that is not a letter or terminator, continues the sentence.
      let l = j;
      while (l < n) {
        const t = cls(l);
        if (t === C.OLetter || t === C.Upper || t === C.Lower || t === C.Sep || t === C.ATerm || t === C.STerm) break;
        l++;
      }
      if (l < n && cls(l) === C.Lower) {
        i = next(l);
        continue;
      }
    }
    out.push({ start: pos(start), end: pos(j) });
    start = j;
    i = next(j);
  }
  if (start < n) out.push({ start: pos(start), end: block.length });
  return out;
}

/** Abbreviations that never end a sentence in news prose: titles, months, "No.", "St.", initials. */
const ALWAYS_JOIN =
  /(?:^|[\s(“"‘'—–-])(?:Mr|Mrs|Ms|Dr|Gov|Lt|Gen|Sen|Sens|Rep|Reps|Sgt|Capt|Col|Maj|Cmdr|Adm|Prof|Rev|Hon|Pres|Supt|Det|Insp|Atty|Gens?|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|No|Nos|St|Ste|Mt|Ft|Ave|Blvd|vs|v|Calif|Ariz|Fla|Tex|Mass|Ill|Ind|Kan|Ky|Pa|Va|Wash|Ore|Colo|Conn|Del|Ga|La|Md|Mich|Minn|Miss|Mo|Mont|Neb|Nev|Okla|Tenn|Vt|Wis|Wyo|Ala|Ark|[A-Z])\.\s*$/;

/** Abbreviations that can also end a sentence: joined only when the next words continue it. */
const MAYBE_JOIN =
  /(?:^|[\s(“"‘'—–-])(?:U\.S|U\.K|U\.N|D\.C|L\.A|N\.Y|E\.U|a\.m|p\.m|Inc|Co|Corp|Ltd|Jr|Sr|Bros|etc|approx|est)\.\s*$/;

/** Capitalized words that usually open a new sentence, so a preceding "U.S." ends one. */
const STARTERS = new Set(
  'The A An He She It They We I You But And Or So Yet In On At As For From By To Of With This That These Those His Her Its Their Our Some Many Most Officials Still Then Now There Here When While After Before Since Although Though If However Meanwhile Last Next Under Over About More Nearly Almost Only Even Also According Such What Who Why How Where'.split(
    ' ',
  ),
);

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
