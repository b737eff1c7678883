import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { HOVER_CLOSE_MS, HOVER_OPEN_MS, HoverIntent } from '../../../entrypoints/content/hover-intent';
import { fakeTimers } from './timers';

function setup() {
  let current: string | null = null;
  const target = {
    current: () => current,
    open: vi.fn((c: string) => {
      current = c;
    }),
    close: vi.fn(() => {
      current = null;
    }),
  };
  return { hover: new HoverIntent<string>(fakeTimers, target), target };
}

describe('HoverIntent', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('opens a card only when the pointer rests on a claim for the intent delay', () => {
    const { hover, target } = setup();
    hover.over('a');
    vi.advanceTimersByTime(HOVER_OPEN_MS - 1);
    expect(target.open).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(target.open).toHaveBeenCalledWith('a');
  });

  it('does not open a claim the pointer only passed over', () => {
    const { hover, target } = setup();
    hover.over('a');
    vi.advanceTimersByTime(HOVER_OPEN_MS / 2);
    hover.over(null);
    vi.advanceTimersByTime(HOVER_OPEN_MS * 2);
    expect(target.open).not.toHaveBeenCalled();
  });

  it('keeps the card open while the pointer travels into it, and closes it after leaving it', () => {
    const { hover, target } = setup();
    hover.over('a');
    vi.advanceTimersByTime(HOVER_OPEN_MS);
    hover.over(null);
    vi.advanceTimersByTime(HOVER_CLOSE_MS / 2);
    hover.inCard(true);
    vi.advanceTimersByTime(HOVER_CLOSE_MS * 3);
    expect(target.close).not.toHaveBeenCalled();
    hover.inCard(false);
    vi.advanceTimersByTime(HOVER_CLOSE_MS);
    expect(target.close).toHaveBeenCalledOnce();
  });

  it('stops every timer on destroy', () => {
    const { hover, target } = setup();
    hover.over('a');
    hover.destroy();
    vi.advanceTimersByTime(10_000);
    expect(target.open).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});
