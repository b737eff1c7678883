import { describe, expect, it } from 'vitest';
import { detectClaims, type Claim } from '../../../lib/detect';

// Patterns of 2025-2026 news prose about ICE (quotas, record detention, the reconciliation money,
// DHS departure tallies) that the detector misread. Sentences are paraphrased for this test.

/** The claim whose quote contains `figure`, or undefined. */
function claimFor(text: string, figure: string): Claim | undefined {
  return detectClaims(text).find((c) => c.quote.includes(figure));
}

describe('2025-2026 news patterns', () => {
  it('counts departures and self-deportations as removals, not as the population', () => {
    expect(claimFor('DHS said on Tuesday that more than 2 million illegal immigrants have left the US since Jan. 20.', '2 million')?.category).toBe('removals');
    expect(claimFor('The agency touts the removal or self-deportation of at least two million illegal aliens since January.', 'two million')?.category).toBe('removals');
    expect(claimFor('DHS claims over 2.5 million people without legal status have departed the United States this year.', '2.5 million')?.category).toBe('removals');
    expect(claimFor('ICE said nearly two million others have voluntarily returned home through its app.', 'two million')?.category).toBe('removals');
    expect(claimFor('The DHS tally includes around 1.6 million voluntary self-departures and 400,000 deportations.', '1.6 million')?.category).toBe('removals');
    // The pool itself is still the population.
    expect(claimFor('About 14 million unauthorized immigrants lived in the country in 2023, Pew says.', '14 million')?.category).toBe('population');
  });

  it('lets the verb, not its object, say what a rate counts', () => {
    expect(claimFor('ICE is deporting illegal immigrants at a faster clip, more than 1,250 daily.', '1,250')?.category).toBe('removals');
  });

  it('reads book-ins as arrests', () => {
    expect(claimFor('From Oct. 1 to Nov. 15, ICE said its personnel recorded 54,735 book-ins.', '54,735')?.category).toBe('arrests');
  });

  it('finds the target word nearest the number, and the target after "from ... to"', () => {
    const s = 'The new target is 3,000 arrests per day, double the previous quota from January, when each field office was required to make 75 arrests daily, totaling about 1,200 to 1,500 arrests.';
    expect(claimFor(s, '3,000')?.category).toBe('goal');
    expect(claimFor(s, '75')?.category).toBe('goal');
    expect(claimFor(s, '1,200 to 1,500')?.category).toBe('goal');
    const r = 'The White House goal is to lift deportations from a daily average of around 650 to as many as 3,000 per day.';
    expect(claimFor(r, '650')?.category).toBe('removals');
    expect(claimFor(r, '3,000')?.category).toBe('goal');
  });

  it('reads an order to raise arrests as a target, through a parenthesis', () => {
    expect(claimFor('Miller told Immigration and Customs Enforcement (ICE) agents to increase daily arrests to 3,000.', '3,000')?.category).toBe('goal');
  });

  it('reads a mark the administration set as a target, and "if that held" as no detention', () => {
    const t = 'ICE is deporting people at more than 1,250 a day. If that held for 12 months, it would pass 450,000 for the year. The number is still shy of the 1 million mark the administration has set.';
    expect(claimFor(t, '450,000')?.category).toBe('removals');
    expect(claimFor(t, '1 million')?.category).toBe('goal');
  });

  it('keeps the count a sentence carries on with ("It had fewer than 60,000")', () => {
    const t = 'ICE reported holding more than 65,000 detainees as of Nov. 15. It had fewer than 60,000 in late September, just before the shutdown.';
    expect(claimFor(t, '60,000')?.category).toBe('detention');
  });

  it('reads utilization as detention (counts of sites and warehouses are no claims: drop.facility-count)', () => {
    expect(claimFor('ICE holds about 59,000 people, well above the 41,500 funded beds, so detention runs at over 140% of capacity.', '140%')?.category).toBe('detention');
  });

  it('keeps unit costs, changes against an average, and cuts said as slashing', () => {
    expect(claimFor('Congress gave ICE $30 billion to hire agents, which works out to $300,000 per agent in salary, training and benefits.', '$300,000')?.category).toBe('budget');
    expect(claimFor('Border Patrol apprehensions at the southwest border totaled 237,565 in fiscal 2025, 87 percent below the average of the previous four years.', '87 percent')?.category).toBe('border');
    expect(claimFor('The overhaul of the immigration courts slashed the judicial workforce by 25% as the backlog hit 3.4 million cases.', '25%')?.category).toBe('courts');
    expect(claimFor('The Justice Department hired 17 permanent immigration judges from ICE and DHS backgrounds.', '17')?.category).toBe('courts');
  });

  it('leaves protest arrests, troops sent to protests, legal-aid money and days out', () => {
    expect(claimFor('Thousands marched against ICE in Minneapolis; about 100 clergy members were arrested during the protest.', '100')).toBeUndefined();
    expect(claimFor('After protests over ICE raids, the president deployed 2,000 National Guard troops and 700 U.S. Marines to Los Angeles.', '2,000')).toBeUndefined();
    expect(claimFor('After protests over ICE raids, the president deployed 2,000 National Guard troops and 700 U.S. Marines to Los Angeles.', '700')).toBeUndefined();
    expect(claimFor('A council member asked for at least $1 million for a program that offers legal services to immigrants facing deportation.', '$1 million')).toBeUndefined();
    expect(claimFor('In June ICE made an average of 1,200 arrests a day, with more than 2,000 arrests on two separate days.', 'two')).toBeUndefined();
    // Troops sent to help ICE are still its capacity.
    expect(claimFor('Up to 1,700 National Guard members will assist ICE with transport and processing at the detention camp.', '1,700')?.category).toBe('personnel');
    // A shortfall of the agency's own is still its money.
    expect(claimFor('ICE faces a $136 million shortfall in its detention budget.', '$136 million')?.category).toBe('budget');
  });
});

