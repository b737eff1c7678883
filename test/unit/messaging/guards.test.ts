import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MessageSchema, parseMessage } from '../../../lib/messaging';
import { parseContentMessage } from '../../../lib/messaging/guards';

const CONTENT_TYPES = new Set(['get-report', 'show-claim', 'step-claim']);

/** What the zod definition says a content script should accept. */
const zodAccepts = (v: unknown) => {
  const r = MessageSchema.safeParse(v);
  return r.success && CONTENT_TYPES.has(r.data.type) ? r.data : null;
};

const nearMessages = fc.oneof(
  fc.record({ type: fc.constantFrom('get-report', 'show-claim', 'step-claim', 'page-report', 'nope') }),
  fc.record({ type: fc.constant('show-claim'), index: fc.oneof(fc.integer({ min: -5, max: 1e6 }), fc.double(), fc.string(), fc.constant(null)) }),
  fc.record({ type: fc.constant('step-claim'), direction: fc.oneof(fc.constantFrom(1, -1, 0, 2, '1'), fc.double()) }),
  fc.record({ type: fc.constant('get-report'), extra: fc.anything() }),
  fc.anything(),
);

describe('parseContentMessage', () => {
  it('accepts exactly what the zod definition accepts for content-script messages', () => {
    fc.assert(
      fc.property(nearMessages, (v) => {
        expect(parseContentMessage(v)).toEqual(zodAccepts(v));
      }),
      { numRuns: 2000 },
    );
  });

  it('takes the three content messages and refuses others', () => {
    expect(parseContentMessage({ type: 'show-claim', index: 3 })).toEqual({ type: 'show-claim', index: 3 });
    expect(parseContentMessage({ type: 'step-claim', direction: -1 })).toEqual({ type: 'step-claim', direction: -1 });
    expect(parseContentMessage({ type: 'get-report' })).toEqual({ type: 'get-report' });
    expect(parseContentMessage({ type: 'show-claim', index: -1 })).toBeNull();
    expect(parseContentMessage({ type: 'get-context' })).toBeNull();
    expect(parseContentMessage('get-report')).toBeNull();
  });
});

describe('parseMessage', () => {
  it('refuses malformed messages from pages or other extensions', () => {
    expect(parseMessage({ type: 'page-report', report: { url: 'x' } })).toBeNull();
    expect(parseMessage({ type: 'get-context', claim: {}, articleDate: null, others: [] })).toBeNull();
    expect(parseMessage(null)).toBeNull();
    expect(parseMessage({ type: 'load-card' })).toEqual({ type: 'load-card' });
  });
});
