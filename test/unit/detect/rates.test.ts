import { describe, expect, it } from 'vitest';
import { detectClaims, type Claim } from '../../../lib/detect';

// What a change counts and when a count is a single day's. Sentences are paraphrased from 2025-2026 news for these tests.

function claimOf(text: string, figure: string, date = '2025-09-12'): Claim {
  const c = detectClaims(text, { articleDate: date }).find((x) => x.quote.includes(figure));
  if (!c) throw new Error(`no claim for ${figure}`);
  return c;
}

describe('what a change and a single day count', () => {
  it('names what a verb of change before a percent changed', () => {
    const c = claimOf('The overhaul of the immigration courts has slashed the judicial workforce by 20% while the backlog sits at 3.4 million cases.', '20%', '2025-10-01');
    expect(c.unit).toBe('percent change in immigration judges');
  });

  it('reads counts of some days as daily counts', () => {
    expect(claimOf('In June, ICE averaged about 1,100 arrests per day, with some days exceeding 1,900.', '1,900').rate).toBe('day');
    expect(claimOf('ICE stepped up arrests, with some days recording as many as 900 arrests.', '900').rate).toBe('day');
  });
});
