import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Navigation, NAVIGATION_SETTLE_MS } from '../../../entrypoints/content/navigation';
import { fakeTimers } from './timers';

describe('Navigation', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  function setup() {
    const listeners: (() => void)[] = [];
    const ctx = { ...fakeTimers, addEventListener: vi.fn((_t: unknown, _type: string, fn: () => void) => listeners.push(fn)) };
    const onSettled = vi.fn();
    const nav = new Navigation(ctx as never, onSettled);
    return { nav, onSettled, fire: () => listeners.forEach((l) => l()), ctx };
  }

  it('re-reads once the address has been quiet for the settle time', () => {
    const { nav, onSettled, fire } = setup();
    nav.listen();
    fire();
    vi.advanceTimersByTime(NAVIGATION_SETTLE_MS / 2);
    fire();
    vi.advanceTimersByTime(NAVIGATION_SETTLE_MS - 1);
    expect(onSettled).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onSettled).toHaveBeenCalledOnce();
  });

  it('listens once, and forgets a pending re-read on destroy', () => {
    const { nav, onSettled, fire, ctx } = setup();
    nav.listen();
    nav.listen();
    expect(ctx.addEventListener).toHaveBeenCalledOnce();
    fire();
    nav.destroy();
    vi.advanceTimersByTime(NAVIGATION_SETTLE_MS * 2);
    expect(onSettled).not.toHaveBeenCalled();
  });
});
