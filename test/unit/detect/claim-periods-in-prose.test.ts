/**
 * The period each claim gets in running prose (lib/detect/periods.ts decides; these sentences pin what the detector hands on).
 * Sentences written for these tests (the pattern of real prose, never a copy of it).
 */
import { describe, expect, it } from 'vitest';
import { detectClaims, type Claim } from '../../../lib/detect';

/** The claim whose quote contains `figure`, or undefined. */
function claimFor(text: string, figure: string): Claim | undefined {
  return detectClaims(text).find((c) => c.quote.includes(figure));
}

describe('the period a claim gets', () => {
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

  it("dates an appropriation 'for 2025' to fiscal 2025", () => {
    const c = detectClaims('Congress approved about $10.4 billion for ICE for 2025.', { articleDate: '2026-02-07' }).find((x) => x.quote.includes('$10.4 billion'));
    expect(c?.period?.period).toBe('FY2025');
  });
  it('dates "a year earlier" from the period named before it', () => {
    const t = 'Border crossings fell to 7,181 in March 2025, compared to over 137,000 a year earlier, CBP data show.';
    const at = (f: string) => detectClaims(t, { articleDate: '2025-05-28' }).find((c) => c.quote.includes(f))?.period?.period ?? null;
    expect(at('7,181')).toBe('2025-03');
    expect(at('137,000')).toBe('2024-03');
  });
  describe('2025-2026 news patterns: year to date and "not seen since"', () => {
    const periodOf = (text: string, figure: string, date: string) => detectClaims(text, { articleDate: date }).find((c) => c.quote.includes(figure))?.period?.period ?? null;

    it('reads "since the start of this year" up to the article, and "not seen since 2014" as 2014', () => {
      expect(periodOf('ICE has carried out more than 1,100 deportation flights since the start of this year.', '1,100', '2025-08-20')).toBe('2025-01-01/2025-08-20');
      expect(periodOf('ICE deportations reached a level not seen since 2014, when ICE removed 316,000 people.', '316,000', '2025-08-29')).toBe('CY2014');
    });
  });

  describe('periods', () => {
    const period = (s: string, date = '2025-07-01') => detectClaims(s, { articleDate: date }).map((c) => [c.quote, c.period?.period ?? null]);

    it('does not give the main figure the date of its comparison', () => {
      expect(period('ICE held detainees for an average of 51 days in June, up from 43 days in February.')[0]).toEqual(['51 days', '2025-06']);
      expect(period('ICE detention now stands at 64,000, down from a peak of 71,000 in 2019.')[0]).toEqual(['64,000', null]);
    });

    it('does not borrow a period from a relative clause about something else', () => {
      expect(period('ICE held 60,000 people last week, according to a lawyer who has tracked detention since 2014.')).toEqual([['60,000', null]]);
      expect(period('The agency, which has grown since 2003, now employs 21,000 people.')).toEqual([['21,000', null]]);
      expect(period('ICE, which deported 267,000 people in fiscal 2019, says it can do more.')).toEqual([['267,000', 'FY2019']]);
    });

    it('resolves "the year before" against the year of the sentence and parses "the 2016 fiscal year"', () => {
      expect(period('ICE removed 62,000 people in fiscal 2016, up from 55,000 the year before.', '2019-01-01')).toEqual([
        ['62,000', 'FY2016'],
        ['55,000', 'FY2015'],
      ]);
      expect(period('In the 2016 fiscal year, ICE deported 240,255 people.', '2019-01-01')).toEqual([['240,255', 'FY2016']]);
    });
  });

  it('reads detaining by agents, and people detained since a date, as arrests; incarcerated as detention', () => {
    expect(claimFor('ICE agents detained more than 38,000 people in the first 100 days.', '38,000')?.category).toBe('arrests');
    expect(claimFor('The White House said 290 immigrants had been detained since Friday in the ICE sweep.', '290')?.category).toBe('arrests');
    expect(claimFor('The rule keeps about 30,000 undocumented immigrants incarcerated on any given day.', '30,000')?.category).toBe('detention');
  });
});
