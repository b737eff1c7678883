import { describe, expect, it } from 'vitest';
import { createQuery, publishedOnOrBefore } from '../../../lib/dataset/query';
import type { Dataset, Figure } from '../../../lib/dataset/schema';

const fig = (period: string, value: number, source: string): Figure => ({
  metric: 'removals',
  period,
  value,
  unit: 'removals',
  source,
  quote: String(value),
});

const dataset: Dataset = {
  meta: { version: '1.0.0', asOf: '2025-01-01' },
  metrics: [
    { id: 'removals', name: 'Removals', unit: 'removals', aggregation: 'total', category: 'removals', definition: 'ICE removals in the period.', countedBy: 'ICE', caveats: [] },
  ],
  sources: [
    { id: 'ice-2018', title: 'FY2018 report', publisher: 'ICE', url: 'https://ice.gov/a', published: '2018-12-14', tier: 'agency', primary: true },
    { id: 'ice-2019', title: 'FY2019 report', publisher: 'ICE', url: 'https://ice.gov/b', published: '2019-12', tier: 'agency', primary: true },
    { id: 'news-2019', title: 'A news story', publisher: 'Paper', url: 'https://news.example/c', published: '2019-11-01', tier: 'news', primary: false },
  ],
  figures: [fig('FY2019', 267258, 'ice-2019'), fig('FY2018', 256085, 'ice-2018'), fig('FY2019', 267000, 'news-2019')],
};

describe('createQuery', () => {
  const q = createQuery(dataset);

  it('orders a series by period, primary sources first', () => {
    expect(q.series('removals').map((f) => `${f.period}:${f.source}`)).toEqual(['FY2018:ice-2018', 'FY2019:ice-2019', 'FY2019:news-2019']);
  });

  it('finds figures for a period and those covering a date', () => {
    expect(q.figuresFor('removals', 'FY2019').map((f) => f.value)).toEqual([267258, 267000]);
    expect(q.figuresCovering('removals', '2019-06-18').map((f) => f.period)).toEqual(['FY2019', 'FY2019']);
  });

  it('gives only what a writer could have known at a date', () => {
    // June 2019: FY2019 had not ended; FY2018's report (Dec. 2018) was out.
    expect(q.latestKnownAt('removals', '2019-06-18').map((f) => f.source)).toEqual(['ice-2018']);
    // Nov. 2019: FY2019 has ended, the news story is out but ICE's own report is not yet.
    expect(q.latestKnownAt('removals', '2019-11-15').map((f) => f.source)).toEqual(['news-2019']);
    expect(q.latestKnownAt('removals', '2020-01-01').map((f) => f.source)).toEqual(['ice-2019', 'news-2019']);
    expect(q.latestKnownAt('removals', '2017-01-01')).toEqual([]);
  });

  it('returns the latest period whatever the date, and nothing for an unknown metric', () => {
    expect(q.latest('removals').map((f) => f.period)).toEqual(['FY2019', 'FY2019']);
    expect(q.series('nope')).toEqual([]);
  });
});

describe('publishedOnOrBefore', () => {
  it('treats a partial date as its last day', () => {
    expect(publishedOnOrBefore('2019-12', '2019-12-15')).toBe(false);
    expect(publishedOnOrBefore('2019-12', '2019-12-31')).toBe(true);
    expect(publishedOnOrBefore('2019', '2019-06-01')).toBe(false);
  });
});
