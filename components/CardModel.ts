/**
 * What a card shows, worked out from a claim and its context before anything is drawn: the first
 * line, the three lines under it, and what waits behind "More". Pure, so it is tested without a page.
 */
import { carrier } from '../lib/context/label';
import type { CapacityLine, ClaimContext, ContextFigure, SourceCitation } from '../lib/context/types';
import type { Claim } from '../lib/detect/types';
import { claimAsRead, relativeTo, sentence, splitFirstSentence } from '../lib/format';

/** How the claim stands against the official figure; colours the first line. */
export type CardTone = 'matches' | 'higher' | 'lower' | 'none';

export interface OfficialLine {
  /**
   * Whose figure it is: "Official" only for the counter's own page, oversight or a law; else "Pew Research
   * Center's estimate", "ICE's figure, as reported by Reuters" (the engine's label, lib/context/label.ts).
   */
  label: string;
  /** Whether the label already names the source's publisher as the carrier; the source line then shows its title alone. */
  carrierNamed: boolean;
  /** "267,258 removals" */
  figure: string;
  /** "FY2019 (Oct. 2018 to Sept. 2019)" */
  period: string;
  source: SourceCitation | null;
  /** Where in the source the figure is (its receipt), when the dataset records one. */
  receipt: string | null;
  /** "Since then" and the like, when the writer could not have known the figure. */
  timing: string | null;
}

export interface CardModel {
  /** One sentence: the verdict, or what the claim is when there is none. */
  headline: string;
  tone: CardTone;
  /** The claim as the detector read it: "about 7,000 deportations a month, in fiscal 2018". */
  asRead: string;
  official: OfficialLine | null;
  /** One line of what the official figure counts. */
  counted: string | null;
  /** Behind "More": why the verdict is what it is (the comparison's sentence, the period, the date). */
  why: string[];
  /** Behind "More": the other figures. */
  moreFigures: ContextFigure[];
  /** Behind "More": capacity math (empty when the reader turned it off). */
  math: CapacityLine[];
  /** Behind "More": the metric's full definition and caveats. */
  caveats: string[];
}

const TONE_BY_VERDICT: Record<string, CardTone> = { consistent: 'matches', 'in line': 'matches', above: 'higher', below: 'lower' };

/** Where in its file the figure sits, when it was read from an agency's file (lib/dataset/receipt.ts). */
function receiptOf(source: SourceCitation | undefined): string | null {
  return source?.receipt?.trim() || null;
}

/** The figure the first lines show: the verdict's, else the first main figure a writer could know, else the first. */
function mainFigure(ctx: ClaimContext): ContextFigure | null {
  const v = ctx.verdict;
  if (v) {
    const hit = ctx.figures.find((f) => f.metric.id === v.metric && f.period === v.period && f.sources.some((s) => s.id === v.source));
    if (hit) return hit;
  }
  const compared = ctx.comparisons[0]?.figures[0];
  if (compared !== undefined && ctx.figures[compared]) return ctx.figures[compared]!;
  return ctx.figures.find((f) => f.role === 'main' && f.knowable !== 'later') ?? ctx.figures[0] ?? null;
}

/** The first line when the engine has not written one: the comparison's label, or why there is none. */
function fallbackHeadline(ctx: ClaimContext): string {
  const c = ctx.comparisons[0];
  // Above or below: how far, as a news desk writes it ("2.4 times", "11.9% below"), never "by 1778.5%".
  if (c && (c.verdict === 'above' || c.verdict === 'below') && c.differenceUnit === 'percent')
    return sentence(`The claim is ${relativeTo(c.claimed.value, c.official.value)} the official figure`);
  if (c) return sentence(c.label);
  if (ctx.noComparison) return sentence(`Not compared: ${ctx.noComparison}`);
  if (!ctx.metric) return sentence(`No official series: ${ctx.metricReason}`);
  if (ctx.figures.length) return sentence(`Official figures for ${ctx.metric.name}`);
  return 'No official figure in our dataset fits this claim.';
}

function tone(ctx: ClaimContext): CardTone {
  if (ctx.verdict) return ctx.verdict.relation;
  if (ctx.verdict === null) return 'none';
  return TONE_BY_VERDICT[ctx.comparisons[0]?.verdict ?? ''] ?? 'none';
}

/** The card's content for a claim and its context; `showMath` is the reader's setting. */
export function cardModel(claim: Claim, ctx: ClaimContext, showMath: boolean): CardModel {
  const main = mainFigure(ctx);
  const source = main?.sources[0];
  // The first line is one sentence; anything the engine wrote after it opens with "Why".
  const [first, afterFirst] = splitFirstSentence(ctx.headline ?? '');
  const why = [
    ...(afterFirst ? [sentence(afterFirst)] : []),
    ...ctx.comparisons.map((c) => c.explanation),
    ...(ctx.attribution ? [ctx.attribution.text] : []),
    ...(ctx.periodNote ? [ctx.periodNote] : []),
    ctx.articleDate ? `Figures chosen for the article's date, ${ctx.articleDate}.` : "The article's date is unknown: latest figures shown.",
  ].filter((line) => line.trim() !== '');
  const caveats = ctx.metric ? [`${ctx.metric.definition} Counted by ${ctx.metric.countedBy}.`, ...ctx.metric.caveats] : [];
  return {
    headline: first ? sentence(first) : fallbackHeadline(ctx),
    tone: tone(ctx),
    asRead: claimAsRead(claim),
    official: main
      ? {
          label: main.label,
          carrierNamed: !!source && main.label.endsWith(` ${carrier(source.publisher)}`),
          figure: main.display,
          period: main.periodText,
          source: source ?? null,
          receipt: receiptOf(source),
          timing: main.knowable === 'later' || main.age ? (main.timingText || main.age) : null,
        }
      : null,
    counted: ctx.metric ? ctx.metric.definition : null,
    why,
    moreFigures: ctx.figures.filter((f) => f !== main),
    math: showMath ? ctx.capacity : [],
    caveats,
  };
}
