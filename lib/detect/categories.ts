/**
 * Which category a quantity speaks to: cues in its counted noun phrase weigh most, then cues before
 * it in its clause, then after it, all fading with distance. Targets become `goal` when they count
 * deportations or arrests.
 */
import type { Category } from './types';
import type { Quantity } from './quantities';
import { namesAgency } from './gate';
import { cueOf, cueRegex } from './cues';
import { CATEGORY_WORDS as V, CUE_WORDS } from './lang/active';
import * as CAT from './rules/category';
import * as CLAIM from './rules/claim';

/** The stretch of a sentence that belongs to one quantity, and its counted noun phrase. */
export interface Window {
  start: number;
  end: number;
  phraseStart: number;
  phraseEnd: number;
}

/** What the paragraph around a sentence says, worked out only when a sentence needs it. */
export interface BlockFacts {
  /** The paragraph names an enforcement agency: its "officers" are the agency's. */
  agency(): boolean;
  /** The paragraph is about the border: its "apprehended" are border apprehensions. */
  border(): boolean;
  /** The paragraph gives an estimate of a body known for estimating the unauthorized population ('estimate'), or names one ('body'). */
  estimator(): 'estimate' | 'body' | null;
  /** The paragraph is about how long people stay in detention: its bare days are stays. */
  stay(): boolean;
  /** The paragraph names ICE's non-detained docket: its bare "the docket" is that docket, not a court's. */
  nonDetained(): boolean;
  /** The paragraph tells of raids or sweeps: the people its agents "detained" are the raids' arrests. */
  raid(): boolean;
}

/** BlockFacts of a paragraph's text, each computed at most once. */
export function blockFacts(text: string): BlockFacts {
  let agency: boolean | undefined;
  let border: boolean | undefined;
  let estimator: 'estimate' | 'body' | null | undefined;
  let stay: boolean | undefined;
  let nonDetained: boolean | undefined;
  let raid: boolean | undefined;
  return {
    raid: () => (raid ??= V.RAID_BLOCK.test(text)),
    nonDetained: () => (nonDetained ??= V.NON_DETAINED_DOCKET.test(text)),
    stay: () => (stay ??= V.STAY_BLOCK.test(text)),
    estimator: () => (estimator ??= V.POPULATION_ESTIMATOR.test(text) ? 'estimate' : V.ESTIMATOR_BODY.test(text) ? 'body' : null),
    agency: () => (agency ??= namesAgency(text)),
    border: () => (border ??= V.BORDER_BLOCK.test(text) && !V.ICE_NAMED.test(text)),
  };
}

export interface Decision {
  category: Category;
  /** The category before a target turned it into `goal` (what the goal counts). */
  base: Category;
  cues: string[];
  /** Whether a cue of its own was found (false when the category was carried over from a neighbour). */
  cued: boolean;
  /** The trait of the part of a group it counted (lib/detect/scope.ts), which a number going on from it shares. */
  trait?: string | null;
}

const PHRASE_WEIGHT = 3;
const AFTER_WEIGHT = 0.6;
const ADJACENT = 1.6;
const WITH_WEIGHT = 1.2;
const MIN_SCORE = 0.25;
/** A budget word this far from a percent, or in a side clause ('as gains failed to match enforcement funding'), does not make it a change in money. */
const BUDGET_PERCENT_MIN = 0.2;

/** Cues in a side clause describe something else than what the number counts; they weigh this much. */
const SIDE = 0.25;

/** Whether the cue at [s, e) sits in a parenthesis or a modifier that does not reach the number. */
function inSideClause(sentence: string, q: Quantity, w: Window, s: number, e: number): boolean {
  if (e <= q.start) {
    if (q.start - e <= 2) return false; // the word right before a number governs it
    // "Apprehensions by Border Patrol agents ... dropped 29 percent": the doer, not what is counted.
    const by = sentence.lastIndexOf('by ', s);
    if (by >= Math.max(w.start, s - 60) && V.BY_DOER.test(sentence.slice(Math.max(w.start, s - 60), s))) return true;
    const open = sentence.lastIndexOf('(', s);
    if (open >= w.start && sentence.indexOf(')', open) < q.start && sentence.indexOf(')', open) >= e) return true;
    // "removals of recent border crossers rose to 228,000": a word inside the removals' modifier.
    return V.MODIFIER_OPEN.test(sentence.slice(w.start, s)) || V.REMOVALS_OF.test(sentence.slice(w.start, s));
  }
  return V.SIDE_AFTER.test(sentence.slice(q.end, s));
}

interface Scores {
  scores: Map<Category, number>;
  cues: Map<Category, string[]>;
  /** Every cue there was sat in a side clause: a neighbour's category, when there is one, is better. */
  sideOnly: boolean;
}

/** The last word of a text, cheaply. */
function lastWord(text: string): string {
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) <= 32) end--;
  return text.slice(text.lastIndexOf(' ', end - 1) + 1, end);
}

