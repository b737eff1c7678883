/**
 * The one definition of the dataset's shapes: sources, metric definitions and figures.
 * Types come from these schemas; the build (lib/dataset/vite-plugin.ts), the terminal report and the
 * tests all parse data/ through them.
 */
import { z } from 'zod';
import { CATEGORIES, type Category } from '../categories';
import { BODIES, DETAILS, DETAILS_OF, FOOTINGS, KINDS, MEASURES } from '../frame';

export { CATEGORIES, type Category };
export const CategorySchema = z.enum(CATEGORIES);

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case words joined by "-"');
/** A calendar date, month or year as ISO text: 2019-06-18, 2019-06 or 2019. */
const isoDay = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'a date YYYY-MM-DD');
const isoDate = z
  .string()
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'a date YYYY, YYYY-MM or YYYY-MM-DD');

/**
 * Who published the page read, best first: `agency` the body that counts (ICE, DHS and its statistics
 * office, CBP, EOIR, OMB; the text of an enacted law; a faithful copy of such a document, noted as a
 * copy), `oversight` (CRS, GAO, an inspector general, CBO), `research` (TRAC, Pew, MPI, university
 * centres), `news` (outlets that carry others' figures), `advocacy` (partisan or advocacy outlets and
 * think tanks of any side, members' and party pages). The reviewed calls are in data/notes/source-tiers.md.
 */
export const SOURCE_TIERS = ['agency', 'oversight', 'research', 'news', 'advocacy'] as const;
export type SourceTier = (typeof SOURCE_TIERS)[number];

/** `primary` is derived, never stored: the body that counts, oversight, or a research body's own estimate. */
export function isPrimary(source: { tier: SourceTier; ownEstimate?: true }): boolean {
  return source.tier === 'agency' || source.tier === 'oversight' || source.ownEstimate === true;
}

export const SourceSchema = z
  .strictObject({
    id: slug,
    title: z.string().min(3),
    publisher: z.string().min(2),
    url: z.url({ protocol: /^https$/ }),
    /** When the source was published (as precise as known). */
    published: isoDate,
    tier: z.enum(SOURCE_TIERS),
    /** A research body's own estimate (Pew's or MPI's count of the unauthorized population), not its reading of an agency's. */
    ownEstimate: z.literal(true).optional(),
    note: z.string().optional(),
  })
  .refine((s) => !s.ownEstimate || s.tier === 'research', { message: 'ownEstimate is only for a research source', path: ['ownEstimate'] })
  .transform((s) => ({ ...s, primary: isPrimary(s) }));
/** A source as stored (what data/sources/*.jsonl holds). */
export type SourceRecord = z.input<typeof SourceSchema>;
export type Source = z.infer<typeof SourceSchema>;

export const AGENCIES = ['ICE', 'DHS', 'CBP', 'EOIR', 'Congress', 'Pew', 'MPI', 'CMS', 'TRAC', 'GAO'] as const;

/**
 * Who counted one figure, where that is not its metric's counter: a counting body (AGENCIES: GAO's
 * calendar-year tally from ICE's records, TRAC's count from the courts' or ICE's case records), or
 * `news`, a news organisation's own count or estimate (its analysis of released records, a running
 * total it keeps), carried by the page its source names. Such a figure is shown with its series, but it
 * is not the metric's count, so it never anchors a verdict on the metric (lib/dataset/anchor.ts).
 */
export const FIGURE_COUNTERS = [...AGENCIES, 'news'] as const;
export type FigureCounter = (typeof FIGURE_COUNTERS)[number];

/**
 * What a metric's figures are, in the claim frame's terms (lib/frame.ts): a card gives a verdict only
 * where a claim's frame agrees with it on every field. National scope only. A metric without a frame
 * (a subgroup's series) is shown for reference but never anchors a verdict.
 */
export const MetricFrameSchema = z
  .strictObject({
    body: z.enum(BODIES),
    scope: z.literal('nation'),
    kind: z.enum(KINDS),
    detail: z.enum(DETAILS).optional(),
    measure: z.enum(MEASURES),
    basis: z.enum(FOOTINGS),
  })
  .refine((f) => (f.detail === undefined ? !DETAILS_OF[f.kind] : (DETAILS_OF[f.kind] ?? []).includes(f.detail)), { message: 'a detail that goes with the kind (capacity, money and change need one)', path: ['detail'] });

export const MetricSchema = z.strictObject({
  id: slug,
  /** Plain-English name shown to readers. */
  name: z.string().min(3),
  /** What one unit of value is, e.g. "removals", "people", "US dollars", "days". */
  unit: z.string().min(2),
  /** How the value is measured over its period: a total over the period, an average, or a level at a point. */
  aggregation: z.enum(['total', 'average', 'level', 'peak']),
  category: CategorySchema,
  definition: z.string().min(10),
  countedBy: z.enum(AGENCIES),
  caveats: z.array(z.string().min(5)).default([]),
  /** Other ids this metric answered to: ids are public names (annotate --json), kept when one is renamed. */
  aliases: z.array(slug).optional(),
  frame: MetricFrameSchema.optional(),
});
export type Metric = z.infer<typeof MetricSchema>;

/**
 * A period as text: FY2019 (federal fiscal year, Oct 1 2018 - Sep 30 2019), CY2019 (calendar year),
 * 2019-06 (a month), 2019-06-18 (a day), or 2019-01-01/2019-03-31 (a date range, inclusive).
 */
