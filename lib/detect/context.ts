/**
 * The words around a quantity: the counted noun phrase after it ("removals", "deportation officers"),
 * the rate it is stated at ("a day", "per month", "average daily population"), and the unit text.
 */
import type { Rate } from './types';
import type { Quantity } from './quantities';
import { SKIP, STOP, VERBS } from './lang/en/phrases';

const PARTITIVE = /^(\s+of (?:them|those|these|whom)\s+)[^,;:.()—–]{1,60}/i;
const PARTITIVE_END = /(?:^|\s)(?:who|whom|that|which|when|where|because|after|before|while|since|until)\b[\s\S]*$/i;
const WORD = /^[\s-]*([A-Za-z][\w'’-]*)/;

/** The counted noun phrase right after a quantity, as [start, end) in the sentence (may be empty). */
export function countedPhrase(sentence: string, q: Quantity, limit: number): { start: number; end: number } {
  let i = q.end;
  const hyphenRate = /^-(?:a|per)-(?:day|night|week|month|year)\b/.exec(sentence.slice(i, i + 14));
  if (hyphenRate) i += hyphenRate[0].length;
  let start = -1;
  let end = i;
  let words = 0;
  while (i < limit && words < 5) {
    const m = WORD.exec(sentence.slice(i, Math.min(limit, i + 40)));
    if (!m || !m[1]) break;
    const w = m[1].toLowerCase();
    if (STOP.has(w) || VERBS.has(w)) break;
    // A possessive after the first word opens a new noun phrase: "11 million dwarfs ICE's capacity".
    if (start >= 0 && /['’]s$/.test(w)) break;
    // So does a capitalized name: "the 41,500 beds Congress funded", "the 1 million Trump promised".
    if (start >= 0 && /^[A-Z][a-z]/.test(m[1]) && /^[a-z]/.test(sentence.slice(start, end).split(/\s+/).pop() ?? '')) break;
    const wStart = i + m[0].length - m[1].length;
    i += m[0].length;
    if (start < 0 && SKIP.has(w)) continue;
    if (start < 0) start = wStart;
    end = i;
    words++;
    // A noun phrase ends at punctuation.
    if (/^[,;:.!?)—–"”’]/.test(sentence.slice(i, i + 1))) break;
  }
  // "1.4 million of them have final orders": a part of a group is counted by what the clause says of it.
  if (start < 0) {
    const part = PARTITIVE.exec(sentence.slice(q.end, limit));
    if (part) {
      // Whole words only, and no clause that follows the description.
      let body = part[0].slice(part[1]!.length).replace(PARTITIVE_END, '');
      if (part[0].length === part[1]!.length + 60 && /\s/.test(body)) body = body.replace(/\s+\S*$/, '');
      body = body.replace(/\s+$/, '');
      const from = q.end + part[1]!.length;
      return { start: from, end: from + body.length };
    }
    return { start: q.end, end: q.end };
  }
  // "a 10% rise in flights": a change is counted by what it is a change in.
  if (q.percent && words === 1) {
    const change = /^(?:rise|increase|jump|drop|decline|decrease|fall|dip|gain|surge|spike|reduction)\s+in\s+(?:the\s+(?:number\s+of\s+)?)?([A-Za-z][\w'’-]*(?:\s+[A-Za-z][\w'’-]*)?)/i.exec(sentence.slice(start, limit));
    if (change) return { start, end: start + change[0].length };
  }
  return { start, end };
}

const RATE_AFTER =
  /^(?:-(?:a|per)-|[\s-]+(?:[A-Za-z][\w'’-]*,?\s+){0,5}?(?<!\b(?:within|in|for|over|during|than|after|under|of|about|once|twice|times) )(?:a|per|each|every)\s+(?:single\s+)?)(day|night|week|month|year)\b(?!\s+(?:earlier|ago|before|later|prior|after|of)\b)|^[\s-]+(?:[A-Za-z][\w'’-]*\s+){0,4}?(annually|yearly|nightly|a year|per annum|(?:daily|weekly|monthly)(?=\s*(?:[,.;:!?)—–]|$|in\b|on\b|at\b|across\b|since\b))|on an? (?:daily|weekly|monthly|yearly|annual) basis)\b(?!\s+(?:earlier|ago|before|later|prior))/i;
const RATE_BEFORE = /\b(?:(daily|annual|yearly|monthly|weekly)\b|(?:a|per|each|every) (day|night|week|month|year)\b(?!\s+(?:earlier|ago|before|later)))(?![\s\S]*\b(?:daily|annual|yearly|monthly|weekly|each|every|per)\b)/i;
const ANY_GIVEN = /\b(?:on )?(?:any given|an average|a typical|a given) (day|night)\b/i;

const SOME_DAYS_BEFORE = /\b(?:some|several|a few|certain|two|three|one|a single) (?:separate |single )?days?\b[^,;.\d]{0,35}$/i;
const SOME_DAYS_AFTER = /^\s+(?:[\w-]+\s+){0,2}?(?:on|in) (?:two|three|several|some|one|a single|a few) (?:separate |single )?days?\b/i;

function toRate(word: string): Rate | null {
  const w = word.toLowerCase();
  if (w === 'day' || w === 'night' || w === 'daily' || w === 'nightly' || /^on an? daily/.test(w)) return 'day';
  if (w === 'week' || w === 'weekly' || /^on an? weekly/.test(w)) return 'week';
  if (w === 'month' || w === 'monthly' || /^on an? monthly/.test(w)) return 'month';
  if (/^on an? (?:yearly|annual)/.test(w)) return 'year';
  if (w === 'year' || w === 'annual' || w === 'annually' || w === 'yearly' || w === 'a year' || w === 'per annum') return 'year';
  return null;
}

/**
 * The rate a quantity is stated at, from the words after it ("a day", "per month", "annually") or
 * before it in its own clause ("daily target of", "each month, roughly"), else null.
 */
export function findRate(sentence: string, q: Quantity, windowStart: number, windowEnd: number): Rate | null {
  const after = sentence.slice(q.end, Math.min(windowEnd, q.end + 60));
  // "The 3,000 daily arrests": the rate word is the counted noun's adjective.
  const adj = /^\s+(daily|weekly|monthly|yearly|annual)\s+(?!(?:record|total|high|low|average|report|figure|peak|tally|count)\b)[A-Za-z]/.exec(after);
  if (adj) return toRate(adj[1]!);
  const a = RATE_AFTER.exec(after);
  // "workforce who work every day": a rate across a relative clause belongs to that clause.
  if (a && !/\b(?:who|that|which)\b/i.test(a[0])) return toRate(a[1] ?? a[2] ?? '');
  const before = sentence.slice(Math.max(windowStart, q.start - 45), q.start);
  const b = RATE_BEFORE.exec(before);
  if (b && !/\b(?:monthly|weekly|annual|yearly) (?:total|record|report|high|low)/i.test(before)) {
    return toRate(b[1] ?? b[2] ?? '');
  }
  const g = ANY_GIVEN.exec(sentence.slice(q.end, windowEnd));
  if (g) return 'day';
  // "with some days exceeding 2,000", "2,000 arrests on two separate days": counts of single days.
  if (SOME_DAYS_BEFORE.test(sentence.slice(Math.max(windowStart, q.start - 50), q.start)) || SOME_DAYS_AFTER.test(after)) return 'day';
  return null;
}

/** The end of the rate words right after a quantity ("a day"), so the next window starts after them. */
export function rateEnd(sentence: string, from: number, limit: number): number {
  const m = /^\s*(?:(?:a|per|each|every) (?:day|night|week|month|year)|annually|daily)\b/i.exec(sentence.slice(from, limit));
  return m ? from + m[0].length : from;
}
