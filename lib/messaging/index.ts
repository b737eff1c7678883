/**
 * Every message between the extension's parts, defined once: each request's schema (MessageSchema)
 * and the schema of its reply (ReplySchemas); the types come from them. Anything received is parsed
 * with `parseMessage` and ignored when it does not fit: pages and other extensions can send us
 * anything. A sender gets its reply typed and checked through `requester` (request.ts).
 * (zod/mini: the same zod, tree-shakable. The content script carries no schema library: it checks
 * what it receives with guards.ts, which test/unit/messaging proves equal to these schemas.)
 */
import * as z from 'zod/mini';
import { CATEGORIES } from '../categories';
import type { ClaimContext } from '../context/types';
import { BODIES, CREDITS, DETAILS, KINDS, MEASURES, PERIOD_BASES, SCOPES } from '../frame';
import { HIGHLIGHT_STYLES, TRIGGERS } from '../settings/schema';
import { isClaimContextShape } from './guards';
import { DETECT_PIECE_CHARS } from './limits';
import type { ReplyChecks } from './request';

const count = z.number().check(z.int(), z.nonnegative());
const isoDay = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const nullableNumber = z.nullable(z.number());

export const ClaimSummarySchema = z.strictObject({
  /** Position in the page's list of claims (document order). */
  index: count,
  category: z.enum(CATEGORIES),
  /** The quantity as written. */
  quote: z.string().check(z.maxLength(200)),
  /** A short excerpt of the sentence around the quantity. */
  snippet: z.string().check(z.maxLength(400)),
});
export type ClaimSummary = z.infer<typeof ClaimSummarySchema>;

export const PageReportSchema = z.strictObject({
  url: z.string().check(z.maxLength(4096)),
  /** The article's publication date, YYYY-MM-DD, or null when the page does not say. */
  date: z.nullable(isoDay),
  /** Whether annotations are on for this page (site and global switches). */
  enabled: z.boolean(),
  /** Whether the page is still being read (the detector loading, or a scan in slices under way). */
  reading: z.boolean(),
  counts: z.partialRecord(z.enum(CATEGORIES), count),
  claims: z.array(ClaimSummarySchema).check(z.maxLength(5000)),
});
export type PageReport = z.infer<typeof PageReportSchema>;

/** A claim's frame (lib/frame.ts) as it crosses between the extension's parts. */
export const ClaimFrameSchema = z.strictObject({
  body: z.enum(BODIES),
  credit: z.nullable(z.enum(CREDITS)),
  scope: z.enum(SCOPES),
  scopeWords: z.nullable(z.string().check(z.maxLength(200))),
  kind: z.enum(KINDS),
  detail: z.nullable(z.enum(DETAILS)),
  measure: z.nullable(z.enum(MEASURES)),
  direction: z.nullable(z.enum(['up', 'down'])),
  period: z.strictObject({
    basis: z.enum(PERIOD_BASES),
    period: z.nullable(z.string().check(z.maxLength(40))),
    start: z.nullable(isoDay),
    end: z.nullable(isoDay),
    base: z.optional(z.strictObject({ period: z.string().check(z.maxLength(40)), start: isoDay, end: isoDay })),
    toDate: z.optional(z.literal(true)),
  }),
  rules: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(50)),
});

/** A detected claim as it crosses from the content script to the background (see lib/detect/types.ts). */
export const ClaimSchema = z.object({
  sentence: z.string().check(z.maxLength(5000)),
  sentenceStart: count,
  sentenceEnd: count,
  quote: z.string().check(z.maxLength(200)),
  start: count,
  end: count,
  category: z.enum(CATEGORIES),
  value: nullableNumber,
  low: nullableNumber,
  high: nullableNumber,
  magnitude: nullableNumber,
  qualifier: z.nullable(z.enum(['about', 'more than', 'fewer than', 'nearly', 'at least', 'up to', 'exact'])),
  unit: z.nullable(z.string().check(z.maxLength(300))),
  percent: z.boolean(),
  dollars: z.boolean(),
  rate: z.nullable(z.enum(['day', 'week', 'month', 'year'])),
  period: z.nullable(
    z.strictObject({
      text: z.string().check(z.maxLength(300)),
      period: z.nullable(z.string().check(z.maxLength(40))),
      start: z.nullable(isoDay),
      end: z.nullable(isoDay),
    }),
  ),
  cues: z.array(z.string().check(z.maxLength(200))).check(z.maxLength(50)),
  frame: ClaimFrameSchema,
});

