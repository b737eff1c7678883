/** Category names for readers, shared by the card, the popup and the options page. */
import type { Category } from '../lib/categories';

export const CATEGORY_LABELS: Record<Category, string> = {
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
