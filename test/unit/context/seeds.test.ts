/**
 * The two seed articles (June 18, 2019) through the real detector and the real dataset: the claims the
 * project was founded on meet the official figures. Expected values are computed from the dataset's
 * figures, so a corrected figure changes the numbers, not the test.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildContext, type ClaimContext, type ContextFigure, type Num } from '../../../lib/context';
import { knowable } from '../../../lib/context/figures';
import { provenanceProblems } from '../../../lib/context/num';
import { data } from '../../../lib/dataset';
import { detectClaims } from '../../../lib/detect';
import { readFrame } from '../../../lib/detect/frame';
import type { Claim } from '../../../lib/detect/types';

const DIR = 'test/fixtures/shared/seeds';

interface Label {
  text: string;
  category: Claim['category'];
  figure: string;
  value: number | null;
  unit: string;
  rate: Claim['rate'];
  qualifier: Claim['qualifier'];
}

function article(file: string) {
  const raw = readFileSync(`${DIR}/${file}`, 'utf8');
  const date = /^DATE: (\S+)/m.exec(raw)![1]!;
  const text = raw.replace(/^URL:.*\n/, '').replace(/^DATE:.*\n/, '');
  const claims = detectClaims(text, { articleDate: date });
  return { date, text, claims };
}

const labels: { file: string; claims: Label[] }[] = JSON.parse(readFileSync(`${DIR}/labels.json`, 'utf8'));
const boston = article('000-ice-7000-deportations-a-month.txt');
const observer = article('002-does-ice-have-the-resources.txt');

/** The detector's claim for a labelled figure; if the detector misses it, the claim built from the label. */
function claimFor(a: ReturnType<typeof article>, figure: string, after = ''): Claim {
  const at = a.text.indexOf(figure, Math.max(0, a.text.indexOf(after)));
  const found = a.claims.find((c) => c.start < at + figure.length && at < c.end);
  if (found) return found;
  const label = labels.flatMap((l) => l.claims).find((l) => l.figure === figure)!;
  const sentenceStart = a.text.lastIndexOf('.', at) + 1;
  const sentenceEnd = a.text.indexOf('.', at + figure.length) + 1;
  const base: Omit<Claim, 'frame'> = {
    sentence: a.text.slice(sentenceStart, sentenceEnd),
    sentenceStart,
    sentenceEnd,
    quote: figure,
    start: at,
    end: at + figure.length,
    category: label.category,
    value: label.value,
    low: null,
    high: null,
    magnitude: /^millions$/i.test(figure) ? 1e6 : null,
    qualifier: label.qualifier,
    unit: label.unit,
    percent: false,
    dollars: false,
    rate: label.rate,
    period: null,
    cues: [],
  };
  return { ...base, frame: readFrame({ ...base, at: at - sentenceStart, to: at - sentenceStart + figure.length, previous: '', articleDate: a.date }) };
}

const context = (a: ReturnType<typeof article>, figure: string, after = ''): ClaimContext =>
  buildContext(claimFor(a, figure, after), { articleDate: a.date, data, claims: a.claims });
const figureOf = (ctx: ClaimContext, metric: string, period: string): [number, ContextFigure] => {
  const i = ctx.figures.findIndex((f) => f.metric.id === metric && f.period === period);
  expect(i, `${metric} ${period}`).toBeGreaterThanOrEqual(0);
  return [i, ctx.figures[i]!];
};
const comparisonWith = (ctx: ClaimContext, i: number) => ctx.comparisons.find((c) => c.figures[0] === i)!;

