import { describe, expect, it } from 'vitest';
import { anchorCredit, anchorOf, samePage, storySlug } from '../../../lib/dataset/anchor';
import { createQuery } from '../../../lib/dataset/query';
import { SourceSchema, type Dataset, type SourceTier } from '../../../lib/dataset/schema';

const source = (id: string, tier: SourceTier, publisher = id) =>
  SourceSchema.parse({ id, title: `Page ${id}`, publisher, url: `https://${id}.example/story`, published: '2020-01-01', tier });
const fig = (source: string, value = 267258) => ({ metric: 'removals', period: 'FY2019', value, unit: 'removals', source, quote: String(value) });

const dataset: Dataset = {
  meta: { version: '1.0.0', asOf: '2025-01-01' },
  metrics: [{ id: 'removals', name: 'Removals', unit: 'removals', aggregation: 'total', category: 'removals', definition: 'ICE removals in the period.', countedBy: 'ICE', caveats: [] }],
  sources: [source('ice', 'agency', 'ICE'), source('crs', 'oversight'), source('trac', 'research', 'TRAC'), source('paper', 'news', 'The Paper'), source('wire', 'news', 'A Wire'), source('group', 'advocacy'), source('blog', 'advocacy')],
  figures: [fig('group'), fig('paper'), fig('ice'), fig('trac'), fig('crs'), fig('wire'), fig('blog')],
};
const q = createQuery(dataset);
const refs = (...ids: string[]) => q.figuresFor('removals', 'FY2019').filter((f) => ids.includes(f.source));

describe('source order', () => {
  it('sorts the sources of a figure by tier: agency, oversight, research, news, advocacy', () => {
    expect(q.figuresFor('removals', 'FY2019').map((f) => f.source)).toEqual(['ice', 'crs', 'trac', 'paper', 'wire', 'blog', 'group']);
  });
});

describe('anchorOf', () => {
  it('leads with the agency and calls its figure counted', () => {
    const a = anchorOf(refs('group', 'paper', 'ice'));
    expect(a).toMatchObject({ anchors: true, basis: 'counted', carrier: null });
    expect(a.lead?.source).toBe('ice');
    if (a.anchors) expect(anchorCredit(a)).toBe('ICE');
  });

  it('an advocacy page never leads where a news page gives the same figure', () => {
    const a = anchorOf(refs('group', 'paper'));
    expect(a.lead?.source).toBe('paper');
    expect(a).toMatchObject({ anchors: true, basis: 'carried', carrier: 'The Paper' });
    if (a.anchors) expect(anchorCredit(a)).toBe("ICE's figure, as reported by The Paper");
  });

  it('a research body reading an agency count is a carrier too', () => {
    expect(anchorOf(refs('trac', 'paper'))).toMatchObject({ anchors: true, basis: 'carried', carrier: 'TRAC' });
  });

  it('a figure whose only sources are advocacy never anchors', () => {
    expect(anchorOf(refs('group', 'blog'))).toEqual({ anchors: false, lead: null, reason: 'advocacy-only' });
  });

  it('the annotated article is never the only source of the figure that judges it', () => {
    expect(anchorOf(refs('paper'), 'https://www.paper.example/story/?utm=x')).toEqual({ anchors: false, lead: null, reason: 'self-sourced' });
    // With another carrier, that one leads; with only advocacy left, nothing anchors.
    expect(anchorOf(refs('paper', 'wire'), 'https://paper.example/story').lead?.source).toBe('wire');
    expect(anchorOf(refs('paper', 'group'), 'https://paper.example/story')).toMatchObject({ anchors: false, reason: 'advocacy-only' });
    // On another page the same figure anchors as a carried one.
    expect(anchorOf(refs('paper'), 'https://elsewhere.example/story')).toMatchObject({ anchors: true, basis: 'carried' });
  });

  it("a figure another body counted never anchors, whoever carries it (verdict.counting-body-figure)", () => {
    const gao = { ...refs('crs')[0]!, countedBy: 'GAO' as const };
    expect(anchorOf([gao])).toEqual({ anchors: false, lead: null, reason: 'other-counter' });
    // Beside the counting body's own figure, that one leads.
    expect(anchorOf([gao, ...refs('paper')]).lead?.source).toBe('paper');
    // Marked with the metric's own counter, it is that body's count as any other.
    expect(anchorOf([{ ...refs('crs')[0]!, countedBy: 'ICE' as const }])).toMatchObject({ anchors: true, basis: 'counted' });
  });

  it('says so when there is no source at all', () => {
    expect(anchorOf([])).toEqual({ anchors: false, lead: null, reason: 'no-source' });
  });
});

describe('samePage', () => {
  it('ignores www, a trailing slash, the query and the fragment, but not the path', () => {
    expect(samePage('https://www.a.example/x/', 'https://a.example/x?y=1#z')).toBe(true);
    expect(samePage('https://a.example/x', 'https://a.example/y')).toBe(false);
  });

  it("takes a mirror, a proxy or another edition of the same story for the same page (its slug)", () => {
    const source = 'https://api.politifact.example/truth-o-meter/promises/trumpometer/promise/1440/triple-ice-enforcement/';
    expect(samePage(source, 'http://www-politifact-example-s.proxy.example/truth-o-meter/promises/trumpometer/promise/1440/triple-ice-enforcement/article/2697')).toBe(true);
    expect(samePage('http://in.reuters.example/article/usa-immigration-detention-idINL1N1I30VH', 'https://www.reuters.example/article/usa-immigration-detention-idUSL1N1I30VH')).toBe(false);
    expect(samePage('http://in.reuters.example/article/usa-immigration-detention-idINL1N1I30VH', 'https://uk.reuters.example/article/usa-immigration-detention-idINL1N1I30VH')).toBe(true);
  });

  it('does not take two stories of one section, or paths without a slug, for the same page', () => {
    expect(samePage('https://a.example/immigration-and-customs-enforcement/ice-arrests-hit-a-record', 'https://a.example/immigration-and-customs-enforcement/detention-beds-run-short')).toBe(false);
    expect(samePage('https://a.example/news/2697', 'https://b.example/news/2697')).toBe(false);
    expect(storySlug('https://a.example/2025/07/25/what-is-the-daily-cost-of-detaining.html')).toBe('what-is-the-daily-cost-of-detaining');
    expect(storySlug('https://a.example/')).toBeNull();
  });
});
