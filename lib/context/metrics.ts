/**
 * Which dataset metric a claim is about: one ordered table, first matching rule wins. A new metric is
 * one line here. Rules read the claim's unit, its cues and the words around its number.
 */
import type { Category, Claim, Rate } from '../detect/types';
import type { FigureRole } from './types';

export interface MetricRule {
  category: Category;
  /** The metric id, or null for claims no official series measures (the reason says why). */
  metric: string | null;
  /** Words that select the rule (tested on the claim's unit, cues and the words around its number). */
  words?: RegExp;
  /** Words that rule it out. */
  not?: RegExp;
  /** Only for claims at one of these rates. */
  rates?: Rate[];
  /** Only for dollar claims (true) or only for other claims (false). */
  dollars?: boolean;
  /** Other metrics shown beside the main one. */
  also?: { metric: string; role: FigureRole; compare?: boolean }[];
  reason: string;
}

const FAMILY = /\bfamil(?:y|ies)\b|parents and children/i;
const OBBBA = /reconciliation|big,? beautiful|one big|\bOBBBA\b|megabill|the (?:new )?law\b|the bill\b|tax bill|spending bill/i;

export const RULES: MetricRule[] = [
  // Removals
  { category: 'removals', metric: 'removals-interior', words: /interior|from (?:the )?(?:US |U\.S\. )?communities|at-large/i, reason: 'removals of people ICE arrested in the interior' },
  { category: 'removals', metric: 'expulsions-title42-ice', words: /expul|title 42/i, reason: 'Title 42 expulsions' },
  { category: 'removals', metric: 'removals-dhs', words: /\bDHS\b|homeland security|all (?:federal )?agencies/i, reason: 'removals by all of DHS' },
  { category: 'removals', metric: 'removals', reason: 'ICE removals (deportations)' },
  // Arrests
  { category: 'arrests', metric: 'arrests-ero-admin', reason: "ICE's administrative (civil immigration) arrests" },
  // Detention
  { category: 'detention', metric: 'detention-family-capacity', words: /\bfamil(?:y|ies)\b|parents and children/i, not: /\bfamily members\b/i, reason: 'family detention capacity' },
  { category: 'detention', metric: 'non-detained-docket', words: /non-?detained|not (?:in|detained)|docket/i, reason: "ICE's non-detained docket" },
  { category: 'detention', metric: 'detention-alos', words: /length of stay|average stay|\bdays\b/i, reason: 'average length of stay in detention' },
  { category: 'detention', metric: 'detention-bed-mandate', words: /mandate|quota|required to (?:maintain|fill)/i, reason: 'the detention bed mandate in law' },
  { category: 'detention', metric: 'detention-funded-beds', words: /\bbeds?\b|capacity|space/i, reason: 'detention beds funded by Congress' },
  { category: 'detention', metric: 'detention-book-ins', words: /book(?:ed|-ins?)|(?:a|per|each|every|in a|last) year|annually|in (?:fiscal|FY)/i, reason: 'people booked into detention over a year' },
  {
    category: 'detention',
    metric: 'detention-adp',
    reason: 'the number of people held in detention on an average day',
    also: [
      { metric: 'detention-peak', role: 'peak' },
      { metric: 'detention-population', role: 'related', compare: true },
    ],
  },
  // Personnel
  { category: 'personnel', metric: null, words: /(?:per|each|every|an?) (?:arrest|target|operation|raid)/i, reason: 'an operational detail that no official series measures' },
  { category: 'personnel', metric: 'personnel-ice-planned-hires', words: /\bhir(?:e|es|ed|ing)\b|recruit|new (?:officers|agents)|additional/i, reason: 'planned new ICE officers and agents' },
  { category: 'personnel', metric: 'personnel-ice-workforce', words: /employee|staff|workforce|workers|personnel|people work/i, reason: "ICE's whole workforce" },
  { category: 'personnel', metric: 'personnel-ice-officers-agents', words: /officers and agents|agents and officers|law enforcement|\bHSI\b|special agents/i, reason: 'ICE officers and agents together (ERO and HSI)' },
  { category: 'personnel', metric: 'personnel-ero-officers', words: /officer|agent/i, reason: "ICE's deportation officers (ERO)" },
  { category: 'personnel', metric: null, reason: 'a personnel count that no official series in the dataset measures' },
  // Budget and costs (money)
  { category: 'budget', metric: 'cost-bed-day', dollars: true, words: /per (?:bed|detainee|person|night|day)|a (?:day|night)|daily|nightly|\bbeds?\b/i, not: OBBBA, reason: 'the cost of one detention bed for one day' },
  { category: 'budget', metric: 'cost-per-removal', dollars: true, words: /per (?:removal|deportation|deportee)|each (?:removal|deportation)|to (?:deport|remove) (?:one|a single|each|an? (?:person|immigrant))|average cost/i, reason: 'the average cost of one removal' },
  { category: 'budget', metric: 'budget-obbba-ice-detention', dollars: true, words: new RegExp(`(?=.*(?:${OBBBA.source}))(?=.*(?:detention|beds))`, 'i'), reason: "the 2025 reconciliation act's ICE detention money" },
  { category: 'budget', metric: 'budget-obbba-eoir', dollars: true, words: new RegExp(`(?=.*(?:${OBBBA.source}))(?=.*(?:court|judge|EOIR))`, 'i'), reason: "the 2025 reconciliation act's immigration courts money" },
  { category: 'budget', metric: 'budget-obbba-immigration-total', dollars: true, words: new RegExp(`(?=.*(?:${OBBBA.source}))(?=.*(?:border|immigration enforcement))`, 'i'), reason: "the 2025 reconciliation act's immigration and border money" },
  { category: 'budget', metric: 'budget-obbba-ice-enforcement', dollars: true, words: new RegExp(`(?=.*(?:${OBBBA.source}))(?=.*(?:hir|enforcement|removal|deport))`, 'i'), reason: "the 2025 reconciliation act's ICE enforcement money" },
  { category: 'budget', metric: 'budget-obbba-ice-total', dollars: true, words: OBBBA, reason: "the 2025 reconciliation act's ICE money" },
  { category: 'budget', metric: 'budget-ice-detention', dollars: true, words: /detention|custody operations/i, reason: "ICE's yearly detention budget" },
  { category: 'budget', metric: 'budget-ice-ero', dollars: true, words: /enforcement and removal|\bERO\b/i, reason: "ICE's enforcement and removal funding" },
  { category: 'budget', metric: 'budget-ice-total', dollars: true, words: /budget|funding|funded|appropriat|\bspen[dt]|allocat|annual/i, reason: "ICE's yearly budget" },
  { category: 'budget', metric: null, reason: 'a cost estimate, not a line of ICE’s budget' },
  // Unauthorized population (the source the article credits can change the main estimate: see index.ts)
  { category: 'population', metric: 'population-unauthorized-protected-pew', words: /protect|\bTPS\b|temporary|deferred|DACA/i, reason: 'unauthorized immigrants with temporary protection (Pew)' },
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
  { category: 'courts', metric: 'courts-judge-hires', words: /(?=.*judges?)(?=.*(?:\bhir|\bnew\b))/i, reason: 'immigration judges hired' },
  { category: 'courts', metric: 'courts-judges', words: /judges?/i, reason: 'immigration judges on the bench' },
  { category: 'courts', metric: 'courts-backlog', words: /backlog|pending/i, reason: 'the immigration court backlog' },
  { category: 'courts', metric: 'courts-completions', words: /complet|decided|decisions/i, reason: 'immigration court case completions' },
  { category: 'courts', metric: 'courts-new-cases', words: /new cases|filed|filings|received/i, reason: 'new immigration court cases' },
  { category: 'courts', metric: null, reason: 'a court count no official series in the dataset measures' },
  // Border
  { category: 'border', metric: 'border-usbp-nationwide', words: /(?=.*nationwide)(?=.*(?:border patrol|apprehen))/i, reason: 'Border Patrol apprehensions nationwide' },
  { category: 'border', metric: 'border-cbp-encounters-nationwide', words: /nationwide|all (?:the )?borders|ports of entry/i, reason: 'CBP encounters nationwide' },
  { category: 'border', metric: 'border-usbp-swb-apprehensions', words: /border patrol|apprehen|caught/i, reason: 'Border Patrol apprehensions at the southwest border' },
  { category: 'border', metric: 'border-swb-encounters', reason: 'encounters at the southwest border' },
  // Alternatives to detention
  { category: 'atd', metric: 'atd-participants', words: /participants|participated|over the (?:fiscal )?year|during the (?:fiscal )?year/i, reason: 'people in Alternatives to Detention over a year' },
  { category: 'atd', metric: 'atd-population', reason: 'people enrolled in Alternatives to Detention' },
  // Goals: the metric is the pace the goal is measured against; goals are not compared, only reckoned with.
  { category: 'goal', metric: 'arrests-ero-admin', words: /arrest/i, not: /deport|remov/i, reason: "an arrest goal, set against ICE's arrests" },
  { category: 'goal', metric: 'removals', reason: "a deportation goal, set against ICE's removals" },
];

