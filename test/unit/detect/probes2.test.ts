/**
 * Probes for the failure patterns of the held-out report: new sentences written for this test
 * (invented, not data, not taken from any fixture), one or more per pattern.
 */
import { describe, expect, it } from 'vitest';
import { detectClaims, parseQuantities, topicOf } from '../../../lib/detect';

const claims = (s: string, articleDate = '2025-07-01') =>
  detectClaims(s, { articleDate }).map((c) => [c.quote, c.category, c.value ?? c.low] as const);

describe('values are never wrong', () => {
  it('does not cut a multiplier into a count', () => {
    const values = claims('ICE deportations this spring ran at roughly five times the pace of 2019.');
    expect(values.some(([, , v]) => v === 5)).toBe(false);
    expect(claims('Arrests by ICE agents rose two and a half times after the order.').some(([, , v]) => v === 2 || v === 50)).toBe(false);
  });

  it('reads hyphenated scales, K, quarter-millions, -odd and dozens', () => {
    const q = (s: string) => parseQuantities(s).map((x) => [x.text, x.value, x.qualifier]);
    expect(q('Congress added a $45-billion detention fund.')).toEqual([['$45-billion', 45e9, null]]);
    expect(q('The agency said it held 58K people.')).toEqual([['58K', 58000, null]]);
    expect(q('Officials spoke of a quarter-million removals.')).toEqual([['a quarter-million', 250000, null]]);
    expect(q('It has 4,000-odd officers.')).toEqual([['4,000-odd', 4000, 'about']]);
    expect(q('Three dozen agents came.')).toEqual([['Three dozen', 36, null]]);
    expect(q('The plan funds no more than 120,000 beds.')).toEqual([['no more than 120,000', 120000, 'up to']]);
  });
});

describe('false positives', () => {
  it('leaves out followers, classmates, share prices, one raid and one detainee', () => {
    expect(claims('The deportation of the nursing student brought out hundreds of his classmates.')).toEqual([]);
    expect(claims("DHS's account, which has 3.4 million followers, posted footage of the ICE arrests.")).toEqual([]);
    expect(claims('Shares of CoreCivic, which runs ICE detention centers, jumped 6.2% on Monday.')).toEqual([]);
    expect(claims('The ICE raid at the farm involved about 150 agents and two helicopters, residents said.')).toEqual([]);
    expect(claims('The detainee, held by ICE since March, has had three hearings canceled.')).toEqual([]);
  });
});

