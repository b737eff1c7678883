/**
 * Whose figure a card, the popup and the terminal report show (issue 12, "Names that tell the truth"):
 * "Official" only for a page of the body that counts, of oversight (CRS, GAO, an inspector general) or the
 * text of a law; a research body's estimate is named as such; any other page is the carrier of someone
 * else's figure and is named as the carrier.
 */
import type { FigureCounter, Metric, SourceTier } from '../dataset/schema';

/** What the label is worked out from: who counted the figure and which page states it. */
export interface FigureWho {
  /** Who counted the figure: its metric's counting body (`countedBy` in data/metrics), or the figure's own `countedBy` where another body counted it. */
  countedBy: FigureCounter;
  /** The reviewed tier of the page that states the figure. */
  tier: SourceTier;
  /** The page's publisher, named when it carries another body's figure. */
  publisher: string;
  /** The page is a research body's own estimate (`ownEstimate` in data/sources). */
  ownEstimate?: boolean;
}

/** Who counted a figure: its own `countedBy` where another body counted it, else its metric's counter. */
export function counterOf(f: { countedBy?: FigureCounter }, metric: { countedBy: Metric['countedBy'] }): FigureCounter {
  return f.countedBy ?? metric.countedBy;
}

/** Counting bodies as a label names them, at the start of a line. */
export const COUNTERS: Record<FigureCounter, string> = {
  ICE: 'ICE',
  DHS: 'DHS',
  CBP: 'CBP',
  EOIR: 'The immigration courts',
  Congress: 'Congress',
  Pew: 'Pew Research Center',
  MPI: 'Migration Policy Institute',
  CMS: 'Center for Migration Studies',
  TRAC: 'TRAC',
  GAO: 'GAO',
  news: 'A news organisation',
};

/** Counters whose figures are research estimates: never "Official", whoever carries them. */
const RESEARCH_COUNTERS: ReadonlySet<FigureCounter> = new Set(['Pew', 'MPI', 'CMS', 'TRAC']);

/** How a page that is not the counter passes the figure on, by the page's tier. */
const CARRIED: Record<SourceTier, string> = {
  agency: 'as cited by',
  oversight: 'as cited by',
  research: 'as compiled by',
  news: 'as reported by',
  advocacy: 'as cited by',
};

export const possessive = (name: string) => (/s$/.test(name) ? `${name}'` : `${name}'s`);

/** The carrier as a label names it: the publisher without the dataset's note on where the page was read ("(via …)", "(copy on …)"). */
export const carrier = (publisher: string) => publisher.replace(/\s*\([^()]*\)$/, '') || publisher;

/**
 * The figure's label: "Official" (the counter's own page, oversight or a law), "Pew Research Center's
 * estimate" (a research body's own estimate), "ICE's figure, as reported by Reuters" (a news page),
 * "ICE's figure, as compiled by TRAC" (a research page), "ICE's figure, as cited by <group>" (advocacy).
 */
export function figureLabel(who: FigureWho): string {
  return whose(who) ?? 'Official';
}

/** Whose figure it is when that is not simply the counter's own ("Official"): the estimate or the carrier named. */
export function whose(who: FigureWho): string | null {
  const counter = COUNTERS[who.countedBy];
  if (RESEARCH_COUNTERS.has(who.countedBy)) {
    const estimate = `${possessive(counter)} estimate`;
    // Its own page (flagged, or published under its own name) states its own estimate; any other page carries it.
    const own = who.ownEstimate || carrier(who.publisher) === counter;
    return own ? estimate : `${estimate}, ${CARRIED[who.tier]} ${carrier(who.publisher)}`;
  }
  if (who.tier === 'agency' || who.tier === 'oversight') return null;
  return `${possessive(counter)} figure, ${CARRIED[who.tier]} ${carrier(who.publisher)}`;
}
