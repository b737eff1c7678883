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
    else for (const [k, v] of Object.entries(x)) numsIn(v, `${path}.${k}`, out);
  } else if (typeof x === 'number' && !/\.figures\[\d+\]$|\.figure$/.test(path)) out.push([path, { value: x } as Num]);
  return out;
}

describe('buildContext', () => {
  it('gives interior removals per month: FY2018 as known, FY2019 since then', () => {
    const ctx = build(interior);
    expect(ctx.metric?.id).toBe('removals-interior');
    expect(ctx.figures.map((f) => `${f.period}:${f.timing}`)).toEqual(['2018-10-01/2018-12-31:latest-known', 'FY2018:latest-known', 'FY2019:since-then']);
    const fy2019 = ctx.figures.findIndex((f) => f.period === 'FY2019');
    expect(ctx.figures[fy2019]!.timingText).toMatch(/^Since then/);
    const k = ctx.comparisons.find((c) => c.figures[0] === fy2019)!;
    expect(k.official.text).toBe('7,163 a month');
    expect(k.difference.value).toBe(-2.3);
    expect(k.verdict).toBe('in line');
    expect(k.explanation).toMatch(/That figure was published after the article \(Dec\. 11, 2019\)\.$/);
  });

  it('shows the average daily population with its peak and the single-day count', () => {
    const ctx = build(detained);
    expect(ctx.metric?.id).toBe('detention-adp');
    expect(ctx.figures.map((f) => `${f.role}:${f.metric.id}:${f.period}`)).toEqual([
      'main:detention-adp:FY2018',
      'main:detention-adp:FY2019',
      'peak:detention-peak:FY2019',
      'related:detention-population:2019-02-06',
      'related:detention-population:2023-05-01', // the latest count, labelled as later
    ]);
    const verdicts = ctx.comparisons.map((c) => `${ctx.figures[c.figures[0]!]!.period}:${c.verdict}`);
    expect(verdicts).toEqual(['FY2018:above', 'FY2019:consistent', '2019-02-06:in line']);
    // A count of people held, made months before the article, says how old it is; a yearly average does not.
    expect(ctx.comparisons[2]!.explanation).toMatch(/That count is from 4 months before the article\.$/);
    expect(ctx.comparisons[0]!.explanation).not.toMatch(/months before/);
    expect(ctx.capacity.map((l) => l.id)).toEqual(['detention-vs-funded-beds']);
  });

  it('checks the credited source: Pew matches 10.5 million, not 12 million', () => {
    const ctx = build(pew);
    expect(ctx.metric?.id).toBe('population-unauthorized-pew');
    expect(ctx.attribution).toMatchObject({ agency: 'Pew', matches: true });
    expect(ctx.attribution!.text).toContain('2017');
    expect(ctx.figures.find((f) => f.role === 'other-estimate')?.metric.id).toBe('population-unauthorized-dhs');
    const wrong = build(pewWrong);
    expect(wrong.attribution).toMatchObject({ agency: 'Pew', matches: false });
    expect(wrong.attribution!.text).toMatch(/above the Pew Research Center's estimate by 14\.3%/);
  });

  it('gives a goal no comparison but capacity math, using the article’s own team size', () => {
    const ctx = build(millions);
    expect(ctx.claimed).toBeNull();
    expect(ctx.comparisons).toEqual([]);
    expect(ctx.noComparison).toMatch(/goal/);
    expect(ctx.capacity.map((l) => l.id)).toContain('goal-officers-article-team');
  });

  it('compares a percent change with the two sourced quarters', () => {
    const ctx = build(quarter);
    expect(ctx.comparisons).toHaveLength(1);
    expect(ctx.comparisons[0]!.basis).toBe('percent change');
    expect(ctx.comparisons[0]!.verdict).toBe('in line');
    expect(ctx.comparisons[0]!.figures.map((i) => ctx.figures[i]!.period)).toEqual(['2018-10-01/2018-12-31', '2017-10-01/2017-12-31']);
  });

  it('says so when no metric fits, and compares hedged and family claims', () => {
    const none = build(orders);
    expect(none.metric).toBeNull();
    expect(none.figures).toEqual([]);
    expect(none.noComparison).toBeTruthy();
    expect(build(team).metric).toBeNull();
    expect(build(officers).comparisons[0]!.verdict).toBe('consistent');
    const fam = build(family);
    expect(fam.metric?.id).toBe('detention-family-capacity');
    expect(fam.comparisons[0]!.label).toBe('below official data by 9.8%');
  });

  it('flags a yardstick more than two years older than the article', () => {
    const ctx = build(detained, '2022-06-01');
    const i = ctx.figures.findIndex((f) => f.metric.id === 'detention-adp' && f.period === 'FY2019');
    expect(ctx.figures[i]!.age).toBe('about 3 years before the article');
    expect(ctx.comparisons.find((c) => c.figures[0] === i)!.explanation).toMatch(/That figure is from about 3 years before the article\.$/);
    expect(build(detained).figures.filter((f) => f.knowable !== 'later').every((f) => f.age === null)).toBe(true);
    // With a fresh count the writer could have known, the stale yardstick is not compared at all.
    const fresh = build(detained, '2023-06-01');
    expect(fresh.comparisons.map((c) => fresh.figures[c.figures[0]!]!.period)).toEqual(['2023-05-01']);
  });

  it('without an article date, shows the latest figures and says the date is unknown', () => {
    const ctx = build(interior, null);
    expect(ctx.figures.map((f) => `${f.period}:${f.timing}`)).toEqual(['FY2019:latest-undated']);
    expect(ctx.figures[0]!.timingText).toMatch(/article's date is unknown/);
    expect(ctx.periodNote).toMatch(/date is unknown/);
    // A malformed date is no date.
    expect(build(interior, '2019-13-45').articleDate).toBeNull();
  });

  it('writes money figures without a unit after the dollar sign', () => {
    const c = claim("ICE's budget is $7.6 billion this year.", '$7.6 billion', { category: 'budget', value: 7.6e9, dollars: true });
    const ctx = build(c);
    expect(ctx.figures[0]!.display).toBe('$7.6 billion');
    expect(ctx.comparisons[0]!.verdict).toBe('in line');
  });

  it('shows every source of a disputed figure, primary first', () => {
    const goal = claim('Removals reached 267,000 in fiscal 2019.', '267,000', { category: 'removals', value: 267000, period: { text: 'in fiscal 2019', period: 'FY2019', start: '2018-10-01', end: '2019-09-30' } });
    const ctx = build(goal, '2020-02-01');
    const fy = ctx.figures.filter((f) => f.period === 'FY2019');
    expect(fy.map((f) => [f.value.value, f.sources[0]!.id, f.disagreement])).toEqual([
      [267258, 'ice-fy2019', true],
      [267000, 'news-fy2019', true],
    ]);
    expect(ctx.comparisons.map((c) => c.verdict)).toEqual(['in line', 'in line']);
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
  it("names an independent estimate as that body's, and another body's fresher estimate does not drop it", () => {
    const mpi = {
      ...dataset,
      metrics: [...dataset.metrics, { ...dataset.metrics.find((m) => m.id === 'population-unauthorized-pew')!, id: 'population-unauthorized-mpi', countedBy: 'MPI' as const }],
      sources: [...dataset.sources, { id: 'mpi-2021', title: 'MPI estimate', publisher: 'Migration Policy Institute', url: 'https://example.org/mpi', published: '2021-03-01', tier: 'research' as const, ownEstimate: true as const, primary: true }],
      figures: [...dataset.figures, { metric: 'population-unauthorized-mpi', period: 'CY2020', value: 11_000_000, unit: 'people', source: 'mpi-2021', quote: 'test quote 11000000' }],
    };
    const c = claim('About 10.5 million unauthorized immigrants live in the United States.', 'About 10.5 million', { category: 'population', value: 10.5e6, qualifier: 'about' });
    const ctx = build(c, '2021-06-01', createQuery(mpi));
    const by = (id: string) => ctx.comparisons.find((x) => ctx.figures[x.figures[0]!]!.metric.id === id);
    // Pew's 2017 estimate is old at the article's date, but MPI's fresher one is another body's.
    expect(by('population-unauthorized-pew')?.label).toMatch(/the Pew Research Center's estimate/);
    expect(by('population-unauthorized-pew')?.explanation).toMatch(/years before the article/);
    expect(by('population-unauthorized-mpi')?.explanation).toMatch(/the Migration Policy Institute's estimate for 2020 is 11 million/);
    expect(ctx.comparisons.every((x) => !/official/.test(x.label) || ctx.figures[x.figures[0]!]!.metric.countedBy === 'DHS')).toBe(true);
  });
  it('removals credited to DHS are measured by DHS-wide removals, with ICE\'s beside them', () => {
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
    expect(ctx.metric?.id).toBe('removals-dhs');
    const verdicts = ctx.comparisons.map((k) => `${ctx.figures[k.figures[0]!]!.metric.id}:${k.verdict}`);
    expect(verdicts).toEqual(['removals-dhs:in line', 'removals:above']);
    // Without the credit, the same words are ICE's removals.
    const plain = build({ ...c, sentence: 'The government deported 330,000 people in fiscal 2018.', sentenceEnd: 56 }, JUNE_2019, createQuery(withDhs));
    expect(plain.metric?.id).toBe('removals');
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
