import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../lib/context';
import { findAttribution } from '../../../lib/context/metrics';
import { createQuery } from '../../../lib/dataset/query';
import { inArticle, metricFor } from './articles';
import { dataset, q } from './fixture';

// Cards for a second unseen batch of 2025-2026 news: parts of the law's money, counts made part-way
// through a year, people let out or fired, agents sent to one city, other agencies' officers. The
// sentences are paraphrased for this test; the extra figures below are made up for the tests.

const law = { ...dataset.metrics.find((m) => m.category === 'budget')!, id: 'budget-obbba-ice-enforcement', aggregation: 'total' as const, unit: 'dollars' };
const hires = { ...dataset.metrics.find((m) => m.id === 'removals')!, id: 'personnel-ice-planned-hires', category: 'personnel' as const, unit: 'officers' };
const withLaw = createQuery({
  ...dataset,
  metrics: [...dataset.metrics, law, hires],
  figures: [
    ...dataset.figures,
    { metric: 'budget-obbba-ice-enforcement', period: '2025-07-04', value: 29_900_000_000, unit: 'dollars', source: 'dhs-2018', quote: 'test quote 29.9 billion' },
    { metric: 'personnel-ice-planned-hires', period: '2025-07-04', value: 10_000, unit: 'officers', source: 'dhs-2018', quote: 'test quote 10000' },
  ],
});

