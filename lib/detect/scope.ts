/**
 * Who or what a number counts (issue 13): the whole, a part told apart by a trait of the people counted
 * (convictions, age, family status, one case type, one kind of order, one nationality), another part
 * ("of them", "including"), one place, or one operation or event. One decision with named rules, read by
 * the detector (a trait subgroup is no claim: lib/detect/index.ts drops it, and a neighbour or the next
 * sentence that goes on with it counts the same part) and by the claim frame (its scope field).
 */
import type { Scope } from '../frame';
import type { Category } from './types';
import { defineRule } from '../rules';
import type { FrameInput } from './frame/input';
import { findAll, first, has, last, type Found } from './frame/phrases';
import { SCOPE_WORDS as V } from './lang/active';
import { COUNTRY_NAMES, US_PLACE_NAMES } from './world';

export const TRAIT = defineRule({
  id: 'scope.trait',
  stage: 'scope',
  looksFor:
    "a trait of the people counted in the number's own words ('68,541 unaccompanied children', '30,862 of them convicted criminals', '237 were known or suspected terrorists', '58,000 from Mexico') or in the subject that governs it ('Arrests of convicted criminals … from 105,736', 'Deportations to Honduras rose 29 percent', 'Family units caught crossing illegally rose 435 percent')",
  decides: 'the number counts a part of a group told apart by a trait (criminal record, age, family status, case type, kind of order, nationality): a subgroup, no claim',
  fires: [
    'ICE arrested 222,000 people, including 75,000 with no criminal convictions.',
    'Border Patrol agents apprehended 68,541 unaccompanied children in fiscal 2014.',
    'Arrests of convicted criminals by ICE barely moved, from 105,736 in fiscal 2017 to 105,140 in fiscal 2018.',
    'ICE deportations to Honduras rose 29 percent last year.',
    'Border Patrol apprehended 140,000 migrants in September; 58,000 from Mexico and Guatemala.',
    'ICE said border removals of people from countries other than Mexico rose 18 percent last year.',
    "Pew's new figures show Mexicans without legal status falling to 4.8 million in 2022.",
    'Family units caught crossing the border illegally rose 435 percent from May 2017, CBP said.',
    'Border apprehensions rose in May, while unaccompanied minors there rose more than 50 percent.',
    'ICE arrests outside the priority categories plunged by more than 80%, from 17,810 to 3,306.',
    'Pew says 10.7 million unauthorized immigrants lived in the country in 2016. The number from Central America grew by 375,000 between 2007 and 2016.',
    'Pew estimates 10.5 million unauthorized immigrants. Most of the drop came from Mexicans leaving: their number has fallen by about 2 million since 2007.',
    'The first step would be to go after the criminal migrants, roughly a million of whom, he said, had committed some crime besides crossing the border illegally.',
  ],
  silent: [
    'ICE arrested 222,000 people in fiscal 2024, many of them with criminal convictions.',
    'The Dilley family detention center can hold 2,400 women and children, ICE said.',
    'The Family Case Management Program, an alternative to detention run by ICE, had 630 families enrolled as of April 19.',
    'Under the settlement, children cannot be held in ICE detention for more than 20 days.',
    'Border Patrol agents apprehended 60,000 migrants crossing from Mexico in May.',
    'Border Patrol agents made more than 300,000 apprehensions along the Mexican border in fiscal 2012.',
    'So far this year CBP reports 310,000 apprehensions of illegal aliens, children, family members and single adults included, already about 2,000 more than the 308,000 of all of the year before.',
    'The immigration court backlog grew by more than 900,000 cases in 2023 as asylum seekers arrived at the border in record numbers.',
    'Hondurans and Guatemalans made up most of the 850,000 apprehensions at the border that year.',
    'Illegal crossings, and the number of families among them, had grown every month, topping out in May at 144,278 people caught crossing illegally.',
  ],
});
export const PART = defineRule({
  id: 'scope.part',
  stage: 'scope',
  looksFor: "words of a part of a group in the number's clause that are no trait of the people counted: 'of them', 'including', 'out of', or a legal status ('DACA recipients', 'parolees')",
  decides: 'the number counts a part, not the whole: a claim, but not the national count',
  fires: ['ICE has about 181,000 people in alternatives to detention; of them, 36,000 wear ankle monitors.', 'ICE detention held about 61,000 people, including 16,000 held by contractors.'],
  silent: ['ICE arrested 222,000 people in fiscal 2024.'],
});
export const PLACE = defineRule({
  id: 'scope.place',
  stage: 'scope',
  looksFor: "a place in the number's clause or the sentence's opening: a state, a city, a field office, a county, one facility",
  decides: "the number is one place's, not the nation's",
  fires: ['ICE agents arrested 1,100 people in Chicago during September.', 'In Texas alone, ICE is detaining more than 20,000 people.'],
  silent: ['ICE agents arrested 1,100 people a day across the country in September.'],
});
export const OPERATION = defineRule({
  id: 'scope.operation',
  stage: 'scope',
  looksFor: "an operation, a raid, a sweep or one event in the number's clause or the sentence's opening",
  decides: 'the number counts one operation or event',
  fires: ['Federal agents arrested 475 people in the raid at the Hyundai plant, ICE said.', 'During Operation Midway Blitz, ICE arrested more than 1,500 people.'],
  silent: ['ICE arrested 1,500 people in the last week of September, the agency said.'],
});
export const NATION = defineRule({
  id: 'scope.nation',
  stage: 'scope',
  looksFor: 'no trait, part, place, operation or event read for the number',
  decides: "the number is the nation's",
  fires: ['ICE arrested 222,000 people in fiscal 2024.'],
  silent: ['ICE agents arrested 1,100 people in Chicago during September.'],
});
export const GOES_ON = defineRule({
  id: 'scope.goes-on',
  stage: 'scope',
  looksFor: 'a number with no cue of its own that goes on from a count of a trait subgroup: its neighbour in the sentence, or the sentence before',
  decides: 'the number counts the same part: a subgroup, no claim',
  fires: [
    'ICE arrested 75,000 people with no criminal convictions in fiscal 2017, up from 50,000 a year earlier.',
    'Border Patrol agents apprehended 68,541 unaccompanied children in fiscal 2014, 77 percent more than the year before.',
    'Border Patrol encountered 88,089 unaccompanied children between ports of entry, roughly as many as in the same months of FY2022 (98,629), the year such encounters peaked at 149,093.',
  ],
  silent: ['ICE arrested 105,736 people in fiscal 2017 and 105,140 in fiscal 2018.', 'Border Patrol encountered 8,089 unaccompanied children in May, out of 98,629 encounters in all.'],
});

