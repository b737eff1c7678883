import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../lib/context';
import { budgetFor, goalAmount, goalLines, latestInput, recordInput } from '../../../lib/context/capacity';
import { claim, JUNE_2019, q } from './fixture';

const millions = claim('To meet the president’s goal of “millions” of deportations, ICE would need more agents.', 'millions', { category: 'goal', magnitude: 1e6, unit: 'deportations' });
const byId = (lines: ReturnType<typeof goalLines>) => Object.fromEntries(lines.map((l) => [l.id, l]));

describe('inputs', () => {
  it('takes the pace and the record from what was known at the date', () => {
    expect(latestInput(q, 'removals', JUNE_2019)?.ref.period).toBe('FY2018');
    expect(latestInput(q, 'removals', null)?.num.sources.sort()).toEqual(['ice-fy2019']); // 267,258; the news story says 267,000
    expect(recordInput(q, 'removals', JUNE_2019)?.num.value).toBe(409849);
    expect(latestInput(q, 'personnel-ero-officers', JUNE_2019)?.num.value).toBe(5700);
    // A level may be for a period still running: FY2019's funded beds were set in Feb. 2019.
    expect(latestInput(q, 'detention-funded-beds', JUNE_2019)?.num.value).toBe(45274);
    expect(budgetFor(q, JUNE_2019)?.ref.period).toBe('FY2019');
    expect(budgetFor(q, '2023-06-01')).toBeNull(); // FY2019's budget says little about FY2023
  });
});

describe('goal math', () => {
  it('reads "millions" as 1 million and says so', () => {
    const g = goalAmount(millions, 'removals')!;
    expect(g.amount.value).toBe(1e6);
    expect(g.perYear).toBe(false);
    expect(g.notes[0]).toMatch(/read as 1 million.*conservative floor/);
    expect(goalAmount(claim('ICE plans to detain thousands of families.', 'thousands', { category: 'goal', magnitude: 1000 }), 'removals')).toBeNull();
  });

  it('reckons a total goal in years, beds, officers and dollars', () => {
    const lines = byId(goalLines(q, goalAmount(millions, 'removals')!, JUNE_2019));
    expect(lines['goal-years-current-pace']!.result.value).toBeCloseTo(1e6 / 256085, 9); // 3.9 years
    expect(lines['goal-years-current-pace']!.result.text).toBe('3.9 years');
    // The record, FY2012, ended more than three years before the article: no line rests on it.
    expect(lines['goal-years-record']).toBeUndefined();
    expect(lines['goal-detention-beds']!.result.value).toBeCloseTo((1e6 * 39.4) / 365 / 45274, 9); // 2.4 times
    // The count of Feb. 6, 2019 is fresher than the FY2018 average, so it is the population held.
    expect(lines['goal-detention-adp']!.result.value).toBeCloseTo((1e6 * 39.4) / 365 / 49057, 9);
    expect(lines['goal-detention-adp']!.text).toMatch(/49,057 people held on Feb\. 6, 2019\.$/);
    expect(Object.values(lines).every((l) => !l.notes.some((n) => /years before the article/.test(n)))).toBe(true);
    expect(lines['goal-arrests-per-officer']!.result.value).toBeCloseTo(1e6 / 5700 / 365, 9); // 0.48 a day
    expect(lines['goal-cost']!.result.text).toBe('$10 billion');
    // A goal with no yearly rate may take years: its cost is never set against one year's budget.
    expect(lines['share-of-budget']).toBeUndefined();
  });

  it('says when an input is years older than the article, and leaves out a line whose input is more than three years older', () => {
    const lines = byId(goalLines(q, goalAmount(millions, 'removals')!, '2021-06-01'));
    expect(lines['goal-arrests-per-officer']!.notes.join(' ')).toMatch(/The figure for Dec\. 2018 \(5,700\) is from about 2 years before the article/);
    // FY2012's record is more than three years before the article: no line rests on it.
    expect(lines['goal-years-record']).toBeUndefined();
    const later = byId(goalLines(q, goalAmount(millions, 'removals')!, '2023-06-01'));
    expect(later['goal-arrests-per-officer']).toBeUndefined();
    expect(Object.values(later).every((l) => !/FY2018|Dec\. 2018/.test(l.text))).toBe(true);
  });

  it('reckons a rate goal against a year: 3,000 arrests a day is 6.9 times FY2018', () => {
    const c = claim('The White House set a goal of 3,000 arrests a day.', '3,000', { category: 'goal', value: 3000, rate: 'day' });
    const g = goalAmount(c, 'arrests')!;
    expect(g.amount.value).toBe(1_095_000);
    expect(g.amount.derivation).toBe('3,000 a day × 365');
    const lines = byId(goalLines(q, g, JUNE_2019));
    expect(lines['goal-times-current-pace']!.result.value).toBeCloseTo(1_095_000 / 158581, 9);
    expect(lines['goal-times-current-pace']!.result.text).toBe('6.9 times');
    expect(lines['goal-detention-beds']).toBeUndefined(); // arrests are not removals: no detention turnover assumed
  });
});

describe('capacity math only for goals, promises and projections', () => {
  it('gives a count no math, and a goal its math', () => {
    const held = claim('ICE is detaining more than 50,000 a day.', 'more than 50,000', { category: 'detention', value: 50000, rate: 'day' });
    expect(buildContext(held, { articleDate: JUNE_2019, data: q }).capacity).toEqual([]);
    const population = claim('About 10.5 million unauthorized immigrants are in the United States.', 'About 10.5 million', { category: 'population', value: 10.5e6, qualifier: 'about' });
    expect(buildContext(population, { articleDate: JUNE_2019, data: q }).capacity).toEqual([]);
    const goal = claim('Trump has promised to deport 1 million people a year.', '1 million', { category: 'goal', value: 1e6, rate: 'year' });
    expect(goal.frame.kind).toBe('target');
    expect(buildContext(goal, { articleDate: JUNE_2019, data: q }).capacity.map((l) => l.id)).toContain('goal-times-current-pace');
  });
});
