/**
 * Date patterns measured on saved real news pages (the structure only; every snippet here is written
 * for this test): meta names, microdata, JSON-LD stand-ins and dated addresses.
 */
import { describe, expect, it } from 'vitest';
import { findArticleDate } from '../../../lib/page/date';

function docOf(head: string, body = ''): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`, 'text/html');
}

const ld = (obj: unknown) => `<script type="application/ld+json">${JSON.stringify(obj)}</script>`;
const meta = (key: string, content: string, attr = 'name') => `<meta ${attr}="${key}" content="${content}">`;

describe('findArticleDate on the meta names real pages use', () => {
  const cases: [string, string, string][] = [
    ['og:article:published_time', '2019-06-18T10:00:00-04:00', 'property'],
    ['article.published', '2019-06-18T10:00:00-04:00', 'name'],
    ['dc.date', '2019-06-18', 'name'],
    ['DC.date.created', '2019-06-18', 'name'],
    ['dcterms.created', '2019-06-18', 'name'],
    ['dcterms.issued', '2019-06-18', 'name'],
    // A US site's slashed date, month first, with a time.
    ['publish_date', '06/18/2019 07:01:00', 'name'],
    ['publication_date', '2019-06-18', 'name'],
    // A compact stamp, as some papers write it.
    ['pdate', '20190618', 'name'],
  ];
  for (const [key, content, attr] of cases) {
    it(`reads <meta ${attr}="${key}">`, () => {
      expect(findArticleDate(docOf(meta(key, content, attr)))).toBe('2019-06-18');
    });
  }

  it('prefers article:published_time to the generic names', () => {
    expect(findArticleDate(docOf(meta('dc.date', '2019-01-01') + meta('article:published_time', '2019-06-18', 'property')))).toBe('2019-06-18');
  });
});

describe('findArticleDate on microdata', () => {
  it('reads datePublished from an <abbr title>', () => {
    const body = '<abbr class="published" itemprop="datePublished" title="2019-06-18T00:55:00-07:00">12:55 AM</abbr>';
    expect(findArticleDate(docOf('', body))).toBe('2019-06-18');
  });

  it('reads datePublished from the visible text of a <span>', () => {
    expect(findArticleDate(docOf('', '<span itemprop="datePublished">Tue 6:45 PM, Jun 18, 2019</span>'))).toBe('2019-06-18');
  });
});

describe('findArticleDate stand-ins, used only when nothing names the publication date', () => {
  it('takes a video page’s uploadDate', () => {
    expect(findArticleDate(docOf(ld({ '@type': 'VideoObject', name: 'Clip', uploadDate: '2019-06-18T10:00:00-04:00' })))).toBe('2019-06-18');
  });

  it('takes dateCreated as a last resort', () => {
    expect(findArticleDate(docOf(ld({ '@type': 'WebPage', dateCreated: '2019-06-18' })))).toBe('2019-06-18');
  });

  it('lets meta tags win over an embedded video’s uploadDate or a node’s dateCreated', () => {
    const head =
      ld({ '@type': 'VideoObject', uploadDate: '2019-05-01' }) +
      ld({ '@type': 'WebPage', dateCreated: '2019-06-20T10:41:09Z' }) +
      '<meta itemprop="datePublished" content="2019-06-18T14:15+0000">';
    expect(findArticleDate(docOf(head))).toBe('2019-06-18');
  });

  it('reads the date in the canonical address when the metadata is a placeholder', () => {
    const head =
      ld({ '@type': 'NewsArticle', datePublished: '0001-01-01T00:00:00Z' }) +
      meta('og:url', 'https://news.example/story/news/2019/06/18/ice-numbers/4236383002/', 'property');
    expect(findArticleDate(docOf(head))).toBe('2019-06-18');
    expect(findArticleDate(docOf('<link rel="canonical" href="https://example.org/2019/06/18/story/">'))).toBe('2019-06-18');
  });

  it('prefers a real date to the address, and rejects an impossible one there', () => {
    const head = meta('og:url', 'https://news.example/2019/06/01/story/', 'property') + meta('article:published_time', '2019-06-18', 'property');
    expect(findArticleDate(docOf(head))).toBe('2019-06-18');
    expect(findArticleDate(docOf('<link rel="canonical" href="https://example.org/2019/02/30/story/">'))).toBeNull();
    expect(findArticleDate(docOf('<link rel="canonical" href="https://example.org/items/2019/12345/">'))).toBeNull();
  });
});