export const LIST_SUBJECT = defineRule({
  id: 'scope.list-subject',
  stage: 'scope',
  looksFor: "a colon that opens a list the number heads, after a subject that names a trait: 'The number of unaccompanied children apprehended … has climbed sharply: 16,067 in FY2011, 24,481 in FY2012'",
  decides: "the subject before the colon governs the list's numbers: its trait makes them a subgroup, no claim",
  fires: ['The number of unaccompanied alien children apprehended at the Southwest border has climbed sharply: 16,067 in FY2011, 24,481 in FY2012 and 38,759 in FY2013.'],
  silent: [
    'The number of migrants apprehended at the Southwest border has climbed sharply: 316,067 in FY2011, 324,481 in FY2012 and 338,759 in FY2013.',
    'Unaccompanied children are a small share of the total: Border Patrol apprehended 851,000 people in FY2019.',
  ],
});
export const ELIDED_OBJECT = defineRule({
  id: 'scope.elided-object',
  stage: 'scope',
  looksFor:
    "a number right after a verb of counting with no noun of its own and no people or count named before it in its sentence ('In FY2014 Customs and Border Protection apprehended 68,541, a record'), after a sentence whose count was a trait subgroup",
  decides: 'the verb leaves out its object, so the number counts what the sentence before counted: the same subgroup, no claim',
  fires: [
    'The number of unaccompanied alien children apprehended at the Southwest border climbed sharply: 16,067 in FY2011 and 38,759 in FY2013. In FY2014 Customs and Border Protection apprehended 68,541, a record at the time.',
  ],
  silent: [
    'The number of unaccompanied alien children apprehended at the Southwest border climbed sharply: 16,067 in FY2011 and 38,759 in FY2013. In FY2014 Customs and Border Protection apprehended 468,541 migrants in all.',
    'Border Patrol apprehended 479,000 people in FY2014. In FY2015 it apprehended 331,000, far fewer.',
  ],
});

