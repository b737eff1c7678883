// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { pageReport, snippetOf } from '../../../entrypoints/content/page-report';

const claim = (sentence: string, quote: string, category = 'removals') => ({
  claim: { sentence, sentenceStart: 0, start: sentence.indexOf(quote), quote, category } as never,
});

describe('page report', () => {
  it('keeps a short sentence whole, and cuts a long one around its claim', () => {
    expect(snippetOf(claim('ICE deported 22,169 people.', '22,169'))).toBe('ICE deported 22,169 people.');
    const long = `${'Earlier words. '.repeat(20)}ICE deported 22,169 people${' and more words'.repeat(20)}.`;
    const s = snippetOf(claim(long, '22,169'));
    expect(s).toContain('22,169');
    expect(s.startsWith('…') && s.endsWith('…')).toBe(true);
    expect(s.length).toBeLessThanOrEqual(162);
  });

  it('counts claims by category and numbers them in order', () => {
    const r = pageReport([claim('a 1,000', '1,000'), claim('b 2,000', '2,000', 'arrests'), claim('c 3,000', '3,000')], {
      url: 'https://x.example/a',
      date: null,
      enabled: true,
      reading: false,
    });
    expect(r.counts).toEqual({ removals: 2, arrests: 1 });
    expect(r.claims.map((c) => c.index)).toEqual([0, 1, 2]);
  });
});
