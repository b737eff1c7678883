/**
 * The contract as properties, over sentences built from news wording and the bundled dataset: a verdict's
 * metric always declares the claim's frame, and no card carries two verdicts. Then the issue's own
 * examples, each a sentence that must get no verdict or one that must.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildContext } from '../../../lib/context';
import { disagreement } from '../../../lib/context/match';
import { claimInterval, relationOf } from '../../../lib/context/verdict';
import { data } from '../../../lib/dataset';
import { detectClaims } from '../../../lib/detect';

const SUBJECTS = ['ICE', 'The agency', 'Border Patrol agents', 'DHS', 'Immigration courts', 'The White House', 'Texas officials', 'Researchers at Pew', 'Congress'];
const VERBS = [
  'deported {n} people',
  'arrested {n} immigrants',
  'held {n} people in detention',
  'held an average of {n} people in detention a day',
  'is currently holding {n} detainees',
  'booked {n} people into detention',
  'employs {n} deportation officers',
  'had a backlog of {n} cases',
  'apprehended {n} migrants at the southern border',
  'plans to deport {n} people',
  'received ${n} in its annual budget',
  'requested ${n} for detention',
];
const NUMBERS = ['50,000', 'more than 50,000', 'about 7,000', 'nearly 300,000', '271,484', '1.5 million', 'fewer than 6,000', '41,500', '3.4 million', '10 billion'];
const PERIODS = ['', ' in fiscal 2019', ' in fiscal 2024', ' last year', ' in June 2019', ' a month', ' in Chicago', ' on Tuesday', ' so far this year'];
const DATES = [null, '2019-06-18', '2020-01-15', '2024-12-20', '2025-11-20'];

const sentence = fc
  .record({ s: fc.constantFrom(...SUBJECTS), v: fc.constantFrom(...VERBS), n: fc.constantFrom(...NUMBERS), p: fc.constantFrom(...PERIODS) })
  .map(({ s, v, n, p }) => `${s} ${v.replace('{n}', n)}${p}.`);

describe('the contract as properties', () => {
  it("a verdict's metric always declares the claim's frame, and a card has at most one verdict", () => {
    fc.assert(
      fc.property(sentence, fc.constantFrom(...DATES), (text, date) => {
        for (const c of detectClaims(text, { articleDate: date })) {
          const ctx = buildContext(c, { articleDate: date, data });
          expect(ctx.headline, text).toBeTruthy();
          // One sentence: no full stop followed by a new sentence (abbreviations such as "Oct. 2025" aside).
          expect((ctx.headline ?? "").replace(/\b(?:Jan|Feb|Aug|Sept?|Oct|Nov|Dec|U\.S|St|Mr|Dr)\./g, '').match(/[.!?]\s+[A-Z]/), `${text}: ${ctx.headline}`).toBeNull();
          expect(ctx.comparisons.length, text).toBeLessThanOrEqual(1);
          expect(ctx.comparisons.length, text).toBe(ctx.verdict ? 1 : 0);
          if (!ctx.verdict) continue;
          const metric = data.metric(ctx.verdict.metric)!;
          expect(disagreement(c, metric), `${text}: ${ctx.verdict.metric}`).toBeNull();
          expect(c.frame.scope).toBe('nation');
          expect(['target'].includes(c.frame.kind)).toBe(false);
          // The figure the verdict rests on is in the data, for the period it names, from the source it names.
          expect(data.figuresFor(ctx.verdict.metric, ctx.verdict.period).some((f) => f.source === ctx.verdict!.source), text).toBe(true);
          // Without an article date, a claim that names no period gets no verdict.
          if (!date) expect(c.frame.period.basis === 'none' && !c.frame.period.period, text).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('a relation honours the qualifier and the rounding', () => {
    const exact = (value: number, qualifier: 'more than' | 'fewer than' | 'about' | 'nearly' | null = null) => claimInterval({ value, low: null, high: null, qualifier });
    expect(relationOf(exact(50000)!, 54_000)).toBe('matches'); // one significant figure: what rounds to 50,000
    expect(relationOf(exact(50000)!, 56_000)).toBe('lower');
    expect(relationOf(exact(47600)!, 47_628)).toBe('matches');
    expect(relationOf(exact(47600)!, 49_000)).toBe('lower');
    expect(relationOf(exact(50000, 'more than')!, 50_165)).toBe('matches');
    expect(relationOf(exact(50000, 'more than')!, 49_800)).toBe('higher');
    expect(relationOf(exact(6000, 'fewer than')!, 5_700)).toBe('matches');
    expect(relationOf(exact(6000, 'fewer than')!, 6_100)).toBe('lower');
    expect(relationOf(exact(7000, 'about')!, 7_300)).toBe('matches');
    expect(relationOf(exact(50000, 'nearly')!, 48_000)).toBe('matches');
  });

  it('a bound holds up to three units of its last written digit past it (verdict.bound-near)', () => {
    const bound = (value: number, qualifier: 'more than' | 'fewer than') => claimInterval({ value, low: null, high: null, qualifier })!;
    expect(relationOf(bound(187000, 'more than'), 188_750)).toBe('matches');
    expect(relationOf(bound(169000, 'more than'), 171_380)).toBe('matches');
    expect(relationOf(bound(130000, 'more than'), 188_750)).toBe('lower');
    expect(relationOf(bound(65000, 'more than'), 68_400)).toBe('lower');
    expect(relationOf(bound(50000, 'more than'), 74_000)).toBe('matches'); // three units of 10,000, capped at half again
    expect(relationOf(bound(35000, 'fewer than'), 34_460)).toBe('matches');
    expect(relationOf(bound(35000, 'fewer than'), 31_000)).toBe('higher');
  });

  it('a one-digit count that is a 1 is read at two digits (verdict.leading-one)', () => {
    const plain = (value: number, qualifier: 'about' | null = null) => claimInterval({ value, low: null, high: null, qualifier })!;
    expect(relationOf(plain(10000), 10_400)).toBe('matches');
    expect(relationOf(plain(10000), 6_000)).toBe('higher');
    expect(relationOf(plain(10000, 'about'), 9_600)).toBe('matches');
    expect(relationOf(plain(1_000_000), 1_300_000)).toBe('lower');
    expect(relationOf(plain(20000), 24_000)).toBe('matches'); // not a 1: what rounds to 20,000
  });

  it('a half rounds up: a stated number does not stand for the value half a unit above it (verdict.round-half-up)', () => {
    const plain = (value: number) => claimInterval({ value, low: null, high: null, qualifier: null })!;
    expect(relationOf(plain(41000), 41_500)).toBe('lower'); // 41,500 rounds to 42,000
    expect(relationOf(plain(41000), 41_499)).toBe('matches');
    expect(relationOf(plain(41000), 40_500)).toBe('matches'); // 40,500 rounds to 41,000
    expect(relationOf(plain(42000), 41_500)).toBe('matches');
  });
});

/** The verdict of the card of the claim whose quote contains `figure`. */
function verdictOf(text: string, figure: string, date: string | null) {
  const c = detectClaims(text, { articleDate: date }).find((x) => x.quote.includes(figure));
  if (!c) throw new Error(`no claim for ${figure} in: ${text}`);
  const ctx = buildContext(c, { articleDate: date, data });
  return { verdict: ctx.verdict, headline: ctx.headline, frame: c.frame, official: ctx.comparisons[0]?.official };
}

