/**
 * The language pack in use while the detector runs (live bindings). `detectClaimsInSteps` sets the pack
 * given in `DetectOptions.pack` before it reads and puts the previous one back whenever it yields or
 * ends, so engine modules read their words from here and no run sees another run's pack.
 */
import type { LanguagePack } from './pack';
import { EN } from './en/pack';
import { setGateWords } from './active-gate';

export let PACK: LanguagePack = EN;
export let CUE_WORDS: LanguagePack['cues'] = EN.cues;
export let CATEGORY_WORDS: LanguagePack['category'] = EN.category;
export let DROP_WORDS: LanguagePack['drop'] = EN.drop;
export let CARRY_WORDS: LanguagePack['carry'] = EN.carry;
export let SCOPE_WORDS: LanguagePack['scope'] = EN.scope;

/** Makes `pack` the pack in use and returns the one it replaced. */
export function usePack(pack: LanguagePack): LanguagePack {
  const previous = PACK;
  PACK = pack;
  CUE_WORDS = pack.cues;
  CATEGORY_WORDS = pack.category;
  DROP_WORDS = pack.drop;
  CARRY_WORDS = pack.carry;
  SCOPE_WORDS = pack.scope;
  setGateWords(pack.gate);
  return previous;
}
