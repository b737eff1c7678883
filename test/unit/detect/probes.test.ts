/**
 * Held-out probes: sentences written for this test (invented, not data, not from the shared
 * fixtures) in the style of enforcement reporting, to catch rules that only fit the dev set.
 */
import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../../lib/detect';

const PROBES: [string, [string, string][]][] = [
  ['ICE is holding 59,000 people in detention, according to agency data released Friday.', [['59,000', 'detention']]],
  ['The agency has roughly 5,500 ERO officers.', [['roughly 5,500', 'personnel']]],
  ['Deportations under Biden reached 271,000 in fiscal 2024.', [['271,000', 'removals']]],
  ['Homan said the agency needs 100,000 beds and 10,000 more officers.', [['100,000', 'detention'], ['10,000', 'personnel']]],
  ['Nearly 1.5 million immigrants have final orders of removal.', [['Nearly 1.5 million', 'courts']]],
  ['ICE booked 4,000 people into custody last week.', [['4,000', 'arrests']]],
  ['Apprehensions at the southern border dropped to 8,725 in March.', [['8,725', 'border']]],
  ['Stephen Miller set a goal of 3,000 arrests per day for ICE.', [['3,000', 'goal']]],
  ['The White House wants 1 million deportations per year; ICE is deporting about 1,000 per day.', [['1 million', 'goal'], ['about 1,000', 'removals']]],
  ['More than 3,000 Border Patrol agents have been reassigned.', [['More than 3,000', 'personnel']]],
  ["ICE's budget rose 25% to $10 billion in FY 2025.", [['25%', 'budget'], ['$10 billion', 'budget']]],
  ['ICE detains about 40,000 immigrants on an average day, costing taxpayers $3 billion a year.', [['about 40,000', 'detention'], ['$3 billion', 'budget']]],
  ['The number of immigration judges rose from 250 in 2015 to about 700 in 2024.', [['250', 'courts'], ['about 700', 'courts']]],
  ['CBP reported 29,000 encounters in May, down from 170,000 a year earlier.', [['29,000', 'border'], ['170,000', 'border']]],
  ['Homan said ICE was arresting 1,000 to 1,200 people a day.', [['1,000 to 1,200', 'arrests']]],
  ['Immigrants sent $60 billion in remittances to Mexico last year.', []],
  ['New York City has spent more than $4 billion on migrant shelters since 2022.', []],
  ['The shelter housed 300 migrants last night, the mayor said.', []],
  ['The deportation case drew 200 supporters to the courthouse.', []],
  ['The raid involved 70 agents and led to 76 arrests, his lawyer said.', []],
  ['The 45-year-old man was detained by ICE for 90 days.', []],
  ['ICE detained him at 8:30 a.m. on March 3.', []],
  ['She paid a $1,500 bond to be released from ICE custody.', []],
  ['The lawsuit names 12 ICE officials.', []],
  ['More than 1,000 protesters marched outside the ICE facility.', []],
  ['The Senate voted 51-49 to confirm the ICE director.', []],
  ['Detention centers in Texas hold 40 percent of ICE detainees.', []],
  ['ICE said 75 percent of those arrested had criminal records.', []],
  ['The ICE facility is 30 miles from Houston.', []],
  ['Page 12 of the DHS report describes the deportation flights.', []],
  ['The 9th U.S. Circuit Court of Appeals blocked ICE from deporting him under the Alien Enemies Act of 1798.', []],
  ['Call ICE at (202) 555-0100 or 1-800-555-0199.', []],
  ['The U.S. issues about 1 million green cards each year.', []],
  ['About 530,000 DACA recipients could lose protection from deportation.', []],
];

describe('held-out probes', () => {
  it.each(PROBES)('%s', (sentence, expected) => {
    expect(detectClaims(sentence).map((c) => [c.quote, c.category])).toEqual(expected);
  });

  it('reads a whole article: claims kept, other beats and incident details left out', () => {
    const article = [
      'Deportation push strains ICE as arrests climb',
      'By A. Reporter',
      'WASHINGTON — U.S. Immigration and Customs Enforcement is now holding about 57,000 people, as the White House presses the agency to make 3,000 arrests a day.',
      '“We need more beds,” the acting director told reporters. He said the agency had arrested 100,000 people since Jan. 20, and that about 70% of them had criminal records.',
      'In Los Angeles, 4,000 National Guard troops were deployed. Police arrested 575 people during 10 days of protests. The Lakers drew 18,000 fans.',
      'Related: Judge orders ICE to return deported man, 32, to the U.S.',
    ].join('\n\n');
    const got = detectClaims(article, { articleDate: '2025-07-10' }).map((c) => [c.quote, c.category, c.period?.period ?? null]);
    expect(got).toEqual([
      ['about 57,000', 'detention', null],
      ['3,000', 'goal', null],
      ['100,000', 'arrests', '2025-01-20/2025-07-10'],
    ]);
  });
});
