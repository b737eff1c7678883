/**
 * Rules that drop a candidate quantity: a number in an enforcement sentence that is no claim. Each is
 * decided in lib/detect/filters.ts (or index.ts) and recorded in the trace by its id.
 */
import { defineRule } from '../../rules';

export const NO_CUE = defineRule({
  id: 'drop.no-cue',
  stage: 'drop',
  looksFor: 'a number with no cue word of any category in its stretch of the sentence, and no neighbour to carry one',
  decides: 'the number says nothing about enforcement capacity: no claim',
  fires: ['ICE said the weather was 40 degrees.'],
  silent: ['ICE deported 271,484 people in fiscal 2024.'],
});
export const POLL = defineRule({
  id: 'drop.poll',
  stage: 'drop',
  looksFor: "a sentence about a poll or a survey of opinion: 'poll', 'surveyed', 'respondents', 'approval rating' (not a statistical survey: 'the Current Population Survey', 'survey data')",
  decides: 'its numbers are opinion, not enforcement: no claim',
  fires: ['A poll found 52 percent of Americans back ICE deportations.'],
  silent: [
    'ICE deported 52,000 people in the first quarter, agency data show.',
    'Using the monthly Current Population Survey, we estimate the illegal immigrant population at 11.35 million in January 2022.',
    'According to the latest Census Bureau survey numbers, the illegal immigrant population fell by 1.6 million from January to July.',
    'The 198,000 drop in the illegal immigrant population from 2012 to 2014 is within the survey\'s margin of error.',
  ],
});
export const COMPOSITION = defineRule({
  id: 'drop.composition-trait',
  stage: 'drop',
  looksFor: "a count followed by what its members were or had: '44,000 had no criminal conviction', '2,000 were children'",
  decides: 'the number is a part of a group described by a trait: no claim',
  fires: ['Of the roughly 60,000 people in ICE detention, about 44,000 had no criminal conviction.', 'Border Patrol agents apprehended 410,000 people through April, and 230,000 of them, or 56%, were traveling as families.'],
  silent: ['About 60,000 people were in ICE detention last week, agency data show.'],
});
export const TRAIT_SUBGROUP = defineRule({
  id: 'drop.trait-subgroup',
  stage: 'drop',
  looksFor: 'a number the scope decision (lib/detect/scope.ts: scope.trait, scope.goes-on) reads as a part of a group told apart by a trait of the people counted',
  decides: 'a trait subgroup (convictions, age, family status, one case type, one kind of order, one nationality) is no claim',
  fires: ['ICE arrested 222,000 people, including 75,000 with no criminal convictions.', 'ICE deportations to Honduras rose 29 percent last year.'],
  silent: ['ICE arrested 222,000 people in fiscal 2024, many of them with criminal convictions.'],
});
export const ATTRIBUTION = defineRule({
  id: 'drop.attribution',
  stage: 'drop',
  looksFor: "a count of sources, officials, lawmakers, states, agencies, protesters…: 'according to two officials', 'detainers to 3,671 law enforcement agencies'",
  decides: 'the number counts who spoke or some other group, not enforcement: no claim',
  fires: ['ICE arrested 1,000 people a day, according to two officials.', 'ICE sent detainers to 3,671 law enforcement agencies in fiscal 2019.'],
  silent: ['ICE arrested 1,000 people a day, officials said.'],
});
export const AUDIENCE = defineRule({
  id: 'drop.audience',
  stage: 'drop',
  looksFor: "followers, viewers, classmates, neighbors after a number: '1.2 million followers'",
  decides: "the number counts someone's audience or acquaintances: no claim",
  fires: ["ICE's deportation videos drew 1.2 million followers on social media."],
  silent: ["ICE's deportation flights carried 1.2 million people over a decade."],
});
export const MARKET = defineRule({
  id: 'drop.market',
  stage: 'drop',
  looksFor: "a percent in a sentence about shares, stocks or investors (not 'a record share' of a count)",
  decides: 'a market move, not enforcement: no claim',
  fires: ['ICE detention contractor GEO Group saw its stock rise 4.5% as deportations and detention grew under ICE.'],
  silent: [
    'ICE detention rose 4.5% in March, agency data show.',
    'GEO Group expects to more than double its detention beds for ICE, company leaders told investors on a call.',
    // 'a record share' of a count is no market
    'The Tucson Sector apprehended 63,490 of them, 22 percent more than the year before; family groups made up a record share.',
  ],
});
export const INSPECTION = defineRule({
  id: 'drop.inspection-scope',
  stage: 'drop',
  looksFor: "a small count of what inspectors visited or reviewed: 'four facilities it visited', 'inspected 12 detention centers'",
  decides: 'the scope of an inspection or study: no claim',
  fires: ['The inspector general found problems at four ICE detention facilities it visited.'],
  silent: ['ICE operates more than 100 detention facilities across the country.'],
});
export const RAID_FORCE = defineRule({
  id: 'drop.one-raid-force',
  stage: 'drop',
  looksFor: "agents or officers counted in one raid or sweep: 'the raid involved more than 100 agents'",
  decides: "the size of one operation's force, not the agency's staff: no claim",
  fires: ['The raid at the meatpacking plant involved more than 600 ICE agents.'],
  silent: ['ICE has more than 600 agents in its Chicago field office.'],
});
export const TROOPS = defineRule({
  id: 'drop.troops-at-protests',
  stage: 'drop',
  looksFor: "National Guard troops, soldiers or marines, sent to protests or to the border, with no word of assisting ICE; a bare number in a sentence that counts troops ('about 650 in Texas')",
  decides: 'soldiers are not the staff of the immigration agencies: no claim',
  fires: [
    'The president ordered 2,000 National Guard troops to Los Angeles to quell protests against ICE raids.',
    'About 900 National Guard members have been deployed for the push against illegal immigration along the Mexican border: about 650 in Texas and close to 250 in Arizona.',
    'The build-up took the Border Patrol to 20,500 agents and sent 1,200 National Guard troops to the border.',
  ],
  silent: [
    'The Pentagon sent 1,500 National Guard troops to assist ICE with detention at the border.',
    'The Pentagon approved the use of up to 1,700 National Guard members for clerical and logistics work at ICE facilities.',
    'The Border Patrol has about 20,000 agents, about 650 of them in Texas.'],
});
export const ONE = defineRule({
  id: 'drop.spelled-one',
  stage: 'drop',
  looksFor: "the word 'one' as a plain number: 'one person', 'one bed'",
  decides: 'a unit of measure in prose, never a capacity figure: no claim',
  fires: ['ICE agents detained one man at the courthouse during the operation.'],
  silent: ['ICE agents detained 1,000 people during the operation.'],
});
export const AGE = defineRule({
  id: 'drop.age',
  stage: 'drop',
  looksFor: "an age: '45-year-old', 'aged 19', 'as young as 18', a small number between a name and a comma ('Martinez, 19,'), a bare small number in a sentence about age limits or years old",
  decides: "a person's age: no claim",
  fires: [
    'ICE detained Martinez, 19, and her 45-year-old father at the courthouse.',
    'ICE lifted the age caps for recruits: people as young as 19 can join, where the old range was 21 to 35, or 40 for veterans.',
    'Among those held in ICE detention were children from one year old to about 15.',
  ],
  silent: ['ICE detained 45 people at the courthouse, agency data show.', 'ICE lifted the age caps for recruits and has hired 35 new officers in Maine.', 'ICE said Philadelphia saw the most arrests, 107, in the four-day sweep.'],
});
export const DURATION = defineRule({
  id: 'drop.duration',
  stage: 'drop',
  looksFor: "a number of seconds, days, months, years ('11 days', 'three hours'), unless days of an average stay in detention",
  decides: 'a duration of one event: no claim',
  fires: ['She has been held in ICE detention for 11 days.', 'The average wait for a hearing in immigration court is 690 days, close to two years.', 'Congress has funded ICE for an average of 45,000 beds a day over the past two fiscal years.', 'ICE officers, some working six or seven days a week, made about 18,000 arrests last month.', 'ICE logged an average of 990 book-ins into detention a day over the first 26 days of July.'],
  silent: ['The average length of stay in ICE detention rose to 47 days.', 'Under the settlement, children cannot be held in ICE detention for more than 20 days.'],
});
export const OTHER_MEASURE = defineRule({
  id: 'drop.other-measure',
  stage: 'drop',
  looksFor: "a counted noun of another measure: assaults, deaths, complaints, miles, visas, votes, overtime; people rescued",
  decides: 'the number counts something that is not enforcement capacity: no claim',
  fires: ['ICE reported 1,300 assaults on its officers last year.', 'ICE flew a record 1,187 flights in June 2025, a tracker of its planes found; 209 of the June flights were deportations.', 'Guesses in the 1980s often put the undocumented population between 10 and 12 million, numbers that proved inflated once the 1986 law passed and only 3 million people applied for legalization.', 'Customs and Border Protection says nearly 1.4 million migrants entered lawfully over 22 months through Biden administration programs.', 'Border Patrol agents in the sector also rescued 924 people from the desert.'],
  silent: ['ICE reported 1,300 arrests on its first day of the operation.', 'Nationwide almost 2.8 million illegal migrants crossed in fiscal year 2022, according to CBP.', 'Deportation flights rose to 1,595 in the 12 months ending in September, according to an advocacy group that tracks ICE Air.'],
});
export const JOB_APPLICATIONS = defineRule({
  id: 'drop.job-applications',
  stage: 'drop',
  looksFor:
    "a count of job applications, applicants or résumés ('the hiring drive has drawn more than 220,000 applications', 'CBP received about 50,000 applications'), in a sentence naming no status or benefit applied for (asylum, visas, green cards, USCIS)",
  decides: 'interest in a job is no hire, no staff and no enforcement (label convention: job applications are not claims): no claim; hires and job offers stay claims',
  fires: [
    "The hiring drive has drawn more than 220,000 applications so far, well past the department's first target of adding 10,000 new agents and officers a year.",
    'In less than two weeks, homeland security officials say, the agency received more than 100,000 applications, though it is unclear how many came from viable candidates.',
    'Between May and June CBP received about 50,000 job applications, yet hired roughly 1,200 officers over the same months.',
  ],
  silent: [
    'DHS said that it had already extended more than 18,000 tentative job offers to ICE applicants.',
    'ICE has hired more than 12,000 new officers and agents in under a year.',
    'The immigration courts received 400,000 asylum applications in fiscal 2023.',
  ],
});
export const OTHER_FLIGHTS = defineRule({
  id: 'drop.other-flights',
  stage: 'drop',
  looksFor: "a count of flights that are not removal flights: its sentence names shuffles, transfer, domestic or all ICE flights after the last deportation or removal flights it names, and the number's own words name none ('he counted 3,650 of them' after 'Most ICE flights are domestic shuffles'; 'shuffle flights alone rose from 273')",
  decides: 'flights between detention sites or all of ICE\'s flights are no removals (label convention 8): no claim',
  fires: [
    'Most ICE flights, though, are domestic shuffles between detention sites; from January to July a tracker counted 3,650 of them.',
    "In July 2025 a tracker counted a record 207 deportation flights, along with 727 domestic 'shuffle' flights moving ICE detainees around the country.",
    'Flights moving people in ICE custody between detention centers rose 123%, to 8,365 domestic transfer flights, the group said.',
  ],
  silent: ['Most ICE flights are domestic shuffles, but from January to July a tracker also counted 1,101 removal flights.', 'ICE flew 2,138 deportation flights in 2025, a 44% increase over 2024, the group said.'],
});
export const OTHER_MEASURE_GOES_ON = defineRule({
  id: 'drop.other-measure-goes-on',
  stage: 'drop',
  looksFor: "a bare number or a percent that goes on from a count of another measure with no number between ('up from', 'an increase of', or the same verb of reporting with no cue word between: 'reported 19 assaults; … they reported 238'): 'About 1,000 departments …, up from 135 last December, an increase of more than 600%', '209 of the June flights were deportations, up 10% on May'",
  decides: 'it counts the same other measure: no claim',
  fires: [
    'About 1,000 police departments now have agreements with ICE to help start the deportation process, up from 135 last December.',
    'ICE flew 1,187 flights last month, up from 935 a year before.',
    'From January through November 2024, ICE officers reported only 19 assaults; over the same dates in 2025 they reported 238.',
  ],
  silent: ["It asks $8.6 billion to build 200 miles of border wall and $367 million for Border Patrol surveillance technology.", 'ICE reported 1,300 assaults on its officers last year, and it deported 271,000 people, up from 142,000.'],
});
export const PLACES = defineRule({
  id: 'drop.places',
  stage: 'drop',
  looksFor: "a count of places an operation went to: '60 stores', '98 worksites', 'five cities'",
  decides: 'the number counts places, not people or capacity: no claim',
  fires: ['ICE agents arrested 35 people during raids at 60 7-Eleven stores across the country.'],
  silent: ['ICE agents arrested 35 people during raids across the country.'],
});
export const DEATHS = defineRule({
  id: 'drop.deaths',
  stage: 'drop',
  looksFor: "a count followed by 'dead', 'killed' or 'who died'",
  decides: 'the dead are not enforcement capacity: no claim',
  fires: ['The shooting near the ICE facility left 22 people dead, police said.'],
  silent: ['ICE deported 22,000 people last month, officials said.'],
});
export const DAY_OF_MONTH = defineRule({
  id: 'drop.day-of-month',
  stage: 'drop',
  looksFor: "a number of at most 31 after a month's name: 'from January 8 to 11'",
  decides: 'a day of a month: no claim',
  fires: ['ICE arrested 2,000 people from January 8 to 11, officials said.', 'Between Jan. 22 and 31, 2025, agents arrested 8,200 people.'],
  silent: ['ICE arrested 2,000 people in January, officials said.'],
});
export const OTHER_CURRENCY = defineRule({
  id: 'drop.other-currency',
  stage: 'drop',
  looksFor: "money in pounds, euros or yen after dollars: '$50,000 (£37,700)'",
  decides: 'the same money in another currency: no second claim',
  fires: ['ICE offers signing bonuses of up to $50,000 (£37,000) to new deportation officers.'],
  silent: ['ICE offers signing bonuses of up to $50,000 to new deportation officers.'],
});
export const FRAUD = defineRule({
  id: 'drop.fraud-or-programs',
  stage: 'drop',
  looksFor: 'money in a sentence about fraud, schemes or social programs, with no enforcement agency named',
  decides: "money lost to fraud or spent by social programs, not enforcement's: no claim",
  fires: ['Immigration officials found a fraud scheme: the programs saw costs balloon from $3 million to $90 million.'],
  silent: ['ICE detention costs rose from $3 billion to over $4 billion annually.'],
});
export const OTHER_MONEY = defineRule({
  id: 'drop.other-money',
  stage: 'drop',
  looksFor: "money added to the deficit or a filing fee: 'add $3.3 trillion to the deficit', 'a $100 asylum fee'; a city's deficit or shortfall; currency seized ('$147 million in currency'); money of a social program ('cut $1 trillion from Medicaid')",
  decides: 'money that is not spent on enforcement: no claim',
  fires: [
    'The immigration bill would add $3.3 trillion to the deficit over a decade, the CBO said.',
    'In August alone CBP also processed $261 billion in imports and identified $29.2 billion in duties.',
    'Over the year CBP seized more than 4.14 million pounds of narcotics and more than $147 million in currency.',
    "Jeffries stood beside a poster saying the president's law cut $1 trillion from Medicaid and gave $75 billion to ICE.",
  ],
  silent: ['The immigration bill gives ICE $75 billion over four years, the CBO said.'],
});
export const CITY_MONEY = defineRule({
  id: 'drop.city-money',
  stage: 'drop',
  looksFor: "money spent by a city, a state, a mayor or local police, or a state's own border mission ('Operation Lone Star', 'Texas keeps budgeting', 'the Legislature', 'a two-year spending plan'), with no enforcement agency named",
  decides: "a city's or state's budget for migrants or for its own border mission, not the federal enforcement agencies': no claim",
  fires: [
    'The city has spent $2.4 billion on housing for migrants and asylum seekers, the mayor said.',
    'Texas keeps budgeting billions for border security even though illegal crossings have slowed.',
    'Texas lawmakers set aside $6.5 billion in the Senate budget for the border mission against illegal immigration.',
  ],
  silent: ['ICE has spent $2.4 billion on detention for migrants, the agency said.', 'Congress gave Customs and Border Protection $6.5 billion for the border wall in Texas.'],
});
export const LEGAL_AID = defineRule({
  id: 'drop.legal-aid',
  stage: 'drop',
  looksFor: 'money for legal services or lawyers for immigrants, with no enforcement agency named',
  decides: "the defense's money, not enforcement: no claim",
  fires: ['The council approved $1 million for legal services for immigrants facing deportation.'],
  silent: ['Congress approved $1 billion for ICE deportation flights.'],
});
export const PROTEST_ARRESTS = defineRule({
  id: 'drop.protest-arrests',
  stage: 'drop',
  looksFor: "arrests for assault, obstruction or rioting, or arrests during protests: '787 people have been arrested for assault'; arrests a city's police department counts, no immigration agency named",
  decides: 'police arrests of protesters, not immigration arrests: no claim',
  fires: [
    'During the protests against ICE raids, 787 people have been arrested for assault, obstruction and failure to disperse.',
    'As the immigration crackdown widened, more than 400 people had been arrested across the region, according to the Los Angeles Police Department.',
  ],
  silent: ['During the ICE raids, 787 people have been arrested by immigration agents.', 'ICE arrested 400 people across the region, the Los Angeles Police Department said.'],
});
export const RANK = defineRule({
  id: 'drop.rank',
  stage: 'drop',
  looksFor: "a number between 'the' (or 'its', 'top') and a superlative: 'among the ten most overloaded immigration courts', 'the 10 busiest sectors'",
  decides: 'a rank among places, not a count: no claim',
  fires: ['The Denver court has 7,200 pending cases, which puts it among the ten most overloaded immigration courts in the country.'],
  silent: ['The Denver immigration court has 7,200 pending cases, the most in the region.'],
});
export const ELIDED = defineRule({
  id: 'drop.elided-unit',
  stage: 'drop',
  looksFor: "a bare small number after 'in' at the end of a clause: 'the 2 million Bush deported in 8.'",
  decides: 'the unit is elided (years): no claim',
  fires: ['Trump wants to surpass the 2 million deportations Obama achieved in 8.'],
  silent: ['Trump wants to surpass the 2 million deportations Obama achieved in eight years.'],
});
export const RESTATED_EXACT = defineRule({
  id: 'drop.restated-exact',
  stage: 'drop',
  looksFor: "a word fraction or multiplier with an exact percent in parentheses right after it: 'a third higher (33.1%)'",
  decides: 'the words say again what the exact percent says: the percent is the claim, the words none',
  fires: ['The court backlog reached 247,922 cases, a third higher (33.1%) than at the end of FY 2008.'],
  silent: ['The court backlog reached 247,922 cases, a third higher than at the end of FY 2008.'],
});
export const SHARE = defineRule({
  id: 'drop.share',
  stage: 'drop',
  looksFor: "a percent, fraction or 'one in three' that is no change and no fullness of capacity: 'Mexicans accounted for 38 percent'",
  decides: 'a composition share, not a count or a change: no claim',
  fires: [
    'Mexicans accounted for 38 percent of those deported by ICE.',
    'Court records put the asylum grant rate at just 35.8 percent, down by a third from its peak of 52.6 percent in September 2023.',
    "Since the fiscal year began the sector's agents have apprehended 331,661 migrants, up 461 percent from last year's 59,083, or almost 31 percent of this year's southwest border total of 1,076,242.",
  ],
  silent: [
    'Deportations from the interior fell 12 percent last year.',
    // a list of changes whose verb is left out after the first: each named member is a change
    'By sector, Border Patrol apprehensions in Yuma were up 170.9%, Del Rio 85.5% and El Paso 58.7%.',
    // a change against a year or a level named after it
    'The plan would give the department $107 billion in fiscal 2026, an unprecedented 65% above current levels.',
    'Border Patrol encounters at the southern border reached 2.3 million in 2022, 33% above fiscal year 2021.',
    'Border apprehensions have dropped to one-fifth of their peak in 2000, the Border Patrol said.',
    'The roughly 40,000 arrested by the Border Patrol in September were less than a third of the 132,000 arrested in May.',
    'ICE also made just 74,082 arrests, about half the pre-pandemic levels of 2018 and 2019.',
    'Daily apprehensions in January were 96 percent under the previous administration\'s daily average.',
    'The request would lift ICE\'s budget 7.1%, from $8 billion to $8.6 billion.',
    'But ICE arrests by the agency\'s at-large teams rose only 1 percent, the acting director said.',
    'ICE removals in June were up 35% from April and nearly 25% from May.',
    'ICE detention held about 61,000 people, or 150 percent of the space it is funded for.',
    'The 6,072 arrests along the southwest border that month were 15 percent below the previous low, set in March.',
    'The spending deal cuts the detention beds available to ICE by 22 percent, from 49,000 to 38,000.',
    'ICE made 140,000 arrests and 70,000 deportations last year, increases of 90% and 20% on the year before.',
    // a change by a verb whose object has an abbreviation's periods, or whose place comes before 'by'
    'More Border Patrol agents helped cut apprehensions of migrants at the U.S.-Mexico frontier by 20% this year.',
    'Border Patrol arrests fell in almost every part of the Southwest border, by more than 45% in Yuma.',
    'The 130,000 border apprehensions of May were 34 percent above the 97,000 of April.',
    // a count against another period's count: a comparison across time, not a part of a whole
    "September's Southwest border total was only 15.6 percent of September 2024's and just one-fifth of September 2019's 40,507.",
    // a change in number restated in percent in parentheses
    'Removal flights rose to 153, which was 13 (9%) more than in August 2022 and 34 (28%) above the average of the previous six months.',
  ],
});
export const CHANGE_OTHER_MEASURE = defineRule({
  id: 'drop.change-of-other-measure',
  stage: 'drop',
  looksFor: "a percent change of another measure named before it ('assaults on ICE officers rose 690 percent') or right after its change word ('a 1,150% rise in assaults', '830 percent more assaults')",
  decides: 'a change in something that is not enforcement capacity: no claim',
  fires: ['Assaults on ICE officers rose 690 percent, DHS said.', 'DHS released data showing what it called a more than 1,150% rise in assaults against ICE officers.', 'ICE personnel reported 830 percent more assaults this year than last, DHS said.'],
  silent: ['Arrests by ICE officers rose 69 percent, DHS said.', 'DHS released data showing a 150% rise in arrests by ICE officers.', 'New CBP figures point to a steep fall in traffic at the Southwest border, with arrests down nearly 40 percent.'],
});
export const ONE_VEHICLE = defineRule({
  id: 'drop.one-vehicle',
  stage: 'drop',
  looksFor: "one flight, bus or van carrying people: 'the deportation flight carried 135 people'",
  decides: "one vehicle's load: no claim",
  fires: ['The deportation flight carried 135 people to Guatemala.'],
  silent: ['ICE ran 135 deportation flights to Guatemala last year.'],
});
export const BOND = defineRule({
  id: 'drop.bond',
  stage: 'drop',
  looksFor: "money next to bond, bail, fine, reward, settlement or salary: 'on a $5,000 bond'",
  decides: "one person's bond or pay: no claim",
  fires: ['The woman was released from ICE detention on a $5,000 bond.'],
  silent: ['ICE spent $5 billion on detention last year.'],
});
export const PERSONAL_MONEY = defineRule({
  id: 'drop.personal-money',
  stage: 'drop',
  looksFor: "money near wages, bail, smugglers' fees, donations, remittances, rent — not a cost per agent or per detainee",
  decides: "one person's or family's money: no claim",
  fires: ['Immigrants sent $60 billion in remittances to Mexico last year, while ICE deportations rose.'],
  silent: ['ICE pays about $150 a day per detainee in detention, the agency said.', "The county's deal with ICE to hold detainees in its jail has earned the county more than $10 million since 2009."],
});
export const PAY = defineRule({
  id: 'drop.pay',
  stage: 'drop',
  looksFor: "money under $1 million in a sentence about one person's pay (a bonus, incentives, salary, base pay, loan repayment), or a part of such an amount ('two halves of $10,000'); not a cost per agent or per detainee",
  decides: "pay per person is neither ICE's capacity nor the load on it (ruling 13): no claim; a law's or budget's total for bonuses stays",
  fires: [
    'New Border Patrol agents get a $20,000 signing bonus, paid in two halves of $10,000 after training and after three years.',
    'Base pay at the GL-5 and GL-7 levels runs from $49,739 to $89,518 a year, CBP said.',
  ],
  silent: ['The law sets aside $285 million for recruitment and retention bonuses for ICE officers.', 'ICE pays about $150 a day per detainee in detention, the agency said.'],
});
export const ONE_PERSON = defineRule({
  id: 'drop.one-person-story',
  stage: 'drop',
  looksFor: "a number under 100 in a sentence about one person, family or vehicle ('his', 'the family', 'the bus')",
  decides: "a detail of one person's story: no claim",
  fires: ['ICE officers detained the student and 12 other immigrants outside his home.'],
  silent: [
    'Usually at least four ICE officers are assigned to each arrest target.',
    'Sheriff Doug McFall said he is close to a contract leasing 50 beds to Immigration and Customs Enforcement.',
    "The omnibus pays for just 65 additional ICE criminal investigators, although the budget had asked for 1,000 new agents as part of his order.",
  ],
});
export const MILESTONE = defineRule({
  id: 'drop.milestone',
  stage: 'drop',
  looksFor: "a round number named as a mark or milestone a count passed: 'have passed the one million mark', 'crossed the 2 million milestone'",
  decides: 'the threshold is not itself a count (the count that passed it is): no claim',
  fires: ['Migrant encounters at the southern border have passed the one million mark for fiscal 2023: 1,008,217 since October.'],
  silent: [
    'ICE is on course for roughly 271,000 removals, which would pass the Obama-era mark of 315,943 deportations in 2014.',
    'ICE deported 450,000 people this year, still shy of the 1 million mark the administration has set.',
  ],
});
export const FLIGHT_LOAD = defineRule({
  id: 'drop.flight-load',
  stage: 'drop',
  looksFor: "a number of people on a flight or on each flight: 'an average of 125 on ICE deportation flights to Guatemala', '135 per flight'",
  decides: "one flight's passengers, or the average load of a flight, is no count of removals (label convention 8): no claim",
  fires: ['The only new things were the cargo plane and the smaller load, against an average of 125 on ICE deportation flights to Guatemala.'],
  silent: ['A tracker counted 224 deportation flights in December, the group said.'],
});
export const SMALL_EVENT = defineRule({
  id: 'drop.small-event',
  stage: 'drop',
  looksFor: 'a number under 100 with no word of a general rule (each, per, daily, nationwide), no haul of 20 or more, no judges, facilities or stative verb',
  decides: 'a detail of one event: no claim',
  fires: ['Three ICE officers were treated for minor injuries after the arrest.', 'Temperatures inside the ICE tents reached 95 degrees on Tuesday, two detainees told their lawyers.', 'Three detainees have died in the past two months at the largest ICE detention facility.'],
  silent: [
    'Gov. Jeff Landry said the ICE facility already holds 51 detainees and will grow to 208 by mid-September.',
    'The head of Southern Command told senators there were about 68 detainees at the prison facility, and that the migrant facility could hold about 2,500.',
    'ICE has just 50 officers in Maine, the agency said.', 'In mid-February the administration dismissed 13 newly appointed immigration judges.', 'About 70 Cubans are being held in ICE detention in Louisiana, officials said.', 'Migrants in Utah may wait as long as four years for a hearing in immigration court.', 'The courts needed more judges, and the administration asked Congress for money to add 40 of them.'],
});
export const OTHER_BEAT = defineRule({
  id: 'drop.other-beat',
  stage: 'drop',
  looksFor: "words of another beat (police, prisons, schools, hospitals, the mayor) right before the number or in its noun, with no agency named there; not money a contract with ICE earns a county or company ('has earned the county $10 million')",
  decides: "the number is another beat's: no claim",
  fires: ['Separately, local police made 47 arrests for drunk driving near the ICE office.'],
  silent: ['ICE made 47 arrests near the ICE office, the agency said.', "Freeborn County's agreement with ICE has earned the county more than $10 million since it began in 2009."],
});
export const OTHER_CUSTODY = defineRule({
  id: 'drop.other-custody',
  stage: 'drop',
  looksFor: "people in the custody of jails, prisons or the Marshals, right before the number, in its noun or where it says they are held, in a sentence with no immigration agency or immigration word",
  decides: "the number is another body's count of people held: no claim",
  fires: ['ICE rents beds in county jails across the country. In 2019 local jails held about 117,100 people for federal, state and tribal authorities.'],
  silent: ['On any given day more than 60,000 people are held in ICE detention, some in county jails.', 'ICE detainees now take up close to half of the jail\'s 860 beds.', 'At-large arrests, those made in neighborhoods and workplaces rather than jails, rose 40 percent from the previous year.'],
});
export const ALL_IMMIGRANTS = defineRule({
  id: 'drop.all-immigrants',
  stage: 'drop',
  looksFor: "a population count of all immigrants or the foreign-born ('the immigrant population', 'foreign-born people') or of net migration (the Census Bureau's 'net international migration') in a sentence with no word of unlawful status",
  decides: 'all immigrants, lawful residents and citizens among them, are not the unauthorized population: no claim',
  fires: [
    "The country's immigrant population may have shrunk by roughly 2 million people in the first six months of the year, according to new government data. Steven Camarota of the Center for Immigration Studies said the estimated fall was the largest in three decades.",
    "The illegal alien population of the United States has reached a record 18.6 million, the Federation for American Immigration Reform estimates. FAIR built the figure on the Census Bureau's revised estimates: the bureau put net international migration at nearly 2.8 million for July 2023 to July 2024.",
  ],
  silent: ["The country's unauthorized immigrant population may have shrunk by roughly 2 million people in the first six months of the year, according to new government data. Steven Camarota of the Center for Immigration Studies said the estimated fall was the largest in three decades."],
});
export const FILING_FEE = defineRule({
  id: 'drop.filing-fee',
  stage: 'drop',
  looksFor: "an amount under $100,000 beside a fee or a filing: '$100 for an asylum application and $550 for a work permit', 'an appeal … would go from $110 to $900'",
  decides: 'what one person pays to file, not a budget: no claim',
  fires: ['To pay for the enforcement push, the bill raises fees on legal immigration: filing for asylum would cost $1,000 and a work permit $550.'],
  silent: ['To pay for the enforcement push, the bill gives ICE $45 billion for detention, and the agency asks for $377 million in mandatory fees.'],
});
export const DURATION_NOT_CAPACITY = defineRule({
  id: 'drop.duration-not-capacity',
  stage: 'drop',
  looksFor: "days, months or years in a sentence with an average word whose category is neither detention nor the courts",
  decides: 'only a stay in detention or a wait in the courts is a capacity figure: no claim',
  fires: ['Agents made an average of 990 arrests a day for 26 days in July.'],
  silent: ['Asylum cases in immigration court took an average of 600 days to decide.'],
});
export const MEMBERS_OF_PART = defineRule({
  id: 'drop.members-of-part',
  stage: 'drop',
  looksFor: "a number after 'received', 'had', 'made' whose subject is a part of a group of places or bodies: '9 percent of those agencies received more than a hundred'",
  decides: 'what each member of a subgroup got, not a total: no claim',
  fires: ['Only 8 percent of agencies received more than a hundred ICE detainers last year.'],
  silent: ['Local agencies received more than 100,000 ICE detainers last year.'],
});
export const FACILITY_COUNT = defineRule({
  id: 'drop.facility-count',
  stage: 'drop',
  looksFor: "a number whose counted noun is buildings or offices: '184 active detention facilities', '155 detention centers', 'its 25 field offices'",
  decides: "how many places the agency has is no capacity figure (their beds, people held and costs are): no claim",
  fires: [
    'ICE now runs 155 detention centers, up from 107 when the administration took office.',
    'Under the plan, ICE would convert 16 warehouses into regional processing centers for detainees.',
    'The ICE records list 184 active detention facilities in Texas; California is second with 120.',
    'By November the agency was detaining people in 104 more facilities than at the start of the year, a 91% increase.',
    // buildings named by a place or a kind, or a count that points back to buildings
    'ICE has held roughly 3,600 people a day across its six other California facilities.',
    'Louisiana has more ICE detention centres than any state except Texas, nine in all, after nearly half a dozen correctional facilities were turned over.',
    'ICE held people in 436 facilities, but its website acknowledged only 163 of them.',
  ],
  silent: [
    'ICE now holds 61,000 people in its detention centers, up from 39,000 when the administration took office.',
    'ICE held 60,000 people in its facilities in June, and 20,000 of them were held in Texas.',
  ],
});
export const OTHER_BODY = defineRule({
  id: 'drop.other-body-money',
  stage: 'drop',
  looksFor: "money in a clause that names another body as who gets or spends it (the Secret Service, the Justice Department, the FBI, USCIS, FEMA, the UN), with no enforcement agency in that clause",
  decides: "another body's money, not immigration enforcement's: no claim",
  fires: ['Under the immigration bill, the Secret Service would get $1.2 billion and the Justice Department $3.3 billion.'],
  silent: ['Under the immigration bill, ICE would get $45 billion for detention and the Border Patrol $6.2 billion.'],
});
export const ONE_EVENT = defineRule({
  id: 'drop.one-event',
  stage: 'drop',
  looksFor: "a count followed by 'at the … hiring fair', 'at a job event'",
  decides: "one event's count, not the agency's: no claim",
  fires: ['ICE made 1,000 job offers at the Dallas hiring fair last week.'],
  silent: ['ICE has made 12,000 job offers since the hiring campaign began.'],
});
export const OTHER_BODY_FIGURE = defineRule({
  id: 'drop.other-body-figure',
  stage: 'drop',
  looksFor: "a count or percent in a clause that names another body as who counted or has it (a UN study, USCIS, the State Department, HHS), with no enforcement agency in that clause",
  decides: "another body's figure, not immigration enforcement's: no claim",
  fires: ['DHS said deportations rose, and pointed to a UN study showing a 97% fall in northbound migration.', 'Deportations rose, while USCIS has 11 million pending applications.'],
  silent: ['DHS said deportations rose, and pointed to ICE data showing a 97% rise in removals.'],
});