describe("the issue's examples", () => {
  it('41,500 funded to accommodate is no count of people held', () => {
    const r = verdictOf('ICE is currently funded to accommodate an average of 41,500 detainees, but it held 47,600 people last week.', '41,500', '2025-01-15');
    expect(r.frame).toMatchObject({ kind: 'capacity', detail: 'funded-beds' });
    expect(r.verdict?.metric ?? null).not.toBe('detention-population');
    expect(r.verdict?.metric ?? null).not.toBe('detention-adp');
  });

  it("a one-day border count gets no verdict against a monthly or yearly series or ICE's detention", () => {
    // Ruling 10.2: one day's apprehensions are a total over that day (frame.kind.day-flow, frame.period.one-day-flow).
    const r = verdictOf('Border Patrol agents apprehended 4,100 migrants on Tuesday, officials said.', '4,100', '2024-03-01');
    expect(r.frame).toMatchObject({ body: 'cbp', kind: 'total', period: { period: '2024-02-27' } });
    expect(r.verdict).toBeNull();
    const record = verdictOf('Border Patrol agents apprehended a record 4,100 migrants in a single day in February 2024.', '4,100', '2024-03-01');
    expect(record.frame).toMatchObject({ kind: 'total', period: { period: null } });
    expect(record.verdict).toBeNull();
  });

  it('a percent change in arrests is weighed against the right pair of years', () => {
    const r = verdictOf('ICE arrests fell 33.5 percent in fiscal 2024 from the year before.', '33.5 percent', '2024-12-20');
    expect(r.verdict).toMatchObject({ metric: 'arrests-ero-admin', period: 'FY2024', relation: 'matches' });
    expect(r.verdict!.official).toBeCloseTo(((113431 - 170590) / 170590) * 100, 0);
  });

  it("a $167 billion cost estimate is no budget; 52,000 beds requested are no count", () => {
    const cost = verdictOf('A mass deportation effort would cost $167 billion, an analysis estimates.', '$167 billion', '2024-10-01');
    expect(cost.verdict).toBeNull();
    expect(cost.headline).toMatch(/^A cost estimate/);
    const beds = verdictOf('ICE requested funding for 52,000 detention beds in its budget request.', '52,000', '2024-03-01');
    expect(beds.verdict).toBeNull();
    expect(beds.headline).toMatch(/^A plan, not a count/);
  });

  it('monthly book-ins are not set against people held', () => {
    const r = verdictOf('ICE booked 25,000 people into detention in March 2025.', '25,000', '2025-04-15');
    expect(r.frame.kind).toBe('total');
    expect(r.verdict?.metric ?? '').not.toMatch(/detention-(?:adp|population)/);
  });

  it('a backlog in an undated article, with no period, gets no verdict', () => {
    const r = verdictOf('The immigration court backlog stands at 540,000 cases.', '540,000', null);
    expect(r.verdict).toBeNull();
    expect(r.headline).toMatch(/^The article's date is unknown/);
  });

  it('"more than 50,000 a day" in June 2019 matches ICE\'s count', () => {
    const r = verdictOf('ICE held more than 50,000 people in detention a day in June 2019.', 'more than 50,000', '2019-07-01');
    expect(r.verdict).toMatchObject({ metric: 'detention-adp', relation: 'matches', basis: 'daily average' });
    expect(r.headline).toMatch(/^Matches ICE's count/);
  });
});

describe('who counted: the frame\'s counter meets the metric\'s', () => {
  it("a backlog credited to TRAC is TRAC's own tally, not EOIR's count, even at EOIR's number", () => {
    const eoir = verdictOf('The immigration court backlog stood at 1,087,201 cases at the end of fiscal 2019.', '1,087,201', '2019-12-20');
    expect(eoir.verdict).toMatchObject({ metric: 'courts-backlog', relation: 'matches' });
    const trac = verdictOf('The immigration court backlog stood at 1,087,201 cases at the end of fiscal 2019, according to TRAC.', '1,087,201', '2019-12-20');
    expect(trac.frame.credit).toBe('trac');
    expect(trac.verdict).toBeNull();
  });

  it("what TRAC only carries (ICE's detention count) stays ICE's", () => {
    const r = verdictOf('ICE held 39,322 people in detention on Nov. 16, 2023, according to TRAC.', '39,322', '2023-11-20');
    expect(r.frame.credit).toBe('trac');
    expect(r.frame.measure).toBe('detention');
    expect(disagreement(detectClaims('ICE held 39,322 people in detention on Nov. 16, 2023, according to TRAC.', { articleDate: '2023-11-20' })[0]!, data.metric('detention-population')!)).toBeNull();
  });
});

describe('a period the claim names is its own', () => {
  it('one that cannot be placed gets no verdict, and the card says why', () => {
    const r = verdictOf('Immigration courts completed 700,000 cases in fiscal 2023-2024.', '700,000', '2024-12-20');
    expect(r.verdict).toBeNull();
    expect(r.headline).toMatch(/^The period the claim names cannot be placed/);
  });
});

describe('a border count that names no border', () => {
  it("gets a verdict from the one series its number matches (8,024 is the nation's June 2025 count, the southwest's was 6,072)", () => {
    const nation = verdictOf('Border Patrol agents caught 8,024 migrants crossing between ports of entry in June 2025.', '8,024', '2025-07-24');
    expect(nation.frame.measure).toBe('apprehensions-border-unsaid');
    expect(nation.verdict).toMatchObject({ metric: 'border-usbp-nationwide', period: '2025-06', relation: 'matches' });
    const southwest = verdictOf('The Border Patrol apprehended 6,072 migrants in June 2025.', '6,072', '2025-07-24');
    expect(southwest.verdict).toMatchObject({ metric: 'border-usbp-swb-apprehensions', period: '2025-06', relation: 'matches' });
  });

  it("meets CBP's encounters and the Border Patrol's apprehensions where it names neither, and takes the one its number matches", () => {
    // September 2023 at the southwest border: 269,735 encounters, 218,760 Border Patrol apprehensions.
    const r = verdictOf('U.S. Customs and Border Protection counted 269,735 migrants at the Southwest border in September 2023.', '269,735', '2023-10-31');
    expect(r.frame.measure).toBe('count-unsaid-southwest');
    expect(r.verdict).toMatchObject({ metric: 'border-swb-encounters', period: '2023-09', relation: 'matches' });
  });

  it('gets none where both series match its number, and the card says the border is not said', () => {
    // June 2019: 94,900 at the southwest border, 95,580 nationwide; "more than 87,000" is true of both.
    const r = verdictOf('The Border Patrol apprehended more than 87,000 migrants in June 2019.', '87,000', '2019-07-30');
    expect(r.verdict).toBeNull();
    expect(r.headline).toMatch(/does not say which border/);
  });
});

describe('a count on a day meets a figure of that day, or of a slow level dated by its month (verdict.day-against-month)', () => {
  it("a record held on a named day is not August's record, dated by the month", () => {
    const r = verdictOf('ICE held a record 61,226 people in detention on Aug. 29, 2025.', '61,226', '2025-10-01');
    expect(r.verdict).toBeNull();
  });

  it("judges on a day of April meet April's count of judges (a slow level), never a research body's count", () => {
    const r = verdictOf('The immigration courts had about 700 judges on April 20, 2025.', 'about 700', '2025-10-01');
    expect(r.verdict).toMatchObject({ metric: 'courts-judges', period: '2025-04', relation: 'matches' });
    // TRAC's backlog count of August 2025 (courts-backlog-trac) is shown for reference, never weighed.
    expect(verdictOf('The immigration court backlog stood at 3.4 million cases on Aug. 15, 2025.', '3.4 million', '2025-10-01').verdict).toBeNull();
  });
});

describe('a slow level with no period meets the newest count known at the article date (verdict.latest-known-level)', () => {
  it("700 judges on April 24, 2025 meet NPR's count of April 2025, published April 8", () => {
    const r = verdictOf("The union represents the country's 700 immigration judges.", '700', '2025-04-24');
    expect(r.verdict).toMatchObject({ metric: 'courts-judges', period: '2025-04', relation: 'matches' });
  });

  it('a count dated by the article month but published after the article is not known at its date', () => {
    // NPR's April count came out on April 8: an article of April 5 knows only January's.
    const r = verdictOf("The union represents the country's 700 immigration judges.", '700', '2025-04-05');
    expect(r.verdict).toMatchObject({ metric: 'courts-judges', period: '2025-01' });
  });

  it('an estimate published after the article is not the newest known, whatever year it is of', () => {
    // MPI's mid-2023 estimate (13.7 million) came out in 2025: in July 2024 the newest known was mid-2022's 11.3 million.
    const r = verdictOf("The Migration Policy Institute's newest estimates put the U.S. unauthorized immigrant population at 11.3 million.", '11.3 million', '2024-07-12');
    expect(r.verdict).toMatchObject({ metric: 'population-unauthorized-mpi', period: 'CY2022', relation: 'matches' });
  });
});

describe('a change stated as a number is weighed against the difference of two counts (verdict.change-in-number)', () => {
  it("'almost 13,000' more removals in FY2012 matches 409,849 against 396,906, and the card says so in numbers", () => {
    const r = verdictOf('ICE removals rose by almost 13,000 in fiscal 2012 from the year before.', 'almost 13,000', '2012-12-27');
    expect(r.verdict).toMatchObject({ metric: 'removals', period: 'FY2012', official: 12943, relation: 'matches' });
    expect(r.headline).toMatch(/up 12,943 in FY2012 \(409,849 against 396,906 in FY2011\)/);
    // The card's working shows the difference, not a percent.
    expect(r.official).toMatchObject({ value: 12943, text: '12,943', derivation: '409,849 − 396,906' });
  });

  it('the wrong way, or a number the difference does not round to, gets no verdict', () => {
    expect(verdictOf('ICE removals fell by almost 13,000 in fiscal 2012 from the year before.', 'almost 13,000', '2012-12-27').verdict).toBeNull();
    expect(verdictOf('ICE removals rose by almost 20,000 in fiscal 2012 from the year before.', 'almost 20,000', '2012-12-27').verdict).toBeNull();
  });

  it('a bare year meets a series kept by fiscal year as that fiscal year, as a level does', () => {
    const r = verdictOf('Border Patrol apprehensions at the southwest border rose by more than 77,500 in 2016.', 'more than 77,500', '2017-01-15');
    expect(r.verdict).toMatchObject({ metric: 'border-usbp-swb-apprehensions', period: 'FY2016', relation: 'matches' });
  });
});

describe("a named term's last year is no fiscal year", () => {
  it("'roughly 300 arrests a day' in Biden's last year in office is not set against FY2024's daily rate", () => {
    const r = verdictOf("In President Biden's last year in office ICE averaged roughly 300 arrests a day.", 'roughly 300', '2025-06-05');
    expect(r.frame.period.period).toBe('2024-01-20/2025-01-19');
    expect(r.verdict).toBeNull();
  });
});

describe('a stock of people with no period meets the latest count of a day just before the article (verdict.stock-latest-count)', () => {
  it("'holding about 25,000' on Sept. 30, 2022 matches ICE's 25,134 of Sept. 25", () => {
    const r = verdictOf('ICE is also holding about 25,000 people in detention.', 'about 25,000', '2022-09-30');
    expect(r.verdict).toMatchObject({ metric: 'detention-population', period: '2022-09-25', relation: 'matches' });
  });

  it('in an undated article, none: the latest count cannot be chosen', () => {
    const r = verdictOf('ICE is also holding about 25,000 people in detention.', 'about 25,000', null);
    expect(r.verdict).toBeNull();
  });
});
