import { describe, expect, it } from 'vitest';
import { detectClaims, type Claim } from '../../../lib/detect';

// Targets and the counts beside them (category.goal-word, category.goal-baseline). Sentences are paraphrased from 2025-2026 news for these tests.

function claimOf(text: string, figure: string, date = '2025-09-12'): Claim {
  const c = detectClaims(text, { articleDate: date }).find((x) => x.quote.includes(figure));
  if (!c) throw new Error(`no claim for ${figure}`);
  return c;
}

describe('targets joined by "and"', () => {
  it('keeps the second target of a directive a target', () => {
    const s = 'Miller told ICE leaders to double detention space to 100,000 beds and arrest 3,000 people a day.';
    expect(claimOf(s, '3,000').category).toBe('goal');
    expect(claimOf(s, '3,000').rate).toBe('day');
  });

  it('does not make a plain count joined by "and" a target', () => {
    expect(claimOf('ICE holds 60,000 people and arrests 1,000 a day, officials said.', '1,000').category).toBe('arrests');
  });
});

describe('counts beside targets', () => {
  it('reads a count in a clause after the target as a count', () => {
    const s = 'The goal is one million deportations a year; current figures show a pace far below this target, with about 140,000 deportations in the first six months.';
    expect(claimOf(s, '140,000', '2025-08-02').category).toBe('removals');
  });

  it('reads what money "will allow" ICE to reach as a target, and "beyond" as a hedge', () => {
    expect(claimOf('The money will allow ICE to hire 10,000 agents and reach a rate of one million deportations a year.', 'one million', '2025-07-01').category).toBe('goal');
    expect(claimOf('Noem said hundreds more ICE agents would arrive, pushing the total number of agents beyond 2,300.', '2,300', '2026-01-12').qualifier).toBe('more than');
  });
});
