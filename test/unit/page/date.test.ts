import { describe, expect, it } from 'vitest';
import { findArticleDate, normalizeDate, parseJsonLd } from '../../../lib/page/date';

function docOf(head: string, body = ''): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 'text/html');
}

const ld = (obj: unknown) => `<script type="application/ld+json">${typeof obj === 'string' ? obj : JSON.stringify(obj)}</script>`;

describe('normalizeDate', () => {
  const cases: [string, string | null][] = [
    ['2019-06-18', '2019-06-18'],
    ['2019-06-18T22:30:00-04:00', '2019-06-18'],
    ['2019-06-18T22:30:00.000-0400', '2019-06-18'],
    ['2019-06-18T01:15:00+02:00', '2019-06-18'],
    // A UTC stamp of a US story is read in New York time: 02:30Z on the 19th is the evening of the 18th.
    ['2019-06-19T02:30:00Z', '2019-06-18'],
    ['2019-06-19T02:30:00+00:00', '2019-06-18'],
    ['2019-06-19T16:00:00Z', '2019-06-19'],
    // Midnight UTC is how many sites write a bare date.
    ['2019-06-18T00:00:00Z', '2019-06-18'],
    ['2019-06-18 22:30:00', '2019-06-18'],
    ['20190618', '2019-06-18'],
    ['2019/06/18', '2019-06-18'],
    ['06/18/2019', '2019-06-18'],
    ['June 18, 2019', '2019-06-18'],
    ['Jun. 18, 2019 10:30 p.m. ET', '2019-06-18'],
    ['18 June 2019', '2019-06-18'],
    ['Sept 3, 2019', '2019-09-03'],
    ['Tue, 18 Jun 2019 22:30:00 GMT', '2019-06-18'],
    ['Wed, 19 Jun 2019 02:30:00 GMT', '2019-06-18'],
    ['1560911400', '2019-06-18'],
    ['2019-02-30', null],
    ['2019-13-01', null],
    ['yesterday', null],
    ['', null],
    ['1776-07-04', null],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} -> ${expected}`, () => {
      expect(normalizeDate(input)).toBe(expected);
    });
  }

  it('reads UTC stamps in another zone when asked', () => {
    expect(normalizeDate('2019-06-19T02:30:00Z', 'UTC')).toBe('2019-06-19');
    expect(normalizeDate('2019-06-19T02:30:00Z', 'Europe/Berlin')).toBe('2019-06-19');
  });
});

describe('parseJsonLd', () => {
  it('repairs the usual breakage', () => {
    expect(parseJsonLd('{"a": "line\nbreak",}')).toEqual({ a: 'line break' });
    expect(parseJsonLd('<!-- {"a": 1} -->')).toEqual({ a: 1 });
    expect(parseJsonLd('//<![CDATA[\n{"a": 1}\n//]]>')).toEqual({ a: 1 });
    expect(parseJsonLd('{"a": 1}{"b": 2}')).toEqual([{ a: 1 }, { b: 2 }]);
    expect(parseJsonLd('{not json')).toBeUndefined();
  });
});

describe('findArticleDate', () => {
  it('prefers JSON-LD datePublished', () => {
    const doc = docOf(
      ld({ '@context': 'https://schema.org', '@type': 'NewsArticle', datePublished: '2019-06-18T22:30:00-04:00' }) +
        '<meta property="article:published_time" content="2020-01-01">',
    );
    expect(findArticleDate(doc)).toBe('2019-06-18');
  });

  it('finds datePublished inside @graph and prefers the article node', () => {
    const doc = docOf(
      ld({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'WebSite', datePublished: '2001-01-01' },
          { '@type': 'Organization', name: 'X' },
          { '@type': ['NewsArticle', 'Article'], datePublished: '2019-06-18' },
        ],
      }),
    );
    expect(findArticleDate(doc)).toBe('2019-06-18');
  });

  it('takes the first of a list of NewsArticles, and nested or @value dates', () => {
    expect(
      findArticleDate(docOf(ld([{ '@type': 'NewsArticle', datePublished: '2019-06-18' }, { '@type': 'NewsArticle', datePublished: '2019-06-01' }]))),
    ).toBe('2019-06-18');
    expect(findArticleDate(docOf(ld({ '@type': 'WebPage', mainEntity: { '@type': 'Article', datePublished: { '@value': '2019-06-18' } } })))).toBe(
      '2019-06-18',
    );
  });

  it('tolerates malformed JSON-LD and falls back to a text match or the next source', () => {
    expect(findArticleDate(docOf('<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2019-06-18", oops}</script>'))).toBe(
      '2019-06-18',
    );
    expect(
      findArticleDate(docOf('<script type="application/ld+json">{{{</script><meta property="article:published_time" content="2019-06-18T10:00:00-04:00">')),
    ).toBe('2019-06-18');
    expect(findArticleDate(docOf(ld({ '@type': 'NewsArticle', datePublished: 'soon' }) + '<meta name="date" content="2019-06-18">'))).toBe(
      '2019-06-18',
    );
  });

  it('reads the meta names in order of trust', () => {
    expect(findArticleDate(docOf('<meta name="date" content="2019-01-01"><meta property="article:published_time" content="2019-06-18">'))).toBe(
      '2019-06-18',
    );
    for (const name of ['pubdate', 'publishdate', 'date', 'DC.date.issued', 'sailthru.date', 'parsely-pub-date']) {
      expect(findArticleDate(docOf(`<meta name="${name}" content="2019-06-18 10:00:00">`))).toBe('2019-06-18');
    }
    expect(findArticleDate(docOf('<meta itemprop="datePublished" content="2019-06-18">'))).toBe('2019-06-18');
  });

  it('falls back to the first <time datetime> inside the article, not elsewhere', () => {
    expect(
      findArticleDate(docOf('', '<header><time datetime="2024-01-01">today</time></header><article><p>x</p><time datetime="2019-06-18T09:00-04:00">June 18</time></article>')),
    ).toBe('2019-06-18');
    expect(findArticleDate(docOf('', '<div><time datetime="2019-06-18">June 18</time></div>'))).toBeNull();
    expect(findArticleDate(docOf('', '<main><time>no attribute</time><time datetime="2019-06-18">x</time></main>'))).toBe('2019-06-18');
  });

  it('returns null when there is nothing, and never throws', () => {
    expect(findArticleDate(docOf(''))).toBeNull();
    const hostile = { getElementsByTagName: () => { throw new Error('boom'); }, querySelectorAll: () => { throw new Error('boom'); }, querySelector: () => { throw new Error('boom'); } };
    expect(findArticleDate(hostile as unknown as Document)).toBeNull();
  });
});
