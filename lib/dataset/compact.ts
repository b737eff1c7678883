/**
 * The dataset as the extension ships it: the parsed, checked dataset (lib/dataset/parse.ts) packed
 * without losing a field, and unpacked on load into exactly the same records.
 *
 * Why: about 1,700 figures carry a receipt, and a receipt repeats its file's name, checksum, release date
 * and address, its sheet and table title, and a note shared by hundreds of figures; a quote read from a
 * cell starts with the table's title again. Shipped as plain records that was 1.8 MB of the 2.0 MB
 * background script, parsed on every service-worker wake. Packed, each repeated string is stored once
 * and referenced by its index; figures are rows of fields in a fixed order.
 */
import { isPrimary, type Dataset, type Figure, type Metric, type Receipt, type Source, type SourceRecord } from './schema';

/** Index into `strings`, or -1 when the field is absent. */
type Str = number;
/** A receipt's file: name, sha256, released, url (indices into `strings`). */
type FileRow = [file: Str, sha256: Str, released: Str, url: Str];
/** A receipt: its file (index into `files`), sheet, table, cell, row and column. */
type ReceiptRow = [file: number, sheet: Str, table: Str, cell: Str, row: Str, column: Str];
/**
 * A figure: metric, period, value, qualifier, scale, roundedTo (0: absent), unit, source, quote, note,
 * receipt (null: absent), account, and countedBy only where the figure has one (the row is one longer). A quote that begins with its receipt's table title and " | " (as generated
 * quotes do) is stored without that prefix and its index negated, minus one.
 */
type FigureRow = [
  metric: Str,
  period: Str,
  value: number,
  qualifier: Str,
  scale: Str,
  roundedTo: number,
  unit: Str,
  source: Str,
  quote: number,
  note: Str,
  receipt: ReceiptRow | null,
  account: Str,
  countedBy?: Str,
];

/** The shipped form: serialisable JSON, read back by `unpackDataset`. */
export interface PackedDataset {
  format: 1;
  meta: Dataset['meta'];
  metrics: Metric[];
  /** Sources as stored: `primary` is derived again on unpacking, as the schema derives it. */
  sources: SourceRecord[];
  strings: string[];
  files: FileRow[];
  figures: FigureRow[];
}

const TABLE_SEPARATOR = ' | ';

/** Packs a parsed dataset (the build does this, after parseDataset has checked every record). */
export function packDataset(dataset: Dataset): PackedDataset {
  const strings: string[] = [];
  const index = new Map<string, number>();
  const str = (s: string | undefined): Str => {
    if (s === undefined) return -1;
    let i = index.get(s);
    if (i === undefined) {
      i = strings.push(s) - 1;
      index.set(s, i);
    }
    return i;
  };
  const files: FileRow[] = [];
  const fileIndex = new Map<string, number>();
  const file = (r: Receipt): number => {
    const row: FileRow = [str(r.file), str(r.sha256), str(r.released), str(r.url)];
    const key = row.join(',');
    let i = fileIndex.get(key);
    if (i === undefined) {
      i = files.push(row) - 1;
      fileIndex.set(key, i);
    }
    return i;
  };
  const figures = dataset.figures.map((f): FigureRow => {
    const r = f.receipt;
    const prefix = r?.table !== undefined ? r.table + TABLE_SEPARATOR : undefined;
    const quote = prefix && f.quote.startsWith(prefix) ? -2 - str(f.quote.slice(prefix.length)) : str(f.quote);
    const row: FigureRow = [
      str(f.metric),
      str(f.period),
      f.value,
      str(f.qualifier),
      str(f.scale),
      f.roundedTo ?? 0,
      str(f.unit),
      str(f.source),
      quote,
      str(f.note),
      r ? [file(r), str(r.sheet), str(r.table), str(r.cell), str(r.row), str(r.column)] : null,
      str(f.account),
    ];
    if (f.countedBy) row.push(str(f.countedBy));
    return row;
  });
  const sources = dataset.sources.map(({ primary: _derived, ...stored }): SourceRecord => stored);
  return { format: 1, meta: dataset.meta, metrics: dataset.metrics, sources, strings, files, figures };
}

/** Unpacks the shipped form into the records parseDataset gave the build, field for field. */
export function unpackDataset(packed: PackedDataset): Dataset {
  const { strings, files } = packed;
  const at = (i: Str): string => strings[i]!;
  // Fields are set in the schema's order, optional ones only when present, as zod returns them
  // (assignment rather than spreads: this runs on every service-worker wake).
  const receipt = (row: ReceiptRow): Receipt => {
    const [fileAt, sheet, table, cell, rowLabel, column] = row;
    const [name, sha256, released, url] = files[fileAt]!;
    const r: Partial<Receipt> = { file: at(name), sha256: at(sha256) };
    if (sheet >= 0) r.sheet = at(sheet);
    if (table >= 0) r.table = at(table);
    r.cell = at(cell);
    r.row = at(rowLabel);
    r.column = at(column);
    r.released = at(released);
    r.url = at(url);
    return r as Receipt;
  };
  const figures = packed.figures.map((row): Figure => {
    const [metric, period, value, qualifier, scale, roundedTo, unit, source, quote, note, receiptRow, account, countedBy] = row;
    const r = receiptRow ? receipt(receiptRow) : undefined;
    const f: Partial<Figure> = { metric: at(metric), period: at(period), value };
    if (qualifier >= 0) f.qualifier = at(qualifier) as Figure['qualifier'];
    if (scale >= 0) f.scale = at(scale) as Figure['scale'];
    if (roundedTo) f.roundedTo = roundedTo;
    if (account >= 0) f.account = at(account) as Figure['account'];
    f.unit = at(unit);
    f.source = at(source);
    f.quote = quote < -1 ? r!.table + TABLE_SEPARATOR + at(-2 - quote) : at(quote);
    if (note >= 0) f.note = at(note);
    if (r) f.receipt = r;
    if (countedBy !== undefined) f.countedBy = at(countedBy) as Figure['countedBy'];
    return f as Figure;
  });
  const sources = packed.sources.map((s): Source => ({ ...s, primary: isPrimary(s) }));
  return { meta: packed.meta, metrics: packed.metrics, sources, figures };
}
