/**
 * Rules that classify a claim: which category a number counts, beyond the weighing of cue words
 * (lib/detect/cues.ts), and when a number is a target rather than a count.
 */
import { defineRule } from '../../rules';

export const ACTION_VERB = defineRule({
  id: 'category.action-verb',
  stage: 'category',
  looksFor: "an enforcement verb right before the number or after its noun: 'deported 412,000 illegal immigrants', '870 … were taken into custody'",
  decides: "the verb says what was counted; the person noun ('illegal immigrants') only says who",
  fires: [
    'Officials said the agency has deported 412,000 illegal immigrants since the inauguration.',
    'Amid the push for mass deportations, about 61,000 people are now held in immigration detention.',
    'ICE said it released about 95,000 people from its custody last year.',
    'ICE is short of money, and thousands of migrants could be let out of long-term detention as a result, an ICE official said.',
    // people who crossed or came in during a span are crossings, not the population
    'Nationwide almost 2.8 million illegal migrants crossed in fiscal year 2022, according to CBP.',
  ],
  silent: [
    'Pew estimates that 10.9 million illegal immigrants live in the United States.',
    'DHS estimates that 11.6 million unauthorized immigrants were living in the United States as of January 2006. Nearly 4.2 million of them had entered in 2000 or later.',
  ],
});
export const COURT_ORDER = defineRule({
  id: 'category.court-order',
  stage: 'category',
  looksFor: "'ordered' right before the number: 'judges ordered 211,000 people deported'",
  decides: 'an order of removal is the courts\' count, not a removal',
  fires: ['Immigration judges ordered 211,000 people deported last year.'],
  silent: ['ICE deported 211,000 people last year.'],
});
export const PERCENT_BUDGET = defineRule({
  id: 'category.percent-budget',
  stage: 'category',
  looksFor: "a percent change next to a budget word: 'detention costs rose 20 percent'",
  decides: 'a change in money: budget',
  fires: ['ICE detention costs rose 20 percent last year.'],
  silent: [
    'ICE detention rose 20 percent last year.',
    'Immigration court backlogs grew by more than 160 percent between fiscal 2003 and 2015, as modest gains in court resources failed to match enforcement funding.',
  ],
});
export const SUBJECT_HEAD = defineRule({
  id: 'category.subject-head',
  stage: 'category',
  looksFor: 'a number far from every cue word, in a sentence that opens on a cue noun',
  decides: "the number counts what the sentence's subject names",
  fires: ['Arrests of immigrants with no criminal record by the agency, compared with last year, rose sharply this spring to about 37,700.'],
  silent: ['ICE arrests rose to about 37,700 this spring.'],
});
export const SUBJECT_RELATIVE = defineRule({
  id: 'category.subject-relative',
  stage: 'category',
  looksFor: "a cue word inside a relative clause on the noun that opens the sentence, or in the words after a count noun that say which of it: 'Removals that stemmed from ICE arrests grew from 65,322 to 95,360', 'removals following one of its own arrests were up 37 percent'",
  decides: 'the clause says which of the subject is counted; its cue weighs as a side word, so the subject decides',
  fires: ['Removals that stemmed from ICE arrests grew from 65,322 to 95,360, a rise of 46 percent.', 'Deportations slipped 6% from the year before, and ICE said removals following one of its own arrests were up 37 percent since January 20.'],
  silent: ['Removals grew in fiscal 2018, and ICE arrests rose from 65,322 to 95,360.'],
});
export const COLON_SUBJECT = defineRule({
  id: 'category.colon-subject',
  stage: 'category',
  looksFor: "a count that opens the clause after a colon, with no cue word of its own there, in a sentence that opens on a cue noun: 'Deportation flights have picked up, according to data gathered for Witness at the Border: 109 were recorded in January'",
  decides: "the count counts what the sentence's subject names, not the words between the subject and the colon",
  fires: ['Deportation flights have picked up since May, according to data gathered by Thomas Cartwright for Witness at the Border: 109 were recorded in January.'],
  silent: ['Deportation flights have picked up since May, according to Witness at the Border: 109 border crossings were recorded in January.'],
});
export const BY_AGENTS = defineRule({
  id: 'category.by-agents',
  stage: 'category',
  looksFor: "a staff word after 'by' that names who did what the number counts: 'arrests by Immigration and Customs Enforcement agents reached a three-year high in fiscal 2017: 143,000'",
  decides: 'the staff word says who acted, not what is counted: it weighs as a side word',
  fires: ['After years of decline, arrests by Immigration and Customs Enforcement agents reached a three-year high in fiscal 2017: 143,000, a 30% increase.'],
  silent: ['After years of decline, Immigration and Customs Enforcement hired more agents in fiscal 2017: 143 in all.'],
});
export const POOL_ALL = defineRule({
  id: 'category.pool-all',
  stage: 'category',
  looksFor: "'all', 'the nation's' or 'the estimated' before 5 million or more, with no noun after: 'deporting all 11 million'",
  decides: 'the pool of people itself: population',
  fires: ['Trump has vowed to deport all 11 million.'],
  silent: ['Trump has vowed to deport 1 million people a year.'],
});
export const KNOWN_POOL = defineRule({
  id: 'category.known-pool',
  stage: 'category',
  looksFor: "'the' before 5 million or more with a population word: 'the 11 million people in the country illegally'",
  decides: 'the known pool, even in a sentence about deporting: population',
  fires: ['Deporting the 11 million people in the country illegally would take years.'],
  silent: ['ICE deported 1.1 million people in the country illegally over four years.'],
});
export const BORDER_ARRESTS = defineRule({
  id: 'category.border-arrests',
  stage: 'category',
  looksFor: "arrests made by the Border Patrol or CBP, at the border, or arrests in a paragraph about the border (it names the Border Patrol, CBP or apprehensions) with ICE unnamed",
  decides: 'border apprehensions: border',
  fires: [
    'Customs and Border Protection reported 39,800 arrests for illegal crossings in October.',
    'The Border Patrol released its December figures on Tuesday. In the Tucson area, arrests fell to about 6,000 from 9,000 in November.',
    'U.S. authorities have arrested more than 1 million migrants at the U.S.-Mexico border so far in fiscal year 2021, preliminary figures show.',
  ],
  silent: [
    'Arrests by ICE officers rose to 1,350 a day in July, agency data show.',
    'ICE and the Border Patrol briefed reporters on Tuesday. In the Chicago area, arrests fell to about 600 from 900 in November.',
    'Administrative arrests inside the country fell 25% last year, to 80,000. At the southern border, the Border Patrol recorded 150,000 encounters in May.',
  ],
});
export const BORDER_DETAINED = defineRule({
  id: 'category.border-detained',
  stage: 'category',
  looksFor: "a count whose only detention words are verbs of holding ('detained', 'held'), in a paragraph about the border (it names the Border Patrol, CBP or apprehensions) that does not name ICE",
  decides: 'people the border agents detained or hold are border apprehensions: border, not detention',
  fires: [
    'Migrant apprehensions in the El Paso Sector fell again, U.S. Customs and Border Protection said. Agents in the sector detained 11,595 migrants in July, against 18,883 in June.',
    "Border Patrol apprehensions rose again in El Paso. The city's dashboard shows 4,795 foreign nationals held in processing centers.",
  ],
  silent: [
    'Migrant apprehensions fell again, Customs and Border Protection said, while ICE detained 11,595 migrants in July.',
    'Migrant apprehensions fell again, Customs and Border Protection said. About 40,000 people are held in detention nationwide.',
  ],
});
export const RAID_DETAINED = defineRule({
  id: 'category.raid-detained',
  stage: 'category',
  looksFor: "a count whose only detention word is the verb 'detained', in a paragraph that tells of raids or sweeps (and is not about the border)",
  decides: 'the people a raid detained are its arrests: arrests, not detention',
  fires: [
    'ICE agents raided a meatpacking plant in Tennessee on Thursday. They detained 86 workers for being in the country illegally.',
    'Earlier in January, raids in Georgia and elsewhere had detained 121 adults and children, according to ICE.',
  ],
  silent: ['Earlier in January, raids in Georgia drew protests. ICE held 121 adults and children in detention at the Stewart center.', 'ICE detained 38,000 people on an average day in 2024, the agency said.'],
});
export const BORDER_AGENCY_CLAUSE = defineRule({
  id: 'category.border-agency-clause',
  stage: 'category',
  looksFor:
    "a number whose counted noun is arrests or apprehensions and whose own clause names the border agency as the one that made them, right before the number ('Border agents made about 124,000 arrests'), with ICE not named in that clause, whatever else the sentence names; not another counted noun ('CBP added 3,798 book-ins')",
  decides: "the number's own subject decides: the Border Patrol's arrests are border apprehensions: border",
  fires: ['Border agents made about 124,000 arrests in January, down from a record of roughly 250,000 in December.', 'ICE arrested 31,607 people in June, while border agents made 5,115 arrests at the southern border.'],
  silent: ['ICE officers made about 18,000 arrests last month, border officials said.', 'In July, ICE recorded 27,483 arrests inside the United States and CBP added 3,798 book-ins.'],
});
export const BOOK_INS = defineRule({
  id: 'category.book-ins-detention',
  stage: 'category',
  looksFor: "book-ins into detention right after the number, or a part of them: '192,000 book-ins into ICE detention centers', '20,100 of the book-ins came from CBP arrests'",
  decides: 'admissions into detention are a detention count, whoever made the arrests: detention',
  fires: [
    'In fiscal 2023 ICE recorded 190,000 book-ins into ICE detention centers.',
    'In May 2024, 20,100 of the book-ins came from CBP arrests and 8,400 from ICE arrests.',
    'Nationwide, ICE recorded 31,625 arrests in June 2025, and Customs and Border Protection added 5,112 people who were later booked into ICE detention that month.',
  ],
  silent: ['ICE book-ins, a stand-in for arrests, slipped below 900 a day in July.'],
});
export const BOOK_INS_BY_ARRESTER = defineRule({
  id: 'category.book-ins-by-arrester',
  stage: 'category',
  looksFor: "an arrest or border count in a sentence about admissions to ICE detention (book-ins, 'booked into ICE custody', 'handed to ICE', 'transfers from CBP', 'those held … first arrested by'), unless the writer takes book-ins for arrests",
  decides: 'book-ins and people held, split by the agency that arrested them, are a detention count: detention',
  fires: [
    'In June, 36,722 people were booked into ICE custody: 31,607 after arrests by ICE and 5,115 handed over by CBP.',
    'Between Oct. 1 and Nov. 15, ICE logged 54,735 book-ins and Customs and Border Protection 7,066.',
    'People handed to ICE after arrests by the Border Patrol rose from 3,024 to 4,696 in February.',
  ],
  silent: [
    'ICE book-ins, a stand-in for arrests, slipped below 900 a day in July.',
    'ICE arrested 31,607 people in June and CBP arrested 5,115 at the border.',
  ],
});
export const JUDGES = defineRule({
  id: 'category.judges-courts',
  stage: 'category',
  looksFor: "'judges' or 'IJs' in the counted noun of a staff number",
  decides: "immigration judges are the courts' capacity, whoever hires them",
  fires: ['The Pentagon sent 600 judge-advocate officers to serve in immigration courts.'],
  silent: ['The Pentagon sent 600 officers to help ICE.'],
});
export const RELEASED_ATD = defineRule({
  id: 'category.released-atd',
  stage: 'category',
  looksFor: 'people released from detention with monitors',
  decides: 'they are in alternatives to detention: atd',
  fires: ['ICE has released 30,000 detainees from custody, some with monitors.'],
  silent: ['ICE held 30,000 people in detention last week.'],
});
export const COURT_STAFF = defineRule({
  id: 'category.court-staff',
  stage: 'category',
  looksFor: 'staff in a sentence about the immigration courts, with no enforcement agency named',
  decides: 'staff of the courts count for the courts',
  fires: ['Immigration judges have fewer than 3,000 support staff to handle the backlog.'],
  silent: ['ICE has fewer than 3,000 staff to handle the backlog.', 'Not all of the 6,000 deportation officers work the cases on the docket.'],
});
export const STAFF_EMPLOYER = defineRule({
  id: 'category.staff-needs-employer',
  stage: 'category',
  looksFor: 'a staff number in a sentence that names no enforcement employer (and a paragraph that names no agency for its officers)',
  decides: "the staff are someone else's: the next best category, or no claim",
  fires: ['ICE raided the meatpacking plant last week. The plant employs 2,500 people.'],
  silent: ['ICE raided the plant last week. The agency employs 2,500 people.'],
});
export const CBP_COUNT = defineRule({
  id: 'category.cbp-count',
  stage: 'category',
  looksFor: "a number with no cue in a sentence that names CBP or the Border Patrol (not ICE) and enforcement, encounters or crossings",
  decides: 'a count the border agency reports: border',
  fires: ['CBP has recorded 2,150,639 enforcement actions so far, the agency said.'],
  silent: ['ICE has recorded 2,150,639 enforcement actions so far, the agency said.'],
});
export const DETAINED_BY_CBP = defineRule({
  id: 'category.detained-by-cbp',
  stage: 'category',
  looksFor: "'detained by CBP' or 'detained by the Border Patrol' in the sentence",
  decides: 'people held by the border agency: border',
  fires: ['About 3,000 migrants were in custody after being detained by Border Patrol agents.'],
  silent: ['About 3,000 migrants were in ICE custody after being detained by officers.'],
});
export const BORDER_AUTHORITY = defineRule({
  id: 'category.border-authority',
  stage: 'category',
  looksFor: "a count of removals whose own clause names the border authority it was processed or expelled under: 'expelled under Title 42', 'Expulsions under Title 42 made up 564,303', '137,180 were processed under Title 8'",
  decides: "expulsions and processing under Title 42 or Title 8 are CBP's outcomes of its border encounters: border, not removals",
  fires: [
    'Migrant encounters at the southern border passed one million this fiscal year, and only 328,454 of them were expelled under Title 42.',
    "Of April's encounters, 96,908 were expelled under Title 42 and 137,180 were processed under Title 8, CBP said.",
    "Expulsions under Title 42 made up 564,303 of the year's border enforcement actions.",
  ],
  silent: [
    'ICE removed 271,484 people in fiscal 2024 under its own authority.',
    'ICE removed 142,580 people under Title 8 in fiscal 2022, its annual report said.',
    'Enforcement and Removal Operations carried out 142,580 removals and 62,545 Title 42 expulsions to more than 170 countries.',
  ],
});
export const GOAL_ASIDE = defineRule({
  id: 'category.goal-aside',
  stage: 'category',
  looksFor:
    "a goal word the count is set against ('despite President Trump's promise of more deportations: around 11,000 in February') or one inside a side clause closed before the number ('The spreadsheet, which should be near final four months on, shows ICE removed 55,590')",
  decides: 'the goal word governs no number after it: the count stays a count of what was done',
  fires: [
    "ICE data show the agency deported fewer immigrants in February 2025 than a year before, despite President Trump's promise of more deportations: around 11,000 in February against just over 12,000 in February 2024.",
    "The agency's spreadsheet, which should be near final four months after the year closed, shows ICE removed 55,590 aliens in FY 2021.",
  ],
  silent: ["President Trump's promise of more deportations: around 1 million a year.", 'The agency should be removing 3,000 people a day, officials said.'],
});
export const RELATIVE_CLAUSE_VERB = defineRule({
  id: 'category.relative-clause-verb',
  stage: 'category',
  looksFor: "a verb of enforcement inside a relative clause on the counted people, followed by the main verb: 'Nearly 4,300 people who had been arrested by ICE were deported last month'",
  decides: 'the relative clause says which people; the main verb after it says what the number counts',
  fires: ['Nearly 4,300 people who had been arrested by ICE were deported last month, against 2,100 in February 2024.'],
  silent: ['Nearly 4,300 people were arrested by ICE last month and later deported.', 'ICE data show 4,300 people who were deported last month.'],
});
export const DOCKET_NAMED_BEFORE = defineRule({
  id: 'category.docket-named-before',
  stage: 'category',
  looksFor: "a count whose only courts cue is 'docket', in a paragraph that names ICE's non-detained docket: 'ICE's non-detained docket is expected to pass eight million. When Trump left office the docket held only about 3.2 million'",
  decides: "'the docket' points back at ICE's non-detained docket: detention, not the courts",
  fires: ["By the end of the year, ICE's non-detained docket is expected to pass eight million. When Donald Trump left office in 2021 the docket held only about 3.2 million."],
  silent: ["By the end of the year, ICE's non-detained docket is expected to pass eight million. The immigration courts' docket held about 3.2 million cases in 2023."],
});
export const GOAL_WORD = defineRule({
  id: 'category.goal-word',
  stage: 'category',
  looksFor: "a target word in the number's clause (target, quota, goal, plans to, wants, vowed…) on removals or arrests",
  decides: 'a target, promise or quota: goal',
  fires: [
    'The White House has set a target of 3,000 ICE arrests a day.',
    "The administration has told ICE's leaders to lift daily arrests to 3,000.",
    "ICE is over budget, strained by the president's order that agents arrest 3,000 immigrants a day.",
    'Officials told ICE leaders that each field office should make 75 arrests a day.',
    'The administration has set a new bar for ICE: at least 3,000 arrests every day.',
    "The money supports the administration's aim of holding 100,000 people in immigration detention and reaching 1 million deportations a year.",
    "The administration's drive for 3,000 immigration arrests a day has created intense demand for jail space.",
  ],
  silent: ['ICE made 3,000 arrests a day in June.', 'One targeted operation in Texas picked up 312 people with sex-offense convictions.', 'Each ICE field office made 75 arrests a day in June, officials said.'],
});
export const STAFF_PHRASE = defineRule({
  id: 'category.staff-phrase',
  stage: 'category',
  looksFor: "a count whose counted phrase is the border agency's name followed by a staff noun ('16,000 Border Patrol officers', '1,500 more Customs and Border Protection personnel'), with no verb of arrest right before it",
  decides: 'the staff are counted, the agency only says whose: personnel, not border',
  fires: ['Nearly 6,000 CBP officers patrol the northern border, while more than 16,000 Border Patrol officers are assigned to the border with Mexico.'],
  silent: ['More than 16,000 Border Patrol apprehensions were recorded along the border with Mexico in May.'],
});
export const ACTS_OF_PEOPLE = defineRule({
  id: 'category.acts-of-people',
  stage: 'category',
  looksFor: "a number read as the unauthorized population whose clause counts an enforcement act of those people before it: 'arrests of illegal immigrants crossing the southwest border are up 13 percent', 'cut apprehensions of undocumented migrants by 20%'",
  decides: 'the act counted decides the category (border, arrests, removals), not the people it counts',
  fires: [
    'Arrests of illegal immigrants crossing the southwest border are up 13 percent on the same point last year, CBP said.',
    'More agents helped cut apprehensions of undocumented migrants at the U.S.-Mexico frontier by 20% this year.',
  ],
  silent: ['The number of undocumented immigrants in the country rose 13 percent, Pew estimates.'],
});
export const TITLE_NAME = defineRule({
  id: 'category.title-name',
  stage: 'category',
  looksFor: "a number read as staff whose only staff word is a title before a name: 'Chief Patrol Agent John Modlin reported approximately 9,000'",
  decides: 'the title names who spoke, not staff counted: the next best category',
  fires: ['Border Patrol agents in the sector apprehended 5,281 migrants; the week before, Chief Patrol Agent John Modlin reported approximately 9,000.'],
  silent: ['The Border Patrol has 19,000 agents, Chief Patrol Agent John Modlin said.'],
});
export const AGENCY_SIZE = defineRule({
  id: 'category.agency-size',
  stage: 'category',
  looksFor: "a multiplier whose object is the border agency itself ('double the Border Patrol', 'doubled the size of the Border Patrol'), or the first of a pair whose staff noun follows the second ('from about 11,000 to 21,000 agents')",
  decides: "the agency's size is counted in agents: personnel, not border",
  fires: [
    'Calls in Congress to roughly double the Border Patrol would take it from about 11,000 to 21,000 agents.',
    'CBP has more than doubled the size of the Border Patrol since 2004, the department says.',
  ],
  silent: ['Border Patrol apprehensions more than doubled along the southwest border this year.', 'Arrests by the Border Patrol rose from about 11,000 to 21,000 in a month.'],
});
export const CAPACITY_TARGET = defineRule({
  id: 'category.capacity-target',
  stage: 'category',
  looksFor: "a number right after 'space for', 'room for', 'beds for' or 'capacity of' in a clause with a target word",
  decides: 'a target of room to hold people is detention capacity, not a goal of removals (targets of capacity keep their category)',
  fires: ['The agency holds about 59,000 immigrants, and it will need far more room to reach its goal of space for 100,000 deportees at once.'],
  silent: ['The administration has set a goal of 1 million deportations a year.'],
});
export const GOAL_FUTURE = defineRule({
  id: 'category.goal-future',
  stage: 'category',
  looksFor: "a removal or arrest count governed by 'will' or 'would' ('would deport up to 2 million'), or followed by 'would be deported' or 'would be picked up', with no pace it projects ('at that pace')",
  decides: 'a promise or a projection, not a count done: goal',
  fires: [
    'The candidate said he would quickly deport up to 2 million people.',
    'If the raids go on, 400,000 more people would be arrested by December.',
    'The centerpiece would be the mass deportation of more than 11 million undocumented migrants.',
    'Homan told the paper how the new administration will go about detaining and deporting hundreds of thousands of people living in the country illegally.',
  ],
  silent: ['The agency said it had deported up to 2 million people.', 'By December, 400,000 more people had been arrested.', 'At that pace the agency would remove about 480,000 people by September.'],
});
export const GOAL_BASELINE = defineRule({
  id: 'category.goal-baseline',
  stage: 'category',
  looksFor: "a target word before the number with 'previous', 'from', 'than' or 'since' between them: 'far above previous rates, which were 700 a day'",
  decides: 'the number is the baseline the target is measured against, not the target',
  fires: ['That goal dwarfs previous ICE arrest rates, which were about 600 arrests a day.'],
  silent: ['That goal calls for about 600 ICE arrests a day.', 'In May the White House lifted its daily ICE arrest goal from about 1,000 arrests a day to 3,000 a day.'],
});
export const GOAL_MILLIONS = defineRule({
  id: 'category.goal-millions',
  stage: 'category',
  looksFor: "a vague number of millions of deportations or arrests with no past-tense verb of removal: 'the removal of millions'",
  decides: 'an ambition, not a count: goal',
  fires: ['Trump has spoken of the removal of millions of immigrants.'],
  silent: ['Obama deported millions of immigrants during his two terms.'],
});
export const GOAL_HYPOTHETICAL = defineRule({
  id: 'category.goal-hypothetical',
  stage: 'category',
  looksFor: "'deporting N' followed by 'would', 'could' or 'might'",
  decides: 'a hypothetical, not a count: goal',
  fires: ['Deporting 1 million people a year would cost more than $80 billion.'],
  silent: ['ICE deported 1 million people over three years.'],
});
export const GOAL_COST = defineRule({
  id: 'category.goal-cost',
  stage: 'category',
  looksFor: "a cost 'to deport' a number: 'an annual cost of $88 billion to deport one million'",
  decides: 'the price of a plan: the number deported is a goal',
  fires: ['The group puts the cost at $95 billion a year to deport one million immigrants annually.'],
  silent: ['The group says ICE deported one million immigrants over five years.'],
});
export const GOAL_QUESTION = defineRule({
  id: 'category.goal-question',
  stage: 'category',
  looksFor: 'a removal or arrest count in a question',
  decides: 'a question states no fact: goal',
  fires: ['Can ICE really deport a million people a year?'],
  silent: ['ICE really deported a million people in a year.'],
});
export const HELD_CASES = defineRule({
  id: 'category.held-cases',
  stage: 'category',
  looksFor: "'hold' or 'house' before a number whose counted noun is cases, applications or claims",
  decides: 'the verb holds cases, not people: it does not make the number detention',
  fires: ['Immigration courts across the country hold about 3,687,750 open cases.'],
  silent: ['ICE detention centers across the country hold about 61,000 people.'],
});
export const DETAINERS = defineRule({
  id: 'category.detainers',
  stage: 'category',
  looksFor: "'detainers', 'detainer requests' or 'detentions' as what a number counts",
  decides: 'a detainer asks a jail to hold someone for ICE, and detentions are people taken in: both count arrests',
  fires: ['By March 2017, ICE recorded preparing 13,971 detainers, 31.7 percent more than in January.', 'ICE carried out 14,000 detentions in June, a record.'],
  silent: ['The county jail, which books about 150 people a day, stopped honoring ICE detainers in 2014.'],
});
export const REMOVALS_BY_ARREST_PLACE = defineRule({
  id: 'category.removals-by-arrest-place',
  stage: 'category',
  looksFor: "a number whose counted noun is removals or deportations, followed by where or by whom the people were first arrested: 'removals of people apprehended by the Border Patrol'",
  decides: 'removals, whatever the place of arrest: removals',
  fires: ['ICE carried out 113,431 border removals in fiscal 2024.'],
  silent: ['The Border Patrol made 113,431 apprehensions of people crossing illegally.'],
});
export const REMOVED_BY_ARRESTER = defineRule({
  id: 'category.removed-by-arrester',
  stage: 'category',
  looksFor: "a part of the people removed ('of them', 'Of those removed', 'of those deported') followed by where or by whom they were first arrested: '95,360 of them arrested in the interior', '160,725 caught by the Border Patrol'",
  decides: 'removals split by the arresting agency or place are still removals: removals',
  fires: [
    'ICE deported more than 256,000 illegal aliens in fiscal 2018, 95,360 of them arrested in the interior and 160,725 caught by the Border Patrol.',
    'Of those removed by ICE, nearly 70,000 had been arrested inside the United States.',
    'Only 47,000 of those deported had been arrested in the interior.',
    'ICE removed 271,484 people in FY2024; 47,732 of them had first been arrested by ICE, and the other roughly 223,752 were first encountered by CBP at the border.',
  ],
  silent: [
    'ICE deported 256,000 people in fiscal 2018, and the Border Patrol arrested 404,000 migrants at the border.',
    'ICE arrested 95,360 people in the interior, and 160,725 were caught by the Border Patrol.',
  ],
});
export const COLON_VERB = defineRule({
  id: 'category.colon-verb',
  stage: 'category',
  looksFor: "a number of people right after a colon whose clause before it has a past verb of enforcement: 'deported more immigrants than ever before …: 409,849 undocumented immigrants'",
  decides: 'the count after the colon is what the verb did (removals, arrests); the people noun only says who',
  fires: [
    "Federal officials deported more immigrants than ever before, by ICE's own count released last week: 409,849 undocumented immigrants in fiscal 2012.",
    'Officials said on Tuesday that the agency had deported fewer immigrants in the twelve months to September 2015 than in any year since 2006, by its own count: about 235,413 people.',
  ],
  silent: ['Pew gave its new estimate last week: 11.1 million undocumented immigrants lived in the country in 2012.', 'Federal officials deported more immigrants than ever before; 11 million undocumented immigrants still live in the country.'],
});
export const ARRESTS_BY_AGENTS = defineRule({
  id: 'category.arrests-by-agents',
  stage: 'category',
  looksFor: "a staff number right after a verb of arrest or of processing people: 'when agents caught 858,638', 'officers arrested 1,200', 'agents … instead of processing hundreds of people a day'",
  decides: 'the agents are who arrested; the number counts the arrests (border apprehensions in a border paragraph)',
  fires: [
    'That is the most apprehensions since 2007, when Border Patrol agents caught 858,638.',
    'Of October\'s arrests, nearly 57,000 were on the southwest border, where agents averaged nearly 128,000 a month in FY24.',
    "With Customs and Border Protection's statistics now official, the San Diego Sector reports a steep fall in crossings. The chief says no longer releasing people lets agents go back to patrol instead of processing hundreds of people a day.",
  ],
  silent: ['The Border Patrol had 21,444 agents in 2011.', 'The Border Patrol workforce averaged 19,500 agents in fiscal 2024.', 'ICE officers, some working six days a week, made about 18,000 arrests last month.'],
});
export const FINAL_ORDERS = defineRule({
  id: 'category.final-orders',
  stage: 'category',
  looksFor: "people with orders of removal right after the number: '1.4 million people who already have removal orders', '560,000 other immigrants ordered deported'",
  decides: "people with final orders are the courts' count (no metric), not removals done: courts",
  fires: [
    'DHS officials have talked about how to remove the 1.4 million people who already have removal orders.',
    'Over 560,000 other immigrants ordered deported remain at large as fugitives.',
  ],
  silent: ['ICE removed 271,000 people in fiscal 2024, many of them with final orders issued years ago.', 'ICE removed 1,000 people ordered removed by an immigration judge last month.'],
});
export const ICE_ENCOUNTERS = defineRule({
  id: 'category.ice-encounters',
  stage: 'category',
  looksFor: "'encounters' as the only border cue, in a sentence that names ICE or the interior and no border, Border Patrol or CBP",
  decides: "the agency's own encounters are interior enforcement: arrests, not border",
  fires: ['ICE logged 200,000 interior encounters in fiscal 2023.', 'ICE encounters in the interior rose to 170,000 last year.'],
  silent: ['Border Patrol encounters rose to 170,000 last month.', 'Encounters at the southwest border rose to 170,000 last month.'],
});
export const OPENING_CLAUSE = defineRule({
  id: 'category.opening-clause',
  stage: 'category',
  looksFor: "a cue word in a subordinate clause that opens the sentence ('As …', 'Amid …', 'While …') and ends in a comma before the number",
  decides: 'the opening clause sets the scene; its words weigh as a side clause',
  fires: ['Amid the push for mass deportations, about 61,000 people are now held in immigration detention.'],
  silent: ['After the push for mass deportations began, ICE deported about 61,000 people.', 'Amid the push, ICE deported about 61,000 people.'],
});
export const CASES_OF = defineRule({
  id: 'category.cases-of-docket',
  stage: 'category',
  looksFor: "a number counting 'cases' (and no other courts word) after a docket or program of another category in its clause: 'the non-detained docket has reached 7.4 million cases'",
  decides: "'cases' is only the unit: the docket or program named before the number says whose cases they are",
  fires: ["ICE's non-detained docket grew to about 6.9 million cases last year."],
  silent: ['The immigration courts had about 3.9 million cases pending last year.'],
});
export const PHRASE_HEAD = defineRule({
  id: 'category.phrase-head',
  stage: 'category',
  looksFor: "a cue word after 'of' inside the counted noun phrase: 'arrests of undocumented immigrants'",
  decides: 'the words after "of" describe the counted noun, which heads the phrase and says what is counted; they weigh less',
  fires: ['Texas recorded 4,120 arrests of undocumented immigrants in May.'],
  silent: ['Texas is home to 1.6 million undocumented immigrants, Pew says.'],
});
export const POPULATION_ESTIMATE = defineRule({
  id: 'category.population-estimate',
  stage: 'category',
  looksFor: "millions with no cue of their own in a sentence where a body known for estimating the unauthorized population (Pew, MPI, CMS, CIS, FAIR, DHS's Office of Immigration Statistics) gives an estimate or figure",
  decides: 'the estimate of the unauthorized population: population',
  fires: [
    "ICE arrests fell in 2024. Pew's estimate climbed from 11.8 million in 2022 and passed the earlier peak of 12.2 million set in 2007.",
    'The Federation for American Immigration Reform put its own March figure at 18.6 million.',
    'A Pew Research Center analysis finds the number of undocumented immigrants has held steady. An estimated 10.9 million lived in the country in 2015.',
  ],
  silent: ["Pew's survey found that 2.7 million Latino adults had a relative facing deportation.", 'Immigration rose again. The estimate climbed from 11.8 million in 2022.'],
});
export const STAY_IS_DETENTION = defineRule({
  id: 'category.stay-is-detention',
  stage: 'category',
  looksFor: "days of a stay or an average stay whose cues name who made the arrest: 'people arrested by CBP spent roughly 63 days in detention on average', 'people booked in after ICE arrests staying around 40 days'",
  decides: "a stay is detention's count, whoever made the arrest",
  fires: ['The arresting agency matters: an analysis found that people arrested by Customs and Border Protection spent roughly 63 days in detention on average, against about 44 for those arrested by ICE.'],
  silent: ['ICE officers, some working six days a week, made about 18,000 arrests last month.', 'An analysis found that people arrested by Customs and Border Protection numbered roughly 63,000 in May.'],
});
