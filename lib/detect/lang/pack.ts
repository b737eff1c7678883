/**
 * What a language pack holds: the vocabulary the detector reads prose with, part by part, each part the
 * same exports as the English pack's file of that name (lang/en/*.ts). A second language is a new folder
 * with these parts and its own tests; the engine takes the pack as `DetectOptions.pack`.
 *
 * Still read from the English pack directly, whatever the option: number words and hedges (numbers.ts),
 * sentence abbreviations (sentences.ts), phrase boundaries (phrases.ts), unit names (units.ts) and month
 * names (time.ts, read by lib/detect/periods.ts), and the patterns still written inside context.ts,
 * quantities.ts, units.ts and periods.ts.
 */
import type * as Carry from './en/carry';
import type * as Category from './en/category';
import type * as Cues from './en/cues';
import type * as Drop from './en/drop';
import type * as Gate from './en/gate';
import type * as Scope from './en/scope';

export interface LanguagePack {
  /** A BCP 47 language tag: "en". */
  id: string;
  /** The topic gate's words (lib/detect/gate.ts). */
  gate: typeof Gate;
  /** The cue lexicon and target words (lib/detect/cues.ts, categories.ts). */
  cues: typeof Cues;
  /** The category rules' words (lib/detect/categories.ts). */
  category: typeof Category;
  /** The drop rules' words (lib/detect/filters.ts). */
  drop: typeof Drop;
  /** The words that carry a count over from the sentence before (lib/detect/index.ts). */
  carry: typeof Carry;
  /** Who or what a number counts: traits, parts, places, operations (lib/detect/scope.ts). */
  scope: typeof Scope;
}
