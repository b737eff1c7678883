/**
 * The measure a claim's frame reads (lib/detect/frame/measure.ts) where several numbers share a sentence:
 * each counts what its own clause names, or what the number it goes on from counts.
 */
import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../../lib/detect';

const measureOf = (text: string, quote: string, articleDate: string | null = '2025-10-06') =>
  detectClaims(text, { articleDate }).find((c) => c.quote.includes(quote))?.frame.measure;

describe('the measure of a number among others', () => {
  it('a list and a comparison base count what the first number counts', () => {
    const s = 'Agents made nearly 8,400 apprehensions along the U.S.-Mexico border in September, up from 6,300 in August and 4,600 in July.';
    expect([measureOf(s, '8,400'), measureOf(s, '6,300'), measureOf(s, '4,600')]).toEqual(['border-apprehensions', 'border-apprehensions', 'border-apprehensions']);
  });

  it('the southwest border named for a later number does not make an earlier one southwestern', () => {
    const s = 'CBP agents encountered more than 2.9 million migrants this year, 2.1 million of them at the southern border.';
    expect(measureOf(s, '2.9 million', '2024-12-20')).toBe('nationwide-encounters');
    expect(measureOf(s, '2.1 million', '2024-12-20')).toMatch(/^border-/);
  });
});
