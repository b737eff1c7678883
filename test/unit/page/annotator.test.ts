import { beforeEach, describe, expect, it } from 'vitest';
import { detectClaims, detectClaimsInSteps, type Claim } from '../../../lib/detect';
import { Annotator, type DetectSteps } from '../../../lib/page/annotator';

const detect = detectClaimsInSteps;

const ARTICLE = `
  <article>
    <p id="a">ICE is averaging <a href="#">approximately 7,000 deportations</a> per month from the US interior, the agency said.</p>
    <p id="b">The agency has fewer than 6,000 officers to carry out immigration arrests.</p>
  </article>`;

describe('Annotator', () => {
  let annotator: Annotator;
  beforeEach(() => {
    document.body.innerHTML = ARTICLE;
    annotator = new Annotator({ detect, articleDate: () => '2019-06-18' });
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

describe('Annotator.scanAllSliced', () => {
  it('reads a long page across many slices and finds the same claims as a scan at once', async () => {
    const paragraphs = Array.from({ length: 400 }, (_, i) => `<p>In fiscal 2019 ICE carried out ${(1000 + i).toLocaleString('en-US')} removals of people arrested in the interior, officials said.</p>`);
    document.body.innerHTML = `<article>${paragraphs.join('')}</article>`;
    const once = new Annotator({ detect, articleDate: () => '2020-01-01' }).scanAll(document.body).map((c) => c.range.toString());
    let pauses = 0;
    const sliced = await new Annotator({ detect, articleDate: () => '2020-01-01' }).scanAllSliced(document.body, {
      sliceMs: 0,
      pause: async () => {
        pauses++;
      },
    });
    expect(once).toHaveLength(400);
    expect(sliced!.map((c) => c.range.toString())).toEqual(once);
    expect(pauses).toBeGreaterThan(10);
  });

  it('stops when cancelled and keeps what it had', async () => {
    document.body.innerHTML = ARTICLE;
    const annotator = new Annotator({ detect, articleDate: () => '2019-06-18' });
    annotator.scanAll(document.body);
    const result = await annotator.scanAllSliced(document.body, { sliceMs: 0, pause: async () => {}, cancelled: () => true });
    expect(result).toBeNull();
    expect(annotator.claims).toHaveLength(2);
  });

  it('judges a re-scanned paragraph as part of its article', () => {
    document.body.innerHTML = ARTICLE;
    const annotator = new Annotator({ detect, articleDate: () => '2019-06-18' });
    annotator.scanAll(document.body);
    const p = document.createElement('p');
    // Alone, this sentence names no agency; in an ICE article it is about ICE.
    p.textContent = 'The agency now has about 6,500 officers.';
    document.querySelector('article')!.append(p);
    annotator.rescan([p]);
    expect(annotator.claims.map((c) => c.range.toString())).toContain('about 6,500');
  });
});

describe('Annotator on a page about something else', () => {
  it('does not read the page at all when its raw text fails the topic gate', () => {
    document.body.innerHTML = `<article>${'<p>The Bruins drew 17,565 fans and scored 4 goals in 60 minutes.</p>'.repeat(50)}</article>`;
    const spy = { calls: 0 };
    const annotator = new Annotator({ detect, articleDate: () => null, onDetect: () => spy.calls++ });
    expect(annotator.scanAll(document.body)).toEqual([]);
    expect(spy.calls).toBe(0);
  });
});

describe('Annotator with detection that answers later', () => {
  /** Detection done elsewhere: counts its requests and answers on a later turn. */
  function later() {
    const requests: string[] = [];
    const steps: DetectSteps = function* (text, options) {
      requests.push(text);
      let claims: Claim[] = [];
      yield new Promise<void>((r) => setTimeout(r, 1)).then(() => {
        claims = detectClaims(text, options);
      });
      return claims;
    };
    return { steps, requests };
  }

  it('waits for the answer while the page keeps its thread, and finds the same claims', async () => {
    document.body.innerHTML = ARTICLE;
    const { steps, requests } = later();
    const waits: number[] = [];
    const annotator = new Annotator({ detect: steps, articleDate: () => '2019-06-18', onPhase: (phase, ms) => phase === 'load' && waits.push(ms) });
    const claims = await annotator.scanAllSliced(document.body, { sliceMs: 50, pause: async () => {} });
    expect(requests).toHaveLength(1);
    expect(waits).toHaveLength(1);
    expect(claims?.map((c) => c.range.toString())).toEqual(['approximately 7,000', 'fewer than 6,000']);
  });

  it('never asks for a page whose raw text fails the topic gate', async () => {
    document.body.innerHTML = `<article>${'<p>The Bruins drew 17,565 fans and scored 4 goals in 60 minutes.</p>'.repeat(50)}</article>`;
    const { steps, requests } = later();
    const annotator = new Annotator({ detect: steps, articleDate: () => null });
    expect(await annotator.scanAllSliced(document.body, { sliceMs: 50, pause: async () => {} })).toEqual([]);
    expect(requests).toHaveLength(0);
  });
});