describe('seed: "ICE averaging 7,000 deportations a month" (June 18, 2019)', () => {
  it('"approximately 7,000 deportations per month from the US interior" meets FY2018 and, since then, FY2019', () => {
    const ctx = context(boston, 'approximately 7,000');
    expect(ctx.metric?.id).toBe('removals-interior');
    const [i18, fy18] = figureOf(ctx, 'removals-interior', 'FY2018');
    const [i19, fy19] = figureOf(ctx, 'removals-interior', 'FY2019');
    expect(fy18.knowable).toBe('known');
    expect(fy19.knowable).toBe('later');
    expect(fy19.timingText).toMatch(/^Since then/);
    for (const [i, f] of [[i18, fy18], [i19, fy19]] as const) {
      const k = comparisonWith(ctx, i);
      expect(k.basis).toBe('per month');
      expect(k.official.value).toBeCloseTo(f.value.value / 12, 9);
      expect(k.official.derivation).toBe(`${f.value.text} ÷ 12 months`);
      expect(k.difference.value).toBe(Math.round(((7000 - f.value.value / 12) / (f.value.value / 12)) * 1000) / 10);
    }
  });

  it('"From October to December ... 22,169 from the US interior" meets FY2019 per month, labelled as later', () => {
    const ctx = context(boston, '22,169');
    expect(ctx.metric?.id).toBe('removals-interior');
    const [i, fy19] = figureOf(ctx, 'removals-interior', 'FY2019');
    expect(fy19.timingText).toMatch(/^Since then: .*the official period containing the one the article names/);
    const k = comparisonWith(ctx, i);
    expect(k.basis).toBe('per month');
    expect(k.claimed.value).toBeCloseTo(22169 / 3, 9); // Oct.-Dec. is three whole months
    expect(k.official.value).toBeCloseTo(fy19.value.value / 12, 9);
    expect(k.explanation).toMatch(/published after the article/);
    // "down 7 percent from the same period in 2017": no quarterly figures, so no comparison.
    expect(context(boston, '7 percent').comparisons).toEqual([]);
  });

  it('"more than 50,000 a day" meets ICE\'s FY2019 average daily population (published later) and the recorded peak', () => {
    const ctx = context(boston, 'more than 50,000');
    expect(ctx.metric?.id).toBe('detention-adp');
    const [i, adp] = figureOf(ctx, 'detention-adp', 'FY2019');
    expect(adp.timingText).toMatch(/^Since then/);
    const k = comparisonWith(ctx, i);
    expect(k.basis).toBe('as stated');
    // ICE's year average (its FY2019 workbook, cell N84) sits just above the claimed floor: the claim holds.
    expect(adp.value.value).toBe(50165.44);
    expect(k.verdict).toBe('consistent');
    expect(adp.sources.map((s) => s.receipt).filter(Boolean)).toEqual([
      "released Oct. 2019, table 'ICE Average Daily Population by Facility Type and Month: FY2019', cell N84",
    ]);
    const [, peak] = figureOf(ctx, 'detention-peak', '2019-03-06');
    expect(peak.role).toBe('peak');
    expect(ctx.capacity.find((l) => l.id === 'detention-vs-funded-beds')?.inputs[1]?.sources.length).toBeGreaterThan(0);
  });

  it('"about 3,000 beds available for family detention" meets family capacity', () => {
    const ctx = context(boston, 'about 3,000');
    expect(ctx.metric?.id).toBe('detention-family-capacity');
    const k = ctx.comparisons[0]!;
    const f = ctx.figures[k.figures[0]!]!;
    expect(f.knowable).not.toBe('later');
    expect(k.difference.value).toBe(Math.round(((3000 - f.value.value) / f.value.value) * 1000) / 10);
  });

  it('"fewer than 6,000 officers" meets the ERO officer count', () => {
    const ctx = context(boston, 'fewer than 6,000');
    expect(ctx.metric?.id).toBe('personnel-ero-officers');
    const known = ctx.comparisons.find((c) => ctx.figures[c.figures[0]!]!.knowable !== 'later')!;
    expect(ctx.figures[known.figures[0]!]!.value.value).toBeLessThan(6000);
    expect(known.verdict).toBe('consistent');
  });

  it('"About 10.5 million ... according to the Pew Research Center" matches Pew’s estimate for 2017; later ones are later', () => {
    const ctx = context(boston, 'About 10.5 million');
    expect(ctx.metric?.id).toBe('population-unauthorized-pew');
    expect(ctx.attribution).toMatchObject({ agency: 'Pew', matches: true });
    expect(ctx.figures[ctx.attribution!.figure!]!.period).toBe('CY2017');
    const later = ctx.figures.filter((f) => f.metric.id === 'population-unauthorized-pew' && f.period > 'CY2017');
    expect(later.length).toBeGreaterThan(0);
    for (const f of later) expect(f.timingText).toMatch(/^Since then/);
    const years = ctx.capacity.find((l) => l.id === 'population-years-current-pace')!;
    expect(years.result.value).toBeCloseTo(10.5e6 / years.inputs[1]!.value, 9);
  });

  it('"millions" of deportations gets capacity math from 1 million, at the pace known in June 2019', () => {
    const ctx = context(boston, 'millions', 'To meet the president');
    expect(ctx.comparisons).toEqual([]);
    const pace = ctx.capacity.find((l) => l.id === 'goal-years-current-pace')!;
    expect(pace.inputs[0]!.value).toBe(1e6);
    expect(pace.notes.join(' ')).toMatch(/1 million.*conservative floor/);
    for (const id of pace.inputs[1]!.sources) expect(knowable(data.source(id)!.published, boston.date)).not.toBe('later');
    expect(pace.result.value).toBeCloseTo(1e6 / pace.inputs[1]!.value, 9);
    const team = ctx.capacity.find((l) => l.id === 'goal-officers-article-team');
    expect(team?.inputs[1]).toMatchObject({ origin: 'article', value: 4 });
  });
});

describe('seed: "Does ICE have the resources?" (June 18, 2019)', () => {
  it('"millions" of undocumented immigrants gets capacity math, and no officers-per-arrest line', () => {
    const ctx = context(observer, 'millions');
    expect(ctx.capacity.map((l) => l.id)).toContain('goal-years-current-pace');
    expect(ctx.capacity.map((l) => l.id)).not.toContain('goal-officers-article-team');
  });
});

describe('seeds: provenance', () => {
  it('puts no unsourced number in front of a reader, for any claim of either article', () => {
    const walk = (x: unknown, out: Num[] = []): Num[] => {
      if (Array.isArray(x)) x.forEach((v) => walk(v, out));
      else if (x && typeof x === 'object') {
        if ('origin' in x && 'value' in x) out.push(x as Num);
        else Object.values(x).forEach((v) => walk(v, out));
      }
      return out;
    };
    for (const a of [boston, observer]) {
      expect(a.claims.length).toBeGreaterThan(0);
      for (const c of a.claims) {
        for (const n of walk(buildContext(c, { articleDate: a.date, data, claims: a.claims }))) {
          expect(provenanceProblems(n)).toEqual([]);
          for (const id of n.sources) expect(data.source(id), id).toBeDefined();
        }
      }
    }
  });
});
