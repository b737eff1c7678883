/**
 * What a claim's card says: the official figures that fit, how the claim compares, and the capacity
 * math. Every number is a `Num` that carries where it came from, so the UI can cite it.
 */
import type { Category, Metric, Source, SourceTier } from '../dataset/schema';
import type { FIGURE_QUALIFIERS } from '../dataset/schema';

/**
 * Where a number comes from:
 * - `dataset`: stated by the sources in `sources` (ids in the dataset);
 * - `article`: stated by the article itself (the claim, or another of the article's claims);
 * - `derived`: computed from `inputs` as `derivation` says; its `sources` are the union of theirs.
 */
export type Origin = 'dataset' | 'article' | 'derived';

/** A number for readers, with its provenance. */
export interface Num {
  /** The exact value (derived values are not rounded; `text` is). */
  value: number;
  /** The value formatted for readers: "267,258", "10.5 million", "$8.4 billion", "7.3%". */
  text: string;
  origin: Origin;
  /** Dataset source ids behind the number; empty only for article numbers and what is derived from them alone. */
  sources: string[];
  /** How a derived number was computed, in readers' words: "95,360 ÷ 12 months". */
  derivation?: string;
  /** The numbers a derived number was computed from. */
  inputs?: Num[];
  /** For article numbers: the words of the article that state it. */
  quote?: string;
}

/**
 * Why a figure was picked:
 * - `claim-period`: for the period the claim names (or the official period containing it);
 * - `article-period`: for the period containing the article's date, published by that date;
 * - `latest-known`: the latest figure a writer could have known at the article's date;
 * - `since-then`: for the period containing the article's date, but published after it;
 * - `latest`: the latest figure in the dataset, shown for what happened later;
 * - `latest-undated`: the latest figure, because the article's date is unknown.
 */
export type Timing = 'claim-period' | 'article-period' | 'latest-known' | 'since-then' | 'latest' | 'latest-undated';

/**
 * Whether a writer could have known the figure on the article's date:
 * `known` (published on or before it), `around` (published in the month or year of the article, with no
 * finer date, so it may or may not have been out), `later` (published after it), or `undated-article`.
 */
export type Knowable = 'known' | 'around' | 'later' | 'undated-article';

/**
 * The figure's part on the card: `main` (the metric the claim is about), `other-estimate` (another
 * body's estimate of the same thing), `peak` (the recorded high beside an average), `related` (a
 * neighbouring measure, e.g. the single-day count beside the average daily population).
 */
export type FigureRole = 'main' | 'other-estimate' | 'peak' | 'related';

export type FigureQualifier = (typeof FIGURE_QUALIFIERS)[number];

/** One source stating a figure, with its exact words. */
export interface SourceCitation {
  id: string;
  title: string;
  publisher: string;
  url: string;
  published: string;
  primary: boolean;
  /** The reviewed tier of the page (data/sources): whether it is the counter's own page or a carrier. */
  tier: SourceTier;
  /** The source's words that state the value. */
  quote: string;
  note?: string;
  /**
   * For a figure read by code from an agency's file, where in it the figure sits: "released Oct. 2019,
   * table '…', cell N84" (lib/dataset/receipt.ts); shown after the source's name, linked to `url`.
   */
  receipt?: string;
}

/** A metric as the card names it. */
export interface MetricInfo {
  id: string;
  name: string;
  unit: string;
  aggregation: Metric['aggregation'];
  category: Category;
  definition: string;
  countedBy: Metric['countedBy'];
  caveats: string[];
}

/** One official figure: one value for one metric and period, with every source that gives that value. */
export interface ContextFigure {
  metric: MetricInfo;
  role: FigureRole;
  /** The period in the dataset's notation (FY2019) and for readers ("FY2019 (Oct. 2018 to Sept. 2019)"). */
  period: string;
  periodText: string;
  value: Num;
  /** The source's own hedge: "fewer than 6,000", "more than 56,000", an "estimate". */
  qualifier: FigureQualifier | null;
  /** The figure for readers with its hedge and unit: "fewer than 6,000 officers". */
  display: string;
  /**
   * Whose figure it is, by the leading source's tier and the metric's counter (./label.ts): "Official",
   * "Pew Research Center's estimate", "ICE's figure, as reported by Reuters", "ICE's figure, as compiled by TRAC".
   */
  label: string;
  /** Sources giving this value for this period, primary first. */
  sources: SourceCitation[];
  timing: Timing;
  knowable: Knowable;
  /** The timing for readers; starts with "Since then" whenever the figure was published after the article. */
  timingText: string;
  /** True when other sources give a different value for the same metric and period (each is its own figure). */
  disagreement: boolean;
  /** When the figure's period ended more than two years before the article: "about 4 years before the article". */
  age: string | null;
}

