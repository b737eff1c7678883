// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { pageReport, PageReporter, REPORT_EVERY_MS, snippetOf } from '../../../entrypoints/content/page-report';
import { fakeTimers } from './timers';

const claim = (sentence: string, quote: string, category = 'removals') => ({
  claim: { sentence, sentenceStart: 0, start: sentence.indexOf(quote), quote, category } as never,
});

describe('page report', () => {
  it('keeps a short sentence whole, and cuts a long one around its claim', () => {
    expect(snippetOf(claim('ICE deported 22,169 people.', '22,169'))).toBe('ICE deported 22,169 people.');
    const long = `${'Earlier words. '.repeat(20)}ICE deported 22,169 people${' and more words'.repeat(20)}.`;
    const s = snippetOf(claim(long, '22,169'));
    expect(s).toContain('22,169');
    expect(s.startsWith('…') && s.endsWith('…')).toBe(true);
    expect(s.length).toBeLessThanOrEqual(162);
  });

  it('counts claims by category and numbers them in order', () => {
    const r = pageReport([claim('a 1,000', '1,000'), claim('b 2,000', '2,000', 'arrests'), claim('c 3,000', '3,000')], {
      url: 'https://x.example/a',
      date: null,
      enabled: true,
      reading: false,
    });
    expect(r.counts).toEqual({ removals: 2, arrests: 1 });
    expect(r.claims.map((c) => c.index)).toEqual([0, 1, 2]);
  });
});

describe('PageReporter', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends one report for a burst of changes, with the state when it goes', () => {
    let state = 'first';
    const sent: string[] = [];
    const reporter = new PageReporter(fakeTimers, () => sent.push(state));
    reporter.changed();
    vi.advanceTimersByTime(REPORT_EVERY_MS / 2);
    state = 'second';
    reporter.changed();
    vi.advanceTimersByTime(REPORT_EVERY_MS / 2 - 1);
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual(['second']);
  });

  it('keeps reporting while changes keep coming (never starved by a live page)', () => {
    const send = vi.fn();
    const reporter = new PageReporter(fakeTimers, send);
    for (let t = 0; t < REPORT_EVERY_MS * 5; t += 10) {
      reporter.changed();
      vi.advanceTimersByTime(10);
    }
    expect(send).toHaveBeenCalledTimes(5);
  });

  it('sends nothing after destroy', () => {
    const send = vi.fn();
    const reporter = new PageReporter(fakeTimers, send);
    reporter.changed();
    reporter.destroy();
    vi.advanceTimersByTime(REPORT_EVERY_MS * 10);
    expect(send).not.toHaveBeenCalled();
  });
});
