/**
 * The card's first sentence: the verdict, or what the claim is when there is none. One sentence a
 * reader takes in at a glance; "official" only for an agency's, oversight's or a law's figure; a research
 * estimate is named; a news page is the carrier of someone's figure.
 */
import type { FigureRef } from '../dataset/query';
import type { FigureCounter } from '../dataset/schema';
import { formatPeriod, formatDate } from '../dataset/period';
import type { Claim } from '../detect/types';
import { formatChange, formatCount, formatDollars, formatTimes, TIMES_ABOVE } from '../format';
import { formatPeriodShort } from './format';
import { COUNTERS, counterOf, possessive, whose } from './label';
import { ESTIMATE_MEASURES, type Decided, type NoVerdict } from './verdict';

/**
 * Whose figure it is, in words, mid-sentence: "ICE's count" for the counter's own (or oversight's) page, else
 * the card's label ("the Pew Research Center's estimate", "ICE's figure, as reported by Reuters"): one
 * wording of who counted and who carries, in lib/context/label.ts.
 */
export function whoseFigure(f: FigureRef): string {
  const countedBy = counterOf(f, f.metricDef);
  const named = whose({ countedBy, tier: f.sourceDef.tier, publisher: f.sourceDef.publisher, ownEstimate: f.sourceDef.ownEstimate });
  // A series that is an estimate by nature (DHS's unauthorized population) is named so, as a research body's is.
  const noun = countedBy === 'Congress' ? 'figure' : ESTIMATE_MEASURES.has(f.metricDef.frame?.measure ?? '') ? 'estimate' : 'count';
  const phrase = named ?? `${possessive(COUNTERS[countedBy])} ${noun}`;
  return WITH_THE.has(countedBy) ? `the ${phrase.replace(/^The /, '')}` : phrase;
}

/** Counters a sentence names with "the" ("matches the Pew Research Center's estimate"). */
const WITH_THE: ReadonlySet<FigureCounter> = new Set(['EOIR', 'Pew', 'MPI', 'CMS']);

const fmt = (f: FigureRef, n: number) => (f.metricDef.unit.includes('dollar') ? formatDollars(n, n === f.value ? 3 : 1) : formatCount(n));

/** The figure as a phrase: "50,165 people a day on average in FY2019", "61,226 people held on Nov. 16, 2025". */
export function figurePhrase(d: Decided): string {
  const f = d.figure;
  const m = d.metric.frame;
  const when = f.span.kind === 'day' ? `on ${formatDate(f.span.start)}` : f.span.kind === 'fiscal-year' ? `in ${f.period}` : `in ${formatPeriod(f.period)}`;
  const unit = f.metricDef.unit.includes('dollar') ? '' : ` ${f.unit}`;
  if (d.before) return `${d.inNumber ? changeInNumber(d.verdict.official, f) : formatChange(d.verdict.official)} ${when} (${fmt(f, f.value)} against ${fmt(d.before, d.before.value)} in ${formatPeriodShort(d.before.period)})`;
  switch (m.basis) {
    case 'daily-average':
      return `${fmt(f, f.value)}${unit} a day on average ${when}`;
    case 'on-a-day':
      return `${fmt(f, f.value)}${unit} ${when}`;
    case 'average':
      return `${fmt(f, f.value)}${unit} ${when}`;
    case 'total': {
      const rate = d.verdict.basis.startsWith('per ') ? d.verdict.basis.slice(4) : null;
      const per = rate && d.how ? ` (${fmt(f, d.verdict.official)} a ${rate})` : '';
      return `${fmt(f, f.value)}${unit} ${when}${per}`;
    }
  }
}

/** A change stated as a number: "up 12,943", "down 41,205", "unchanged". */
function changeInNumber(n: number, f: FigureRef): string {
  if (n === 0) return 'unchanged';
  return `${n > 0 ? 'up' : 'down'} ${fmt(f, Math.abs(n))}`;
}

/** The verdict as one sentence. */
export function verdictHeadline(d: Decided, claimValue: number | null): string {
  const who = whoseFigure(d.figure);
  const what = figurePhrase(d);
  const average = d.longer ? ` (the ${formatPeriodShort(d.figure.period)} average, as no figure for the claim's own period is published)` : '';
  const official = Math.abs(d.verdict.official);
  const claimed = claimValue === null ? null : Math.abs(claimValue);
  if (d.verdict.relation === 'matches') return `Matches ${who}: ${what}${average}.`;
  // Far apart, the difference is a multiple: "2.4 times", never "140%".
  if (claimed && official && !d.before) {
    const ratio = d.verdict.relation === 'higher' ? claimed / official : official / claimed;
    if (ratio > TIMES_ABOVE) {
      return d.verdict.relation === 'higher' ? `${formatTimes(ratio)} ${who}: ${what}${average}.` : `${capital(who)} is ${formatTimes(ratio)} the claim: ${what}${average}.`;
    }
  }
  return `${d.verdict.relation === 'higher' ? 'Higher' : 'Lower'} than ${who}: ${what}${average}.`;
}

const capital = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** What the claim is, when it gets no verdict: one sentence, the reference figures named in a clause of it. */
export function silentHeadline(reason: NoVerdict, claim: Claim, hasReference: boolean): string {
  // Short: the figures below carry their own labels ("Official" only for the counting body's), so the clause names no tier.
  const ref = hasReference ? '; figures shown for reference' : '';
  switch (reason) {
    case 'target':
      return `A plan, not a count${ref}.`;
    case 'projection':
      return `A projection from a pace or a trend, not a count made${ref}.`;
    case 'facility':
      return `One facility's size, not the national count${ref}.`;
    case 'request':
      return `Money requested, not enacted${ref}.`;
    case 'bill':
      return `Money in a bill, not yet law${ref}.`;
    case 'estimate':
      return `A cost estimate or projection, not money spent${ref}.`;
    case 'increase':
      return `An increase, not a total${ref}.`;
    case 'change':
      return `A change between two dates, not a level or a total${ref}.`;
    case 'share':
      return `A share of a whole, which no official series counts${ref}.`;
    case 'not-national':
      return `${claim.frame.scope === 'subgroup' ? 'A part of a group' : claim.frame.scope === 'operation' ? 'One operation' : 'One place'}, not the national count${ref}.`;
    case 'other-body':
      return `Another body's number, not a national agency count${ref}.`;
    case 'undated':
      return hasReference ? "The article's date is unknown: latest figures shown for reference." : "The article's date is unknown, and the claim names no period.";
    case 'unplaced':
      return `The period the claim names cannot be placed on the calendar${ref}.`;
    case 'research-own':
      return `A research body's own count, not the official series${ref}.`;
    case 'vague':
      return `A vague amount, not a figure to check${ref}.`;
    case 'no-metric':
      return `No official series counts the same thing${ref}.`;
    case 'no-figure':
      return `No official figure for the same period${ref}.`;
    case 'not-over':
      return `A count to date for a period not yet over, which no official figure confirms${ref}.`;
    case 'range':
      return `A range, not one count of a day: which count it means is unsaid${ref}.`;
    case 'border-unsaid':
      return `Not checked: the claim does not say which border, and the counts for the southwest border and the whole nation do not settle it${ref}.`;
    case 'differs':
      return hasReference
        ? 'Not checked: the nearest figure differs and may count something else; shown for reference.'
        : 'Not checked: the nearest figure differs and may count something else.';
  }
}
