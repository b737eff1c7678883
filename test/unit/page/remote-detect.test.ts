import { describe, expect, it } from 'vitest';
import { detectClaims } from '../../../lib/detect';
import { parseMessage } from '../../../lib/messaging';
import { DETECT_PIECE_CHARS } from '../../../lib/messaging/limits';
import { Annotator } from '../../../lib/page/annotator';
import { piecesOf, remoteDetection, type DetectRequest } from '../../../lib/page/remote-detect';

/** A background stand-in: the same detector, answering later, through the real message schema. */
function background(log: DetectRequest[] = []) {
  return async (request: DetectRequest): Promise<unknown> => {
    log.push(request);
    await new Promise((r) => setTimeout(r, 1));
    const message = parseMessage({ type: 'detect', ...request });
    if (message?.type !== 'detect') throw new Error('refused');
    // Through JSON, as a message is.
    return JSON.parse(JSON.stringify(detectClaims(message.text, { articleDate: message.articleDate, ...(message.topic ? { topic: message.topic } : {}) })));
  };
}

const PARAGRAPH = (i: number) =>
  `In fiscal 2019 ICE carried out ${(1000 + i).toLocaleString('en-US')} removals of people arrested in the interior, officials said.`;

describe('piecesOf', () => {
  it('cuts a long text after line ends into pieces of at most the limit that cover it exactly', () => {
    const text = Array.from({ length: 300 }, (_, i) => PARAGRAPH(i)).join('\n');
    const pieces = piecesOf(text, 2000);
    expect(pieces.length).toBeGreaterThan(10);
    expect(pieces[0]![0]).toBe(0);
    expect(pieces.at(-1)![1]).toBe(text.length);
    for (let i = 0; i < pieces.length; i++) {
      const [from, to] = pieces[i]!;
      expect(to - from).toBeLessThanOrEqual(2000);
      if (i > 0) expect(from).toBe(pieces[i - 1]![1]);
      if (i < pieces.length - 1) expect(text[to - 1]).toBe('\n');
    }
  });

  it('falls back to a sentence end, then to a hard cut, in text without line ends', () => {
    const sentences = 'ICE held 50,000 people. '.repeat(200);
    for (const [, to] of piecesOf(sentences, 1000).slice(0, -1)) expect(sentences.slice(to - 2, to)).toBe('. ');
    const run = 'x'.repeat(2500);
    expect(piecesOf(run, 1000)).toEqual([
      [0, 1000],
      [1000, 2000],
      [2000, 2500],
    ]);
    expect(piecesOf('', 1000)).toEqual([[0, 0]]);
  });
});

describe('remoteDetection', () => {
  it('finds what the detector finds on the same text, at the same offsets', async () => {
    const text = 'ICE is averaging approximately 7,000 deportations per month. The agency has fewer than 6,000 officers.';
    const log: DetectRequest[] = [];
    const steps = remoteDetection(background(log))(text, { articleDate: '2019-06-18' }, () => false);
    let r = steps.next();
    expect(r.done).toBe(false);
    await r.value;
    r = steps.next();
    expect(r.done).toBe(true);
    expect(r.value).toEqual(detectClaims(text, { articleDate: '2019-06-18' }));
    expect(log).toEqual([{ text, articleDate: '2019-06-18', topic: null }]);
  });

  it('sends a long text in pieces judged by the whole text’s topic, and shifts each piece’s claims back', async () => {
    document.body.innerHTML = `<article>${Array.from({ length: 120 }, (_, i) => `<p>${PARAGRAPH(i)}</p>`).join('')}</article>`;
    const log: DetectRequest[] = [];
    const annotator = new Annotator({ detect: remoteDetection(background(log), 3000), articleDate: () => '2020-01-01' });
    const claims = (await annotator.scanAllSliced(document.body, { sliceMs: 5, pause: () => Promise.resolve() }))!;
    expect(log.length).toBeGreaterThan(3);
    expect(log.every((r) => r.text.length <= 3000 && r.topic?.about === true && r.articleDate === '2020-01-01')).toBe(true);
    expect(claims.map((c) => c.range.toString())).toEqual(Array.from({ length: 120 }, (_, i) => (1000 + i).toLocaleString('en-US')));
    for (const c of claims) expect(c.claim.sentence).toContain(c.claim.quote);
  });

  it('counts a failed or malformed answer as no claims, and never throws', async () => {
    const run = async (send: (r: DetectRequest) => Promise<unknown>) => {
      const steps = remoteDetection(send)('ICE deported 267,258 people in fiscal 2019.', {}, () => false);
      for (let r = steps.next(); ; r = steps.next()) {
        if (r.done) return r.value;
        await r.value;
      }
    };
    expect(await run(() => Promise.reject(new Error('the background is gone')))).toEqual([]);
    expect(await run(() => Promise.resolve({ claims: [] }))).toEqual([]);
    expect(await run(() => Promise.resolve([{ start: 5, end: 999 }]))).toEqual([]);
    expect(await run(() => Promise.resolve([{ start: 'a' }]))).toEqual([]);
    expect(await run(background())).toHaveLength(1);
  });

  it('re-scans a changed block with the answer that comes later, dropping text removed meanwhile', async () => {
    document.body.innerHTML = '<article><p id="a">The agency has fewer than 6,000 officers.</p></article>';
    const annotator = new Annotator({ detect: remoteDetection(background()), articleDate: () => '2019-06-18' });
    await annotator.scanAllSliced(document.body, { sliceMs: 5, pause: () => Promise.resolve() });
    expect(annotator.claims.map((c) => c.range.toString())).toEqual(['fewer than 6,000']);
    const p = document.createElement('p');
    p.textContent = 'ICE held more than 50,000 people in detention on an average day in fiscal 2019.';
    document.querySelector('article')!.append(p);
    // A synchronous re-scan cannot wait for an answer: it finds nothing new.
    expect(annotator.rescan([p])).toBe(false);
    expect(await annotator.rescanWaiting([p])).toBe(true);
    expect(annotator.claims.map((c) => c.range.toString())).toEqual(['fewer than 6,000', 'more than 50,000']);
    // Text that leaves while the answer is on its way is not marked.
    const q = document.createElement('p');
    q.textContent = 'ICE deported 267,258 people in fiscal 2019.';
    document.querySelector('article')!.append(q);
    const pending = annotator.rescanWaiting([q]);
    q.remove();
    expect(await pending).toBe(false);
    expect(annotator.claims.map((c) => c.range.toString())).toEqual(['fewer than 6,000', 'more than 50,000']);
  });

  it('keeps every request within the message schema’s limit', () => {
    expect(parseMessage({ type: 'detect', text: 'x'.repeat(DETECT_PIECE_CHARS), articleDate: null, topic: null })).not.toBeNull();
    expect(parseMessage({ type: 'detect', text: 'x'.repeat(DETECT_PIECE_CHARS + 1), articleDate: null, topic: null })).toBeNull();
    const text = ('ICE held 50,000 people.\n').repeat(Math.ceil((DETECT_PIECE_CHARS * 2.5) / 24));
    for (const [from, to] of piecesOf(text)) expect(to - from).toBeLessThanOrEqual(DETECT_PIECE_CHARS);
  });
});
