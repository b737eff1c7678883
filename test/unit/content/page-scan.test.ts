import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { detectClaimsInSteps } from '../../../lib/detect';
import type { DetectSteps } from '../../../lib/page/annotator';
import { MUTATION_DEBOUNCE_MS } from '../../../entrypoints/content/block-watcher';
import { PageScan } from '../../../entrypoints/content/page-scan';
import { fakeTimers } from './timers';

const ARTICLE = `<meta property="article:published_time" content="2019-06-18">
  <article>
    <p id="a">ICE is averaging approximately 7,000 deportations per month from the US interior, the agency said.</p>
    <p id="b">The agency has fewer than 6,000 officers to carry out immigration arrests.</p>
  </article>`;

/** The detector itself, counting its runs (the content script asks the background's instead). */
function countingDetector() {
  const runs: string[] = [];
  const detect: DetectSteps = (text, options, shouldPause) => {
    runs.push(text);
    return detectClaimsInSteps(text, options, shouldPause);
  };
  return { detect, runs };
}

function setup() {
  document.head.innerHTML = '';
  document.body.innerHTML = ARTICLE;
  const { detect, runs } = countingDetector();
  const onChanged = vi.fn();
  const scan = new PageScan(fakeTimers, { detect, blockOf: (n) => (n.nodeType === 1 ? (n as Element) : n.parentElement), onChanged });
  const quotes = () => scan.claims.map((c) => c.range.toString());
  return { scan, onChanged, runs, quotes };
}

const addParagraph = (text: string) => {
  const p = document.createElement('p');
  p.textContent = text;
  document.querySelector('article')!.append(p);
  return p;
};

describe('PageScan', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.stubGlobal('__ICE_BENCH__', false);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('reads the whole page, then says the claims changed; the article date is read on demand', async () => {
    const { scan, onChanged, quotes } = setup();
    scan.start();
    expect(scan.reading).toBe(true);
    await vi.runAllTimersAsync();
    expect(onChanged).toHaveBeenCalledOnce();
    expect(scan.reading).toBe(false);
    expect(quotes()).toEqual(['approximately 7,000', 'fewer than 6,000']);
    expect(scan.dateIfRead()).toBe('2019-06-18');
    scan.destroy();
  });

  it('re-scans only the blocks that changed, after the watcher’s quiet spell', async () => {
    const { scan, onChanged, runs, quotes } = setup();
    scan.start();
    await vi.runAllTimersAsync();
    runs.length = 0;
    addParagraph('ICE held more than 50,000 people in detention on an average day in fiscal 2019.');
    await vi.advanceTimersByTimeAsync(MUTATION_DEBOUNCE_MS - 1);
    expect(runs).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    await vi.runAllTimersAsync();
    expect(runs).toHaveLength(1);
    expect(runs[0]).toContain('50,000');
    expect(runs[0]).not.toContain('7,000');
    expect(quotes()).toContain('more than 50,000');
    expect(onChanged).toHaveBeenCalledTimes(2);
    scan.destroy();
  });

  it('a change during the first scan is read once that scan is done', async () => {
    const { scan, quotes } = setup();
    scan.start();
    addParagraph('ICE held more than 50,000 people in detention on an average day in fiscal 2019.');
    await vi.runAllTimersAsync();
    expect(quotes()).toEqual(expect.arrayContaining(['approximately 7,000', 'more than 50,000']));
    scan.destroy();
  });

  it('stop forgets the claims and stops watching; a stopped scan never reports', async () => {
    const { scan, onChanged, runs } = setup();
    scan.start();
    scan.stop();
    await vi.runAllTimersAsync();
    expect(onChanged).not.toHaveBeenCalled();
    expect(scan.claims).toEqual([]);
    expect(scan.running).toBe(false);
    runs.length = 0;
    addParagraph('ICE held more than 50,000 people in detention on an average day in fiscal 2019.');
    await vi.runAllTimersAsync();
    expect(runs).toEqual([]);
  });

  it('after destroy, page changes are not read', async () => {
    const { scan, onChanged, runs } = setup();
    scan.start();
    await vi.runAllTimersAsync();
    scan.destroy();
    runs.length = 0;
    addParagraph('ICE held more than 50,000 people in detention on an average day in fiscal 2019.');
    await vi.runAllTimersAsync();
    expect(runs).toEqual([]);
    expect(onChanged).toHaveBeenCalledOnce();
  });
});