describe('2025-2026 news patterns: periods and carried counts', () => {
  const at = (text: string, figure: string, date: string) => detectClaims(text, { articleDate: date }).find((c) => c.quote.includes(figure));

  it('dates spans counted from an inauguration', () => {
    expect(at('In the first 100 days of the Trump administration, ICE said it had removed 65,000 people.', '65,000', '2025-05-29')?.period?.period).toBe('2025-01-20/2025-04-29');
    expect(at('During Trump’s first 100 days, ICE arrested 66,463 illegal immigrants.', '66,463', '2025-05-29')?.period?.period).toBe('2025-01-20/2025-04-29');
    expect(at("During the first six months of Mr. Trump's second presidency, ICE recorded nearly 150,000 deportations.", '150,000', '2025-07-23')?.period?.period).toBe('2025-01-20/2025-07-19');
    // A span still running at the article's date ends there; an article from 2017 means the first term.
    expect(at('ICE has deported 199,600 people since Trump took office.', '199,600', '2025-08-29')?.period?.period).toBe('2025-01-20/2025-08-29');
    expect(at("In Trump's first 100 days, ICE arrested 41,318 people.", '41,318', '2017-05-17')?.period?.period).toBe('2017-01-20/2017-04-29');
    // "the first 100 days of the fiscal year" names no presidency: no dates.
    expect(at('In the first 100 days of the fiscal year, ICE removed 30,000 people.', '30,000', '2025-05-29')?.period?.period ?? null).toBeNull();
  });

  it('carries a count into its restatement ("..., averaging about 380 per day")', () => {
    const c = at('ICE records show that more than 1,100 people were detained between Friday and Monday alone, averaging about 380 per day.', '380', '2025-06-30');
    expect(c?.category).toBe('arrests');
    expect(c?.rate).toBe('day');
  });

  it('points "the prior high" back at the record, not at the last count', () => {
    const t =
      'Immigration detention has reached a record high of more than 60,000 people. ICE records show that more than 1,100 people were detained between Friday and Monday alone, averaging about 380 per day. The prior high, 55,654, was recorded in August 2019.';
    expect(at(t, '55,654', '2025-06-30')?.category).toBe('detention');
  });
});

