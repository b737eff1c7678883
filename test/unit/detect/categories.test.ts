import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../../lib/detect';

const cat = (s: string) => detectClaims(s).map((c) => [c.quote, c.category]);

describe('categories', () => {
  it('files a number under what it counts', () => {
    expect(cat('ICE has only about 3,000 beds available for family detention.')).toEqual([['about 3,000', 'detention']]);
    expect(cat('With hundreds of ICE agents deployed to the border, arrests dipped.')).toEqual([['hundreds', 'personnel']]);
    expect(cat('Border arrests fell to 8,000 in February.')).toEqual([['8,000', 'border']]);
    expect(cat('Immigration judges ordered 211,000 people deported last year.')).toEqual([['211,000', 'courts']]);
    expect(cat('About 180,000 people are enrolled in Alternatives to Detention.')).toEqual([['About 180,000', 'atd']]);
    expect(cat('ICE spent nearly $3 billion on detention.')).toEqual([['nearly $3 billion', 'budget']]);
  });

  it('turns deportation and arrest targets into goals, but not targets for beds or staff', () => {
    expect(cat('The White House has set a target of 3,000 ICE arrests a day.')).toEqual([['3,000', 'goal']]);
    expect(cat('Trump wants to deport millions of immigrants.')).toEqual([['millions', 'goal']]);
    expect(cat('The agency wants to expand detention capacity to 100,000 beds.')).toEqual([['100,000', 'detention']]);
    expect(cat('The order calls for hiring 10,000 additional ICE officers.')).toEqual([['10,000', 'personnel']]);
  });

  it('carries the category to a number that continues the same comparison', () => {
    expect(cat('ICE removed 7,900 people a month this spring, down from 9,400 a month a year earlier.')).toEqual([
      ['7,900', 'removals'],
      ['9,400', 'removals'],
    ]);
  });

  it('rejects composition shares, incident details and other beats', () => {
    expect(cat('About 60 percent of the people in ICE detention had no criminal conviction.')).toEqual([]);
    expect(cat('Three ICE officers were treated for minor injuries after the arrest.')).toEqual([]);
    expect(cat('The woman was released from ICE custody on a $5,000 bond.')).toEqual([]);
    expect(cat('Police made 47 arrests near the ICE office during the protests.')).toEqual([]);
    expect(cat('A poll found 52 percent of Americans back ICE deportations.')).toEqual([]);
  });
});

describe('removals by where people were first arrested', () => {
  it('files them as removals, border words inside their modifier or not', () => {
    expect(cat('Interior removals fell to 43,000, while removals of recent border crossers rose to 228,000.')).toEqual([
      ['43,000', 'removals'],
      ['228,000', 'removals'],
    ]);
    expect(cat('ICE conducted 113,431 removals of people apprehended by the Border Patrol.')).toEqual([['113,431', 'removals']]);
  });
});

describe('a count introduced by the sentence before', () => {
  it('takes the topic of a number-less sentence in the same paragraph', () => {
    expect(cat('ICE’s detention numbers keep climbing. The latest count is 61,000, agency data show.')).toEqual([['61,000', 'detention']]);
    expect(cat('ICE’s detention numbers keep climbing.\nThe latest count is 61,000, agency data show.')).toEqual([]);
  });
});

describe('book-ins and fullness', () => {
  const claimOf = (text: string, figure: string, date: string) => detectClaims(text, { articleDate: date }).find((x) => x.quote.includes(figure))!;

  it('reads "booking in" migrants as admissions to detention and "at 110% capacity" as how full detention is', () => {
    expect(claimOf('ICE deported 1,450 a day. It was also booking in migrants at a rate of more than 1,400 a day, a record pace.', '1,400', '2026-01-29').category).toBe('detention');
    expect(claimOf('Space inside ICE detention facilities was at 110% capacity, with the agency holding nearly 41,000 immigrants.', '110%', '2025-02-05').category).toBe('detention');
  });
});
