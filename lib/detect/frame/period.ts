/** The frame's period: stated in the sentence, relative to the article's date, or none. */
import type { FramePeriod } from '../../frame';
import { defineRule } from '../../rules';
import type { FrameInput } from './input';
import { has } from './phrases';
import { NOW_WORDS, RELATIVE_PERIOD_WORDS } from './words';

const STATED = defineRule({
  id: 'frame.period.stated',
  stage: 'frame',
  looksFor: "a period the sentence names on its own: 'in fiscal 2019', 'in June 2019', 'on Nov. 15, 2025'",
  decides: 'the period is stated',
  fires: ['ICE deported 267,000 people in fiscal 2019.'],
  silent: ['ICE deported 267,000 people last year.'],
});
const RELATIVE = defineRule({
  id: 'frame.period.relative',
  stage: 'frame',
  looksFor: "a period given relative to the article's date: 'last year', 'this fiscal year', 'since January', 'so far'",
  decides: "the period is relative (resolved with the article's date when it is known)",
  fires: ['ICE deported 267,000 people last year.'],
  silent: ['ICE deported 267,000 people in fiscal 2019.'],
  articleDate: '2020-03-01',
});
const NOW = defineRule({
  id: 'frame.period.now',
  stage: 'frame',
  looksFor: "no period, but 'currently', 'now', 'as of', 'at last count' around the number",
  decides: "the period is the article's date (relative)",
  fires: ['ICE is currently holding more than 60,000 people.'],
  silent: ['ICE held more than 60,000 people in June 2025.'],
  articleDate: '2025-11-20',
});
const NONE = defineRule({
  id: 'frame.period.none',
  stage: 'frame',
  looksFor: 'no period and no word of now',
  decides: 'the claim names no period',
  fires: ['ICE employs about 6,000 deportation officers.'],
  silent: ['ICE employed about 6,000 deportation officers in fiscal 2019.'],
});

/** The claim's period in the frame, recording the rule that decided it. */
export function readPeriod(c: FrameInput, rules: string[]): FramePeriod {
  const p = c.period;
  if (p) {
    const relative = has(RELATIVE_PERIOD_WORDS, p.text);
    rules.push(relative ? RELATIVE : STATED);
    const period = p.period ?? (p.start && p.end ? (p.start === p.end ? p.start : `${p.start}/${p.end}`) : null);
    return { basis: relative ? 'relative' : 'stated', period, start: p.start, end: p.end };
  }
  if (has(NOW_WORDS, `${c.lead.slice(-80)} ${c.after}`)) {
    rules.push(NOW);
    const d = c.articleDate && /^\d{4}-\d{2}-\d{2}$/.test(c.articleDate) ? c.articleDate : null;
    return { basis: 'relative', period: d, start: d, end: d };
  }
  rules.push(NONE);
  return { basis: 'none', period: null, start: null, end: null };
}