/**
 * How the claim compares with one figure:
 * `consistent` (a hedged or ranged claim that the figure satisfies), `in line` (within the tolerance),
 * `above` / `below` (the claim is higher / lower than the figure by more than the tolerance).
 */
export type Verdict = 'consistent' | 'in line' | 'above' | 'below';

export interface Comparison {
  /** Indexes into `ClaimContext.figures`: the figure compared with (two for a percent change: now, before). */
  figures: number[];
  /** The common footing: "per month", "per day", "as stated" (no conversion), "percent change". */
  basis: string;
  /** The claim on that footing (derived from the article's number when converted). */
  claimed: Num;
  /** The official figure on that footing (derived from the sourced figure when converted). */
  official: Num;
  /** Claim versus official: percent of the official value, or percentage points for percent changes. */
  difference: Num;
  differenceUnit: 'percent' | 'points';
  verdict: Verdict;
  /** "in line with official data (within 5%)", "above official data by 12.4%". */
  label: string;
  /** One plain sentence: "The claim says fewer than 6,000; the official figure is 5,700." */
  explanation: string;
}

/** Whether the claim matches the estimate of a source it quotes ("according to Pew"). */
export interface AttributionCheck {
  /** The body the article credits, as the dataset names it (Pew, DHS, MPI, TRAC, CBP, EOIR...). */
  agency: string;
  /** The words of the sentence that credit it. */
  words: string;
  /** Index into `figures` of that body's figure compared with, or null when we carry none that fits. */
  figure: number | null;
  /** Whether the claim matches that body's figure; null when there is nothing to compare. */
  matches: boolean | null;
  text: string;
}

/** One line of capacity math: a formula over sourced inputs. */
export interface CapacityLine {
  /** Stable id of the kind of line: "goal-years-current-pace", "goal-detention-beds", ... */
  id: string;
  /** The line for readers: "At FY2018's pace (256,085 removals a year), 1 million removals would take 3.9 years." */
  text: string;
  /** The formula with the input values: "1 million ÷ 256,085 removals a year". */
  formula: string;
  /** Every input, each a sourced (or article) number. */
  inputs: Num[];
  result: Num;
  /** Assumptions and caveats a reader needs ("'millions' read as at least 1 million"). */
  notes: string[];
}

/** How the claim relates to the official figure: honours its qualifier and rounding. */
export type Relation = 'matches' | 'higher' | 'lower';
/** The footing the official number is put on for the comparison. */
export type VerdictBasis = 'total' | 'per day' | 'per month' | 'per year' | 'on a day' | 'daily average';

/**
 * A card's verdict (issue 12): given only where the claim's frame matches the metric's on every field
 * and the official figure covers the claim's period. Stable in `annotate --json` as `context.verdict`.
 */
export interface CardVerdict {
  /** Metric id from data/metrics (a public name: never renamed without an alias). */
  metric: string;
  /** Canonical period: "FY2019", "CY2018", "2019-06", "2019-06-18" or "start/end". */
  period: string;
  /** The official number on the claim's footing. */
  official: number;
  relation: Relation;
  basis: VerdictBasis;
  /** Source id of the figure that anchors the verdict. */
  source: string;
}

/** Everything the card shows for one claim. */
export interface ClaimContext {
  /**
   * The card's first line: one plain sentence a reader takes in at a glance, either the verdict
   * ("Matches ICE's count for FY2019: 50,165 people a day on average") or what the claim is when there
   * is no verdict ("A plan, not a count."). Optional until the verdict engine fills it (issue 12).
   */
  headline?: string;
  /** The verdict, or null when the claim and the nearest figure do not count the same thing. */
  verdict?: CardVerdict | null;
  /** The claim's own number as the article states it; null for vague magnitudes without a value. */
  claimed: Num | null;
  /** The metric the claim is about, or null when no official series fits (see `metricReason`). */
  metric: MetricInfo | null;
  /** Why this metric was chosen, or why none was. */
  metricReason: string;
  articleDate: string | null;
  /** The official figures, main metric first, then other estimates, peaks and related measures. */
  figures: ContextFigure[];
  /** How the figures were chosen, for readers ("The article's date is unknown; latest figures shown."). */
  periodNote: string;
  comparisons: Comparison[];
  /** Why there is no comparison, when there is none. */
  noComparison: string | null;
  attribution: AttributionCheck | null;
  capacity: CapacityLine[];
}

export type { Source };
