/**
 * The English language pack: the vocabulary the detector reads news prose with, and nothing else (no
 * logic). Each file holds one part: number words, scale words and hedges (numbers.ts), month and weekday
 * names (time.ts), news-style abbreviations (sentences.ts), the topic gate's words (gate.ts), the cue
 * lexicon and target words (cues.ts), phrase boundaries (phrases.ts), default unit names (units.ts).
 * Engine files import the part they need directly, so the content script, which runs only the topic
 * gate, carries only gate.ts.
 *
 * The engine takes a pack as `DetectOptions.pack` (lib/detect/lang/pack.ts; this one as a value in
 * ./pack.ts): the gate's words, the cue lexicon, and the words of the drop, category and carry-over rules
 * (./drop.ts, ./category.ts, ./carry.ts) are read from the pack given. A second language is a new folder
 * with the same exports and its own tests. Still read from this pack directly: number words, hedges,
 * abbreviations, phrase boundaries, unit and month names, and the patterns still written inside
 * lib/detect/context.ts, quantities.ts and units.ts (and periods.ts).
 */
export * from './numbers';
export * from './time';
export * from './sentences';
export * from './gate';
export * from './cues';
export * from './phrases';
export * from './units';
