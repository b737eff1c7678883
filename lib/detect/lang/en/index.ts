/**
 * The English language pack: the vocabulary the detector reads news prose with, and nothing else (no
 * logic). Each file holds one part: number words, scale words and hedges (numbers.ts), month and weekday
 * names (time.ts), news-style abbreviations (sentences.ts), the topic gate's words (gate.ts), the cue
 * lexicon and target words (cues.ts), phrase boundaries (phrases.ts), default unit names (units.ts).
 * Engine files import the part they need directly, so the content script, which runs only the topic
 * gate, carries only gate.ts.
 *
 * A second language is a new folder with the same exports and its own tests. Still inline in the
 * engine: the patterns of single rules (lib/detect/filters.ts, categories.ts, periods.ts), each named
 * in lib/detect/rules with its examples.
 */
export * from './numbers';
export * from './time';
export * from './sentences';
export * from './gate';
export * from './cues';
export * from './phrases';
export * from './units';
