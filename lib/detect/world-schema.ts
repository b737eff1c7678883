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