export const PARAGRAPH_SUBJECT = defineRule({
  id: 'scope.paragraph-subject',
  stage: 'scope',
  looksFor:
    "a count of bare outcomes ('claims', 'decisions', 'grants', 'denials') in a paragraph that opens with a trait of the people as its subject ('Asylum seekers are winning less often at their hearings. … The court ruled on between 6,000 and 7,000 claims a month')",
  decides: "the outcomes are that subgroup's (one case type): a subgroup, no claim",
  fires: ['Asylum seekers are winning less often at their hearings. The court ruled on between 6,000 and 7,000 claims a month over the period.'],
  silent: [
    'Immigration judges are deciding more cases than ever. The court ruled on between 6,000 and 7,000 claims a month over the period.',
    'Asylum seekers are winning less often at their hearings. The immigration courts had 3.7 million pending cases in all.',
  ],
});

/**
 * The trait a paragraph's opening subject names, for a count of bare outcomes ("claims", "decisions") in it
 * (scope.paragraph-subject), else null.
 */
export function paragraphTrait(paragraph: string, counted: string): string | null {
  if (!V.BARE_OUTCOMES.test(counted)) return null;
  const opening = V.OPENING_SUBJECT.exec(paragraph);
  return opening ? (first(V.TRAIT_WORDS, opening[0])?.text ?? null) : null;
}

/** Whether a number with cues of its own still goes on from the count before it: "up from only 12,908", a percent change after it. */
export function comparedToLast(sentence: string, at: number, percent: boolean): boolean {
  return percent || V.COMPARED_BEFORE.test(sentence.slice(Math.max(0, at - 30), at));
}

/** Where a number stands in its sentence. */
export interface Spot {
  sentence: string;
  /** Offsets of the quantity in the sentence. */
  at: number;
  to: number;
  dollars: boolean;
  percent: boolean;
  /** The claim's category, when decided: families held in family detention are no trait subgroup. */
  category?: Category;
}

const country = (): RegExp => (countryRe ??= new RegExp(`^(?:${COUNTRY_NAMES.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\b`));
let countryRe: RegExp | null = null;

/** A trait or nationality in `text`, or null. */
function traitIn(text: string): string | null {
  // "along the Mexican border": a nationality word that names a place or a government, not the people counted.
  const nationality = findAll(V.NATIONALITY_WORDS, text).find((f) => !V.NOT_PEOPLE_AFTER.test(text.slice(f.index + f.text.length)));
  return (first(V.TRAIT_WORDS, text) ?? nationality)?.text ?? null;
}

/**
 * The trait of the people a number counts, when its own words or the subject that governs it name one
 * ("with no criminal convictions", "unaccompanied children", "Deportations to Honduras"), else null.
 * Money, durations, beds and space count no people, so they have no trait.
 */