export const MessageSchema = z.discriminatedUnion('type', [
  /** content -> background: the official context of a claim (answered with a ClaimContext). */
  z.strictObject({
    type: z.literal('get-context'),
    claim: ClaimSchema,
    articleDate: z.nullable(isoDay),
    /** The article's other claims, whose numbers can feed the math ("four officers per arrest"). */
    others: z.array(ClaimSchema).check(z.maxLength(200)),
  }),
  /** content -> background: the page's claims changed (sets the badge). */
  z.strictObject({ type: z.literal('page-report'), report: PageReportSchema }),
  /** content -> background: the settings that apply to my page (validated and repaired there). */
  z.strictObject({ type: z.literal('get-page-settings') }),
  /** content -> background: inject the card's UI script into this frame (the first time a card opens). */
  z.strictObject({ type: z.literal('load-card') }),
  /** content -> background: the claims in a piece of the page's text (answered with Claim[]). */
  z.strictObject({
    type: z.literal('detect'),
    text: z.string().check(z.maxLength(DETECT_PIECE_CHARS)),
    articleDate: z.nullable(isoDay),
    topic: z.nullable(z.strictObject({ about: z.boolean(), strong: z.boolean() })),
  }),
  /** popup -> content: send your report. */
  z.strictObject({ type: z.literal('get-report') }),
  /** popup -> content: scroll to claim `index` and open its card. */
  z.strictObject({ type: z.literal('show-claim'), index: count }),
  /** background -> content: the keyboard command to step to the next or previous claim. */
  z.strictObject({ type: z.literal('step-claim'), direction: z.union([z.literal(1), z.literal(-1)]) }),
]);
export type Message = z.infer<typeof MessageSchema>;

export type MessageType = Message['type'];
/** The request of one message type. */
export type Request<K extends MessageType> = Extract<Message, { type: K }>;

/** What the background tells a content script about its page's settings. */
export const PageSettingsSchema = z.strictObject({
  enabled: z.boolean(),
  categories: z.partialRecord(z.enum(CATEGORIES), z.boolean()),
  style: z.enum(HIGHLIGHT_STYLES),
  trigger: z.enum(TRIGGERS),
  showMath: z.boolean(),
  /** Whether cards offer "Report this mark". */
  reportButton: z.boolean(),
});
export type PageSettings = z.infer<typeof PageSettingsSchema>;

/**
 * The reply to each message type. A card's context is checked at its top level only (its numbers
 * and figures are the card engine's own output, typed by lib/context/types.ts; the check refuses
 * anything that is not that shape of object).
 */
export const ReplySchemas = {
  'get-context': z.nullable(z.custom<ClaimContext>(isClaimContextShape)),
  /** The badge is set; nothing to answer. */
  'page-report': z.undefined(),
  'get-page-settings': PageSettingsSchema,
  /** Whether the card's script is in the page now. */
  'load-card': z.boolean(),
  detect: z.array(ClaimSchema),
  'get-report': PageReportSchema,
  /** Whether the page had a claim at that index. */
  'show-claim': z.boolean(),
  'step-claim': z.boolean(),
} satisfies { [K in MessageType]: z.ZodMiniType };
/** The reply to each message type. */
export type Replies = { [K in MessageType]: z.infer<(typeof ReplySchemas)[K]> };

/** Whether `value` is a well-formed reply to a message of type `type`. */
export function isReply<K extends MessageType>(type: K, value: unknown): value is Replies[K] {
  return ReplySchemas[type].safeParse(value).success;
}

/** The message, or null when `value` is not one of ours. */
export function parseMessage(value: unknown): Message | null {
  const r = MessageSchema.safeParse(value);
  return r.success ? r.data : null;
}

/** The checks of every reply, from ReplySchemas (for senders that carry zod: the popup, the background). */
export const REPLY_CHECKS = Object.fromEntries(
  (Object.keys(ReplySchemas) as MessageType[]).map((type) => [type, (raw: unknown) => isReply(type, raw)]),
) as ReplyChecks<MessageType>;
