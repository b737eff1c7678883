/**
 * Zod-free checks of what a content script receives: the few messages sent to it, and the replies to
 * the requests it sends. The content script carries no schema library (see README, Performance); only
 * our own extension can message it at all, and these guards still refuse anything not exactly of our
 * shapes. test/unit/messaging proves they accept exactly what the schemas in index.ts (the
 * definition) accept.
 */
import type { Message, MessageType, PageSettings, Replies } from './index';

/** The messages a content script receives. */
export type ContentMessage = Extract<Message, { type: 'get-report' | 'show-claim' | 'step-claim' }>;
/** The requests a content script sends. */
export type ContentRequestType = Extract<MessageType, 'get-context' | 'page-report' | 'get-page-settings' | 'load-card' | 'detect'>;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && [Object.prototype, null].includes(Object.getPrototypeOf(v));

const hasOnlyKeys = (o: Record<string, unknown>, keys: string[]) => Object.keys(o).every((k) => keys.includes(k));

/** The message, or null when it is not one a content script takes. */
export function parseContentMessage(raw: unknown): ContentMessage | null {
  if (!isPlainObject(raw)) return null;
  switch (raw.type) {
    case 'get-report':
      return hasOnlyKeys(raw, ['type']) ? { type: 'get-report' } : null;
    case 'show-claim': {
      const i = raw.index;
      return hasOnlyKeys(raw, ['type', 'index']) && typeof i === 'number' && Number.isSafeInteger(i) && i >= 0 ? { type: 'show-claim', index: i } : null;
    }
    case 'step-claim': {
      const d = raw.direction;
      return hasOnlyKeys(raw, ['type', 'direction']) && (d === 1 || d === -1) ? { type: 'step-claim', direction: d } : null;
    }
    default:
      return null;
  }
}

const STYLES: readonly unknown[] = ['underline', 'background', 'none'] satisfies PageSettings['style'][];
const TRIGGERS: readonly unknown[] = ['hover', 'click'] satisfies PageSettings['trigger'][];
const SETTINGS_KEYS = ['enabled', 'categories', 'style', 'trigger', 'showMath', 'reportButton'];

/** Whether `v` is the page settings the background sends (PageSettingsSchema, category names not checked here). */
export function isPageSettings(v: unknown): v is PageSettings {
  return (
    isPlainObject(v) &&
    hasOnlyKeys(v, SETTINGS_KEYS) &&
    SETTINGS_KEYS.every((k) => k in v) &&
    typeof v.enabled === 'boolean' &&
    isPlainObject(v.categories) &&
    Object.values(v.categories).every((on) => typeof on === 'boolean') &&
    STYLES.includes(v.style) &&
    TRIGGERS.includes(v.trigger) &&
    typeof v.showMath === 'boolean' &&
    typeof v.reportButton === 'boolean'
  );
}

/** Whether `v` has the top-level shape of a card's context (lib/context/types.ts ClaimContext). */
export function isClaimContextShape(v: unknown): boolean {
  return (
    isPlainObject(v) &&
    (v.headline === undefined || typeof v.headline === 'string') &&
    (v.verdict === undefined || v.verdict === null || isPlainObject(v.verdict)) &&
    (v.claimed === null || isPlainObject(v.claimed)) &&
    (v.metric === null || isPlainObject(v.metric)) &&
    typeof v.metricReason === 'string' &&
    (v.articleDate === null || typeof v.articleDate === 'string') &&
    Array.isArray(v.figures) &&
    typeof v.periodNote === 'string' &&
    Array.isArray(v.comparisons) &&
    (v.noComparison === null || typeof v.noComparison === 'string') &&
    (v.attribution === null || isPlainObject(v.attribution)) &&
    Array.isArray(v.capacity)
  );
}

const isCount = (v: unknown) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;

/** Whether `v` looks like a list of the detector's claims: each with its quote and offsets. */
function isClaimList(v: unknown): boolean {
  return (
    Array.isArray(v) &&
    v.every((c: unknown) => isPlainObject(c) && typeof c.quote === 'string' && typeof c.sentence === 'string' && typeof c.category === 'string' && isCount(c.start) && isCount(c.end) && isCount(c.sentenceStart) && isCount(c.sentenceEnd) && isPlainObject(c.frame))
  );
}

/** The content script's checks of the replies to its requests (the background's answers). */
export const CONTENT_REPLY_CHECKS: { [K in ContentRequestType]: (raw: unknown) => raw is Replies[K] } = {
  'get-context': (raw): raw is Replies['get-context'] => raw === null || isClaimContextShape(raw),
  'page-report': (raw): raw is undefined => raw === undefined,
  'get-page-settings': isPageSettings,
  'load-card': (raw): raw is boolean => typeof raw === 'boolean',
  detect: (raw): raw is Replies['detect'] => isClaimList(raw),
};
