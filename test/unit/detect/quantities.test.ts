import { describe, expect, it } from 'vitest';
import { parseQuantities } from '../../../lib/detect/quantities';

const one = (s: string) => {
  const qs = parseQuantities(s);
  expect(qs).toHaveLength(1);
  return qs[0]!;
};

describe('parseQuantities', () => {
  it('reads digits, decimals, scales and money', () => {
    expect(one('ICE deported 22,169 people').value).toBe(22169);
    expect(one('about 10.5 million immigrants')).toMatchObject({ value: 10_500_000, qualifier: 'about', text: 'about 10.5 million' });
    expect(one('Congress gave $8.4 billion')).toMatchObject({ value: 8_400_000_000, dollars: true, text: '$8.4 billion' });
    expect(one('it costs about $4.20 per person')).toMatchObject({ value: 4.2, dollars: true });
  });

  it('reads number words, fractions and percents', () => {
    expect(one('at least four officers')).toMatchObject({ value: 4, qualifier: 'at least', spelled: true });
    expect(one('Some two million people')).toMatchObject({ value: 2_000_000, qualifier: 'about' });
    expect(one('Nearly half a million people')).toMatchObject({ value: 500_000, qualifier: 'nearly' });
    expect(one('two dozen agents').value).toBe(24);
    expect(one('a million deportations').value).toBe(1_000_000);
    expect(one('dropped by a third')).toMatchObject({ kind: 'fraction', value: 33.3, percent: true });
    expect(one('down 7 percent')).toMatchObject({ value: 7, percent: true });
    expect(one('rose 18% last year')).toMatchObject({ value: 18, percent: true, text: '18%' });
  });

  it('reads vague magnitudes', () => {
    expect(one('Apprehensions are up several hundred percent')).toMatchObject({ kind: 'magnitude', magnitude: 100, percent: true, value: null });
    expect(one('hundreds of thousands of migrants')).toMatchObject({ kind: 'magnitude', magnitude: 1e5, value: null });
    expect(one('tens of thousands of people').magnitude).toBe(1e4);
    expect(one('deport ‘‘millions’’ of people')).toMatchObject({ text: 'millions', magnitude: 1e6 });
    expect(one('billions of dollars')).toMatchObject({ magnitude: 1e9, dollars: true });
  });

  it('merges ranges and keeps their bounds', () => {
    expect(one('monthly averages ranging from 39,192 to 44,699')).toMatchObject({ kind: 'range', low: 39192, high: 44699 });
    expect(parseQuantities('detention rose from 39,192 to 44,699').map((q) => q.text)).toEqual(['39,192', '44,699']);
    expect(one('between 3,000 and 4,000 arrests')).toMatchObject({ kind: 'range', low: 3000, high: 4000, value: null, text: 'between 3,000 and 4,000' });
    expect(one('15 million to 20 million people')).toMatchObject({ low: 15e6, high: 20e6 });
    expect(one('3,000-4,000 beds')).toMatchObject({ low: 3000, high: 4000 });
    expect(one('2 to 3 million people')).toMatchObject({ low: 2e6, high: 3e6 });
    expect(parseQuantities('rose from 96,000 to 370,000')).toHaveLength(2);
  });

  it('reads money in cents as dollars, quoted with its unit', () => {
    expect(one('Stewart County receives about 85 cents per detainee per day')).toMatchObject({ text: 'about 85 cents', value: 0.85, dollars: true, qualifier: 'about' });
    expect(one('a 50-cent fee')).toMatchObject({ text: '50-cent', value: 0.5, dollars: true });
    expect(one('85 percent of detainees')).toMatchObject({ value: 85, dollars: false, percent: true });
  });

  it('reads "cost from X to Y" as a spread (one range), a change "from X to Y" as two numbers', () => {
    expect(one('Alternatives can cost from 70 cents to $17 per person per day')).toMatchObject({ kind: 'range', low: 0.7, high: 17, dollars: true, value: null });
    expect(one('anywhere from 500 to 700 people a day')).toMatchObject({ kind: 'range', low: 500, high: 700 });
    expect(parseQuantities('The daily cost rose from $5 to $6 per person').map((q) => q.text)).toEqual(['$5', '$6']);
    expect(parseQuantities('ATD cost from $4 in 2019 to $6 in 2020').map((q) => q.text)).toEqual(['$4', '$6']);
  });

  it('reads a four-digit number before people as a count, and one after a year word as a year', () => {
    expect(one("'There are 1700 people here at Krome,' an employee wrote.")).toMatchObject({ value: 1700 });
    expect(parseQuantities('In 2019 people were held longer.')).toEqual([]);
    expect(parseQuantities('Fiscal 2019 arrests overall dropped.')).toEqual([]);
  });

  it('normalizes hedges', () => {
    const q = (s: string) => one(s).qualifier;
    expect(q('approximately 7,000')).toBe('about');
    expect(q('roughly 7,000')).toBe('about');
    expect(q('more than 7,000')).toBe('more than');
    expect(q('over 7,000')).toBe('more than');
    expect(q('topped 7,000')).toBe('more than');
    expect(q('fewer than 7,000')).toBe('fewer than');
    expect(q('under 7,000')).toBe('fewer than');
    expect(one('agents apprehended just fewer than 129,000 migrants')).toMatchObject({ qualifier: 'fewer than', text: 'just fewer than 129,000' });
    expect(one('arrests grew by a factor of 4.6')).toMatchObject({ kind: 'multiplier', value: 360, text: 'by a factor of 4.6' });
    expect(q('almost 7,000')).toBe('nearly');
    expect(q('Just under 7,000')).toBe('nearly');
    expect(q('up to 7,000')).toBe('up to');
    expect(q('as many as 7,000')).toBe('up to');
    expect(q('as high as 7,000')).toBe('up to');
    expect(q('precisely 7,000')).toBe('exact');
    expect(q('a record 7,000')).toBeNull();
    expect(q('just 7,000')).toBeNull();
    expect(one('topped 7,000').text).toBe('7,000');
  });

  it('leaves out what only looks like a number', () => {
    for (const s of [
      'in fiscal year 2024',
      'on Jan. 26, 2025',
      'at 7 a.m. on Tuesday',
      'on the 12th floor',
      'since the 1960s',
      'at 26 Federal Plaza',
      'at 1623 East J Street',
      'a tip line at 1-866-555-0142',
      'case No. 4:24-cv-00312',
      'under Section 287(g)',
      'Use of the 287(g) program has grown',
      'ICE signed 287(g) agreements with sheriffs',
      'under Title 42',
      'Executive Order 14159',
      'Flight 2471 left',
      'off Highway 90',
      'The court ruled 5-4',
      'passed the House 217 to 212',
      'between 2021 and 2023',
    ]) {
      expect(parseQuantities(s), s).toEqual([]);
    }
  });

  it('gives offsets into the sentence', () => {
    const s = 'ICE had roughly 6,500 deportation officers.';
    const q = one(s);
    expect(s.slice(q.start, q.end)).toBe('roughly 6,500');
    expect(s.slice(q.numStart, q.end)).toBe('6,500');
  });
});

