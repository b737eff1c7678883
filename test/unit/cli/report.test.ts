import type { ClaimContext } from '../../../lib/context/types';
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../lib/detect/types';
import {
  articleFromDocument,
  canonicalUrl,
  formatReadable,
  parseTextArticle,
  quantityLabel,
  reportFromDocument,
  reportFromText,
  type Detect,
} from '../../../lib/report';
import { parseHtml } from './html';

/** A stand-in detector: every "N,NNN" is a removals claim, so the report logic is tested alone. */
const fakeDetect: Detect = (text, options) => {
  const claims: Claim[] = [];
  for (const m of text.matchAll(/\d{1,3}(?:,\d{3})+/g)) {
    const sentenceStart = text.lastIndexOf('.', m.index) + 1;
    const end = text.indexOf('.', m.index);
    const sentenceEnd = end < 0 ? text.length : end + 1;
    claims.push({
      sentence: text.slice(sentenceStart, sentenceEnd).trim(),
      sentenceStart,
      sentenceEnd,
      quote: m[0],
      start: m.index,
      end: m.index + m[0].length,
      category: 'removals',
      value: Number(m[0].replace(/,/g, '')),
      low: null,
      high: null,
      magnitude: null,
      qualifier: null,
      unit: 'removals',
      percent: false,
      dollars: false,
      rate: options?.articleDate ? 'month' : null,
      period: { text: 'in fiscal 2019', period: 'FY2019', start: '2018-10-01', end: '2019-09-30' },
      cues: ['deported'],
      frame: {
        body: 'ice',
        credit: null,
        scope: 'nation',
        scopeWords: null,
        kind: 'total',
        detail: null,
        measure: 'removals',
        direction: null,
        period: { basis: 'stated', period: 'FY2019', start: '2018-10-01', end: '2019-09-30' },
        rules: [],
      },
    });
  }
  return claims;
};

describe('parseTextArticle', () => {
  it('takes URL and DATE header lines as metadata and strips them', () => {
    const a = parseTextArticle('URL: https://example.com/a\nDATE: 2019-06-18\nBody 7,000.');
    expect(a).toEqual({ text: 'Body 7,000.', url: 'https://example.com/a', date: '2019-06-18' });
  });

  it('reads an empty URL as null and tolerates CRLF, a BOM and a missing header', () => {
    expect(parseTextArticle('\uFEFFURL: \r\nDATE: 2019-06-18\r\nBody')).toEqual({ text: 'Body', url: null, date: '2019-06-18' });
    expect(parseTextArticle('Just text.\nMore.')).toEqual({ text: 'Just text.\nMore.', url: null, date: null });
    expect(parseTextArticle('DATE: June 2019\nx').date).toBeNull();
  });
});

describe('reportFromText', () => {
  it('maps detector claims onto the report fields, offsets unchanged', () => {
    const text = 'ICE deported 22,169 people. It has 6,000 officers.';
    const report = reportFromText({ text, url: null, date: '2019-06-18' }, { detect: fakeDetect });
    expect(report.url).toBeNull();
    expect(report.date).toBe('2019-06-18');
    expect(report.claims).toHaveLength(2);
    const [first] = report.claims;
    expect(Object.keys(first!).sort()).toEqual(
      ['category', 'context', 'end', 'frame', 'high', 'low', 'period', 'qualifier', 'quote', 'rate', 'start', 'text', 'unit', 'value'].sort(),
    );
    expect(first).toMatchObject({ text: 'ICE deported 22,169 people.', quote: '22,169', value: 22169, rate: 'month', period: 'FY2019', context: null });
    for (const c of report.claims) expect(text.slice(c.start, c.end)).toBe(c.quote);
  });

  it('passes the article date and all claims to the context hook', () => {
    const seen: [string | null, number][] = [];
    const stub = { metricReason: 'stub' } as unknown as ClaimContext;
    const report = reportFromText(
      { text: 'It has 6,000 officers.', url: null, date: '2020-01-02' },
      { detect: fakeDetect, contextFor: (_claim, date, all) => (seen.push([date, all.length]), stub) },
    );
    expect(seen).toEqual([['2020-01-02', 1]]);
    expect(report.claims[0]!.context).toBe(stub);
  });
});

describe('reportFromDocument', () => {
  it('reads the page like the content script: furniture out, date from metadata, URL from canonical', () => {
    const doc = parseHtml(
      `<html><head><link rel="canonical" href="https://news.example/a"><meta property="article:published_time" content="2019-06-18T22:30:00-04:00"></head>
       <body><nav>Menu 1,111</nav><article><p>ICE deported <a>22,169</a> people.</p><div class="ad">Ad 9,999</div></article><footer>© 2,019</footer></body></html>`,
    );
    const article = articleFromDocument(doc);
    expect(article).toEqual({ text: 'ICE deported 22,169 people.', url: 'https://news.example/a', date: '2019-06-18' });
    const report = reportFromDocument(doc, 'https://given.example/', { detect: fakeDetect });
    expect(report.url).toBe('https://given.example/');
    expect(report.claims.map((c) => c.quote)).toEqual(['22,169']);
  });

  it('ignores non-http canonical URLs', () => {
    const doc = parseHtml('<link rel="canonical" href="/relative"><meta property="og:url" content="javascript:x">');
    expect(canonicalUrl(doc)).toBeNull();
  });
});

describe('formatReadable', () => {
  const text = 'ICE deported 22,169 people. It has 6,000 officers.';
  const report = reportFromText({ text, url: null, date: '2019-06-18' }, { detect: fakeDetect });

  it('marks the quantity in its sentence and lists the parsed fields', () => {
    const out = formatReadable(report, text, { title: 'a.txt' });
    expect(out.split('\n')[0]).toBe('a.txt · no URL · 2019-06-18 · 2 claims');
    expect(out).toContain('ICE deported [22,169] people.');
    expect(out).toContain('removals · quantity 22,169 · unit removals · per month · period FY2019 · at 13–19');
  });

  it('uses ANSI bold instead of brackets for a terminal', () => {
    expect(formatReadable(report, text, { color: true })).toContain('\x1b[1;4m22,169\x1b[22;24m');
  });

  it('labels values, ranges and vague magnitudes', () => {
    expect(quantityLabel({ value: 2500000, low: null, high: null })).toBe('2,500,000');
    expect(quantityLabel({ value: null, low: 800, high: 1000 })).toBe('800–1,000');
    expect(quantityLabel({ value: null, low: null, high: null })).toBe('vague');
  });
});
