/** The schema of data/world files (test-only: the detector reads them typed, the test validates them). */
import { z } from 'zod';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const TermSchema = z
  .object({ president: z.string().min(1), term: z.number().int().min(1), start: date, end: date.nullable(), source: z.url() })
  .strict()
  .refine((t) => t.end === null || t.end > t.start, 'a term ends after it starts');

/** Presidential terms, oldest first, one after the other without gap or overlap; only the last one open. */
export const PresidenciesSchema = z
  .array(TermSchema)
  .min(1)
  .refine((terms) => terms.every((t, i) => i === 0 || (terms[i - 1]!.end !== null && terms[i - 1]!.end! < t.start)), 'terms follow one another, sorted, each closed before the next')
  .refine((terms) => terms.slice(0, -1).every((t) => t.end !== null), 'only the last term is open');

/** How news prose writes a place, when not by its name alone ("Washington state", "D.C."). */
const written = z.array(z.string().min(1)).min(1).optional();

/** US states, territories and large cities: a number said of one of them is one place's, not the nation's. */
export const UsPlacesSchema = z
  .array(z.object({ name: z.string().min(1), kind: z.enum(['state', 'territory', 'district', 'city', 'metro']), written, source: z.url() }).strict())
  .min(1)
  .refine((ps) => new Set(ps.map((p) => p.name)).size === ps.length, 'each place once')
  .refine((ps) => ps.filter((p) => p.kind === 'state').length === 50, 'all 50 states');

/** Countries people are removed to or come from: a count of one country's nationals is a part of a group. Sorted by name. */
export const CountriesSchema = z
  .array(z.object({ iso: z.string().regex(/^[A-Z]{2}$/), name: z.string().min(1), written, source: z.url() }).strict())
  .min(1)
  .refine((cs) => cs.every((c, i) => i === 0 || cs[i - 1]!.name < c.name), 'sorted by name, each once')
  .refine((cs) => new Set(cs.map((c) => c.iso)).size === cs.length, 'each ISO code once')
  .refine((cs) => cs.every((c) => c.iso !== 'US'), 'the United States is the whole, not one country of origin');

/**
 * Laws that give ICE money, as news prose names them: by name ("the One Big Beautiful Bill Act", "OBBBA",
 * `written`), by a description that may also fit another law ("the reconciliation law", "the tax-and-spending
 * law", `described`), or by when it was signed ("the July law", "the 2025 law", read against the article's date). `money`: 'multi-year' for a law whose money runs over several fiscal years (not one year's budget).
 */
export const LawsSchema = z
  .array(z.object({ name: z.string().min(1), law: z.string().min(1), signed: date, money: z.enum(['multi-year']), written, described: written, source: z.url() }).strict())
  .min(1)
  .refine((ls) => ls.every((l, i) => i === 0 || ls[i - 1]!.signed < l.signed), 'sorted by the day signed, each once');
