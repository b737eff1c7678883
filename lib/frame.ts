/**
 * The claim frame's values, defined once (issue 12): what a fact-checker reads before comparing a
 * number with an official figure. The detector sets a claim's frame (lib/detect/frame.ts); each metric
 * declares its own (data/metrics, checked by lib/dataset/schema.ts); the card engine gives a verdict only
 * where the two agree. Zod-free and dependency-free so every layer can import it.
 */

/** Who counted the number, or whom it is about. */
export const BODIES = [
  'ice',
  'ero',
  'hsi',
  'cbp',
  'dhs',
  'eoir',
  'congress',
  'white-house',
  'research',
  /** a named organisation that keeps no official series: an advocacy group, a think tank, a union (frame.body.named-group) */
  'group',
  'state',
  'city',
  'company',
  'facility',
  'unknown',
] as const;
export type Body = (typeof BODIES)[number];

/** Bodies whose estimates the dataset carries, as an article credits them ("according to Pew"). */
export const CREDITS = ['pew', 'mpi', 'cms', 'trac', 'dhs'] as const;
export type Credit = (typeof CREDITS)[number];

/**
 * What a research body tallies itself, not only carries: TRAC counts the courts' cases and judges from
 * case-by-case records; Pew, MPI and CMS estimate the unauthorized population from surveys. A number
 * credited to such a body for such a measure is its own count, which differs from the agency's series
 * (TRAC's backlog is not EOIR's). What it only carries (TRAC's copies of ICE's detention counts) stays
 * the agency's.
 */
export const OWN_COUNTS: Record<Credit, readonly string[]> = {
  trac: ['court-backlog', 'completions', 'new-cases', 'judges', 'judge-hires', 'in-absentia-orders'],
  pew: ['unauthorized-population', 'protected-population'],
  mpi: ['unauthorized-population', 'protected-population'],
  cms: ['unauthorized-population', 'protected-population'],
  dhs: [],
};

/** What the number covers: the whole nation, one place, one operation or raid, or a part of a group. */
export const SCOPES = ['nation', 'place', 'operation', 'subgroup'] as const;
export type Scope = (typeof SCOPES)[number];

/** The kind of number. */
export const KINDS = [
  /** a total over a period (removals in a year, a month, a day) */
  'total',
  /** a count on one day (people held on Nov. 15, officers on board, the backlog) */
  'on-a-day',
  /** an average over the days of a period (average daily population) */
  'daily-average',
  /** a capacity: see CAPACITY_DETAILS */
  'capacity',
  /** money: see MONEY_DETAILS */
  'money',
  /** a change: see CHANGE_DETAILS */
  'change',
  /** a target, goal, plan or promise */
  'target',
  /** a cost per unit (per bed a day, per removal) */
  'unit-cost',
  /** a length of time: a stay in detention, a wait in court */
  'duration',
  /** a share of a whole ("40 percent of detainees") */
  'share',
] as const;
export type Kind = (typeof KINDS)[number];

export const CAPACITY_DETAILS = ['funded-beds', 'statutory-minimum', 'facility-size'] as const;
export const MONEY_DETAILS = ['enacted', 'request', 'bill', 'law-multi-year', 'law-part', 'estimate', 'increase'] as const;
/** `start`: the level a change started from ("from 10,000 to 22,000"), which names no date of its own. */
export const CHANGE_DETAILS = ['percent', 'number', 'start'] as const;
/**
 * `projection`: a count (a total, a count on a day, a daily average) that a pace or a trend projects, not one
 * made ("on pace to deport nearly 600,000 by the end of his first year", "at this pace agents will make more
 * than 2.1 million apprehensions"). Only claims carry it, and it is optional (a count made has none): no
 * metric declares it, so a projection never meets a metric (lib/context/match.ts) and gets no verdict.
 */
export const COUNT_DETAILS = ['projection'] as const;
export const DETAILS = [...CAPACITY_DETAILS, ...MONEY_DETAILS, ...CHANGE_DETAILS, ...COUNT_DETAILS] as const;
export type Detail = (typeof DETAILS)[number];

/** Which details go with which kind (a metric must declare one for these; a claim's count may also carry COUNT_DETAILS). */
export const DETAILS_OF: Partial<Record<Kind, readonly Detail[]>> = {
  capacity: CAPACITY_DETAILS,
  money: MONEY_DETAILS,
  change: CHANGE_DETAILS,
};

/**
 * What is counted, as one canonical name: the metric a claim can be weighed against counts the same.
 * `null` on a claim when the words say nothing the engine can use.
 */
