/**
 * npm run eval:cards -- [file.jsonl]
 * Scores the cards' verdicts on labelled real prose (default: test/fixtures/real/dev.jsonl). Each
 * paragraph goes through the terminal report's path (lib/report.ts: detector, then buildContext over
 * the bundled dataset, with the paragraph's article date); for every labelled claim that was detected,
 * the card's verdict is compared with the label's expected one.
 *
 * The verdict read is `context.verdict` ({metric, period, relation, ...} or null, issue 12). An engine
 * without that field is read through its first comparison: consistent / in line -> matches,
 * above -> higher, below -> lower, with the compared figure's metric id and period.
 *
 * Printed: verdicts given; wrong verdicts (a verdict where none is right, or the wrong metric, period or
 * relation) as a count and a share of verdicts given; coverage (right verdicts among the labelled claims
 * that deserve one); each wrong verdict; and, for each deserving claim left silent (or not detected) and
 * each wrong verdict, the step that decided it, replayed from the engine's trace (scripts/eval/why.ts),
 * with a tally by reason. It measures: the exit code is 0 whatever the score.
 */
import { resolve } from 'node:path';
import { buildContext } from '../lib/context/index';
import type { ClaimContext, Verdict } from '../lib/context/types';
import { readDataFiles } from '../lib/dataset/node';
import { parseDataset } from '../lib/dataset/parse';
import { createQuery, type DatasetQuery } from '../lib/dataset/query';
import { detectClaims } from '../lib/detect/index';
import type { Claim } from '../lib/detect/types';
import { reportFromText, type Detect, type ReportClaim, type ReportDeps } from '../lib/report';
import { DEFAULT_FILE } from './eval-detector';
import { matchClaims, pct, readLabelled, type ExpectedVerdict, type LabelledParagraph, type LocatedLabel } from './eval/labelled';
import { explainMiss, tally, type Why } from './eval/why';

/** The part of a card's verdict that is scored. */
export interface ScoredVerdict {
  metric: string;
  period: string;
  relation: 'matches' | 'higher' | 'lower';
}

const OLD_RELATION: Record<Verdict, ScoredVerdict['relation']> = {
  consistent: 'matches',
  'in line': 'matches',
  above: 'higher',
  below: 'lower',
};

/** The verdict a card gives: the new `verdict` field when the engine sets it, else the old first comparison. */
export function verdictOf(context: ClaimContext | null): ScoredVerdict | null {
  if (!context) return null;
  if (context.verdict !== undefined) {
    const v = context.verdict;
    return v ? { metric: v.metric, period: v.period, relation: v.relation } : null;
  }
  const first = context.comparisons[0];
  const figure = first ? context.figures[first.figures[0] ?? -1] : undefined;
  if (!first || !figure) return null;
  return { metric: figure.metric.id, period: figure.period, relation: OLD_RELATION[first.verdict] };
}

/** How a card's verdict compares with the label. */
export type Outcome = 'right' | 'right silence' | 'unwanted' | 'silent' | 'wrong metric' | 'wrong period' | 'wrong relation';

/**
 * Whether a verdict's period names the expected one. Besides an exact match and a day within a labelled
 * month, a fiscal year matches
 * ICE's year-end release of it, which runs from Oct. 1 to a day in the year's last two weeks
 * ("2021-10-01/2022-09-24" is FY2022 as ICE's workbook counts it).
 */
export function samePeriod(expected: string, got: string): boolean {
  if (expected === got) return true;
  // A month labelled for a count on a day ("the ATD population by the end of July 2021": 2021-07) is
  // answered by a count taken on a day of that month.
  if (/^\d{4}-\d{2}$/.test(expected) && /^\d{4}-\d{2}-\d{2}$/.test(got) && got.startsWith(`${expected}-`)) return true;
  const fy = /^FY(\d{4})$/.exec(expected);
  const span = /^(\d{4})-10-01\/(\d{4})-09-(\d{2})$/.exec(got);
  return fy !== null && span !== null && Number(span[1]) === Number(fy[1]) - 1 && span[2] === fy[1] && Number(span[3]) >= 17;
}

/** How long before the article a "now" label's official count may be (the backlog's quarterly counts, a yearly workforce). */
const NOW_LABEL_DAYS = 366;

