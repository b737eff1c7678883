/**
 * The English cue lexicon (lib/detect/lang/en/cues.ts), entry by entry: a sentence where a word files a
 * number under its category, and a near miss where it must not. Sentences written for this test.
 */
import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../../lib/detect';

const cat = (s: string) => detectClaims(s).map((c) => [c.quote, c.category]);

describe('the cue lexicon', () => {
  it("files ICE's non-detained docket under detention, a court's docket under the courts", () => {
    expect(cat("ICE's non-detained docket passed 6.2 million people this spring.")).toEqual([['6.2 million', 'detention']]);
    expect(cat('The immigration courts had 3.9 million cases on their docket this spring.')).toEqual([['3.9 million', 'courts']]);
  });

  it('reads people living here without legal permission as the unauthorized population', () => {
    const lead = 'Deportations by ICE rose last year. ';
    expect(cat(`${lead}Pew estimates that 11.2 million people live in the country without legal permission.`)).toEqual([['11.2 million', 'population']]);
    expect(cat(`${lead}Census data show that 11.2 million people live in the country without a car.`)).toEqual([]);
  });

  it("takes 'targeted' before an operation as a description, not a target", () => {
    expect(cat('A targeted ICE operation in Ohio arrested 214 people last week.')).toEqual([['214', 'arrests']]);
    expect(cat('ICE targeted 214 arrests in Ohio last week.')).toEqual([['214', 'goal']]);
  });

  it('counts people released by ICE as detention, and money moved by DHS as budget', () => {
    expect(cat('ICE released about 95,000 people from custody last year.')).toEqual([['about 95,000', 'detention']]);
    expect(cat('DHS is shifting another $210 million from FEMA for tent courts.')).toEqual([['$210 million', 'budget']]);
    expect(cat('The county is shifting another $210 million from its reserves for road repairs.')).toEqual([]);
  });
});
