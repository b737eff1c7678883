import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../../lib/dataset/node';
import { DatasetError, parseDataset, quoteStatesValue, type DataFile } from '../../../lib/dataset/parse';

const DATA = resolve(import.meta.dirname, '../../../data');

const meta: DataFile = { name: 'meta.json', text: '{"version":"1.0.0","asOf":"2025-01-01"}' };
const metrics: DataFile = {
  name: 'metrics/m.json',
  text: JSON.stringify([
    {
      id: 'removals',
      name: 'ICE removals',
      unit: 'removals',
      aggregation: 'total',
      category: 'removals',
      definition: 'Removals conducted by ICE in the period.',
      countedBy: 'ICE',
    },
  ]),
};
const sources: DataFile = {
  name: 'sources/s.jsonl',
  text:
    JSON.stringify({
      id: 'ice-ero-fy2019',
      title: 'ICE ERO FY2019 report',
      publisher: 'ICE',
      url: 'https://www.ice.gov/x',
      published: '2019-12',
      tier: 'agency',
    }) + '\n',
};
const figure = {
  metric: 'removals',
  period: 'FY2019',
  value: 267258,
  unit: 'removals',
  source: 'ice-ero-fy2019',
  quote: 'ERO conducted 267,258 removals in FY 2019',
};
const figures = (...rows: object[]): DataFile => ({
  name: 'figures/f.jsonl',
  text: rows.map((r) => JSON.stringify(r)).join('\n'),
});

function problemsOf(files: DataFile[]): string[] {
  try {
    parseDataset(files);
  } catch (e) {
    if (e instanceof DatasetError) return e.problems;
    throw e;
  }
  return [];
}