/**
 * Whether a verdict's period answers a "now" label: a stock "now" or "currently" is labelled with the
 * article's date as its day, and the count to compare is the nearest one published on or before it
 * (UNSEEN.md, "Periods"). A figure for a day or month ending on or before the article's date, within a
 * year of it, answers it; which one is nearest is the engine's to find.
 */
export function answersNow(expected: string, got: string, articleDate: string | null): boolean {
  if (!articleDate || expected !== articleDate) return false;
  const day = /^\d{4}-\d{2}-\d{2}$/.test(got) ? got : /^\d{4}-\d{2}$/.test(got) ? `${got}-28` : null;
  if (!day || day > articleDate) return false;
  return (Date.parse(articleDate) - Date.parse(day)) / 86_400_000 <= NOW_LABEL_DAYS;
}

export function judge(expected: ExpectedVerdict | null, got: ScoredVerdict | null, articleDate: string | null = null): Outcome {
  if (!expected) return got ? 'unwanted' : 'right silence';
  if (!got) return 'silent';
  if (got.metric !== expected.metric) return 'wrong metric';
  const periods = Array.isArray(expected.period) ? expected.period : [expected.period];
  if (!periods.some((p) => samePeriod(p, got.period) || answersNow(p, got.period, articleDate))) return 'wrong period';
  return got.relation === expected.relation ? 'right' : 'wrong relation';
}

export interface CardCase {
  id: string;
  label: LocatedLabel;
  got: ScoredVerdict | null;
  outcome: Outcome;
  /** The step that decided, when the scorer can replay the engine (scripts/eval/why.ts). */
  why?: Why;
}

export interface CardScore {
  labels: number;
  /** Labelled claims the detector marked (only these get a card). */
  detected: number;
  /** Labelled claims whose expected verdict is not null. */
  deserving: number;
  deservingDetected: number;
  given: number;
  right: number;
  /** The right verdicts, to compare two runs claim by claim. */
  rights: CardCase[];
  wrong: CardCase[];
  silent: CardCase[];
  /** Labelled claims that deserve a verdict and that the detector did not mark. */
  missed: CardCase[];
  /** Why deserving claims got no verdict (silent and missed), and why verdicts were wrong: [reason, count], most first. */
  silentReasons: [string, number][];
  wrongReasons: [string, number][];
  /** Verdicts on marks that match no label (false hits): each is a verdict where none is right. */
  onFalseHits: { id: string; quote: string; got: ScoredVerdict }[];
  /** Verdicts given and wrong, by the relation the card stated (matches, higher, lower). */
  byRelation: Record<string, { given: number; wrong: number }>;
  /** The same counts by the label's kind of number ("total", "requested", ...; "?" when unlabelled). */
  byKind: Record<string, KindCounts>;
  /**
   * With a dataset: how many deserving claims it holds a figure for (metric and one of the expected
   * periods), a ceiling on coverage, and the expected figures it lacks with the claims that need each.
   */
  reachable: number | null;
  lacking: { metric: string; period: string; claims: string[] }[];
}

export interface KindCounts {
  labels: number;
  deserving: number;
  detected: number;
  given: number;
  right: number;
  wrong: number;
}

export type ContextFor = NonNullable<ReportDeps['contextFor']>;

/** The bundled dataset, read and checked the way the build does. */
export function bundledData(): DatasetQuery {
  return createQuery(parseDataset(readDataFiles(resolve(import.meta.dirname, '../data'))));
}

/** The context engine over a dataset, wired as `npm run annotate` wires it. */
export function contextOver(data: DatasetQuery): ContextFor {
  return (claim: Claim, date: string | null, all: Claim[], url: string | null) => buildContext(claim, { articleDate: date, data, claims: all, page: { url } });
}

/** Replays the engine for one label: why it got no verdict or a wrong one. */
export type Explain = (claim: Claim | null, expected: ExpectedVerdict | null, outcome: Outcome, articleDate: string | null, url: string | null) => Why;

/** The explainer over a dataset (the one the context engine reads). */
export function explainOver(data: DatasetQuery): Explain {
  return (claim, expected, outcome, date, url) => explainMiss(claim, expected, outcome, data, date, url);
}

