import { describe, expect, it } from 'vitest';
import { feedbackHref, parseFeedbackAddress, reportText, reportTitle, type MarkReport } from '../../lib/feedback';

const report: MarkReport = {
  sentence: 'ICE is averaging  approximately 7,000 deportations per month.',
  quote: 'approximately 7,000',
  asRead: 'about 7,000 deportations a month',
  card: 'Below ICE’s count for FY2018.',
  datasetVersion: '0.7.0',
  url: null,
};

describe('report text', () => {
  it('holds the sentence, the marked words, the reading, the card and the dataset version', () => {
    const text = reportText(report);
    expect(text).toContain('Sentence: ICE is averaging approximately 7,000 deportations per month.');
    expect(text).toContain('Marked words: approximately 7,000');
    expect(text).toContain('Read as: about 7,000 deportations a month');
    expect(text).toContain('Card said: Below ICE’s count for FY2018.');
    expect(text).toContain('Dataset version: 0.7.0');
  });

  it('holds the page address only when given (the reader ticked the box)', () => {
    expect(reportText(report)).not.toMatch(/Page:|https?:/);
    expect(reportText({ ...report, url: 'https://www.example.com/a' })).toContain('Page: https://www.example.com/a');
  });

  it('titles a report by its marked words, short', () => {
    expect(reportTitle('approximately 7,000')).toBe('Wrong mark: “approximately 7,000”');
    expect(reportTitle('x'.repeat(100)).length).toBeLessThan(80);
  });
});

describe('feedback address', () => {
  it.each([
    ['https://github.com/org/repo/issues/new', { kind: 'url', url: 'https://github.com/org/repo/issues/new' }],
    ['feedback@example.org', { kind: 'email', address: 'feedback@example.org' }],
    ['mailto:feedback@example.org', { kind: 'email', address: 'feedback@example.org' }],
    ['', null],
    ['http://insecure.example.org/new', null],
    ['not an address', null],
  ] as const)('%s', (raw, want) => {
    expect(parseFeedbackAddress(raw)).toEqual(want);
  });

  it('opens a new issue with the title and text, keeping the tracker’s own parameters', () => {
    const href = feedbackHref({ kind: 'url', url: 'https://tracker.example.org/new?labels=mark' }, 'T', 'line 1\nline 2')!;
    const u = new URL(href);
    expect(u.searchParams.get('labels')).toBe('mark');
    expect(u.searchParams.get('title')).toBe('T');
    expect(u.searchParams.get('body')).toBe('line 1\nline 2');
  });

  it('drafts an e-mail with the text', () => {
    const href = feedbackHref({ kind: 'email', address: 'a@example.org' }, 'T & U', 'a\nb')!;
    expect(href).toBe('mailto:a@example.org?subject=T%20%26%20U&body=a%0Ab');
  });

  it('offers nothing to open without an address', () => {
    expect(feedbackHref(null, 'T', 'b')).toBeNull();
  });
});
