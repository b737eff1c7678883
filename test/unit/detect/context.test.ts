import { describe, expect, it } from 'vitest';
import { countedPhrase, findRate } from '../../../lib/detect/context';
import { parseQuantities } from '../../../lib/detect/quantities';

function at(sentence: string, figure: string) {
  const q = parseQuantities(sentence).find((x) => x.text === figure);
  if (!q) throw new Error(`no quantity ${figure}`);
  return q;
}
const phrase = (s: string, f: string) => {
  const p = countedPhrase(s, at(s, f), s.length);
  return s.slice(p.start, p.end);
};
const rate = (s: string, f: string) => findRate(s, at(s, f), 0, s.length);

describe('countedPhrase', () => {
  it('takes the noun phrase after the number and stops at prepositions, verbs and names', () => {
    expect(phrase('ICE made 143,099 administrative arrests in fiscal 2019.', '143,099')).toBe('administrative arrests');
    expect(phrase('It has 6,500 deportation officers in its ERO division.', '6,500')).toBe('deportation officers');
    expect(phrase('to deport hundreds of thousands of migrants', 'hundreds of thousands')).toBe('migrants');
    expect(phrase('exceeded the 41,500 beds Congress had paid for', '41,500')).toBe('beds');
    expect(phrase('the 3,000-a-day quota set by the White House', '3,000')).toBe('quota');
    expect(phrase('about 11 million dwarfs ICE’s capacity', 'about 11 million')).toBe('');
  });
});

describe('findRate', () => {
  it('reads rates after the number', () => {
    expect(rate('deporting roughly 1,100 people a day', 'roughly 1,100')).toBe('day');
    expect(rate('7,000 deportations per month from the interior', '7,000')).toBe('month');
    expect(rate('about $2 billion annually', 'about $2 billion')).toBe('year');
    expect(rate('cost $164 a night', '$164')).toBe('day');
    expect(rate('about $4.20 per person per day', 'about $4.20')).toBe('day');
    expect(rate('the 3,000-a-day quota', '3,000')).toBe('day');
  });

  it('reads rates stated before the number', () => {
    expect(rate('a daily target of 75 arrests', '75')).toBe('day');
    expect(rate('held an average daily population of 38,106 detainees', '38,106')).toBe('day');
    expect(rate('people arrested by ICE each month, roughly 20,000, has', 'roughly 20,000')).toBe('month');
    expect(rate('More than 55,000 people were in custody on any given day', 'More than 55,000')).toBe('day');
  });

  it('does not mistake a total for a rate', () => {
    expect(rate('ICE deported 267,258 people in fiscal 2019', '267,258')).toBeNull();
    expect(rate('grew by 1 million cases in a single year', '1 million')).toBeNull();
    expect(rate('up from 96,000 a year earlier', '96,000')).toBeNull();
    expect(rate('the highest monthly total, 9,000', '9,000')).toBeNull();
  });
});

describe('findRate with adverbs', () => {
  it('reads "daily", "weekly" and "monthly" written after a count', () => {
    expect(rate('officers are making 1,500 arrests daily.', '1,500')).toBe('day');
    expect(rate('adding 2,000 people weekly, the contractor said', '2,000')).toBe('week');
    expect(rate('removing 20,000 people monthly in the spring', '20,000')).toBe('month');
    expect(rate('the 9,000 monthly record', '9,000')).toBeNull();
  });
});
