/**
 * Facts of the world the detector reads, from data/world (validated by lib/detect/world-schema.ts in
 * test/unit/detect/world.test.ts): presidential terms, for "since Trump took office", "Biden's final
 * year", "the first 100 days"; US places, for a number that is one place's; countries, for a count of
 * one country's nationals; laws with multi-year money, for "the reconciliation law", "the July law".
 */
import presidencies from '../../data/world/presidencies.json';
import usPlaces from '../../data/world/us-places.json';
import countries from '../../data/world/countries.json';
import laws from '../../data/world/laws.json';

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

/** A law that gives ICE money, by its name and the day it was signed. */
export interface Law {
  name: string;
  law: string;
  /** The day signed (YYYY-MM-DD). */
  signed: string;
  money: 'multi-year';
}

export const LAWS: readonly Law[] = laws.map((l) => ({ name: l.name, law: l.law, signed: l.signed, money: l.money as Law['money'] }));

/** How prose names each law with multi-year money by its own name ("the One Big Beautiful Bill Act", "OBBBA"). */
export const MULTI_YEAR_LAW_PROPER_NAMES: readonly string[] = laws.filter((l) => l.money === 'multi-year').flatMap((l) => [l.name, ...('written' in l && l.written ? l.written : [])]);
/** …and by its names with the descriptions that may also fit another law ("the reconciliation law", "the tax-and-spending law"). */
export const MULTI_YEAR_LAW_NAMES: readonly string[] = [...MULTI_YEAR_LAW_PROPER_NAMES, ...laws.filter((l) => l.money === 'multi-year').flatMap((l) => ('described' in l && l.described ? l.described : []))];

/**
 * The law with multi-year money signed in the month (1-12, or null) and year (or null) a text names it by
 * ("the July law", "the 2025 law", "the law signed in July"), read against the article's date: with no year,
 * the latest such month on or before the article's date, at most a year back; never a law signed after the
 * article. Null when none, or with neither a year nor an article date.
 */
export function multiYearLawSigned(month: number | null, year: number | null, articleDate: string | null): Law | null {
  if (month === null && year === null) return null;
  const found = LAWS.filter((l) => {
    const s = ymd(l.signed);
    if (l.money !== 'multi-year' || (month !== null && s.m !== month) || (year !== null && s.y !== year)) return false;
    if (articleDate === null) return year !== null;
    if (l.signed > articleDate) return false;
    if (year !== null) return true;
    const a = ymd(articleDate);
    return (a.y - s.y) * 12 + (a.m - s.m) < 12;
  });
  return found.at(-1) ?? null;
}