export function traitOf(s: Spot, rules?: string[], goesOnFrom: string | null = null): string | null {
  if (s.dollars) return null;
  const { sentence, at, to } = s;
  const rest = sentence.slice(to, to + 90);
  const near = sentence.slice(Math.max(0, at - 40), at);
  // "more than 20 days": a duration quoted with its unit counts time too.
  if (V.DURATION_AFTER.test(rest) || V.DURATION_QUOTED.test(sentence.slice(at, to)) || V.CAPACITY_AFTER.test(rest) || V.CAPACITY_BEFORE.test(near) || V.CAPACITY_LEAD.test(sentence.slice(0, at))) return null;
  // "500 people at the moment, or about 226 family units": the same count in other units, not a part of it.
  if (V.RESTATED_BEFORE.test(near)) return null;
  // The number's own words: "unaccompanied children were apprehended", "of them convicted criminals".
  const cut = rest.search(V.TRAIT_CUT);
  // "rose by a factor of 11 and arrests of people with no conviction by …": words after "and" are the next conjunct's.
  const own = V.NEXT_CONJUNCT.test(rest) ? '' : (cut < 0 ? rest : rest.slice(0, cut)).split(',')[0]!;
  const words = own.trim().split(/\s+/).slice(0, 7).join(' ');
  const listed: string[] = [];
  const trait = ownTrait(sentence, at, rest, words, s.category, listed);
  if (trait) rules?.push(...listed, TRAIT);
  // "from 105,736 in fiscal 2017 to 105,140": a number that goes on from a part counts the same part, unless it says it is the whole.
  else if (goesOnFrom && !has(V.NATION_WORDS, `${sentence.slice(Math.max(0, at - 30), at)} ${words}`)) {
    rules?.push(GOES_ON);
    return goesOnFrom;
  }
  return trait;
}

/**
 * Whether a number stands right after a verb of counting with no noun of its own and no people or count named
 * before it in its sentence ("In FY2014 Customs and Border Protection apprehended 68,541, a record"): the verb's
 * object is left out, so the number counts what the sentence before counted (scope.elided-object).
 */
export function elidedObject(sentence: string, at: number, counted: string): boolean {
  const lead = sentence.slice(0, at);
  return counted.trim() === '' && V.COUNTING_VERB_BEFORE.test(lead) && !V.PEOPLE_OR_COUNT.test(lead) && !namesCount(lead);
}

/** A trait said of the members of a count further on: "…of the 59,762 people held by ICE, about 71%, have no criminal conviction". */
export function traitSaidAfter(sentence: string, from: number): string | null {
  const rest = sentence.slice(from, from + 160);
  const link = V.TRAIT_SAID.exec(rest);
  return link ? traitIn(rest.slice(link.index + link[0].length, link.index + link[0].length + 60).split(/[,;:]/)[0]!) : null;
}

/** The trait named by the number's own words, by what is said of its members, or by its subject. */
function ownTrait(sentence: string, at: number, rest: string, words: string, category?: Category, rules?: string[]): string | null {
  const trait = traitIn(words);
  if (trait) {
    // "182,584 families and individuals": a group with its complement is the whole.
    if (V.COMPLEMENT.test(words)) return null;
    // "about 2,500 mothers and children in family detention": a kind of detention ICE counts and Congress funds;
    // "630 families enrolled" in a family program of alternatives to detention: the program's whole count.
    if ((category === 'detention' || category === 'atd') && has(V.FAMILY_WORDS, words)) return null;
    // "one targeted operation that picked up 495 sex offenders": the operation's whole haul, whoever it targeted.
    if (!V.PARTITIVE_AFTER.test(rest) && V.OPERATION_LEAD.test(sentence.slice(Math.max(0, at - 80), at))) return null;
    return trait;
  }
  // What its members were, had, or where they came from: "237 were known or suspected terrorists", "78,000, came from Venezuela".
  const link = V.TRAIT_LINK.exec(rest);
  if (link) {
    const said = rest.slice(link[0].length, link[0].length + 60);
    const citizens = V.CITIZENS_OF.exec(said);
    const t = traitIn(said.split(/[,;:]/)[0]!) ?? (V.LINK_FROM.test(link[0]) ? country().exec(said)?.[0] : null) ?? (citizens ? country().exec(said.slice(citizens[0].length))?.[0] : null);
    if (t) return t;
  }
  // "go after the criminal migrants, roughly a million of whom had committed some crime": the group named right before "N of whom".
  if (V.PARTITIVE_AFTER.test(rest)) {
    const group = V.GROUP_BEFORE.exec(sentence.slice(Math.max(0, at - 60), at));
    const t = group ? traitIn(group[1]!) : null;
    if (t) return t;
  }
  const from = V.FROM_COUNTRY.exec(rest);
  const c = from ? country().exec(rest.slice(from[0].length)) : null;
  if (c) return c[0];
  // The subject that governs the number: "Arrests of convicted criminals by ICE barely moved, from 105,736".
  const lead = sentence.slice(0, at);
  const clause = governingClause(lead);
  if (rules && clause !== lead.slice(Math.max(lead.lastIndexOf(';'), lead.lastIndexOf(':')) + 1)) rules.push(LIST_SUBJECT);
  return subjectTrait(clause) ?? nationalitySubject(clause) ?? traitSubject(clause, category) ?? originSubject(clause, lead);
}

