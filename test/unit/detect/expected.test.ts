import { describe, expect, it } from 'vitest';
import { currentResults, diffExpected, readExpected } from '../../../scripts/expected-detector';

// The checked-in expected results (test/fixtures/expected/detector.jsonl) against today's detector.
// A deliberate change is recorded with `npm run expected:update`; the lines printed here are its diff.
describe('the detector against its expected results', () => {
  it('finds, in every labelled fixture text, the claims recorded as expected', () => {
    const moved = diffExpected(readExpected(), currentResults());
    if (moved.length > 0) console.log([`${moved.length} changes against test/fixtures/expected/detector.jsonl:`, ...moved.map((l) => `  ${l}`)].join('\n'));
    expect(moved).toEqual([]);
  });

  it('reports a claim made, dropped and changed', () => {
    const claim = { quote: '7,000', start: 0, end: 5, category: 'removals', value: 7000, low: null, high: null, qualifier: null, rate: 'month', period: null };
    const before = [{ key: 'a', claims: [claim] }, { key: 'b', claims: [] }];
    const after = [{ key: 'a', claims: [{ ...claim, category: 'arrests' }] }, { key: 'b', claims: [{ ...claim, start: 9, end: 14 }] }];
    expect(diffExpected(before, after)).toEqual(['a: ~ "7,000" @0 category removals -> arrests', 'b: + "7,000" @9 removals 7000 per month']);
    expect(diffExpected(after, before)).toEqual(['a: ~ "7,000" @0 category arrests -> removals', 'b: - "7,000" @9 removals 7000 per month']);
  });
});
