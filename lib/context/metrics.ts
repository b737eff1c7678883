/**
 * Which dataset metric a claim is about: one ordered table, first matching rule wins. A new metric is
 * one line here. Rules read the claim's unit and the words around its number; the window stops at the
 * next and the previous number, so one quantity's words do not decide another's.
 */
import type { Category, Claim, Rate } from '../detect/types';
import type { FigureRole } from './types';

export interface MetricRule {
  category: Category;
  /** The metric id, or null for claims no official series measures (the reason says why). */
  metric: string | null;
  /** Words that select the rule (tested on the claim's unit and the words around its number). */
  words?: RegExp;
  /** Words that select the rule when found in the claim's unit alone. */
  unitWords?: RegExp;
  /** With `unitWords`: words the whole sentence must also have; alone, words of the sentence that select the rule. */
  sentenceWords?: RegExp;
  /** Selected only by the words around the number, never by the rest of the sentence. */
  windowOnly?: boolean;
  /** Words that rule it out. */
  not?: RegExp;
  /** Only for claims at one of these rates. */
  rates?: Rate[];
  /** Only for dollar claims (true) or only for other claims (false). */
  dollars?: boolean;
  /** Only for claims whose value is at least / below this ("$45 billion" is no cost per bed-day). */
  minValue?: number;
  maxValue?: number;
  /** Words anywhere in the sentence that rule it out ("over five years": money for several years). */
  sentenceNot?: RegExp;
  /** Other metrics shown beside the main one. */
  also?: { metric: string; role: FigureRole; compare?: boolean }[];
  reason: string;
}

const ADP_ALSO: MetricRule['also'] = [
  { metric: 'detention-peak', role: 'peak' },
  { metric: 'detention-population', role: 'related', compare: true },
];
const SUBGROUP =
  /\b(?:live|living|reside|residing) in (?!the (?:United States|US|U\.S\.|country))[A-Z]|\bin (?:California|Texas|Florida|New York|New Jersey|Illinois|Arizona|Georgia|the state|each state)\b|final orders|orders of removal|criminal|convicted|children|DACA|Dreamers|eligible/i;
