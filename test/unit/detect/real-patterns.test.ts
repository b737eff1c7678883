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
});
