/** The detector's output: one claim per quantity that says something about ICE's capacity. */
import type { LanguagePack } from './lang/pack';
import type { Category } from '../categories';
import type { ClaimFrame } from '../frame';

export type { Category, ClaimFrame };

/** Normalized hedges (see ../shared/fixtures/README.md for the mapping from news wording). */
export type Qualifier = 'about' | 'more than' | 'fewer than' | 'nearly' | 'at least' | 'up to' | 'exact';
export type Rate = 'day' | 'week' | 'month' | 'year';

/** A time the claim refers to, when the text states one, resolved to dates where possible. */
export interface ClaimPeriod {
  /** The words as written: "in fiscal 2018", "from October to December", "last year". */
  text: string;
  /** Normalized period in the dataset's notation where it resolves: FY2018, CY2018, 2019-06, or start/end. */
  period: string | null;
  /** Inclusive ISO dates, when resolvable. */
  start: string | null;
  end: string | null;
}

export interface Claim {
  /** The sentence the claim is in, and its UTF-16 offsets in the input text. */
  sentence: string;
  sentenceStart: number;
  sentenceEnd: number;
  /** The quantity as written ("approximately 7,000"), with its UTF-16 offsets in the input text. */
  quote: string;
  start: number;
  end: number;
  category: Category;
  /** The plain number; null for vague magnitudes ("millions") and ranges. */
  value: number | null;
  low: number | null;
  high: number | null;
  /** For vague magnitudes: the order of magnitude meant ("millions" -> 1e6). */
  magnitude: number | null;
  qualifier: Qualifier | null;
  /** What is counted, in a few words: "deportations from the interior", "detention beds". */
  unit: string | null;
  /** Whether the value is a percent (value 7 means 7 percent). */
  percent: boolean;
  /** Whether the value is money in US dollars. */
  dollars: boolean;
  rate: Rate | null;
  period: ClaimPeriod | null;
  /** The words in the sentence that made it a claim of this category. */
  cues: string[];
  /** What the number is: who counted it, over what, what kind, for when (lib/detect/frame.ts). */
  frame: ClaimFrame;
}

/** The topic gate's verdict on a whole article. */
export interface TopicFacts {
  /** The article is about immigration enforcement. */
  about: boolean;
  /** It says so strongly (ICE, deportation…), which lets weaker sentences count. */
  strong: boolean;
}

export interface DetectOptions {
  /** The gate's verdict on the whole article, when the text given is only part of it. */
  topic?: TopicFacts;
  /** The article's publication date (YYYY-MM-DD), to resolve "last year" and "this fiscal year". */
  articleDate?: string | null;
  /** The language pack to read the text with (lib/detect/lang/pack.ts); English when left out. */
  pack?: LanguagePack;
}
