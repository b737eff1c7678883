/**
 * Zod-free parsing of the few messages a content script receives, so the content script carries no
 * schema library. Only our own extension can message a content script at all; these guards still
 * refuse anything not exactly of our shapes. test/unit/messaging proves they accept exactly what
 * MessageSchema (the definition) accepts for these types.
 */
import type { Message } from './index';

/** The messages a content script receives. */
export type ContentMessage = Extract<Message, { type: 'get-report' | 'show-claim' | 'step-claim' }>;

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

/** What the background tells a content script about its page's settings. */
export interface PageSettings {
  enabled: boolean;
  categories: Record<string, boolean>;
  style: 'underline' | 'background' | 'none';
  trigger: 'hover' | 'click';
  showMath: boolean;
  /** Whether cards offer "Report this mark". */
  reportButton: boolean;
}
