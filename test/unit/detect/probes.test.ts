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
  ["ICE removed more than 185,000 people in fiscal 2019, up from about 256,000 the year before under a different count.", [["more than 185,000","removals"],["about 256,000","removals"]]],
  ["The agency's Enforcement and Removal Operations division employs about 7,700 officers.", [["about 7,700","personnel"]]],
  ["Detention capacity has grown to 61,000 beds, the most in the agency's history.", [["61,000","detention"]]],
  ["Congress set aside $3.5 billion for ICE detention in the 2024 spending bill.", [["$3.5 billion","budget"]]],
  ["The average daily population in ICE detention was 37,500 last fiscal year.", [["37,500","detention"]]],
  ["More than 2 million migrants were apprehended at the southern border in fiscal 2022.", [["More than 2 million","border"]]],
  ["ICE has placed roughly 190,000 people on ankle monitors and phone apps.", [["roughly 190,000","atd"]]],
  ["There are an estimated 10.5 million undocumented immigrants living in the country.", [["an estimated 10.5 million","population"]]],
  ["Trump promised to deport as many as 20 million people.", [["as many as 20 million","goal"]]],
  ["The pending caseload in immigration court surpassed 3 million in 2023.", [["3 million","courts"]]],
  ["ICE officers arrested 280 workers at a meatpacking plant in Mississippi, one of the largest worksite raids in a decade.", [["280","arrests"]]],
  ["Immigration arrests in the interior doubled to 40,000 in the first quarter.", [["40,000","arrests"]]],
  ["Deportation flights to Guatemala jumped 30 percent this spring.", [["30 percent","removals"]]],
  ["The administration's goal is 600,000 removals a year.", [["600,000","goal"]]],
  ["ICE is seeking to hire 3,000 new deportation officers by the end of the year.", [["3,000","personnel"]]],
  ["The cost of detention reached $155 per person per day in 2024.", [["$155","budget"]]],
  ["The ICE officer, who joined the agency in 2008, was placed on leave for two weeks.", []],
  ["In a 6-3 decision, the justices sided with the administration on deportations.", []],
  ["The detainee was held in solitary confinement for 23 hours a day, his lawyer said.", []],
  ["About 45 percent of ICE detainees have no criminal record, TRAC data show.", []],
  ["The sheriff's office jails about 1,800 inmates and works with ICE under a 287(g) agreement.", []],
  ["A 2019 poll found 55 percent of voters supported deporting criminals.", []],
  ["The immigration bill is 1,200 pages long and has 14 titles.", []],
  ["The family fled Honduras in 2018 and walked 2,000 miles to the border.", []],
  ["ICE ARRESTS SOAR TO 1,500 A DAY", [["1,500","arrests"]]],
  ["In all, the agency removed 59,011 people in the first quarter (October through December), its data show.", [["59,011","removals"]]],
  ["The detention network — 212 facilities in 40 states — now holds about 60,000 people.", [["212","detention"],["about 60,000","detention"]]],
  ["“We’re going to deport 1 million people a year,” the vice president said.", [["1 million","goal"]]],
  ["Since 2021, encounters along the southwest border have totaled more than 8 million.", [["more than 8 million","border"]]],
  ["The backlog of immigration cases has quadrupled since 2017, to 3.7 million.", [["3.7 million","courts"]]],
  ["ICE paid private prison companies more than $1.8 billion last year to hold immigrants.", [["more than $1.8 billion","budget"]]],
  ["Agents arrested an average of 311 people a day in fiscal 2023.", [["311","arrests"]]],
  ["The number of ICE deportation officers has barely changed, hovering around 6,000 for a decade.", [["around 6,000","personnel"]]],
  ["ICE has released 2,500 detainees with ankle monitors since the court order.", [["2,500","atd"]]],
  ["The undocumented population in Texas is about 1.6 million, according to the Migration Policy Institute.", [["about 1.6 million","population"]]],
  ["A DHS memo directs ICE to prioritize the removal of roughly 1.4 million people with final orders.", [["roughly 1.4 million","courts"]]],
  ["The agency hopes to open 20 new detention centers this year, adding 30,000 beds.", [["20","detention"],["30,000","detention"]]],
  ["ICE made 1,100 arrests on Monday alone, a single-day record.", [["1,100","arrests"]]],
  ["ICE agents detained two men outside a Home Depot in Pasadena on Friday.", []],
  ["The ICE detainee, 27, was transferred to a facility 300 miles away.", []],
  ["The hearing on the 10 detainees' petitions is set for 9 a.m. on Oct. 14.", []],
  ["ICE's top official in Chicago has 25 years of experience.", []],
  ["Roughly 1 in 3 immigrants in detention is from Mexico.", []],
  ["The detention center's contract runs through 2029 with two five-year options.", []],
  ["The congressman received 60 percent of the vote in his district, where ICE raids have been frequent.", []],
  ["About 200 people attended a vigil outside the ICE office in Portland.", []],
  ["The migrant caravan of 7,000 people was still 1,000 miles from the border.", []],
  ["Ice hockey attendance rose 12 percent this season.", []],
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
