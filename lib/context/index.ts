/**
 * The context engine: one detected claim in, the content of its card out. Pure: the dataset comes in
 * as a `DatasetQuery`, so tests can pass a small one.
 */
import { tierRank, type DatasetQuery, type FigureRef } from '../dataset/query';
import { daysBetween, formatDate, formatPeriod, parsePeriod, type Period } from '../dataset/period';
import type { Metric } from '../dataset/schema';
import { receiptDetail } from '../dataset/receipt';
import type { Claim } from '../detect/types';
import { claimLines, goalAmount, goalLines, PLANNED } from './capacity';
import { comparePercentChange, compareWithFigure, yearBefore } from './compare';
import { ageBefore, claimSpan, knowable, pickFigures, timingText } from './figures';

export { ageBefore } from './figures';
import { findAttribution, mentionsLaw, pickRule, POPULATION_BY_AGENCY } from './metrics';
import { formatPublished } from './format';
import { claimNum, fromFigure } from './num';
import type { AttributionCheck, ClaimContext, Comparison, ContextFigure, FigureRole, MetricInfo, Timing } from './types';

export type * from './types';

export interface BuildOptions {
  /** The article's publication date (YYYY-MM-DD), or null when unknown. */
  articleDate: string | null;
  data: DatasetQuery;
  /** The article's other claims: their numbers can feed the math ("four officers per arrest"). */
  claims?: Claim[];
}

/** A count of single days: "some days exceeding", "on two separate days". */
const SOME_DAYS = /\b(?:some|several|a few|certain|two|three|one|a single) (?:separate |single )?days?\b/i;
/** Words of a count made part-way through a period: "so far this fiscal year", "as of Sept. 19". */
const PART_YEAR = /\bso far\b|\bthus far\b|\bto date\b|year-to-date|\bas of\b/i;
/** Below this share of one of the 2025 law's lines, a sum is a part of it ("including $8 billion to hire"). */
const LAW_PART = 0.65;

const PAST_RECORD = /\b(?:previous|prior|former|old|all-time|record|highest)\b[^.;]{0,30}\b(?:high|peak|record|level)\b|\b(?:peak|record high)\b/i;

/** Turns one claim into the content of its card: figures, comparisons, attribution check, capacity math. */
export function buildContext(claim: Claim, opts: BuildOptions): ClaimContext {
  const { data: q } = opts;
  // Only a full, valid date can say what a writer could have known; anything else counts as unknown.
  const articleDate = opts.articleDate && /^\d{4}-\d{2}-\d{2}$/.test(opts.articleDate) && parsePeriod(opts.articleDate) ? opts.articleDate : null;
  const rule = pickRule(claim, undefined, { lawArticle: mentionsLaw(opts.claims ?? []), date: articleDate });
  const attributed = findAttribution(claim.sentence, claim.start - claim.sentenceStart);
  let main = rule?.metric ?? null;
  let also = rule?.also ?? [];
  let metricReason = rule ? rule.reason : `no metric in the dataset measures this kind of ${claim.category} claim`;

  // For the unauthorized population, the body the article credits decides which estimate leads.
  const credited = attributed ? POPULATION_BY_AGENCY[attributed.agency] : undefined;
  if (credited && main && Object.values(POPULATION_BY_AGENCY).includes(main)) {
    main = credited;
    also = Object.values(POPULATION_BY_AGENCY)
      .filter((m) => m !== credited)
      .map((metric) => ({ metric, role: 'other-estimate' as const }));
    metricReason = `the unauthorized immigrant population as estimated by ${attributed!.name}, whom the article credits`;
  }
  // Removals credited to DHS ("according to the Department of Homeland Security") are the whole
  // department's, which counts more than ICE's own; ICE's stay beside them.
  if (main === 'removals' && attributed?.agency === 'DHS' && q.series('removals-dhs').length) {
    main = 'removals-dhs';
    also = [{ metric: 'removals', role: 'related', compare: true }];
    metricReason = 'removals by all of DHS, whom the article credits';
  }
  // "The prior high, 55,654, was recorded in August 2019": a past record is the peak, not that month's average.
  if (main === 'detention-adp' && PAST_RECORD.test(claim.sentence) && claim.period?.end && articleDate && claim.period.end < articleDate.slice(0, 4)) {
    main = 'detention-peak';
    also = [];
    metricReason = 'a past record of the number of people held in detention';
  }
  const mainDef = main ? q.metric(main) : undefined;
  if (main && !mainDef) {
    metricReason = `${metricReason}; but the dataset has no "${main}" figures yet`;
    main = null;
  }

  const span = claimSpan(claim.period);
  const figures: ContextFigure[] = [];
  const add = (refs: FigureRef[], timing: Timing, role: FigureRole) => {
    const start = figures.length;
    for (const f of toFigures(refs, timing, role, articleDate, span)) {
      if (!figures.some((g) => g.metric.id === f.metric.id && g.period === f.period && g.display === f.display && g.role === f.role)) figures.push(f);
    }
    return figures.slice(start);
  };
  const changeFigures: number[] = [];
  if (main) {
    if (claim.percent && span) {
      const before = yearBefore(span);
      const beforeSpan = before ? parsePeriod(before) : null;
      const sameSpan = (p: Period | null) => (f: FigureRef) => !!p && f.span.start === p.start && f.span.end === p.end;
      const now = q.series(main).filter(sameSpan(span));
      const prev = q.series(main).filter(sameSpan(beforeSpan));
      const [a] = now.length && prev.length ? add(now, 'claim-period', 'main') : [];
      const [b] = a ? add(prev, 'claim-period', 'main') : [];
      // The change is computed from the lead figure of each period (primary source first).
      if (a && b) changeFigures.push(figures.indexOf(a), figures.indexOf(b));
    }
    for (const g of pickFigures(q, main, claim.period, articleDate)) add(g.figures, g.timing, 'main');
    for (const a of also) for (const g of pickFigures(q, a.metric, claim.period, articleDate)) add(g.figures, g.timing, a.role);
  }

  const comparable = new Set([main ?? '', ...also.filter((a) => a.role === 'other-estimate' || a.compare).map((a) => a.metric)]);
  const { comparisons, noComparison } = compare(claim, figures, changeFigures, main, comparable, q, articleDate);
  return {
    claimed: claimNum(claim),
    metric: mainDef && main ? info(mainDef) : null,
    metricReason,
    articleDate,
    figures,
    periodNote: periodNote(claim, articleDate, figures.length > 0),
    comparisons,
    noComparison,
    attribution: attributed ? checkAttribution(attributed, figures, comparisons) : null,
    capacity: capacity(claim, main, q, articleDate, opts.claims ?? [], rule?.metric ?? null),
  };
}

