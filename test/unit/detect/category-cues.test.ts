/**
 * Which category a number counts: the cue words weighed around it, and the category.* rules that correct them.
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

describe('categories by cue words and the category.* rules', () => {
  // Single sentences with the claims they must give ([quote, category]), none for a sentence with no claim.
  const SENTENCES: [string, [string, string][]][] = [
    ['ICE is holding 59,000 people in detention, according to agency data released Friday.', [['59,000', 'detention']]],
    ['The agency has roughly 5,500 ERO officers.', [['roughly 5,500', 'personnel']]],
    ['Deportations under Biden reached 271,000 in fiscal 2024.', [['271,000', 'removals']]],
    ['Homan said the agency needs 100,000 beds and 10,000 more officers.', [['100,000', 'detention'], ['10,000', 'personnel']]],
    ['Immigration judges have issued nearly 1.5 million final orders of removal.', [['nearly 1.5 million', 'courts']]],
    ['ICE booked 4,000 people into custody last week.', [['4,000', 'arrests']]],
    ['Apprehensions at the southern border dropped to 8,725 in March.', [['8,725', 'border']]],
    ['More than 3,000 Border Patrol agents have been reassigned.', [['More than 3,000', 'personnel']]],
    ["ICE's budget rose 25% to $10 billion in FY 2025.", [['25%', 'budget'], ['$10 billion', 'budget']]],
    ['ICE detains about 40,000 immigrants on an average day, costing taxpayers $3 billion a year.', [['about 40,000', 'detention'], ['$3 billion', 'budget']]],
    ['The number of immigration judges rose from 250 in 2015 to about 700 in 2024.', [['250', 'courts'], ['about 700', 'courts']]],
    ['CBP reported 29,000 encounters in May, down from 170,000 a year earlier.', [['29,000', 'border'], ['170,000', 'border']]],
    ['Homan said ICE was arresting 1,000 to 1,200 people a day.', [['1,000 to 1,200', 'arrests']]],
    ["ICE removed more than 185,000 people in fiscal 2019, up from about 256,000 the year before under a different count.", [["more than 185,000","removals"],["about 256,000","removals"]]],
    ["The agency's Enforcement and Removal Operations division employs about 7,700 officers.", [["about 7,700","personnel"]]],
    ["Detention capacity has grown to 61,000 beds, the most in the agency's history.", [["61,000","detention"]]],
    ["Congress set aside $3.5 billion for ICE detention in the 2024 spending bill.", [["$3.5 billion","budget"]]],
    ["The average daily population in ICE detention was 37,500 last fiscal year.", [["37,500","detention"]]],
    ["More than 2 million migrants were apprehended at the southern border in fiscal 2022.", [["More than 2 million","border"]]],
    ["ICE has placed roughly 190,000 people on ankle monitors and phone apps.", [["roughly 190,000","atd"]]],
    ["There are an estimated 10.5 million undocumented immigrants living in the country.", [["an estimated 10.5 million","population"]]],
    ["The pending caseload in immigration court surpassed 3 million in 2023.", [["3 million","courts"]]],
    ["Immigration judges recorded 160,000 case completions in the first half of the fiscal year.", [["160,000","courts"]]],
    ["The courts received 310,000 Notices to Appear from DHS in four months.", [["310,000","courts"]]],
    ["Congress has paid for 45 new immigration judge teams this year.", [["45","courts"]]],
    ["Yuma was the busiest Border Patrol sector in May, with 38,000 migrants.", [["38,000","border"]]],
    ["The private sector added 38,000 jobs in May, the Labor Department said.", []],
    ["About 10 million undocumented immigrants live in the country, and 1.2 million people have final deportation orders.", [["About 10 million","population"],["1.2 million","courts"]]],
    ["ICE officers arrested 280 workers at a meatpacking plant in Mississippi, one of the largest worksite raids in a decade.", [["280","arrests"]]],
    ["Immigration arrests in the interior doubled to 40,000 in the first quarter.", [["doubled","arrests"],["40,000","arrests"]]],
    ["Deportation flights to Guatemala jumped 30 percent this spring.", [["30 percent","removals"]]],
    ["ICE is seeking to hire 3,000 new deportation officers by the end of the year.", [["3,000","personnel"]]],
    ["The cost of detention reached $155 per person per day in 2024.", [["$155","budget"]]],
    ["ICE ARRESTS SOAR TO 1,500 A DAY", [["1,500","arrests"]]],
    ["In all, the agency removed 59,011 people in the first quarter (October through December), its data show.", [["59,011","removals"]]],
    ["The detention network — 212 facilities in 40 states — now holds about 60,000 people.", [["about 60,000","detention"]]],
    ["Since 2021, encounters along the southwest border have totaled more than 8 million.", [["more than 8 million","border"]]],
    ["The backlog of immigration cases has quadrupled since 2017, to 3.7 million.", [["quadrupled","courts"],["3.7 million","courts"]]],
    ["ICE paid private prison companies more than $1.8 billion last year to hold immigrants.", [["more than $1.8 billion","budget"]]],
    ["Agents arrested an average of 311 people a day in fiscal 2023.", [["311","arrests"]]],
    ["The number of ICE deportation officers has barely changed, hovering around 6,000 for a decade.", [["around 6,000","personnel"]]],
    ["ICE has released 2,500 detainees with ankle monitors since the court order.", [["2,500","atd"]]],
    ["The undocumented population in Texas is about 1.6 million, according to the Migration Policy Institute.", [["about 1.6 million","population"]]],
    ["The agency hopes to open 20 new detention centers this year, adding 30,000 beds.", [["30,000","detention"]]],
    ["ICE made 1,100 arrests on Monday alone, a single-day record.", [["1,100","arrests"]]],
    ["Removals from the interior fell by half between 2013 and 2016.", [["half","removals"]]],
    ["The agency detained a record 73,000 people in early September, nearly double the 39,000 held a year earlier.", [["73,000","detention"],["nearly double","detention"],["39,000","detention"]]],
    ["Twenty-two thousand ICE employees received the memo.", [["Twenty-two thousand","personnel"]]],
    ["Experts estimate that deporting all 11 million would take a decade and cost at least $300 billion.", [["11 million","population"],["at least $300 billion","budget"]]],
    ["Border Patrol recorded 11,709 apprehensions in February, the lowest monthly figure since 2000.", [["11,709","border"]]],
    ["Roughly 40,000 people are currently enrolled in the Intensive Supervision Appearance Program.", [["Roughly 40,000","atd"]]],
    ["ICE's staff of 21,000 includes some 6,000 deportation officers.", [["21,000","personnel"],["some 6,000","personnel"]]],
    ["The detention budget for fiscal 2026 includes funding for 107,000 beds, up from 41,500.", [["107,000","detention"],["41,500","detention"]]],
    ["The agency says it has deported more than 2 million people since 2009.", [["more than 2 million","removals"]]],
    ["Immigration courts ordered 40,000 people deported in absentia in the first half of the fiscal year.", [["40,000","courts"]]],
    ["The Department of Homeland Security says 1.6 million migrants have self-deported.", [["1.6 million","removals"]]],
    ["DHS requested funding to detain an average of 52,000 people a day in fiscal 2020.", [["52,000","detention"]]],
    ["ICE operates fewer than 10 family detention centers, with about 3,300 beds in total.", [["about 3,300","detention"]]],
    ["The ICE office on the 5th floor of 630 Sansome Street handles about a dozen check-ins a day.", [["about a dozen","atd"]]],
    ["ICE took 1,200 people into custody in a weeklong operation in Houston.", [["1,200","arrests"]]],
    ["Immigration agents apprehended more than 500 people in raids across Los Angeles.", [["more than 500","arrests"]]],
    ["Arrests by ICE's Enforcement and Removal Operations totaled 113,000 last year.", [["113,000","arrests"]]],
    ["ICE officers picked up 300 people at courthouses in New York.", [["300","arrests"]]],
    ["Agents rounded up 150 farmworkers in the Central Valley, the union said.", [["150","arrests"]]],
    ["Officers are making 1,200 to 1,500 immigration arrests daily.", [["1,200 to 1,500","arrests"]]],
    ["ICE's detention population reached 65,135 on Sunday.", [["65,135","detention"]]],
    ["The number of people in ICE custody swelled to 60,000.", [["60,000","detention"]]],
    ["Some 3,000 migrants are being held at the tent facility at Fort Bliss.", [["Some 3,000","detention"]]],
    ["ICE is currently detaining around 56,000 immigrants.", [["around 56,000","detention"]]],
    ["The detention center can house up to 1,000 people.", [["up to 1,000","detention"]]],
    ["There are now 59,000 immigrants behind bars in ICE facilities.", [["59,000","detention"]]],
    ["More than 47,000 immigrants were locked up in ICE detention as of mid-March.", [["More than 47,000","detention"]]],
    ["ICE now jails 61,000 immigrants, a record.", [["61,000","detention"]]],
    ["ICE has hired 12,000 new officers and agents since the summer.", [["12,000","personnel"]]],
    // Job applications are no claims (test/fixtures/real/README.md; drop.job-applications).
    ["The agency received 150,000 applications for deportation officer jobs.", []],
    ["ICE deployed 1,500 officers to Los Angeles last month.", [["1,500","personnel"]]],
    ["ICE's ranks have swelled to 22,000 since January.", [["22,000","personnel"]]],
    ["The 6,000-strong ERO workforce is stretched thin.", [["6,000","personnel"]]],
    ["Homeland Security Investigations has reassigned about 2,000 special agents to immigration work.", [["about 2,000","personnel"]]],
    ["ICE's annual budget is about $9 billion.", [["about $9 billion","budget"]]],
    ["Congress gave the agency an extra $485 million for detention.", [["$485 million","budget"]]],
    ["The ICE contract is worth $1.26 billion over 15 years.", [["$1.26 billion","budget"]]],
    ["The detention center costs taxpayers $50 million a year.", [["$50 million","budget"]]],
    ["The government spent $3 billion on deportation flights.", [["$3 billion","budget"]]],
    ["ICE pays GEO Group $150 per detainee per day.", [["$150","budget"]]],
    ["The White House requested $27.7 billion for ICE in fiscal 2026.", [["$27.7 billion","budget"]]],
    ["A 2017 study estimated the cost of mass deportation at $400 billion to $600 billion.", [["$400 billion to $600 billion","budget"]]],
    ["The administration transferred $200 million from FEMA to ICE.", [["$200 million","budget"]]],
    ["ICE signed a $45 million contract with a charter airline for deportation flights.", [["$45 million","budget"]]],
    ["That works out to roughly $10,000 per deportation.", [["roughly $10,000","budget"]]],
    ["Detention costs per bed rose 20 percent, to $164 a day.", [["20 percent","budget"],["$164","budget"]]],
    ["The Border Patrol arrested 8,000 people in the Tucson sector last month.", [["8,000","border"]]],
    ["More than 2,000 people have been taken into ICE custody in Chicago since September.", [["More than 2,000","arrests"]]],
    ["ICE has 3,000 vacancies for deportation officers.", [["3,000","personnel"]]],
    ["The average length of detention for ICE detainees fell to 33 days.", [["33 days","detention"]]],
    ["Detention levels hit a record 59,000 in June.", [["59,000","detention"]]],
    ["The detainee population at Adelanto is 1,900.", [["1,900","detention"]]],
    ["ICE released 2,000 detainees because of overcrowding.", [["2,000","detention"]]],
    ["ICE arrested 500 people in Newark this month, Mayor Ras Baraka said.", [["500","arrests"]]],
    ["Immigration judges completed a record 900,000 cases in fiscal 2024.", [["900,000","courts"]]],
    ["EOIR now has 700 judges, up from 250 a decade ago.", [["700","courts"],["250","courts"]]],
    ["Nearly 100,000 removal orders were issued in absentia last year.", [["Nearly 100,000","courts"]]],
    ["The Center for Migration Studies puts the number of undocumented immigrants at 11.7 million.", [["11.7 million","population"]]],
    ["Roughly 13.7 million immigrants live in the U.S. without legal status, Pew estimates.", [["Roughly 13.7 million","population"]]],
    ["Border crossings have fallen to about 200 a day in some sectors.", [["about 200","border"]]],
    ["CBP recorded 2.1 million encounters nationwide in fiscal 2024.", [["2.1 million","border"]]],
    ["Monthly border apprehensions dropped below 10,000 for the first time since 1970.", [["below 10,000","border"]]],
    ["Gotaways averaged about 1,500 a day last summer.", [["about 1,500","border"]]],
    ["The ATD program costs about $4 a day per participant.", [["about $4","budget"]]],
    ["BI Inc., the contractor, monitors about 195,000 immigrants using SmartLINK.", [["about 195,000","atd"]]],
    ["ICE cut the Alternatives to Detention caseload by 20,000 people in March.", [["20,000","atd"]]],
    ["Some 2.5 million people are on ICE's non-detained docket.", [["Some 2.5 million","detention"]]],
    ["ICE removed 1,000 people ordered removed by an immigration judge last month.", [["1,000","removals"]]],
    // An operation's haul is arrests, as the held-out set labels "agents detained nearly 500 workers".
    ["ICE detained 600 people during the three-day operation in Chicago.", [["600","arrests"]]],
    ["Nearly 7,000 people were booked into ICE detention centers in the first week.", [["Nearly 7,000","detention"]]],
    ["The number of migrants released with ankle monitors has doubled to 24,000.", [["doubled","atd"],["24,000","atd"]]],
    ["Border agents apprehended 1,200 migrants near El Paso over the weekend.", [["1,200","border"]]],
    ["About 1,500 agents are assigned to the southern border.", [["About 1,500","personnel"]]],
    ["ICE is on track to deport 400,000 people this year, short of Trump's goal.", [["400,000","removals"]]],
    ["ICE deported about 1.5 million people under Trump's first term.", [["about 1.5 million","removals"]]],
    ["The budget would fund 3,000 new Border Patrol agents and 5,000 customs officers.", [["3,000","personnel"],["5,000","personnel"]]],
    ["The immigration courts received 1.8 million new cases last year.", [["1.8 million","courts"]]],
    ["There are 1,400 people in the Dilley family detention center.", [["1,400","detention"]]],
    ["ICE carried out 1,800 deportation flights in 2024, Witness at the Border counted.", [["1,800","removals"]]],
    ["Asylum officers conducted 60,000 credible fear interviews.", [["60,000","courts"]]],
    ["The number of people in ICE detention with no criminal record rose to 16,000.", [["16,000","detention"]]],
    ["ICE's arrests of people at courthouses tripled to 12,000 a month.", [["tripled","arrests"],["12,000","arrests"]]],
    ["About 4,000 people were held at the Krome processing center, well over its capacity of 600.", [["About 4,000","detention"],["600","detention"]]],
    ["ICE says it deported 316,000 people in the 12 months through September.", [["316,000","removals"]]],
    ["The agency logged 3,200 arrests on a single Monday in June, its busiest day yet.", [["3,200","arrests"]]],
    ["Of the roughly 60,000 people in ICE detention, about 44,000 had no criminal conviction.", [["roughly 60,000","detention"]]],
    ["The government has spent nearly $200 million flying migrants to Guantanamo Bay.", [["nearly $200 million","budget"]]],
    ["At its peak, ICE's Alternatives to Detention program tracked more than 370,000 people.", [["more than 370,000","atd"]]],
    ["Republicans want to add 10,000 ICE officers over five years at a cost of $8 billion.", [["10,000","personnel"],["$8 billion","budget"]]],
    ["The number of detention facilities in use has grown from 107 to 190 since January.", [["107","detention"],["190","detention"]]],
    ["Border Patrol encounters along the northern border rose 40 percent in fiscal 2024.", [["40 percent","border"]]],
    ["The Migration Policy Institute estimates that 11.3 million people live in the country without authorization.", [["11.3 million","population"]]],
    ["About 2 million cases are pending before immigration judges who have fewer than 3,000 support staff.", [["About 2 million","courts"],["fewer than 3,000","courts"]]],
    ["ICE plans to buy warehouses that could hold up to 80,000 detainees.", [["up to 80,000","detention"]]],
  ];
  it.each(SENTENCES)('%s', (sentence, expected) => {
    expect(detectClaims(sentence).map((c) => [c.quote, c.category])).toEqual(expected);
  });

  it('counts departures and self-deportations as removals, not as the population', () => {
    expect(claimFor('DHS said on Tuesday that more than 2 million illegal immigrants have left the US since Jan. 20.', '2 million')?.category).toBe('removals');
    expect(claimFor('The agency touts the removal or self-deportation of at least two million illegal aliens since January.', 'two million')?.category).toBe('removals');
    expect(claimFor('DHS claims over 2.5 million people without legal status have departed the United States this year.', '2.5 million')?.category).toBe('removals');
    expect(claimFor('ICE said nearly two million others have voluntarily returned home through its app.', 'two million')?.category).toBe('removals');
    expect(claimFor('The DHS tally includes around 1.6 million voluntary self-departures and 400,000 deportations.', '1.6 million')?.category).toBe('removals');
    // The pool itself is still the population.
    expect(claimFor('About 14 million unauthorized immigrants lived in the country in 2023, Pew says.', '14 million')?.category).toBe('population');
  });

  it('reads book-ins as admissions to detention, whoever made the arrests, unless the writer takes them for arrests', () => {
    expect(claimFor('From Oct. 1 to Nov. 15, ICE said its personnel recorded 54,735 book-ins.', '54,735')?.category).toBe('detention');
    expect(claimFor('In June 2025, 36,722 people were booked into ICE custody: 31,607 after arrests by ICE and 5,115 handed over by CBP.', '5,115')?.category).toBe('detention');
    expect(claimFor('Most of those held had first been arrested by ICE (52,510), while 12,625 reached ICE custody through transfers from CBP.', '52,510')?.category).toBe('detention');
    expect(claimFor('ICE book-ins, a stand-in for arrests, have slipped below 900 a day.', 'below 900')?.category).toBe('arrests');
    expect(claimFor('ICE arrested 31,607 people in June, and CBP 5,115.', '5,115')?.category).toBe('arrests');
  });

  it('reads a part of the people removed, by where they were first arrested, as removals', () => {
    expect(claimFor('ICE deported more than 256,000 illegal aliens in fiscal 2018, 95,360 of them arrested in the interior and 160,725 caught by the Border Patrol.', '160,725')?.category).toBe('removals');
    expect(claimFor('Only 47,000 of those deported had been arrested in the interior, against 44,255 in FY 2023.', '44,255')?.category).toBe('removals');
    expect(claimFor('ICE deported 256,000 people in fiscal 2018, and the Border Patrol apprehended 404,000 migrants.', '404,000')?.category).toBe('border');
  });

  it('reads utilization as detention (counts of sites and warehouses are no claims: drop.facility-count)', () => {
    expect(claimFor('ICE holds about 59,000 people, well above the 41,500 funded beds, so detention runs at over 140% of capacity.', '140%')?.category).toBe('detention');
  });

  it('keeps the head noun of the subject over a modifier or parenthesis', () => {
    expect(claims('Removals of immigrants arrested far from the border climbed to 61,200 last year.')).toEqual([
      ['61,200', 'removals', 61200],
    ]);
    expect(claims('Interior deportations (of people picked up by ICE away from the border) rose to 70,400.')).toEqual([
      ['70,400', 'removals', 70400],
    ]);
    expect(
      claims('ICE deported 90,100 people in fiscal 2019, a reflection of a clogged immigration court system.').map(([q, c]) => [q, c]),
    ).toEqual([['90,100', 'removals']]);
  });
  it('files attorneys, troops, hires, bases, flights and bonuses; drops job applications', () => {
    // ICE's own lawyers are its staff, whatever court they argue in.
    expect(claims('ICE employs roughly 1,500 attorneys who argue deportation cases.').map(([, c]) => c)).toEqual(['personnel']);
    expect(claims('About 2,200 National Guard troops were sent to help ICE with arrests.').map(([, c]) => c)).toEqual(['personnel']);
    // Job applications are no claims (test/fixtures/real/README.md; drop.job-applications); the hires they bring are.
    expect(claims('ICE said it received more than 90,000 job applications after the ads ran.').map(([, c]) => c)).toEqual([]);
    expect(claims('ICE said it hired more than 12,000 officers after the ads ran.').map(([, c]) => c)).toEqual(['personnel']);
    expect(claims('DHS asked for room on military bases for up to 12,000 immigrants awaiting deportation.').map(([, c]) => c)).toEqual([
      'detention',
    ]);
    expect(claims('The administration flew dozens of deportees to a prison in Central America.').map(([, c]) => c)).toEqual(['removals']);
    // One person's pay is no claim (ruling 13, drop.pay); a law's total for bonuses is.
    expect(claims('ICE is offering signing bonuses of up to $30,000 to new deportation officers.').map(([, c]) => c)).toEqual([]);
    expect(claims('The law sets aside $285 million for recruitment and retention bonuses for ICE officers.').map(([, c]) => c)).toEqual(['budget']);
    expect(claims('ICE spent $3.1 billion on detention that year, nearly 15% over budget.').map(([, c]) => c)).toEqual(['budget', 'budget']);
  });
  it('files a bare "billions" near enforcement money as budget', () => {
    expect(claims('Congress handed ICE billions for new detention centers and officers.').map(([, c]) => c)).toEqual(['budget']);
  });
  it('lets an enforcement verb beat the person noun it governs', () => {
    expect(claimFor('Officials said the agency has deported 412,000 illegal immigrants since the inauguration.', '412,000')?.category).toBe('removals');
    expect(claimFor('ICE is arresting about 950 illegal aliens a day, its own figures show.', '950')?.category).toBe('arrests');
    expect(claimFor('Border Patrol agents apprehended 41,200 illegal immigrants in March, agency data show.', '41,200')?.category).toBe('border');
    expect(claimFor('In the Houston sweep, 870 illegal immigrants were taken into custody over nine days, ICE said.', '870')?.category).toBe('arrests');
    // Without a verb on the number, the same noun still counts the population.
    expect(claimFor('Pew estimates that 10.9 million illegal immigrants live in the United States.', '10.9 million')?.category).toBe('population');
  });

  it('files arrests by the border agencies as border, and an agent after "by" as the doer', () => {
    expect(claimFor('Customs and Border Protection reported 39,800 arrests for illegal crossings in October.', '39,800')?.category).toBe('border');
    expect(claimFor('Arrests by Border Patrol agents along the Rio Grande dropped 41 percent in March.', '41 percent')?.category).toBe('border');
    expect(claimFor('Arrests by ICE officers rose to 1,350 a day in July, agency data show.', '1,350')?.category).toBe('arrests');
  });

  it('counts immigration judges for the courts, small numbers too', () => {
    const text = 'The Justice Department dismissed 14 immigration judges in March, cutting the bench to about 620. EOIR hired 96 IJs last year.';
    expect(detectClaims(text).map((c) => [c.quote, c.category])).toEqual([['14', 'courts'], ['about 620', 'courts'], ['96', 'courts']]);
  });

  it("reads 'our officers' as the agency's in a paragraph that names it", () => {
    const text = 'ICE said the drive drew 180,000 applications. We have nearly tripled our officers and agents from 6,000 to 17,000, a spokeswoman said.';
    const claims = detectClaims(text);
    expect(claimFor(text, '6,000')?.category).toBe('personnel');
    expect(claims.find((c) => c.quote === '17,000')?.category).toBe('personnel');
  });

  it('lets the participle or the verb after a person noun say what was counted', () => {
    expect(claimFor('The number of illegal immigrants deported from Texas rose from 9,800 in 2006 to 12,400 this year.', '12,400')?.category).toBe('removals');
    expect(claimFor('Of the 14,200 illegal immigrants apprehended by Border Patrol agents in May, most were single adults.', '14,200')?.category).toBe('border');
    expect(claimFor('More than 1.5 million illegal aliens have left the U.S. this year, DHS said.', '1.5 million')?.category).toBe('removals');
    expect(claimFor('The campaign pledged to target between 12 million and 18 million undocumented immigrants for deportation.', '12 million')?.category).toBe('goal');
  });

  it('keeps "the N million people in the country illegally" the population in a sentence about deporting', () => {
    const text = 'Officials aim to deport as many of the roughly 12 million people in the country illegally as they can.';
    expect(claimFor(text, '12 million')?.category).toBe('population');
  });

  it('measures the distance to a cue without a parenthesis in between, and reads "facing" as a modifier', () => {
    const text = 'The number of deportations (a term that here covers removals of people who had lived in the country for decades) fell by 8% last year.';
    expect(claimFor(text, '8%')?.category).toBe('removals');
    expect(claimFor('The ICE detainee population facing deportation reached about 70,000 in January.', '70,000')?.category).toBe('detention');
  });

  it("counts a raid's haul said with its verb, even under 100", () => {
    expect(claimFor('ICE agents arrested 84 workers at a poultry plant in Georgia on Tuesday.', '84')?.category).toBe('arrests');
    expect(claimFor('A total of 63 people, all suspected of being in the country illegally, were arrested in the ICE raid.', '63')?.category).toBe('arrests');
  });

  it('lets a percent change of a cost count as budget', () => {
    expect(claimFor('DHS expects self-deportation to reduce that cost by 60%, the ICE statement said.', '60%')?.category).toBe('budget');
    expect(claimFor('ICE has begun to increase by nearly 30% the number of agents on fugitive teams.', '30%')?.category).toBe('personnel');
  });

  it('reads a hyphenated bed count in a paragraph of its own', () => {
    const text = 'The Pentagon will host a new immigration detention site.\nThe Army has awarded a contract to build a 4,000-bed tent camp at the base.';
    expect(claimFor(text, '4,000')?.category).toBe('detention');
  });

  it('reads "from the border" as where removals came from', () => {
    const text = 'ICE deported 131,000 immigrants, including more than 41,000 from the interior and more than 90,000 from the border.';
    expect(claimFor(text, '90,000')?.category).toBe('removals');
  });

  it('reads a long agency name after "by" as the doer', () => {
    const text = 'Arrests by U.S. Immigration and Customs Enforcement (ICE) agents increased 28 percent from 2016 to 2017.';
    expect(claimFor(text, '28 percent')?.category).toBe('arrests');
  });

  it('reads a percent cut of a cost a few words after its verb', () => {
    expect(claimFor('DHS expects the app to decrease that removal cost by 65%, even after the stipend.', '65%')?.category).toBe('budget');
  });

  it('does not read detainers as detention, and reads housing as detention', () => {
    expect(detectClaims('Only 8 percent of agencies received more than a hundred ICE detainers last year.')).toEqual([]);
    expect(claimFor('ICE currently can house about 41,000 “high-threat illegal aliens,” an official said.', '41,000')?.category).toBe('detention');
    expect(claimFor('Only around 15 people are currently detained at the naval base for ICE.', '15')?.category).toBe('detention');
  });

  it('files counts the border agency reports as border, not its app downloads', () => {
    expect(claimFor('CBP has recorded 2,090,400 enforcement actions involving people crossing from Mexico.', '2,090,400')?.category).toBe('border');
    expect(claimFor('The other 140,300 migrants were detained by CBP at ports of entry.', '140,300')?.category).toBe('border');
    expect(claimFor('Another 21,300 migrants presented themselves at ports of entry, CBP said.', '21,300')?.category).toBe('border');
    expect(detectClaims('The CBP Home app has been downloaded 250,000 times, the firm said.').filter((c) => c.category === 'border')).toEqual([]);
  });

  it("keeps ICE's prison contractors in the story, but not a state prison", () => {
    expect(claimFor('ICE has contracted with a private prison company to maintain 150 beds at the base.', '150')?.category).toBe('detention');
    expect(claimFor('The government granted a private prison company a $171.2 million contract to run the detention facility.', '$171.2 million')?.category).toBe('budget');
    expect(detectClaims("The state's 1,100-bed prison at Angola was floated as a site for ICE detainees.")).toEqual([]);
  });

  it('reads "without full legal status" as the population', () => {
    expect(claimFor('The number of people living in the U.S. without full legal status rose to a record 13.4 million.', '13.4 million')?.category).toBe('population');
  });

  it('counts a change by what it is a change in', () => {
    const text = 'ICE deportations kept climbing. Data from Witness at the Border shows a 9% rise in flights compared to May.';
    expect(claimFor(text, '9%')?.category).toBe('removals');
  });

  it("counts a raid's arrests, not the agents who took part in it", () => {
    expect(detectClaims('More than 120 ICE agents took part in the raid, which netted 84 arrests.').map((c) => [c.quote, c.category])).toEqual([['84', 'arrests']]);
    expect(claimFor('The ICE operations led to at least 46 arrests on the first day.', '46')?.category).toBe('arrests');
    // One person's story stays an incident.
    expect(detectClaims('The ICE raid led to 58 arrests, his wife said.')).toEqual([]);
  });

  it('reads apprehensions counted by the agents who made them as border counts, not staff', () => {
    const text = 'The Border Patrol made 340,252 apprehensions in 2011. Arrests by border agents dropped from 486,651 in FY 2014 to 337,117 in FY 2015.';
    expect(claimFor(text, '486,651')?.category).toBe('border');
    expect(claimFor('Border Patrol apprehensions hit 1,148,000, the most since 2007, when agents caught 858,638.', '858,638')?.category).toBe('border');
    expect(claimFor('The Border Patrol had 21,444 agents in 2011, a record.', '21,444')?.category).toBe('personnel');
  });

  it('reads money in US dollars written "USD" as money', () => {
    expect(claimFor('The law holds a USD 350 billion border and national security plan, with USD 45 billion for ICE detention beds.', '45 billion')).toMatchObject({ category: 'budget', quote: 'USD 45 billion' });
  });

  it('keeps titles, idioms and side clauses from naming what a number counts', () => {
    // A title: "border czar".
    expect(claimFor('DHS announced 605,000 removals since January and border czar Tom Homan cited 579,000.', '579,000')?.category).toBe('removals');
    // "held ... down", "held steady": no one is held in detention.
    expect(claimFor('CBP logged 569,800 encounters, over 34 percent more than in 2019, when the pandemic held migration down.', '34 percent')?.category).toBe('border');
    // "despite some new hires" is a side clause after the number.
    expect(
      claimFor('The immigration courts lost judges. The count of immigration judges dropped to 553, a net fall of about 25 percent despite some new hires.', '25 percent')?.category,
    ).toBe('courts');
    // Encounters of people entering illegally are the border's, even where ICE is named.
    expect(claimFor("ICE's report shows 59,011 removals, against nearly 1.8 million people encountered entering illegally that year.", '1.8 million')?.category).toBe('border');
  });

  it('reads "deportation agents" as staff and people with orders of removal as the courts\' count', () => {
    expect(claimFor('With only around 6,000 deportation agents nationwide, ICE will need more money.', '6,000')?.category).toBe('personnel');
    expect(claimFor('Over 560,000 other immigrants ordered deported remain at large as fugitives, ICE said.', '560,000')?.category).toBe('courts');
    expect(claimFor('ICE deported 560,000 immigrants over two years.', '560,000')?.category).toBe('removals');
  });

  it('reads removals that own the cases they count', () => {
    expect(claimFor("ICE's total deportations, border and interior cases together, fell 25% from 315,943 in 2014 to 235,413 in 2015.", '315,943')?.category).toBe('removals');
    expect(claimFor('The immigration courts held 300,000 deportation cases in 2014.', '300,000')?.category).toBe('courts');
  });

  it('reads a sum said after a target as the target: "75 arrests a day, roughly 1,200 to 1,500 in all"', () => {
    const text = "In January each field office was told to make 75 arrests a day, roughly 1,200 to 1,500 in all.";
    expect(claimFor(text, '1,200')?.category).toBe('goal');
  });
});
