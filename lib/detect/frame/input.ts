/**
 * What the frame reads: the claim's sentence split around its number into the words that belong to
 * that number (its clause), the sentence's opening, and the sentence before.
 */
import type { Category, ClaimPeriod, Qualifier, Rate } from '../types';
import type { Detail, Kind } from '../../frame';
import { defineRule } from '../../rules';
import { CLAUSE_BREAK, GOES_ON_END, JOINT } from './words';

/**
 * The earlier number's counted phrase is its own: "a backlog of more than 3 million cases, with about 700
 * judges" (700 counts judges, not cases), "funded for 34,000 detention beds but held about 38,000 people"
 * (38,000 are people held, not beds). Recorded on the frame of the number whose window it trims.
 */
export const EARLIER_NUMBER_WORDS = defineRule({
  id: 'frame.clause.earlier-number-words',
  stage: 'frame',
  looksFor:
    "words between an earlier number of the sentence (not a year) and this one, cut by a joint (a comma, 'and', 'but', 'with', 'while', 'as', 'or') after which this number's clause has words of its own ('…3 million cases, with about 700 judges', '…34,000 detention beds but held about 38,000 people'); not when this number goes on from the earlier one ('up from', 'and' alone, 'down from a record of', 'to')",
  decides:
    "the words up to the joint are the earlier number's counted phrase: they are not this number's clause, so they decide nothing of its measure, kind or body (its own counted noun and its own subject and verb do)",
  fires: ['Immigration courts now face a backlog of more than 3 million cases, with about 700 judges.', 'ICE is funded for 34,000 detention beds but held about 38,000 people last month.'],
  silent: ['Agents made nearly 8,400 apprehensions in September, up from 6,300 in August and 4,600 in July.', 'ICE employs about 6,000 deportation officers.'],
});

/** A claim read before this one in the same sentence: its offsets and the kind its frame read. */
export interface ListedClaim {
  at: number;
  to: number;
  dollars: boolean;
  percent: boolean;
  kind: Kind;
  detail: Detail | null;
  /** The frame rules that decided it. */
  rules: readonly string[];
}

/** The claim as the detector has it when the frame is read. */
export interface FrameSource {
  sentence: string;
  /** Offsets of the quantity in the sentence. */
  at: number;
  to: number;
  /** The sentence before (empty at a paragraph's start). */
  previous: string;
  /** The paragraph before the sentence (its sentences before this one), when the caller has it: what document the paragraph is about. */
  earlier?: string;
  /** The claim before this one in its sentence, with the kind its frame read, when the caller has it. */
  listedAfter?: ListedClaim | null;
  category: Category;
  value: number | null;
  /** The top of a range ("70 cents to $17": 17), when the claim is one (its value is null then). */
  high?: number | null;
  qualifier: Qualifier | null;
  percent: boolean;
  dollars: boolean;
  rate: Rate | null;
  unit: string | null;
  period: ClaimPeriod | null;
  articleDate: string | null;
}

/** The claim with its windows: the words that belong to its number. */
export interface FrameInput extends FrameSource {
  /**
   * The words before the number in its own clause (after the last number or clause break, ≤ 60 characters;
   * without an earlier number's counted phrase, frame.clause.earlier-number-words).
   */
  before: string;
  /** The words after the number in its own clause (to the next number or clause break, ≤ 80 characters). */
  after: string;
  /** The sentence up to the number. */
  lead: string;
  /** The sentence after the number. */
  tail: string;
  /** The sentence up to the number from the end of the number before it (not a year), uncapped: what governs this number and no other. */
  since: string;
  /** before + unit + after, for lists that may sit on either side. */
  clause: string;
  /** The words after the sentence's previous number (not a year) up to this one's clause, ≤ 80 characters: what that number counted. */
  prior: string;
}

/**
 * A number token ("2.9 million" is one): where one quantity's words end and another's begin. Digits glued to a
 * word ("FY24", "FY2025", "H2") are part of a name, not a number: "$28.2 billion in the FY24 request" goes on to "request".
 */
