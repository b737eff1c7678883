/**
 * A small bar chart of a yearly series with one year marked. Years without a figure are gaps, never
 * bars: nothing is drawn that the data does not hold. The text alternative lists every value.
 */

export interface ChartPoint {
  /** The year's label, e.g. "FY2019". */
  label: string;
  /** The stored value, or null when the dataset has no figure for that year. */
  value: number | null;
  /** The value for readers, e.g. "267,258" or "$8.5 billion". */
  display: string;
}

export interface ChartProps {
  /** What the series is, for the text alternative: "ICE removals by fiscal year". */
  title: string;
  /** Consecutive years, oldest first, gaps included with value null. */
  points: readonly ChartPoint[];
  /** The label of the marked year, if it is in `points`. */
  marked: string | null;
  width?: number;
  height?: number;
}

/** The text alternative of a chart: every year with its value or "no figure". */
export function describeChart(title: string, points: readonly ChartPoint[], marked: string | null): string {
  const parts = points.map(
    (p) => `${p.label}${p.label === marked ? ' (shown)' : ''}: ${p.value === null ? 'no figure' : p.display}`,
  );
  return `${title}: ${parts.join('; ')}.`;
}

/** The chart, as an SVG with role="img" and the values in its accessible name. */
export function Chart({ title, points, marked, width = 132, height = 40 }: ChartProps) {
  const max = Math.max(0, ...points.map((p) => p.value ?? 0));
  const n = Math.max(points.length, 1);
  // Few years would make slabs, not bars: a slot is at most 12px wide, the chart right-aligned.
  const slot = Math.min(width / n, 12);
  const left = width - slot * n;
  const gap = Math.min(2, slot * 0.2);
  const base = height - 4;
  return (
    <svg
      class="chart"
      data-component="Chart"
      role="img"
      aria-label={describeChart(title, points, marked)}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      focusable="false"
    >
      <line class="chart-axis" x1={0} y1={base + 0.5} x2={width} y2={base + 0.5} />
      {points.map((p, i) => {
        const x = left + i * slot + gap / 2;
        const w = Math.max(slot - gap, 1);
        const isMarked = p.label === marked;
        if (p.value === null) {
          return isMarked ? <rect key={p.label} class="chart-missing" x={x} y={2} width={w} height={base - 2} data-year={p.label} /> : null;
        }
        const h = max > 0 ? Math.max((p.value / max) * (base - 2), 1) : 1;
        return <rect key={p.label} class={isMarked ? 'chart-bar chart-bar-marked' : 'chart-bar'} x={x} y={base - h} width={w} height={h} data-year={p.label} />;
      })}
      {marked && points.some((p) => p.label === marked) && (
        <path
          class="chart-marker"
          d={(() => {
            const i = points.findIndex((p) => p.label === marked);
            const cx = left + i * slot + slot / 2;
            return `M${cx - 3} ${height} L${cx + 3} ${height} L${cx} ${base + 1} Z`;
          })()}
        />
      )}
    </svg>
  );
}
