/**
 * A small bar chart of a series with one bar marked (the article's year, or the latest). Years without a
 * figure are gaps, never bars: nothing is drawn that the data does not hold. The first and last years
 * are written on the axis; each bar gives its value on hover and on keyboard focus, and the caption says
 * which bar is marked.
 */
import { useState } from 'preact/hooks';

export interface ChartPoint {
  /** The point's label, e.g. "FY2019" or "Sept. 7, 2025". */
  label: string;
  /** The stored value, or null when the dataset has no figure for that year. */
  value: number | null;
  /** The value for readers, e.g. "267,258" or "$8.5 billion". */
  display: string;
}

export interface ChartProps {
  /** What the series is: "ICE removals by fiscal year". */
  title: string;
  /** Consecutive years (or dated counts), oldest first, gaps included with value null. */
  points: readonly ChartPoint[];
  /** The label of the marked point, if it is in `points`. */
  marked: string | null;
  /** What the marked point is, for the caption: "the article's year", "the latest year". */
  markedAs?: string;
  width?: number;
  height?: number;
}

/** The text alternative of a chart: every point with its value or "no figure". */
export function describeChart(title: string, points: readonly ChartPoint[], marked: string | null): string {
  const parts = points.map((p) => `${p.label}${p.label === marked ? ' (shown)' : ''}: ${p.value === null ? 'no figure' : p.display}`);
  return `${title}: ${parts.join('; ')}.`;
}

/** A short axis label: "FY2019" -> "FY19", "Sept. 7, 2025" -> "Sept. '25". */
export function axisLabel(label: string): string {
  const fy = /^FY\d\d(\d\d)$/.exec(label);
  if (fy) return `FY${fy[1]}`;
  const dated = /^([A-Z][a-z]+\.?)(?: \d{1,2},)? \d\d(\d\d)$/.exec(label);
  return dated ? `${dated[1]} '${dated[2]}` : label;
}

const AXIS_TEXT = 10;

/** The chart: bars in an SVG group, years on the axis, a caption naming the marked or focused bar. */
export function Chart({ title, points, marked, markedAs = 'shown', width = 132, height = 40 }: ChartProps) {
  const [active, setActive] = useState<number | null>(null);
  const max = Math.max(0, ...points.map((p) => p.value ?? 0));
  const n = Math.max(points.length, 1);
  // Few years would make slabs, not bars: a slot is at most 12px wide, the chart right-aligned.
  const slot = Math.min(width / n, 12);
  const left = width - slot * n;
  const gap = Math.min(2, slot * 0.2);
  const base = height - 4;
  const total = height + AXIS_TEXT;
  const markedIndex = points.findIndex((p) => p.label === marked);
  const shown = active !== null ? points[active] : markedIndex >= 0 ? points[markedIndex] : undefined;
  const caption = shown
    ? `${shown.label}: ${shown.value === null ? 'no figure' : shown.display}${shown.label === marked ? ` (${markedAs})` : ''}`
    : '';
  const first = points[0];
  const last = points[points.length - 1];
  return (
    <figure class="chart" data-component="Chart">
      <svg
        role="group"
        aria-label={describeChart(title, points, marked)}
        width={width}
        height={total}
        viewBox={`0 0 ${width} ${total}`}
        onMouseLeave={() => setActive(null)}
      >
        <line class="chart-axis" x1={0} y1={base + 0.5} x2={width} y2={base + 0.5} />
        {points.map((p, i) => {
          const x = left + i * slot + gap / 2;
          const w = Math.max(slot - gap, 1);
          const isMarked = i === markedIndex;
          const name = `${p.label}: ${p.value === null ? 'no figure' : p.display}${isMarked ? ` (${markedAs})` : ''}`;
          const events = {
            tabindex: 0,
            role: 'img' as const,
            'aria-label': name,
            onMouseEnter: () => setActive(i),
            onFocus: () => setActive(i),
            onBlur: () => setActive(null),
            'data-year': p.label,
          };
          if (p.value === null) {
            return isMarked ? (
              <rect key={p.label} class="chart-missing" x={x} y={2} width={w} height={base - 2} {...events}>
                <title>{name}</title>
              </rect>
            ) : null;
          }
          const h = max > 0 ? Math.max((p.value / max) * (base - 2), 1) : 1;
          return (
            <rect key={p.label} class={isMarked ? 'chart-bar chart-bar-marked' : 'chart-bar'} x={x} y={base - h} width={w} height={h} {...events}>
              <title>{name}</title>
            </rect>
          );
        })}
        {markedIndex >= 0 && (
          <path
            class="chart-marker"
            d={(() => {
              const cx = left + markedIndex * slot + slot / 2;
              return `M${cx - 3} ${height} L${cx + 3} ${height} L${cx} ${base + 1} Z`;
            })()}
          />
        )}
        {first && (
          <text class="chart-year" x={left} y={total - 1} text-anchor="start">
            {axisLabel(first.label)}
          </text>
        )}
        {last && last !== first && (
          <text class="chart-year" x={width} y={total - 1} text-anchor="end">
            {axisLabel(last.label)}
          </text>
        )}
      </svg>
      <figcaption class="chart-caption" aria-hidden="true">
        {caption}
      </figcaption>
    </figure>
  );
}
