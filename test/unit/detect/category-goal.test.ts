/**
 * When a number is a target, a promise, a plan or a hypothetical (the category.goal-* rules), and when a goal word beside it does not make it one.
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

describe('targets and goals (category.goal-*)', () => {
  // Single sentences with the claims they must give ([quote, category]), none for a sentence with no claim.
  const SENTENCES: [string, [string, string][]][] = [
    ['Stephen Miller set a goal of 3,000 arrests per day for ICE.', [['3,000', 'goal']]],
    ['The White House wants 1 million deportations per year; ICE is deporting about 1,000 per day.', [['1 million', 'goal'], ['about 1,000', 'removals']]],
    ["Trump promised to deport as many as 20 million people.", [["as many as 20 million","goal"]]],
    ["The administration's goal is 600,000 removals a year.", [["600,000","goal"]]],
    ["“We’re going to deport 1 million people a year,” the vice president said.", [["1 million","goal"]]],
    ["ICE has the capacity to deport perhaps 400,000 people a year, far from the millions Trump has promised.", [["400,000","removals"],["millions","goal"]]],
    ["Vance said the administration aims to triple arrests to 3,000 a day.", [["triple","goal"],["3,000","goal"]]],
    ["Miller told ICE officials he wanted at least 3,000 arrests daily, up from the 1,000 the agency was making.", [["at least 3,000","goal"],["1,000","arrests"]]],
    ["The agency has set an internal target of removing 600,000 people this fiscal year.", [["600,000","goal"]]],
    ["Trump's promise to deport 11 million people would cost $88 billion a year, a study found.", [["11 million","goal"],["$88 billion","budget"]]],
    ["An internal DHS document sets a goal of 1,000 daily removals by spring.", [["1,000","goal"]]],
    ["Trump said he would deport \"millions and millions\" of people in his second term.", [["millions and millions","goal"]]],
  ];
  it.each(SENTENCES)('%s', (sentence, expected) => {
    expect(detectClaims(sentence).map((c) => [c.quote, c.category])).toEqual(expected);
  });

  it('finds the target word nearest the number, and the target after "from ... to"', () => {
    const s = 'The new target is 3,000 arrests per day, double the previous quota from January, when each field office was required to make 75 arrests daily, totaling about 1,200 to 1,500 arrests.';
    expect(claimFor(s, '3,000')?.category).toBe('goal');
    expect(claimFor(s, '75')?.category).toBe('goal');
    expect(claimFor(s, '1,200 to 1,500')?.category).toBe('goal');
    const r = 'The White House goal is to lift deportations from a daily average of around 650 to as many as 3,000 per day.';
    expect(claimFor(r, '650')?.category).toBe('removals');
    expect(claimFor(r, '3,000')?.category).toBe('goal');
  });

  it('reads an order to raise arrests as a target, through a parenthesis', () => {
    expect(claimFor('Miller told Immigration and Customs Enforcement (ICE) agents to increase daily arrests to 3,000.', '3,000')?.category).toBe('goal');
  });

  it('reads a mark the administration set as a target, and "if that held" as no detention', () => {
    const t = 'ICE is deporting people at more than 1,250 a day. If that held for 12 months, it would pass 450,000 for the year. The number is still shy of the 1 million mark the administration has set.';
    expect(claimFor(t, '450,000')?.category).toBe('removals');
    expect(claimFor(t, '1 million')?.category).toBe('goal');
  });

  it('reads "moves to remove" as a target and "going to the region" as motion', () => {
    expect(claimFor('As Trump moves to remove as many as 1 million immigrants a year, ICE flights have multiplied.', '1 million')?.category).toBe('goal');
    expect(claimFor('As of the end of July, 955 ICE removal flights were reported as going to the region this year.', '955')?.category).toBe('removals');
    expect(claimFor('ICE is going to arrest 3,000 people a day, officials said.', '3,000')?.category).toBe('goal');
  });
  it('knows goals stated as orders to raise arrests', () => {
    expect(claims('ICE field offices were told to raise their arrests to 2,000 to 2,500 a day.').map(([, c]) => c)).toEqual(['goal']);
  });

  it('treats hypothetical deportations as goals', () => {
    expect(claims('Removing 2 million people a year would cost more than $80 billion, analysts estimate.').map(([q, c]) => [q, c])).toContainEqual([
      '2 million',
      'goal',
    ]);
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

  it('does not take "should be noted" for a target', () => {
    expect(claimFor('It should be noted that ICE expelled more than 52,000 people under Title 42.', '52,000')?.category).toBe('removals');
  });

  it('keeps arrest targets (the people) apart from numeric targets', () => {
    const text = 'The roundup ended with the arrest of 2,950 people nationwide. The targets, including 188 who were arrested in Houston, had prior deportation orders.';
    expect(claimFor(text, '188')?.category).toBe('arrests');
  });

  it('reads an anticipated number of deportations as a goal, and a count "since ... when" as a count', () => {
    const text = 'ICE officials anticipated deporting more than 240,000 immigrants during the next fiscal year. ' +
      'That would be the highest target since 2014, when the agency expelled more than 310,000.';
    expect(claimFor(text, '240,000')?.category).toBe('goal');
    expect(claimFor(text, '310,000')?.category).toBe('removals');
  });

  it('carries a target\'s count into "Current rates hover between"', () => {
    const text = 'ICE is still short of the daily arrest goal of 3,000. Current rates hover between 1,100 and 1,900 per day.';
    const c = claimFor(text, '1,100');
    expect(c?.category).toBe('arrests');
    expect(c?.rate).toBe('day');
  });
});
