import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../lib/context';
import { pickRule } from '../../../lib/context/metrics';
import { createQuery } from '../../../lib/dataset/query';
import { inArticle, metricFor } from './articles';
import { dataset, q } from './fixture';

// Cards for 2025-2026 news prose: the reconciliation law's money, one facility's beds, plans for more
// detention, parts and differences. Sentences are paraphrased for this test.

describe('cards for the 2025 reconciliation law', () => {
  it("reads the law's money as the law's, even when the sentence does not name it", () => {
    const article =
      'The One Big Beautiful Bill Act funds the recruitment drive. ICE was granted $76.5 billion, almost 10 times the agency’s typical annual budget. Out of that, $30 billion will go toward hiring 10,000 more ICE officers. Some $45 billion will go toward increasing detention capacity.';
    expect(metricFor(article, '$76.5 billion')).toBe('budget-obbba-ice-total');
    expect(metricFor(article, '$30 billion')).toBe('budget-obbba-ice-enforcement');
    expect(metricFor(article, '$45 billion')).toBe('budget-obbba-ice-detention');
    // After the law was signed, ICE money larger than any yearly budget is the law's, named or not.
    expect(metricFor('Congress allocated $30 billion in funding to hire the new ICE agents.', '$30 billion', '2025-08-13')).toBe('budget-obbba-ice-enforcement');
  });

  it('keeps yearly budgets yearly and sends a multi-year sum to the law', () => {
    expect(metricFor('ICE’s current annual budget is around $10 billion, officials said.', '$10 billion', '2025-07-02')).toBe('budget-ice-total');
    expect(metricFor("Since returning to office, Trump has expanded ICE's budget from about $8 billion to roughly $28 billion, and added military sites for detention.", '$28 billion', '2025-06-30')).toBe(
      'budget-ice-annualized-with-obbba',
    );
    expect(metricFor('The ICE budget bill earmarks an additional $150 billion over five years for the immigration agenda.', '$150 billion', '2025-05-29')).not.toBe('budget-ice-annualized-with-obbba');
  });

  it("reads each sum of a list by the words after it, and leaves the wall and planned spending out", () => {
    const s = 'Under the bill, ICE would receive $45 billion for detention facilities, $46 billion for border wall operations and $14 billion for deportation operations.';
    expect(metricFor(s, '$45 billion', '2025-07-02')).toBe('budget-obbba-ice-detention');
    expect(metricFor(s, '$46 billion', '2025-07-02')).toBeNull();
    expect(metricFor(s, '$14 billion', '2025-07-02')).toBe('budget-obbba-ice-enforcement');
    expect(metricFor('According to documents released by the governor of New Hampshire, ICE expects to spend $38.3 billion on detention warehouses.', '$38.3 billion', '2026-02-16')).toBeNull();
  });

  it('never sets a total against a cost per bed-day', () => {
    const { claim } = inArticle('The administration plans to use the $45 billion to nearly double the number of ICE detention beds.', '$45 billion', '2025-07-08');
    expect(pickRule(claim)?.metric).not.toBe('cost-bed-day');
  });
});

describe('cards for detention plans and single facilities', () => {
  it("gives one facility's beds no national comparison", () => {
    expect(metricFor('The Defense Department is building a 5,000-bed ICE detention center at a military base in Texas.', '5,000', '2025-06-30')).toBeNull();
    expect(metricFor('ICE bought warehouses. A third in El Paso could be among the largest jails in the country, with 8,500 beds.', '8,500', '2026-01-30')).toBeNull();
    // People held in the detention centers across the country are the national count, on one day.
    expect(metricFor('ICE is now holding about 59,000 people in detention centers across the country.', '59,000', '2025-06-26')).toBe('detention-population');
  });

  it('does not compare capacity to come with what is', () => {
    const { claim, claims } = inArticle('Based on cost estimates, the money could allow ICE to hold more than 100,000 detainees at any given time.', '100,000', '2025-07-09');
    const ctx = buildContext(claim, { articleDate: '2025-07-09', data: q, claims });
    expect(ctx.comparisons).toHaveLength(0);
    expect(ctx.noComparison).toMatch(/plan|capacity to come/);
  });

  it('compares a past record with the peak of its month', () => {
    const { claim, claims } = inArticle('Immigration detention reached a record 60,000 people this month. The prior high, 55,654, was recorded in August 2019.', '55,654', '2025-06-30');
    const ctx = buildContext(claim, { articleDate: '2025-06-30', data: q, claims });
    expect(ctx.metric?.id).toBe('detention-peak');
  });
});

describe('cards for parts and differences', () => {
  it('does not weigh a part or a difference as if it were the whole count', () => {
    expect(metricFor('ICE made roughly 222,000 arrests from Jan. 20 to Oct. 15, with nearly 75,000 involving people who had no criminal history.', '75,000', '2025-12-05')).toBeNull();
    expect(metricFor('ICE deported 17,200 people in April, which is roughly 4,000 higher than the year prior.', '4,000', '2025-05-29')).toBeNull();
    // "each of the more than 95,000 arrests" is a partitive, not a ratio.
    expect(metricFor('The ICE dataset includes the date of each of the more than 95,000 arrests made since January.', '95,000', '2025-06-20')).toBe('arrests-ero-admin');
  });

  it('reads "across the nation" as nationwide encounters', () => {
    expect(metricFor('Across the nation, border encounters in September 2025 totaled 26,000.', '26,000', '2025-10-07')).toBe('border-cbp-encounters-nationwide');
  });
});