describe('hedges written after the number', () => {
  it('reads "or more", "or so" and "-odd"', () => {
    expect(parseQuantities('10,000 or more officers')[0]).toMatchObject({ text: '10,000', qualifier: 'at least' });
    expect(parseQuantities('500 or so arrests')[0]?.qualifier).toBe('about');
    expect(parseQuantities('its 6,000-odd officers')[0]?.qualifier).toBe('about');
    expect(parseQuantities('upward of 2,000 people')[0]?.qualifier).toBe('more than');
  });
});

describe('money shorthand', () => {
  it('reads "$1.2m" and "$500k" but not "5m" without a dollar sign', () => {
    expect(parseQuantities('a $1.2m contract')[0]).toMatchObject({ value: 1_200_000, dollars: true });
    expect(parseQuantities('a $500k grant')[0]?.value).toBe(500_000);
    expect(parseQuantities('a 5m wall')).toEqual([]);
  });
});

describe('verbs that hedge', () => {
  it('reads "nears 4 million" as nearly, outside the quote', () => {
    expect(parseQuantities('backlog nears 4 million')[0]).toMatchObject({ text: '4 million', qualifier: 'nearly' });
  });
});

describe('repetition and flight numbers', () => {
  it('reads "millions and millions" as one magnitude and "flight 2143" as no quantity', () => {
    expect(parseQuantities('deport millions and millions of people').map((q) => q.text)).toEqual(['millions and millions']);
    expect(parseQuantities('ICE Air flight 2143 departed')).toEqual([]);
  });
});