describe("parts of the 2025 law's money", () => {
  it('does not set a sum named by its purpose against the whole line', () => {
    const { claim, claims } = inArticle('The reconciliation law set aside nearly $30 billion for ICE enforcement, including $8 billion to hire new deportation officers.', '$8 billion', '2025-08-01');
    const ctx = buildContext(claim, { articleDate: '2025-08-01', data: withLaw, claims });
    expect(ctx.comparisons).toHaveLength(0);
    expect(ctx.noComparison).toMatch(/part of the law's money/);
  });

  it('still weighs a sum the size of the line', () => {
    const { claim, claims } = inArticle('The reconciliation law set aside nearly $30 billion for ICE enforcement and removal work.', '$30 billion', '2025-08-01');
    const ctx = buildContext(claim, { articleDate: '2025-08-01', data: withLaw, claims });
    expect(ctx.comparisons.length).toBeGreaterThan(0);
  });

  it("reads money for all of DHS as nobody's ICE line", () => {
    expect(metricFor('The hiring is paid from roughly $160 billion allotted for the Department of Homeland Security in the tax and spending law.', '$160 billion', '2025-08-02')).toBeNull();
  });
});

describe('rates and parts of a year', () => {
  it('does not spread a one-off amount over a year', () => {
    const { claim, claims } = inArticle('The agency set a target of adding 10,000 new officers per year.', '10,000', '2026-01-06');
    const ctx = buildContext(claim, { articleDate: '2026-01-06', data: withLaw, claims });
    expect(ctx.comparisons.filter((c) => /a year/.test(c.explanation))).toHaveLength(0);
  });

  it('leaves a count made part-way through a fiscal year uncompared with the full year', () => {
    const { claim, claims } = inArticle('ICE had deported 200,000 people so far this fiscal year, officials said.', '200,000', '2018-07-01');
    expect(claim.period?.period).toBe('FY2018');
    const ctx = buildContext(claim, { articleDate: '2018-07-01', data: q, claims });
    expect(ctx.comparisons).toHaveLength(0);
    expect(ctx.noComparison).toMatch(/part-way/);
  });

  it('reads "a year ago" as no yearly flow of book-ins', () => {
    expect(metricFor('The 70,000 people held now are far more than a year ago, when ICE had 39,000 in custody.', '39,000', '2026-01-29')).not.toBe('detention-book-ins');
  });
});

describe('people let out, fired or sent somewhere', () => {
  it('gives releases from detention no detention comparison', () => {
    expect(metricFor('On Monday ICE released about 150 immigrants from detention, records show.', '150', '2025-02-05')).toBeNull();
  });

  it('reads the people a verb of holding counts, not the capacity named before them', () => {
    expect(metricFor('Detention space was at 110% capacity, with the agency holding nearly 40,000 immigrants.', '40,000', '2025-02-05')).toBe('detention-adp');
  });

  it('reads fired judges and counts of courts as no count of judges on the bench', () => {
    expect(metricFor('Six immigration judges in Florida were fired last week, the union said.', 'Six', '2025-02-16')).toBeNull();
    expect(metricFor('The firings include 12 immigration judges in training, the union said.', '12', '2025-02-16')).toBeNull();
    expect(metricFor('There are about 700 immigration judges across the country’s 71 immigration courts.', '71', '2025-07-08')).toBeNull();
    expect(metricFor('More than 1.5 million new cases were filed in the immigration courts last year.', '1.5 million', '2025-02-16')).not.toBe('courts-backlog');
  });

  it('reads agents sent to one city, and other agencies’ officers, as no national count of ICE officers', () => {
    expect(metricFor('The operation involves deploying up to 2,500 federal agents to the Twin Cities.', '2,500', '2026-01-23')).toBeNull();
    expect(metricFor('The law pays to hire 10,000 ICE agents, 4,000 customs officers and 2,000 border patrol agents.', '4,000', '2025-07-04')).toBeNull();
    expect(metricFor('The law pays to hire 10,000 ICE agents, 4,000 customs officers and 2,000 border patrol agents.', '2,000', '2025-07-04')).toBeNull();
  });

  it('reads "immigration agents" in the tens of thousands as officers and agents, and leaves "the previous" level uncompared', () => {
    const s = 'ICE will now total 21,000 immigration agents, more than double the previous 10,000.';
    expect(metricFor(s, '21,000', '2026-01-05')).toBe('personnel-ice-officers-agents');
    const { claim, claims } = inArticle(s, '10,000', '2026-01-05');
    const ctx = buildContext(claim, { articleDate: '2026-01-05', data: q, claims });
    expect(ctx.comparisons).toHaveLength(0);
  });

  it('reads an increase of a population as a change, and arrests by all of DHS as no ICE count', () => {
    expect(metricFor('The estimate of illegal immigrants in the U.S. was an all-time high and an increase of 5 million over four years.', '5 million', '2025-12-30')).toBeNull();
    expect(metricFor('"Since January 20, DHS has arrested more than 500,000 illegal aliens," the spokeswoman said.', '500,000', '2025-12-10')).toBeNull();
  });
});

describe('the clause a body is credited in', () => {
  it('credits DHS only in its own clause', () => {
    const s = 'ICE has hired 12,000 new officers and agents, DHS said, and the agency has deported more than 300,000 people since January.';
    expect(findAttribution(s, s.indexOf('300,000'))).toBeNull();
    expect(findAttribution('ICE has deported more than 300,000 people since January, DHS said.', 10)?.agency).toBe('DHS');
  });
});

describe('counts of single days', () => {
  it('does not weigh the count of a few single days as a daily average', () => {
    const { claim, claims } = inArticle('In June 2025, ICE averaged about 1,100 arrests per day, with some days exceeding 1,900.', '1,900', '2025-07-01');
    const ctx = buildContext(claim, { articleDate: '2025-07-01', data: q, claims });
    expect(ctx.comparisons).toHaveLength(0);
    expect(ctx.noComparison).toMatch(/single days/);
  });
});

describe('parts and single sites', () => {
  it('reads a part named after "including" as no count of the whole', () => {
    expect(metricFor('There were 3.9 million pending cases at the end of 2024, including nearly 1.4 million asylum cases.', '1.4 million', '2025-07-08')).toBeNull();
  });

  it("reads one site's size and a class of sites as no national count", () => {
    expect(metricFor('The largest detention site is in El Paso, Texas. It held less than 2,800 on average in February.', '2,800', '2026-02-15')).toBeNull();
    expect(metricFor('Only 20 of the 210 ICE detention centers hold more than 1,000 people, ICE data show.', '1,000', '2026-02-15')).toBeNull();
  });
});
