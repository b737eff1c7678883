/**
 * The cue regex, built from the cue lexicon of the pack in use (lang/en/cues.ts for English). Order
 * matters there: at one position the first entry wins, so compounds ("removal orders", "deportation
 * officers", "alternatives to detention", "border arrests") come before their parts.
 */
import type { Category } from './types';
import { CUE_WORDS } from './lang/active';

type Cat = Exclude<Category, 'goal'>;
type Entries = (typeof CUE_WORDS)['ENTRIES'];

let builtFor: Entries | null = null;
let built: RegExp = /$^/g;

/** One regex for every cue of the pack in use, one numbered group per entry (built once per pack). */
export function cueRegex(): RegExp {
  if (builtFor !== CUE_WORDS.ENTRIES) {
    builtFor = CUE_WORDS.ENTRIES;
    // Every entry starts a word with a letter: testing that once, before the entries, halves the scan.
    built = new RegExp(`\\b(?=[a-z])(?:${builtFor.map(([, src]) => `(\\b(?:${src})\\b)`).join('|')})`, 'gi');
  }
  return built;
}

/** Category and weight of the entry whose group matched (a match of `cueRegex()`). */
export function cueOf(m: RegExpExecArray): { category: Cat; weight: number } | null {
  const entries = CUE_WORDS.ENTRIES;
  for (let i = 0; i < entries.length; i++) {
    if (m[i + 1] !== undefined) {
      const e = entries[i]!;
      return { category: e[0], weight: e[2] };
    }
  }
  return null;
}
