/**
 * The rate a claim is stated at and the unit it is quoted with (lib/detect/context.ts, units.ts).
 * Sentences written for these tests (the pattern of real prose, never a copy of it).
 */
import { describe, expect, it } from 'vitest';
import { detectClaims, type Claim } from '../../../lib/detect';

/** The claim whose quote contains `figure`, or undefined. */
function claimFor(text: string, figure: string): Claim | undefined {
  return detectClaims(text).find((c) => c.quote.includes(figure));
}

describe('rates and units', () => {
  it('lets the verb, not its object, say what a rate counts', () => {
    expect(claimFor('ICE is deporting illegal immigrants at a faster clip, more than 1,250 daily.', '1,250')?.category).toBe('removals');
  });

  it('keeps unit costs, changes against an average, and cuts said as slashing', () => {
    expect(claimFor('Congress gave ICE $30 billion to hire agents, which works out to $300,000 per agent in salary, training and benefits.', '$300,000')?.category).toBe('budget');
    expect(claimFor('Border Patrol apprehensions at the southwest border totaled 237,565 in fiscal 2025, 87 percent below the average of the previous four years.', '87 percent')?.category).toBe('border');
    expect(claimFor('The overhaul of the immigration courts slashed the judicial workforce by 25% as the backlog hit 3.4 million cases.', '25%')?.category).toBe('courts');
    expect(claimFor('The Justice Department hired 17 permanent immigration judges from ICE and DHS backgrounds.', '17')?.category).toBe('courts');
  });

  it('reads "daily" before the counted noun and does not borrow "times a day"', () => {
    expect(detectClaims('Officials said the 2,500 daily ICE arrests would continue.').map((c) => c.rate)).toEqual(['day']);
    expect(detectClaims('ICE ran about 150 deportation flights in March, with planes leaving several times a day.').map((c) => c.rate)).toEqual([null]);
  });

  describe('units', () => {
    const units = (s: string) => detectClaims(s).map((c) => c.unit);

    it('never ends a unit on a clause word or a cut word', () => {
      expect(units('ICE reported a 25 percent increase in deportations.')).toEqual(['percent change in deportations']);
      expect(units('ICE deported 450 people when the charter flights resumed.')).toEqual(['deportations']);
      expect(units('ICE has 8,000 employees carry out its removal operations.')).toEqual(['employees']);
      for (const u of units('ICE deported 3,100 people last month, and 700 of them were teenagers who had crossed the border alone as minors.')) {
        expect(u).not.toMatch(/\b(?:who|when|that)$|\s\w{1,3}$/);
      }
    });
  });

  it('reads rates behind a dash or "on a daily basis", and not across a relative clause', () => {
    expect(claimFor('ICE detains an average of 31,000 people daily— a record for the agency.', '31,000')?.rate).toBe('day');
    expect(claimFor('The mandate keeps about 30,000 immigrants incarcerated on a daily basis, critics say.', '30,000')?.rate).toBe('day');
    expect(claimFor('ICE thanked its more than 19,000-strong workforce who work every day to keep the border safe.', '19,000')?.rate).toBeNull();
  });

  it('reads "nightly" as a daily rate', () => {
    expect(claimFor('ICE needs at least 44,000 detention beds available nightly, the budget office said.', '44,000')?.rate).toBe('day');
  });
});
