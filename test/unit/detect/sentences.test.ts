import { describe, expect, it } from 'vitest';
import { segmentSentences } from '../../../lib/detect/sentences';

const split = (t: string) => segmentSentences(t).map((s) => t.slice(s.start, s.end));

describe('segmentSentences', () => {
  it('does not end sentences at the abbreviations of news prose', () => {
    expect(split('Gov. Abbott met Sen. Cruz and Dr. Lee on Sept. 24. They talked.')).toEqual([
      'Gov. Abbott met Sen. Cruz and Dr. Lee on Sept. 24.',
      'They talked.',
    ]);
    expect(split('J. Smith of No. 5 St. Louis Ave. spoke. Then he left.')).toHaveLength(2);
    expect(split('U.S. Immigration and Customs Enforcement said so. It did.')).toHaveLength(2);
  });

  it('ends a sentence at "U.S." when a new sentence starts', () => {
    expect(split('They were deported from the U.S. The agency declined to comment.')).toEqual([
      'They were deported from the U.S.',
      'The agency declined to comment.',
    ]);
    expect(split('He lived in Washington, D.C. for years.')).toHaveLength(1);
  });

  it('never spans a newline and trims spans', () => {
    const t = '  First block without a stop\nSecond block. Third sentence.\n\nLast';
    expect(split(t)).toEqual(['First block without a stop', 'Second block.', 'Third sentence.', 'Last']);
  });

  it('keeps UTF-16 offsets', () => {
    const t = 'ICE’s “plan” 😀 failed. Next one.';
    const spans = segmentSentences(t);
    expect(t.slice(spans[1]!.start, spans[1]!.end)).toBe('Next one.');
  });
});
