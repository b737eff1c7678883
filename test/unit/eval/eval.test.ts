import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ClaimContext } from '../../../lib/context/types';
import type { Claim } from '../../../lib/detect/types';
import { explainOver, judge, samePeriod, scoreCards, verdictOf, type ContextFor, type Explain } from '../../../scripts/eval-cards';
import { expectedFrameKind, scoreDetector } from '../../../scripts/eval-detector';
import { locateQuote, parseLabelled, readLabelled } from '../../../scripts/eval/labelled';
import { tally } from '../../../scripts/eval/why';
import { data } from '../../../lib/dataset';
import { detectClaims } from '../../../lib/detect';

// A tiny labelled file: one paragraph with two claims, one paragraph with none.
const A = 'ICE removed 271,484 people in fiscal 2024 and held 37,000 people on one day in August.';
const B = 'The Flames beat Vancouver 5-2 on Saturday.';
const rows = [
  {
    id: 'a',
    articleDate: '2024-12-20',
    text: A,
    claims: [
      { quote: '271,484', category: 'removals', kind: 'total', expect: { metric: 'removals', period: 'FY2024', relation: 'matches' } },
      { quote: '37,000', category: 'detention', kind: 'one-day', expect: null },
    ],
  },
  { id: 'b', articleDate: null, text: B, claims: [] },
];

