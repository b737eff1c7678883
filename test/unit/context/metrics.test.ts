import { describe, expect, it } from 'vitest';
import { findAttribution, pickRule, RULES } from '../../../lib/context/metrics';
import type { Claim } from '../../../lib/detect/types';
import { claim } from './fixture';

const metricOf = (c: Claim) => pickRule(c)?.metric ?? null;

describe('pickRule', () => {
  it('tells interior removals from all removals', () => {
    expect(metricOf(claim('ICE is averaging approximately 7,000 deportations per month from the US interior.', 'approximately 7,000', { category: 'removals', value: 7000, rate: 'month' }))).toBe('removals-interior');
    expect(metricOf(claim('ICE removed 267,258 people in fiscal 2019.', '267,258', { category: 'removals', value: 267258 }))).toBe('removals');
  });

  it('reads detention claims: daily population, family beds, funded beds, length of stay', () => {
    const adp = claim('ICE is detaining more than 50,000 a day.', 'more than 50,000', { category: 'detention', value: 50000, rate: 'day' });
    expect(metricOf(adp)).toBe('detention-adp');
    expect(pickRule(adp)?.also?.map((a) => a.metric)).toEqual(['detention-peak', 'detention-population']);
    expect(metricOf(claim('ICE has only about 3,000 beds available for family detention.', 'about 3,000', { category: 'detention', value: 3000 }))).toBe('detention-family-capacity');
    expect(metricOf(claim('Congress funded 45,274 detention beds.', '45,274', { category: 'detention', value: 45274 }))).toBe('detention-funded-beds');
    expect(metricOf(claim('Detainees were held for an average of 39 days.', '39', { category: 'detention', value: 39, unit: 'days' }))).toBe('detention-alos');
  });

  it('gives no series to self-deportations, applicants, and judges fired', () => {
    expect(metricOf(claim('DHS says 1.6 million people self-deported this year.', '1.6 million', { category: 'removals', value: 1.6e6 }))).toBeNull();
    expect(metricOf(claim('The hiring drive drew 150,000 applicants.', '150,000', { category: 'personnel', value: 150000, unit: 'applicants' }))).toBeNull();
    const fired = pickRule(claim('The administration fired more than 100 immigration judges this year.', 'more than 100', { category: 'courts', value: 100, unit: 'immigration judges' }));
    expect(fired?.metric).toBeNull();
    expect(fired?.reason).toMatch(/change/);
  });

  it('reads the bed mandate however the requirement is phrased', () => {
    const s = 'ICE has about 34,000 detention beds, the number Congress requires the agency to maintain every day.';
    expect(metricOf(claim(s, 'about 34,000', { category: 'detention', value: 34000, unit: 'detention beds' }))).toBe('detention-bed-mandate');
  });

  it('reads personnel: officers, workforce, and no series for officers per arrest', () => {
    expect(metricOf(claim('ERO has fewer than 6,000 officers nationwide.', 'fewer than 6,000', { category: 'personnel', value: 6000 }))).toBe('personnel-ero-officers');
    expect(metricOf(claim('ICE has more than 20,000 employees.', 'more than 20,000', { category: 'personnel', value: 20000 }))).toBe('personnel-ice-workforce');
    const team = claim('Usually at least four officers are assigned to each arrest target.', 'at least four', { category: 'personnel', value: 4 });
    expect(pickRule(team)?.metric).toBeNull();
  });

  it('reads money by its words', () => {
    expect(metricOf(claim('A bed costs $134 a day.', '$134', { category: 'budget', value: 134, dollars: true }))).toBe('cost-bed-day');
    expect(metricOf(claim('Each deportation costs an average cost of $10,854.', '$10,854', { category: 'budget', value: 10854, dollars: true }))).toBe('cost-per-removal');
    expect(metricOf(claim("ICE's budget is $7.6 billion.", '$7.6 billion', { category: 'budget', value: 7.6e9, dollars: true }))).toBe('budget-ice-total');
    expect(metricOf(claim('The law gives ICE $45 billion for detention.', '$45 billion', { category: 'budget', value: 45e9, dollars: true }))).toBe('budget-obbba-ice-detention');
    expect(metricOf(claim('Mass deportation would cost $315 billion.', '$315 billion', { category: 'budget', value: 315e9, dollars: true }))).toBeNull();
  });

  it('reads courts, border and ATD, and gives null when nothing fits', () => {
    expect(metricOf(claim('Nearly 11,000 orders were issued in absentia.', 'Nearly 11,000', { category: 'courts', value: 11000 }))).toBe('courts-in-absentia');
    expect(metricOf(claim('The backlog passed 3.7 million cases.', '3.7 million', { category: 'courts', value: 3.7e6 }))).toBe('courts-backlog');
    expect(metricOf(claim('At least 12,780 removal orders were issued.', 'At least 12,780', { category: 'courts', value: 12780 }))).toBeNull();
    expect(metricOf(claim('Border Patrol apprehended 851,508 migrants.', '851,508', { category: 'border', value: 851508 }))).toBe('border-usbp-swb-apprehensions');
    expect(metricOf(claim('About 180,000 people wear ankle monitors.', 'About 180,000', { category: 'atd', value: 180000 }))).toBe('atd-population');
  });

  it('sets arrest goals against arrests and deportation goals against removals', () => {
    expect(metricOf(claim('The goal is 3,000 arrests a day.', '3,000', { category: 'goal', value: 3000, rate: 'day' }))).toBe('arrests-ero-admin');
    expect(metricOf(claim('He vowed to deport millions.', 'millions', { category: 'goal', magnitude: 1e6 }))).toBe('removals');
  });

  it("reads each number's own words, stopping at the neighbouring number", () => {
    const s = 'The number held, 61,226, far exceeded the 41,500 beds Congress paid for.';
    expect(metricOf(claim(s, '61,226', { category: 'detention', value: 61226 }))).toBe('detention-adp');
    expect(metricOf(claim(s, '41,500', { category: 'detention', value: 41500 }))).toBe('detention-funded-beds');
    // A quota with no noun of its own borrows the sentence's subject.
    expect(metricOf(claim('Arrests rose to 1,200 a day, below the 3,000-a-day quota.', '3,000', { category: 'goal', value: 3000, rate: 'day' }))).toBe('arrests-ero-admin');
  });

  it('gives no metric to changes, ratios and subgroups', () => {
    const change = pickRule(claim('The undocumented population grew by roughly 3.5 million in two years.', 'roughly 3.5 million', { category: 'population', value: 3.5e6 }));
    expect(change).toMatchObject({ metric: null, reason: expect.stringMatching(/change/) });
    const judges = 'There are about 700 judges, each with an average of more than 5,000 pending cases.';
    expect(metricOf(claim(judges, 'about 700', { category: 'courts', value: 700 }))).toBe('courts-judges');
    expect(pickRule(claim(judges, 'more than 5,000', { category: 'courts', value: 5000 }))).toMatchObject({ metric: null, reason: expect.stringMatching(/ratio/) });
    expect(metricOf(claim('Some two million undocumented immigrants live in California.', 'Some two million', { category: 'population', value: 2e6 }))).toBeNull();
    expect(metricOf(claim('More than 146,000 unaccompanied children crossed the border.', 'More than 146,000', { category: 'border', value: 146000 }))).toBeNull();
    expect(metricOf(claim('The agency had hired just 1,200 officers by then.', 'just 1,200', { category: 'personnel', value: 1200 }))).toBeNull();
  });

  it('has a rule for every category, ending with a catch-all', () => {
    for (const cat of ['removals', 'arrests', 'detention', 'personnel', 'budget', 'population', 'courts', 'border', 'atd', 'goal'] as const) {
      const last = RULES.filter((r) => r.category === cat).at(-1);
      expect(last?.words, cat).toBeUndefined();
    }
  });
});

