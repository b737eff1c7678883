import { describe, expect, it } from 'vitest';
import { detectClaims, type Claim } from '../../../lib/detect';

// Patterns of real news prose that the invented fixtures missed. Every sentence here is written for
// this test (same pattern as the prose it stands for, never a copy of it).

/** The claim whose quote contains `figure`, or undefined. */
function claimFor(text: string, figure: string): Claim | undefined {
  return detectClaims(text).find((c) => c.quote.includes(figure));
}

describe('real news patterns', () => {
  it('lets an enforcement verb beat the person noun it governs', () => {
    expect(claimFor('Officials said the agency has deported 412,000 illegal immigrants since the inauguration.', '412,000')?.category).toBe('removals');
    expect(claimFor('ICE is arresting about 950 illegal aliens a day, its own figures show.', '950')?.category).toBe('arrests');
    expect(claimFor('Border Patrol agents apprehended 41,200 illegal immigrants in March, agency data show.', '41,200')?.category).toBe('border');
    expect(claimFor('In the Houston sweep, 870 illegal immigrants were taken into custody over nine days, ICE said.', '870')?.category).toBe('arrests');
    // Without a verb on the number, the same noun still counts the population.
    expect(claimFor('Pew estimates that 10.9 million illegal immigrants live in the United States.', '10.9 million')?.category).toBe('population');
  });

  it('files the price of deporting a number as a plan, not a count', () => {
    expect(claimFor('The group puts the cost at $95 billion a year to deport one million immigrants annually.', 'one million')?.category).toBe('goal');
    expect(claimFor('- Arresting and deporting just 2 million people could cost taxpayers $40 billion, the study found.', '2 million')?.category).toBe('goal');
    expect(claimFor('ICE described an operation designed to round up more than 5 million people in the country illegally.', '5 million')?.category).toBe('goal');
  });

  it('reads directives and orders as targets', () => {
    expect(claimFor('Field offices were ordered to make 2,500 arrests every day, according to an internal ICE memo.', '2,500')?.category).toBe('goal');
    expect(claimFor("The directive that ICE agents arrest 1,800 people per day drew criticism from former officials.", '1,800')?.category).toBe('goal');
    expect(claimFor('Aides to the president asked for as many as 4,000 ICE arrests per day, two officials said.', '4,000')?.category).toBe('goal');
    expect(claimFor('ICE says it is targeting up to 800,000 deportations per year.', '800,000')?.category).toBe('goal');
  });

  it('keeps a baseline or a count beside a goal word a count', () => {
    const text = 'That goal dwarfs previous ICE arrest rates, which were about 600 arrests a day in the last year of the old administration.';
    expect(claimFor(text, '600')?.category).toBe('arrests');
    const pace = 'The agency is on pace for roughly 280,000 deportations this year against a stated goal of 1 million.';
    expect(claimFor(pace, '280,000')?.category).toBe('removals');
    expect(claimFor(pace, '1 million')?.category).toBe('goal');
  });

  it('reads no quantity in footnote marks, "Day 1" or a store name', () => {
    const cites = detectClaims('Reports said officials wanted 3,000 ICE arrests per day, a figure cited in several analyses [2] [5].');
    expect(cites.map((c) => c.quote)).toEqual(['3,000']);
    expect(detectClaims('The president said ICE deportations would begin on Day 1 of his term.')).toEqual([]);
    const stores = detectClaims('ICE agents arrested 35 people during raids at 60 7-Eleven stores across the country.');
    expect(stores.map((c) => c.quote)).toEqual(['35']);
  });

  it('carries the count of the sentence before into a sentence that only moves it', () => {
    const text =
      'Border Patrol apprehensions at the southwest border fell from 120,400 in May to 88,100 in June. ' +
      'This represents a decrease of 26.8 percent. Family units also dropped from 61,000 to 40,500 — a 33.6 percent drop. ' +
      'Those numbers rose again in July to 95,300, CBP officials detailed.';
    const claims = detectClaims(text);
    expect(claims.map((c) => c.quote)).toEqual(['120,400', '88,100', '26.8 percent', '61,000', '40,500', '33.6 percent', '95,300']);
    expect(new Set(claims.map((c) => c.category))).toEqual(new Set(['border']));
  });

  it('does not let a small non-claim number cut the next one off from its cue', () => {
    const text = 'Border apprehensions climbed from a 19-year low of 12,300 in April to 15,800 in May. ' +
      'Apprehensions of these three groups fell from 70,200 to 52,900.';
    expect(detectClaims(text).map((c) => [c.quote, c.category])).toEqual([
      ['12,300', 'border'], ['15,800', 'border'], ['70,200', 'border'], ['52,900', 'border'],
    ]);
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

  it('leaves out money for other things, the dead, protest arrests and an elided unit', () => {
    expect(detectClaims('The immigration bill would add $2.1 trillion to the deficit, and ICE would get $60 billion.').map((c) => c.quote)).toEqual(['$60 billion']);
    expect(detectClaims('The ICE bill sets an $85 filing fee for asylum seekers.').map((c) => c.quote)).toEqual([]);
    expect(detectClaims('ICE agents were nearby when a shooting left 14 people dead at the border town.')).toEqual([]);
    expect(detectClaims('Police said 412 people were arrested for assault and failure to disperse at protests against ICE raids.')).toEqual([]);
    expect(detectClaims('Obama deported 1.9 million people, near the 2 million deportations Bush achieved in 8.').map((c) => c.quote)).toEqual(['1.9 million', '2 million']);
  });

  it("counts a raid's haul said with its verb, even under 100", () => {
    expect(claimFor('ICE agents arrested 84 workers at a poultry plant in Georgia on Tuesday.', '84')?.category).toBe('arrests');
    expect(claimFor('A total of 63 people, all suspected of being in the country illegally, were arrested in the ICE raid.', '63')?.category).toBe('arrests');
  });

  it('reads hedges and rates of real prose', () => {
    expect(claimFor('ICE will end the year in the ballpark of 320,000 deportations.', '320,000')?.qualifier).toBe('about');
    expect(claimFor('The immigration court backlog will soon exceed 600,000 cases.', '600,000')?.qualifier).toBe('more than');
    expect(claimFor('ICE was ordered to carry out 2,800 arrests every single day.', '2,800')?.rate).toBe('day');
    expect(claimFor('DHS reported a monthly average of 52,000 removals last year.', '52,000')?.rate).toBe('month');
  });

  it('lets a percent change of a cost count as budget', () => {
    expect(claimFor('DHS expects self-deportation to reduce that cost by 60%, the ICE statement said.', '60%')?.category).toBe('budget');
    expect(claimFor('ICE has begun to increase by nearly 30% the number of agents on fugitive teams.', '30%')?.category).toBe('personnel');
  });

  it('reads a hyphenated bed count in a paragraph of its own', () => {
    const text = 'The Pentagon will host a new immigration detention site.\nThe Army has awarded a contract to build a 4,000-bed tent camp at the base.';
    expect(claimFor(text, '4,000')?.category).toBe('detention');
  });

  it('lets "The figure" point back past a sentence whose numbers made no claim', () => {
    const text =
      'ICE deported 151,200 immigrants in fiscal 2024. That was the most deportations in the last five fiscal years. ' +
      'The figure represents a 41.3 percent increase over the year before.';
    expect(claimFor(text, '41.3 percent')?.category).toBe('removals');
  });

  it('reads noncitizens as the topic and expelled as a removal', () => {
    expect(claimFor('More than 48,000 noncitizens were expelled under the order last spring.', '48,000')?.category).toBe('removals');
  });

  it('reads "not less than" and "not more than" as hedges', () => {
    const text = 'The law says ICE shall maintain not less than 31,000 detention beds and not more than 2,000 family beds.';
    expect(claimFor(text, '31,000')?.qualifier).toBe('at least');
    expect(claimFor(text, '2,000')?.qualifier).toBe('up to');
  });

  it('does not take "should be noted" for a target', () => {
    expect(claimFor('It should be noted that ICE expelled more than 52,000 people under Title 42.', '52,000')?.category).toBe('removals');
  });

  it('reads rates behind a dash or "on a daily basis", and not across a relative clause', () => {
    expect(claimFor('ICE detains an average of 31,000 people daily— a record for the agency.', '31,000')?.rate).toBe('day');
    expect(claimFor('The mandate keeps about 30,000 immigrants incarcerated on a daily basis, critics say.', '30,000')?.rate).toBe('day');
    expect(claimFor('ICE thanked its more than 19,000-strong workforce who work every day to keep the border safe.', '19,000')?.rate).toBeNull();
  });

  it('reads detaining by agents, and people detained since a date, as arrests; incarcerated as detention', () => {
    expect(claimFor('ICE agents detained more than 38,000 people in the first 100 days.', '38,000')?.category).toBe('arrests');
    expect(claimFor('The White House said 290 immigrants had been detained since Friday in the ICE sweep.', '290')?.category).toBe('arrests');
    expect(claimFor('The rule keeps about 30,000 undocumented immigrants incarcerated on any given day.', '30,000')?.category).toBe('detention');
  });

  it('reads "from the border" as where removals came from', () => {
    const text = 'ICE deported 131,000 immigrants, including more than 41,000 from the interior and more than 90,000 from the border.';
    expect(claimFor(text, '90,000')?.category).toBe('removals');
  });

  it('reads a long agency name after "by" as the doer', () => {
    const text = 'Arrests by U.S. Immigration and Customs Enforcement (ICE) agents increased 28 percent from 2016 to 2017.';
    expect(claimFor(text, '28 percent')?.category).toBe('arrests');
  });

  it('leaves out protest charges and counts of sanctuary cities', () => {
    expect(detectClaims('ICE said 300 immigrants were detained since Friday, with 140 people facing assault charges.').map((c) => c.quote)).toEqual(['300']);
    expect(detectClaims('Only 3,100 of those ICE deported were from the interior, where dozens of sanctuary cities limit cooperation.').map((c) => c.quote)).toEqual(['3,100']);
  });

  it('reads a long passage with one outright mention and dense enforcement words', () => {
    const text =
      'Despite promises to reduce it, the court backlog has grown each year since the new administration began. ' +
      'At the start of the term, 512,300 cases were pending before immigration judges, the records show. ' +
      'By the end of the fiscal year the backlog had grown to 980,400 cases, and hearing dates are now set years out. ' +
      'Officials blamed the growth on a shortage of judges, on new rules that reopened closed cases, and on more arrests. ' +
      'Lawyers say hearings are routinely postponed and clients wait in limbo for years before a judge hears them. ' +
      'Some of them have already moved away, and others have simply stopped checking the mail for notices.';
    expect(text.length).toBeGreaterThan(600);
    expect(detectClaims(text).map((c) => [c.quote, c.category])).toEqual([['512,300', 'courts'], ['980,400', 'courts']]);
  });

  it('gives the members of a list the rate of the list', () => {
    const text = 'The average daily population in ICE custody rose from 21,300, 27,900 and 18,400 in the three years before.';
    expect(detectClaims(text).map((c) => c.rate)).toEqual(['day', 'day', 'day']);
  });

  it('reads a percent cut of a cost a few words after its verb', () => {
    expect(claimFor('DHS expects the app to decrease that removal cost by 65%, even after the stipend.', '65%')?.category).toBe('budget');
  });

  it('keeps arrest targets (the people) apart from numeric targets', () => {
    const text = 'The roundup ended with the arrest of 2,950 people nationwide. The targets, including 188 who were arrested in Houston, had prior deportation orders.';
    expect(claimFor(text, '188')?.category).toBe('arrests');
  });

  it('reads "-fold" as a multiplier whatever its size', () => {
    expect(detectClaims('Only 12 people are currently held in ICE detention at the base, but that could rise 1,500-fold.').map((c) => c.quote)).toEqual(['12']);
  });

  it('carries a border count into "That\'s", "previous high of" and "The previous record was"', () => {
    const text =
      'Border Patrol agents encountered 181,200 migrants at the southwest border in August. ' +
      "That's a 2.1 percent increase compared to the 177,500 encounters in July. " +
      'A record 2.4 million encounters with Border Patrol agents took place last year, eclipsing the previous high of 1.6 million in 2021. ' +
      'The previous record was 1.7 million in fiscal 2000.';
    const claims = detectClaims(text);
    expect(claims.map((c) => c.quote)).toEqual(['181,200', '2.1 percent', '177,500', '2.4 million', '1.6 million', '1.7 million']);
    expect(new Set(claims.map((c) => c.category))).toEqual(new Set(['border']));
  });

  it('lets a share that is no claim say what the number after it counts', () => {
    const c = claimFor('County jails held about 12 percent of all ICE detainees, or 6,800 people, on average each day in May.', '6,800');
    expect(c?.category).toBe('detention');
    expect(c?.rate).toBe('day');
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

  it('reads "a half a million"', () => {
    expect(claimFor('The estimate of undocumented immigrants is higher by more than a half a million than Pew found.', 'half')?.value).toBe(500000);
  });

  it('reads "without full legal status" as the population', () => {
    expect(claimFor('The number of people living in the U.S. without full legal status rose to a record 13.4 million.', '13.4 million')?.category).toBe('population');
  });

  it('lets a paragraph point back at the last count of the paragraph before', () => {
    const text = 'ICE deported 310,000 people last fiscal year, its annual report says.\nThe previous high was 409,800 in 2012.';
    expect(detectClaims(text).map((c) => [c.quote, c.category])).toEqual([['310,000', 'removals'], ['409,800', 'removals']]);
  });

  it('carries the count into "put its own estimate at" and "the drop of"', () => {
    const text =
      'Pew says the unauthorized immigrant population reached 13.9 million in 2023. ' +
      'A restrictionist group put its own estimate at 17.9 million, and an official hailed the six-month drop of 1.2 million.';
    expect(detectClaims(text).map((c) => [c.quote, c.category])).toEqual([
      ['13.9 million', 'population'], ['17.9 million', 'population'], ['1.2 million', 'population'],
    ]);
  });

  it('reads "room for" as detention capacity and "one-thousand" as a number', () => {
    const text = 'The new ICE detention site has room for 2,500, with the ability to expand to 4,000. The headcount of detainees there was close to one-thousand.';
    const claims = detectClaims(text);
    expect(claims.map((c) => [c.quote, c.category])).toEqual([['2,500', 'detention'], ['4,000', 'detention'], ['close to one-thousand', 'detention']]);
    expect(claims[2]?.value).toBe(1000);
  });

  it('reads an anticipated number of deportations as a goal, and a count "since ... when" as a count', () => {
    const text = 'ICE officials anticipated deporting more than 240,000 immigrants during the next fiscal year. ' +
      'That would be the highest target since 2014, when the agency expelled more than 310,000.';
    expect(claimFor(text, '240,000')?.category).toBe('goal');
    expect(claimFor(text, '310,000')?.category).toBe('removals');
  });

  it('reads "nightly" as a daily rate', () => {
    expect(claimFor('ICE needs at least 44,000 detention beds available nightly, the budget office said.', '44,000')?.rate).toBe('day');
  });

  it("leaves a city's spending on migrants out", () => {
    const text = 'Caring for asylum seekers could cost the city as much as $11 billion, the mayor said; the city has spent $2.1 billion so far.';
    expect(detectClaims(text)).toEqual([]);
  });

  it('reads a non-breaking hyphen as a hyphen ("six‑month")', () => {
    const text = 'June saw a 12% rise in ICE deportation flights over May and a 40% jump over the prior six\u2011month average.';
    expect(detectClaims(text).map((c) => c.quote)).toEqual(['12%', '40%']);
  });

  it('counts a change by what it is a change in', () => {
    const text = 'ICE deportations kept climbing. Data from Witness at the Border shows a 9% rise in flights compared to May.';
    expect(claimFor(text, '9%')?.category).toBe('removals');
  });

  it('gives "from the current N" the count of the number it moves to', () => {
    const text = 'GEO expects the number of ICE detention beds to grow to as many as 150,000 from the current 42,000, along with more deportation flights.';
    expect(claimFor(text, '42,000')?.category).toBe('detention');
  });

  it('carries a target\'s count into "Current rates hover between"', () => {
    const text = 'ICE is still short of the daily arrest goal of 3,000. Current rates hover between 1,100 and 1,900 per day.';
    const c = claimFor(text, '1,100');
    expect(c?.category).toBe('arrests');
    expect(c?.rate).toBe('day');
  });

  it("counts a raid's arrests, not the agents who took part in it", () => {
    expect(detectClaims('More than 120 ICE agents took part in the raid, which netted 84 arrests.').map((c) => [c.quote, c.category])).toEqual([['84', 'arrests']]);
    expect(claimFor('The ICE operations led to at least 46 arrests on the first day.', '46')?.category).toBe('arrests');
    // One person's story stays an incident.
    expect(detectClaims('The ICE raid led to 58 arrests, his wife said.')).toEqual([]);
  });
});
