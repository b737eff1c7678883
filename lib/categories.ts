/** The claim categories, defined once. Zod-free so the content script can import them cheaply. */
export const CATEGORIES = [
  'removals',
  'arrests',
  'detention',
  'personnel',
  'budget',
  'population',
  'courts',
  'border',
  'atd',
  'goal',
] as const;
export type Category = (typeof CATEGORIES)[number];
