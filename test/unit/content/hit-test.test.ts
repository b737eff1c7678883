import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { caretAt, claimAtPoint, FrameHitTest, pointInRange } from '../../../entrypoints/content/hit-test';
import { fakeTimers } from './timers';

const FRAME_MS = 16;
const box = (left: number, top: number, right: number, bottom: number) => ({ left, top, right, bottom }) as DOMRect;
/** A claim whose text sits on two line boxes. */
const claim = { range: { getClientRects: () => [box(100, 10, 300, 30), box(0, 30, 50, 50)] as unknown as DOMRectList } };

describe('hit-testing', () => {
  it('a point on a line box of the claim hits; a point beside it does not', () => {
    expect(pointInRange(claim.range, 150, 20)).toBe(true);
    expect(pointInRange(claim.range, 25, 40)).toBe(true);
    // The caret API snaps to the nearest text: left of the first line is not on the claim.
    expect(pointInRange(claim.range, 60, 20)).toBe(false);
  });

  it('finds the claim at the caret under the point, with the standard API or Chrome’s older one', () => {
    const node = {} as Node;
    const standard = { caretPositionFromPoint: () => ({ offsetNode: node, offset: 3 }) } as unknown as Document;
    const legacy = { caretRangeFromPoint: () => ({ startContainer: node, startOffset: 4 }) } as unknown as Document;
    expect(caretAt(standard, 1, 2)).toEqual({ node, offset: 3 });
    expect(caretAt(legacy, 1, 2)).toEqual({ node, offset: 4 });
    expect(caretAt({} as Document, 1, 2)).toBeNull();
    const claimAt = vi.fn((n: Node, offset: number) => (n === node && offset === 3 ? claim : null));
    expect(claimAtPoint(standard, 150, 20, claimAt)).toBe(claim);
    expect(claimAtPoint(standard, 60, 20, claimAt)).toBeNull();
    expect(claimAtPoint(legacy, 150, 20, claimAt)).toBeNull();
  });
});

describe('FrameHitTest', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('tests at most once a frame, at the latest position', () => {
    const test = vi.fn((x: number, y: number) => `${x},${y}`);
    const onHit = vi.fn();
    const hits = new FrameHitTest(fakeTimers, test, onHit);
    hits.move(1, 1);
    hits.move(2, 2);
    hits.move(3, 3);
    expect(test).not.toHaveBeenCalled();
    vi.advanceTimersByTime(FRAME_MS);
    expect(test).toHaveBeenCalledOnce();
    expect(onHit).toHaveBeenCalledWith('3,3');
    hits.move(4, 4);
    vi.advanceTimersByTime(FRAME_MS);
    expect(onHit).toHaveBeenLastCalledWith('4,4');
  });

  it('reports nothing once destroyed, even for a frame already asked for', () => {
    const onHit = vi.fn();
    const hits = new FrameHitTest(fakeTimers, () => 'claim', onHit);
    hits.move(1, 1);
    hits.destroy();
    hits.move(2, 2);
    vi.advanceTimersByTime(FRAME_MS * 3);
    expect(onHit).not.toHaveBeenCalled();
  });
});
