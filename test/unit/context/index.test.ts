import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildContext, type ClaimContext, type Num } from '../../../lib/context';
import { provenanceProblems } from '../../../lib/context/num';
import { data } from '../../../lib/dataset';
import { parsePeriod } from '../../../lib/dataset/period';
import { createQuery, type DatasetQuery } from '../../../lib/dataset/query';
import type { Claim } from '../../../lib/detect/types';
import { claim, dataset, JUNE_2019, q } from './fixture';

const interior = claim('ICE is averaging approximately 7,000 deportations per month from the US interior.', 'approximately 7,000', {
  category: 'removals',
  value: 7000,
  qualifier: 'about',
  rate: 'month',
  unit: 'deportations from the interior',
});
const detained = claim('ICE is detaining the largest number of migrants in its history — more than 50,000 a day.', 'more than 50,000', { category: 'detention', value: 50000, qualifier: 'more than', rate: 'day' });
const pew = claim('About 10.5 million unauthorized immigrants are in the United States, according to the Pew Research Center.', 'About 10.5 million', { category: 'population', value: 10.5e6, qualifier: 'about' });
const pewWrong = claim('Some 12 million unauthorized immigrants live in the US, according to Pew.', 'Some 12 million', { category: 'population', value: 12e6, qualifier: 'about' });
const millions = claim('To meet the president’s goal of “millions” of deportations, ICE would need more agents.', 'millions', { category: 'goal', magnitude: 1e6 });
const team = claim('Usually at least four officers are assigned to each arrest target.', 'at least four', { category: 'personnel', value: 4, qualifier: 'at least' });
const quarter = claim('From October to December, ICE deported 22,169 people from the US interior, down 7 percent from the same period in 2017.', '7 percent', {
  category: 'removals',
  value: 7,
  percent: true,
  period: { text: 'From October to December', period: '2018-10-01/2018-12-31', start: '2018-10-01', end: '2018-12-31' },
});
const officers = claim('ERO has fewer than 6,000 officers nationwide.', 'fewer than 6,000', { category: 'personnel', value: 6000, qualifier: 'fewer than' });
const family = claim('ICE has only about 3,000 beds available for family detention.', 'about 3,000', { category: 'detention', value: 3000, qualifier: 'about' });
const orders = claim('At least 12,780 removal orders were issued to family units.', 'At least 12,780', { category: 'courts', value: 12780, qualifier: 'at least' });
const ALL = [interior, detained, pew, pewWrong, millions, team, quarter, officers, family, orders];

const build = (c: Claim, articleDate: string | null = JUNE_2019, data: DatasetQuery = q): ClaimContext => buildContext(c, { articleDate, data, claims: ALL });

/**
 * Every number in the output: `Num` objects (checked whole, inputs included), and bare numbers, which
 * may only be indexes into `figures`.
 */
function numsIn(x: unknown, path = 'ctx', out: [string, Num][] = []): [string, Num][] {
  if (Array.isArray(x)) x.forEach((v, i) => numsIn(v, `${path}[${i}]`, out));
  else if (x && typeof x === 'object') {
    if ('origin' in x && 'value' in x) out.push([path, x as Num]);
    else for (const [k, v] of Object.entries(x)) if (k !== 'verdict') numsIn(v, `${path}.${k}`, out);
  } else if (typeof x === 'number' && !/\.figures\[\d+\]$|\.figure$/.test(path)) out.push([path, { value: x } as Num]);
  return out;
}

