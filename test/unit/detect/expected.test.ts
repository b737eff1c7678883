import { describe, expect, it } from 'vitest';
import { currentResults, diffExpected, readExpected } from '../../../scripts/expected-detector';

// The checked-in expected results (test/fixtures/expected/detector.jsonl) against today's detector.
// A deliberate change is recorded with `npm run expected:update`; the lines printed here are its diff.
describe('the detector against its expected results', () => {
  it('finds, in every labelled fixture text, the claims recorded as expected', () => {
    const { moved, notes } = diffExpected(readExpected(), currentResults());
    // Texts added or edited since the file was written are the fixtures' change, not the detector's.
    if (notes.length > 0) console.log([`${notes.length} fixture texts not in the expected results (npm run expected:update):`, ...notes.map((l) => `  ${l}`)].join('\n'));
    if (moved.length > 0) console.log([`${moved.length} changes against test/fixtures/expected/detector.jsonl:`, ...moved.map((l) => `  ${l}`)].join('\n'));
    expect(moved).toEqual([]);
  });

  it('reports a claim made, dropped and changed', () => {
    const claim = { quote: '7,000', start: 0, end: 5, category: 'removals', value: 7000, low: null, high: null, qualifier: null, rate: 'month', period: null };
    const before = [{ key: 'a', hash: 'h', claims: [claim] }, { key: 'b', hash: 'h', claims: [] }];
    const after = [{ key: 'a', hash: 'h', claims: [{ ...claim, category: 'arrests' }] }, { key: 'b', hash: 'h', claims: [{ ...claim, start: 9, end: 14 }] }];
    expect(diffExpected(before, after).moved).toEqual(['a: ~ "7,000" @0 category removals -> arrests', 'b: + "7,000" @9 removals 7000 per month']);
    expect(diffExpected(after, before).moved).toEqual(['a: ~ "7,000" @0 category arrests -> removals', 'b: - "7,000" @9 removals 7000 per month']);
  });

  it('notes an edited or new fixture text apart from what the detector moved', () => {
    const row = { key: 'a', hash: 'h1', claims: [] };
    const d = diffExpected([row], [{ ...row, hash: 'h2' }, { key: 'b', hash: 'h', claims: [] }]);
    expect(d.moved).toEqual([]);
    expect(d.notes).toEqual(['a: text edited (0 -> 0 claims)', 'b: new text (0 claims)']);
  });
});