describe('the counted noun beats cues in side clauses', () => {
  it('keeps the head noun of the subject over a modifier or parenthesis', () => {
    expect(claims('Removals of immigrants arrested far from the border climbed to 61,200 last year.')).toEqual([
      ['61,200', 'removals', 61200],
    ]);
    expect(claims('Interior deportations (of people picked up by ICE away from the border) rose to 70,400.')).toEqual([
      ['70,400', 'removals', 70400],
    ]);
    expect(
      claims('ICE deported 90,100 people in fiscal 2019, a reflection of a clogged immigration court system.').map(([q, c]) => [q, c]),
    ).toEqual([['90,100', 'removals']]);
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

describe('vocabulary', () => {
  it('knows goals stated as orders to raise arrests', () => {
    expect(claims('ICE field offices were told to raise their arrests to 2,000 to 2,500 a day.').map(([, c]) => c)).toEqual(['goal']);
  });

  it('treats hypothetical deportations as goals', () => {
    expect(claims('Removing 2 million people a year would cost more than $80 billion, analysts estimate.').map(([q, c]) => [q, c])).toContainEqual([
      '2 million',
      'goal',
    ]);
  });
});

describe('vocabulary of enforcement reporting', () => {
  it('files attorneys, troops, applications, bases, flights and bonuses', () => {
    // ICE's own lawyers are its staff, whatever court they argue in.
    expect(claims('ICE employs roughly 1,500 attorneys who argue deportation cases.').map(([, c]) => c)).toEqual(['personnel']);
    expect(claims('About 2,200 National Guard troops were sent to help ICE with arrests.').map(([, c]) => c)).toEqual(['personnel']);
    expect(claims('ICE said it received more than 90,000 job applications after the ads ran.').map(([, c]) => c)).toEqual(['personnel']);
    expect(claims('DHS asked for room on military bases for up to 12,000 immigrants awaiting deportation.').map(([, c]) => c)).toEqual([
      'detention',
    ]);
    expect(claims('The administration flew dozens of deportees to a prison in Central America.').map(([, c]) => c)).toEqual(['removals']);
    expect(claims('ICE is offering signing bonuses of up to $30,000 to new deportation officers.').map(([, c]) => c)).toEqual(['budget']);
    expect(claims('ICE spent $3.1 billion on detention that year, nearly 15% over budget.').map(([, c]) => c)).toEqual(['budget', 'budget']);
  });
});

describe('the subject of the sentence', () => {
  it('carries a subject named far before the number', () => {
    expect(
      claims('Arrests of immigrants with no criminal record by ICE officers in the interior of the country rose sharply over the course of the year, to about 21,300.').map(
        ([q, c]) => [q, c],
      ),
    ).toEqual([['about 21,300', 'arrests']]);
  });

  it('reads "The figure" as the count of the sentence before', () => {
    const text = 'ICE is holding 66,000 people in detention, agency data show. The figure tops the earlier record of about 56,000 and is up about 40 percent this year.';
    expect(detectClaims(text).map((c) => [c.quote, c.category])).toEqual([
      ['66,000', 'detention'],
      ['about 56,000', 'detention'],
      ['about 40 percent', 'detention'],
    ]);
  });
});

describe('rates and money words', () => {
  it('reads "daily" before the counted noun and does not borrow "times a day"', () => {
    expect(detectClaims('Officials said the 2,500 daily ICE arrests would continue.').map((c) => c.rate)).toEqual(['day']);
    expect(detectClaims('ICE ran about 150 deportation flights in March, with planes leaving several times a day.').map((c) => c.rate)).toEqual([null]);
  });

  it('files a bare "billions" near enforcement money as budget', () => {
    expect(claims('Congress handed ICE billions for new detention centers and officers.').map(([, c]) => c)).toEqual(['budget']);
  });
});

describe('units', () => {
  const units = (s: string) => detectClaims(s).map((c) => c.unit);

  it('never ends a unit on a clause word or a cut word', () => {
    expect(units('ICE reported a 25 percent increase in deportations.')).toEqual(['percent change in deportations']);
    expect(units('ICE deported 450 people when the charter flights resumed.')).toEqual(['deportations']);
    expect(units('ICE has 8,000 employees carry out its removal operations.')).toEqual(['employees']);
    for (const u of units('ICE deported 3,100 people last month, and 700 of them were teenagers who had crossed the border alone as minors.')) {
      expect(u).not.toMatch(/\b(?:who|when|that)$|\s\w{1,3}$/);
    }
  });
});

describe('headlines, subheads and bullets of an ICE article', () => {
  it('lets lines that do not name ICE through on the article topic', () => {
    const art = `Agency reports it holds 64,000 people, up 48% since February

Immigration and Customs Enforcement is detaining more people than at any time in its history, according to agency data released Monday, as the administration's deportation push accelerates.

Key numbers:
— Arrests: about 1,300 a day in May
— Removals: roughly 1,000 a day`;
    expect(detectClaims(art, { articleDate: '2025-07-01' }).map((c) => [c.quote, c.category, c.rate])).toEqual([
      ['64,000', 'detention', null],
      ['48%', 'detention', null],
      ['about 1,300', 'arrests', 'day'],
      ['roughly 1,000', 'removals', 'day'],
    ]);
    const head = 'Agency reports it holds 64,000 people, up 48% since February';
    expect(detectClaims(head, { topic: topicOf(art) }).map((c) => c.quote)).toEqual(['64,000', '48%']);
  });
});

describe('a lone sentence or headline', () => {
  it('passes on one telling enforcement word, not on words everyone uses', () => {
    expect(claims('Arrests averaged about 900 a day in August, officials said.').map(([q, c]) => [q, c])).toEqual([['about 900', 'arrests']]);
    expect(claims('The hotel has 200 beds.')).toEqual([]);
    expect(claims('The new jail will hold 2,000 people.')).toEqual([]);
    expect(claims('The festival drew 40,000 people who were held up in traffic.')).toEqual([]);
    expect(claims('Police made 300 arrests at the protest.')).toEqual([]);
    expect(claims('The company hired 400 workers last year.')).toEqual([]);
  });

  it('does not count the sites an inspection visited', () => {
    expect(claims('The ICE watchdog report documented conditions at six detention facilities it visited last spring.')).toEqual([]);
  });
});

describe('removed with a count in between', () => {
  it('names enforcement when "removed ... people" holds a number', () => {
    expect(claims('The department said in a statement Friday that it had removed more than 250,000 people since Jan. 20.').map(([q, c]) => [q, c])).toEqual([
      ['more than 250,000', 'removals'],
    ]);
  });
});
