import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BlockWatcher, MUTATION_DEBOUNCE_MS, MUTATION_MAX_WAIT_MS } from '../../../entrypoints/content/block-watcher';
import { fakeTimers } from './timers';

const para = (text: string) => {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
};
const added = (node: Node) => ({ type: 'childList' as const, target: node.parentNode ?? node, addedNodes: [node] as unknown as NodeList, removedNodes: [] as unknown as NodeList });

describe('BlockWatcher', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('hands over changed blocks after a quiet spell', () => {
    const onDue = vi.fn();
    const w = new BlockWatcher(fakeTimers, { blockOf: (n) => n as Element, onDue });
    const p = para('ICE held 61,000 people.');
    w.record([added(p)]);
    vi.advanceTimersByTime(MUTATION_DEBOUNCE_MS - 1);
    expect(onDue).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(onDue).toHaveBeenCalledOnce();
    expect(w.take()).toEqual([p]);
    expect(w.take()).toEqual([]);
  });

  it('never waits longer than the maximum while changes keep coming', () => {
    const onDue = vi.fn();
    const w = new BlockWatcher(fakeTimers, { blockOf: (n) => n as Element, onDue });
    for (let t = 0; t < MUTATION_MAX_WAIT_MS; t += MUTATION_DEBOUNCE_MS / 2) {
      w.record([added(para(String(t)))]);
      vi.advanceTimersByTime(MUTATION_DEBOUNCE_MS / 2);
    }
    expect(onDue).toHaveBeenCalled();
  });

  it('ignores nodes that belong to no block (our own UI)', () => {
    const onDue = vi.fn();
    const w = new BlockWatcher(fakeTimers, { blockOf: () => null, onDue });
    w.record([added(para('x'))]);
    vi.advanceTimersByTime(MUTATION_MAX_WAIT_MS);
    expect(onDue).not.toHaveBeenCalled();
  });

  it('watches a real subtree, and stops on destroy', async () => {
    const onDue = vi.fn();
    const root = document.createElement('article');
    document.body.append(root);
    const w = new BlockWatcher(fakeTimers, { blockOf: (n) => (n.nodeType === 1 ? (n as Element) : n.parentElement), onDue });
    w.observe(root);
    root.append(para('ICE held 61,000 people.'));
    await Promise.resolve();
    vi.advanceTimersByTime(MUTATION_DEBOUNCE_MS);
    expect(onDue).toHaveBeenCalledOnce();
    w.destroy();
    root.append(para('more'));
    await Promise.resolve();
    vi.advanceTimersByTime(MUTATION_MAX_WAIT_MS);
    expect(onDue).toHaveBeenCalledOnce();
    root.remove();
  });
});