describe('2025-2026 news patterns: more period forms', () => {
  const periodOf = (text: string, figure: string, date: string) => detectClaims(text, { articleDate: date }).find((c) => c.quote.includes(figure))?.period?.period ?? null;

  it('reads spans between and across years, and an inauguration month', () => {
    expect(periodOf('ICE removed 199,600 individuals from the U.S. between January and Aug. 27, 2025.', '199,600', '2025-08-29')).toBe('2025-01-01/2025-08-27');
    expect(periodOf('Border Patrol averaged 5,110 apprehensions a day from February 2021 through December 2024.', '5,110', '2025-10-07')).toBe('2021-02-01/2024-12-31');
    expect(periodOf('ICE detention held around 39,000 people when Trump took office in January.', '39,000', '2026-01-05')).toBe('2025-01');
    expect(periodOf('ICE is on track for more than 300,000 removals in the president’s first year back in office.', '300,000', '2025-07-23')).toBe('2025-01-20/2026-01-19');
  });

  it('does not date a count by an announcement or by the year a record was set', () => {
    expect(periodOf('DHS announced in December that ICE had removed 605,000 people since January.', '605,000', '2026-01-05')).toBe('2025-01-01/2026-01-05');
    expect(periodOf('At that pace ICE would exceed 450,000 deportations for the year, surpassing the record set in 2012.', '450,000', '2025-11-23')).toBeNull();
  });

  it('does not give a budget the span of "since he took office"', () => {
    expect(periodOf("Since returning to office, Trump has expanded ICE's budget to roughly $28 billion.", '$28 billion', '2025-08-01')).toBeNull();
  });
});

describe('2025-2026 news patterns: budgets by fiscal year', () => {
  it("dates an appropriation 'for 2025' to fiscal 2025", () => {
    const c = detectClaims('Congress approved about $10.4 billion for ICE for 2025.', { articleDate: '2026-02-07' }).find((x) => x.quote.includes('$10.4 billion'));
    expect(c?.period?.period).toBe('FY2025');
  });
});

describe('2025-2026 news patterns: a year earlier', () => {
  it('dates "a year earlier" from the period named before it', () => {
    const t = 'Border crossings fell to 7,181 in March 2025, compared to over 137,000 a year earlier, CBP data show.';
    const at = (f: string) => detectClaims(t, { articleDate: '2025-05-28' }).find((c) => c.quote.includes(f))?.period?.period ?? null;
    expect(at('7,181')).toBe('2025-03');
    expect(at('137,000')).toBe('2024-03');
  });
});

describe('2025-2026 news patterns: "going to" and "moves to"', () => {
  it('reads "moves to remove" as a target and "going to the region" as motion', () => {
    expect(claimFor('As Trump moves to remove as many as 1 million immigrants a year, ICE flights have multiplied.', '1 million')?.category).toBe('goal');
    expect(claimFor('As of the end of July, 955 ICE removal flights were reported as going to the region this year.', '955')?.category).toBe('removals');
    expect(claimFor('ICE is going to arrest 3,000 people a day, officials said.', '3,000')?.category).toBe('goal');
  });
});

describe('2025-2026 news patterns: year to date and "not seen since"', () => {
  const periodOf = (text: string, figure: string, date: string) => detectClaims(text, { articleDate: date }).find((c) => c.quote.includes(figure))?.period?.period ?? null;

  it('reads "since the start of this year" up to the article, and "not seen since 2014" as 2014', () => {
    expect(periodOf('ICE has carried out more than 1,100 deportation flights since the start of this year.', '1,100', '2025-08-20')).toBe('2025-01-01/2025-08-20');
    expect(periodOf('ICE deportations reached a level not seen since 2014, when ICE removed 316,000 people.', '316,000', '2025-08-29')).toBe('CY2014');
  });
});

describe('2025-2026 news patterns: a pace carried on', () => {
  it('keeps "The pace ... jumped to over 1,000 a day" as the count before it', () => {
    const t = 'At the outset of the Trump administration ICE arrests jumped to 750 a day. The pace began to rise in late April, and then in early June jumped to over 1,000 a day.';
    const c = detectClaims(t, { articleDate: '2025-06-25' }).find((x) => x.quote.includes('1,000'));
    expect(c?.category).toBe('arrests');
    expect(c?.rate).toBe('day');
  });
});
