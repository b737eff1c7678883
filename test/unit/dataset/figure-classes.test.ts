/**
 * Classes of filing error found in the December 2026 review (data/notes/cards-2026-12c.md), checked by
 * code where words and shapes give them away: someone else's estimate filed as the agency's count, one
 * arresting agency's part filed as the whole, and a one-day count filed as a record or an average.
 * Each check runs on made-up records where it must fire and where it must not, then on data/.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../../lib/dataset/node';
import { parseDataset } from '../../../lib/dataset/parse';
import { parsePeriod } from '../../../lib/dataset/period';
import type { Dataset, Figure, Metric, Source } from '../../../lib/dataset/schema';

const dataset = parseDataset(readDataFiles(resolve(import.meta.dirname, '../../../data')));

/** Bodies whose counts are the official ones (a metric they count is "the agency's count"). */
const COUNTING_BODIES = new Set<Metric['countedBy']>(['ICE', 'DHS', 'CBP', 'EOIR', 'Congress']);
/** Words by which a page says the number is a study's own estimate, not the agency's count. */
const STUDY_ESTIMATE = /\b(report|analysis|study|researchers?|model)\s+(estimates|estimated|projects|projected)\b/i;

interface Ctx {
  metric: (id: string) => Metric;
  source: (id: string) => Source;
}
const ctxOf = (d: Pick<Dataset, 'metrics' | 'sources'>): Ctx => {
  const metrics = new Map(d.metrics.map((m) => [m.id, m]));
  const sources = new Map(d.sources.map((s) => [s.id, s]));
  return { metric: (id) => metrics.get(id)!, source: (id) => sources.get(id)! };
};
const label = (f: Figure) => `${f.metric} ${f.period} ${f.value} (${f.source})`;

/** An estimate on an agency's metric must be the agency's own: not a research or advocacy page's, not "the report estimates". */
function othersEstimates(figures: readonly Figure[], ctx: Ctx): string[] {
  return figures
    .filter((f) => COUNTING_BODIES.has(ctx.metric(f.metric).countedBy))
    .filter((f) => f.qualifier === 'estimate' || STUDY_ESTIMATE.test(f.quote))
    .filter((f) => ['research', 'advocacy'].includes(ctx.source(f.source).tier) || STUDY_ESTIMATE.test(f.quote))
    .map(label);
}

/** The whole of a detention series is never a quote about one arresting agency's part ("its personnel recorded"). */
const WHOLE_DETENTION = new Set(['detention-book-ins', 'detention-adp', 'detention-population', 'detention-alos']);
const ONE_AGENCY = /\b(its (own )?personnel|ICE personnel|arrested by (ICE|CBP)|(ICE|CBP) was the arresting agency|arresting agency was)\b/i;
function partsAsWholes(figures: readonly Figure[]): string[] {
  return figures.filter((f) => WHOLE_DETENTION.has(f.metric) && ONE_AGENCY.test(f.quote)).map(label);
}

/** Words by which a source calls a count a record. */
const RECORD = /\b(record|highest|all-time|peak|as high as)\b/i;
/** Reviewed peaks whose page says "reached" of a high it calls a high elsewhere (the reason stays with the id). */
const REVIEWED_PEAKS: Record<string, string> = {
  'trac-atd-180000-2022-02-28 2019-07': "TRAC's high of the first Trump administration ('reached 55,654'); its 2025 report calls the same number 'as high as'",
};
/** A record is one a source calls a record; a record on a day is also that day's count. */
function recordsNotCalledRecords(figures: readonly Figure[], ctx: Ctx): string[] {
  return figures
    .filter((f) => f.metric === 'detention-peak' && !REVIEWED_PEAKS[`${f.source} ${f.period}`])
    .filter((f) => !RECORD.test(`${f.quote} ${ctx.source(f.source).title}`))
    .map(label);
}
function dayRecordsWithoutDayCount(figures: readonly Figure[]): string[] {
  const counts = new Set(figures.filter((f) => f.metric === 'detention-population').map((f) => `${f.period} ${f.value} ${f.source}`));
  return figures
    .filter((f) => f.metric === 'detention-peak' && parsePeriod(f.period)?.kind === 'day')
    .filter((f) => !counts.has(`${f.period} ${f.value} ${f.source}`))
    .map(label);
}

/**
 * An average of people held (or of days held) is over a period of days: a figure for one day on such a
 * metric is a count on that day. Money averages (a year's share of a law's sum) may be dated to the law.
 */
function averagesOfOneDay(figures: readonly Figure[], ctx: Ctx): string[] {
  const held = (m: Metric) => m.aggregation === 'average' && m.category === 'detention';
  return figures.filter((f) => held(ctx.metric(f.metric)) && parsePeriod(f.period)?.days === 1).map(label);
}

