/**
 * The topic gate's words of the pack in use (a live binding: importers see the pack set by
 * lib/detect/lang/active.ts). Apart from the rest of the pack so the content script, which runs only the
 * gate, carries only the gate's English words.
 */
import * as EN_GATE from './en/gate';

/** The gate's words of the pack in use. */
export let GATE: typeof EN_GATE = EN_GATE;

/** Sets the gate's words (lib/detect/lang/active.ts calls it with the rest of the pack). */
export function setGateWords(words: typeof EN_GATE): void {
  GATE = words;
}
