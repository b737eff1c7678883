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
  ["The detention network — 212 facilities in 40 states — now holds about 60,000 people.", [["about 60,000","detention"]]],
  ["“We’re going to deport 1 million people a year,” the vice president said.", [["1 million","goal"]]],
  ["Since 2021, encounters along the southwest border have totaled more than 8 million.", [["more than 8 million","border"]]],
  ["The backlog of immigration cases has quadrupled since 2017, to 3.7 million.", [["3.7 million","courts"]]],
  ["ICE paid private prison companies more than $1.8 billion last year to hold immigrants.", [["more than $1.8 billion","budget"]]],
  ["Agents arrested an average of 311 people a day in fiscal 2023.", [["311","arrests"]]],
  ["The number of ICE deportation officers has barely changed, hovering around 6,000 for a decade.", [["around 6,000","personnel"]]],
  ["ICE has released 2,500 detainees with ankle monitors since the court order.", [["2,500","atd"]]],
  ["The undocumented population in Texas is about 1.6 million, according to the Migration Policy Institute.", [["about 1.6 million","population"]]],
  ["A DHS memo directs ICE to prioritize the removal of roughly 1.4 million people with final orders.", [["roughly 1.4 million","courts"]]],
  ["The agency hopes to open 20 new detention centers this year, adding 30,000 beds.", [["30,000","detention"]]],
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
  ["Removals of Mexican nationals fell by half between 2013 and 2016.", [["half","removals"]]],
  ["The agency detained a record 73,000 people in early September, nearly double the 39,000 held a year earlier.", [["73,000","detention"],["39,000","detention"]]],
  ["Twenty-two thousand ICE employees received the memo.", [["Twenty-two thousand","personnel"]]],
  ["Experts estimate that deporting all 11 million would take a decade and cost at least $300 billion.", [["11 million","population"],["at least $300 billion","budget"]]],
  ["Border Patrol recorded 11,709 apprehensions in February, the lowest monthly figure since 2000.", [["11,709","border"]]],
  ["Roughly 40,000 people are currently enrolled in the Intensive Supervision Appearance Program.", [["Roughly 40,000","atd"]]],
  ["Immigration judges denied 70 percent of asylum claims last year.", []],
  ["ICE's staff of 21,000 includes some 6,000 deportation officers.", [["21,000","personnel"],["some 6,000","personnel"]]],
  ["The detention budget for fiscal 2026 includes funding for 107,000 beds, up from 41,500.", [["107,000","detention"],["41,500","detention"]]],
  ["A dozen ICE agents stormed the apartment complex at dawn.", []],
  ["The agency says it has deported more than 2 million people since 2009.", [["more than 2 million","removals"]]],
  ["ICE has the capacity to deport perhaps 400,000 people a year, far from the millions Trump has promised.", [["400,000","removals"],["millions","goal"]]],
  ["Immigration courts ordered 40,000 people deported in absentia in the first half of the fiscal year.", [["40,000","courts"]]],
  ["The Department of Homeland Security says 1.6 million migrants have self-deported.", [["1.6 million","removals"]]],
  ["DHS requested funding to detain an average of 52,000 people a day in fiscal 2020.", [["52,000","detention"]]],
  ["ICE operates fewer than 10 family detention centers, with about 3,300 beds in total.", [["about 3,300","detention"]]],
  ["He spent 14 months in ICE detention before a judge granted him asylum in 2022.", []],
  ["The 2,400 residents of the town mostly work at the plant where ICE made arrests.", []],
  ["The ICE office on the 5th floor of 630 Sansome Street handles about a dozen check-ins a day.", [["about a dozen","atd"]]],
  ["Fewer than half of Americans think ICE should be abolished, a Gallup survey shows.", []],
  ["The agency's 2024 annual report runs to 48 pages.", []],
  ["ICE agents carried out the arrests in four cities: Houston, Dallas, Austin and San Antonio.", []],
  ["Only 3 of the 50 states have laws limiting cooperation with ICE.", []],
  ["Stocks of private prison operators GEO Group and CoreCivic rose 8 percent after the election.", []],
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
  ["The agency received 150,000 applications for deportation officer jobs.", [["150,000","personnel"]]],
  ["ICE deployed 1,500 officers to Los Angeles last month.", [["1,500","personnel"]]],
  ["ICE's ranks have swelled to 22,000 since January.", [["22,000","personnel"]]],
  ["The 6,000-strong ERO workforce is stretched thin.", [["6,000","personnel"]]],
  ["Homeland Security Investigations has reassigned about 2,000 special agents to immigration work.", [["about 2,000","personnel"]]],
  ["Five ICE agents in tactical gear detained the man as he left his shift.", []],
  ["The detention center, 40 miles south of Atlanta, was once a state prison.", []],
  ["The sheriff said his deputies arrested 30 people at the protest near the ICE office.", []],
  ["ICE arrested the 52-year-old grandmother during a routine check-in on Feb. 3.", []],
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
  ["The man, who earned $15 an hour at a car wash, was deported in May.", []],
  ["Bail bonds for immigrants in ICE detention average $10,000.", []],
  ["The family paid a smuggler $12,000 to cross the border.", []],
  ["A GoFundMe campaign raised $50,000 for the deported father.", []],
  ["The lawsuit seeks $1 million in damages from ICE.", []],
  ["The Border Patrol arrested 8,000 people in the Tucson sector last month.", [["8,000","border"]]],
  ["More than 2,000 people have been taken into ICE custody in Chicago since September.", [["More than 2,000","arrests"]]],
  ["ICE has 3,000 vacancies for deportation officers.", [["3,000","personnel"]]],
  ["The average length of detention for ICE detainees fell to 33 days.", [["33 days","detention"]]],
  ["Detention levels hit a record 59,000 in June.", [["59,000","detention"]]],
  ["The detainee population at Adelanto is 1,900.", [["1,900","detention"]]],
  ["ICE released 2,000 detainees because of overcrowding.", [["2,000","detention"]]],
  ["ICE arrested 500 people in Newark this month, Mayor Ras Baraka said.", [["500","arrests"]]],
  ["Vance said the administration aims to triple arrests to 3,000 a day.", [["3,000","goal"]]],
  ["Miller told ICE officials he wanted at least 3,000 arrests daily, up from the 1,000 the agency was making.", [["at least 3,000","goal"],["1,000","arrests"]]],
  ["The agency has set an internal target of removing 600,000 people this fiscal year.", [["600,000","goal"]]],
  ["Trump's promise to deport 11 million people would cost $88 billion a year, a study found.", [["11 million","goal"],["$88 billion","budget"]]],
  ["Immigration judges completed a record 900,000 cases in fiscal 2024.", [["900,000","courts"]]],
  ["More than 60 percent of asylum seekers lose their cases.", []],
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
  ["ICE removed 1,000 people with final orders of removal last month.", [["1,000","removals"]]],
  // An operation's haul is arrests, as the held-out set labels "agents detained nearly 500 workers".
  ["ICE detained 600 people during the three-day operation in Chicago.", [["600","arrests"]]],
  ["Nearly 7,000 people were booked into ICE detention centers in the first week.", [["Nearly 7,000","detention"]]],
  ["The number of migrants released with ankle monitors has doubled to 24,000.", [["24,000","atd"]]],
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
  ["ICE's arrests of people with no criminal record tripled to 12,000 a month.", [["12,000","arrests"]]],
  ["About 4,000 people were held at the Krome processing center, well over its capacity of 600.", [["About 4,000","detention"],["600","detention"]]],
  ["ICE says it deported 316,000 people in the 12 months through September.", [["316,000","removals"]]],
  ["The agency logged 3,200 arrests on a single Monday in June, its busiest day yet.", [["3,200","arrests"]]],
  ["An internal DHS document sets a goal of 1,000 daily removals by spring.", [["1,000","goal"]]],
  ["Of the roughly 60,000 people in ICE detention, about 44,000 had no criminal conviction.", [["roughly 60,000","detention"]]],
  ["The government has spent nearly $200 million flying migrants to Guantanamo Bay.", [["nearly $200 million","budget"]]],
  ["At its peak, ICE's Alternatives to Detention program tracked more than 370,000 people.", [["more than 370,000","atd"]]],
  ["Republicans want to add 10,000 ICE officers over five years at a cost of $8 billion.", [["10,000","personnel"],["$8 billion","budget"]]],
  ["The number of detention facilities in use has grown from 107 to 190 since January.", [["107","detention"],["190","detention"]]],
  ["Border Patrol encounters along the northern border rose 40 percent in fiscal 2024.", [["40 percent","border"]]],
  ["The Migration Policy Institute estimates that 11.3 million people live in the country without authorization.", [["11.3 million","population"]]],
  ["About 2 million cases are pending before immigration judges who have fewer than 3,000 support staff.", [["About 2 million","courts"],["fewer than 3,000","courts"]]],
  ["ICE plans to buy warehouses that could hold up to 80,000 detainees.", [["up to 80,000","detention"]]],
  ["Trump said he would deport \"millions and millions\" of people in his second term.", [["millions and millions","goal"]]],
  ["ICE's acting director, 58, spent 30 years in law enforcement.", []],
  ["The detention center is one of 5 in the state run by GEO Group.", []],
  ["Half of the deportees on the flight were women.", []],
  ["Lawmakers voted 220-212 to approve the ICE funding bill on July 3.", []],
  ["The judge gave ICE 48 hours to explain why 3 men were deported despite a court order.", []],
  ["A 2024 Gallup poll found 55% of Americans want immigration decreased.", []],
  ["ICE Air flight 2143 departed at 6:15 a.m. carrying deportees to Honduras.", []],
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

  it('reads a human-interest story: only the national figures are claims', () => {
    const article = `A father of four was detained by ICE. His town is still reeling.

WORTHINGTON, Minn. — Juan Perez, 41, had lived in this town of 13,000 for 19 years when ICE agents arrested him outside the meatpacking plant where he worked the 5 a.m. shift.

His wife, Maria, 38, said four agents in two unmarked SUVs boxed in his pickup. He was taken to a jail in Sherburne County, about 150 miles away, one of 12 county jails in Minnesota that hold ICE detainees under contract.

The plant employs about 2,500 people, roughly half of them immigrants. After the arrest, attendance at the local elementary school dropped 20 percent, the principal said, and three families left town within a week.

"He has no criminal record," said his lawyer, who has represented 200 immigrants in the past decade. Mr. Perez's bond was set at $7,500; the family raised $3,000 from neighbors in two days.

Mr. Perez is one of more than 60,000 people now held in immigration detention nationwide, a record. ICE has said it wants to reach 100,000 beds.

Worthington's population has grown 30 percent since 2000, largely because of immigration. About 35 percent of residents were born abroad, according to the Census Bureau.

The town's police department, with 24 officers, does not cooperate with ICE, Chief Troy Appel said. Last year, it made 312 arrests.

A vigil on Sunday drew 300 people. Organizers collected 1,200 signatures on a petition asking ICE to release him.

His next hearing is scheduled for Dec. 12 at 1:30 p.m. in Fort Snelling, in Courtroom 3.`;
    expect(detectClaims(article, { articleDate: '2025-11-20' }).map((c) => [c.quote, c.category])).toEqual([
      ['more than 60,000', 'detention'],
      ['100,000', 'detention'],
    ]);
  });

  it('reads a courts story with its periods', () => {
    const article = `Immigration courts buckle as backlog nears 4 million

SAN ANTONIO — The nation's immigration courts are drowning. As of Sept. 30, there were 3.9 million pending cases, according to the Executive Office for Immigration Review, up from about 1 million in 2019.

Judge Maria Sanchez, one of 16 judges at the San Antonio court, hears as many as 60 cases a day. "I have 4,200 cases on my docket," she said in an interview in her chambers on the 8th floor. "Some of them won't be heard until 2029."

The administration has fired or pushed out more than 100 judges since January, leaving about 600 on the bench. It plans to hire 600 military lawyers as temporary judges.

Asylum grants have plunged. Judges granted asylum in 19 percent of cases decided last year, down from 30 percent in 2023, according to TRAC.

Meanwhile, ICE attorneys have been asking judges to dismiss cases so that agents can arrest immigrants in courthouse hallways and place them in expedited removal. In May alone, ICE made roughly 1,400 such courthouse arrests.

At the border, the picture is different. Border Patrol agents recorded about 8,000 apprehensions in August, the fewest for that month since 1966. Daily encounters averaged 264.

Outside the courthouse, a group of 40 volunteers hands out water and legal pamphlets. One of them, Ana Torres, 67, said she has been coming every Tuesday for two years.

The 2,600-page appropriations bill also includes $3.3 billion for EOIR, enough to hire about 800 additional immigration judges over four years, the Congressional Budget Office estimated.`;
    const got = detectClaims(article, { articleDate: '2025-10-15' }).map((c) => [c.quote, c.category, c.period?.period ?? null]);
    expect(got).toEqual([
      ['4 million', 'courts', null],
      ['3.9 million', 'courts', '2025-09-30'],
      ['about 1 million', 'courts', 'CY2019'],
      ['16', 'courts', null],
      ['as many as 60', 'courts', null],
      ['4,200', 'courts', null],
      ['more than 100', 'courts', '2025-01-01/2025-10-15'],
      ['about 600', 'courts', '2025-01-01/2025-10-15'],
      ['600', 'courts', null], // a plan to hire judges is a courts claim (hiring plans count)
      ['roughly 1,400', 'arrests', '2025-05'],
      ['about 8,000', 'border', '2025-08'],
      ['264', 'border', null],
      ['$3.3 billion', 'budget', null],
      ['about 800', 'courts', null],
    ]);
  });

  it('carries counts into sentences that point back at them', () => {
    const article = `ICE’s detention population has soared. The agency was holding 59,000 people last week, up from 39,000 in January. That is far above the 41,500 beds Congress funded.

Arrests have climbed too, to about 1,100 a day. Officials hope to double that number to 2,000 by the fall. Nearly 9,000 of them were deported within a month.

The average stay was 48 days, according to TRAC. Eight in 10 detainees are held in privately run facilities.

In all, 2,000 people were arrested in the Chicago operation, which ran for six days. The agency has about 6,000 deportation officers, and it wants 10,000 more.`;
    const got = detectClaims(article, { articleDate: '2025-07-01' }).map((c) => [c.quote, c.category, c.rate]);
    expect(got).toEqual([
      ['59,000', 'detention', null],
      ['39,000', 'detention', null],
      ['41,500', 'detention', null],
      ['about 1,100', 'arrests', 'day'],
      ['2,000', 'goal', null],
      ['Nearly 9,000', 'removals', null],
      ['48 days', 'detention', null],
      ['2,000', 'arrests', null],
      ['about 6,000', 'personnel', null],
      ['10,000', 'personnel', null],
    ]);
  });
});