/** Which deserving labels the dataset holds the expected figure for, and the figures it lacks. */
function reach(paragraphs: LabelledParagraph[], data: Pick<DatasetQuery, 'figuresFor'>): { reachable: number; lacking: CardScore['lacking'] } {
  let reachable = 0;
  const lacking = new Map<string, CardScore['lacking'][number]>();
  for (const p of paragraphs) {
    for (const l of p.claims) {
      if (!l.expect) continue;
      const periods = Array.isArray(l.expect.period) ? l.expect.period : [l.expect.period];
      if (periods.some((period) => data.figuresFor(l.expect!.metric, period).length > 0)) {
        reachable++;
        continue;
      }
      const key = `${l.expect.metric} ${periods[0]}`;
      const entry = lacking.get(key) ?? { metric: l.expect.metric, period: periods.join('|'), claims: [] };
      entry.claims.push(`${p.id}: "${l.quote}"`);
      lacking.set(key, entry);
    }
  }
  return { reachable, lacking: [...lacking.values()].sort((a, b) => a.metric.localeCompare(b.metric) || a.period.localeCompare(b.period)) };
}

/** Runs every paragraph through the report path and scores each labelled, detected claim's verdict. */
export function scoreCards(
  paragraphs: LabelledParagraph[],
  detect: Detect = detectClaims,
  contextFor?: ContextFor,
  data?: Pick<DatasetQuery, 'figuresFor'>,
  explain?: Explain,
): CardScore {
  if (!contextFor) {
    const bundled = bundledData();
    contextFor = contextOver(bundled);
    data ??= bundled;
    explain ??= explainOver(bundled);
  }
  const s: CardScore = {
    labels: 0,
    detected: 0,
    deserving: 0,
    deservingDetected: 0,
    given: 0,
    right: 0,
    rights: [],
    wrong: [],
    silent: [],
    missed: [],
    silentReasons: [],
    wrongReasons: [],
    onFalseHits: [],
    byRelation: {},
    byKind: {},
    reachable: null,
    lacking: [],
  };
  if (data) Object.assign(s, reach(paragraphs, data));
  const kind = (l: LocatedLabel): KindCounts =>
    (s.byKind[l.kind ?? '?'] ??= { labels: 0, deserving: 0, detected: 0, given: 0, right: 0, wrong: 0 });
  for (const p of paragraphs) {
    // The detector's claims, kept to replay the engine: the report's claims are these, in order.
    let claims: Claim[] = [];
    const keep: Detect = (text, options) => (claims = detect(text, options));
    const report = reportFromText({ text: p.text, url: p.url ?? null, date: p.articleDate }, { detect: keep, contextFor });
    const claimOf = new Map(report.claims.map((r, i) => [r, claims[i] ?? null]));
    const why = (label: LocatedLabel, claim: Claim | null, outcome: Outcome) => explain?.(claim, label.expect, outcome, p.articleDate, p.url ?? null);
    const m = matchClaims<ReportClaim>(p.claims, report.claims);
    for (const label of m.missed) if (label.expect) s.missed.push({ id: p.id, label, got: null, outcome: 'silent', why: why(label, null, 'silent') });
    s.labels += p.claims.length;
    s.deserving += p.claims.filter((l) => l.expect !== null).length;
    for (const l of p.claims) {
      kind(l).labels++;
      if (l.expect) kind(l).deserving++;
    }
    for (const { label, claim } of m.pairs) {
      const got = verdictOf(claim.context);
      const outcome = judge(label.expect, got, p.articleDate);
      const k = kind(label);
      s.detected++;
      k.detected++;
      if (label.expect) s.deservingDetected++;
      if (got) {
        s.given++;
        k.given++;
        const r = (s.byRelation[got.relation] ??= { given: 0, wrong: 0 });
        r.given++;
        if (outcome !== 'right') r.wrong++;
      }
      if (outcome === 'right') {
        s.right++;
        k.right++;
        if (got) s.rights.push({ id: p.id, label, got, outcome });
      } else if (outcome === 'silent') s.silent.push({ id: p.id, label, got, outcome, why: why(label, claimOf.get(claim) ?? null, outcome) });
      else if (outcome !== 'right silence') {
        s.wrong.push({ id: p.id, label, got, outcome, why: why(label, claimOf.get(claim) ?? null, outcome) });
        k.wrong++;
      }
    }
    for (const claim of m.falseHits) {
      const got = verdictOf(claim.context);
      if (got) s.onFalseHits.push({ id: p.id, quote: claim.quote, got });
    }
  }
  s.silentReasons = tally([...s.silent, ...s.missed].flatMap((c) => (c.why ? [c.why.reason] : [])));
  s.wrongReasons = tally(s.wrong.flatMap((c) => (c.why ? [c.why.reason] : [])));
  return s;
}