function info(m: Metric): MetricInfo {
  return { id: m.id, name: m.name, unit: m.unit, aggregation: m.aggregation, category: m.category, definition: m.definition, countedBy: m.countedBy, caveats: [...m.caveats] };
}

/** One figure per distinct value in a period's group, each citing every source that gives that value. */
function toFigures(refs: FigureRef[], timing: Timing, role: FigureRole, articleDate: string | null, named: Period | null): ContextFigure[] {
  const byValue = new Map<string, FigureRef[]>();
  for (const f of refs) {
    // Sources giving the same value for a period are one figure, however each hedges it.
    const key = `${f.period}|${f.value}`;
    byValue.set(key, [...(byValue.get(key) ?? []), f]);
  }
  const periodsWithValues = new Map<string, Set<number>>();
  for (const f of refs) periodsWithValues.set(f.period, (periodsWithValues.get(f.period) ?? new Set()).add(f.value));
  return [...byValue.values()].map((same) => {
    const f = same[0]!;
    // Within one value, the source a writer could have known leads (primary, then earliest), so the
    // figure's "known" status and its label agree.
    const order = [...same].sort((a, b) => rank(a, articleDate) - rank(b, articleDate) || a.sourceDef.published.localeCompare(b.sourceDef.published));
    const lead = order[0]!;
    const value = fromFigure(lead, [...new Set(order.map((g) => g.source))]);
    const q = lead.qualifier ?? null;
    const hedge = q && q !== 'estimate' && q !== 'peak' ? `${q} ` : '';
    return {
      metric: info(f.metricDef),
      role,
      period: f.period,
      periodText: formatPeriod(f.period),
      value,
      qualifier: q,
      display: `${hedge}${value.text}${f.metricDef.unit.includes('dollar') ? '' : ` ${f.unit}`}${q === 'estimate' ? ' (estimate)' : q === 'peak' ? ' (peak)' : ''}`,
      sources: order.map((g) => ({
        id: g.sourceDef.id,
        title: g.sourceDef.title,
        publisher: g.sourceDef.publisher,
        url: g.sourceDef.url,
        published: g.sourceDef.published,
        primary: g.sourceDef.primary,
        quote: g.quote,
        ...(g.note ? { note: g.note } : {}),
        ...(g.receipt ? { receipt: receiptDetail(g.receipt) } : {}),
      })),
      timing,
      knowable: knowable(lead.sourceDef.published, articleDate),
      timingText: timingText(timing, lead, articleDate, named),
      disagreement: (periodsWithValues.get(f.period)?.size ?? 0) > 1,
      age: ageBefore(f.span.end, articleDate),
    };
  });
}

