/**
 * Rules that make a claim: what turns a quantity in an enforcement sentence into a claim, and how a
 * number with no cue of its own borrows one (from its neighbour, or from the sentence before).
 */
import { defineRule } from '../../rules';

export const CUED = defineRule({
  id: 'claim.cued',
  stage: 'claim',
  looksFor: "a cue word of a category in the number's stretch of the sentence: its counted noun ('removals'), a word before it ('deported'), or after it",
  decides: 'the number is a claim of the best-scoring category',
  fires: [
    'ICE deported 271,484 people in fiscal 2024.',
    // cue phrases of the lexicon: 'immigration jails' (detention), 'caught trying to enter' (border)
    'Thousands of people wait inside immigration jails in rural Louisiana.',
    'The DHS report says the number of people caught trying to enter the country illegally fell by more than 23 percent last year.',
  ],
  silent: ['ICE said the weather was 40 degrees.'],
});
export const MONEY = defineRule({
  id: 'claim.money',
  stage: 'claim',
  looksFor: "dollars (or 'billions' with no noun) with a budget or enforcement word anywhere in the sentence",
  decides: 'money spent on enforcement: a budget claim',
  fires: ['Congress appropriated $8.3 billion for ICE in fiscal 2020.', 'CBP gets $11.5 billion, of which $2.3 billion may go to boats, aircraft and drones.', 'ICE expanded its alternatives to detention this year. The contractor charges $5.20 a day per person for GPS monitoring.', 'Sacramento County had held immigration detainees since 2013 in return for roughly $6.6 million a year.'],
  silent: ['ICE agents arrested 8,300 people in fiscal 2020.', 'The county fair took in roughly $6.6 million a year.'],
});
export const NEIGHBOUR = defineRule({
  id: 'claim.neighbour',
  stage: 'claim',
  looksFor: 'a number with no cue of its own after a claim in the same sentence (or a sentence that goes on with the last)',
  decides: "the number counts what its neighbour counts (its category before any target made it a goal)",
  fires: ['ICE removed 7,900 people a month this spring, down from 9,400 a month a year earlier.'],
  silent: ['ICE removed 7,900 people a month this spring.'],
});
export const RESTATEMENT = defineRule({
  id: 'claim.restatement',
  stage: 'claim',
  looksFor: "a number after ', averaging', ', totaling', ', or' that restates the one before",
  decides: "the restatement counts the same thing, a target's sum a target too",
  fires: ['Officers were required to make 75 arrests daily, totaling about 1,200 to 1,500 for the team.', 'The White House told ICE to lift arrests to 3,000 a day, an annual total of more than one million.'],
  silent: ['Officers made 75 arrests daily and 1,200 removals for the team.'],
});
export const SIDE_CLAUSE = defineRule({
  id: 'claim.side-clause-carry',
  stage: 'claim',
  looksFor: "a number whose every cue sits in a side clause ('a reflection of crowded courts'), after a claim in the sentence",
  decides: "the number counts what its neighbour counts, not what the side clause names",
  fires: ['ICE removed 81,603 people from the interior in 2017, up from 65,332 the year before, a reflection of the growing immigration court backlog.'],
  silent: ['The immigration courts held 65,332 hearings the year before.'],
});
export const CARRY_OVER = defineRule({
  id: 'claim.carry-over',
  stage: 'claim',
  looksFor: "a sentence that goes on with the last count: 'It averaged about 800', 'The figure was…', 'That number rose to…', 'That works out to…', a change with no cue of its own, a multiplier of 'it' ('set out to double it')",
  decides: "its number counts what the sentence before counted",
  fires: [
    'ICE detention hit a record in June. The figure was 59,000, agency data show.',
    'Over the first three weeks, ICE arrested roughly 14,000 people. That works out to 667 a day.',
    'The detention system was able to hold close to 50,000 migrants. His administration quickly set out to double it.',
    'ICE deported 47,000 people arrested in the interior in fiscal 2024. That compares with 85,958 in fiscal 2019.',
    'ICE arrests averaged 1,100 a day in June. That is well below the peak of more than 2,000 a day.',
    'Border Patrol agents made 2.2 million apprehensions last fiscal year. The earlier record, from 2000, was 1.6 million.',
    'Border Patrol agents logged 190,000 encounters in June. The busiest month of the year was March, with more than 210,000.',
    'Border Patrol arrests on the southwest border reached 480,000 in fiscal 2019. Still, the rise from 310,000 to 480,000 left the total below the peak.',
    'About 11 million unauthorized immigrants lived in the country in 2022, Pew says. Among Hondurans, their number grew by about 250,000.',
    'California carries the biggest immigration court backlog, 123,217 cases. Texas comes next with 103,384 pending, and New York third with 89,489.',
    'The agency topped 300,000 deportations in fiscal 2025. The agency last topped 300,000 in 2014.',
    'In Biden\'s last full fiscal year ICE deported 271,484 people. Under Trump the tally was about 330,000.',
    'The immigration court backlog passed 3 million cases in 2023. The average wait for a hearing is 690 days.',
    'Border Patrol agents in the Swanton Sector apprehended 365 illegal crossers in fiscal 2021. In fiscal 2023 it had set a record of more than 6,700.',
    'CBP put migrant encounters at the southern border at 2,378,944 in fiscal 2022. The 2.3 million of 2022 is well above fiscal 2021.',
    'Border Patrol recorded about 86,000 gotaways in 2011. Under Biden the count rose every year: 387,398 in fiscal year 2021.',
    "Border Patrol agents encountered more than 47,000 migrants in December. Texas DPS figures put February's pace at about 328 a day.",
    "The Center for Migration Studies puts the undocumented population at 11.7 million. Guesses in the 1980s often put the population between 10 and 12 million.",
    "The Center for Migration Studies puts the undocumented population at 11.7 million. An article claimed the population had grown by 10 million in three years.",
    'ICE issued about 500 detainers a day in January. Over the next 30 days, the daily average climbed again to 640.',
    "CBP data show apprehensions at the Mexican border running well below earlier years. June's figure, 21,600, was about 50% lower than a year earlier.",
    'The Department of Homeland Security reports a steep fall in apprehensions at the southern border. In the first six months of the fiscal year, the agency saw a 25 percent drop from a year before.',
    'ICE removals averaged 661 a day in February. From February 9 to February 22 the pace sank to 600 a day.',
    'The Center for Migration Studies estimates 10.9 million illegal immigrants lived in the country in 2014. The 100,000 decline it reports from 2013 to 2014 is within the margin of error.',
  ],
  silent: ['ICE detention hit a record in June.\nThe figure was 59,000, agency data show.'],
});
export const DURATION_LIMIT = defineRule({
  id: 'claim.duration-limit',
  stage: 'claim',
  looksFor: "days, months or years that limit how long people may be held: 'cannot be detained for more than 20 days', 'a 20-day limit on how long'",
  decides: 'a legal limit on a stay in detention is a claim, quoted with its unit',
  fires: ['Under the settlement, children cannot be held in ICE detention for more than 20 days.', 'The bill would set a 30-day limit on how long ICE may detain families.'],
  silent: ['The child was held in ICE detention for 20 days.', 'The bill would give ICE 30 days to report on detention.'],
});
export const PREVIOUS_RECORD = defineRule({
  id: 'claim.previous-record',
  stage: 'claim',
  looksFor: "'the previous high of', 'the prior record of' before a number in a sentence that goes on with a count",
  decides: 'the old record counts what the new one counts',
  fires: ['Border Patrol agents recorded 2.4 million encounters last year, eclipsing the previous high of 1.6 million in 2021.'],
  silent: ['Border Patrol agents recorded 2.4 million encounters last year, up from 1.6 million in 2021.'],
});
export const AVERAGE_DURATION = defineRule({
  id: 'claim.average-duration',
  stage: 'claim',
  looksFor: "days, months or years governed by an average word or a verb of staying or waiting ('stayed 43.7 days on average', 'a decision takes about 636 days', 'would take 4.4 years to clear the backlog')",
  decides: "an average stay in detention or wait in the immigration courts is a claim, quoted with its unit",
  fires: [
    'The average length of stay in ICE detention rose to 47 days.',
    'In fiscal 2022, some 272,000 people passed through ICE detention, staying 34 days on average.',
    'Immigration courts hold about 3.7 million open cases, and a decision takes about 636 days on average.',
    'TRAC says the projected time from filing to a hearing in immigration court now stands at 1,071 days.',
    'The immigration court backlog rose from 212,000 cases, pending a median 198 days, to 437,000 in 2015, with a median of 404 days.',
  ],
  silent: ['She has been held in ICE detention for 47 days.', 'ICE logged an average of 990 book-ins a day over the first 26 days of July.'],
});
export const MULTIPLIER = defineRule({
  id: 'claim.multiplier',
  stage: 'claim',
  looksFor: "a multiplier of a count: 'nearly three times the number', 'twice as many', 'more than doubled', 'tripling', 'halved', 'tenfold' (not 'arrested twice', 'doubled down', 'double beds')",
  decides: 'the multiplier is a claim of a change in percent (doubled 100, tripled 200, halved 50), of the category of what it multiplies',
  fires: [
    'ICE arrests more than doubled in fiscal 2025, the agency said.',
    'Immigration judges finished twice as many cases in fiscal 2024 as in fiscal 2019.',
    'Deportations from the interior grew by a factor of 4.6 over nine months, a study found.',
    // a sentence whose only number is a multiplier is read, not skipped as numberless
    'A new study tracks ICE enforcement under Trump. ICE arrests overall quadrupled, driven by street arrests.',
    // a hedge of a multiplier: 'more or less double'
    "ICE's detention budget would more or less double under the plan.",
    // a multiplier used as a verb multiplies its object, whatever measure came before
    'Public worry has fed calls in Congress to roughly double the Border Patrol, taking it from about 11,000 to 21,000 agents.',
  ],
  silent: ['The man was arrested twice by ICE officers in 2019.', 'The ICE detention center has 40 double bunks.'],
});
export const MULTIPLIER_BESIDE = defineRule({
  id: 'claim.multiplier-beside',
  stage: 'claim',
  looksFor: "a multiplier set beside the count before it: after a comma, a dash or 'is/was' ('3,000 arrests a day, five times the daily average', 'was almost double the 1.9 million', 'That's tripling')",
  decides: 'the multiplier multiplies that count: it takes its category, a goal included',
  fires: ['The White House told ICE to make 3,000 arrests a day, five times the daily average of 2024.', 'The court backlog of 3.7 million cases was almost double the 1.9 million of fiscal 2022.'],
  silent: ['ICE made 3,000 arrests a day in June, and its detention population more than doubled since January.', 'ICE street arrests rose to 30,000, while voluntary departures were more than 21 times higher.'],
});
export const MULTIPLIER_FROM_TO = defineRule({
  id: 'claim.multiplier-from-to',
  stage: 'claim',
  looksFor: "a multiplier, or a percent with no cue of its own, whose change goes on from or to a count: 'doubled, from about 5,000 arrests', 'more than quadrupled in three years, to 78,000 pending cases', 'down 68 percent to 24,726 apprehensions'",
  decides: 'the multiplier or percent counts what that count counts',
  fires: ['Along the border, apprehensions in the Rio Grande Valley doubled, from about 5,000 arrests in November to 10,000 in December.', 'The steepest falls were in Yuma, Ariz., down 68 percent to 24,726 apprehensions.', 'Trump is reportedly planning a major expansion, including doubling the current 41,000 ICE detention beds.'],
  silent: ['Along the border, apprehensions in the Rio Grande Valley doubled in December.'],
});
export const PLACE_GOES_ON = defineRule({
  id: 'claim.place-goes-on',
  stage: 'claim',
  looksFor: "a sentence that opens on a place's count ('Tucson's approximately 80,000') where the place was named in the sentence before, which made a claim",
  decides: "the number goes on with the sentence before: it counts what that sentence's count counted, in that place",
  fires: ['Border Patrol agents in the Tucson and Del Rio sectors apprehended approximately 151,000 migrants in December. Tucson\'s approximately 80,000 tops its record of 76,245.'],
  silent: ['Border Patrol agents in the Tucson and Del Rio sectors apprehended approximately 151,000 migrants in December. Phoenix\'s approximately 80,000 residents watched.'],
});
export const PART_OF_NEXT = defineRule({
  id: 'claim.part-of-next',
  stage: 'claim',
  looksFor: "a bare number that is a part of the count right after it: 'some 240,000 of the roughly 450,000 deportations', '70 out of 100 beds'",
  decides: 'the part counts what the whole after it counts',
  fires: ['According to DHS, ICE carried out some 240,000 of the roughly 450,000 deportations that year.'],
  silent: ['According to DHS, ICE carried out some 240,000 deportations of the roughly 450,000 that year.'],
});
export const SHARED_NOUN = defineRule({
  id: 'claim.shared-noun',
  stage: 'claim',
  looksFor: "a bare number joined by 'and', 'or' or 'to' to the number right after it, which names what both count: 'with 89,000 and 81,000 pending cases', 'between 6,000 or 7,000 arrests'",
  decides: 'the first number counts what the second one names',
  fires: ['The immigration court backlog keeps growing. Texas and California carry the largest caseloads, with 89,000 and 81,000 pending cases.'],
  silent: [
    'The immigration court backlog keeps growing. Texas and California carry the largest caseloads, with 89,000 pending cases and 81,000 in all.',
    'The immigration court backlog keeps growing. In Texas, 89,000 people and 81,000 pending cases wait.',
  ],
});
export const SMALL_GOES_ON = defineRule({
  id: 'claim.small-goes-on',
  stage: 'claim',
  looksFor: "a small number with no cue of its own that goes on from a claim of the same category made earlier in its sentence, or first in a sentence that goes on with the last one: 'the most arrests, 107, followed by Los Angeles with 101 and Denver with 63', '…, and 57 undocumented workers', 'After Atlanta come Miami with 44'",
  decides: 'a member of the list of counts it goes on from, not a detail of one event: the small-event drop does not apply',
  fires: [
    'ICE said Philadelphia saw the most arrests in the sweep, 107, followed by Los Angeles with 101 and Denver with 63.',
    'ICE also arrested 42 undocumented men at a checkpoint in an airport, and 57 undocumented workers at a parachute maker.',
    'ICE agents in the Atlanta field office arrested 127 people in the operation. After Atlanta come Miami with 44, Dallas with 26 and Boston with 18.',
  ],
  silent: ['ICE agents arrested 12 people at the courthouse on Tuesday, and 3 were later released.', 'ICE made 142,750 administrative arrests in FY 2022, against 103,603 in FY 20.'],
});
export const WAIT_GOES_ON = defineRule({
  id: 'claim.wait-goes-on',
  stage: 'claim',
  looksFor: "days named as a wait right before them ('the longest waits, 643 days'), with no cue of their own, as the first number of a sentence right after one whose count was the courts'",
  decides: 'the days are a wait in the immigration courts: a courts claim',
  fires: ['The average time cases had been pending in the immigration courts rose to 459 days. California still had the longest waits, 643 days, against 627 days three months before.'],
  silent: ['The average time cases had been pending in the immigration courts rose to 459 days. California still had the longest drought, 643 days.'],
});
export const STAY_PARAGRAPH = defineRule({
  id: 'claim.stay-paragraph',
  stage: 'claim',
  looksFor: "days with no cue of their own in a paragraph about how long people stay in detention ('length of stay', 'how long people stay in ICE custody'): 'puts the average at 47 days', 'a fall from about 52 days in January'",
  decides: 'the days are a stay in detention: a detention claim',
  fires: [
    'Reports agree on how long people stay in ICE custody. The American Immigration Council puts the average at 47 days for fiscal year 2024.',
    'The average length of ICE detention fell in 2025. Reporters described a fall from about 52 days in January to roughly 46 days by the spring.',
  ],
  silent: [
    'Reports agree that ICE arrests rose in 2025. The American Immigration Council puts the average at 47 days for fiscal year 2024.',
    'Reports agree on how long people stay in ICE custody. ICE officers there work six days a week.',
  ],
});
