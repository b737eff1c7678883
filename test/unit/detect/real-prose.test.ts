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
  'dev.jsonl': { precision: 412 / 418, recall: 412 / 421, category: 405 / 412 },
  'unseen.jsonl': { precision: 210 / 215, recall: 210 / 223, category: 207 / 210 },
  'unseen2.jsonl': { precision: 412 / 419, recall: 412 / 434, category: 396 / 412 },
  'unseen3a.jsonl': { precision: 276 / 284, recall: 276 / 287, category: 265 / 276 },
  'unseen3b.jsonl': { precision: 266 / 273, recall: 266 / 275, category: 261 / 266 },
  'unseen4a.jsonl': { precision: 283 / 289, recall: 283 / 290, category: 279 / 283 },
  'unseen4b.jsonl': { precision: 321 / 323, recall: 321 / 334, category: 320 / 321 },
  'unseen5a.jsonl': { precision: 280 / 285, recall: 280 / 289, category: 270 / 280 },
  'unseen5b.jsonl': { precision: 320 / 323, recall: 320 / 325, category: 313 / 320 },
  'unseen6a.jsonl': { precision: 149 / 151, recall: 149 / 159, category: 147 / 149 },
  'unseen6b.jsonl': { precision: 132 / 134, recall: 132 / 135, category: 124 / 132 },
  'unseen6c.jsonl': { precision: 146 / 151, recall: 146 / 153, category: 139 / 146 },
  'unseen7a.jsonl': { precision: 192 / 193, recall: 192 / 196, category: 189 / 192 },
  'unseen7b.jsonl': { precision: 219 / 221, recall: 219 / 223, category: 216 / 219 },
  'unseen8a.jsonl': { precision: 168 / 168, recall: 168 / 175, category: 164 / 168 },
  'unseen8b.jsonl': { precision: 252 / 255, recall: 252 / 253, category: 248 / 252 },
  'unseen9a.jsonl': { precision: 166 / 168, recall: 166 / 178, category: 157 / 166 },
  'unseen9b.jsonl': { precision: 184 / 185, recall: 184 / 198, category: 182 / 184 },
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
