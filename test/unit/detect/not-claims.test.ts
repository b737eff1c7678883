import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../../lib/detect';

// Numbers that are no claims (drop rules), and what the article's topic lets count. Sentences are paraphrased from 2025-2026 news for these tests.

describe('numbers that are no claims', () => {
  it('skips days of a month, other currencies, overtime hours, police costs and fraud sums', () => {
    const quotes = (t: string) => detectClaims(t, { articleDate: '2026-01-16', topic: { about: true, strong: true } }).map((c) => c.quote);
    const police = 'During the federal surge, local police said officers logged over 2,000 overtime hours from January 5 to 9, at an estimated $1 million cost to taxpayers.';
    expect(quotes(police)).toEqual([]);
    expect(quotes('ICE offers signing bonuses of up to $50,000 (£37,000) to new deportation officers.').some((q) => q.includes('37,000'))).toBe(false);
    expect(quotes('The surge followed a fraud case. These programs saw costs balloon from $3 million to over $90 million annually.')).toEqual([]);
  });
});

describe('the article topic', () => {
  it('lets a warehouse purchase count in an article about ICE detention', () => {
    const t = 'A week later, the government paid $65 million in cash for a warehouse in Arizona.';
    expect(detectClaims(t, { articleDate: '2026-02-01', topic: { about: true, strong: true } }).map((c) => c.quote)).toEqual(['$65 million']);
    // Judged by itself, the sentence names no enforcement at all.
    expect(detectClaims(t, { articleDate: '2026-02-01' })).toEqual([]);
  });
});
