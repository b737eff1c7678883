import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { buildGlance, formatValue, GLANCE_METRICS, PopupGlance } from '../../../components/PopupGlance';
import { data } from '../../../lib/dataset';
import { createQuery } from '../../../lib/dataset/query';
import type { Dataset } from '../../../lib/dataset/schema';

afterEach(cleanup);

const source = (id: string, primary: boolean) => ({ id, title: `Title ${id}`, publisher: `Publisher ${id}`, url: `https://example.org/${id}`, published: '2020', primary });
const metric = { id: 'removals', name: 'ICE removals', unit: 'removals', aggregation: 'total' as const, category: 'removals' as const, definition: 'Removals by ICE in the period.', countedBy: 'ICE' as const, caveats: [] };
const figure = (period: string, value: number, src: string) => ({ metric: 'removals', period, value, unit: 'removals', source: src, quote: `removed ${value} people` });
const small: Dataset = {
  meta: { version: '1.0.0', asOf: '2024-01-01' },
  metrics: [metric],
  sources: [source('a', true), source('b', false)],
  figures: [figure('FY2015', 1000, 'a'), figure('FY2017', 3000, 'a'), figure('FY2017', 3100, 'b'), figure('2017-03', 250, 'a')],
};
const query = createQuery(small);

describe('buildGlance', () => {
  it('shows the article fiscal year with every source, primary first', () => {
    const g = buildGlance(query, '2017-06-01');
    expect(g.articleYear).toBe(2017);
    const [row] = g.rows;
    expect(row?.fiscalYear).toBe(2017);
    expect(row?.values.map((v) => v.display)).toEqual(['3,000', '3,100']);
    expect(row?.values[0]?.sources[0]).toMatchObject({ primary: true, url: 'https://example.org/a' });
  });

  it('marks a figure published after the article as such (sources published in 2020)', () => {
    expect(buildGlance(query, '2017-06-01').rows[0]?.values.map((v) => v.later)).toEqual([true, true]);
    expect(buildGlance(query, '2021-01-01').rows[0]?.values).toEqual([]);
    render(<PopupGlance glance={buildGlance(query, '2017-06-01')} />);
    expect(screen.getAllByText(/published after the article/)).toHaveLength(2);
  });

  it('uses the fiscal year, not the calendar year (October belongs to the next FY)', () => {
    expect(buildGlance(query, '2016-10-15').rows[0]?.fiscalYear).toBe(2017);
  });

  it('says nothing for a year without a figure and leaves it a gap in the chart', () => {
    const [row] = buildGlance(query, '2016-03-01').rows;
    expect(row?.values).toEqual([]);
    expect(row?.chart).toEqual([
      { label: 'FY2015', value: 1000, display: '1,000' },
      { label: 'FY2016', value: null, display: 'no figure' },
      { label: 'FY2017', value: 3000, display: '3,000' },
    ]);
  });

  it('shows the latest fiscal year when the article has no date; months never stand in for years', () => {
    const g = buildGlance(query, null);
    expect(g.articleYear).toBeNull();
    expect(g.rows[0]?.fiscalYear).toBe(2017);
    expect(g.rows[0]?.chart.map((p) => p.label)).toEqual(['FY2015', 'FY2016', 'FY2017']);
  });

  it('leaves out measures the dataset does not have', () => {
    expect(buildGlance(query, null).rows.map((r) => r.metric)).toEqual(['removals']);
  });

  it('matches the real dataset for every measure it shows', () => {
    const g = buildGlance(data, '2019-06-18');
    expect(g.rows.length).toBeGreaterThan(0);
    for (const row of g.rows) {
      expect(GLANCE_METRICS.map((m) => m.id)).toContain(row.metric);
      const stored = data.figuresFor(row.metric, 'FY2019');
      expect(new Set(row.values.map((v) => v.display)).size).toBe(row.values.length);
      expect(row.values.length > 0).toBe(stored.length > 0);
      for (const f of stored) expect(row.values.some((v) => v.display.includes(formatValue(f.value, f.unit)))).toBe(true);
      for (const p of row.chart) {
        const year = data.figuresFor(row.metric, p.label);
        expect(p.value).toBe(year[0]?.value ?? null);
      }
    }
  });
});

describe('formatValue', () => {
  it('writes dollars in billions or millions and counts with separators', () => {
    expect(formatValue(8_500_000_000, 'US dollars')).toBe('$8.5 billion');
    expect(formatValue(45_000_000, 'US dollars')).toBe('$45 million');
    expect(formatValue(267258, 'removals')).toBe('267,258');
  });
});

describe('PopupGlance', () => {
  it('shows values with period, linked sources marked primary or secondary, and charts', () => {
    render(<PopupGlance glance={buildGlance(query, '2017-06-01')} />);
    expect(screen.getByRole('heading', { name: /ICE at a glance, FY2017/ })).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Publisher a' });
    expect(link.getAttribute('href')).toBe('https://example.org/a');
    expect(screen.getByText('primary')).toBeTruthy();
    expect(screen.getByText('secondary')).toBeTruthy();
    expect(screen.getByRole('img').getAttribute('aria-label')).toMatch(/FY2017 \(shown\): 3,000/);
  });

  it('says "no official figure" for a missing year', () => {
    render(<PopupGlance glance={buildGlance(query, '2016-03-01')} />);
    const row = screen.getByRole('heading', { name: 'Removals' }).closest('li')!;
    expect(within(row as HTMLElement).getByText('No official figure for FY2016.')).toBeTruthy();
  });

  it('labels the latest figures when the article has no date', () => {
    render(<PopupGlance glance={buildGlance(query, null)} />);
    expect(screen.getByRole('heading', { name: /latest figures/ })).toBeTruthy();
    expect(screen.getAllByText(/latest, FY2017/).length).toBeGreaterThan(0);
  });
});