describe('findAttribution', () => {
  it('finds a credited body only when the sentence credits it', () => {
    expect(findAttribution('About 10.5 million unauthorized immigrants are in the United States, according to the Pew Research Center.')).toMatchObject({ agency: 'Pew' });
    expect(findAttribution('DHS estimates 12 million unauthorized immigrants.')).toMatchObject({ agency: 'DHS' });
    expect(findAttribution('DHS officials toured the border.')).toBeNull();
    // The body named before the number credits it; one named after only when none is named before.
    const two = 'The Migration Policy Institute puts the population at 11.3 million, while DHS uses a figure of 11.0 million.';
    expect(findAttribution(two, two.indexOf('11.3'))?.agency).toBe('MPI');
    expect(findAttribution(two, two.indexOf('11.0'))?.agency).toBe('DHS');
  });
});

describe('pickRule reads one clause, and the law a sentence names', () => {
  it('a part ("including …") is not named by the whole that comes before it', () => {
    const s = 'ICE has roughly 20,000 employees, including about 6,000 deportation officers.';
    expect(metricOf(claim(s, 'about 6,000', { category: 'personnel', value: 6000, unit: 'deportation officers' }))).toBe('personnel-ero-officers');
    expect(metricOf(claim(s, 'roughly 20,000', { category: 'personnel', value: 20000, unit: 'employees' }))).toBe('personnel-ice-workforce');
  });

  it('a coordinate clause after the number does not decide its metric', () => {
    const s = 'ICE has about 6,000 deportation officers, and the agency plans to hire 10,000 more.';
    expect(metricOf(claim(s, 'about 6,000', { category: 'personnel', value: 6000, unit: 'deportation officers' }))).toBe('personnel-ero-officers');
    expect(metricOf(claim(s, '10,000', { category: 'personnel', value: 10000, unit: 'officers' }))).toBe('personnel-ice-planned-hires');
    const goals = 'The White House has set a goal of 3,000 arrests a day, and officials say ICE must deport 1 million people a year.';
    expect(metricOf(claim(goals, '3,000', { category: 'goal', value: 3000, rate: 'day', unit: 'arrests' }))).toBe('arrests-ero-admin');
    expect(metricOf(claim(goals, '1 million', { category: 'goal', value: 1e6, rate: 'year', unit: 'deportations' }))).toBe('removals');
  });

  it("money in a sentence about the 2025 law is the law's, even past a duration", () => {
    const s = 'Congress gave ICE $75 billion over four years in the new law, including $45 billion for detention.';
    expect(metricOf(claim(s, '$75 billion', { category: 'budget', value: 75e9, dollars: true }))).toBe('budget-obbba-ice-total');
    expect(metricOf(claim(s, '$45 billion', { category: 'budget', value: 45e9, dollars: true }))).toBe('budget-obbba-ice-detention');
    // Without the law in the sentence, the same words name no series.
    expect(metricOf(claim('Congress gave ICE $75 billion over four years.', '$75 billion', { category: 'budget', value: 75e9, dollars: true }))).toBeNull();
    // The yearly budget named beside the law keeps its own metric.
    const onTop = 'The new law gives ICE $75 billion, on top of its annual budget of about $10 billion.';
    expect(metricOf(claim(onTop, 'about $10 billion', { category: 'budget', value: 10e9, dollars: true }))).toBe('budget-ice-total');
    expect(metricOf(claim(onTop, '$75 billion', { category: 'budget', value: 75e9, dollars: true }))).toBe('budget-obbba-ice-total');
    // A yearly budget beside the law keeps its own metric: the law is named in another clause.
    const both = "ICE's annual budget is about $10 billion, but the new law adds far more.";
    expect(metricOf(claim(both, 'about $10 billion', { category: 'budget', value: 10e9, dollars: true }))).toBe('budget-ice-total');
  });
});
