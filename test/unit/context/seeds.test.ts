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

describe('seed: "ICE averaging 7,000 deportations a month" (June 18, 2019)', () => {
  // Under the contract (issue 12) a card gives a verdict only when the claim's frame and the metric's agree
  // and a figure covers the claim's period. The seed's claims name no period, so most get none: the
  // figures are shown for reference, the first line says why.
  it('"approximately 7,000 deportations per month from the US interior": no period, no verdict; interior removals for reference', () => {
    const ctx = context(boston, 'approximately 7,000');
    expect(ctx.verdict).toBeNull();
    expect(ctx.metric?.id).toBe('removals-interior');
    const [, fy18] = figureOf(ctx, 'removals-interior', 'FY2018');
    const [, fy19] = figureOf(ctx, 'removals-interior', 'FY2019');
    expect(fy18.knowable).toBe('known');
    expect(fy19.timingText).toMatch(/^Since then/);
    expect(ctx.headline).toMatch(/for reference/);
  });

  it('"From October to December ... 22,169 from the US interior": a quarter against its year only per month, and only for a daily average', () => {
    const ctx = context(boston, '22,169');
    expect(ctx.verdict).toBeNull();
    expect(ctx.metric?.id).toBe('removals-interior');
    // "down 7 percent from the same period in 2017": no quarterly figures, so no verdict.
    expect(context(boston, '7 percent').verdict).toBeNull();
  });

  it('"more than 50,000 a day" with no period: no verdict, the average daily population for reference', () => {
    const ctx = context(boston, 'more than 50,000');
    expect(ctx.verdict).toBeNull();
    expect(ctx.metric?.id).toBe('detention-adp');
    // ICE's FY2019 average (its workbook, cell N84), published later, is shown for reference with its receipt.
    const [, adp] = figureOf(ctx, 'detention-adp', 'FY2019');
    expect(adp.timingText).toMatch(/^Since then/);
    expect(adp.value.value).toBe(50165.44);
    expect(adp.sources.map((s) => s.receipt).filter(Boolean)).toEqual([
      "released Oct. 2019, table 'ICE Average Daily Population by Facility Type and Month: FY2019', cell N84",
    ]);
    expect(ctx.capacity).toEqual([]);
  });

  it('"fewer than 6,000 officers" against the ERO officer count of April 2019 ("more than 6,100"): they differ, so no verdict, the count for reference', () => {
    const ctx = context(boston, 'fewer than 6,000');
    expect(ctx.verdict).toBeNull();
    expect(ctx.headline).toMatch(/^Not checked: the nearest figure differs/);
    expect(ctx.figures.some((f) => f.metric.id === 'personnel-ero-officers' && f.period === '2019-04')).toBe(true);
  });

  it('"About 10.5 million ... according to the Pew Research Center" matches Pew\'s estimate for 2017, named as an estimate', () => {
    const ctx = context(boston, 'About 10.5 million');
    expect(ctx.verdict).toMatchObject({ metric: 'population-unauthorized-pew', period: 'CY2017', relation: 'matches' });
    expect(ctx.headline).toMatch(/the Pew Research Center's estimate/);
    expect(ctx.headline).not.toMatch(/official/i);
    const later = ctx.figures.filter((f) => f.metric.id === 'population-unauthorized-pew' && f.period > 'CY2017');
    for (const f of later) expect(f.timingText).toMatch(/^Since then/);
    expect(ctx.capacity).toEqual([]); // no capacity math for a count
  });

  it('"millions" of deportations gets capacity math from 1 million, at the pace known in June 2019', () => {
    const ctx = context(boston, 'millions', 'To meet the president');
    expect(ctx.verdict).toBeNull();
    expect(ctx.headline).toMatch(/^A plan, not a count/);
    const pace = ctx.capacity.find((l) => l.id === 'goal-years-current-pace')!;
    expect(pace.inputs[0]!.value).toBe(1e6);
    expect(pace.notes.join(' ')).toMatch(/1 million.*conservative floor/);
    for (const id of pace.inputs[1]!.sources) expect(knowable(data.source(id)!.published, boston.date)).not.toBe('later');
    expect(pace.result.value).toBeCloseTo(1e6 / pace.inputs[1]!.value, 9);
  });
});

describe('seed: "Does ICE have the resources?" (June 18, 2019)', () => {
  it('"millions" of undocumented immigrants gets no verdict and no officers-per-arrest line', () => {
    const ctx = context(observer, 'millions');
    expect(ctx.verdict).toBeNull();
    expect(ctx.capacity.map((l) => l.id)).not.toContain('goal-officers-article-team');
  });
});

describe('seeds: provenance', () => {
  it('puts no unsourced number in front of a reader, for any claim of either article', () => {
    const walk = (x: unknown, out: Num[] = []): Num[] => {
      if (Array.isArray(x)) x.forEach((v) => walk(v, out));
      else if (x && typeof x === 'object') {
        if ('origin' in x && 'value' in x) out.push(x as Num);
        else Object.entries(x).forEach(([k, v]) => k !== 'verdict' && walk(v, out));
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
