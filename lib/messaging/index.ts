/**
 * Every message between the extension's parts, defined once. Anything received is parsed with
 * `parseMessage` and ignored when it does not fit: pages and other extensions can send us anything.
 */
import { z } from 'zod';
import { CategorySchema } from '../dataset/schema';

export const ClaimSummarySchema = z.strictObject({
  /** Position in the page's list of claims (document order). */
  index: z.number().int().nonnegative(),
  category: CategorySchema,
  /** The quantity as written. */
  quote: z.string().max(200),
  /** A short excerpt of the sentence around the quantity. */
  snippet: z.string().max(400),
});
export type ClaimSummary = z.infer<typeof ClaimSummarySchema>;

export const PageReportSchema = z.strictObject({
  url: z.string().max(4096),
  /** The article's publication date, YYYY-MM-DD, or null when the page does not say. */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  /** Whether annotations are on for this page (site and global switches). */
  enabled: z.boolean(),
  counts: z.partialRecord(CategorySchema, z.number().int().nonnegative()),
  claims: z.array(ClaimSummarySchema).max(5000),
});
export type PageReport = z.infer<typeof PageReportSchema>;

export const MessageSchema = z.discriminatedUnion('type', [
  /** content -> background: the page's claims changed (sets the badge). */
  z.strictObject({ type: z.literal('page-report'), report: PageReportSchema }),
  /** popup -> content: send your report. */
  z.strictObject({ type: z.literal('get-report') }),
  /** popup -> content: scroll to claim `index` and open its card. */
  z.strictObject({ type: z.literal('show-claim'), index: z.number().int().nonnegative() }),
  /** background -> content: the keyboard command to step to the next or previous claim. */
  z.strictObject({ type: z.literal('step-claim'), direction: z.union([z.literal(1), z.literal(-1)]) }),
]);
export type Message = z.infer<typeof MessageSchema>;

/** The message, or null when `value` is not one of ours. */
export function parseMessage(value: unknown): Message | null {
  const r = MessageSchema.safeParse(value);
  return r.success ? r.data : null;
}
