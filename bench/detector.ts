/**
 * `npm run bench:detector`: the detector alone, in Node (no browser): the topic gate on a long page on
 * another beat, and detection on a long immigration article. Prints medians against the targets of
 * issue 8 (gate well under 1 ms, a 1,500-word article in a few milliseconds); exits non-zero only when
 * the detector's output is wrong, never on time (times depend on the machine and its load).
 * Option (environment): BENCH_RUNS (default 41).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectClaims, isAboutImmigration } from '../lib/detect';
import { ROOT } from './paths';

const RUNS = Number(process.env.BENCH_RUNS ?? 41);
const SEED = join(ROOT, 'test/fixtures/shared/seeds/000-ice-7000-deportations-a-month.txt');

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

function fail(message: string): never {
  console.error(`bench:detector: ${message}`);
  process.exit(1);
}

const sentence = 'The home team drew 7,000 fans and sold 50,000 tickets a day as the striker scored twice in the second half. ';
const sports = sentence.repeat(Math.ceil(10_000 / sentence.split(' ').length));
if (isAboutImmigration(sports)) fail('the sports page passed the topic gate');
if (detectClaims(sports).length) fail('claims found on the sports page');
const gate = median(() => detectClaims(sports), RUNS);

const seed = readFileSync(SEED, 'utf8').split('\n').slice(2).join('\n');
let article = '';
while (article.split(/\s+/).length < 1500) article += seed + '\n\n';
const words = article.split(/\s+/).length;
const claims = detectClaims(article, { articleDate: '2019-06-18' }).length;
if (claims <= 10) fail(`only ${claims} claims in the ${words}-word article`);
const detect = median(() => detectClaims(article, { articleDate: '2019-06-18' }), Math.ceil(RUNS / 2));

const row = (what: string, ms: number, target: number) =>
  `${what.padEnd(46)} ${ms.toFixed(3).padStart(8)} ms   target < ${target} ms   ${ms < target ? 'met' : 'MISSED'}`;
console.log(`detector benchmark, median of ${RUNS} runs (Node ${process.version})`);
console.log(row('gate on a 10,000-word sports page', gate, 1));
console.log(row(`detection on a ${words}-word article (${claims} claims)`, detect, 25));