const NUMBER = /(?<!\w)\$?\d[\d,.]*(?:\s+(?:hundred|thousand|million|billion|trillion)\b)?|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?)\b/gi;
/** A number word that is part of a name ("the One Big Beautiful Bill Act"): capitalised, before a capitalised word. */
const IN_NAME = /^[A-Z][a-z]+$/;
/** The number tokens of a text, less number words inside a name and spans of time. */
function numbers(text: string): RegExpExecArray[] {
  return [...text.matchAll(NUMBER)].filter((m) => {
    const next = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
    // A span of time ("over four years", "over 10 years") is no count: it ends no number's words.
    return !(IN_NAME.test(m[0]) && /^ [A-Z]/.test(next)) && !SPAN_UNIT.test(next);
  });
}
/** The unit of a span of time right after a number. */
const SPAN_UNIT = /^[\s-]+(?:years?|months?|weeks?|decades?)\b/i;

/** A year: it has no counted phrase. */
const YEAR = /^(?:19|20)\d{2}$/;

/**
 * The words between an earlier number and this one, less that number's counted phrase when a clause of
 * this number's own begins after a joint: "cases, with " → "with ", "detention beds but held " → "but held ".
 */
function ownWords(between: string): string | null {
  if (GOES_ON_END.test(between)) return null;
  // The first joint: what comes before it is surely the earlier number's ("cases, with", "beds but held").
  const joint = [...between.matchAll(JOINT)][0];
  if (!joint || !/\S/.test(between.slice(0, joint.index))) return null;
  return between.slice(joint.index).replace(/^,\s*/, ' ');
}

/** Splits the sentence around the number into the windows the rules read. */
export function frameInput(src: FrameSource, rules?: string[]): FrameInput {
  const { sentence, at, to } = src;
  const lead = sentence.slice(0, at);
  const tail = sentence.slice(to);
  let before = lead.slice(Math.max(0, at - 60));
  const lastNumber = numbers(before).at(-1);
  if (lastNumber) before = before.slice(lastNumber.index + lastNumber[0].length);
  const lastBreak = [...before.matchAll(CLAUSE_BREAK)].at(-1);
  if (lastBreak) before = before.slice(lastBreak.index + lastBreak[0].length);
  else if (lastNumber && !YEAR.test(lastNumber[0].replace(/[,.]+$/, ''))) {
    const own = ownWords(before);
    if (own !== null) {
      before = own;
      rules?.push(EARLIER_NUMBER_WORDS);
    }
  }
  let after = tail.slice(0, 80);
  const nextNumber = numbers(after)[0]?.index ?? -1;
  if (nextNumber >= 0) after = after.slice(0, nextNumber);
  CLAUSE_BREAK.lastIndex = 0;
  const nextBreak = after.search(CLAUSE_BREAK);
  if (nextBreak >= 0) after = after.slice(0, nextBreak);
  const counts = priorNumbers(lead);
  const last = counts.at(-1);
  const prior = last ? lead.slice(last.index + last[0].length, lead.length - before.length).slice(0, 80) : '';
  const since = last ? lead.slice(last.index + last[0].length) : lead;
  return { ...src, before, after, lead, tail, since, clause: `${before} ${sentence.slice(at, to)} ${after}`, prior };
}

/** The numbers of a text that may be counts (not years), in order. */
function priorNumbers(text: string): RegExpExecArray[] {
  return numbers(text).filter((m) => !/^(?:19|20)\d{2}$/.test(m[0].replace(/[,.]+$/, '')));
}

/**
 * The clauses (before + after windows) of the numbers before this one in its sentence, nearest first, at
 * most `n`: what the numbers a list or a comparison goes on from counted ("8,400 apprehensions in
 * September, up from 6,300 in August").
 */
export function priorClauses(src: FrameSource, n = 3): string[] {
  const lead = src.sentence.slice(0, src.at);
  return priorNumbers(lead)
    .slice(-n)
    .reverse()
    .map((m) => {
      // The number's own token: "8,400" of "nearly 8,400" (a trailing comma is punctuation).
      const token = m[0].replace(/[,.]+$/, '');
      const c = frameInput({ ...src, at: m.index, to: m.index + token.length });
      return `${c.before} ${c.after}`;
    });
}
