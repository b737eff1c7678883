/** A claim as the card reads it back: "about 7,000 deportations a month, in fiscal 2018". */
import type { Claim } from '../detect/types';
import { formatCount, formatDollars, formatPercent } from './number';
import { magnitudeOf, midSentence, withUnit } from './words';

const RATE_WORDS: Record<NonNullable<Claim['rate']>, string> = { day: 'a day', week: 'a week', month: 'a month', year: 'a year' };

type Quantity = Pick<Claim, 'value' | 'low' | 'high' | 'magnitude' | 'qualifier' | 'unit' | 'percent' | 'dollars' | 'rate' | 'quote'> & {
  period?: Pick<NonNullable<Claim['period']>, 'text'> | null;
};

/** A claim's number the way its kind is written: $100 billion, 19.5%, 7,000. */
export function claimAmount(claim: Pick<Claim, 'percent' | 'dollars'>, n: number): string {
  if (claim.percent) return formatPercent(n);
  return claim.dollars ? formatDollars(n) : formatCount(n);
}

/**
 * The claim's quantity in plain words, its unit once, with its rate and period:
 * "about 7,000 deportations a month, in fiscal 2018", "$100 billion for detention",
 * "between 3,000 and 4,000 arrests", "billions of dollars", "a 19.5% change in arrests".
 */
export function claimAsRead(claim: Quantity): string {
  const unit = claim.unit ?? null;
  let q: string;
  if (claim.value !== null) {
    const hedge = claim.qualifier && claim.qualifier !== 'exact' ? `${claim.qualifier} ` : '';
    q = hedge + withUnit(claimAmount(claim, claim.value), unit);
  } else if (claim.low !== null && claim.high !== null) {
    q = `between ${claimAmount(claim, claim.low)} and ${withUnit(claimAmount(claim, claim.high), unit)}`;
  } else if (claim.magnitude !== null) {
    q = magnitudeOf(claim.magnitude, claim.dollars && !/^dollars\b/i.test(unit ?? '') ? 'dollars' : unit);
  } else {
    q = `“${claim.quote}”`;
  }
  if (claim.rate) q += ` ${RATE_WORDS[claim.rate]}`;
  const period = claim.period?.text.trim();
  if (period) q += `, ${midSentence(period)}`;
  return q;
}