describe('the bundled dataset', () => {
  const dataset = parseDataset(readDataFiles(DATA));

  it('parses through the schema with every cross-check', () => {
    expect(dataset.metrics.length).toBeGreaterThan(0);
    expect(dataset.meta.version).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('uses every source and every metric at least once', () => {
    const usedSources = new Set(dataset.figures.map((f) => f.source));
    expect(dataset.sources.filter((s) => !usedSources.has(s.id)).map((s) => s.id)).toEqual([]);
  });
});

describe('parseDataset', () => {
  it('accepts a well-formed minimal dataset', () => {
    const d = parseDataset([meta, metrics, sources, figures(figure)]);
    expect(d.figures).toHaveLength(1);
    expect(d.figures[0]!.value).toBe(267258);
  });

  it('names a malformed record', () => {
    const p = problemsOf([meta, metrics, sources, figures(figure, { ...figure, period: 'fiscal 2019' })]);
    expect(p).toHaveLength(1);
    expect(p[0]).toMatch(/^figures\/f\.jsonl:2: period/);
  });

  it('rejects a figure whose source is missing', () => {
    const p = problemsOf([meta, metrics, sources, figures({ ...figure, source: 'nowhere' })]);
    expect(p.join()).toMatch(/figures\/f\.jsonl:1 \(removals FY2019 from nowhere\): source "nowhere" is not in data\/sources/);
  });

  it('rejects a duplicate metric, period and source', () => {
    const p = problemsOf([meta, metrics, sources, figures(figure, figure)]);
    expect(p.join()).toMatch(/figures\/f\.jsonl:2 .*duplicate of figures\/f\.jsonl:1/);
  });

  it('rejects a quote that does not state the number', () => {
    const p = problemsOf([meta, metrics, sources, figures({ ...figure, quote: 'ERO conducted 267,259 removals' })]);
    expect(p.join()).toMatch(/f\.jsonl:1 .*quote does not state the value 267258/);
  });

  it('reads a scaled quote ("$ in thousands") against the value divided by its scale', () => {
    const dollars: DataFile = {
      name: 'metrics/d.json',
      text: JSON.stringify([
        {
          id: 'budget',
          name: 'ICE budget',
          unit: 'US dollars',
          aggregation: 'total',
          category: 'budget',
          definition: 'ICE enacted budget for the fiscal year.',
          countedBy: 'DHS',
        },
      ]),
    };
    const row = {
      metric: 'budget',
      period: 'FY2007',
      value: 1_984_345_000,
      scale: 'thousand',
      unit: 'US dollars',
      source: 'ice-ero-fy2019',
      quote: 'Total Detention and Removal Operations | 1,984,345 |',
    };
    const d = parseDataset([meta, dollars, sources, figures(row)]);
    expect(d.figures[0]).toMatchObject({ value: 1_984_345_000, scale: 'thousand' });

    // Without the scale the quote's 1,984,345 is not the value in dollars.
    const unscaled = problemsOf([meta, dollars, sources, figures({ ...row, scale: undefined })]);
    expect(unscaled.join()).toMatch(/quote does not state the value 1984345000/);
    // A wrong scale is caught too, and the message says what was looked for.
    const wrong = problemsOf([meta, dollars, sources, figures({ ...row, scale: 'million' })]);
    expect(wrong.join()).toMatch(/does not state the value 1984345000 \(1984\.345 in millions\)/);
    // Only the listed scales are accepted.
    const odd = problemsOf([meta, dollars, sources, figures({ ...row, scale: 'lakh' })]);
    expect(odd.join()).toMatch(/f\.jsonl:1: scale/);
  });

  it('keeps a rounding step on a figure whose source rounds its cells, and checks the value is on that step', () => {
    const row = { ...figure, value: 267260, roundedTo: 10, quote: 'Removals | 2019 Total | 267,260' };
    const d = parseDataset([meta, metrics, sources, figures(row)]);
    expect(d.figures[0]).toMatchObject({ value: 267260, roundedTo: 10 });
    // A value off the step cannot come from a table rounded to that step.
    const off = problemsOf([meta, metrics, sources, figures({ ...figure, roundedTo: 10 })]);
    expect(off.join()).toMatch(/value 267258 is not a multiple of its rounding step 10/);
    // The step is a whole number of at least 2 (1 would say nothing).
    expect(problemsOf([meta, metrics, sources, figures({ ...row, roundedTo: 1 })]).join()).toMatch(/f\.jsonl:1: roundedTo/);
    expect(problemsOf([meta, metrics, sources, figures({ ...row, roundedTo: 2.5 })]).join()).toMatch(/f\.jsonl:1: roundedTo/);
    // A source that rounds rounds every number: one of its figures without the step is caught.
    const other = { ...figure, period: 'FY2018', value: 256090, quote: 'Removals | 2018 Total | 256,090' };
    expect(problemsOf([meta, metrics, sources, figures(row, other)]).join()).toMatch(
      /source "ice-ero-fy2019": its figures disagree on roundedTo \(10, none\)/,
    );
    expect(parseDataset([meta, metrics, sources, figures(row, { ...other, roundedTo: 10 })]).figures).toHaveLength(2);
  });

  it("keeps a figure another body counted (countedBy), and rejects countedBy that is the metric's own counter or no known body", () => {
    const gao = { ...figure, period: 'CY2019', countedBy: 'GAO' };
    expect(parseDataset([meta, metrics, sources, figures(gao)]).figures[0]!.countedBy).toBe('GAO');
    expect(parseDataset([meta, metrics, sources, figures({ ...gao, countedBy: 'news' })]).figures[0]!.countedBy).toBe('news');
    expect(problemsOf([meta, metrics, sources, figures({ ...gao, countedBy: 'ICE' })]).join()).toMatch(/f\.jsonl:1 .*countedBy "ICE" is the metric's own counter/);
    expect(problemsOf([meta, metrics, sources, figures({ ...gao, countedBy: 'Reuters' })]).join()).toMatch(/^figures\/f\.jsonl:1: countedBy/);
  });

  it('rejects an unknown metric', () => {
    const p = problemsOf([meta, metrics, sources, figures({ ...figure, metric: 'arrests', unit: 'arrests' })]);
    expect(p.join()).toMatch(/unknown metric "arrests"/);
  });

  it('rejects a non-https source URL and a duplicate source id', () => {
    const bad: DataFile = {
      name: 'sources/t.jsonl',
      text: sources.text.replace('https://', 'http://') + sources.text,
    };
    const p = problemsOf([meta, metrics, sources, bad, figures(figure)]);
    expect(p.some((x) => x.startsWith('sources/t.jsonl:1: url'))).toBe(true);
    expect(p.some((x) => x.startsWith('sources/t.jsonl:2: duplicate source id "ice-ero-fy2019"'))).toBe(true);
  });
});

describe('quoteStatesValue', () => {
  it.each([
    ['267,258 removals', 267258],
    ['267258 removals', 267258],
    ['an estimated 10.5 million unauthorized immigrants', 10_500_000],
    ['$8.4 billion for ICE', 8_400_000_000],
    ['about 11 million', 11_000_000],
    ['34.3 days', 34.3],
    ['$132.90 per bed per day', 132.9],
    ['ICE had 5,700 officers', 5700],
  ])('finds the value in %s', (quote, value) => {
    expect(quoteStatesValue(quote, value)).toBe(true);
  });

  it.each([
    ['1,267,258 removals', 267258],
    ['2672580 removals', 267258],
    ['10.55 million', 10_500_000],
    ['5,7000', 5700],
  ])('does not take %s as %d', (quote, value) => {
    expect(quoteStatesValue(quote, value)).toBe(false);
  });
});