describe('buildContext: one headline, at most one verdict', () => {
  it('gives a rate with no period no verdict, and shows the nearest figures for reference', () => {
    const ctx = build(interior);
    expect(ctx.verdict).toBeNull();
    expect(ctx.comparisons).toEqual([]);
    expect(ctx.metric?.id).toBe('removals-interior');
    expect(ctx.figures.length).toBeGreaterThan(0);
    expect(ctx.headline).toMatch(/for reference/);
  });

  it('weighs a month against its year only as that year\'s average, and says so', () => {
    // Read in July: June is over (a month still running is no count to confirm, verdict.period-not-over).
    const june = claim('ICE is detaining more than 50,000 a day in June 2019.', 'more than 50,000', {
      category: 'detention',
      value: 50000,
      qualifier: 'more than',
      rate: 'day',
      period: { text: 'in June 2019', period: '2019-06', start: '2019-06-01', end: '2019-06-30' },
    });
    const ctx = build(june, '2019-07-20');
    expect(ctx.verdict).toMatchObject({ metric: 'detention-adp', period: 'FY2019', official: 50165, relation: 'matches', basis: 'daily average', source: 'ice-fy2019' });
    expect(ctx.headline).toBe("Matches ICE's count: 50,165 units a day on average in FY2019 (the FY2019 average, as no figure for the claim's own period is published).");
    expect(build(detained).verdict).toBeNull(); // no period, no "now": no verdict
  });

  it("names a research body's estimate, and honours the claim's qualifier", () => {
    const ctx = build(pew);
    expect(ctx.verdict).toMatchObject({ metric: 'population-unauthorized-pew', period: 'CY2017', relation: 'matches' });
    expect(ctx.headline).toMatch(/^Matches the Pew Research Center's estimate: 10\.5 million/);
    // A number outside the estimate gets no verdict (verdict.no-unconfirmed-difference); the estimate is shown for reference.
    const wrong = build(pewWrong);
    expect(wrong.verdict).toBeNull();
    expect(wrong.headline).toMatch(/^Not checked: the nearest figure differs/);
  });

  it('gives a plan no verdict, and says what it is', () => {
    const ctx = build(millions);
    expect(ctx.verdict).toBeNull();
    expect(ctx.headline).toMatch(/^A plan, not a count[;.]/);
    expect(ctx.capacity.length).toBeGreaterThan(0);
  });

  it('weighs a percent change against the change between the two sourced periods, and gives no verdict when they differ', () => {
    const trace: string[] = [];
    const ctx = buildContext(quarter, { articleDate: JUNE_2019, data: q, claims: ALL, trace });
    // The change between the two sourced quarters (-6.3%) falls outside the claim's: silence, not "lower".
    expect(trace).toContain('verdict.change-pair');
    expect(trace).toContain('verdict.no-unconfirmed-difference');
    expect(ctx.verdict).toBeNull();
  });

  it('gives a subgroup, and a level with no period or "now", no verdict; a bound that holds matches', () => {
    expect(build(orders).verdict).toBeNull();
    const convicted = claim('ICE arrested 75,000 people with criminal convictions in fiscal 2018.', '75,000', { category: 'arrests', value: 75000, period: { text: 'in fiscal 2018', period: 'FY2018', start: '2017-10-01', end: '2018-09-30' } });
    expect(build(convicted).verdict).toBeNull();
    expect(build(convicted).headline).toMatch(/^A part of a group/);
    expect(build(family).verdict).toBeNull();
    expect(build(officers).verdict).toMatchObject({ metric: 'personnel-ero-officers', official: 5700, relation: 'matches' });
  });

  it("without an article date, a claim with no period gets no verdict and the card says the date is unknown", () => {
    const ctx = build(interior, null);
    expect(ctx.verdict).toBeNull();
    expect(ctx.headline).toBe("The article's date is unknown: latest figures shown for reference.");
    expect(ctx.periodNote).toMatch(/date is unknown/);
    // A malformed date is no date.
    expect(build(interior, '2019-13-45').articleDate).toBeNull();
  });

  it('writes money figures without a unit after the dollar sign', () => {
    const c = claim("ICE's budget is $7.6 billion this year.", '$7.6 billion', { category: 'budget', value: 7.6e9, dollars: true, period: { text: 'this year', period: 'FY2019', start: '2018-10-01', end: '2019-09-30' } });
    const ctx = build(c);
    expect(ctx.figures[0]!.display).toBe('$7.6 billion');
    expect(ctx.verdict).toMatchObject({ metric: 'budget-ice-total', relation: 'matches' });
  });

  it('shows every source of a disputed figure, and rests the one verdict on the agency', () => {
    const c = claim('Removals reached 267,000 in fiscal 2019.', '267,000', { category: 'removals', value: 267000, period: { text: 'in fiscal 2019', period: 'FY2019', start: '2018-10-01', end: '2019-09-30' } });
    const ctx = build(c, '2020-02-01');
    const fy = ctx.figures.filter((f) => f.period === 'FY2019');
    expect(fy.map((f) => [f.value.value, f.sources[0]!.id, f.disagreement])).toEqual([
      [267258, 'ice-fy2019', true],
      [267000, 'news-fy2019', true],
    ]);
    expect(ctx.verdict).toMatchObject({ source: 'ice-fy2019', relation: 'matches' });
    expect(ctx.comparisons).toHaveLength(1);
  });

  it('never lets the page being read be its own evidence', () => {
    // The newspaper's 267,000 is what remains once ICE's own page is the one being read.
    const c = claim('ICE deported 267,000 people in fiscal 2019.', '267,000', { category: 'removals', value: 267000, period: { text: 'in fiscal 2019', period: 'FY2019', start: '2018-10-01', end: '2019-09-30' } });
    const own = buildContext(c, { articleDate: '2020-02-01', data: q, page: { url: 'https://www.example.org/ice-fy2019/' } });
    expect(own.verdict?.source).toBe('news-fy2019');
    expect(own.headline).toMatch(/ICE's figure, as reported by A newspaper/);
    const title = buildContext(c, { articleDate: '2020-02-01', data: q, page: { title: 'Test source ice-fy2019' } });
    expect(title.verdict?.source).toBe('news-fy2019');
  });

  it('puts no number in front of a reader without a source, a quote from the article, or a sourced derivation', () => {
    for (const c of ALL) {
      for (const date of [JUNE_2019, null, '2020-02-01']) {
        const ctx = build(c, date);
        for (const [path, n] of numsIn(ctx)) {
          expect(n.origin, `${c.quote} ${path}`).toBeDefined();
          expect(provenanceProblems(n, path)).toEqual([]);
          for (const id of n.sources) expect(q.source(id), id).toBeDefined();
        }
        // Figures cite the sources whose quotes state them, and every derived number shows its inputs.
        for (const f of ctx.figures) expect(f.value.sources).toEqual(f.sources.map((s) => s.id));
        for (const line of ctx.capacity) expect(line.result.inputs?.length).toBeGreaterThan(0);
      }
    }
  });
});

describe('buildContext over arbitrary claims', () => {
  const CATEGORIES = ['removals', 'arrests', 'detention', 'personnel', 'budget', 'population', 'courts', 'border', 'atd', 'goal'] as const;
  const WORDS = ['deportations from the interior', 'people in detention', 'family beds', 'officers', 'employees', 'a bed a night', 'budget', 'unauthorized immigrants', 'judges', 'backlog', 'encounters', 'ankle monitors', 'arrests', ''];
  const arbClaim = fc
    .record({
      category: fc.constantFrom(...CATEGORIES),
      words: fc.constantFrom(...WORDS),
      value: fc.option(fc.oneof(fc.constantFrom(0, 1, 4, 6000, 1e6), fc.integer({ min: 0, max: 20_000_000 }), fc.double({ min: 0, max: 1e10, noNaN: true })), { nil: null }),
      magnitude: fc.option(fc.constantFrom(100, 1000, 1e5, 1e6), { nil: null }),
      qualifier: fc.constantFrom(null, 'about', 'more than', 'fewer than', 'nearly', 'at least', 'up to', 'exact'),
      rate: fc.constantFrom(null, 'day', 'week', 'month', 'year'),
      percent: fc.boolean(),
      dollars: fc.boolean(),
      period: fc.constantFrom(null, 'FY2018', 'FY2019', 'CY2017', '2018-10-01/2018-12-31', '2019-06'),
    })
    .map((r) => {
      const quote = r.value === null ? 'thousands' : String(r.value);
      const p = r.period ? parsePeriod(r.period)! : null;
      return claim(`ICE counted ${quote} ${r.words} down from before.`, quote, {
        category: r.category,
        value: r.value,
        magnitude: r.value === null ? r.magnitude : null,
        qualifier: r.qualifier,
        rate: r.rate,
        percent: r.percent,
        dollars: r.dollars,
        unit: r.words || null,
        period: p ? { text: r.period!, period: p.id, start: p.start, end: p.end } : null,
      });
    });
  const arbDate = fc.constantFrom(null, '2015-03-01', JUNE_2019, '2021-01-15', '2025-08-01');

  it('drops math that would divide by zero', () => {
    const none = claim('ERO has 0 officers left.', '0', { category: 'personnel', value: 0 });
    const ctx = buildContext(none, { articleDate: JUNE_2019, data: q });
    expect(ctx.capacity).toEqual([]);
    for (const [path, n] of numsIn(ctx)) expect(provenanceProblems(n, path)).toEqual([]);
  });

  it('never throws, and every number it outputs has its provenance (synthetic and real data)', () => {
    for (const dataset of [q, data]) {
      fc.assert(
        fc.property(arbClaim, arbDate, (c, date) => {
          const ctx = buildContext(c, { articleDate: date, data: dataset, claims: [c, team] });
          for (const [path, n] of numsIn(ctx)) {
            expect(provenanceProblems(n, path)).toEqual([]);
            for (const id of n.sources) expect(dataset.source(id), id).toBeDefined();
          }
          for (const f of ctx.figures) if (f.knowable === 'later') expect(f.timingText).toMatch(/^Since then/);
          for (const k of ctx.comparisons) for (const i of k.figures) expect(ctx.figures[i]).toBeDefined();
        }),
        { numRuns: 400 },
      );
    }
  });
  it('removals credited to DHS are weighed against DHS-wide removals; uncredited, they meet ICE\'s for reference', () => {
    const withDhs = {
      ...dataset,
      metrics: [...dataset.metrics, { ...dataset.metrics.find((m) => m.id === 'removals')!, id: 'removals-dhs', countedBy: 'DHS' as const }],
      figures: [...dataset.figures, { metric: 'removals-dhs', period: 'FY2018', value: 330_000, unit: 'removals', source: 'dhs-2018', quote: 'test quote 330000' }],
    };
    const c = claim('The government deported 330,000 people in fiscal 2018, according to the Department of Homeland Security.', '330,000', {
      category: 'removals',
      value: 330_000,
      period: { text: 'in fiscal 2018', period: 'FY2018', start: '2017-10-01', end: '2018-09-30' },
    });
    const ctx = build(c, JUNE_2019, createQuery(withDhs));
    expect(ctx.verdict).toMatchObject({ metric: 'removals-dhs', relation: 'matches' });
    expect(ctx.comparisons).toHaveLength(1);
    // Without the credit, the same words are ICE's removals.
    const plain = build(claim('The government deported 330,000 people in fiscal 2018.', '330,000', { category: 'removals', value: 330_000, period: c.period }), JUNE_2019, createQuery(withDhs));
    // ...and differ from ICE's count, which gives no verdict, only the figure for reference.
    expect(plain.verdict).toBeNull();
    expect(plain.figures.some((f) => f.metric.id === 'removals')).toBe(true);
  });

  it('one figure per value: sources that hedge the same number differently are listed together', () => {
    const hedged = {
      ...dataset,
      sources: [...dataset.sources, { id: 'news-2019-b', title: 'Another paper', publisher: 'Another paper', url: 'https://example.org/b', published: '2019-12-20', tier: 'news' as const, primary: false }],
      figures: [...dataset.figures, { metric: 'removals', period: 'FY2019', value: 267258, unit: 'removals', source: 'news-2019-b', quote: 'about 267,258', qualifier: 'about' as const }],
    };
    const ctx = build(claim('ICE removed 267,258 people in fiscal 2019.', '267,258', { category: 'removals', value: 267258, period: { text: 'in fiscal 2019', period: 'FY2019', start: '2018-10-01', end: '2019-09-30' } }), JUNE_2019, createQuery(hedged));
    const fy2019 = ctx.figures.filter((f) => f.period === 'FY2019' && f.value.value === 267258);
    expect(fy2019).toHaveLength(1);
    expect(fy2019[0]!.sources.map((s) => s.id)).toEqual(['ice-fy2019', 'news-2019-b']);
    expect(fy2019[0]!.qualifier).toBeNull();
  });
});

describe('advocacy pages (issue 16)', () => {
  // An advocacy page's value for FY2019, listed before ICE's own, and the same value carried only by it.
  const withAdvocacy = {
    ...dataset,
    sources: [{ id: 'advocacy-2019', title: 'A campaign page', publisher: 'A campaign', url: 'https://example.org/campaign', published: '2019-10-15', tier: 'advocacy' as const, primary: false }, ...dataset.sources],
    figures: [{ metric: 'removals', period: 'FY2019', value: 350_000, unit: 'removals', source: 'advocacy-2019', quote: 'about 350,000' }, ...dataset.figures],
  };
  const fy2019 = { text: 'in fiscal 2019', period: 'FY2019', start: '2018-10-01', end: '2019-09-30' };

  it('never anchor a verdict, even where the claim equals their figure', () => {
    // Read after FY2019 closed; the campaign's page gives exactly the claim's number, ICE's count (267,258)
    // does not: no match (the engine gives no unconfirmed difference either, verdict.no-unconfirmed-difference).
    const deported = claim('ICE deported 350,000 people in fiscal 2019.', '350,000', { category: 'removals', value: 350_000, period: fy2019 });
    expect(build(deported, '2020-01-15', createQuery(withAdvocacy)).verdict).toBeNull();
    // The control: ICE's own number gets its match on the same data.
    const exact = claim('ICE deported 267,258 people in fiscal 2019.', '267,258', { category: 'removals', value: 267_258, period: fy2019 });
    expect(build(exact, '2020-01-15', createQuery(withAdvocacy)).verdict).toMatchObject({ metric: 'removals', period: 'FY2019', relation: 'matches' });
  });

  it("never lead the card's figures where another tier gives a figure for the same measure and period", () => {
    const ctx = build(claim('Trump promised to deport 1 million people in fiscal 2019.', '1 million', { category: 'goal', value: 1_000_000, period: fy2019 }), JUNE_2019, createQuery(withAdvocacy));
    const same = ctx.figures.filter((f) => f.metric.id === 'removals' && f.period === 'FY2019');
    expect(same.map((f) => f.sources[0]!.tier)).toEqual(['agency', 'news', 'advocacy'].filter((t) => same.some((f) => f.sources[0]!.tier === t)));
    expect(same[0]!.sources[0]!.tier).not.toBe('advocacy');
    expect(same.at(-1)!.sources.every((s) => s.tier === 'advocacy')).toBe(true);
  });
});
