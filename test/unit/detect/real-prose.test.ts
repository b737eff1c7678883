/**
 * The detector on labelled real prose (test/fixtures/real): the development set and the spent batches
 * (each scored once as the honest estimate, now used for work). Each level below is today's measure; a change
 * that loses any of them fails here, and `npm run eval:detector [file]` shows what it lost. After a
 * deliberate gain, raise the level to the new measure.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreDetector } from '../../../scripts/eval-detector';
import { readLabelled } from '../../../scripts/eval/labelled';

const REAL = resolve(import.meta.dirname, '../../fixtures/real');
const EPSILON = 1e-9;

/** Measured on main after the last detector or label change (matched/detected, matched/labelled, right/matched). */
const MEASURED = {
  'dev.jsonl': { precision: 407 / 415, recall: 407 / 419, category: 400 / 407 },
  'unseen.jsonl': { precision: 211 / 223, recall: 211 / 225, category: 208 / 211 },
  'unseen2.jsonl': { precision: 384 / 399, recall: 384 / 430, category: 362 / 384 },
  'unseen3a.jsonl': { precision: 271 / 283, recall: 271 / 284, category: 262 / 271 },
  'unseen3b.jsonl': { precision: 258 / 271, recall: 258 / 270, category: 251 / 258 },
  'unseen4a.jsonl': { precision: 272 / 282, recall: 272 / 289, category: 258 / 272 },
  'unseen4b.jsonl': { precision: 304 / 318, recall: 304 / 331, category: 290 / 304 },
};

describe('the detector on labelled real prose', () => {
  it.each(Object.entries(MEASURED))('keeps its measured precision, recall and category on %s', (file, level) => {
    const s = scoreDetector(readLabelled(resolve(REAL, file)));
    const got = { precision: s.precision, recall: s.recall, category: s.categoryRight / Math.max(1, s.matched) };
    console.log(`${file}: P ${(100 * got.precision).toFixed(1)}% R ${(100 * got.recall).toFixed(1)}% category ${(100 * got.category).toFixed(1)}%`);
    expect(got.precision).toBeGreaterThanOrEqual(level.precision - EPSILON);
    expect(got.recall).toBeGreaterThanOrEqual(level.recall - EPSILON);
    expect(got.category).toBeGreaterThanOrEqual(level.category - EPSILON);
  });
});
