import { cleanup, render } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Chart, describeChart, type ChartPoint } from '../../../components/Chart';

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

  it('is an image named by its values', () => {
    const { container } = render(<Chart title="Things by fiscal year" points={points} marked="FY2019" />);
    const svg = container.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toContain('FY2019 (shown): 50');
    expect(svg.getAttribute('data-component')).toBe('Chart');
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