function file(): string {
  const dir = mkdtempSync(join(tmpdir(), 'eval-'));
  const path = join(dir, 'tiny.jsonl');
  writeFileSync(path, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  return path;
}

const FRAME: Claim['frame'] = { body: 'unknown', credit: null, scope: 'nation', scopeWords: null, kind: 'total', detail: null, measure: null, direction: null, period: { basis: 'none', period: null, start: null, end: null }, rules: [] };

/** A detected claim at the first occurrence of `quote` in `text`. */
function claim(text: string, quote: string, category: Claim['category']): Claim {
  const start = text.indexOf(quote);
  return { sentence: text, sentenceStart: 0, sentenceEnd: text.length, quote, start, end: start + quote.length, category, value: null, low: null, high: null, magnitude: null, qualifier: null, unit: null, percent: false, dollars: false, rate: null, period: null, cues: [], frame: FRAME };
}

// The fake detector: both labels found (the second in the wrong category), plus a false hit in each paragraph.
const detect = (text: string): Claim[] =>
  text === A ? [claim(A, '271,484', 'removals'), claim(A, 'fiscal 2024', 'removals'), claim(A, '37,000', 'arrests')] : [claim(B, '5-2', 'goal')];

function context(verdict: ClaimContext['verdict']): ClaimContext {
  return { verdict, claimed: null, metric: null, metricReason: '', articleDate: null, figures: [], periodNote: '', comparisons: [], noComparison: null, attribution: null, capacity: [] };
}
const v = (metric: string, period: string, relation: 'matches' | 'higher' | 'lower') => ({ metric, period, relation, official: 1, basis: 'total' as const, source: 's' });

describe('eval:detector on a tiny labelled file', () => {
  it('counts precision, recall, F1 and category right from the pairs it makes', () => {
    const s = scoreDetector(readLabelled(file()), detect);
    expect([s.labels, s.detected, s.matched, s.categoryRight]).toEqual([2, 4, 2, 1]);
    expect(s.precision).toBe(0.5);
    expect(s.recall).toBe(1);
    expect(s.f1).toBeCloseTo(2 / 3, 10);
    expect(s.falseHits.map((f) => f.claim.quote)).toEqual(['fiscal 2024', '5-2']);
    expect(s.wrongCategory.map((w) => w.label.quote)).toEqual(['37,000']);
    expect([s.noClaimMarked, s.noClaimParagraphs]).toEqual([1, 1]);
    expect(s.byCategory).toEqual({ removals: { labels: 1, matched: 1, categoryRight: 1 }, detention: { labels: 1, matched: 1, categoryRight: 0 } });
    // Both fake claims are framed as totals: right for the total, wrong for the one-day count.
    expect([s.frameRight, s.frameCompared]).toEqual([1, 2]);
    expect(s.wrongFrame.map((w) => [w.label.quote, w.expected[0]!.kind, w.got.kind])).toEqual([['37,000', 'on-a-day', 'total']]);
  });

  it('maps label kinds on frame kinds only where they correspond', () => {
    expect(expectedFrameKind({ kind: 'requested', category: 'budget' })).toEqual([{ kind: 'money', detail: 'request' }]);
    expect(expectedFrameKind({ kind: 'requested', category: 'detention' })).toBeNull();
    expect(expectedFrameKind({ kind: 'estimate', category: 'population' })).toBeNull();
    expect(expectedFrameKind({ kind: 'funded-beds', category: 'detention' })).toEqual([{ kind: 'capacity', detail: 'funded-beds' }]);
    expect(expectedFrameKind({ kind: 'level', category: 'courts' })?.map((f) => f.kind)).toEqual(['on-a-day', 'change']);
  });

  it('counts a label no claim overlaps as a miss', () => {
    const s = scoreDetector(readLabelled(file()), (text) => (text === A ? [claim(A, '271,484', 'removals')] : []));
    expect([s.precision, s.recall, s.categoryRight]).toEqual([1, 0.5, 1]);
    expect(s.misses.map((m) => m.label.quote)).toEqual(['37,000']);
  });
});

describe('eval:cards on a tiny labelled file', () => {
  const cards = (byQuote: Record<string, ClaimContext['verdict']>) => {
    const contextFor: ContextFor = (c) => context(byQuote[c.quote] ?? null);
    return scoreCards(readLabelled(file()), detect, contextFor);
  };

  it('scores a right verdict and keeps silence where none is deserved', () => {
    const s = cards({ '271,484': v('removals', 'FY2024', 'matches') });
    expect([s.given, s.right, s.wrong.length, s.deserving]).toEqual([1, 1, 0, 1]);
  });

  it('counts a verdict where none is right and a verdict on the wrong period as wrong', () => {
    const s = cards({ '271,484': v('removals', 'FY2023', 'matches'), '37,000': v('detention-population', '2024-08-11', 'matches') });
    expect([s.given, s.right]).toEqual([2, 0]);
    expect(s.wrong.map((w) => [w.label.quote, w.outcome])).toEqual([
      ['271,484', 'wrong period'],
      ['37,000', 'unwanted'],
    ]);
    expect(s.byKind.total).toEqual({ labels: 1, deserving: 1, detected: 1, given: 1, right: 0, wrong: 1 });
    expect(s.byKind['one-day']).toEqual({ labels: 1, deserving: 0, detected: 1, given: 1, right: 0, wrong: 1 });
  });

  it('counts the deserving claims whose expected figure the dataset holds, and lists the ones it lacks', () => {
    const contextFor: ContextFor = () => context(null);
    const held = scoreCards(readLabelled(file()), detect, contextFor, { figuresFor: (m, p) => (m === 'removals' && p === 'FY2024' ? [{} as never] : []) });
    expect([held.reachable, held.lacking.length]).toEqual([1, 0]);
    const none = scoreCards(readLabelled(file()), detect, contextFor, { figuresFor: () => [] });
    expect(none.reachable).toBe(0);
    expect(none.lacking).toEqual([{ metric: 'removals', period: 'FY2024', claims: ['a: "271,484"'] }]);
  });

  it('counts verdicts on marks that match no label apart', () => {
    const s = cards({ '5-2': v('removals', 'FY2024', 'higher') });
    expect(s.onFalseHits.map((f) => f.quote)).toEqual(['5-2']);
    expect(s.silent.map((w) => w.label.quote)).toEqual(['271,484']);
  });
});

describe('why a card missed: the tally', () => {
  it('counts each reason once per case, most frequent first, ties by name, and sums to the cases', () => {
    const reasons = ['period: differs', 'frame: measure', 'period: differs', 'date unknown', 'frame: measure', 'period: differs'];
    const t = tally(reasons);
    expect(t).toEqual([
      ['period: differs', 3],
      ['frame: measure', 2],
      ['date unknown', 1],
    ]);
    expect(t.reduce((n, [, c]) => n + c, 0)).toBe(reasons.length);
    expect(tally([])).toEqual([]);
    expect(tally(['b', 'a'])).toEqual([
      ['a', 1],
      ['b', 1],
    ]);
  });

  it('tallies silent and undetected deserving claims apart from wrong verdicts, one reason each', () => {
    const twoDeserving = [{ ...rows[0]!, claims: [rows[0]!.claims[0]!, { quote: '37,000', category: 'detention', kind: 'one-day', expect: { metric: 'detention-population', period: '2024-08-11', relation: 'matches' } }] }];
    const dir = mkdtempSync(join(tmpdir(), 'eval-'));
    const path = join(dir, 'two.jsonl');
    writeFileSync(path, twoDeserving.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const explain: Explain = (c, e, outcome) => ({ reason: c ? `${outcome} ${e?.metric}` : 'detector missed it', detail: '' });
    const onlyFirst = (text: string) => detect(text).filter((c) => c.quote === '271,484');
    // The first label silent, the second not detected.
    const silent = scoreCards(readLabelled(path), onlyFirst, () => context(null), undefined, explain);
    expect(silent.silentReasons).toEqual([
      ['detector missed it', 1],
      ['silent removals', 1],
    ]);
    expect(silent.wrongReasons).toEqual([]);
    // Now both detected: one wrong verdict, one silent; the tallies sum to the cases listed.
    const wrong = scoreCards(readLabelled(path), detect, (c) => context(c.quote === '271,484' ? v('removals', 'FY2023', 'matches') : null), undefined, explain);
    expect(wrong.wrongReasons).toEqual([['wrong period removals', 1]]);
    expect(wrong.silentReasons).toEqual([['silent detention-population', 1]]);
    expect(wrong.silentReasons.reduce((n, [, c]) => n + c, 0)).toBe(wrong.silent.length + wrong.missed.length);
  });

  it('names the step from the engine on real sentences', () => {
    const explain = explainOver(data);
    const first = (text: string, date: string | null) => detectClaims(text, { articleDate: date })[0]!;
    const removals = { metric: 'removals', period: 'FY2019', relation: 'matches' as const };
    expect(explain(null, removals, 'silent', null, null).reason).toBe('detector missed it');
    expect(explain(first('ICE deported 267,258 people.', null), removals, 'silent', null, null).reason).toBe('date unknown');
    expect(explain(first('ICE deported 267,258 people in fiscal 1998.', '2019-12-20'), { ...removals, period: 'FY1998' }, 'silent', '2019-12-20', null)).toMatchObject({ reason: 'data lacks the figure', lacks: true });
    const higher = explain(first('ICE deported 400,000 people in fiscal 2019.', '2019-12-20'), { ...removals, relation: 'higher' }, 'silent', '2019-12-20', null);
    expect(higher.reason).toBe('difference rule (label: higher)');
    const period = explain(first('ICE deported 267,258 people in fiscal 2019.', '2019-12-20'), { ...removals, period: 'FY2018' }, 'wrong period', '2019-12-20', null);
    expect(period.reason).toBe('wrong period');
    const plan = explain(first('Trump promised to deport 1 million immigrants a year.', '2024-12-20'), removals, 'silent', '2024-12-20', null);
    expect(plan.reason).toBe('refused: target');
  });
});

describe('reading a verdict and judging it', () => {
  it('maps the old engine first comparison to a relation, metric and period', () => {
    const old = {
      ...context(undefined),
      figures: [{ metric: { id: 'detention-adp' }, period: 'FY2019' }],
      comparisons: [{ figures: [0], verdict: 'above' }],
    } as unknown as ClaimContext;
    delete (old as Partial<ClaimContext>).verdict;
    expect(verdictOf(old)).toEqual({ metric: 'detention-adp', period: 'FY2019', relation: 'higher' });
    expect(verdictOf(context(null))).toBeNull();
  });

  it('accepts any listed period and names each kind of miss', () => {
    const e = { metric: 'detention-population', period: ['2025-11-15', '2025-11-16'], relation: 'matches' as const };
    expect(judge(e, { metric: 'detention-population', period: '2025-11-16', relation: 'matches' })).toBe('right');
    expect(judge(e, { metric: 'detention-adp', period: '2025-11-16', relation: 'matches' })).toBe('wrong metric');
    expect(judge(e, { metric: 'detention-population', period: '2025-11-16', relation: 'lower' })).toBe('wrong relation');
    expect(judge(e, null)).toBe('silent');
    // A "now" label takes the article's date; the nearest count on or before it (within a year) answers it.
    const now = { metric: 'courts-backlog', period: '2021-07-07', relation: 'matches' as const };
    const backlog = (period: string) => ({ metric: 'courts-backlog', period, relation: 'matches' as const });
    expect(judge(now, backlog('2021-03-31'), '2021-07-07')).toBe('right');
    expect(judge(now, backlog('2021-03-31'), null)).toBe('wrong period');
    expect(judge(now, backlog('2021-09-30'), '2021-07-07')).toBe('wrong period');
    expect(judge(now, backlog('2019-09-30'), '2021-07-07')).toBe('wrong period');
    expect(judge({ ...now, period: '2021-03-31' }, backlog('2021-03-30'), '2021-07-07')).toBe('wrong period');
    expect(judge(null, null)).toBe('right silence');
  });

  it("counts ICE's year-end release of a fiscal year as that year, and nothing shorter", () => {
    expect(samePeriod('FY2022', '2021-10-01/2022-09-24')).toBe(true);
    expect(samePeriod('FY2022', '2021-10-01/2022-06-30')).toBe(false);
    expect(samePeriod('FY2022', '2020-10-01/2021-09-24')).toBe(false);
    expect(samePeriod('2025-06', '2025-06')).toBe(true);
  });

  it('counts a day within a labelled month as that month, and no other day', () => {
    expect(samePeriod('2021-07', '2021-07-31')).toBe(true);
    expect(samePeriod('2021-07', '2021-08-01')).toBe(false);
    expect(samePeriod('2021-07-31', '2021-07')).toBe(false);
  });
});

describe('labelled files', () => {
  it('finds a quote as a whole number, not inside a longer one', () => {
    expect(locateQuote('55,000 adults and 5,000 family members', '5,000')).toBe(18);
    expect(locateQuote('in 2024 it fired 20 judges', '20')).toBe(17);
    expect(locateQuote('held 5,0001 people', '5,000')).toBe(-1);
  });

  it('rejects a label whose quote is not in its text', () => {
    const bad = JSON.stringify({ id: 'x', articleDate: null, text: 'ICE held 1,000.', claims: [{ quote: '2,000', category: 'detention', expect: null }] });
    expect(() => parseLabelled(bad)).toThrow(/2,000/);
  });
});
