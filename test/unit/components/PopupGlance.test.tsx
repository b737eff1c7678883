import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { buildGlance, formatValue, GLANCE_METRICS, PopupGlance } from '../../../components/PopupGlance';
import { data } from '../../../lib/dataset';
import { fiscalYearCovered, formatPeriod } from '../../../lib/dataset/period';
import { createQuery } from '../../../lib/dataset/query';
import type { Dataset } from '../../../lib/dataset/schema';

afterEach(cleanup);

const source = (id: string, primary: boolean) => ({ id, title: `Title ${id}`, publisher: `Publisher ${id}`, url: `https://example.org/${id}`, published: '2020', tier: primary ? ('agency' as const) : ('news' as const), primary });
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
      const stored = data.series(row.metric).filter((f) => fiscalYearCovered(f.period) === 2019);
      expect(new Set(row.values.map((v) => v.display)).size).toBe(row.values.length);
      expect(row.values.length > 0).toBe(stored.length > 0);
      for (const f of stored) expect(row.values.some((v) => v.display.includes(formatValue(f.value, f.unit)))).toBe(true);
      for (const p of row.chart) {
        if (row.kind === 'dated') {
          expect(data.series(row.metric).some((f) => f.value === p.value && formatPeriod(f.period) === p.label)).toBe(true);
          continue;
        }
        // The bar is the year's figure from the best source: the fiscal year, or ICE's year-end release.
        const year = data.series(row.metric).filter((f) => fiscalYearCovered(f.period) === Number(p.label.slice(2)));
        expect(p.value).toBe(year[0]?.value ?? null);
      }
    }
  });
});