function show(v: ScoredVerdict | ExpectedVerdict | null): string {
  if (!v) return 'no verdict';
  const period = Array.isArray(v.period) ? v.period.join('|') : v.period;
  return `${v.relation} ${v.metric} ${period}`;
}

/** The report for a terminal. */
export function formatCardScore(s: CardScore, title: string): string {
  const lines = [
    `eval:cards · ${title} · ${s.labels} labelled claims, ${s.detected} detected (cards built), ${s.deserving} deserve a verdict (${s.deservingDetected} detected)`,
    `verdicts given  ${s.given}`,
    `wrong verdicts  ${s.wrong.length} (${pct(s.wrong.length, s.given)} of verdicts given)`,
    `coverage        ${pct(s.right, s.deserving)} (${s.right} right of ${s.deserving} that deserve one; ${pct(s.right, s.deservingDetected)} of the ${s.deservingDetected} detected)`,
    `verdicts on unlabelled marks ${s.onFalseHits.length}`,
  ];
  if (s.reachable !== null) lines.push(`dataset holds the expected figure for ${s.reachable} of the ${s.deserving} (${pct(s.reachable, s.deserving)}: a ceiling on coverage)`);
  lines.push('', 'by relation stated: verdicts given, wrong');
  for (const [rel, r] of Object.entries(s.byRelation)) lines.push(`  ${rel.padEnd(10)} ${String(r.given).padStart(4)} ${String(r.wrong).padStart(4)}`);
  lines.push('', 'by kind of number: claims, deserve a verdict, detected, verdicts given, right, wrong');
  for (const [k, c] of Object.entries(s.byKind).sort((a, b) => b[1].labels - a[1].labels)) {
    lines.push(`  ${k.padEnd(18)} ${[c.labels, c.deserving, c.detected, c.given, c.right, c.wrong].map((n) => String(n).padStart(4)).join(' ')}`);
  }
  const because = (c: CardCase) => (c.why ? `\n      ${c.why.reason}: ${c.why.detail}` : '');
  const reasons = (title: string, list: [string, number][], cases: CardCase[]) => {
    if (list.length === 0) return;
    lines.push('', title);
    for (const [r, n] of list) {
      const lacking = cases.filter((c) => c.why?.reason === r && c.why.lacks).length;
      lines.push(`  ${String(n).padStart(4)}  ${r}${lacking && r !== 'data lacks the figure' ? ` (data lacks the figure for ${lacking})` : ''}`);
    }
  };
  reasons(`why deserving claims got no verdict (${s.silent.length} silent + ${s.missed.length} not detected):`, s.silentReasons, [...s.silent, ...s.missed]);
  reasons(`why verdicts were wrong (${s.wrong.length}):`, s.wrongReasons, s.wrong);
  lines.push('', `wrong verdicts (${s.wrong.length}):`);
  for (const w of s.wrong) lines.push(`  ${w.id}: "${w.label.quote}" ${w.outcome}: got ${show(w.got)}, expected ${show(w.label.expect)}${because(w)}`);
  lines.push('', `deserved a verdict, got none (${s.silent.length + s.missed.length}):`);
  for (const w of [...s.silent, ...s.missed]) lines.push(`  ${w.id}: "${w.label.quote}" expected ${show(w.label.expect)}${because(w)}`);
  if (s.lacking.length > 0) {
    lines.push('', `expected figures data/ lacks (${s.lacking.length}):`);
    for (const g of s.lacking) lines.push(`  ${g.metric} ${g.period}: ${g.claims.join('; ')}`);
  }
  lines.push('', `right verdicts (${s.rights.length}):`);
  for (const r of s.rights) lines.push(`  ${r.id}: "${r.label.quote}" ${show(r.got)}`);
  if (s.onFalseHits.length > 0) {
    lines.push('', 'verdicts on unlabelled marks:');
    for (const f of s.onFalseHits) lines.push(`  ${f.id}: "${f.quote}" got ${show(f.got)}`);
  }
  return lines.join('\n');
}

function main(): void {
  const file = process.argv[2] ? resolve(process.argv[2]) : DEFAULT_FILE;
  console.log(formatCardScore(scoreCards(readLabelled(file)), file));
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