export const MEASURES = [
  // removals
  'removals',
  'interior-removals',
  'border-removals',
  'expulsions',
  'removals-and-returns',
  'departures',
  'flights',
  // arrests
  'arrests',
  'at-large-arrests',
  // detention
  'detention',
  'family-detention',
  'non-detained-docket',
  'releases',
  'facilities',
  // personnel
  'deportation-officers',
  'officers-and-agents',
  'workforce',
  'hires',
  'applicants',
  'teams',
  // money
  'budget',
  'detention-budget',
  'enforcement-budget',
  'law-ice-total',
  'law-detention',
  'law-enforcement',
  'law-immigration-total',
  'law-courts',
  'bed-day-cost',
  'removal-cost',
  // population
  'unauthorized-population',
  'protected-population',
  // courts
  'court-backlog',
  'judges',
  'judge-hires',
  'new-cases',
  'completions',
  'in-absentia-orders',
  // border
  'border-encounters',
  'border-apprehensions',
  'nationwide-apprehensions',
  'nationwide-encounters',
  'gotaways',
  // a border count whose sentence leaves open which border, or which count (EITHER_MEASURES)
  'apprehensions-border-unsaid',
  'encounters-border-unsaid',
  'count-unsaid-southwest',
  'count-unsaid-nationwide',
  'count-and-border-unsaid',
  // alternatives to detention
  'atd-enrolled',
  'atd-participants',
  'atd-smartlink',
  'atd-ankle-monitor',
] as const;
export type Measure = (typeof MEASURES)[number];

/**
 * Measures a sentence leaves open between series: a border count that names no border ("Border Patrol
 * agents caught 8,024 migrants in June") may be the southwest border's or the nation's; one that names
 * neither apprehensions nor encounters, nor the Border Patrol ("CBP counted 269,735 migrants"), may be
 * the Border Patrol's apprehensions or CBP's encounters. No metric declares one; a claim with one meets the
 * metrics of each, and gets a verdict only where exactly one of them matches its number
 * (lib/context/verdict.ts, verdict.one-of-two-series).
 */
export const EITHER_MEASURES: Partial<Record<Measure, readonly Measure[]>> = {
  'apprehensions-border-unsaid': ['border-apprehensions', 'nationwide-apprehensions'],
  'encounters-border-unsaid': ['border-encounters', 'nationwide-encounters'],
  'count-unsaid-southwest': ['border-encounters', 'border-apprehensions'],
  'count-unsaid-nationwide': ['nationwide-encounters', 'nationwide-apprehensions'],
  'count-and-border-unsaid': ['border-encounters', 'border-apprehensions', 'nationwide-encounters', 'nationwide-apprehensions'],
};

/** How the period of a claim is given: stated ("in fiscal 2019"), relative to the article ("last year", "now"), or not at all. */
export const PERIOD_BASES = ['stated', 'relative', 'none'] as const;
export type PeriodBasis = (typeof PERIOD_BASES)[number];

/**
 * The footing a metric's figures are on, which a claim's kind and rate must share: a total over the
 * period (put per day, month or year when the claim has a rate), an average over its days, a count on a
 * day, or an average per unit compared as stated (a cost per removal, a length of stay).
 */
export const FOOTINGS = ['total', 'daily-average', 'on-a-day', 'average'] as const;
export type Footing = (typeof FOOTINGS)[number];

export interface FramePeriod {
  basis: PeriodBasis;
  /** In the dataset's notation where it resolves: FY2019, CY2019, 2019-06, 2019-06-18, start/end. */
  period: string | null;
  /** Inclusive ISO dates, when resolvable. */
  start: string | null;
  end: string | null;
  /**
   * For a change: the period it is measured from, when the sentence names it ("up 29% from the same month
   * a year before", "12% more than in August", "against 91,497 in 2023, a 64% decline"); absent otherwise.
   */
  base?: { period: string; start: string; end: string };
  /**
   * A count over a period (a total, a daily average) whose own clause says it runs to the time of writing:
   * "so far", "to date", or a verb in the present perfect before the number (frame.period.said-to-date).
   */
  toDate?: true;
}

/** A claim's frame, set by the detector in one pass over the claim's sentence and the one before. */
export interface ClaimFrame {
  body: Body;
  /** The body the sentence credits for the number, when the dataset carries its estimates. */
  credit: Credit | null;
  scope: Scope;
  /** The words that set the scope ("in Chicago", "with criminal convictions"); null for the nation. */
  scopeWords: string | null;
  kind: Kind;
  detail: Detail | null;
  measure: Measure | null;
  /** For a change: which way the sentence says it went; null when it does not say. */
  direction: 'up' | 'down' | null;
  period: FramePeriod;
  /** Ids of the frame rules (lib/rules.ts) that set the fields above, in the order they decided. */
  rules: string[];
}

/** A metric's declared frame (data/metrics/*.json). National scope only: a place's figure is no metric. */
export interface MetricFrame {
  body: Body;
  scope: 'nation';
  kind: Kind;
  detail?: Detail;
  measure: Measure;
  basis: Footing;
}
