/**
 * The cards on labelled real prose (test/fixtures/real): the development set and the spent batches, each scored by
 * `npm run eval:cards`. Each level below is today's measure: a change that gives a wrong verdict more, a verdict on a
 * mark that is no labelled claim, or loses a right verdict fails here, and `npm run eval:cards -- FILE` shows which.
 * After a deliberate gain (a right verdict more, a wrong one less), set the level to the new measure.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreCards } from '../../../scripts/eval-cards';
import { readLabelled } from '../../../scripts/eval/labelled';

const REAL = resolve(import.meta.dirname, '../../fixtures/real');

/** Measured on main after the last engine, data or label change: right verdicts, wrong verdicts, verdicts on false hits. */
const MEASURED = {
  'dev.jsonl': { right: 108, wrong: 0, onFalseHits: 0 },
  'unseen.jsonl': { right: 47, wrong: 0, onFalseHits: 0 },
  'unseen2.jsonl': { right: 52, wrong: 0, onFalseHits: 0 },
  'unseen3a.jsonl': { right: 73, wrong: 0, onFalseHits: 0 },
  'unseen3b.jsonl': { right: 48, wrong: 0, onFalseHits: 0 },
  'unseen4a.jsonl': { right: 59, wrong: 0, onFalseHits: 1 },
  'unseen4b.jsonl': { right: 62, wrong: 0, onFalseHits: 0 },
  'unseen5a.jsonl': { right: 50, wrong: 0, onFalseHits: 0 },
  'unseen5b.jsonl': { right: 36, wrong: 0, onFalseHits: 0 },
  'unseen6a.jsonl': { right: 19, wrong: 0, onFalseHits: 0 },
  'unseen6b.jsonl': { right: 14, wrong: 0, onFalseHits: 0 },
  'unseen6c.jsonl': { right: 15, wrong: 0, onFalseHits: 0 },
  'unseen7a.jsonl': { right: 13, wrong: 0, onFalseHits: 0 },
  'unseen7b.jsonl': { right: 27, wrong: 0, onFalseHits: 0 },
  'unseen8a.jsonl': { right: 5, wrong: 0, onFalseHits: 0 },
  'unseen8b.jsonl': { right: 11, wrong: 0, onFalseHits: 0 },
  'unseen9a.jsonl': { right: 15, wrong: 1, onFalseHits: 0 },
  'unseen9b.jsonl': { right: 14, wrong: 0, onFalseHits: 0 },
};

describe('the cards on labelled real prose', () => {
  it.each(Object.entries(MEASURED))('keeps its right verdicts and gains no wrong one on %s', (file, level) => {
    const s = scoreCards(readLabelled(resolve(REAL, file)));
    const wrong = s.wrong.map((w) => `${w.id} "${w.label.quote}": ${w.outcome}`);
    console.log(`${file}: ${s.given} verdicts, ${s.right} right, ${s.wrong.length} wrong, coverage ${((100 * s.right) / Math.max(1, s.deserving)).toFixed(1)}%`);
    expect(s.wrong.length, wrong.join('\n')).toBeLessThanOrEqual(level.wrong);
    expect(s.onFalseHits.length).toBeLessThanOrEqual(level.onFalseHits);
    expect(s.right).toBeGreaterThanOrEqual(level.right);
  });
});
