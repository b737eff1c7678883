/**
 * The content script's glue, end to end in one document: settings from a stand-in background, the
 * page read and its claims reported, requests answered, settings followed live, everything detached
 * when WXT's ctx goes. Detection is the real detector, answering as the background does.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentApp } from '../../../entrypoints/content/app';
import { detectClaims } from '../../../lib/detect';
import type { Message, PageReport, PageSettings } from '../../../lib/messaging';
import { DEFAULT_SETTINGS } from '../../../lib/settings/schema';
import { fakeTimers } from './timers';

const ARTICLE = `<meta property="article:published_time" content="2019-06-18">
  <article>
    <p>ICE is averaging approximately 7,000 deportations per month from the US interior, the agency said.</p>
    <p>The agency has fewer than 6,000 officers to carry out immigration arrests.</p>
  </article>`;
const ON: PageSettings = { enabled: true, categories: DEFAULT_SETTINGS.categories, style: 'underline', trigger: 'hover', showMath: true, reportButton: true };

/** A stand-in for the background: answers as entrypoints/background does, and keeps the page reports. */
function background(settings: () => PageSettings) {
  const reports: PageReport[] = [];
  const asked: Message['type'][] = [];
  fakeBrowser.runtime.onMessage.addListener(((message: Message) => {
    asked.push(message.type);
    if (message.type === 'get-page-settings') return Promise.resolve(settings());
    if (message.type === 'detect') return Promise.resolve(detectClaims(message.text, { articleDate: message.articleDate }));
    if (message.type === 'page-report') reports.push(message.report);
    return undefined;
  }) as never);
  return { reports, asked };
}

/** Every content script a test started: invalidated after it, as a page unload would. */
const started: (() => void)[] = [];

/** WXT's ctx as the glue uses it: ctx timers on the fake clock, listeners, and invalidation. */
function fakeContext() {
  const invalidated: (() => void)[] = [];
  const ctx = {
    ...fakeTimers,
    addEventListener: (target: EventTarget, type: string, fn: EventListener, options?: AddEventListenerOptions) => target.addEventListener(type, fn, options),
    onInvalidated: (cb: () => void) => {
      invalidated.push(cb);
      return () => undefined;
    },
  };
  const invalidate = () => invalidated.splice(0).forEach((cb) => cb());
  started.push(invalidate);
  return { ctx, invalidate };
}

/** Delivers a message from our own extension (the popup or the background) to the content script. */
async function deliver(message: Message): Promise<unknown> {
  let answer: unknown;
  // The fake passes every argument on to the listeners, sendResponse included (its type names two).
  const trigger = fakeBrowser.runtime.onMessage.trigger as (...args: unknown[]) => Promise<unknown>;
  await trigger(message, { id: fakeBrowser.runtime.id }, (r: unknown) => (answer = r));
  return answer;
}

describe('ContentApp', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.useFakeTimers();
    vi.stubGlobal('__ICE_BENCH__', false);
    document.head.innerHTML = '';
    document.body.innerHTML = ARTICLE;
  });
  afterEach(() => {
    started.splice(0).forEach((invalidate) => invalidate());
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('reads the page with the settings the background gives, and reports its claims', async () => {
    const bg = background(() => ON);
    const { ctx } = fakeContext();
    await new ContentApp(ctx as never).start();
    await vi.runAllTimersAsync();
    expect(bg.asked.slice(0, 2)).toEqual(['get-page-settings', 'detect']);
    const last = bg.reports.at(-1)!;
    expect(last).toMatchObject({ enabled: true, reading: false, counts: { removals: 1, personnel: 1 } });
    expect(last.claims.map((c) => c.quote)).toEqual(['approximately 7,000', 'fewer than 6,000']);
    // The popup asks the page itself, which reads the article's date for it.
    expect(await deliver({ type: 'get-report' })).toMatchObject({ date: '2019-06-18', claims: last.claims });
    expect(await deliver({ type: 'show-claim', index: 5 })).toBe(false);
  });

  it('follows the settings live: a site switched off reports no claims', async () => {
    let settings = ON;
    const bg = background(() => settings);
    const { ctx } = fakeContext();
    await new ContentApp(ctx as never).start();
    await vi.runAllTimersAsync();
    settings = { ...ON, enabled: false };
    await fakeBrowser.storage.local.set({ settings: { disabledSites: ['example.com'] } });
    await vi.runAllTimersAsync();
    expect(bg.reports.at(-1)).toMatchObject({ enabled: false, claims: [], counts: {} });
  });

  it('leaves no listener behind when WXT invalidates the content script', async () => {
    const bg = background(() => ON);
    const { ctx, invalidate } = fakeContext();
    await new ContentApp(ctx as never).start();
    await vi.runAllTimersAsync();
    invalidate();
    const asked = bg.asked.length;
    await fakeBrowser.storage.local.set({ settings: {} });
    document.querySelector('article')!.insertAdjacentHTML('beforeend', '<p>ICE held more than 50,000 people in detention on an average day in fiscal 2019.</p>');
    await vi.runAllTimersAsync();
    expect(bg.asked.slice(asked)).toEqual([]);
    expect(await deliver({ type: 'get-report' })).toBeUndefined();
  });
});