export const PeriodSchema = z
  .string()
  .regex(
    /^(FY\d{4}|CY\d{4}|\d{4}-(0[1-9]|1[0-2])|\d{4}-\d{2}-\d{2}|\d{4}-\d{2}-\d{2}\/\d{4}-\d{2}-\d{2})$/,
    'a period FY2019, CY2019, 2019-06, 2019-06-18 or 2019-01-01/2019-03-31',
  );

export const FIGURE_QUALIFIERS = ['about', 'more than', 'fewer than', 'nearly', 'at least', 'up to', 'peak', 'estimate'] as const;

/** Multipliers for a quote whose table states its numbers in a larger unit ("$ in thousands"). */
export const FIGURE_SCALES = { thousand: 1e3, million: 1e6, billion: 1e9 } as const;

/**
 * What part of an agency's money a figure counts, where one metric holds figures its sources count on
 * different bases (ICE's annual budget): `main-appropriation`, the act's main appropriation to the agency
 * (ICE's Salaries and Expenses through FY2016, Operations and Support from FY2017); `appropriations-total`,
 * all of its annual appropriations together (every appropriated account, and supplementals where the source
 * says so; no fee accounts); `budget-authority`, total budget authority with fee and mandatory accounts;
 * `unstated`, the source's "budget" or "funding" with no basis said.
 */
export const MONEY_ACCOUNTS = ['main-appropriation', 'appropriations-total', 'budget-authority', 'unstated'] as const;
export type MoneyAccount = (typeof MONEY_ACCOUNTS)[number];
/** A money figure's account in a few words, for the card's figure line (none for `unstated`). */
export const MONEY_ACCOUNT_TEXT: Record<MoneyAccount, string | null> = {
  'main-appropriation': "the act's main appropriation line",
  'appropriations-total': 'all appropriations',
  'budget-authority': 'total budget authority, with fees',
  unstated: null,
};
export type FigureScale = keyof typeof FIGURE_SCALES;

/** An A1 cell address (N84) or a range of cells (E2:E13) in a spreadsheet or CSV file. */
const cellRef = z.string().regex(/^[A-Z]{1,3}[1-9]\d*(:[A-Z]{1,3}[1-9]\d*)?$/, 'a cell address like N84 or a range like E2:E13');

/**
 * Where a figure read by code from an agency's file sits: the file (named as published, with its
 * checksum), the sheet and table title as written in it, the cell with its row and column labels, the
 * file's release date and its address. Written by `npm run data:import` (scripts/import-primary.ts).
 */
export const ReceiptSchema = z.strictObject({
  file: z.string().min(3),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a lower-case hex sha256'),
  /** Absent for a CSV file. */
  sheet: z.string().min(1).optional(),
  /** The table's title as written in the workbook; absent for a CSV file. */
  table: z.string().min(3).optional(),
  cell: cellRef,
  row: z.string().min(1),
  column: z.string().min(1),
  released: isoDate,
  url: z.url({ protocol: /^https$/ }),
});
export type Receipt = z.infer<typeof ReceiptSchema>;

export const FigureSchema = z.strictObject({
  metric: slug,
  period: PeriodSchema,
  value: z.number().finite().nonnegative(),
  qualifier: z.enum(FIGURE_QUALIFIERS).optional(),
  /**
   * Set when the quote writes the number in a larger unit stated elsewhere in the source (a table headed
   * "$ in thousands"): the value stays in the metric's unit and the quote must state value / scale.
   */
  scale: z.enum(Object.keys(FIGURE_SCALES) as [FigureScale, ...FigureScale[]]).optional(),
  /**
   * Set when the source rounds every number it publishes to a step (DHS OHSS's monthly tables: "table
   * cells are rounded to the nearest ten"): the count stands within half a step of the value, which is a
   * multiple of the step. A reader of the figure may treat a precise claim within that half step as the same.
   */
  roundedTo: z.number().int().min(2).optional(),
  /** For money: which part of the agency's money the figure counts (MONEY_ACCOUNTS), where its metric mixes them. */
  account: z.enum(MONEY_ACCOUNTS).optional(),
  unit: z.string().min(2),
  source: slug,
  /**
   * Exact words of the source that state the value; at most 30 words. For a figure with a `receipt`
   * (read by code from a spreadsheet or CSV file) the quote is generated from the cell: its table,
   * row and column labels and its value, not a sentence the agency wrote.
   */
  quote: z
    .string()
    .min(5)
    .refine((q) => q.trim().split(/\s+/).length <= 30, 'a quote of at most 30 words'),
  note: z.string().optional(),
  receipt: ReceiptSchema.optional(),
  /** Set only when a body other than the metric's counter counted this figure (FIGURE_COUNTERS); the note says who and how. */
  countedBy: z.enum(FIGURE_COUNTERS).optional(),
});
export type Figure = z.infer<typeof FigureSchema>;

export const DatasetMetaSchema = z.strictObject({
  version: z.string().regex(/^\d+\.\d+\.\d+$/),
  /** The newest date of any figure's publication we have checked: "figures as of". */
  asOf: isoDay,
});
export type DatasetMeta = z.infer<typeof DatasetMetaSchema>;

export interface Dataset {
  meta: DatasetMeta;
  metrics: Metric[];
  sources: Source[];
  figures: Figure[];
}
