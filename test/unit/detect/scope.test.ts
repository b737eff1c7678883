/**
 * Who or what a number counts (lib/detect/scope.ts): a trait subgroup is no claim, and a number that goes
 * on from one counts the same part; a part told apart otherwise, a place or an operation is a claim whose
 * frame says so; beds, money, durations and restatements have no trait.
 */
import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../../lib/detect';

const scopes = (text: string) => detectClaims(text, { articleDate: '2025-10-01' }).map((c) => [c.quote, c.frame.scope]);

describe('the scope decision', () => {
  it.each([
    ['ICE arrested 222,000 people, including 75,000 with no criminal convictions.', [['222,000', 'nation']]],
    ['Border Patrol agents apprehended 68,541 unaccompanied children in fiscal 2014.', []],
    ['ICE said about 1.4 million of them were Mexicans.', []],
    ['ICE said 30,862 of them were convicted criminals.', []],
    ['Of the 271,484 removals, 237 were known or suspected terrorists.', [['271,484', 'nation']]],
    ['In September, most of those Border Patrol stopped, 78,000, came from Venezuela, Cuba and Nicaragua.', []],
    ['ICE deported 1.5 million Mexican nationals over the decade.', []],
    ['ICE deportations to Honduras rose 29 percent, to 28,894.', []],
  ])('drops a trait subgroup: %s', (text, expected) => {
    expect(scopes(text)).toEqual(expected);
  });

  it('carries the part to a number that goes on from it, in the sentence and in the next', () => {
    expect(scopes('CBP apprehended 68,445 people travelling as families, up 361 percent from 14,855 in fiscal 2013.')).toEqual([]);
    expect(scopes('Customs and Border Protection apprehended 66,142 "family units" at the border in 2014, up from only 12,908 in 2013.')).toEqual([]);
    expect(scopes('ICE arrested 75,000 people with no criminal convictions in fiscal 2017. That was up from 50,000 the year before.')).toEqual([]);
  });

  it('reads the words after "and" as the next conjunct, not as what the number counts', () => {
    expect(scopes('At-large arrests by ICE rose by a factor of 11 and arrests of people with no criminal conviction by a factor of seven.').map(([q]) => q)).toEqual(['by a factor of 11']);
  });

  it('keeps the whole, and a number that says it is the whole', () => {
    expect(scopes('ICE arrested 222,000 people in fiscal 2024, many of them with criminal convictions.')).toEqual([['222,000', 'nation']]);
    expect(scopes('ICE arrested 75,000 people with no criminal record, out of 222,000 arrests overall.').map(([q]) => q)).toEqual(['222,000']);
    expect(scopes('182,584 families and individuals are enrolled in ICE\'s Alternatives to Detention programs.')).toEqual([['182,584', 'nation']]);
  });

  it('reads no trait in beds, space, money, durations or a restatement', () => {
    expect(scopes('The Dilley family detention center can hold 2,400 women and children, ICE said.').map(([q]) => q)).toEqual(['2,400']);
    expect(scopes('ICE asked for 34,040 detention beds a night: 31,280 for adults and 2,760 for families.').map(([q]) => q)).toEqual(['34,040', '31,280', '2,760']);
    expect(scopes('Under the settlement, children cannot be held in ICE detention for more than 20 days.').map(([q]) => q)).toEqual(['more than 20 days']);
    expect(scopes('Congress gave ICE $3 billion for the detention of families.').map(([q]) => q)).toEqual(['$3 billion']);
    expect(scopes('The two family detention centers each hold 500 people at the moment, or about 226 family units, ICE said.').map(([q]) => q)).toEqual(['500', 'about 226']);
  });

  it('counts orders and people with final orders, families in family detention and an operation\'s haul', () => {
    expect(scopes('Immigration judges issued some 10,000 in absentia removal orders in May alone.').map(([q]) => q)).toEqual(['some 10,000']);
    expect(scopes('About 1.4 million immigrants have final removal orders, ICE says.').map(([q]) => q)).toEqual(['About 1.4 million']);
    expect(scopes('In the summer of 2015, ICE held about 2,500 mothers and children in family detention.').map(([q]) => q)).toEqual(['about 2,500']);
    expect(scopes('ICE singled out one targeted operation that picked up 495 sex offenders.').map(([q]) => q)).toEqual(['495']);
    expect(scopes('In a week-long operation, ICE arrested 646 immigrants, 7 of them gang members.').map(([q]) => q)).toEqual(['646']);
  });

  it('scopes a part, a place and an operation, which stay claims', () => {
    expect(scopes('ICE has about 181,000 people in alternatives to detention; of them, 36,000 wear ankle monitors.')).toEqual([
      ['about 181,000', 'nation'],
      ['36,000', 'subgroup'],
    ]);
    expect(scopes('ICE agents arrested 1,100 people in Chicago during September.')).toEqual([['1,100', 'place']]);
    expect(scopes('During Operation Midway Blitz, ICE arrested more than 1,500 people.')).toEqual([['more than 1,500', 'operation']]);
  });
});
