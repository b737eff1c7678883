/** Builders for `Num`: every number the engine outputs is made here, so none escapes without provenance. */
import type { FigureRef } from '../dataset/query';
import type { Claim } from '../detect/types';
import { formatCount, formatDollars, formatPercent } from './format';
import type { Num } from './types';

/** Formats a value the way its kind of number is written. */
export type Formatter = (n: number) => string;

/** The formatter for a metric's or claim's unit: dollars for money, counts otherwise. */
export function formatterFor(dollars: boolean): Formatter {
  return dollars ? formatDollars : formatCount;
}

/** A stored figure's value, cited to its sources. */
export function fromFigure(f: FigureRef, sources: string[] = [f.source]): Num {
  const dollars = f.metricDef.unit.includes('dollar');
  return { value: f.value, text: formatterFor(dollars)(f.value), origin: 'dataset', sources };
}

/** A number the article states. */
export function fromArticle(value: number, text: string, quote: string): Num {
  return { value, text, origin: 'article', sources: [], quote };
}

/** The claim's own number as the article writes it; null for claims without a single value. */
export function claimNum(claim: Claim): Num | null {
  if (claim.value === null) return null;
  const text = claim.percent ? formatPercent(claim.value) : formatterFor(claim.dollars)(claim.value);
  return fromArticle(claim.value, text, claim.quote);
}

/** A number computed from others; its sources are the union of theirs. */
export function derive(value: number, text: string, derivation: string, inputs: Num[]): Num {
  const sources = [...new Set(inputs.flatMap((i) => i.sources))];
  return { value, text, origin: 'derived', sources, derivation, inputs };
}

/**
 * Checks one number's provenance: dataset numbers name sources; article numbers quote the article;
 * derived numbers have a derivation and inputs that all pass. Returns the problems found.
 */
export function provenanceProblems(n: Num, path = 'num'): string[] {
  if (!Number.isFinite(n.value)) return [`${path}: not a finite number`];
  if (!n.text) return [`${path}: no text`];
  switch (n.origin) {
    case 'dataset':
      return n.sources.length ? [] : [`${path}: dataset number without sources`];
    case 'article':
      return n.quote ? [] : [`${path}: article number without its words`];
    case 'derived': {
      if (!n.derivation || !n.inputs?.length) return [`${path}: derived number without derivation or inputs`];
      const own = [...new Set(n.inputs.flatMap((i) => i.sources))].sort().join();
      const problems = n.inputs.flatMap((i, k) => provenanceProblems(i, `${path}.inputs[${k}]`));
      if ([...n.sources].sort().join() !== own) problems.push(`${path}: sources are not the union of its inputs' sources`);
      return problems;
    }
  }
}
