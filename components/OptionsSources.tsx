/**
 * The dataset's version, as-of date, each core series' newest period, and the sources grouped by
 * publisher with primary publishers first.
 */
import { formatDate, formatPeriod, formatYearToDate } from '../lib/dataset/period';
import type { SourceTier } from '../lib/dataset/schema';

export interface SourceInfo {
  id: string;
  title: string;
  publisher: string;
  url: string;
  published: string;
  tier: SourceTier;
  primary: boolean;
}

export interface SeriesNewest {
  id: string;
  name: string;
  /** The newest figure's period in the dataset's notation, or null when there is none. */
  period: string | null;
  /** More than 15 months older than the as-of date. */
  stale: boolean;
}

export interface DatasetInfo {
  version: string;
  asOf: string;
  sources: readonly SourceInfo[];
  /** Each core series' newest period (lib/dataset/coverage.ts seriesFreshness). */
  freshness: readonly SeriesNewest[];
}

interface Group {
  publisher: string;
  primary: boolean;
  sources: SourceInfo[];
}

/** Sources grouped by publisher: publishers with primary sources first, then by name; titles sorted. */
export function groupSources(sources: readonly SourceInfo[]): Group[] {
  const byPublisher = new Map<string, Group>();
  for (const s of sources) {
    let g = byPublisher.get(s.publisher);
    if (!g) byPublisher.set(s.publisher, (g = { publisher: s.publisher, primary: false, sources: [] }));
    g.primary ||= s.primary;
    g.sources.push(s);
  }
  const groups = [...byPublisher.values()];
  for (const g of groups) g.sources.sort((a, b) => Number(b.primary) - Number(a.primary) || a.title.localeCompare(b.title));
  return groups.sort((a, b) => Number(b.primary) - Number(a.primary) || a.publisher.localeCompare(b.publisher));
}

/** The "about the figures" section. */
export function OptionsSources({ dataset }: { dataset: DatasetInfo }) {
  const groups = groupSources(dataset.sources);
  return (
    <section data-component="OptionsSources" aria-labelledby="data-title">
      <h2 id="data-title">The figures</h2>
      <p>
        Dataset version <strong data-testid="dataset-version">{dataset.version}</strong>, figures as of{' '}
        <time dateTime={dataset.asOf}>{formatDate(dataset.asOf)}</time>. The figures ship with the extension: ICE Context
        makes no network requests.
      </p>
      <details class="freshness">
        <summary>The newest figure of each main series</summary>
        <ul>
          {dataset.freshness.map((f) => (
            <li key={f.id} data-series={f.id}>
              {f.name}: {f.period ? (formatYearToDate(f.period) ?? formatPeriod(f.period)) : 'none'}
              {f.stale && <span class="muted"> (more than 15 months before the figures' date)</span>}
            </li>
          ))}
        </ul>
      </details>
      <details class="sources">
        <summary>
          Sources ({dataset.sources.length}, from {groups.length} publishers)
        </summary>
        {groups.map((g) => (
          <section key={g.publisher} class="source-group">
            <h3>
              {g.publisher} {g.primary && <span class="tag tag-primary">primary</span>}
            </h3>
            <ul>
              {g.sources.map((s) => (
                <li key={s.id}>
                  <a href={s.url} target="_blank" rel="noreferrer">
                    {s.title}
                  </a>{' '}
                  <span class="muted small">
                    ({s.published}
                    {g.primary && !s.primary ? ', secondary' : ''})
                  </span>
                </li>
              ))}
            </ul>
          </section>
        ))}
      </details>
    </section>
  );
}
