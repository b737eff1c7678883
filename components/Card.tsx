import type { ComponentChildren } from 'preact';
import type { Claim } from '../lib/detect/types';

export const CATEGORY_LABELS: Record<Claim['category'], string> = {
  removals: 'Removals',
  arrests: 'Arrests',
  detention: 'Detention',
  personnel: 'Personnel',
  budget: 'Budget and cost',
  population: 'Unauthorized population',
  courts: 'Immigration courts',
  border: 'Border',
  atd: 'Alternatives to detention',
  goal: 'Goal or promise',
};

const RATE_WORDS: Record<NonNullable<Claim['rate']>, string> = { day: 'a day', week: 'a week', month: 'a month', year: 'a year' };
const number = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** The claim's quantity in plain words: "about 7,000 a month", "between 3,000 and 4,000". */
export function describeQuantity(claim: Claim): string {
  const fmt = (n: number) => (claim.dollars ? '$' : '') + number.format(n) + (claim.percent ? ' percent' : '');
  let q: string;
  if (claim.value !== null) q = `${claim.qualifier && claim.qualifier !== 'exact' ? claim.qualifier + ' ' : ''}${fmt(claim.value)}`;
  else if (claim.low !== null && claim.high !== null) q = `between ${fmt(claim.low)} and ${fmt(claim.high)}`;
  else q = `“${claim.quote}” (a magnitude, not a count)`;
  if (claim.rate) q += ` ${RATE_WORDS[claim.rate]}`;
  return q;
}

export interface CardProps {
  claim: Claim;
  /** The article's date the context was chosen by, YYYY-MM-DD, or null when unknown. */
  articleDate: string | null;
  /** The official context, rendered by the caller's view (kept apart so the card stays small). */
  children?: ComponentChildren;
  /** Heading id, for the dialog's accessible name. */
  titleId: string;
  onClose: () => void;
}

/** The card shown next to a claim: what it says, then the official context. */
export function Card({ claim, articleDate, children, titleId, onClose }: CardProps) {
  return (
    <div class="card" data-component="Card" role="dialog" aria-modal="false" aria-labelledby={titleId} tabIndex={-1}>
      <header class="card-head">
        <h2 id={titleId} class="card-title">
          ICE Context: {CATEGORY_LABELS[claim.category].toLowerCase()} claim
        </h2>
        <button type="button" class="close" aria-label="Close" onClick={onClose}>
          ×
        </button>
      </header>
      <section class="claim" aria-label="What the claim says">
        <p class="says">
          <span class="label">The article says</span> <q>{claim.quote}</q>
          {claim.unit ? ` ${claim.unit}` : ''}
        </p>
        <p class="parsed">
          Read as {describeQuantity(claim)}
          {claim.period?.text ? `, ${claim.period.text}` : ''}.
        </p>
      </section>
      {children}
      <footer class="card-foot">
        {articleDate ? `Figures chosen for the article's date, ${articleDate}.` : "The article's date is unknown: latest figures shown."}
      </footer>
    </div>
  );
}
