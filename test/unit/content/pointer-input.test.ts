import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PointerInput } from '../../../entrypoints/content/pointer-input';
import { fakeTimers } from './timers';

const FRAME_MS = 16;

/** Pointer input on the test document, with a claim "A" inside #claim and a link claim "L" inside #link. */
function setup(opts: { trigger?: 'hover' | 'click'; enabled?: boolean; open?: boolean } = {}) {
  document.body.innerHTML = '<p id="claim">ICE held 61,000 people.</p><p><a href="#x" id="link">7,000</a></p><p id="none">Nothing.</p>';
  const ctx = { ...fakeTimers, addEventListener: vi.fn((target: EventTarget, type: string, fn: (e: Event) => void, o?: AddEventListenerOptions) => target.addEventListener(type, fn, o)) };
  let cardOpen = opts.open ?? false;
  const calls = { hover: vi.fn(), open: vi.fn(), close: vi.fn(() => (cardOpen = false)) };
  const input = new PointerInput<string>(ctx as never, {
    enabled: () => opts.enabled ?? true,
    trigger: () => opts.trigger ?? 'hover',
    // The test places claims by element: x 1 is #claim, x 2 is #link, anything else no claim.
    claimAt: (x) => (x === 1 ? 'A' : x === 2 ? 'L' : null),
    fromOurUi: (e) => (e.target as Element).id === 'ours',
    cardOpen: () => cardOpen,
    ...calls,
  });
  input.listen(document);
  const at = (id: string) => document.getElementById(id)!;
  const move = (x: number, pointerType = 'mouse') => at('none').dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: 1, pointerType, bubbles: true }));
  const click = (id: string, x: number, pointerType = 'mouse') => at(id).dispatchEvent(new PointerEvent('click', { clientX: x, clientY: 1, pointerType, bubbles: true }));
  return { input, ctx, calls, move, click };
}

describe('PointerInput', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('hands hover intent what is under the pointer, once a frame', () => {
    const { move, calls } = setup();
    move(5);
    move(1);
    vi.advanceTimersByTime(FRAME_MS);
    expect(calls.hover.mock.calls).toEqual([['A']]);
    move(5);
    vi.advanceTimersByTime(FRAME_MS);
    expect(calls.hover).toHaveBeenLastCalledWith(null);
  });

  it('ignores touch moves, the click trigger, and a page where marks are off', () => {
    for (const s of [setup({ trigger: 'click' }), setup({ enabled: false })]) {
      s.move(1);
      vi.advanceTimersByTime(FRAME_MS);
      expect(s.calls.hover).not.toHaveBeenCalled();
    }
    const s = setup();
    s.move(1, 'touch');
    vi.advanceTimersByTime(FRAME_MS);
    expect(s.calls.hover).not.toHaveBeenCalled();
  });

  it('a tap opens a claim’s card; a click does only with the click trigger; a claim in a link stays a link', () => {
    const hover = setup();
    hover.click('claim', 1);
    expect(hover.calls.open).not.toHaveBeenCalled();
    hover.click('claim', 1, 'touch');
    expect(hover.calls.open).toHaveBeenCalledWith('A');
    const click = setup({ trigger: 'click' });
    click.click('claim', 1);
    expect(click.calls.open).toHaveBeenCalledWith('A');
    click.click('link', 2);
    expect(click.calls.open).toHaveBeenCalledTimes(1);
  });

  it('a click beside the claims or Escape closes an open card; a click inside our card does not', () => {
    const s = setup({ open: true });
    document.body.insertAdjacentHTML('beforeend', '<div id="ours"></div>');
    s.click('ours', 5);
    expect(s.calls.close).not.toHaveBeenCalled();
    s.click('none', 5);
    expect(s.calls.close).toHaveBeenCalledOnce();
    const k = setup({ open: true });
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect(k.calls.close).toHaveBeenCalledOnce();
  });

  it('listens once through ctx, and ignores everything after destroy', () => {
    const s = setup({ trigger: 'click', open: true });
    s.input.listen(document);
    expect(s.ctx.addEventListener).toHaveBeenCalledTimes(3);
    s.move(1);
    s.input.destroy();
    vi.advanceTimersByTime(FRAME_MS);
    s.click('claim', 1);
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
    expect([s.calls.hover, s.calls.open, s.calls.close].map((f) => f.mock.calls.length)).toEqual([0, 0, 0]);
  });
});