/** Words a sentence has, tested once per sentence rather than once per number (one-entry cache). */
let flagsFor = '';
let flagsWords: typeof V | null = null;
let ACTION_VERB_G = /$^/g;
const flags = { action: false, contrast: false, actionAt: [] as number[] };
function sentenceFlags(sentence: string): typeof flags {
  if (sentence !== flagsFor || flagsWords !== V) {
    if (flagsWords !== V) ACTION_VERB_G = new RegExp(V.ACTION_VERB.source, 'gi');
    flagsWords = V;
    flagsFor = sentence;
    flags.actionAt = [];
    ACTION_VERB_G.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ACTION_VERB_G.exec(sentence)) !== null) flags.actionAt.push(m.index);
    flags.action = flags.actionAt.length > 0;
    flags.contrast = sentence.includes('against') || sentence.includes('short of') || sentence.includes('toward') || sentence.includes('compared');
  }
  return flags;
}

/** What the verb after the noun counted, when it says so plainly. */
function actionCategory(verb: string, after: string, lead = ''): Category | null {
  // "330 immigrants had been detained since Friday": people taken in during a span are arrests.
  if (V.DETAINED.test(verb)) return V.DETAINED_SPAN.test(after) ? 'arrests' : null;
  if (V.VERB_DETENTION.test(verb)) return 'detention';
  if (V.VERB_REMOVALS.test(verb)) return 'removals';
  if (V.VERB_ARRESTS.test(verb)) return 'arrests';
  if (V.VERB_BORDER.test(verb)) return V.PARTITIVE_LEAD.test(lead) ? null : 'border';
  return null;
}

/** "courts hold about 3.7 million open cases": what is held is cases, not people in detention. */
function heldCases(sentence: string, w: Window, rules?: string[]): boolean {
  if (!V.HELD_CASES.test(sentence.slice(w.phraseStart, w.phraseEnd))) return false;
  rules?.push(CAT.HELD_CASES);
  return true;
}

