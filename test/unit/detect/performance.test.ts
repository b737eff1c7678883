import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectClaims, isAboutImmigration } from '../../../lib/detect';

const SEED = resolve(import.meta.dirname, '../../fixtures/shared/seeds/000-ice-7000-deportations-a-month.txt');

function median(f: () => void, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    f();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(runs / 2)]!;
}

describe('detector performance', () => {
  it('rejects a 10,000-word page on another beat in well under a millisecond', () => {
    const sentence = 'The home team drew 7,000 fans and sold 50,000 tickets a day as the striker scored twice in the second half. ';
    const page = sentence.repeat(Math.ceil(10_000 / sentence.split(' ').length));
    expect(isAboutImmigration(page)).toBe(false);
    const t = median(() => detectClaims(page), 41);
    console.log(`gate on a 10,000-word sports page: ${t.toFixed(3)} ms`);
    expect(t).toBeLessThan(1);
  });

  it('detects claims in a 1,500-word immigration article in a few milliseconds', () => {
    const seed = readFileSync(SEED, 'utf8').split('\n').slice(2).join('\n');
    let article = '';
    while (article.split(/\s+/).length < 1500) article += seed + '\n\n';
    const words = article.split(/\s+/).length;
    const t = median(() => detectClaims(article, { articleDate: '2019-06-18' }), 21);
    console.log(`detectClaims on a ${words}-word article: ${t.toFixed(2)} ms`);
    expect(detectClaims(article).length).toBeGreaterThan(10);
    expect(t).toBeLessThan(25);
  });
});
