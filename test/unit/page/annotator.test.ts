import { beforeEach, describe, expect, it } from 'vitest';
import { detectClaims } from '../../../lib/detect';
import { Annotator } from '../../../lib/page/annotator';

const ARTICLE = `
  <article>
    <p id="a">ICE is averaging <a href="#">approximately 7,000 deportations</a> per month from the US interior, the agency said.</p>
    <p id="b">The agency has fewer than 6,000 officers to carry out immigration arrests.</p>
  </article>`;

describe('Annotator', () => {
  let annotator: Annotator;
  beforeEach(() => {
    document.body.innerHTML = ARTICLE;
    annotator = new Annotator((text) => detectClaims(text, { articleDate: '2019-06-18' }));
  });

  it('maps every claim to a Range over the page text, in document order', () => {
    const claims = annotator.scanAll(document.body);
    expect(claims.map((c) => c.range.toString())).toEqual(['approximately 7,000', 'fewer than 6,000']);
    expect(claims.map((c) => c.claim.category)).toEqual(['removals', 'personnel']);
  });

  it('finds the claim under a caret position, across inline elements', () => {
    const [first] = annotator.scanAll(document.body);
    const link = document.querySelector('a')!.firstChild!;
    expect(annotator.claimAt(link, 3)).toBe(first);
    expect(annotator.claimAt(link, 25)).toBeNull();
    expect(annotator.claimAt(document.getElementById('b')!.firstChild!, 2)).toBeNull();
  });

  it('re-scans only a changed block and forgets removed text', () => {
    annotator.scanAll(document.body);
    const firstIds = annotator.claims.map((c) => c.id);
    const p = document.createElement('p');
    p.textContent = 'ICE held more than 50,000 people in detention on an average day in fiscal 2019.';
    document.querySelector('article')!.append(p);
    expect(annotator.rescan([p])).toBe(true);
    expect(annotator.claims.map((c) => c.range.toString())).toEqual(['approximately 7,000', 'fewer than 6,000', 'more than 50,000']);
    // Unchanged claims keep their identity.
    expect(annotator.claims.slice(0, 2).map((c) => c.id)).toEqual(firstIds);
    document.getElementById('a')!.remove();
    expect(annotator.prune()).toBe(true);
    expect(annotator.claims.map((c) => c.range.toString())).toEqual(['fewer than 6,000', 'more than 50,000']);
  });

  it('replaces the claims of an edited block', () => {
    annotator.scanAll(document.body);
    const b = document.getElementById('b')!;
    b.textContent = 'The agency now has about 6,500 officers for immigration arrests.';
    annotator.rescan([b]);
    expect(annotator.claims.map((c) => c.range.toString())).toEqual(['approximately 7,000', 'about 6,500']);
  });
});
