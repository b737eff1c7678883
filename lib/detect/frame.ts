/**
 * The claim frame (issue 12): what a fact-checker reads before comparing a number with an official
 * figure: who counted it (body), over what (scope), what kind of number it is, what it counts
 * (measure) and for when (period). Pure: one pass over the claim's sentence and the one before, each
 * field set by named rules (lib/rules.ts) whose ids are recorded in `rules`.
 */
import type { ClaimFrame } from '../frame';
import { groupBody, readBody, readCredit, STATUTE_BODY } from './frame/body';
import { frameInput, type FrameSource } from './frame/input';
import { readDirection, readKind } from './frame/kind';
import { readMeasure, readMoneyMeasure } from './frame/measure';
import { readPeriod } from './frame/period';
import { readScope } from './scope';

export type { FrameSource } from './frame/input';

/** Reads the frame of one claim. */
export function readFrame(src: FrameSource): ClaimFrame {
  const rules: string[] = [];
  const c = frameInput(src, rules);
  let body = readBody(c, rules);
  const credit = readCredit(c, rules);
  const { scope, words } = readScope(c, rules);
  let measure = readMeasure(c, rules);
  body = groupBody(c, body, measure, rules);
  const { kind, detail } = readKind(c, { measure, scope }, rules);
  if (kind === 'capacity' && detail === 'statutory-minimum' && body !== 'congress') {
    body = 'congress';
    rules.push(STATUTE_BODY);
  }
  if (c.dollars) measure = readMoneyMeasure(c, kind, detail, rules);
  const direction = kind === 'change' ? readDirection(c, rules) : null;
  const period = readPeriod(c, kind, rules);
  return { body, credit, scope, scopeWords: words, kind, detail, measure, direction, period, rules };
}
