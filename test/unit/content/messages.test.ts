import { describe, expect, it, vi } from 'vitest';
import { ContentMessages, type Runtime } from '../../../entrypoints/content/messages';
import type { PageReport } from '../../../lib/messaging';

const REPORT: PageReport = { url: 'https://x.example/a', date: null, enabled: true, reading: false, counts: {}, claims: [] };

function setup() {
  const listeners = new Set<Parameters<Runtime['onMessage']['addListener']>[0]>();
  const runtime: Runtime = { id: 'ours', onMessage: { addListener: (l) => listeners.add(l), removeListener: (l) => listeners.delete(l) } };
  const handlers = { 'get-report': vi.fn(() => REPORT), 'show-claim': vi.fn(({ index }: { index: number }) => index < 3), 'step-claim': vi.fn(() => true) };
  const messages = new ContentMessages(runtime, handlers);
  /** Delivers a message as the browser does; the answer sent, or undefined when none was. */
  const deliver = (raw: unknown, from = 'ours') => {
    let answer: unknown;
    for (const l of listeners) l(raw, { id: from }, (r) => (answer = r));
    return answer;
  };
  return { messages, handlers, deliver, listeners };
}

describe('ContentMessages', () => {
  it('answers each request with its typed reply', () => {
    const { messages, deliver } = setup();
    messages.listen();
    expect(deliver({ type: 'get-report' })).toEqual(REPORT);
    expect(deliver({ type: 'show-claim', index: 2 })).toBe(true);
    expect(deliver({ type: 'show-claim', index: 7 })).toBe(false);
    expect(deliver({ type: 'step-claim', direction: -1 })).toBe(true);
  });

  it('answers nothing to a malformed message, a message for the background, or another extension', () => {
    const { messages, handlers, deliver } = setup();
    messages.listen();
    for (const raw of [{ type: 'show-claim', index: -1 }, { type: 'step-claim', direction: 2 }, { type: 'get-report', extra: 1 }, { type: 'get-page-settings' }, 'get-report', null]) {
      expect(deliver(raw), JSON.stringify(raw)).toBeUndefined();
    }
    expect(deliver({ type: 'get-report' }, 'someone-else')).toBeUndefined();
    expect(Object.values(handlers).every((h) => h.mock.calls.length === 0)).toBe(true);
  });

  it('listens once, and not after destroy', () => {
    const { messages, listeners, deliver } = setup();
    messages.listen();
    messages.listen();
    expect(listeners.size).toBe(1);
    messages.destroy();
    expect(deliver({ type: 'get-report' })).toBeUndefined();
  });
});