/** Agents sent somewhere: "deploying 3,000 agents to the Twin Cities", "converged on", "would arrive". */
const DEPLOYED = /\bdeploy(?:ed|ing|s|ment)?\b|\bsen(?:t|ding) to\b|\bconverged?\b|\barriv(?:e|ed|ing)\b|\bin the (?:state|city|area)\b|\bto the (?:Twin Cities|city|area|region|state)\b/i;
/** A verb of holding right before the number, and the people it holds after it (a rule's words). */
const HOLDING = /\b(?:holding|holds|held|detaining|detains)\s*\|\s*(?:[\w-]+ )?(?:people|detainees|immigrants|migrants|individuals|noncitizens)\b/i;
/** Words of a count on one day. */
const ONE_DAY = /\bas of\b|\bcurrently\b|\bnow (?:holds?|holding|detains?|has)\b|\b(?:is|was) (?:now )?(?:holding|detaining)\b|\bon (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/i;
/** A count of people hired so far: no series in the dataset counts hires. */
const HIRED = /\bhired\b|\bhires\b/i;
const FAMILY = /\bfamil(?:y|ies)\b|parents and children/i;
/** Words of a yearly appropriation, as opposed to the 2025 law's multi-year money. */
const YEARLY = /annual|yearly|a year\b|each year|every year|fiscal|budget|appropriat/i;
const OBBBA = /reconciliation|big,? beautiful|one big|\bOBBBA\b|mega-?bill|mega-?law|the (?:new )?law\b|the bill\b|tax bill|spending bill|budget bill|the legislation\b|signed into law|\b(?:a|the) 2025 law\b|tax(?:-| and )spending (?:law|bill|package)|package of tax|\bH\.R\. ?1\b/i;
/** Unit costs are small: a sum in the millions is a total, whatever its words. */
const UNIT_COST_MAX = 1e6;
/** ICE's yearly appropriations never reached $20 billion: a yearly ICE budget above it counts the 2025 law's money. */
const ANNUAL_WITH_LAW_MIN = 2e10;
/** Money for several years: "over five years", "through 2029", "over the next decade". */
const MULTI_YEAR = /\bover (?:the (?:next|coming) )?(?:\w+ )?(?:years|decade)\b|\bthrough (?:fiscal )?20\d\d\b|\bnext decade\b|\bmulti-?year\b/i;
/** Money an article about the 2025 law gives without naming it in the sentence: only sums of the law's size. */
const LAW_MONEY_MIN = 1e9;
/** The day the 2025 reconciliation act was signed. */
const LAW_SIGNED = '2025-07-04';

/** Money a plan would spend: "ICE expects to spend $38.3 billion", "a $38.3 billion plan to overhaul detention". */
const PLANNED_SPEND = /\b(?:expects?|plans?|planning|intends?|aims?) to spend\b|\b(?:would|will|could) cost\b|dollars \|\s+plan\b/i;

/** What a facility count or one facility's size names: "23 warehouses", "a 5,000-bed detention center". */
const FACILITY_UNIT = /^(?:[\w-]+ ){0,2}(?:facilit|jails?\b|sites?\b|detention cent|camps?\b|warehouses?|prisons?\b|processing cent|(?:regional )?centers?\b)|^bed (?:[\w-]+ ){0,2}(?:cent(?:er|re)|facility|camp|complex|jail|site)/i;
/** One facility named around the number: "the camp can hold up to 3,000", "a warehouse ... housing 8,500 beds". */
/** No single facility holds more: a larger detention number is the system's. */
const ONE_FACILITY_MAX = 15_000;
const ONE_FACILITY = /\b(?:the|this|that|a|an|one|each|its|new|largest) (?:[\w’'-]+ ){0,3}?(?:facility|jail|site|detention cent(?:er|re)|cent(?:er|re)|camp|warehouse|complex|prison|tent city|processing center)\b(?! network| system)|\b(?:Camp East Montana|Alligator Alcatraz|Fort Bliss|Delaney Hall|Guantánamo|Guantanamo)\b/i;

/** The claim-to-metric table, in order of precedence within each category; each category ends with a catch-all. */
export const RULES: MetricRule[] = [
  // Removals
  { category: 'removals', metric: null, unitWords: /\bflights?\b|\bplanes?\b/i, reason: 'deportation flights, which no official series in the dataset counts (a flight carries many people)' },
  { category: 'removals', metric: null, words: /self-?deport|left the country|left the U\.?S\.?|voluntar(?:y|ily) (?:depart|return|left)|departures|driven out|departed/i, reason: 'self-deportations and departures, which no official series in the dataset counts' },
  { category: 'removals', metric: 'removals-interior', words: /interior|from (?:the )?(?:US |U\.S\. )?communities|at-large/i, reason: 'removals of people ICE arrested in the interior' },
  { category: 'removals', metric: 'expulsions-title42-ice', words: /expul|title 42/i, reason: 'Title 42 expulsions' },
  { category: 'removals', metric: 'removals-dhs', words: /all (?:of )?DHS|DHS-wide|all (?:DHS )?components|all (?:federal )?agencies|ICE and CBP|CBP and ICE/i, reason: 'removals by all of DHS' },
  { category: 'removals', metric: 'removals', reason: 'ICE removals (deportations)' },
  // Arrests
  // "Since January 20, DHS has arrested more than 595,000": ICE's and CBP's arrests together.
  { category: 'arrests', metric: null, words: /\b(?:DHS|Department of Homeland Security)(?: and its (?:components|agencies))? (?:has |have |had )?(?:arrested|apprehended)\b/i, reason: "arrests by all of DHS (ICE's and CBP's together), which no series in the dataset counts" },
  { category: 'arrests', metric: 'arrests-ero-admin', reason: "ICE's administrative (civil immigration) arrests" },
  // Detention
  { category: 'detention', metric: null, unitWords: FACILITY_UNIT, not: /\bfamil(?:y|ies)\b/i, reason: 'facilities, or one facility, which no official series in the dataset counts' },
  { category: 'detention', metric: null, words: ONE_FACILITY, not: /\bfamil(?:y|ies)\b/i, reason: 'one facility, which no official series in the dataset counts' },
  { category: 'detention', metric: null, unitWords: /\bbeds?\b|capacity/i, sentenceWords: new RegExp(`${ONE_FACILITY.source}|\\b(?:one of|among) the largest\\b|\\ba (?:third|second|fourth|new) (?:warehouse|site|facility|camp|jail|one)?\\b|^A (?:third|second|fourth)\\b`, 'i'), reason: 'the beds of one facility, which no official series in the dataset counts' },
  // "It held less than 3,000 on average", "Only 21 of the 220 centers hold more than 1,000 people": one site's size.
  { category: 'detention', metric: null, words: /^(?:It|The (?:site|camp|facility|center|jail)) (?:held|holds|housed|houses|can hold|could hold)\s*\||\b(?:centers|facilities|sites|jails|camps|prisons) (?:that )?(?:hold|held|house|housed)\s*\|/i, maxValue: ONE_FACILITY_MAX, reason: 'the size of one facility, or a class of facilities, which no national series counts' },
  { category: 'detention', metric: null, sentenceWords: ONE_FACILITY, maxValue: ONE_FACILITY_MAX, not: /\bfamil(?:y|ies)\b|nationwide|across the (?:country|nation)|in (?:its|ICE['’]s) (?:custody|detention network)/i, reason: 'one facility, which no official series in the dataset counts' },
  // "ICE released about 160 immigrants from detention": people let out, not people held.
  { category: 'detention', metric: null, words: /\b(?:released|releasing|releases|freed|let go)\b/i, not: /\b(?:data|figures|numbers|statistics|report)\s+(?:\w+\s+)?released\b/i, reason: 'releases from detention, which no series in the dataset counts' },
  { category: 'detention', metric: 'detention-family-capacity', words: /\bfamil(?:y|ies)\b|parents and children/i, not: /\bfamily members\b/i, reason: 'family detention capacity' },
  { category: 'detention', metric: 'non-detained-docket', words: /non-?detained|not (?:in|detained)|docket/i, reason: "ICE's non-detained docket" },
  { category: 'detention', metric: 'detention-alos', words: /length of stay|average stay|\bdays\b/i, reason: 'average length of stay in detention' },
  { category: 'detention', metric: 'detention-bed-mandate', words: /mandate|quota|requir\w* (?:\w+ ){0,3}to (?:maintain|fill|keep)/i, reason: 'the detention bed mandate in law' },
  // "at 109% capacity, with the agency holding nearly 42,000": the verb before the number says people held.
  { category: 'detention', metric: 'detention-population', words: new RegExp(`(?=[\\s\\S]*(?:${HOLDING.source}))(?=[\\s\\S]*(?:${ONE_DAY.source}))`, 'i'), not: /average|a day|daily|per day|any given/i, reason: 'the number of people held in detention on one day', also: [{ metric: 'detention-peak', role: 'peak' }, { metric: 'detention-adp', role: 'related' }] },
  { category: 'detention', metric: 'detention-adp', words: HOLDING, reason: 'the number of people held in detention on an average day', also: ADP_ALSO },
  { category: 'detention', metric: 'detention-funded-beds', words: /\bbeds?\b|capacity|space/i, reason: 'detention beds funded by Congress' },
  { category: 'detention', metric: 'detention-book-ins', words: /book(?:ed|-ins?)|(?:a|per|each|every|in a) year(?! ago| earlier| before| prior)|annually|over the (?:fiscal )?year|during the (?:fiscal )?year/i, not: /average|daily|a day|any given/i, reason: 'people booked into detention over a year' },
  // "ICE is holding 65,000 as of Nov. 15": a count on one day, set first against the counts of single days.
  { category: 'detention', metric: 'detention-population', words: /\bas of\b|\bcurrently\b|\bnow (?:holds?|holding|detains?|has)\b|\b(?:is|was) (?:now )?(?:holding|detaining)\b|\bon (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/i, not: /average|a day|daily|per day|any given/i, reason: 'the number of people held in detention on one day', also: [{ metric: 'detention-peak', role: 'peak' }, { metric: 'detention-adp', role: 'related' }] },
  { category: 'detention', metric: 'detention-adp', words: /people|detainees|detained|detaining|immigrants|migrants|in (?:detention|custody)|\bheld\b|holding|population/i, reason: 'the number of people held in detention on an average day', also: ADP_ALSO },
  {
    category: 'detention',
    metric: 'detention-adp',
    reason: 'the number of people held in detention on an average day',
    also: ADP_ALSO,
  },
  // Personnel
  { category: 'personnel', metric: null, words: /(?:per|each|every|an?) (?:arrest|target|operation|raid)/i, reason: 'an operational detail that no official series measures' },
  // "5,000 customs officers and 3,000 border patrol agents": CBP's people, not ICE's.
  { category: 'personnel', metric: null, unitWords: /customs|border patrol|\bCBP\b|national guard|troops|marines|police/i, reason: "another agency's officers (CBP, the Guard, the police), which no series in the dataset counts for ICE" },
  // "deploying up to 3,000 federal agents to the Twin Cities": a surge to one place, not the national force.
  { category: 'personnel', metric: null, sentenceWords: DEPLOYED, sentenceNot: /nationwide|across the (?:country|nation)|\bnationally\b/i, reason: 'agents sent to one place, which no national series measures' },
  { category: 'personnel', metric: null, unitWords: /applicants|applications|candidates|job offers|offers/i, reason: 'applications or offers to join ICE, which no official series in the dataset counts' },
  { category: 'personnel', metric: null, unitWords: /\bteams?\b|offices|units|squads/i, reason: 'a count of teams or offices, which no official series in the dataset measures' },
  { category: 'personnel', metric: 'personnel-ice-planned-hires', not: HIRED, words: /\bplan|promis|pledg|goal|target|(?:will|would|to) hire|hiring(?! freeze)|recruits?\b|new (?:[\w-]+ )?(?:officers|agents|hires|staff)|additional|\bto add\b|\baims?\b|onboard|\bmore (?:[\w-]+ )?(?:staff|officers|agents|employees|personnel)\b/i, reason: 'planned new ICE officers and agents' },
  { category: 'personnel', metric: 'personnel-ice-officers-agents', unitWords: /\bofficers|agents\b/i, sentenceWords: /officers and agents|agents and officers/i, not: HIRED, reason: 'ICE officers and agents together (ERO and HSI)' },
  { category: 'personnel', metric: 'personnel-ice-workforce', words: /employee|staff|workforce|workers|personnel|people work/i, reason: "ICE's whole workforce" },
  { category: 'personnel', metric: 'personnel-ice-officers-agents', words: /officers and agents|agents and officers|law enforcement|\bHSI\b|special agents/i, not: HIRED, reason: 'ICE officers and agents together (ERO and HSI)' },
  // "22,000 immigration agents": in news usage, ICE's officers and agents together, not its deportation officers.
  { category: 'personnel', metric: 'personnel-ice-officers-agents', unitWords: /\bagents\b/i, not: new RegExp(`${HIRED.source}|deportation officers|\\bERO\\b`, 'i'), minValue: 9_000, reason: 'ICE officers and agents together (ERO and HSI)' },
  { category: 'personnel', metric: 'personnel-ero-officers', words: /officer|agent/i, not: HIRED, reason: "ICE's deportation officers (ERO)" },
  { category: 'personnel', metric: null, reason: 'a personnel count that no official series in the dataset measures' },
  // Budget and costs (money)
  { category: 'budget', metric: 'cost-bed-day', dollars: true, maxValue: UNIT_COST_MAX, words: /per (?:bed|detainee|person|night|day)|a (?:day|night)|daily|nightly|\bbeds?\b/i, not: OBBBA, reason: 'the cost of one detention bed for one day' },
  { category: 'budget', metric: 'cost-per-removal', dollars: true, maxValue: UNIT_COST_MAX, words: /per (?:removal|deportation|deportee)|each (?:removal|deportation)|to (?:deport|remove) (?:one|a single|each|an? (?:person|immigrant))|average cost/i, reason: 'the average cost of one removal' },
  // "$165 billion allocated for the Department of Homeland Security": the whole department's money.
  { category: 'budget', metric: null, dollars: true, words: /\b(?:for|to) (?:the )?(?:Department of Homeland Security|DHS)\b/i, reason: "money for all of DHS, not ICE's" },
  { category: 'budget', metric: null, dollars: true, words: /supplemental/i, maxValue: ANNUAL_WITH_LAW_MIN, reason: 'supplemental appropriations, which no series in the dataset counts' },
  { category: 'budget', metric: null, dollars: true, words: PLANNED_SPEND, reason: "a planned expense, not a line of ICE's budget or of the 2025 law" },
  { category: 'budget', metric: null, dollars: true, unitWords: /\bwall\b|barriers?\b/i, reason: "border wall money, which is CBP's and which no series in the dataset counts" },
  { category: 'budget', metric: 'budget-obbba-ice-detention', dollars: true, words: new RegExp(`(?=.*(?:${OBBBA.source}))(?=.*(?:detention|beds))`, 'i'), reason: "the 2025 reconciliation act's ICE detention money" },
  { category: 'budget', metric: 'budget-obbba-eoir', dollars: true, words: new RegExp(`(?=.*(?:${OBBBA.source}))(?=.*(?:court|judge|EOIR))`, 'i'), reason: "the 2025 reconciliation act's immigration courts money" },
  { category: 'budget', metric: 'budget-obbba-immigration-total', dollars: true, words: new RegExp(`(?=.*(?:${OBBBA.source}))(?=.*(?:border|immigration (?:enforcement|agenda|crackdown)))`, 'i'), reason: "the 2025 reconciliation act's immigration and border money" },
  { category: 'budget', metric: 'budget-obbba-ice-enforcement', dollars: true, words: new RegExp(`(?=.*(?:${OBBBA.source}))(?=.*(?:\\bhir|enforcement|removal|deport))`, 'i'), reason: "the 2025 reconciliation act's ICE enforcement money" },
  { category: 'budget', metric: 'budget-obbba-ice-total', dollars: true, words: OBBBA, reason: "the 2025 reconciliation act's ICE money" },
  { category: 'budget', metric: 'budget-ice-annualized-with-obbba', dollars: true, minValue: ANNUAL_WITH_LAW_MIN, words: /budget|annual|yearly|a year\b|per year|this year/i, sentenceNot: MULTI_YEAR, reason: "ICE's yearly resources counting the 2025 reconciliation money" },
  { category: 'budget', metric: 'budget-ice-detention', dollars: true, words: /detention|custody operations/i, reason: "ICE's yearly detention budget" },
  { category: 'budget', metric: 'budget-ice-ero', dollars: true, words: /enforcement and removal|\bERO\b/i, reason: "ICE's enforcement and removal funding" },
  { category: 'budget', metric: 'budget-ice-total', dollars: true, words: /budget|funding|funded|appropriat|\bspen[dt]|allocat|annual/i, reason: "ICE's yearly budget" },
  { category: 'budget', metric: null, reason: 'a cost estimate, not a line of ICE’s budget' },
  // Unauthorized population (the source the article credits can change the main estimate: see index.ts)
  { category: 'population', metric: null, words: SUBGROUP, reason: 'a part of the unauthorized population (one state, or one group) that no series in the dataset counts' },
  { category: 'population', metric: 'population-unauthorized-protected-pew', windowOnly: true, words: /protect|\bTPS\b|temporary|deferred|DACA/i, reason: 'unauthorized immigrants with temporary protection (Pew)' },
  {
    category: 'population',
    metric: 'population-unauthorized-pew',
    reason: 'the unauthorized immigrant population (Pew estimate, the most cited)',
    also: [
      { metric: 'population-unauthorized-dhs', role: 'other-estimate' },
      { metric: 'population-unauthorized-mpi', role: 'other-estimate' },
    ],
  },
  // Immigration courts
  { category: 'courts', metric: 'courts-family-docket-in-absentia', words: new RegExp(`(?=.*absentia)(?=.*(?:${FAMILY.source}))`, 'i'), reason: 'in-absentia orders on the family docket' },
  { category: 'courts', metric: 'courts-in-absentia', words: /absentia/i, reason: 'in-absentia removal orders' },
  { category: 'courts', metric: null, words: /removal orders|deportation orders|orders of removal|ordered (?:\w+ )?(?:deported|removed)/i, reason: 'removal orders, which no official series in the dataset counts (in-absentia orders apart)' },
  // "the country's 71 immigration courts": courts are places, not judges or cases.
  { category: 'courts', metric: null, unitWords: /^(?:[\w-]+ )?(?:courts?|adjudication centers?|courthouses?)\b/i, reason: 'a count of courts, which no series in the dataset measures' },
  // "3.7 million pending cases, and the firing of judges...": the counted noun beats a judge named nearby.
  { category: 'courts', metric: 'courts-backlog', unitWords: /pending|backlog|\bcases\b/i, not: /new cases|\bfiled\b|filings|received/i, minValue: 100_000, reason: 'the immigration court backlog' },
  { category: 'courts', metric: 'courts-judge-hires', words: /(?=.*judges?)(?=.*(?:\bhir|\bnew\b))/i, reason: 'immigration judges hired' },
  { category: 'courts', metric: 'courts-judges', words: /judges?\b(?!\s+(?:ordered|issued|granted|denied|decided|have ordered|have issued))/i, not: /deport|removal orders/i, reason: 'immigration judges on the bench' },
  { category: 'courts', metric: 'courts-backlog', words: /backlog|pending/i, not: /new cases|\bfiled\b|filings|received/i, reason: 'the immigration court backlog' },
  { category: 'courts', metric: 'courts-completions', words: /complet|decided|decisions/i, reason: 'immigration court case completions' },
  { category: 'courts', metric: 'courts-new-cases', words: /new cases|filed|filings|received/i, reason: 'new immigration court cases' },
  { category: 'courts', metric: null, reason: 'a court count no official series in the dataset measures' },
  // Border
  { category: 'border', metric: null, words: /unaccompanied|children|famil(?:y|ies)|gotaways?|got-aways?|evaded|single adults/i, reason: 'a part of border crossings that no series in the dataset counts' },
  { category: 'border', metric: 'border-usbp-nationwide', words: /(?=.*nationwide)(?=.*(?:border patrol|apprehen))/i, reason: 'Border Patrol apprehensions nationwide' },
  { category: 'border', metric: 'border-cbp-encounters-nationwide', words: /nationwide|all (?:the )?borders|ports of entry|across the (?:nation|country)|\bnationally\b/i, reason: 'CBP encounters nationwide' },
  { category: 'border', metric: 'border-usbp-swb-apprehensions', words: /border patrol|apprehen|caught/i, reason: 'Border Patrol apprehensions at the southwest border' },
  { category: 'border', metric: 'border-swb-encounters', reason: 'encounters at the southwest border' },
  // Alternatives to detention
  { category: 'atd', metric: 'atd-participants', words: /participated|over the (?:fiscal )?year|during the (?:fiscal )?year|annual participants|total participants/i, reason: 'people in Alternatives to Detention over a year' },
  { category: 'atd', metric: 'atd-population', reason: 'people enrolled in Alternatives to Detention' },
  // Goals: the metric is the pace the goal is measured against; goals are not compared, only reckoned with.
  { category: 'goal', metric: 'arrests-ero-admin', words: /arrest/i, not: /deport|remov/i, reason: "an arrest goal, set against ICE's arrests" },
  { category: 'goal', metric: 'removals', reason: "a deportation goal, set against ICE's removals" },
];

/** A number token: where one quantity's words end and another's begin. */
const NUMBER = /\$?\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|dozens?)\b/gi;

/** The words around a claim's number, each side stopping at the nearest other number. */
export interface ClaimWindows {
  unit: string;
  before: string;
  after: string;
}

/** Splits the sentence around the claim's number: up to 50 characters before and 70 after. */
export function claimWindows(claim: Claim): ClaimWindows {
  const at = Math.max(0, claim.start - claim.sentenceStart);
  const to = Math.max(at, claim.end - claim.sentenceStart);
  const from = Math.max(0, at - 50);
  let before = claim.sentence.slice(from, at);
  let after = claim.sentence.slice(to, to + 70);
  const lastNumber = [...before.matchAll(NUMBER)].at(-1);
  if (lastNumber) before = before.slice(lastNumber.index + lastNumber[0].length);
  // "ICE's budget from about $8 billion to roughly $28 billion": the second number counts what the first does.
  const lastDigits = [...claim.sentence.slice(from, at).matchAll(/\$?\d[\d,.]*/g)].at(-1);
  if (lastNumber && lastDigits && /^(?:\s*(?:million|billion|percent))?\s+to\s*$/i.test(before)) {
    const prevAt = from + lastDigits.index;
    const head = claim.sentence.slice(Math.max(0, prevAt - 50), prevAt);
    if (/\bfrom\s+(?:about|roughly|nearly|around|some|more than|over|just)?\s*$/i.test(head)) {
      const headNumber = [...head.matchAll(NUMBER)].at(-1);
      before = headNumber ? head.slice(headNumber.index + headNumber[0].length) : head;
    }
  }
  const nextNumber = after.search(NUMBER);
  if (nextNumber >= 0) after = after.slice(0, nextNumber);
  // A new clause ("…, and the agency plans to hire", "; officials say") speaks of something else.
  const clauseEnd = after.search(CLAUSE_BREAK);
  if (clauseEnd >= 0) after = after.slice(0, clauseEnd);
  // "20,000 employees, including about 6,000 officers": what precedes "including" names the whole.
  const clauses = [...before.matchAll(new RegExp(`${CLAUSE_BREAK.source}|\\b(?:including|among them|of whom|of which|of them|while|whereas)\\b`, 'gi'))].at(-1);
  if (clauses) before = before.slice(clauses.index + clauses[0].length);
  return { unit: claim.unit ?? '', before, after };
}

/** Where one clause ends and a coordinate one begins: "; …", ", and …", ", but …", ", while …". */
const CLAUSE_BREAK = /;|,\s+(?:and|but|while|whereas|although|though|yet)\s+(?=\w+\s+\w)|\s(?:while|whereas)\s+(?=\w+\s+\w)/i;

/** All the words a rule may read, for callers that want one string. */
export function claimWords(claim: Claim): string {
  const w = claimWindows(claim);
  return [w.before, w.unit, w.after].join(' | ');
}

/** After "each" or "per": words that make a rate ("per day"), not a ratio. */
const NOT_RATE = '(?!\\s+(?:day|week|month|year|night|fiscal|calendar|cent))';

/** Claims that are not levels or totals at all, whatever their category: changes and ratios. */
const GUARDS: { test: (w: ClaimWindows, c: Claim) => boolean; reason: string }[] = [
  {
    test: (w, c) => !c.percent && /\b(?:grew|grown|rose|risen|fell|fallen|dropped|declined|increased|decreased|shrank|climbed|jumped|swelled|down|up|cut|reduced|expanded|fired|dismissed|laid off|terminated|ousted)\s+(?:by\s+)?$/i.test(w.before),
    reason: 'a change between two dates, not a level or a total',
  },
  {
    // "Five immigration judges in Texas were fired", "The firings include 13 judges", "an increase of 5.4 million".
    test: (w, c) => {
      const at = Math.max(0, c.start - c.sentenceStart);
      const lead = c.sentence.slice(0, at);
      const tail = c.sentence.slice(Math.max(at, c.end - c.sentenceStart)).split(/[.;]/)[0] ?? '';
      return (
        /^[^.;]{0,70}?\b(?:were|was|have been|has been|had been|been|being|got)\s+(?:\w+\s+)?(?:fired|dismissed|terminated|laid off|let go|ousted)\b/i.test(tail) ||
        /\b(?:firings|layoffs|dismissals|terminations)\s+(?:include|included|including|were|of)\b[^.;]*$/i.test(lead) ||
        (!c.percent && /\b(?:an?|the)\s+(?:increase|rise|growth|drop|decline|decrease|jump|gain|fall|reduction)\s+of\s+(?:about|roughly|nearly|some|more than|over|almost)?\s*$/i.test(lead))
      );
    },
    reason: 'a change between two dates, not a level or a total',
  },
  {
    // "4 million pending cases, including nearly 1.5 million asylum cases": a part of the total named before it.
    test: (_w, c) =>
      !c.dollars &&
      (c.category === 'courts' || c.category === 'population' || c.category === 'border') &&
      /\b(?:including|of which|of whom|among them|of them)\s+(?:about |roughly |nearly |almost |some |more than |over |just )?$/i.test(c.sentence.slice(0, Math.max(0, c.start - c.sentenceStart))),
    reason: 'a part of the total named before it, which no official series counts',
  },
  {
    // "following nearly 100 firings and dozens of resignations": departures are a change, not a level.
    test: (w) => /^(?:[\w-]+ )?(?:firings|layoffs|resignations|departures|dismissals|terminations|retirements)\b/i.test(w.unit),
    reason: 'a change between two dates, not a level or a total',
  },
  {
    // "222,000 arrests, with nearly 75,000 involving people who had no criminal history": a part of the total.
    test: (w) => /^\s*(?:[\w-]+\s+){0,3}(?:involving|of people|of whom|with|without|who had|who have|had|have)\b[^,.;]{0,40}\b(?:criminal|convictions?|records?|charges)\b/i.test(w.after),
    reason: 'a part of the total (people with or without a criminal record), which no official series counts',
  },
  {
    // "17,200 in April, roughly 4,000 higher than the year before": a difference, not a count.
    test: (w, c) => !c.percent && /^\s*(?:more|fewer|higher|lower|less|greater|above|below)\b[^,.;]{0,30}\bthan\b/i.test(w.after),
    reason: 'a difference between two counts, not a level or a total',
  },
  {
    // "each with an average of 5,000 cases", "4 officers per arrest": a per-unit word in the number's own clause.
    test: (w, c) =>
      c.category !== 'budget' &&
      c.category !== 'goal' &&
      (new RegExp(`\\b(?:each|per)\\b${NOT_RATE}(?!\\s+of\\b)[^,.;]*$`, 'i').test(w.before) || new RegExp(`^[^,.;]{0,25}\\b(?:each|per|apiece)\\b${NOT_RATE}`, 'i').test(w.after)),
    reason: 'a ratio (per person, per case, per arrest), which no official series measures',
  },
];

/** What the rest of the article says that one sentence may not. */
export interface ArticleFacts {
  /** The article speaks of the 2025 reconciliation law somewhere. */
  lawArticle?: boolean;
  /** The article's date (YYYY-MM-DD): after the law, a sum of ICE money above any yearly budget is the law's. */
  date?: string | null;
}

/** Whether an article's claims name the 2025 reconciliation law in any sentence. */
export function mentionsLaw(claims: readonly Claim[]): boolean {
  return claims.some((c) => OBBBA.test(c.sentence));
}

/** The lead names the law after its last yearly word: "after reconciliation, ... appropriations were $10 billion" is yearly. */
function lawNamedLast(lead: string): boolean {
  const law = [...lead.matchAll(new RegExp(OBBBA.source, 'gi'))].at(-1);
  if (!law) return false;
  const yearly = [...lead.matchAll(new RegExp(YEARLY.source, 'gi'))].at(-1);
  return !yearly || yearly.index < law.index;
}

/** The first rule that fits the claim (null when none does), after the guards against changes and ratios. */
export function pickRule(claim: Claim, rules: readonly MetricRule[] = RULES, article: ArticleFacts = {}): MetricRule | null {
  const w = claimWindows(claim);
  for (const g of GUARDS) if (g.test(w, claim)) return { category: claim.category, metric: null, reason: g.reason };
  const all = `${w.before} | ${w.unit} | ${w.after}`;
  const eligible = rules.filter(
    (r) =>
      r.category === claim.category &&
      (r.dollars === undefined || r.dollars === claim.dollars) &&
      (!r.rates || (claim.rate !== null && r.rates.includes(claim.rate))) &&
      !(r.not && r.not.test(all)) &&
      !(r.sentenceNot && r.sentenceNot.test(claim.sentence)) &&
      (r.minValue === undefined || (claim.value ?? claim.high ?? 0) >= r.minValue) &&
      (r.maxValue === undefined || (claim.value ?? claim.low ?? Infinity) < r.maxValue),
  );
  // The whole sentence is read only when the words near the number name nothing ("Arrests ... climbed
  // to 1,200 a day, below the 3,000-a-day quota": the quota's own window has no noun).
  const byWindows = eligible.find(
    (r) =>
      (r.unitWords && r.unitWords.test(w.unit) && (!r.sentenceWords || r.sentenceWords.test(claim.sentence))) ||
      (r.words && r.words.test(all)) ||
      (!r.unitWords && !r.words && r.sentenceWords?.test(claim.sentence)),
  );
  // The words after a sum say what it is for ("$45 billion for detention, $46 billion for the wall"); before it, a neighbour's.
  const lawRule = () =>
    eligible.find((r) => r.metric?.startsWith('budget-obbba') && r.metric !== 'budget-obbba-ice-total' && r.words?.test(`${w.unit} | ${w.after} | the law`)) ??
    eligible.find((r) => r.metric?.startsWith('budget-obbba') && r.words?.test(`${all} | the law`));
  // "…in the new law, including $45 billion for detention": a part of the law's money, unless the
  // number's own words say it is a yearly budget.
  // In an article about the law, a sum of its size with no yearly word is its money too ("ICE was granted
  // $76.5 billion", "$45 billion will go toward detention facilities"), unless a rule of its own fits.
  const lead = claim.sentence.slice(0, Math.max(0, claim.start - claim.sentenceStart));
  const yearlyLead = YEARLY.test(lead) && !lawNamedLast(lead);
  const lawSized = !yearlyLead && (article.lawArticle === true || ((claim.value ?? 0) >= ANNUAL_WITH_LAW_MIN && (article.date ?? '') >= LAW_SIGNED)) && (claim.value ?? claim.low ?? 0) >= LAW_MONEY_MIN && !YEARLY.test(`${w.before} ${w.unit}`);
  if (
    claim.dollars &&
    (byWindows === undefined || (byWindows.metric?.startsWith('budget-ice') && byWindows.metric !== 'budget-ice-annualized-with-obbba')) &&
    (lawNamedLast(lead) || lawSized) &&
    !YEARLY.test(`${w.before} ${w.unit}`)
  ) {
    return lawRule() ?? byWindows ?? null;
  }
  return (
    byWindows ??
    // Only rules that name a metric, and not for money: the sentence's other amounts mislead there.
    eligible.find((r) => r.metric && r.dollars === undefined && !r.windowOnly && r.words && r.words.test(claim.sentence)) ??
    // Money in a sentence about the 2025 law is that law's money, even when a duration or another amount
    // stands between them ("gave ICE $75 billion over four years in the new law").
    (claim.dollars && OBBBA.test(claim.sentence) ? (yearlyLead ? eligible.find((r) => r.metric === 'budget-ice-total') : lawRule()) : undefined) ??
    // "appropriations ... were in the ballpark of $10 billion": a yearly word earlier in the sentence.
    (claim.dollars && yearlyLead ? eligible.find((r) => r.metric === 'budget-ice-total') : undefined) ??
    eligible.find((r) => !r.words && !r.unitWords) ??
    null
  );
}

/** Bodies an article may credit, as the dataset's metrics name them (`countedBy`). */
export const ATTRIBUTIONS: { agency: string; name: string; words: RegExp }[] = [
  { agency: 'Pew', name: 'the Pew Research Center', words: /\bPew(?: Research(?: Center)?)?\b/ },
  { agency: 'MPI', name: 'the Migration Policy Institute', words: /Migration Policy Institute|\bMPI\b/ },
  { agency: 'TRAC', name: 'TRAC', words: /\bTRAC\b|Transactional Records Access Clearinghouse/ },
  { agency: 'DHS', name: 'DHS', words: /Department of Homeland Security|\bDHS\b|Office of Immigration Statistics/ },
  { agency: 'CBP', name: 'CBP', words: /Customs and Border Protection|\bCBP\b/ },
  { agency: 'EOIR', name: 'the immigration courts (EOIR)', words: /Executive Office for Immigration Review|\bEOIR\b/ },
  { agency: 'CMS', name: 'the Center for Migration Studies', words: /Center for Migration Studies|\bCMS\b/ },
  { agency: 'GAO', name: 'the Government Accountability Office', words: /Government Accountability Office|\bGAO\b/ },
];

/** Population metrics by the body whose estimate they are. */
export const POPULATION_BY_AGENCY: Record<string, string> = {
  Pew: 'population-unauthorized-pew',
  DHS: 'population-unauthorized-dhs',
  MPI: 'population-unauthorized-mpi',
};

/** A coordinate clause that names its own subject: ", and the agency has…", "; ICE…". */
const OWN_SUBJECT = /(?:,\s+(?:and|but|while|whereas)|;)\s+(?:the agency|ICE|Immigration and Customs Enforcement|it|officials|the administration)\b/i;

const CREDIT = /according to|estimates?\b|estimated|data (?:from|by)|figures? (?:from|by)|\bfigures\b|analysis|\bsaid\b|\bsays\b|reported|\bcount(?:ed|s)?\b|\bfound\b|\bputs?\b|\buses?\b/i;

/**
 * The body the sentence credits for the number at offset `at` ("according to Pew"); null when the
 * sentence credits none of those we know.
 */
export function findAttribution(sentence: string, at = 0): { agency: string; name: string; words: string } | null {
  if (!CREDIT.test(sentence)) return null;
  // The body named nearest before the number credits it ("MPI puts it at 11.3 million, while DHS uses
  // 11.0 million"); a body named after it ("..., according to Pew") only when none is named before.
  let best: { agency: string; name: string; words: string; distance: number } | null = null;
  for (const a of ATTRIBUTIONS) {
    for (const m of sentence.matchAll(new RegExp(a.words.source, 'g'))) {
      // "ICE has hired 12,000, DHS said, and the agency has deported 300,000": a later clause with a
      // subject of its own is not the body's.
      if (m.index <= at && OWN_SUBJECT.test(sentence.slice(m.index + m[0].length, at))) continue;
      const distance = m.index <= at ? at - m.index : 10_000 + m.index - at;
      if (!best || distance < best.distance) best = { agency: a.agency, name: a.name, words: m[0], distance };
    }
  }
  return best && { agency: best.agency, name: best.name, words: best.words };
}
