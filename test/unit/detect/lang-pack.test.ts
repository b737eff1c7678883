/**
 * The engine takes its vocabulary from the language pack it is given (DetectOptions.pack), not from
 * English written into the engine: a tiny made-up pack, whose enforcement words are invented, makes the
 * same engine find claims in its own words and none in English, and leaves the next English run alone.
 */
import { describe, expect, it } from 'vitest';
import { detectClaims, topicOf } from '../../../lib/detect';
import { EN } from '../../../lib/detect/lang/en/pack';
import type { LanguagePack } from '../../../lib/detect/lang/pack';

const NEVER = /$^/;

/** "ZEA" is the agency; to "zorbat" is to deport; "fleks" are beds; "wilzo" marks a target; "blork" is another beat. */
const FAKE: LanguagePack = {
  ...EN,
  id: 'x-fake',
  gate: {
    ...EN.gate,
    STRONG_WORDS: /\b(?:zorbat\w*|fleks)\b/i,
    STRONG_ACRONYMS: /\bZEA\b/,
    AGENCY: /\bZEA\b/,
    WEAK: /\b(?:zorbat\w*|fleks|wilzo)\b/gi,
    FOREIGN: /\bblork\w*\b/gi,
    WORD_STEMS: ['zorbat', 'fleks'],
    ACRONYM_STEMS: ['ZEA'],
    ICE_EXCHANGE: NEVER,
  },
  cues: {
    ...EN.cues,
    ENTRIES: [
      ['removals', 'zorbat\\w*', 1],
      ['detention', 'fleks', 1],
    ],
    GOAL_RE: /\bwilzo\b/i,
    DONE_REMOVAL_RE: /\bzorbated\b/i,
    OTHER_MEASURE_RE: NEVER,
    ENFORCEMENT_REF_RE: /\bZEA\b/,
  },
};

const found = (text: string, pack?: LanguagePack) => detectClaims(text, { articleDate: '2025-06-30', pack }).map((c) => [c.quote, c.category]);

describe('a language pack given to the engine', () => {
  it('finds claims in the words of the pack it is given, and none in English', () => {
    expect(found('ZEA zorbated 4,500 people in March.', FAKE)).toEqual([['4,500', 'removals']]);
    expect(found('ZEA has room for 41,000 people in fleks.', FAKE)).toEqual([['41,000', 'detention']]);
    expect(found('ZEA wilzo to zorbat 9,000 people a month.', FAKE)).toEqual([['9,000', 'goal']]);
    expect(found('ICE deported 4,500 people in March.', FAKE)).toEqual([]);
  });

  it('reads English with the English pack, by default or when given', () => {
    expect(found('ICE deported 4,500 people in March.')).toEqual([['4,500', 'removals']]);
    expect(found('ICE deported 4,500 people in March.', EN)).toEqual([['4,500', 'removals']]);
    expect(found('ZEA zorbated 4,500 people in March.')).toEqual([]);
  });

  it('puts the English pack back after a run with another', () => {
    found('ZEA zorbated 4,500 people in March.', FAKE);
    expect(topicOf('ICE deported 4,500 people in March, agency data show.').about).toBe(true);
    expect(found('ICE deported 4,500 people in March.')).toEqual([['4,500', 'removals']]);
  });
});