describe('buildGlance for a year the dataset has no figure for yet', () => {
  const held = { id: 'detention-population', name: 'People in ICE detention on a date', unit: 'people', aggregation: 'level' as const, category: 'detention' as const, definition: 'People held on a day.', countedBy: 'ICE' as const, caveats: [] };
  const src = (id: string, published: string) => ({ id, title: `Title ${id}`, publisher: `Publisher ${id}`, url: `https://example.org/${id}`, published, tier: 'news' as const, primary: false });
  const recent: Dataset = {
    meta: { version: '1.0.0', asOf: '2026-01-01' },
    metrics: [metric, held],
    sources: [src('y', '2024-12'), src('part', '2025-11-24'), src('early', '2025-11-01'), src('c1', '2025-04'), src('c2', '2025-09-10'), src('c3', '2026-02')],
    figures: [
      figure('FY2024', 270000, 'y'),
      { ...figure('2024-10-01/2025-10-31', 20000, 'early') },
      { ...figure('2025-10-01/2025-11-15', 56392, 'part') },
      { metric: 'detention-population', period: '2025-04-06', value: 47928, unit: 'people', source: 'c1', quote: '47,928 held' },
      { metric: 'detention-population', period: '2025-09-07', value: 58766, unit: 'people', source: 'c2', quote: '58,766 held' },
      { metric: 'detention-population', period: '2026-02-07', value: 68289, unit: 'people', source: 'c3', quote: '68,289 held' },
    ],
  };
  const q = createQuery(recent);

  it('shows the latest full year before, and a newer total to a date, each labelled for what it is', () => {
    const row = buildGlance(q, '2025-12-01').rows.find((r) => r.metric === 'removals')!;
    expect(row.values).toEqual([]);
    expect(row.instead.map((i) => [i.label, i.values.map((v) => v.display)])).toEqual([
      ['FY2024, the latest full year', ['270,000']],
      ['FY2026 through Nov. 15', ['56,392']],
    ]);
    // A period across two fiscal years is not called part of either.
    const early = buildGlance(q, '2025-11-05').rows.find((r) => r.metric === 'removals')!;
    expect(early.instead[1]?.label).toBe('Oct. 1, 2024 to Oct. 31, 2025');
  });

  it('prefers what was known on the article date, then what ends before it, and marks later figures', () => {
    // On Nov. 20 the Nov. 15 total was not yet published (Nov. 24): the Oct. 31 one, published Nov. 1, leads.
    const known = buildGlance(q, '2025-11-20').rows.find((r) => r.metric === 'removals')!;
    expect(known.instead[1]?.values).toMatchObject([{ display: '20,000', later: false }]);
    const held = buildGlance(q, '2025-11-20').rows.find((r) => r.metric === 'detention-population')!;
    expect(held.kind).toBe('dated');
    expect(held.instead).toMatchObject([{ label: 'Sept. 7, 2025', values: [{ display: '58,766', later: false }] }]);
    expect(held.chart.map((p) => p.label)).toEqual(['April 6, 2025', 'Sept. 7, 2025']);
    expect(held.marked).toBe('Sept. 7, 2025');
    // Before any count was published, the first count after the article is shown, marked as later.
    const first = buildGlance(q, '2025-01-15').rows.find((r) => r.metric === 'detention-population')!;
    expect(first.instead[0]?.values).toMatchObject([{ display: '47,928', later: true }]);
  });

  it('renders the stand-ins with their periods after saying the year has no figure', () => {
    render(<PopupGlance glance={buildGlance(q, '2025-12-01')} />);
    const row = screen.getByRole('heading', { name: 'Removals' }).closest('li') as HTMLElement;
    expect(within(row).getByText('No official figure for FY2026; instead:')).toBeTruthy();
    expect(within(row).getByText('FY2024, the latest full year')).toBeTruthy();
    expect(within(row).getByText('FY2026 through Nov. 15')).toBeTruthy();
    const heldRow = screen.getByRole('heading', { name: 'Detention, people held on a day' }).closest('li') as HTMLElement;
    expect(within(heldRow).queryByText(/No official figure/)).toBeNull();
    // The Feb. 2026 count came out after the article: the September one is shown and marked in the chart.
    expect(within(heldRow).getByText('58,766')).toBeTruthy();
    expect(within(heldRow).getByRole('group').getAttribute('aria-label')).toMatch(/Sept\. 7, 2025 \(shown\): 58,766\.$/);
    expect(within(heldRow).getByText('Sept. 7, 2025: 58,766 (the count shown)', { selector: 'figcaption' })).toBeTruthy();
  });

  it('gives every 2025-2027 article something from the real dataset for the main measures', () => {
    for (const date of ['2025-11-20', '2026-11-20']) {
      const rows = buildGlance(data, date).rows;
      for (const id of ['removals', 'detention-population', 'budget-ice-total']) {
        const row = rows.find((r) => r.metric === id)!;
        expect(row.values.length + row.instead.flatMap((i) => i.values).length).toBeGreaterThan(0);
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
  it("shows values with period, linked sources with their tier, and a chart that names the article's year", () => {
    render(<PopupGlance glance={buildGlance(query, '2017-06-01')} />);
    expect(screen.getByRole('heading', { name: /ICE at a glance, FY2017/ })).toBeTruthy();
    const link = screen.getByRole('link', { name: 'Publisher a' });
    expect(link.getAttribute('href')).toBe('https://example.org/a');
    expect(screen.getByText('agency').className).toContain('tag-primary');
    expect(screen.getByText('news').className).not.toContain('tag-primary');
    // Each value says whose it is, as the card does: the agency's page is "Official", the news page a carrier.
    expect([...document.querySelectorAll('.glance-value .glance-label')].map((e) => e.textContent)).toEqual(['Official:', "ICE's figure, as reported by Publisher b:"]);
    expect(screen.getByRole('group').getAttribute('aria-label')).toMatch(/FY2017 \(shown\): 3,000/);
    expect(screen.getByRole('img', { name: "FY2017: 3,000 (the article's year)" })).toBeTruthy();
    expect(screen.getByText("FY2017: 3,000 (the article's year)", { selector: 'figcaption' })).toBeTruthy();
  });

  it('says "no official figure" for a missing year', () => {
    render(<PopupGlance glance={buildGlance(query, '2016-03-01')} />);
    const row = screen.getByRole('heading', { name: 'Removals' }).closest('li')!;
    expect(within(row as HTMLElement).getByText('No official figure for FY2016; instead:')).toBeTruthy();
    expect(within(row as HTMLElement).getByText('FY2015, the latest full year, published after the article')).toBeTruthy();
    cleanup();
    // Before the first stored year there is nothing to show instead.
    render(<PopupGlance glance={buildGlance(query, '2014-03-01')} />);
    expect(screen.getByText('No official figure for FY2014.')).toBeTruthy();
  });

  it('labels the latest figures when the article has no date', () => {
    render(<PopupGlance glance={buildGlance(query, null)} />);
    expect(screen.getByRole('heading', { name: /latest figures/ })).toBeTruthy();
    expect(screen.getAllByText(/latest full year, FY2017/).length).toBeGreaterThan(0);
  });

  it('shows the newest figure when the article has no date: the latest full year and the year to date after it', () => {
    const toDate: Dataset = {
      ...small,
      sources: [...small.sources, source('ytd', true)],
      figures: [...small.figures, figure('2024-10-01/2025-09-20', 4000, 'ytd'), figure('2025-10-01/2026-04-09', 2100, 'ytd')],
    };
    const g = buildGlance(createQuery(toDate), null);
    const [row] = g.rows;
    // ICE's year-end release (through Sept. 20) stands for FY2025, labelled with its period.
    expect(row?.fiscalYear).toBe(2025);
    expect(row?.values.map((v) => [v.display, v.period])).toEqual([['4,000', 'FY2025 through Sept. 20']]);
    expect(row?.instead.map((i) => [i.label, i.values.map((v) => v.display)])).toEqual([['FY2026 through April 9', ['2,100']]]);
    expect(row?.chart.at(-1)).toEqual({ label: 'FY2025', value: 4000, display: '4,000' });
    render(<PopupGlance glance={g} />);
    expect(screen.getByText('latest full year, FY2025 through Sept. 20')).toBeTruthy();
    expect(screen.getByText('FY2026 through April 9')).toBeTruthy();
    expect(screen.getByText('FY2025: 4,000 (the latest full year)', { selector: 'figcaption' })).toBeTruthy();
  });
});
