import { describe, expect, it } from 'vitest';
import { budgetFor, claimLines, goalAmount, goalLines, latestInput, officersPerArrest, recordInput } from '../../../lib/context/capacity';
import { claim, JUNE_2019, q } from './fixture';

const millions = claim('To meet the president’s goal of “millions” of deportations, ICE would need more agents.', 'millions', { category: 'goal', magnitude: 1e6, unit: 'deportations' });
const team = claim('Usually at least four officers are assigned to each arrest target.', 'at least four', { category: 'personnel', value: 4, qualifier: 'at least' });
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

  it("finds the article's own officers-per-arrest figure", () => {
    expect(officersPerArrest([millions, team])).toMatchObject({ value: 4, origin: 'article', quote: 'at least four' });
    expect(officersPerArrest([millions])).toBeNull();
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
    const lines = byId(goalLines(q, goalAmount(millions, 'removals')!, JUNE_2019, [millions, team]));
    expect(lines['goal-years-current-pace']!.result.value).toBeCloseTo(1e6 / 256085, 9); // 3.9 years
    expect(lines['goal-years-current-pace']!.result.text).toBe('3.9 years');
    expect(lines['goal-years-record']!.result.value).toBeCloseTo(1e6 / 409849, 9); // 2.4 years
    expect(lines['goal-detention-beds']!.result.value).toBeCloseTo((1e6 * 39.4) / 365 / 45274, 9); // 2.4 times
    // The count of Feb. 6, 2019 is fresher than the FY2018 average, so it is the population held.
    expect(lines['goal-detention-adp']!.result.value).toBeCloseTo((1e6 * 39.4) / 365 / 49057, 9);
    expect(lines['goal-detention-adp']!.text).toMatch(/49,057 people held on Feb\. 6, 2019\.$/);
    expect(Object.values(lines).every((l) => !l.notes.some((n) => /years before the article/.test(n)))).toBe(true);
    expect(lines['goal-arrests-per-officer']!.result.value).toBeCloseTo(1e6 / 5700 / 365, 9); // 0.48 a day
    expect(lines['goal-officers-article-team']!.result.value).toBeCloseTo(((1e6 / 365) * 4) / 5700, 9); // 1.9 times
    expect(lines['goal-officers-article-team']!.notes.join(' ')).toMatch(/article's number/);
    expect(lines['goal-cost']!.result.text).toBe('$10 billion');
    expect(lines['share-of-budget']!.result.value).toBeCloseTo((1e10 / 7.6e9) * 100, 9); // 131.6%
    expect(lines['share-of-budget']!.result.text).toBe('131.6%');
  });

  it('says when an input is years older than the article, as the latest a writer could have known', () => {
    const lines = byId(goalLines(q, goalAmount(millions, 'removals')!, '2022-06-01', [millions, team]));
    expect(lines['goal-arrests-per-officer']!.notes.join(' ')).toMatch(/The figure for Dec\. 2018 \(5,700\) is from about 3 years before the article/);
    // The record year is old by nature: no note there.
    expect(lines['goal-years-record']!.notes.join(' ')).not.toMatch(/years before the article/);
  });

  it('reckons a rate goal against a year: 3,000 arrests a day is 6.9 times FY2018', () => {
    const c = claim('The White House set a goal of 3,000 arrests a day.', '3,000', { category: 'goal', value: 3000, rate: 'day' });
    const g = goalAmount(c, 'arrests')!;
    expect(g.amount.value).toBe(1_095_000);
    expect(g.amount.derivation).toBe('3,000 a day × 365');
    const lines = byId(goalLines(q, g, JUNE_2019, []));
    expect(lines['goal-times-current-pace']!.result.value).toBeCloseTo(1_095_000 / 158581, 9);
    expect(lines['goal-times-current-pace']!.result.text).toBe('6.9 times');
    expect(lines['goal-detention-beds']).toBeUndefined(); // arrests are not removals: no detention turnover assumed
  });
});

describe('claim math', () => {
  it('sets a population against a year of removals', () => {
    const c = claim('About 10.5 million unauthorized immigrants are in the United States.', 'About 10.5 million', { category: 'population', value: 10.5e6, qualifier: 'about' });
    const [line] = claimLines(q, c, 'population-unauthorized-pew', JUNE_2019);
    expect(line!.result.value).toBeCloseTo(10.5e6 / 256085, 9);
    expect(line!.result.text).toBe('41 years');
  });

  it('reckons "millions" of unauthorized immigrants from 1 million, and says so', () => {
    const c = claim('Millions of undocumented immigrants live in fear.', 'Millions', { category: 'population', magnitude: 1e6 });
    const [line] = claimLines(q, c, 'population-unauthorized-pew', JUNE_2019);
    expect(line!.result.value).toBeCloseTo(1e6 / 256085, 9);
    expect(line!.notes[0]).toMatch(/read as 1 million/);
    expect(claimLines(q, claim('Thousands live in fear.', 'Thousands', { category: 'population', magnitude: 1000 }), null, JUNE_2019)).toEqual([]);
  });

  it('sets a detained population against funded beds, and officers against arrests', () => {
    const held = claim('ICE is detaining more than 50,000 a day.', 'more than 50,000', { category: 'detention', value: 50000, rate: 'day' });
    expect(claimLines(q, held, 'detention-adp', JUNE_2019)[0]!.result.value).toBeCloseTo(50000 / 45274, 9);
    const officers = claim('ERO has fewer than 6,000 officers.', 'fewer than 6,000', { category: 'personnel', value: 6000 });
    expect(claimLines(q, officers, 'personnel-ero-officers', JUNE_2019)[0]!.result.value).toBeCloseTo(158581 / 6000 / 365, 9);
  });

  it('sets a cost estimate against the year’s budget', () => {
    const c = claim('The operation would cost $3.8 billion.', '$3.8 billion', { category: 'budget', value: 3.8e9, dollars: true });
    const [line] = claimLines(q, c, null, JUNE_2019);
    expect(line!.id).toBe('share-of-budget');
    expect(line!.result.value).toBeCloseTo(50, 9);
    const act = claim('The law gives ICE $45 billion for detention.', '$45 billion', { category: 'budget', value: 45e9, dollars: true });
    expect(claimLines(q, act, 'budget-obbba-ice-detention', JUNE_2019)[0]!.notes).toContain('The amount is money for several years, while the budget is for one year.');
  });
});