describe('cards for 2026 staffing and departure tallies', () => {
  it('reads "officers and agents" as the officers-and-agents count, not the whole workforce', () => {
    const s = 'ICE said it hired more than 12,000 new officers and agents in less than a year, doubling the agency’s workforce from 10,000 to 22,000.';
    expect(metricFor(s, '22,000', '2026-01-08')).toBe('personnel-ice-officers-agents');
  });

  it('leaves the start of an undated change uncompared', () => {
    const { claim, claims } = inArticle('ICE detention grew from 39,000 to 66,000 people, officials said.', '39,000', '2025-12-01');
    const ctx = buildContext(claim, { articleDate: '2025-12-01', data: q, claims });
    expect(ctx.comparisons).toHaveLength(0);
    expect(ctx.noComparison).toMatch(/starting level/);
  });

  it('keeps departures apart from removals credited to DHS', () => {
    expect(metricFor('More than 2.5 million illegal aliens were removed or driven out of the U.S. during 2025, according to DHS.', '2.5 million', '2026-01-10')).toBeNull();
    // The removals are removals (the card then credits DHS), not departures read from the clause before "while".
    expect(metricFor('Roughly 1.9 million illegal aliens self-deported while some 622,000 were deported, DHS says.', '622,000', '2026-01-10')).toBe('removals');
  });

  it("reads yearly appropriations as yearly even after the law is named, and 'a 2025 law' as the law", () => {
    const s = 'The figures that followed reconciliation dwarf ICE: its yearly appropriations were in the ballpark of $10 billion.';
    expect(metricFor(s, '$10 billion', '2026-02-07')).toBe('budget-ice-total');
    expect(metricFor('ICE’s base budget was under $6 billion in 2015, but a 2025 law created a roughly $75 billion supplemental for ICE.', '$75 billion', '2026-01-20')).toBe('budget-obbba-ice-total');
  });

  it('gives one facility no national comparison when the sentence names it', () => {
    expect(metricFor('The ICE detention center opened July 1 and currently houses up to 3,000 detainees.', '3,000', '2025-07-15')).toBeNull();
  });
});

describe('capacity math on 2025-2026 claims', () => {
  const ids = (text: string, figure: string, date: string) => {
    const { claim, claims } = inArticle(text, figure, date);
    return buildContext(claim, { articleDate: date, data: q, claims }).capacity.map((l) => l.id);
  };

  it('sets a goal against the pace so far this year as well as the last full year', () => {
    // A made-up first-quarter count, published before the article, after the last full year (FY2018).
    const quarter = { metric: 'removals', period: '2018-10-01/2018-12-31', value: 60_000, unit: 'removals', source: 'ice-q1-fy2019', quote: 'test quote 60000' };
    const withQuarter = createQuery({ ...dataset, figures: [...dataset.figures, quarter] });
    const { claim, claims } = inArticle('The White House wants ICE to deport 1 million people a year.', '1 million', '2019-04-01');
    const lines = buildContext(claim, { articleDate: '2019-04-01', data: withQuarter, claims }).capacity;
    const recent = lines.find((l) => l.id === 'goal-times-recent-pace');
    expect(recent).toBeDefined();
    expect(lines.some((l) => l.id === 'goal-times-current-pace')).toBe(true);
    // The yearly footing is the part-year figure ÷ its days × 365, and the goal is divided by it.
    const perYear = recent!.inputs[1]!;
    expect(recent!.result.value).toBeCloseTo(1e6 / perYear.value, 6);
  });

  it('does not set old or planned detention numbers against the beds funded now', () => {
    expect(ids('ICE detention now holds 50,000 people a day.', '50,000', '2019-06-01')).toContain('detention-vs-funded-beds');
    expect(ids('Two decades ago, the average daily ICE detainee count hovered around 7,000.', '7,000', '2019-06-01')).not.toContain('detention-vs-funded-beds');
    expect(ids('The money could allow ICE to hold more than 100,000 detainees at any given time.', '100,000', '2019-06-01')).not.toContain('detention-vs-funded-beds');
  });

  it("puts only ICE's money against ICE's budget", () => {
    expect(ids('The reconciliation bill sets aside $1.25 billion to expand immigration courts and hire judges.', '$1.25 billion', '2019-06-01')).not.toContain('share-of-budget');
    expect(ids('Under the bill, $46 billion will go to border wall construction for the deportation drive.', '$46 billion', '2019-06-01')).not.toContain('share-of-budget');
    expect(ids('The reconciliation bill gives ICE $45 billion for detention.', '$45 billion', '2019-06-01')).toContain('share-of-budget');
  });
});

describe('cards for court backlogs', () => {
  it('reads "3.7 million pending cases" as the backlog even with judges named nearby', () => {
    expect(metricFor('With over 3.7 million pending cases, the removal of these immigration judges will worsen delays.', '3.7 million', '2025-04-22')).toBe('courts-backlog');
    // A judge's yearly caseload is no backlog.
    expect(metricFor('Immigration judges must complete 700 cases a year to earn a satisfactory grade.', '700', '2025-03-05')).not.toBe('courts-backlog');
  });
});

describe('cards for deportation flights', () => {
  it('does not set flights against removals of people', () => {
    expect(metricFor('ICE ran 1,187 flights in June, including 209 deportation flights, a record.', '209', '2025-07-30')).toBeNull();
  });
});

describe('cards for one-day detention counts', () => {
  it('leads a count "as of" a day with the one-day counts, matching a count a day or two apart', () => {
    const { claim, claims } = inArticle('ICE reported holding more than 49,000 detainees as of Feb. 5, a record.', '49,000', '2019-02-20');
    const ctx = buildContext(claim, { articleDate: '2019-02-20', data: q, claims });
    expect(ctx.metric?.id).toBe('detention-population');
    const main = ctx.figures.find((f) => f.role === 'main');
    expect(main?.period).toBe('2019-02-06');
    expect(main?.timing).toBe('claim-period');
  });
});
