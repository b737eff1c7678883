/**
 * Facts of the world the detector reads, from data/world (validated by lib/detect/world-schema.ts in
 * test/unit/detect/world.test.ts): presidential terms, for "since Trump took office", "Biden's final
 * year", "the first 100 days"; US places, for a number that is one place's; countries, for a count of
 * one country's nationals.
 */
import presidencies from '../../data/world/presidencies.json';
import usPlaces from '../../data/world/us-places.json';
import countries from '../../data/world/countries.json';

/** How prose writes each US state, territory and large city ("Texas", "Washington state", "D.C."). */
export const US_PLACE_NAMES: readonly string[] = usPlaces.flatMap((p) => ('written' in p && p.written ? p.written : [p.name]));

/** How prose writes each country of origin ("Mexico", "El Salvador"). */
export const COUNTRY_NAMES: readonly string[] = countries.flatMap((c) => ('written' in c && c.written ? c.written : [c.name]));

export interface Term {
  president: string;
  term: number;
  /** First and last day in office (YYYY-MM-DD); end null while in office. */
  start: string;
  end: string | null;
}

export interface Ymd {
  y: number;
  m: number; // 1-12
  d: number;
}

function ymd(iso: string): Ymd {
  const [y, m, d] = iso.split('-').map(Number);
  return { y: y!, m: m!, d: d! };
}

export const TERMS: readonly Term[] = presidencies;

/** The first inauguration day of a president's given term (1 = first), or null. */
export function inaugurationOf(president: string, term = 1): Ymd | null {
  const t = TERMS.find((x) => x.president.toLowerCase() === president.toLowerCase() && x.term === term);
  return t ? ymd(t.start) : null;
}

/** The last day in office of a president's term: the latest finished one, or the given one. */
export function termEndOf(president: string, term?: number): Ymd | null {
  const done = TERMS.filter((x) => x.president.toLowerCase() === president.toLowerCase() && x.end !== null && (term === undefined || x.term === term));
  const t = done[done.length - 1];
  return t?.end ? ymd(t.end) : null;
}
