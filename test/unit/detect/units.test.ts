import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../../lib/detect';

const unit = (s: string) => detectClaims(s).map((c) => c.unit);

describe('units', () => {
  it('uses the counted noun phrase when it says what is counted', () => {
    expect(unit('ICE made 143,099 administrative arrests in fiscal 2019.')).toEqual(['administrative arrests']);
    expect(unit('ICE has only about 3,000 beds available for family detention.')).toEqual(['beds available']);
  });

  it('falls back to what the cue words count when the noun says only "people"', () => {
    expect(unit('ICE deported 22,169 people from the interior.')).toEqual(['deportations']);
    expect(unit('ICE employs about 20,000 people.')).toEqual(['employees']);
  });

  it('names percent changes and money purposes', () => {
    expect(unit('Deportations from the interior fell 12 percent last year.')).toEqual(['percent change in deportations']);
    expect(unit('The spending bill includes roughly $45 billion for new detention facilities.')).toEqual([
      'dollars for new detention facilities',
    ]);
  });
});