/**
 * The clause whose subject governs a number: the text after the last semicolon or colon, unless the colon
 * opens a list the number heads ("The number of unaccompanied children apprehended … has climbed sharply:
 * 16,067 in FY2011, …"): then the clause before the colon (scope.list-subject).
 */
function governingClause(lead: string): string {
  const cut = Math.max(lead.lastIndexOf(';'), lead.lastIndexOf(':'));
  const clause = lead.slice(cut + 1);
  if (cut < 0 || lead[cut] !== ':' || /[A-Za-z]/.test(clause)) return clause;
  const before = lead.slice(0, cut);
  return before.slice(Math.max(before.lastIndexOf(';'), before.lastIndexOf(':')) + 1);
}

/** Whether a stretch names a count: a number other than a year ("Criminal alien removals in FY 2016 came to" names none). */
function namesCount(text: string): boolean {
  return /\d/.test(text.replace(V.YEAR_NAMED, ''));
}

/**
 * One country's or region's people as the subject counted: "The number from Central America grew by 375,000";
 * "Most of the drop came from Mexicans leaving: their number has fallen by about 2 million".
 */
function originSubject(clause: string, lead: string): string | null {
  const from = V.NUMBER_FROM.exec(clause);
  if (from) {
    const place = from[1]!;
    const c = country().exec(place)?.[0] ?? V.REGION.exec(place)?.[0];
    if (c && !/\d/.test(clause.slice(from.index + from[0].length))) return c;
  }
  if (!V.THEIR_NUMBER.test(clause)) return null;
  let found: Found | null = null;
  for (const f of findAll(V.NATIONALITY_WORDS, lead.slice(0, lead.length - clause.length))) if (V.NATIONALITY_PEOPLE.test(f.text)) found = f;
  return found?.text ?? null;
}

/**
 * A trait that opens the clause as the subject counted, with no number between it and this one: "Family
 * units caught crossing illegally rose 435 percent", "Families apprehended … grew 90 percent", "…, while
 * unaccompanied minors there rose more than 50 percent", "the number of underage migrants detained has
 * climbed 42 percent". Not a trait named with its complement, nor families in family detention.
 */
function traitSubject(clause: string, category?: Category): string | null {
  const whole = clause.slice(Math.max(0, clause.search(V.LAST_CONJUNCT) + 1));
  // The subject may follow an opening phrase ("Along the whole Southwest border, by contrast, family-unit apprehensions fell")
  // or stand as "the number of …" after one ("… figures show that in fiscal year 2014 the number of 'family units' apprehended rose").
  for (const conjunct of [whole, afterOpening(whole)]) {
    if (conjunct === null) continue;
    const t = traitOpening(conjunct, category);
    if (t) return t;
  }
  return null;
}

/** The clause after its last opening phrase: the text after its last comma, or from its last "the number of". */
function afterOpening(clause: string): string | null {
  const number = clause.search(V.NUMBER_OF_LAST);
  if (number > 0) return clause.slice(number);
  const comma = clause.lastIndexOf(',');
  return comma > 0 && !/\d/.test(clause.slice(comma)) ? clause.slice(comma + 1) : null;
}