/** An average's own words say so; a day's count never says "average". Figures read from a table cell (receipt) are labelled by the table. */
const AVERAGE_WORDS = /\b(averag\w*|daily|per day|a day|each day|ADP)\b/i;
function averagesNotSaidAverage(figures: readonly Figure[], ctx: Ctx): string[] {
  const held = (m: Metric) => m.aggregation === 'average' && m.category === 'detention';
  return figures.filter((f) => !f.receipt && held(ctx.metric(f.metric)) && !AVERAGE_WORDS.test(f.quote)).map(label);
}
function countsSaidAverage(figures: readonly Figure[]): string[] {
  return figures.filter((f) => f.metric === 'detention-population' && /\baverag/i.test(f.quote)).map(label);
}

/**
 * The appropriations acts of FY2010-FY2016 told ICE to "maintain a level of not less than N detention beds": a
 * floor set by law (detention-bed-mandate), not the level the money funds (detention-funded-beds). In FY2013 the
 * two differed (34,000 required, about 31,300 funded), so a minimum's words never file a funded level.
 */
const MINIMUM_WORDS = /\b(not less than|no fewer than|shall maintain|mandat\w*|quota)\b/i;
function minimumsAsFunded(figures: readonly Figure[]): string[] {
  return figures.filter((f) => f.metric === 'detention-funded-beds' && MINIMUM_WORDS.test(f.quote)).map(label);
}

const made = (() => {
  const metric = (id: string, countedBy: Metric['countedBy'], aggregation: Metric['aggregation'] = 'total'): Metric => ({
    id,
    name: id,
    unit: 'people',
    aggregation,
    category: 'detention',
    definition: 'A made-up metric for a test.',
    countedBy,
    caveats: [],
  });
  const source = (id: string, tier: Source['tier'], title = 'A page'): Source => ({
    id,
    title,
    publisher: id,
    url: `https://${id}.example/`,
    published: '2025',
    tier,
    primary: tier === 'agency' || tier === 'oversight',
  });
  const ctx = ctxOf({
    metrics: [
      metric('removals', 'ICE'),
      metric('removals-estimate-mpi', 'MPI'),
      metric('detention-book-ins', 'ICE'),
      metric('detention-adp', 'ICE', 'average'),
      metric('detention-peak', 'ICE', 'peak'),
      metric('detention-population', 'ICE', 'level'),
    ],
    sources: [source('ice', 'agency'), source('wire', 'news'), source('lab', 'research'), source('week', 'news', 'ICE detention hits another record high')],
  });
  const fig = (metric: string, period: string, value: number, source: string, quote: string, qualifier?: Figure['qualifier']): Figure => ({
    metric,
    period,
    value,
    unit: 'people',
    source,
    quote,
    ...(qualifier ? { qualifier } : {}),
  });
  return { ctx, fig };
})();

describe("someone else's estimate is not the agency's count", () => {
  const { ctx, fig } = made;
  it('fires on a research estimate, and on a news page saying the report estimates, filed under ICE', () => {
    const bad = [
      fig('removals', 'FY2025', 340000, 'lab', 'we estimate about 340,000 removals', 'estimate'),
      fig('removals', 'FY2025', 340000, 'wire', 'The report estimates approximately 340,000 removals in fiscal year 2025'),
    ];
    expect(othersEstimates(bad, ctx)).toHaveLength(2);
  });
  it("is silent on the research body's own metric and on an agency's own estimate", () => {
    const good = [
      fig('removals-estimate-mpi', 'FY2025', 340000, 'lab', 'The report estimates approximately 340,000 removals', 'estimate'),
      fig('removals', 'FY2019', 5300, 'wire', 'there were an estimated 5,300 deportation officers', 'estimate'),
    ];
    expect(othersEstimates(good, ctx)).toEqual([]);
  });
  it('holds in data/', () => {
    expect(othersEstimates(dataset.figures, ctxOf(dataset))).toEqual([]);
  });
});

describe("one arresting agency's part is not the whole", () => {
  const { fig } = made;
  it("fires on ICE's own arrests filed as all book-ins, not on the total", () => {
    expect(partsAsWholes([fig('detention-book-ins', '2025-10-01/2025-11-15', 54735, 'wire', 'ICE reported that its personnel recorded 54,735 book-ins')])).toHaveLength(1);
    expect(partsAsWholes([fig('detention-book-ins', '2025-04', 22822, 'wire', 'including 22,822 initial book-ins in the month of April 2025')])).toEqual([]);
  });
  it('holds in data/', () => {
    expect(partsAsWholes(dataset.figures)).toEqual([]);
  });
});