/** Weigh every cue in the window: in the counted phrase most, right before the number next, after it least. */
function scoreCues(sentence: string, q: Quantity, w: Window, rules?: string[]): Scores {
  let scores = new Map<Category, number>();
  const plain = new Map<Category, number>();
  let head: { category: Category; weight: number } | null = null;
  let headEnd = 0;
  // The colon before the number, and whether a cue stands between it and the window's end.
  const colonAt = sentence.lastIndexOf(':', q.start);
  let cueAfterColon = false;
  const cues = new Map<Category, string[]>();
  const text = sentence.slice(w.start, w.end);
  const afterText = sentence.slice(q.end, Math.min(w.end, q.end + 90));
  // Most numbers have none of these verbs after them: one cheap scan before the full pattern.
  const after0 = q.end;
  const after1 = q.end + afterText.length;
  let actionAfter = sentenceFlags(sentence).actionAt.some((at) => at >= after0 && at < after1) ? V.ACTION_AFTER.exec(afterText) : null;
  // "Nearly 4,300 people who had been arrested by ICE were deported": the relative clause says which people; the main verb after it counts them.
  if (actionAfter && V.RELATIVE_BEFORE_VERB.test(afterText.slice(0, actionAfter.index + actionAfter[0].length - actionAfter[1]!.length))) {
    const restAt = actionAfter.index + actionAfter[0].length;
    const main = V.MAIN_VERB_AFTER_RELATIVE.exec(afterText.slice(restAt));
    if (main) {
      rules?.push(CAT.RELATIVE_CLAUSE_VERB);
      const shifted = Object.assign([main[0], main[1]!], { index: restAt + main.index, input: afterText, groups: undefined }) as RegExpExecArray;
      actionAfter = shifted;
    }
  }
  const beforeText = sentence.slice(Math.max(w.start, q.start - 40), q.start);
  const actionBefore = V.ACTION_LAST.test(lastWord(beforeText)) ? V.ACTION_BEFORE.exec(beforeText) : null;
  const acted = actionAfter !== null || actionBefore !== null;
  const acting = actionAfter?.[1]
    ? actionCategory(actionAfter[1], afterText.slice(actionAfter.index + actionAfter[0].length), afterText.slice(0, actionAfter.index + actionAfter[0].length - actionAfter[1].length))
    : V.VERB_TARGET.test(actionBefore?.[0] ?? '')
      ? 'removals'
      : V.VERB_DETAINED.test(actionBefore?.[0] ?? '') && V.AGENTS_BEFORE.test(beforeText)
        ? 'arrests'
        : V.VERB_HOLD.test(actionBefore?.[0] ?? '') && !heldCases(sentence, w, rules)
          ? 'detention'
          : V.VERB_RELEASE.test(actionBefore?.[0] ?? '') && V.RELEASED_PEOPLE.test(sentence.slice(w.phraseStart, w.phraseEnd))
            ? 'detention'
            : null;
  // The verb after the noun is weighed once, by what it counts, not again as its own cue word.
  const actingAt = acting && actionAfter ? q.end + actionAfter.index + actionAfter[0].length - actionAfter[1]!.length : -1;
  const CUE_RE = cueRegex();
  CUE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CUE_RE.exec(text)) !== null) {
    const cue = cueOf(m);
    if (!cue) continue;
    const s = w.start + m.index;
    const e = s + m[0].length;
    if (s < q.end && e > q.start) continue;
    if (s === actingAt) continue;
    let weight: number;
    if (s >= w.phraseStart && e <= w.phraseEnd && w.phraseEnd > w.phraseStart) {
      // "people with final orders", "arrests of undocumented immigrants": the words after "with" or "of"
      // describe the counted noun, which heads the phrase; they weigh less.
      const withAt = sentence.slice(w.phraseStart, s).search(V.PHRASE_MODIFIER);
      if (withAt >= 0 && rules && V.PHRASE_OF.test(sentence.slice(w.phraseStart, s))) rules.push(CAT.PHRASE_HEAD);
      weight = cue.weight * (withAt >= 0 ? WITH_WEIGHT : PHRASE_WEIGHT);
    }
    else if (e <= q.start) {
      // Words in a parenthesis between the cue and the number do not put it further away.
      const paren = sentence.indexOf('(', e);
      const gap = paren >= 0 && paren < q.start ? sentence.slice(e, q.start).replace(/\([^()]*\)/g, '').length : q.start - e;
      weight = (cue.weight / (1 + gap / 25)) * (gap <= 2 ? ADJACENT : 1);
      if (cue.category === 'population' && V.PARTICIPLE_AFTER.test(sentence.slice(e, e + 30))) weight *= 0.2;
      if (cue.category === 'population' && V.VERB_OBJECT.test(sentence.slice(Math.max(w.start, s - 20), s))) weight *= 0.2;
    }
    else weight = (cue.weight * AFTER_WEIGHT) / (1 + (s - q.end) / 25);
    if (acted && cue.category === 'population' && weight > cue.weight * 0.2) {
      rules?.push(CAT.ACTION_VERB);
      weight = cue.weight * 0.2;
    }
    // "Removals that stemmed from ICE arrests grew from 65,322": words of a relative clause on the subject say which of it, not what is counted.
    if (e <= q.start && ((head !== null && V.SUBJECT_RELATIVE.test(sentence.slice(headEnd, s))) || V.COUNT_MODIFIER_BEFORE.test(sentence.slice(Math.max(w.start, s - 60), s)))) {
      rules?.push(CAT.SUBJECT_RELATIVE);
      weight *= SIDE;
    }
    // "arrests by Immigration and Customs Enforcement agents reached … 143,000": who did it, not what is counted.
    // The weight goes to the count the staff made, when it is named right before "by".
    if (cue.category === 'personnel' && (s < w.phraseStart || e > w.phraseEnd || w.phraseEnd === w.phraseStart)) {
      const by = V.BY_AGENTS_BEFORE.exec(sentence.slice(Math.max(0, s - 80), s));
      if (by) {
        rules?.push(CAT.BY_AGENTS);
        const made = V.COUNT_NOUN_CATEGORY[(by[1] ?? '').toLowerCase()];
        if (made) {
          scores.set(made, (scores.get(made) ?? 0) + weight);
          plain.set(made, (plain.get(made) ?? 0) + weight);
          cues.set(made, [...(cues.get(made) ?? []), by[1]!]);
        }
        weight *= SIDE;
      }
    }
    if (s > colonAt) cueAfterColon = true;
    plain.set(cue.category, (plain.get(cue.category) ?? 0) + weight);
    // The noun that opens the sentence is its subject: "Arrests of immigrants ..., to about 37,700".
    if (head === null && w.start === 0 && s <= 4 && e <= q.start) {
      head = cue;
      headEnd = e;
    }
    // "As the push for mass deportation goes on, 56,000 people are held in detention": the opening clause sets the scene.
    if (e <= q.start && V.OPENING_CLAUSE.test(sentence.slice(0, s)) && sentence.slice(e, q.start).includes(',')) {
      rules?.push(CAT.OPENING_CLAUSE);
      weight *= SIDE;
    } else if ((s < w.phraseStart || e > w.phraseEnd || w.phraseEnd === w.phraseStart) && inSideClause(sentence, q, w, s, e)) weight *= SIDE;
    // "98,000 from the border": where people were removed from, not a border count.
    if (cue.category === 'border' && s > q.end && V.FROM_BORDER.test(sentence.slice(s - 25, s))) weight *= SIDE;
    scores.set(cue.category, (scores.get(cue.category) ?? 0) + weight);
    cues.set(cue.category, [...(cues.get(cue.category) ?? []), m[0]]);
  }
  // "63 people, all suspected of ..., were arrested": the verb after the noun counts as if it stood before.
  // "pledged to target 15 million undocumented immigrants": people to be removed, a target below.
  if (acting) {
    rules?.push(CAT.ACTION_VERB);
    // Right before the number, the verb outweighs its own cue word ("agents detained 41,000": not detention).
    const boost = actionBefore && !actionAfter ? 2 : 1.2;
    scores.set(acting, (scores.get(acting) ?? 0) + boost);
    plain.set(acting, (plain.get(acting) ?? 0) + boost);
    cues.set(acting, [...(cues.get(acting) ?? []), (actionAfter?.[1] ?? actionBefore?.[0] ?? '').trim()]);
  }
  // "Deportation flights … have picked up, according to … Witness at the Border: 109 were recorded in January": a bare
  // count that opens the clause after a colon counts what the sentence's subject names, not the words between.
  if (head !== null && !acting && colonAt > headEnd && colonAt >= w.start && !cueAfterColon && V.COLON_LEAD.test(sentence.slice(colonAt + 1, q.start))) {
    rules?.push(CAT.COLON_SUBJECT);
    scores = new Map([[head.category, head.weight]]);
    return { scores, cues, sideOnly: false };
  }
  // Side clauses only rank the cues; when they hold every cue there is, the number still counts what they say.
  // A number far from every cue counts what the sentence's subject names.
  let sideOnly = false;
  if (best(scores, q)[0] === null) {
    sideOnly = head === null && best(plain, q)[0] !== null;
    if (head) rules?.push(CAT.SUBJECT_HEAD);
    scores = head ? new Map([[head.category, head.weight]]) : plain;
  }
  // A percent change next to a budget word is a change in money: "detention costs rose 20 percent".
  if (q.percent && (scores.get('budget') ?? 0) >= BUDGET_PERCENT_MIN) {
    rules?.push(CAT.PERCENT_BUDGET);
    scores.set('budget', (scores.get('budget') ?? 0) + 10);
  }
  // "judges ordered 211,000 people deported": an order of removal, not a removal.
  if (V.ORDERED_BEFORE.test(sentence.slice(Math.max(w.start, q.start - 12), q.start))) {
    rules?.push(CAT.COURT_ORDER);
    scores.set('courts', (scores.get('courts') ?? 0) + 5);
    cues.set('courts', [...(cues.get('courts') ?? []), 'ordered']);
  }
  return { scores, cues, sideOnly };
}

