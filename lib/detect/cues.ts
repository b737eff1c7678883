/**
 * The cue regex, built from the language pack's cue lexicon (lang/en/cues.ts). Order matters there:
 * at one position the first entry wins, so compounds ("removal orders", "deportation officers",
 * "alternatives to detention", "border arrests") come before their parts.
 */
import { ENTRIES, type Cat } from './lang/en/cues';

export { DONE_REMOVAL_RE, ENFORCEMENT_REF_RE, GOAL_RE, OTHER_MEASURE_RE } from './lang/en/cues';

/** One regex for every cue, one numbered group per entry. */
// Every entry starts a word with a letter: testing that once, before the entries, halves the scan.
export const CUE_RE = new RegExp(`\\b(?=[a-z])(?:${ENTRIES.map(([, src]) => `(\\b(?:${src})\\b)`).join('|')})`, 'gi');

/** Category and weight of the entry whose group matched. */
export function cueOf(m: RegExpExecArray): { category: Cat; weight: number } | null {
  for (let i = 0; i < ENTRIES.length; i++) {
    if (m[i + 1] !== undefined) {
      const e = ENTRIES[i]!;
      return { category: e[0], weight: e[2] };
    }
  }
  return null;
}

