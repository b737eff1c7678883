import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { axisLabel, Chart, describeChart, type ChartPoint } from '../../../components/Chart';

afterEach(cleanup);

const points: ChartPoint[] = [
  { label: 'FY2017', value: 100, display: '100' },
  { label: 'FY2018', value: null, display: 'no figure' },
  { label: 'FY2019', value: 50, display: '50' },
];

describe('Chart', () => {
  it('describes every year, gaps included, and marks the shown one', () => {
    expect(describeChart('Things by fiscal year', points, 'FY2019')).toBe('Things by fiscal year: FY2017: 100; FY2018: no figure; FY2019 (shown): 50.');
  });

  it('is a group named by its values, each bar an image named by its year and value', () => {
    const { container } = render(<Chart title="Things by fiscal year" points={points} marked="FY2019" markedAs="the article's year" />);
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('group');
    expect(svg.getAttribute('aria-label')).toContain('FY2019 (shown): 50');
    expect(container.querySelector('figure')?.getAttribute('data-component')).toBe('Chart');
    expect(screen.getAllByRole('img').map((b) => b.getAttribute('aria-label'))).toEqual(['FY2017: 100', "FY2019: 50 (the article's year)"]);
  });

  it("writes the first and last years on the axis and says which bar is the article's year", () => {
    const { container } = render(<Chart title="t" points={points} marked="FY2019" markedAs="the article's year" />);
    expect([...container.querySelectorAll('text.chart-year')].map((t) => t.textContent)).toEqual(['FY17', 'FY19']);
    expect(container.querySelector('figcaption')?.textContent).toBe("FY2019: 50 (the article's year)");
  });

  it('gives a bar its value on hover and on keyboard focus, and returns to the marked one after', () => {
    const { container } = render(<Chart title="t" points={points} marked="FY2019" markedAs="the article's year" />);
    const caption = () => container.querySelector('figcaption')?.textContent;
    const first = screen.getByRole('img', { name: 'FY2017: 100' });
    expect(first.getAttribute('tabindex')).toBe('0');
    expect(first.querySelector('title')?.textContent).toBe('FY2017: 100');
    fireEvent.focus(first);
    expect(caption()).toBe('FY2017: 100');
    fireEvent.blur(first);
    expect(caption()).toBe("FY2019: 50 (the article's year)");
    fireEvent.mouseEnter(first);
    expect(caption()).toBe('FY2017: 100');
    fireEvent.mouseLeave(container.querySelector('svg')!);
    expect(caption()).toBe("FY2019: 50 (the article's year)");
  });

  it('shortens axis labels: fiscal years and dates', () => {
    expect([axisLabel('FY2019'), axisLabel('Sept. 7, 2025'), axisLabel('June 2021'), axisLabel('odd')]).toEqual(['FY19', "Sept. '25", "June '21", 'odd']);
  });

  it('draws a bar for each stored value only, scaled to the largest, never one for a gap', () => {
    const { container } = render(<Chart title="t" points={points} marked="FY2019" height={44} />);
    const bars = [...container.querySelectorAll('rect.chart-bar')];
    expect(bars.map((b) => b.getAttribute('data-year'))).toEqual(['FY2017', 'FY2019']);
    const [h17, h19] = bars.map((b) => Number(b.getAttribute('height')));
    expect(h19! / h17!).toBeCloseTo(0.5, 5);
    expect(container.querySelector('.chart-bar-marked')?.getAttribute('data-year')).toBe('FY2019');
  });

  it('shows a marked year without a figure as an empty slot', () => {
    const { container } = render(<Chart title="t" points={points} marked="FY2018" />);
    expect(container.querySelector('rect.chart-missing')?.getAttribute('data-year')).toBe('FY2018');
    expect(container.querySelector('.chart-bar-marked')).toBeNull();
  });
});