/** The best-scoring category; budget words only name what a percent change is about. */
function best(scores: Map<Category, number>, q: Quantity, without?: Category): [Category | null, number] {
  let top: Category | null = null;
  let topScore = MIN_SCORE;
  for (const [c, s] of scores) {
    if ((c === 'budget' && !q.percent) || c === without) continue;
    if (s > topScore) [top, topScore] = [c, s];
  }
  return [top, topScore];
}

/** What a sentence without a number is about, for a following "The latest count is 61,000." */
export function sentenceTopic(sentence: string): Decision | null {
  const totals = new Map<Category, number>();
  const CUE_RE = cueRegex();
  CUE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CUE_RE.exec(sentence)) !== null) {
    const cue = cueOf(m);
    if (cue && cue.category !== 'budget') totals.set(cue.category, (totals.get(cue.category) ?? 0) + cue.weight);
  }
  let top: Category | null = null;
  let topScore = 0.9;
  for (const [c, v] of totals) if (v > topScore) [top, topScore] = [c, v];
  return top ? { category: top, base: top, cues: [], cued: false } : null;
}

/** Decide the category of `q` from the cues in its window; `carry` is the previous quantity's decision. */
export function categorize(sentence: string, q: Quantity, w: Window, carry: Decision | null, block?: BlockFacts, rules?: string[]): Decision | null {
  // "billions" with no noun of its own is money: "Congress gave ICE billions".
  if (q.dollars || (q.kind === 'magnitude' && (q.magnitude ?? 0) >= 1e9 && w.phraseEnd === w.phraseStart)) {
    // Money is a claim when it is spent on enforcement: a budget word, or an enforcement word, nearby.
    const near = (sentence.slice(0, q.start) + ' ' + sentence.slice(q.end)).match(V.BUDGET_WORDS);
    if (!near) {
      if (carry?.category !== 'budget') return null;
      rules?.push(CLAIM.NEIGHBOUR);
      return { ...carry, cued: false };
    }
    rules?.push(CLAIM.MONEY);
    const cues = ['$', ...new Set(near.map((s) => s.toLowerCase()))].slice(0, 4);
    return { category: 'budget', base: 'budget', cues, cued: true };
  }
  const { scores, cues, sideOnly } = scoreCues(sentence, q, w, rules);
  // "from 65,332 the year before, a reflection of crowded courts": the neighbour's count, not the courts.
  if (sideOnly && carry) {
    rules?.push(CLAIM.SIDE_CLAUSE);
    return applyGoal(sentence, q, w, { ...carry, category: carry.base, cued: false }, scores, rules);
  }
  const [first, topScore] = best(scores, q);
  let top = first;
  // "deporting all 11 million", "the 11 million": the pool itself, counted in millions.
  if (
    (top === 'removals' || top === 'arrests') &&
    ((q.value ?? q.low ?? 0) >= 5e6 || (q.magnitude ?? 0) >= 1e7) &&
    w.phraseEnd === w.phraseStart &&
    V.POOL_BEFORE.test(sentence.slice(Math.max(0, q.start - 16), q.start))
  ) {
    rules?.push(CAT.POOL_ALL);
    return { category: 'population', base: 'population', cues: ['all', ...(cues.get(top) ?? [])], cued: true };
  }
  // "the 11 million people in the country illegally": the known pool, even in a sentence about deporting.
  if (
    (top === 'removals' || top === 'arrests' || top === 'population') &&
    (q.value ?? q.low ?? 0) >= 5e6 &&
    /\bthe\s+$/i.test(sentence.slice(Math.max(0, q.start - 6), q.start)) &&
    (scores.get('population') ?? 0) > 0
  ) {
    rules?.push(CAT.KNOWN_POOL);
    return { category: 'population', base: 'population', cues: [...(cues.get('population') ?? [])], cued: true };
  }
  // "when agents caught 858,638": the agents made the arrests; the number counts them, not the agents.
  if (
    top === 'personnel' &&
    (V.ARREST_VERB_BEFORE.test(sentence.slice(Math.max(w.start, q.start - 40), q.start)) ||
      (w.phraseEnd === w.phraseStart && V.AGENTS_AVERAGED_BEFORE.test(sentence.slice(Math.max(w.start, q.start - 40), q.start)))) &&
    !V.TIME_NOUN.test(sentence.slice(w.phraseStart, w.phraseEnd))
  ) {
    rules?.push(CAT.ARRESTS_BY_AGENTS);
    top = 'arrests';
  }
  // Arrests by the Border Patrol or at the border are border apprehensions.
  if (top === 'arrests') {
    const apprehensions = V.APPREHENSION_CUE.test((cues.get('arrests') ?? []).join(' '));
    const own = sentence.slice(w.start, q.start);
    if (
      (scores.get('border') ?? 0) >= 0.5 * topScore ||
      (apprehensions && V.BORDER_WORD.test(sentence)) ||
      // "arrested more than 1 million migrants at the U.S.-Mexico border": arrests made at the border, ICE unnamed.
      (V.AT_BORDER_AFTER.test(sentence.slice(q.end, q.end + 60)) && !V.ICE_NAMED.test(sentence)) ||
      // "CBP reported 46,612 arrests for illegal crossings": arrests by the border agencies, with ICE unnamed.
      (V.CBP_ARRESTS.test(sentence) && !V.ICE_NAMED.test(sentence)) ||
      // "Customs and Border Protection reported … In South Texas, arrests doubled": a border paragraph's arrests.
      (!V.ICE_NAMED.test(sentence) && block?.border())
    ) {
      rules?.push(CAT.BORDER_ARRESTS);
      top = 'border';
    } else if (V.BORDER_AGENCY_DOER.test(own) && !V.ICE_DOER.test(own) && V.ARREST_NOUN.test(sentence.slice(q.end, w.phraseEnd))) {
      // "Border agents made about 124,000 arrests", ICE named elsewhere: the number's own clause says whose arrests they are.
      rules?.push(CAT.BORDER_AGENCY_CLAUSE);
      top = 'border';
    }
  }
  // "Agents in the sector detained 11,595 migrants in July", "4,795 foreign nationals held in processing centers": in a
  // paragraph about the border with ICE unnamed, people the border agents detained or hold are border apprehensions.
  if (top === 'detention' && !V.ICE_NAMED.test(sentence) && block?.border() && (cues.get('detention') ?? []).every((c) => V.DETAINED_VERB.test(c))) {
    rules?.push(CAT.BORDER_DETAINED);
    top = 'border';
  }
  // "Earlier in January, raids in Georgia and elsewhere had detained 121 adults and children": people a raid detained are its arrests.
  else if (top === 'detention' && block?.raid() && (cues.get('detention') ?? []).every((c) => /^detained$/i.test(c))) {
    rules?.push(CAT.RAID_DETAINED);
    top = 'arrests';
  }
  // "113,431 removals of people apprehended by the Border Patrol": where people were first arrested says
  // whose removals they are, not what is counted.
  if (top !== 'removals' && top !== null && V.REMOVALS_HEAD.test(sentence.slice(w.phraseStart, w.phraseEnd))) {
    rules?.push(CAT.REMOVALS_BY_ARREST_PLACE);
    top = 'removals';
  }
  // "ICE deported 256,000 illegal aliens, 95,360 of them arrested in the interior and 160,725 caught by the
  // Border Patrol": a part of the people removed, by where they were first arrested, is a count of removals.
  if (
    (top === 'arrests' || top === 'border') &&
    V.ARRESTED_AFTER.test(sentence.slice(q.end, q.end + 60)) &&
    V.REMOVED_PART.test(sentence) &&
    V.REMOVAL_BEFORE.test(sentence.slice(0, q.end + 40))
  ) {
    rules?.push(CAT.REMOVED_BY_ARRESTER);
    top = 'removals';
  }
  // "Federal officials deported more immigrants than ever before …: 409,849 undocumented immigrants in fiscal
  // 2012": the count after the colon is what the verb before it did; the people noun only says who.
  if ((top === 'population' || top === null) && q.kind !== 'magnitude' && !q.percent && !q.dollars) {
    const verb = V.VERB_THEN_COLON.exec(sentence.slice(0, q.start));
    const done = verb ? actionCategory(verb[1]!, '') : null;
    if (done) {
      rules?.push(CAT.COLON_VERB);
      top = done;
    }
  }
  // "1.4 million people who already have removal orders", "560,000 immigrants ordered deported": people with
  // orders of removal are the courts' count, not removals done.
  if (top !== 'courts' && top !== null && !q.percent && !q.dollars && V.FINAL_ORDERS_AFTER.test(sentence.slice(q.end, q.end + 90)) && !V.REMOVED_RIGHT_BEFORE.test(sentence.slice(Math.max(0, q.start - 30), q.start))) {
    rules?.push(CAT.FINAL_ORDERS);
    top = 'courts';
  }
  // "ICE encounters in the interior": the agency's own encounters are interior enforcement, not the border's.
  if (top === 'border' && (cues.get('border') ?? []).every((c) => /^encounter/i.test(c)) && V.ICE_NAMED.test(sentence) && !V.BORDER_WORD.test(sentence) && !V.CBP_ARRESTS.test(sentence)) {
    rules?.push(CAT.ICE_ENCOUNTERS);
    top = 'arrests';
  }
  // "ICE's non-detained docket has reached 7.4 million cases": "cases" is only the unit; the docket or
  // program the clause names before the number says whose cases they are.
  // ("ICE's total deportations, border and interior cases together, fell 25%": the best-scoring category
  // that owns them in the clause, not merely the best-scoring one.)
  if (top === 'courts' && (cues.get('courts') ?? []).every((c) => /^cases$/i.test(c))) {
    const lead = sentence.slice(w.start, q.start);
    const owner = [...scores.entries()]
      .filter(([c, v]) => c !== 'courts' && c !== 'personnel' && v > MIN_SCORE && (cues.get(c) ?? []).length > 0 && lead.search(V.CUE_OWNER[c] ?? /$^/) >= 0)
      .sort((a, b) => b[1] - a[1])[0]?.[0];
    if (owner) {
      rules?.push(CAT.CASES_OF);
      top = owner;
    }
  }
  // "ICE's non-detained docket … is expected to pass eight million. … the docket held only about 3.2 million": the docket named before.
  if (top === 'courts' && (cues.get('courts') ?? []).every((c) => /^dockets?$/i.test(c)) && block?.nonDetained() === true) {
    rules?.push(CAT.DOCKET_NAMED_BEFORE);
    top = 'detention';
  }
  // "more than 16,000 Border Patrol officers are assigned to the border": the agency's name says whose staff; the noun that ends the counted phrase says what is counted.
  if (top === 'border' && !q.percent && !q.dollars && (V.STAFF_PHRASE.test(sentence.slice(w.phraseStart, w.phraseEnd)) || V.STAFF_PHRASE.test(sentence.slice(q.end, q.end + 80).trimStart())) && !V.ARREST_VERB_BEFORE.test(sentence.slice(Math.max(w.start, q.start - 40), q.start))) {
    rules?.push(CAT.STAFF_PHRASE);
    top = 'personnel';
  }
  // "arrests of illegal immigrants crossing the southwest border are up 13 percent": the act counted decides, not who its people are.
  if (top === 'population' && !q.dollars && V.ACTS_OF_PEOPLE.test(sentence.slice(w.start, q.start))) {
    const [other] = best(scores, q, 'population');
    if (other) {
      rules?.push(CAT.ACTS_OF_PEOPLE);
      top = other;
    }
  }
  // "Chief Patrol Agent John Modlin reported approximately 9,000": a title before a name counts no staff.
  if (top === 'personnel' && !q.dollars) {
    const lead = sentence.slice(w.start, Math.min(w.end, q.end + 60));
    V.TITLE_BEFORE_NAME.lastIndex = 0;
    if (V.TITLE_BEFORE_NAME.test(lead)) {
      const rest = lead.replace(V.TITLE_BEFORE_NAME, ' ');
      const cue = cueRegex();
      cue.lastIndex = 0;
      let staff = false;
      for (let m = cue.exec(rest); m; m = cue.exec(rest)) if (cueOf(m)?.category === 'personnel') staff = true;
      const other = staff ? null : (best(scores, q, 'personnel')[0] ?? (carry && carry.base !== 'personnel' ? carry.base : null));
      if (other) {
        rules?.push(CAT.TITLE_NAME);
        top = other;
      }
    }
  }
  // "calls to roughly double the Border Patrol, taking it from about 11,000 to 21,000 agents": the agency's own size is its staff.
  if (top === 'border' && !q.dollars && ((q.kind === 'multiplier' && V.AGENCY_SIZE_AFTER.test(sentence.slice(q.end, q.end + 60))) || (!q.percent && V.STAFF_PAIR_AFTER.test(sentence.slice(q.end, q.end + 60))))) {
    rules?.push(CAT.AGENCY_SIZE);
    top = 'personnel';
  }
  // Immigration judges are the courts' capacity, whoever hires them.
  if (top === 'personnel' && V.JUDGES.test(sentence.slice(w.phraseStart, w.phraseEnd))) {
    rules?.push(CAT.JUDGES);
    top = 'courts';
  }
  // "192,947 book-ins into ICE detention centers", "20,131 of the book-ins came from CBP arrests": admissions to detention, whoever arrested them.
  if ((top === 'arrests' || top === 'border') && V.BOOK_INS_AFTER.test(sentence.slice(q.end, q.end + 60))) {
    rules?.push(CAT.BOOK_INS);
    top = 'detention';
  }
  // "36,722 people were booked into ICE custody: 31,607 after arrests by ICE and 5,115 handed over by CBP":
  // book-ins split by who arrested the people are still admissions to detention.
  if ((top === 'arrests' || top === 'border') && V.BOOK_IN_SENTENCE.test(sentence) && !V.BOOK_INS_AS_ARRESTS.test(sentence) && !V.TIME_NOUN.test(sentence.slice(w.phraseStart, w.phraseEnd))) {
    rules?.push(CAT.BOOK_INS_BY_ARRESTER);
    top = 'detention';
  }
  // People released from detention with monitors are in ATD.
  if (top === 'detention' && (scores.get('atd') ?? 0) > 0 && V.RELEASED.test(sentence.slice(w.start, q.start))) {
    rules?.push(CAT.RELEASED_ATD);
    top = 'atd';
  }
  // Staff of the immigration courts count for the courts: "judges who have fewer than 3,000 support staff".
  if (top === 'personnel' && (scores.get('courts') ?? 0) > 0 && !namesAgency(sentence) && !V.AGENCY_TITLE.test((cues.get('personnel') ?? []).join(' '))) {
    rules?.push(CAT.COURT_STAFF);
    top = 'courts';
  }
  // Staff are ICE's staff only when the sentence says whose: "the plant employs 2,500 people" is not.
  // In a paragraph that names the agency, "our officers and agents" are its own.
  if (top === 'personnel' && !CUE_WORDS.ENFORCEMENT_REF_RE.test(sentence)) {
    const agencyStaff = V.AGENCY_STAFF_CUE.test((cues.get('personnel') ?? []).join(' ')) && block?.agency() === true;
    if (!agencyStaff) {
      rules?.push(CAT.STAFF_EMPLOYER);
      [top] = best(scores, q, 'personnel');
    }
  }
  // "Pew's estimate climbed from 11.8 million": millions estimated by a body known for counting the
  // unauthorized population are that population.
  // A count carried from the sentence before does not outweigh the estimator ("ICE arrests fell. Pew's estimate climbed from 11.8 million").
  if (!top && carry?.base !== 'population' && ((q.value ?? q.low ?? 0) >= 1e6 || (q.magnitude ?? 0) >= 1e6) && !q.percent && !q.dollars && (V.POPULATION_ESTIMATOR.test(sentence) || block?.estimator() === 'estimate' || (V.ESTIMATE_WORD.test(sentence) && block?.estimator() === 'body'))) {
    rules?.push(CAT.POPULATION_ESTIMATE);
    top = 'population';
  }
  // "CBP has recorded 2,150,639 enforcement actions": a count the border agency reports, ICE unnamed.
  if (!top && !carry && V.CBP_ARRESTS.test(sentence) && !V.ICE_NAMED.test(sentence) && !V.CBP_APP.test(sentence) && V.BORDER_COUNT.test(sentence)) {
    rules?.push(CAT.CBP_COUNT);
    top = 'border';
  }
  // "328,454 of them expelled under Title 42", "137,180 were processed under Title 8": the border agency's outcomes of its encounters.
  if (top === 'removals' && !q.dollars && V.BORDER_AUTHORITY.test(sentence.slice(Math.max(w.start, q.start - 80), Math.min(w.end, q.end + 60))) && !V.ICE_REMOVER.test(sentence)) {
    rules?.push(CAT.BORDER_AUTHORITY);
    top = 'border';
  }
  if (top === 'detention' && V.DETAINED_BY_CBP.test(sentence)) {
    rules?.push(CAT.DETAINED_BY_CBP);
    top = 'border';
  }
  // "required to make 75 arrests daily, totaling about 1,200 to 1,500": the sum of a target is a target;
  // "1,100 people were detained since Friday, averaging about 380 per day": a restatement counts the same.
  if (carry && (V.RESTATE.test(sentence.slice(w.start, q.start)) || (V.RESTATE_LEAD.test(sentence.slice(w.start, q.start)) && V.RESTATE_AFTER.test(sentence.slice(q.end, q.end + 20))))) {
    rules?.push(CLAIM.RESTATEMENT);
    return { ...carry, cued: false };
  }
  let decision: Decision | null = null;
  if (top) {
    rules?.push(CLAIM.CUED);
    if (top === 'arrests' && (cues.get('arrests') ?? []).some((c) => /^detain|^detentions$/i.test(c))) rules?.push(CAT.DETAINERS);
    decision = { category: top, base: top, cues: [...new Set(cues.get(top) ?? [])], cued: true };
  }
  // A number with no cue of its own counts what its neighbour counts, but is not its neighbour's target:
  // "wanted 3,000 arrests a day, up from the 1,000 the agency was making".
  else if (carry) {
    rules?.push(CLAIM.NEIGHBOUR);
    decision = { ...carry, category: carry.base, cued: false };
  }
  return decision ? applyGoal(sentence, q, w, decision, scores, rules) : null;
}