describe('a one-day count is neither a record nor an average', () => {
  const { ctx, fig } = made;
  it('a record must be called one, by the quote or the page', () => {
    expect(recordsNotCalledRecords([fig('detention-peak', '2025-08-24', 61226, 'wire', 'ICE held 61,226 people as of August 24')], ctx)).toHaveLength(1);
    expect(recordsNotCalledRecords([fig('detention-peak', '2019-03-06', 50049, 'week', 'ICE is holding 50,049 people in detention as of Wednesday')], ctx)).toEqual([]);
  });
  it("a record on a day is also that day's count", () => {
    const peak = fig('detention-peak', '2025-12-14', 68400, 'wire', 'more than 68,400, the highest figure ever recorded');
    expect(dayRecordsWithoutDayCount([peak])).toHaveLength(1);
    expect(dayRecordsWithoutDayCount([peak, { ...peak, metric: 'detention-population' }])).toEqual([]);
    expect(dayRecordsWithoutDayCount([fig('detention-peak', '2019-08', 55654, 'lab', 'as high as 55,654 in August 2019')])).toEqual([]);
  });
  it('an average has no one-day period', () => {
    expect(averagesOfOneDay([fig('detention-adp', '2025-06-15', 56397, 'wire', '56,397 held on June 15')], ctx)).toHaveLength(1);
    expect(averagesOfOneDay([fig('detention-adp', '2025-06', 56000, 'ice', 'ADP in June: 56,000')], ctx)).toEqual([]);
  });
  it("an average's words say it is one, and a day's count does not say average", () => {
    expect(averagesNotSaidAverage([fig('detention-adp', '2025-06', 56397, 'wire', 'ICE held 56,397 people on June 15')], ctx)).toHaveLength(1);
    expect(averagesNotSaidAverage([fig('detention-adp', '2025-06', 56000, 'wire', 'an average of 56,000 people a day in June')], ctx)).toEqual([]);
    expect(countsSaidAverage([fig('detention-population', '2025-06-15', 56000, 'wire', 'an average of 56,000 people a day')])).toHaveLength(1);
    expect(countsSaidAverage([fig('detention-population', '2025-06-15', 56397, 'wire', 'held 56,397 on June 15, figures supplied to The Daily Beast')])).toEqual([]);
  });
  it('holds in data/', () => {
    const ctx = ctxOf(dataset);
    expect(averagesNotSaidAverage(dataset.figures, ctx)).toEqual([]);
    expect(countsSaidAverage(dataset.figures)).toEqual([]);
    expect(recordsNotCalledRecords(dataset.figures, ctx)).toEqual([]);
    expect(dayRecordsWithoutDayCount(dataset.figures)).toEqual([]);
    expect(averagesOfOneDay(dataset.figures, ctx)).toEqual([]);
  });
});

describe("a law's floor is not the level it funds", () => {
  const { fig } = made;
  it("fires on the bed mandate's proviso filed as funded beds", () => {
    const proviso = 'Provided further, That funding made available under this heading shall maintain a level of not less than 34,000 detention beds';
    expect(minimumsAsFunded([fig('detention-funded-beds', 'FY2016', 34000, 'wire', proviso, 'at least')])).toHaveLength(1);
    expect(minimumsAsFunded([fig('detention-funded-beds', 'FY2014', 34000, 'wire', 'the bed quota of 34,000 stays in the bill')])).toHaveLength(1);
  });
  it('is silent on a funded level and on the mandate filed as the mandate', () => {
    expect(minimumsAsFunded([fig('detention-funded-beds', 'FY2024', 41500, 'wire', 'increases funding for ICE to maintain an average daily population of 41,500 people')])).toEqual([]);
    expect(minimumsAsFunded([fig('detention-bed-mandate', 'FY2016', 34000, 'wire', 'shall maintain a level of not less than 34,000 detention beds')])).toEqual([]);
  });
  it('holds in data/', () => {
    expect(minimumsAsFunded(dataset.figures)).toEqual([]);
  });
});

/**
 * ICE's annual budget is counted on several bases (the act's main appropriation line, all appropriations,
 * total budget authority with fees): each figure of the metric declares which, `unstated` where its source
 * does not say (data/notes/data-2026-12h.md).
 */
const MIXED_BASIS_METRICS = new Set(['budget-ice-total']);
function undeclaredAccounts(figures: readonly Figure[]): Figure[] {
  return figures.filter((f) => MIXED_BASIS_METRICS.has(f.metric) && !f.account);
}

describe("ICE's budget declares what it counts", () => {
  const { fig } = made;
  it('fires on a budget figure with no account', () => {
    expect(undeclaredAccounts([fig('budget-ice-total', 'FY2024', 9501542000, 'wire', 'owned and leased facilities; $9,501,542,000')])).toHaveLength(1);
  });
  it('is silent on a declared account and on other metrics', () => {
    expect(undeclaredAccounts([{ ...fig('budget-ice-total', 'FY2025', 10042000000, 'wire', 'ICE, Total Appropriations | $10.042 billion'), account: 'appropriations-total' }])).toEqual([]);
    expect(undeclaredAccounts([fig('budget-ice-ero', 'FY2024', 5082218000, 'wire', 'not less than $5,082,218,000')])).toEqual([]);
  });
  it('holds in data/', () => {
    expect(undeclaredAccounts(dataset.figures).map((f) => `${f.period} ${f.source}`)).toEqual([]);
  });
});