const KNOW_RANK = { known: 0, around: 1, 'undated-article': 2, later: 3 } as const;
// An advocacy page never leads where another tier gives the value; otherwise the known source leads, best tier first.
const rank = (f: FigureRef, date: string | null) =>
  (f.sourceDef.tier === 'advocacy' ? 100 : 0) + KNOW_RANK[knowable(f.sourceDef.published, date)] * 5 + tierRank(f.sourceDef.tier);

function compare(
  claim: Claim,
  figures: ContextFigure[],
  changeFigures: number[],
  main: string | null,
  comparable: Set<string>,
  q: DatasetQuery,
  articleDate: string | null,
): { comparisons: Comparison[]; noComparison: string | null } {
  if (!main) return { comparisons: [], noComparison: 'no official series fits this claim' };
  if (claim.category === 'goal') return { comparisons: [], noComparison: 'a goal or promise, not a count of what happened; see the capacity math' };
  // "could allow ICE to hold more than 100,000", "aiming to detain upwards of 100,000": capacity to come.
  const lead = claim.sentence.slice(0, Math.max(0, claim.start - claim.sentenceStart));
  // "doubling the workforce from 10,000 to 22,000": the start of a change, with no date of its own.
  const follow = claim.sentence.slice(Math.max(0, claim.end - claim.sentenceStart), claim.end - claim.sentenceStart + 70);
  if (!claim.period && /\bfrom\s*$/i.test(lead) && /^\s*(?:[\w-]+\s+){0,3}?to\s+(?:about |roughly |nearly |around |an estimated |some )?\$?(?:\d|[a-z]+-?\w* (?:thousand|million|billion))/i.test(follow)) {
    return { comparisons: [], noComparison: 'the starting level of a change, with no date of its own; the figures show where it stood' };
  }
  // "with some days exceeding 2,000": the count of a single day, not a daily average.
  if (claim.rate === 'day' && (SOME_DAYS.test(lead.slice(-50).split(/[,;]/).at(-1) ?? '') || /^[^,;.]{0,30}\b(?:on|in) (?:two|three|several|some|one|a single|a few) (?:separate |single )?days?\b/i.test(follow))) {
    return { comparisons: [], noComparison: 'a count on one or a few single days, not a daily average' };
  }
  // "more than double the previous 10,000": where a change started, with no date of its own.
  if (!claim.period && /\b(?:previous|prior|former|earlier|original)\s*$/i.test(lead)) {
    return { comparisons: [], noComparison: 'the starting level of a change, with no date of its own; the figures show where it stood' };
  }
  if (claim.category === 'detention' && PLANNED.test(lead) && !/\bfrom\s*$/i.test(lead)) {
    return { comparisons: [], noComparison: 'a plan or a capacity to come, not a count of what is' };
  }
  if (claim.percent) {
    const [a, b] = changeFigures;
    if (a === undefined || b === undefined) return { comparisons: [], noComparison: 'official figures for both periods of the change are not in the dataset' };
    const now = refOf(q, figures[a]!);
    const before = refOf(q, figures[b]!);
    const c = now && before ? comparePercentChange(claim, now, before, [a, b]) : null;
    return c ? { comparisons: [c], noComparison: null } : { comparisons: [], noComparison: 'the sentence does not say whether the change is up or down' };
  }
  const span = claimSpan(claim.period);
  // "246,287 so far this fiscal year": a count part-way through the year is no yearly total.
  if (span && claim.period?.period?.startsWith('FY') && articleDate && articleDate < span.end && PART_YEAR.test(claim.sentence)) {
    return { comparisons: [], noComparison: 'a count part-way through the fiscal year, not its total' };
  }
  const comparisons: Comparison[] = [];
  let reason: string | null = null;
  figures.forEach((f, i) => {
    if (!comparable.has(f.metric.id) || f.timing === 'latest') return;
    // "including $8 billion to hire", "$38.3 billion out of the $45 billion": a sum well below the law's
    // line it is read as is a part of that line, named by what it is for, not a claim about the whole.
    if (claim.dollars && f.metric.id.startsWith('budget-obbba') && (claim.value ?? claim.high ?? Infinity) < LAW_PART * f.value.value) {
      reason ??= "a part of the law's money, named by what it is for, not the whole sum";
      return;
    }
    // A claim about a named period is weighed only against figures for that period.
    if (span && f.timing !== 'claim-period') {
      reason ??= `no official figure for the period the article names: ${claim.period?.period ? formatPeriod(claim.period.period) : (claim.period?.text ?? 'unknown')}`;
      return;
    }
    const ref = refOf(q, f);
    if (!ref) return;
    const c = compareWithFigure(claim, span, ref, f.value, i);
    if (typeof c === 'string') reason ??= c;
    else {
      // A later figure is never presented as something the writer could have checked.
      const later = f.knowable === 'later' ? ` That figure was published after the article (${formatPublished(f.sources[0]!.published)}).` : '';
      const age = f.age ? ` That figure is from ${f.age}.` : span ? '' : recentAge(ref, articleDate);
      comparisons.push({ ...c, explanation: `${c.explanation}${later}${age}` });
    }
  });
  // A yardstick years older than the article is dropped when a fresh one the writer could have known
  // exists for the same measure (the main series and its related counts); another body's fresher
  // estimate does not replace this body's.
  const figureOf = (c: Comparison) => figures[c.figures[0]!]!;
  const family = (f: ContextFigure) => (f.role === 'other-estimate' ? f.metric.id : '');
  const freshKnown = (f: ContextFigure) => comparisons.some((c) => family(figureOf(c)) === family(f) && !figureOf(c).age && figureOf(c).knowable !== 'later');
  if (comparisons.length) return { comparisons: comparisons.filter((c) => !figureOf(c).age || !freshKnown(figureOf(c))), noComparison: null };
  return { comparisons, noComparison: reason ?? 'no official figure for a comparable period' };
}