/** A global copy of the pack's goal words, built once per pack. */
let goalFor: RegExp | null = null;
let GOAL_G = /$^/g;

/** The goal word nearest before `at` in `scope` ("the previous quota ... was required to make 75"), else the first after it. */
function closestGoal(scope: string, at: number): RegExpExecArray | null {
  if (goalFor !== CUE_WORDS.GOAL_RE) {
    goalFor = CUE_WORDS.GOAL_RE;
    GOAL_G = new RegExp(goalFor.source, 'gi');
  }
  GOAL_G.lastIndex = 0;
  let before: RegExpExecArray | null = null;
  let m: RegExpExecArray | null;
  while ((m = GOAL_G.exec(scope)) !== null) {
    if (m.index + m[0].length > at) return before ?? m;
    before = m;
    if (m[0].length === 0) GOAL_G.lastIndex++;
  }
  return before;
}

/** Turn targets for deportations and arrests into `goal`; targets for beds, staff or money keep theirs. */
function applyGoal(sentence: string, q: Quantity, w: Window, d: Decision, scores: Map<Category, number>, rules?: string[]): Decision {
  const clause = sentence.slice(w.start, w.end);
  // A target stated after the number must be in its own clause: "deport 400,000 this year, short of the goal".
  const after = sentence.slice(q.end, w.end);
  // "on pace for 300,000 against a goal of 1 million": the goal after "against" is another number's.
  const punct = after.search(/[,;:—–(]/);
  const contrast = sentenceFlags(sentence).contrast && V.CONTRAST_CHEAP.test(after) ? after.search(V.CONTRAST) : -1;
  const cut = punct < 0 ? contrast : contrast < 0 ? punct : Math.min(punct, contrast);
  const scope = sentence.slice(w.start, cut < 0 ? w.end : q.end + cut);
  let goal = closestGoal(scope, q.start - w.start);
  let goalFrom = w.start;
  // "goal is to ramp up deportations from about 650 to as many as 3,000": the goal before "from" is the second number's.
  if (!goal && V.TO_BEFORE.test(sentence.slice(w.start, q.start)) && V.FROM_BEFORE.test(sentence.slice(0, w.start))) {
    goal = closestGoal(sentence.slice(0, w.start), w.start);
    goalFrom = 0;
  }
  // "told officials to double beds to 100,000 and arrest 3,000 a day": a second verb joined by "and"
  // shares the target of the first, though the goal word lies before the other number.
  if (!goal && V.AND_VERB.test(sentence.slice(w.start, q.start))) {
    const lead = sentence.slice(0, w.start);
    const clauseStart = Math.max(lead.lastIndexOf(';'), lead.lastIndexOf('. '));
    const found = closestGoal(lead.slice(clauseStart + 1), lead.length - clauseStart - 1);
    if (found) {
      goal = found;
      goalFrom = clauseStart + 1;
    }
  }
  // "despite President Trump's promise of more deportations: around 11,000 in February": counts set against a goal are no goal;
  // "The spreadsheet, which should be near final …, shows ICE removed 55,590": a goal word in a side clause closed before the number governs nothing after it.
  if (goal) {
    const at = goalFrom + goal.index;
    const closed = sentence.slice(at + goal[0].length, q.start);
    if (V.GOAL_CONTRASTED.test(sentence.slice(Math.max(0, at - 40), at)) || (V.SIDE_CLAUSE_OPEN.test(sentence.slice(Math.max(0, at - 80), at)) && /,/.test(closed))) {
      rules?.push(CAT.GOAL_ASIDE);
      goal = null;
    }
  }
  // "This goal is far above previous rates, which were 700 a day": a baseline named after the goal word.
  // "to ramp up deportations from about 650 to as many as 3,000": the number after "to" is the target.
  if (goal && goalFrom + goal.index + goal[0].length <= q.start) {
    const between = sentence.slice(goalFrom + goal.index + goal[0].length, q.start);
    // "lifted its daily goal from about 1,000 arrests a day to 3,000": the goal's own earlier level is a goal too.
    if (V.BASELINE_BETWEEN.test(between) && !V.FROM_TO_BETWEEN.test(between) && !V.GOAL_FROM.test(between)) {
      rules?.push(CAT.GOAL_BASELINE);
      goal = null;
    }
  }
  const removalNear = (scores.get('removals') ?? 0) + (scores.get('arrests') ?? 0) > 0.3;
  const targetable = d.category === 'removals' || d.category === 'arrests' || d.category === 'goal';
  // "to reach its goal of space for 100,000 deportees at once": a target of room is detention's (ruling: targets of capacity keep their category).
  if (goal && V.CAPACITY_FOR_BEFORE.test(sentence.slice(Math.max(0, q.start - 30), q.start))) {
    rules?.push(CAT.CAPACITY_TARGET);
    return { ...d, category: 'detention', base: 'detention' };
  }
  if (goal && (targetable || (removalNear && (d.category === 'population' || d.category === 'border')))) {
    rules?.push(CAT.GOAL_WORD);
    return { ...d, category: 'goal', cues: [goal[0], ...d.cues] };
  }
  // "the removal of millions": a vague number of millions of deportations is always an ambition.
  if (
    q.kind === 'magnitude' &&
    (q.magnitude ?? 0) >= 1e6 &&
    (targetable || removalNear) &&
    !CUE_WORDS.DONE_REMOVAL_RE.test(clause)
  ) {
    rules?.push(CAT.GOAL_MILLIONS);
    return { ...d, category: 'goal', cues: ['millions', ...d.cues] };
  }
  // "Deporting 1 million people a year would cost...": a hypothetical, not a count.
  if (targetable && V.HYPOTHETICAL_BEFORE.test(sentence.slice(Math.max(0, q.start - 40), q.start)) && V.HYPOTHETICAL.test(sentence.slice(q.end))) {
    rules?.push(CAT.GOAL_HYPOTHETICAL);
    return { ...d, category: 'goal', cues: ['would', ...d.cues] };
  }
  // "he would deport up to 3 million", "650,000 more would be picked up this year": a promise or a projection.
  if (targetable && d.category !== 'goal' && !V.PACE.test(sentence.slice(0, q.start)) && (V.FUTURE_BEFORE.test(sentence.slice(Math.max(0, q.start - 50), q.start)) || V.FUTURE_AFTER.test(sentence.slice(q.end, q.end + 70)))) {
    rules?.push(CAT.GOAL_FUTURE);
    return { ...d, category: 'goal', cues: ['would', ...d.cues] };
  }
  const lead = sentence.slice(Math.max(0, q.start - 100), q.start);
  if (targetable && V.TO_DEPORT_BEFORE.test(lead.slice(-30)) && V.COST_TO.test(lead)) {
    rules?.push(CAT.GOAL_COST);
    return { ...d, category: 'goal', cues: ['cost', ...d.cues] };
  }
  // A question states no fact: "Can ICE really deport a million people a year?"
  if (targetable && d.category !== 'goal' && /\?\s*$/.test(sentence)) {
    rules?.push(CAT.GOAL_QUESTION);
    return { ...d, category: 'goal', cues: ['?', ...d.cues] };
  }
  return d;
}
