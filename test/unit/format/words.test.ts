import { describe, expect, it } from 'vitest';
import { magnitudeOf, midSentence, sentence, splitFirstSentence, withUnit } from '../../../lib/format';

describe('a unit said once', () => {
  it.each([
    ['46 days', 'days', '46 days'],
    ['46', 'days', '46 days'],
    ['19.5%', 'percent', '19.5%'],
    ['19.5%', 'percent change in arrests', '19.5% change in arrests'],
    ['$100 billion', 'dollars', '$100 billion'],
    ['$100 billion', 'dollars for detention', '$100 billion for detention'],
    ['7,000', 'removals', '7,000 removals'],
    ['1 million', 'people in detention', '1 million people in detention'],
    ['1 million people', 'people in detention', '1 million people in detention'],
    ['1 day', 'days', '1 day'],
    ['7,000', null, '7,000'],
    ['7,000', '  ', '7,000'],
  ])('%s + %s -> %s', (amount, unit, want) => {
    expect(withUnit(amount, unit)).toBe(want);
  });
});

describe('vague magnitudes', () => {
  it.each([
    [1e9, 'dollars', 'billions of dollars'],
    [1e6, 'people in detention', 'millions of people in detention'],
    [1e4, 'arrests', 'tens of thousands of arrests'],
    [1e6, null, 'millions'],
  ])('%d %s -> %s', (m, unit, want) => {
    expect(magnitudeOf(m, unit)).toBe(want);
  });
});

describe('sentence case', () => {
  it.each([
    ['Between May and July', 'between May and July'],
    ['In fiscal 2018', 'in fiscal 2018'],
    ['Last year', 'last year'],
    ['FY2019', 'FY2019'],
    ['ICE said', 'ICE said'],
    ['May 2019', 'May 2019'],
    ['Pew Research Center', 'Pew Research Center'],
    ['October to December', 'October to December'],
  ])('inside a sentence: %s -> %s', (phrase, want) => {
    expect(midSentence(phrase)).toBe(want);
  });

  it.each([
    ['matches ICE’s count', 'Matches ICE’s count.'],
    ['a plan, not a count.', 'A plan, not a count.'],
    ['  two   spaces ', 'Two spaces.'],
    ['really?', 'Really?'],
  ])('a sentence: %s -> %s', (text, want) => {
    expect(sentence(text)).toBe(want);
  });
});

describe('the first sentence', () => {
  it.each([
    ['A plan, not a count. The nearest official figures are shown for reference.', 'A plan, not a count.', 'The nearest official figures are shown for reference.'],
    ['Matches ICE’s count: 50,165 people a day on average in FY2019.', 'Matches ICE’s count: 50,165 people a day on average in FY2019.', ''],
    ['Lower than ICE’s count: 61,226 people held on Nov. 16, 2025.', 'Lower than ICE’s count: 61,226 people held on Nov. 16, 2025.', ''],
    ['Matches the U.S. Border Patrol’s count: 851,508 apprehensions in FY2019.', 'Matches the U.S. Border Patrol’s count: 851,508 apprehensions in FY2019.', ''],
    ['Higher than ICE’s count: 85,958 removals in FY2019 (7,163 a month). It is shown for reference.', 'Higher than ICE’s count: 85,958 removals in FY2019 (7,163 a month).', 'It is shown for reference.'],
    ['Not checked: the nearest official figure is a different number, and it may count something else. It is shown for reference.', 'Not checked: the nearest official figure is a different number, and it may count something else.', 'It is shown for reference.'],
    ['One sentence without a stop', 'One sentence without a stop', ''],
  ])('%s', (text, first, rest) => {
    expect(splitFirstSentence(text)).toEqual([first, rest]);
  });
});