/**
 * For a claim about now, set against a count of people held or on the books: how long before the
 * article that count was made, when it is more than two months (such counts can move fast).
 */
function recentAge(ref: FigureRef, articleDate: string | null): string {
  if (!articleDate || ref.metricDef.aggregation !== 'level' || ref.span.end >= articleDate) return '';
  const months = Math.floor((daysBetween(ref.span.end, articleDate) - 1) / 30.44);
  return months >= 2 ? ` That count is from ${months} months before the article.` : '';
}

/** The stored figure behind a card figure (its lead source's record). */
function refOf(q: DatasetQuery, f: ContextFigure): FigureRef | undefined {
  return q.figuresFor(f.metric.id, f.period).find((r) => r.source === f.sources[0]?.id && r.value === f.value.value);
}

function checkAttribution(a: { agency: string; name: string; words: string }, figures: ContextFigure[], comparisons: Comparison[]): AttributionCheck {
  const theirs = (f: ContextFigure) => f.metric.countedBy === a.agency || f.sources.some((s) => s.publisher.includes(a.words));
  const candidates = comparisons.filter((c) => theirs(figures[c.figures[0]!]!));
  // The estimate the writer could have read comes first; a later one only if no earlier one exists.
  const best = candidates.find((c) => figures[c.figures[0]!]!.knowable !== 'later') ?? candidates[0];
  if (!best) {
    const any = figures.findIndex(theirs);
    return { agency: a.agency, words: a.words, figure: any >= 0 ? any : null, matches: null, text: `We carry no ${a.name} figure that can be compared with this claim.` };
  }
  const f = figures[best.figures[0]!]!;
  const matches = best.verdict === 'consistent' || best.verdict === 'in line';
  const text = matches
    ? `The claim matches ${a.name}'s figure for ${f.periodText}: ${f.display}.`
    : `${a.name}'s figure for ${f.periodText} is ${f.display}; the claim is ${best.label}.`;
  return { agency: a.agency, words: a.words, figure: best.figures[0]!, matches, text };
}

function capacity(claim: Claim, main: string | null, q: DatasetQuery, date: string | null, claims: Claim[], ruleMetric: string | null = main) {
  const goal = claim.category === 'goal' ? goalAmount(claim, main === 'arrests-ero-admin' ? 'arrests' : 'removals') : null;
  const lines = claim.category === 'goal' ? (goal ? goalLines(q, goal, date, claims) : []) : claimLines(q, claim, main, date, ruleMetric);
  // A zero in a divisor (a claim of 0 officers, a year with 0 removals) makes no line worth showing.
  return lines.filter((l) => Number.isFinite(l.result.value) && l.inputs.every((i) => Number.isFinite(i.value)));
}

function periodNote(claim: Claim, date: string | null, any: boolean): string {
  if (!any) return 'No official figures for this claim are in the dataset.';
  const named = claim.period ? ` The article names a period: ${claim.period.text}${claim.period.period ? ` (${formatPeriod(claim.period.period)})` : ''}.` : '';
  if (!date) return `The article's date is unknown: the latest available figures are shown.${named}`;
  return `Figures a writer could have known on ${formatDate(date)} are shown as such; anything published later is marked "Since then".${named}`;
}
