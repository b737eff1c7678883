/** The card layer loaded on first use: one load however many cards open meanwhile; nothing when it fails. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { findBridge, type CardApi } from '../../../entrypoints/content/bridge';
import { LazyCards } from '../../../entrypoints/content/lazy-cards';
import type { Message } from '../../../lib/messaging';

/** What card.js installs when the background injects it. */
function fakeCard(): CardApi {
  return { host: null, current: null, open: vi.fn(async () => undefined), close: vi.fn(), destroy: vi.fn() };
}

/** The background: counts load-card requests and "injects" the card (or fails to). */
function background(inject: boolean) {
  const loads = { count: 0, card: null as CardApi | null };
  fakeBrowser.runtime.onMessage.addListener(((message: Message) => {
    if (message.type !== 'load-card') return undefined;
    loads.count++;
    if (!inject) return Promise.reject(new Error('no scripting here'));
    loads.card = fakeCard();
    findBridge()!.card = loads.card;
    return Promise.resolve(true);
  }) as never);
  return loads;
}

const events = { onPointerInside: vi.fn(), onClose: vi.fn() };
const claim = {} as never;
const view = { showMath: true, reportButton: true };

describe('LazyCards', () => {
  beforeEach(() => fakeBrowser.reset());

  it('asks for the card script once, even when two cards open before it arrives', async () => {
    const bg = background(true);
    const cards = new LazyCards({} as never, events);
    expect(cards.host).toBeNull();
    await Promise.all([cards.open(claim, false, Promise.resolve(null), view), cards.open(claim, true, Promise.resolve(null), view)]);
    expect(bg.count).toBe(1);
    expect(bg.card!.open).toHaveBeenCalledTimes(2);
    await cards.open(claim, false, Promise.resolve(null), view);
    expect(bg.count).toBe(1);
    cards.close();
    cards.destroy();
    expect(bg.card!.close).toHaveBeenCalledOnce();
    expect(bg.card!.destroy).toHaveBeenCalledOnce();
  });

  it('opens nothing when the card script cannot be loaded, and tries again next time', async () => {
    const bg = background(false);
    const cards = new LazyCards({} as never, events);
    await expect(cards.open(claim, false, Promise.resolve(null), view)).resolves.toBeUndefined();
    await cards.open(claim, false, Promise.resolve(null), view);
    expect(bg.count).toBe(2);
    expect(cards.current).toBeNull();
    // Nothing loaded: close and destroy have nothing to do, and do not throw.
    cards.close();
    cards.destroy();
  });
});