/** A trait that opens a clause as the subject counted. */
function traitOpening(conjunct: string, category?: Category): string | null {
  const m = V.SUBJECT_OPENING.exec(conjunct);
  if (!m) return null;
  const head = conjunct.slice(m[0].length).replace(/^['‘’"“]/, '').split(/\s+/).slice(0, 3).join(' ');
  // Nationalities as subjects are nationalitySubject's ("Hondurans made up most of the 850,000" is the whole).
  const t = first(V.TRAIT_WORDS, head)?.text ?? null;
  if (!t || namesCount(conjunct) || V.PART_OF_WHOLE.test(conjunct) || V.COMPLEMENT.test(conjunct.slice(0, 100)) || V.WHOLE_NAMED_AFTER.test(conjunct.slice(m[0].length))) return null;
  if (category === 'detention' && has(V.FAMILY_WORDS, head)) return null;
  return t;
}

/**
 * A nationality named as the people a clause counts, with nothing counted between it and the number:
 * "Mexicans still make up about half of them, some 5.4 million", "figures show Mexicans without legal
 * status falling to 5.6 million". Not the whole they are part of ("Hondurans made up most of the 1.2 million").
 */
function nationalitySubject(clause: string): string | null {
  let found: Found | null = null;
  for (const f of findAll(V.NATIONALITY_WORDS, clause)) {
    if (V.NATIONALITY_PEOPLE.test(f.text) || V.PEOPLE_AFTER.test(clause.slice(f.index + f.text.length))) found = f;
  }
  if (!found) return null;
  const tail = clause.slice(found.index + found.text.length);
  if (namesCount(tail) || V.ANY_COUNT_HEAD.test(tail) || V.PART_OF_WHOLE.test(tail)) return null;
  return found.text;
}

/** A trait named by the subject of a clause ("Deportations to Honduras", "arrests of people with no known conviction"), with no other count named after it. */
function subjectTrait(clause: string): string | null {
  let found: string | null = null;
  for (const m of clause.matchAll(V.COUNT_HEAD)) {
    const after = clause.slice(m.index + m[0].length);
    const said = after.split(/\s+/).slice(0, 6).join(' ');
    const t = traitIn(said) ?? country().exec(after)?.[0] ?? null;
    // "apprehensions of illegal aliens, children, family members and single adults": the parts with their complement are the whole.
    if (!t || V.COMPLEMENT.test(after.slice(0, 100))) continue;
    const tail = after.slice(after.indexOf(t) + t.length);
    found = V.ANY_COUNT_HEAD.test(tail) ? null : t;
  }
  return found;
}

/** The sentence's opening, when it is an introductory phrase before the subject ("In Texas alone, …"). */
function opening(c: FrameInput): string {
  const comma = c.lead.indexOf(',');
  return comma > 0 && comma < 60 ? c.lead.slice(0, comma) : '';
}

/** The scope of a claim and the words that set it, for the claim frame. */
export function readScope(c: FrameInput, rules: string[]): { scope: Scope; words: string | null } {
  const trait = traitOf({ sentence: c.sentence, at: c.at, to: c.to, dollars: c.dollars, percent: c.percent, category: c.category }, rules);
  if (trait) {
    return { scope: 'subgroup', words: trait };
  }
  // The clause's own words decide; the nation's words there override a place named elsewhere.
  const own = `${c.before} ${c.unit ?? ''} ${c.after}`;
  // "families and individuals": a group with its complement is the whole.
  const group = first(V.SUBGROUP_WORDS, own);
  const sub = (group && !V.COMPLEMENT.test(own) ? group : null) ?? last(V.PART_OF_WORDS, c.before);
  if (sub) {
    rules.push(PART);
    return { scope: 'subgroup', words: sub.text };
  }
  const nation = has(V.NATION_WORDS, own);
  for (const text of nation ? [] : [own, opening(c)]) {
    const op = first(V.OPERATION_WORDS, text);
    if (op) {
      rules.push(OPERATION);
      return { scope: 'operation', words: op.text };
    }
    const place = first(US_PLACE_NAMES, text) ?? first(V.PLACE_WORDS, text);
    if (place) {
      rules.push(PLACE);
      return { scope: 'place', words: place.text };
    }
  }
  rules.push(NATION);
  return { scope: 'nation', words: null };
}
