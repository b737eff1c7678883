/**
 * Parses and cross-checks the dataset's files. Pure: takes file names and texts, returns a Dataset or
 * throws a DatasetError whose message names every bad record (file:line and what is wrong).
 */
import type { z } from 'zod';
import {
  DatasetMetaSchema,
  FIGURE_SCALES,
  FigureSchema,
  MetricSchema,
  SourceSchema,
  type Dataset,
  type Figure,
  type Metric,
  type Source,
} from './schema';

export interface DataFile {
  /** Path relative to data/, e.g. "figures/removals.jsonl". */
  name: string;
  text: string;
}

export class DatasetError extends Error {
  constructor(readonly problems: string[]) {
    super(`The dataset in data/ is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n  - ${problems.join('\n  - ')}`);
    this.name = 'DatasetError';
  }
}

function formatZodError(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.length ? i.path.join('.') + ': ' : ''}${i.message}`).join('; ');
}

// One formatter each: Number#toLocaleString builds a new one per call, which made checking a
// thousand quotes take most of a second.
const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 4 });
const GROUPED_MIN = [0, 1, 2, 3].map((d) => new Intl.NumberFormat('en-US', { minimumFractionDigits: d }));

/** The usual written forms of a number: 267,258 / 267258 / 10.5 million / 8.4 billion / 34.3. */
export function writtenForms(value: number): string[] {
  const forms = new Set<string>();
  const plain = (n: number, decimals: number) => {
    const s = n.toFixed(decimals);
    return decimals > 0 ? s.replace(/0+$/, '').replace(/\.$/, '') : s;
  };
  forms.add(plain(value, 4));
  // Money is written with two decimals ($132.90), which plain() trims to 132.9.
  if (!Number.isInteger(value) && Math.abs(Number(value.toFixed(2)) - value) < 1e-9) forms.add(value.toFixed(2));
  forms.add(GROUPED.format(value));
  for (const [scale, word] of [
    [1e3, 'thousand'],
    [1e6, 'million'],
    [1e9, 'billion'],
    [1e12, 'trillion'],
  ] as const) {
    if (value >= scale) {
      const scaled = value / scale;
      // Accept "10.5 million" and "10.50 million" but only where the scaled text is exact.
      for (let d = 0; d <= 3; d++) {
        const text = scaled.toFixed(d);
        if (Math.abs(Number(text) * scale - value) < 1e-6 * scale) {
          forms.add(`${text} ${word}`);
          forms.add(`${plain(scaled, d)} ${word}`);
          forms.add(`${GROUPED_MIN[d]!.format(Number(text))} ${word}`);
        }
      }
      if (scale === 1e6 || scale === 1e9) forms.add(`${plain(scaled, 3)}${word === 'million' ? 'm' : 'bn'}`);
    }
  }
  return [...forms];
}

/** True when the quote states the value in one of its usual written forms (digits, not spelled out). */
export function quoteStatesValue(quote: string, value: number): boolean {
  const text = quote.toLowerCase().replace(/\u00a0/g, ' ').replace(/\s+/g, ' ');
  return writtenForms(value).some((form) => {
    const idx = findNumber(text, form);
    return idx >= 0;
  });
}

/** Finds `form` in `text` as a whole number (not part of a longer one like 1,267,258 or 2671). */
function findNumber(text: string, form: string): number {
  let from = 0;
  for (;;) {
    const idx = text.indexOf(form, from);
    if (idx < 0) return -1;
    const before = text[idx - 1] ?? ' ';
    const after = text[idx + form.length] ?? ' ';
    const digitAfter = /\d/.test(after) || ((after === ',' || after === '.') && /\d/.test(text[idx + form.length + 1] ?? ''));
    const digitBefore = /[\d]/.test(before) || ((before === ',' || before === '.') && /\d/.test(text[idx - 2] ?? ''));
    if (!digitAfter && !digitBefore) return idx;
    from = idx + 1;
  }
}

function parseJson(file: DataFile, problems: string[]): unknown {
  try {
    return JSON.parse(file.text);
  } catch (e) {
    problems.push(`${file.name}: not valid JSON (${(e as Error).message})`);
    return undefined;
  }
}

/** Yields [line number, parsed value] for every non-empty line of a JSON Lines file. */
function* jsonLines(file: DataFile, problems: string[]): Generator<[number, unknown]> {
  const lines = file.text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.trim();
    if (!line) continue;
    try {
      yield [i + 1, JSON.parse(line)];
    } catch (e) {
      problems.push(`${file.name}:${i + 1}: not valid JSON (${(e as Error).message})`);
    }
  }
}

/** Parses every file of data/ and checks them against each other. */
export function parseDataset(files: DataFile[]): Dataset {
  const problems: string[] = [];
  const metaFile = files.find((f) => f.name === 'meta.json');
  const metricFiles = files.filter((f) => f.name.startsWith('metrics/'));
  if (!metaFile) problems.push('meta.json: missing');
  if (!metricFiles.length) problems.push('metrics/: no metric definitions');

  let meta: Dataset['meta'] | undefined;
  if (metaFile) {
    const r = DatasetMetaSchema.safeParse(parseJson(metaFile, problems));
    if (r.success) meta = r.data;
    else problems.push(`meta.json: ${formatZodError(r.error)}`);
  }

  const metrics: Metric[] = [];
  const metricIds = new Set<string>();
  for (const metricsFile of metricFiles) {
    const raw = parseJson(metricsFile, problems);
    if (!Array.isArray(raw)) problems.push(`${metricsFile.name}: must be an array of metric definitions`);
    else
      raw.forEach((m, i) => {
        const label = `${metricsFile.name}[${i}]${m && typeof m === 'object' && 'id' in m ? ` (${String(m.id)})` : ''}`;
        const r = MetricSchema.safeParse(m);
        if (!r.success) return problems.push(`${label}: ${formatZodError(r.error)}`);
        if (metricIds.has(r.data.id)) return problems.push(`${label}: duplicate metric id "${r.data.id}"`);
        metricIds.add(r.data.id);
        metrics.push(r.data);
      });
  }

  const sources: Source[] = [];
  const sourceIds = new Map<string, string>();
  for (const file of files.filter((f) => f.name.startsWith('sources/'))) {
    for (const [line, raw] of jsonLines(file, problems)) {
      const label = `${file.name}:${line}`;
      const r = SourceSchema.safeParse(raw);
      if (!r.success) {
        problems.push(`${label}: ${formatZodError(r.error)}`);
        continue;
      }
      const seen = sourceIds.get(r.data.id);
      if (seen) {
        problems.push(`${label}: duplicate source id "${r.data.id}" (first at ${seen})`);
        continue;
      }
      sourceIds.set(r.data.id, label);
      sources.push(r.data);
    }
  }

  const metricById = new Map(metrics.map((m) => [m.id, m]));
  const figures: Figure[] = [];
  const keys = new Map<string, string>();
  for (const file of files.filter((f) => f.name.startsWith('figures/'))) {
    for (const [line, raw] of jsonLines(file, problems)) {
      const r = FigureSchema.safeParse(raw);
      const label = `${file.name}:${line}`;
      if (!r.success) {
        problems.push(`${label}: ${formatZodError(r.error)}`);
        continue;
      }
      const f = r.data;
      const name = `${label} (${f.metric} ${f.period} from ${f.source})`;
      const metric = metricById.get(f.metric);
      const before = problems.length;
      if (!metric) problems.push(`${name}: unknown metric "${f.metric}"`);
      else if (metric.unit !== f.unit) problems.push(`${name}: unit "${f.unit}" differs from the metric's unit "${metric.unit}"`);
      if (!sourceIds.has(f.source)) problems.push(`${name}: source "${f.source}" is not in data/sources/`);
      const stated = f.scale ? f.value / FIGURE_SCALES[f.scale] : f.value;
      if (!quoteStatesValue(f.quote, stated))
        problems.push(`${name}: the quote does not state the value ${f.value}${f.scale ? ` (${stated} in ${f.scale}s)` : ''}`);
      if (f.countedBy && metric && f.countedBy === metric.countedBy)
        problems.push(`${name}: countedBy "${f.countedBy}" is the metric's own counter; set it only for a figure another body counted`);
      if (f.account && metric && !metric.unit.includes('dollar')) problems.push(`${name}: an account is declared for money only, not for "${metric.unit}"`);
      if (f.roundedTo && f.value % f.roundedTo !== 0)
        problems.push(`${name}: the value ${f.value} is not a multiple of its rounding step ${f.roundedTo}`);
      const key = `${f.metric}|${f.period}|${f.source}`;
      const seen = keys.get(key);
      if (seen) problems.push(`${name}: duplicate of ${seen} (same metric, period and source)`);
      keys.set(key, label);
      if (problems.length === before) figures.push(f);
    }
  }

  // A source that rounds its numbers rounds all of them: its figures agree on `roundedTo`.
  const steps = new Map<string, Set<number | undefined>>();
  for (const f of figures) steps.set(f.source, (steps.get(f.source) ?? new Set()).add(f.roundedTo));
  for (const [source, set] of steps)
    if (set.size > 1)
      problems.push(`source "${source}": its figures disagree on roundedTo (${[...set].map((v) => v ?? 'none').join(', ')})`);

  if (problems.length || !meta) throw new DatasetError(problems);
  return { meta, metrics, sources, figures };
}
