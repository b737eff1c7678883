/**
 * A small synthetic dataset and a claim builder for the context tests. The numbers are made up for
 * the tests (some echo public figures so the arithmetic reads familiar); they are never data.
 */
import { data } from '../../../lib/dataset';
import { createQuery } from '../../../lib/dataset/query';
import type { Dataset, Figure, Metric, Source } from '../../../lib/dataset/schema';
import type { Claim } from '../../../lib/detect/types';
import { readFrame } from '../../../lib/detect/frame';

const metric = (id: string, aggregation: Metric['aggregation'], category: Metric['category'], unit: string, countedBy: Metric['countedBy'] = 'ICE'): Metric => ({
  id,
  name: `Test metric ${id}`,
  unit,
  aggregation,
  category,
  definition: `A test definition of ${id}.`,
  countedBy,
  caveats: [],
  // The frame each metric declares in data/metrics: one definition, shared with the real dataset.
  ...(data.metric(id)?.frame ? { frame: data.metric(id)!.frame } : {}),
});

const source = (id: string, published: string, primary = true, publisher = 'ICE'): Source => ({
  id,
  title: `Test source ${id}`,
  publisher,
  url: `https://example.org/${id}`,
  published,
  tier: primary ? 'agency' : 'news',
  primary,
});

const fig = (m: string, period: string, value: number, src: string, qualifier?: Figure['qualifier']): Figure => ({
  metric: m,
  period,
  value,
  unit: 'units',
  source: src,
  quote: `test quote ${value}`,
  ...(qualifier ? { qualifier } : {}),
});

export const dataset: Dataset = {
  meta: { version: '1.0.0', asOf: '2020-01-01' },
  metrics: [
    metric('removals', 'total', 'removals', 'removals'),
    metric('removals-interior', 'total', 'removals', 'removals'),
    metric('arrests-ero-admin', 'total', 'arrests', 'arrests'),
    metric('detention-adp', 'average', 'detention', 'people'),
    metric('detention-peak', 'peak', 'detention', 'people'),
    metric('detention-population', 'level', 'detention', 'people'),
    metric('detention-funded-beds', 'level', 'detention', 'beds', 'Congress'),
    metric('detention-family-capacity', 'level', 'detention', 'beds'),
    metric('detention-alos', 'average', 'detention', 'days'),
    metric('personnel-ero-officers', 'level', 'personnel', 'officers'),
    metric('personnel-ice-workforce', 'level', 'personnel', 'employees'),
    metric('cost-per-removal', 'average', 'budget', 'US dollars'),
    metric('cost-bed-day', 'average', 'budget', 'US dollars per bed-day'),
    metric('budget-ice-total', 'total', 'budget', 'US dollars', 'Congress'),
    metric('population-unauthorized-pew', 'level', 'population', 'people', 'Pew'),
    metric('population-unauthorized-dhs', 'level', 'population', 'people', 'DHS'),
  ],
  sources: [
    source('ice-fy2012', '2012-12-21'),
    source('ice-fy2017', '2017-12-13'),
    source('ice-fy2018', '2018-12-14'),
    source('ice-fy2019', '2019-12-11'),
    source('news-fy2019', '2019-11-01', false, 'A newspaper'),
    source('ice-q1-fy2018', '2018-03-01'),
    source('ice-q1-fy2019', '2019-03-01'),
    source('approp-fy2019', '2019-02-15', true, 'Congress'),
    source('family-2019', '2019-04-20', false, 'A radio station'),
    source('pew-2018', '2018-11-27', true, 'Pew Research Center'),
    source('pew-2019', '2019-06', true, 'Pew Research Center'),
    source('dhs-2018', '2018-12-10', true, 'DHS'),
    source('trac-2023', '2023-05-10', false, 'TRAC'),
  ],
  figures: [
    fig('removals', 'FY2012', 409849, 'ice-fy2012'),
    fig('removals', 'FY2017', 226119, 'ice-fy2017'),
    fig('removals', 'FY2018', 256085, 'ice-fy2018'),
    fig('removals', 'FY2019', 267258, 'ice-fy2019'),
    fig('removals', 'FY2019', 267000, 'news-fy2019'),
    fig('removals-interior', 'FY2017', 81603, 'ice-fy2017'),
    fig('removals-interior', 'FY2018', 95360, 'ice-fy2018'),
    fig('removals-interior', 'FY2019', 85958, 'ice-fy2019'),
    fig('removals-interior', '2017-10-01/2017-12-31', 24000, 'ice-q1-fy2018'),
    fig('removals-interior', '2018-10-01/2018-12-31', 22500, 'ice-q1-fy2019'),
    fig('arrests-ero-admin', 'FY2018', 158581, 'ice-fy2018'),
    fig('detention-adp', 'FY2018', 42188, 'ice-fy2018'),
    fig('detention-adp', 'FY2019', 50165, 'ice-fy2019'),
    fig('detention-peak', 'FY2019', 55654, 'ice-fy2019'),
    fig('detention-population', '2019-02-06', 49057, 'approp-fy2019'),
    fig('detention-population', '2023-05-01', 30000, 'trac-2023'),
    fig('detention-funded-beds', 'FY2019', 45274, 'approp-fy2019'),
    fig('detention-family-capacity', '2019-04', 3326, 'family-2019'),
    fig('detention-alos', 'FY2018', 39.4, 'ice-fy2018'),
    fig('personnel-ero-officers', '2018-12', 5700, 'ice-fy2018'),
    fig('personnel-ice-workforce', 'FY2018', 20000, 'ice-fy2018', 'more than'),
    fig('cost-per-removal', 'FY2018', 10000, 'ice-fy2018'),
    fig('cost-bed-day', 'FY2018', 133.99, 'ice-fy2018'),
    fig('budget-ice-total', 'FY2019', 7_600_000_000, 'approp-fy2019'),
    fig('population-unauthorized-pew', 'CY2016', 10_700_000, 'pew-2018', 'estimate'),
    fig('population-unauthorized-pew', 'CY2017', 10_500_000, 'pew-2019', 'estimate'),
    fig('population-unauthorized-dhs', '2015-01-01', 12_000_000, 'dhs-2018'),
  ],
};

export const q = createQuery(dataset);

/** A claim in a one-sentence text: offsets are computed from where `quote` sits in `sentence`. */
export function claim(sentence: string, quote: string, fields: Partial<Claim> & Pick<Claim, 'category'> & { articleDate?: string | null }): Claim {
  const { articleDate = null, ...own } = fields;
  const start = sentence.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in "${sentence}"`);
  const base: Omit<Claim, 'frame'> = {
    sentence,
    sentenceStart: 0,
    sentenceEnd: sentence.length,
    quote,
    start,
    end: start + quote.length,
    value: null,
    low: null,
    high: null,
    magnitude: null,
    qualifier: null,
    unit: null,
    percent: false,
    dollars: false,
    rate: null,
    period: null,
    cues: [],
    ...own,
  };
  // The frame as the detector would read it from these fields, unless the test gives one.
  return { ...base, frame: own.frame ?? readFrame({ ...base, at: start, to: start + quote.length, previous: '', articleDate }) };
}

/** The article date most tests use: mid-FY2019, after ICE's FY2018 report, before its FY2019 one. */
export const JUNE_2019 = '2019-06-18';