/** The words a rule reads: the claim's unit and cues, and the sentence around its number. */
export function claimWords(claim: Claim): string {
  const at = Math.max(0, claim.start - claim.sentenceStart);
  const to = Math.max(at, claim.end - claim.sentenceStart);
  const around = claim.sentence.slice(Math.max(0, at - 50), to + 70);
  return [claim.unit ?? '', ...claim.cues, around].join(' | ');
}

/** The first rule that fits the claim, or null when none does. */
export function pickRule(claim: Claim, rules: readonly MetricRule[] = RULES): MetricRule | null {
  const words = claimWords(claim);
  for (const r of rules) {
    if (r.category !== claim.category) continue;
    if (r.dollars !== undefined && r.dollars !== claim.dollars) continue;
    if (r.rates && !(claim.rate && r.rates.includes(claim.rate))) continue;
    if (r.words && !r.words.test(words)) continue;
    if (r.not && r.not.test(words)) continue;
    return r;
  }
  return null;
}

/** Bodies an article may credit, as the dataset's metrics name them (`countedBy`). */
export const ATTRIBUTIONS: { agency: string; name: string; words: RegExp }[] = [
  { agency: 'Pew', name: 'the Pew Research Center', words: /\bPew(?: Research(?: Center)?)?\b/ },
  { agency: 'MPI', name: 'the Migration Policy Institute', words: /Migration Policy Institute|\bMPI\b/ },
  { agency: 'TRAC', name: 'TRAC', words: /\bTRAC\b|Transactional Records Access Clearinghouse/ },
  { agency: 'DHS', name: 'DHS', words: /Department of Homeland Security|\bDHS\b|Office of Immigration Statistics/ },
  { agency: 'CBP', name: 'CBP', words: /Customs and Border Protection|\bCBP\b/ },
  { agency: 'EOIR', name: 'the immigration courts (EOIR)', words: /Executive Office for Immigration Review|\bEOIR\b/ },
];

/** Population metrics by the body whose estimate they are. */
export const POPULATION_BY_AGENCY: Record<string, string> = {
  Pew: 'population-unauthorized-pew',
  DHS: 'population-unauthorized-dhs',
  MPI: 'population-unauthorized-mpi',
};

const CREDIT = /according to|estimates?\b|estimated|data (?:from|by)|figures (?:from|by)|analysis|\bsaid\b|\bsays\b|reported|\bcount(?:ed|s)?\b|\bfound\b/i;

/** The body the sentence credits for its number, when it credits one we carry ("according to Pew"). */
export function findAttribution(sentence: string): { agency: string; name: string; words: string } | null {
  if (!CREDIT.test(sentence)) return null;
  for (const a of ATTRIBUTIONS) {
    const m = a.words.exec(sentence);
    if (m) return { agency: a.agency, name: a.name, words: m[0] };
  }
  return null;
}
