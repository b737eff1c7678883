/** The unit of a claim: what is counted, in a few words of the sentence ("deportations from the interior"). */
import type { Category } from './types';
import type { Quantity } from './quantities';
import type { Window } from './categories';
import { DEFAULT_UNIT } from './lang/en/units';

/** Counted nouns that say only "people": the category says more ("removals", "people in detention"). */
const GENERIC = /^(?:people|persons|individuals|immigrants|noncitizens|migrants|aliens|foreigners|others)$/i;

/** What a cue verb or phrase counts, for numbers whose own noun says only "people". */
const CUE_UNITS: [RegExp, string, Category[]][] = [
  [/^employ/i, 'employees', ['personnel']],
  [/^deport|^remov|^expel/i, 'deportations', ['removals', 'goal']],
  [/^arrest|^into custody|^picked up/i, 'arrests', ['arrests', 'goal']],
  [/^detain|^held|^hold|^custody|^in custody/i, 'people in detention', ['detention']],
  [/^encounter/i, 'encounters', ['border']],
  [/^apprehen/i, 'apprehensions', ['border', 'arrests']],
  [/^monitor|^supervis/i, 'people monitored', ['atd']],
  [/^enroll/i, 'people enrolled', ['atd']],
  [/final orders?|removal orders?|orders? of removal/i, 'people with final removal orders', ['courts']],
  [/judges?/i, 'immigration judges', ['courts']],
];

function unitFromCues(cues: string[], category: Category): string {
  for (const cue of cues) {
    for (const [re, unit, categories] of CUE_UNITS) if (categories.includes(category) && re.test(cue)) return unit;
  }
  return DEFAULT_UNIT[category];
}

const BUDGET_FOR = /^\s+(?:in \w+ )?(for|on|to)\s+((?:(?!(?:in|over|during|by|according|and|from|under|a|per|since|last|this|next|so|to)\b)[\w'’-]+\s?){1,3})/i;

/** "dollars for detention", "dollars on detention", else "dollars". */
function budgetUnit(sentence: string, q: Quantity): string {
  const m = BUDGET_FOR.exec(sentence.slice(q.end, q.end + 60));
  if (!m || /^(?:a|an|the|each|every|one)$/i.test((m[2] ?? '').trim().split(/\s+/)[0] ?? '')) return 'dollars';
  return `dollars ${(m[1] ?? '').toLowerCase()} ${(m[2] ?? '').trim()}`;
}

/** "slashed the judicial workforce by 25%": what a verb of change before the percent changed. */
const CHANGED_BEFORE =
  /\b(?:cut|cuts|slashed|slashing|reduced|reducing|shrank|shrunk|trimmed|grew|grown|increased|boosted|expanded|raised|lowered|decreased|doubled)\s+(?:the\s+|its\s+|their\s+|his\s+)?(?:number of\s+|size of (?:the\s+)?)?((?:[\w’'-]+\s){0,3}?[\w’'-]+)\s+by\s+(?:about |roughly |nearly |almost |more than |over |some )?$/i;

function changedBefore(sentence: string, q: Quantity): string | null {
  const m = CHANGED_BEFORE.exec(sentence.slice(Math.max(0, q.start - 80), q.start));
  if (!m?.[1]) return null;
  const what = m[1].trim();
  return /judge|judicial|\bbench\b/i.test(what) ? 'immigration judges' : what;
}

/** What the claim counts: its own noun phrase, else what its cue words count, else the category's default. */
export function unitOf(sentence: string, q: Quantity, w: Window, category: Category, cues: string[]): string {
  const phrase = sentence
    .slice(w.phraseStart, w.phraseEnd)
    .replace(/[’']s$/, '')
    .replace(/[\s"“”‘’',.;:!?]+$/, '')
    .trim();
  const generic = GENERIC.test(phrase) && category !== 'population';
  if (category === 'budget') return q.percent ? 'percent change in budget' : budgetUnit(sentence, q);
  const fallback = unitFromCues(cues, category);
  const base = phrase && !generic && !/^(?:the|a|an)$/i.test(phrase) ? phrase : fallback;
  // "a 30 percent increase in arrests": the phrase names the change, not what changed.
  const change = /^(?:increase|decrease|rise|drop|jump|decline|gain|growth|cut|reduction|surge|spike|hike|uptick|fall|plunge|boost|higher|lower|more|fewer|less)s?\b/i.test(phrase);
  if (q.percent) return `percent change in ${generic || !phrase || change ? (changedBefore(sentence, q) ?? fallback) : phrase}`;
  return base; // a phrase after a number starts with a capital only when it is a name ("Border Patrol agents")
}

