/**
 * Numbers in enforcement sentences that are no claim: the drop.* rules, in running prose.
 * Sentences written for these tests (the pattern of real prose, never a copy of it).
 */
import { describe, expect, it } from 'vitest';
import { detectClaims, type Claim } from '../../../lib/detect';

/** The claim whose quote contains `figure`, or undefined. */
function claimFor(text: string, figure: string): Claim | undefined {
  return detectClaims(text).find((c) => c.quote.includes(figure));
}

const claims = (s: string, articleDate = '2025-07-01') =>
  detectClaims(s, { articleDate }).map((c) => [c.quote, c.category, c.value ?? c.low] as const);

describe('numbers that are no claim (drop.*)', () => {
  // Single sentences with the claims they must give ([quote, category]), none for a sentence with no claim.
  const SENTENCES: [string, [string, string][]][] = [
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
    ["The ICE officer, who joined the agency in 2008, was placed on leave for two weeks.", []],
    ["In a 6-3 decision, the justices sided with the administration on deportations.", []],
    ["The detainee was held in solitary confinement for 23 hours a day, his lawyer said.", []],
    ["About 45 percent of ICE detainees have no criminal record, TRAC data show.", []],
    ["The sheriff's office jails about 1,800 inmates and works with ICE under a 287(g) agreement.", []],
    ["A 2019 poll found 55 percent of voters supported deporting criminals.", []],
    ["The immigration bill is 1,200 pages long and has 14 titles.", []],
    ["The family fled Honduras in 2018 and walked 2,000 miles to the border.", []],
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
    ["Immigration judges denied 70 percent of asylum claims last year.", []],
    ["A dozen ICE agents stormed the apartment complex at dawn.", []],
    ["He spent 14 months in ICE detention before a judge granted him asylum in 2022.", []],
    ["The 2,400 residents of the town mostly work at the plant where ICE made arrests.", []],
    ["Fewer than half of Americans think ICE should be abolished, a Gallup survey shows.", []],
    ["The agency's 2024 annual report runs to 48 pages.", []],
    ["ICE agents carried out the arrests in four cities: Houston, Dallas, Austin and San Antonio.", []],
    ["Only 3 of the 50 states have laws limiting cooperation with ICE.", []],
    ["Stocks of private prison operators GEO Group and CoreCivic rose 8 percent after the election.", []],
    ["Five ICE agents in tactical gear detained the man as he left his shift.", []],
    ["The detention center, 40 miles south of Atlanta, was once a state prison.", []],
    ["The sheriff said his deputies arrested 30 people at the protest near the ICE office.", []],
    ["ICE arrested the 52-year-old grandmother during a routine check-in on Feb. 3.", []],
    ["The man, who earned $15 an hour at a car wash, was deported in May.", []],
    ["Bail bonds for immigrants in ICE detention average $10,000.", []],
    ["The family paid a smuggler $12,000 to cross the border.", []],
    ["A GoFundMe campaign raised $50,000 for the deported father.", []],
    ["The lawsuit seeks $1 million in damages from ICE.", []],
    ["More than 60 percent of asylum seekers lose their cases.", []],
    ["ICE's acting director, 58, spent 30 years in law enforcement.", []],
    ["The detention center is one of 5 in the state run by GEO Group.", []],
    ["Half of the deportees on the flight were women.", []],
    ["Lawmakers voted 220-212 to approve the ICE funding bill on July 3.", []],
    ["The judge gave ICE 48 hours to explain why 3 men were deported despite a court order.", []],
    ["A 2024 Gallup poll found 55% of Americans want immigration decreased.", []],
    ["ICE Air flight 2143 departed at 6:15 a.m. carrying deportees to Honduras.", []],
  ];
  it.each(SENTENCES)('%s', (sentence, expected) => {
    expect(detectClaims(sentence).map((c) => [c.quote, c.category])).toEqual(expected);
  });

  it('leaves protest arrests, troops sent to protests, legal-aid money and days out', () => {
    expect(claimFor('Thousands marched against ICE in Minneapolis; about 100 clergy members were arrested during the protest.', '100')).toBeUndefined();
    expect(claimFor('After protests over ICE raids, the president deployed 2,000 National Guard troops and 700 U.S. Marines to Los Angeles.', '2,000')).toBeUndefined();
    expect(claimFor('After protests over ICE raids, the president deployed 2,000 National Guard troops and 700 U.S. Marines to Los Angeles.', '700')).toBeUndefined();
    expect(claimFor('A council member asked for at least $1 million for a program that offers legal services to immigrants facing deportation.', '$1 million')).toBeUndefined();
    expect(claimFor('In June ICE made an average of 1,200 arrests a day, with more than 2,000 arrests on two separate days.', 'two')).toBeUndefined();
    // Troops sent to help ICE are still its capacity.
    expect(claimFor('Up to 1,700 National Guard members will assist ICE with transport and processing at the detention camp.', '1,700')?.category).toBe('personnel');
    // A shortfall of the agency's own is still its money.
    expect(claimFor('ICE faces a $136 million shortfall in its detention budget.', '$136 million')?.category).toBe('budget');
  });
  it('leaves out followers, classmates, share prices, one raid and one detainee', () => {
    expect(claims('The deportation of the nursing student brought out hundreds of his classmates.')).toEqual([]);
    expect(claims("DHS's account, which has 3.4 million followers, posted footage of the ICE arrests.")).toEqual([]);
    expect(claims('Shares of CoreCivic, which runs ICE detention centers, jumped 6.2% on Monday.')).toEqual([]);
    expect(claims('The ICE raid at the farm involved about 150 agents and two helicopters, residents said.')).toEqual([]);
    expect(claims('The detainee, held by ICE since March, has had three hearings canceled.')).toEqual([]);
  });
  it('does not count the sites an inspection visited', () => {
    expect(claims('The ICE watchdog report documented conditions at six detention facilities it visited last spring.')).toEqual([]);
  });
  it('reads no quantity in footnote marks, "Day 1" or a store name', () => {
    const cites = detectClaims('Reports said officials wanted 3,000 ICE arrests per day, a figure cited in several analyses [2] [5].');
    expect(cites.map((c) => c.quote)).toEqual(['3,000']);
    expect(detectClaims('The president said ICE deportations would begin on Day 1 of his term.')).toEqual([]);
    const stores = detectClaims('ICE agents arrested 35 people during raids at 60 7-Eleven stores across the country.');
    expect(stores.map((c) => c.quote)).toEqual(['35']);
  });

  it('leaves out money for other things, the dead, protest arrests and an elided unit', () => {
    expect(detectClaims('The immigration bill would add $2.1 trillion to the deficit, and ICE would get $60 billion.').map((c) => c.quote)).toEqual(['$60 billion']);
    expect(detectClaims('The ICE bill sets an $85 filing fee for asylum seekers.').map((c) => c.quote)).toEqual([]);
    expect(detectClaims('ICE agents were nearby when a shooting left 14 people dead at the border town.')).toEqual([]);
    expect(detectClaims('Police said 412 people were arrested for assault and failure to disperse at protests against ICE raids.')).toEqual([]);
    expect(detectClaims('Obama deported 1.9 million people, near the 2 million deportations Bush achieved in 8.').map((c) => c.quote)).toEqual(['1.9 million', '2 million']);
  });

  it('leaves out protest charges and counts of sanctuary cities', () => {
    expect(detectClaims('ICE said 300 immigrants were detained since Friday, with 140 people facing assault charges.').map((c) => c.quote)).toEqual(['300']);
    expect(detectClaims('Only 3,100 of those ICE deported were from the interior, where dozens of sanctuary cities limit cooperation.').map((c) => c.quote)).toEqual(['3,100']);
  });

  it("leaves a city's spending on migrants out", () => {
    const text = 'Caring for asylum seekers could cost the city as much as $11 billion, the mayor said; the city has spent $2.1 billion so far.';
    expect(detectClaims(text)).toEqual([]);
  });
});
