/** The English pack: default names of what each category counts. Vocabulary only, no logic (see ./index.ts). */
import type { Category } from '../../types';

export const DEFAULT_UNIT: Record<Category, string> = {
  removals: 'removals',
  arrests: 'arrests',
  detention: 'people in detention',
  personnel: 'officers',
  budget: 'dollars',
  population: 'unauthorized immigrants',
  courts: 'pending cases',
  border: 'border encounters',
  atd: 'ATD participants',
  goal: 'deportations',
};
