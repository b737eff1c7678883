import { describe, expect, it } from 'vitest';
import { digitsToNumber, fractionToPercent, wordToNumber } from '../../../lib/detect/numbers';

describe('numbers', () => {
  it('reads number words', () => {
    expect(wordToNumber('four')).toBe(4);
    expect(wordToNumber('Fourteen')).toBe(14);
    expect(wordToNumber('twenty-five')).toBe(25);
    expect(wordToNumber('dozen')).toBeNull();
  });
  it('turns word fractions into percents', () => {
    expect(fractionToPercent('a third')).toBe(33.3);
    expect(fractionToPercent('two-thirds')).toBe(66.7);
    expect(fractionToPercent('half')).toBe(50);
    expect(fractionToPercent('three quarters')).toBe(75);
  });
  it('reads printed digits', () => {
    expect(digitsToNumber('22,169')).toBe(22169);
    expect(digitsToNumber('9'.repeat(400))).toBeNull();
  });
});
