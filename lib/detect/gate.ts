/**
 * The topic gate: is this text about immigration enforcement? Run first on a whole page (a sports story
 * must cost one or two regex scans), then on sentences and paragraphs to decide whether a number there
 * speaks about ICE.
 */
import type { TopicFacts } from './types';
import { GATE } from './lang/active-gate';

const PRISON_COMPANY = /\bprison compan/gi;

/** Texts longer than this must name immigration outright; shorter ones may pass on weak vocabulary. */
const SHORT = 600;

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

/** What the topic gate says of a whole article; computed once and reused when re-scanning parts of it. */
export function topicOf(text: string): TopicFacts {
  const about = isAboutImmigration(text);
  return { about, strong: about && hasStrongSignal(text) };
}

/** Whether the text names an enforcement agency (not just the topic): "ICE paid prison companies". */
export function namesAgency(text: string): boolean {
  return GATE.AGENCY.test(text);
}

/** Whether the text names immigration enforcement outright (strong words or agency acronyms). */
export function hasStrongSignal(text: string): boolean {
  return GATE.STRONG_WORDS.test(text) || (GATE.STRONG_ACRONYMS.test(text) && !namesTheExchange(text));
}

/** Whether "ICE" in the text is the Intercontinental Exchange (its ticker), so the acronym names no agency. */
export function namesTheExchange(text: string): boolean {
  return text.includes('Exchange') || text.includes('NYSE') ? GATE.ICE_EXCHANGE.test(text) : false;
}

/**
 * A score for a short passage: strong signals count 4, weak vocabulary 1 each, other beats -2 each.
 * `boost` adds outside evidence (the article or paragraph is about ICE).
 */
export function topicScore(text: string, boost = 0): number {
  return topicScoreAtLeast(text, boost, Infinity);
}

/**
 * topicScore, but it may stop early once the score is sure to reach `enough`: with outside evidence
 * and no other beat in sight, a sentence of an ICE article needs no further scan.
 */
export function topicScoreAtLeast(text: string, boost: number, enough: number): number {
  let foreign = count(GATE.FOREIGN, text);
  // "a private prison company" runs ICE's detention; it is no other beat.
  if (foreign > 0 && text.includes('prison compan')) foreign -= count(PRISON_COMPANY, text);
  if (foreign === 0 && boost >= enough) return boost;
  let score = boost - 2 * foreign;
  if (hasStrongSignal(text)) score += 4;
  score += Math.min(count(GATE.WEAK, text), 3);
  return score;
}

/** How many words of enforcement vocabulary the text has (weak ones, not counting other beats), up to 3. */
export function weakMentions(text: string): number {
  return Math.min(count(GATE.WEAK, text), 3);
}

/**
 * Whether the text is about immigration enforcement. A page must name it (one or two regex scans);
 * a sentence or paragraph may also pass on enforcement vocabulary when no other beat is in sight.
 */
export function isAboutImmigration(text: string): boolean {
  if (text.length > SHORT) {
    const strong = strongMentions(text, 2);
    // One outright mention in a passage dense with enforcement vocabulary and no other beat in sight
    // ("the backlog ... pending before immigration judges ... court backlog records") is the topic too.
    if (strong !== 1) return strong >= 2;
    GATE.FOREIGN.lastIndex = 0;
    return weakMentions(text) >= 3 && !GATE.FOREIGN.test(text);
  }
  return topicScore(text) >= 2 || namedOften(text);
}

/** How often a short passage must name immigration enforcement outright to be about it, whatever other beats it names. */
const NAMED_OFTEN = 3;

/**
 * Whether a short passage names immigration enforcement outright at least three times: a county jail
 * that holds ICE detainees or a sheriff's deal with ICE shares the words of the jail beat (sheriff,
 * inmates, prisons), yet a paragraph that names ICE, its detainees and deportation that often is about it.
 */
export function namedOften(text: string): boolean {
  return text.length <= SHORT && strongMentions(text, NAMED_OFTEN) >= NAMED_OFTEN;
}

/** Global copies of the strong patterns of the pack in use, built once per pack. */
let globalFor: typeof GATE | null = null;
let STRONG_WORDS_G = /$^/g;
let STRONG_ACRONYMS_G = /$^/g;
function strongGlobals(): void {
  if (globalFor === GATE) return;
  globalFor = GATE;
  STRONG_WORDS_G = new RegExp(GATE.STRONG_WORDS.source, 'gi');
  STRONG_ACRONYMS_G = new RegExp(GATE.STRONG_ACRONYMS.source, 'g');
}

/** A word in scare quotes is mentioned, not used: the coach's “detention,” names no enforcement. */
function quoted(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  const after = text.slice(end, end + 2);
  return (before === 0x201c || before === 0x22) && /^[,.]?[”"]/.test(after);
}

/**
 * How many times the text names immigration enforcement, counting up to `enough`. A page must do so
 * at least twice: one stray "detention" in a sports story (a coach's joke) is not a topic.
 */
export function strongMentions(text: string, enough: number): number {
  let n = 0;
  strongGlobals();
  const lower = text.toLowerCase();
  const res: RegExp[] = [];
  if (GATE.ACRONYM_STEMS.some((w) => text.includes(w)) && !namesTheExchange(text)) res.push(STRONG_ACRONYMS_G);
  if (GATE.WORD_STEMS.some((w) => lower.includes(w))) res.push(STRONG_WORDS_G);
  for (const re of res) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while (n < enough && (m = re.exec(text)) !== null) if (!quoted(text, m.index, m.index + m[0].length)) n++;
  }
  return n;
}
