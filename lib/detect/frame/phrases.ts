/**
 * Word lists (./words.ts) compiled into matchers, once per list. The only place the frame turns
 * vocabulary into regular expressions, so the lists stay plain words.
 */

const cache = new WeakMap<readonly string[], { lower: RegExp | null; names: RegExp | null }>();

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One entry as a pattern: `*` lets the last word go on, `'` matches either apostrophe. */
function entry(phrase: string): string {
  const star = phrase.endsWith('*');
  const body = escape(star ? phrase.slice(0, -1) : phrase)
    .replace(/'/g, "['’]")
    .replace(/ /g, '\\s+');
  const start = /^\w/.test(phrase) ? '\\b' : '';
  const end = star ? '[\\w-]*' : /\w$/.test(phrase) ? '\\b' : '';
  return `${start}${body}${end}`;
}

function compile(list: readonly string[]) {
  let c = cache.get(list);
  if (!c) {
    // Names (a capital first letter) are matched as written: "ICE" is not "ice", "Operation" is not "operation".
    const names = list.filter((w) => /^[A-Z]/.test(w));
    const lower = list.filter((w) => !/^[A-Z]/.test(w));
    // Longest first, so "Pew Research Center" wins over "Pew".
    const re = (ws: string[], flags: string) => (ws.length ? new RegExp([...ws].sort((a, b) => b.length - a.length).map(entry).join('|'), flags) : null);
    c = { lower: re(lower, 'gi'), names: re(names, 'g') };
    cache.set(list, c);
  }
  return c;
}

/** A phrase of `list` found in a text, with its offset. */
export interface Found {
  index: number;
  text: string;
}

/** Every phrase of `list` in `text`, in order of position. */
export function findAll(list: readonly string[], text: string): Found[] {
  const { lower, names } = compile(list);
  const out: Found[] = [];
  for (const re of [lower, names]) {
    if (!re) continue;
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) out.push({ index: m.index, text: m[0] });
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Whether `text` has a phrase of `list` (stops at the first match: most calls ask only this). */
export function has(list: readonly string[], text: string): boolean {
  const { lower, names } = compile(list);
  for (const re of [lower, names]) {
    if (!re) continue;
    re.lastIndex = 0;
    if (re.test(text)) return true;
  }
  return false;
}

/** The first phrase of `list` in `text`, or null (one match per pattern, not all of them). */
export function first(list: readonly string[], text: string): Found | null {
  const { lower, names } = compile(list);
  let best: Found | null = null;
  for (const re of [lower, names]) {
    if (!re) continue;
    re.lastIndex = 0;
    const m = re.exec(text);
    if (m && (best === null || m.index < best.index)) best = { index: m.index, text: m[0] };
  }
  return best;
}

/** The last phrase of `list` in `text`, or null. */
export function last(list: readonly string[], text: string): Found | null {
  return findAll(list, text).at(-1) ?? null;
}

/** Whether `text` ends with a phrase of `list` (only spaces after it). */
export function endsWith(list: readonly string[], text: string): boolean {
  const l = last(list, text);
  return !!l && /^\s*$/.test(text.slice(l.index + l.text.length));
}

/** Whether `text` starts with a phrase of `list` (only spaces before it). */
export function startsWith(list: readonly string[], text: string): boolean {
  const f = first(list, text);
  return !!f && /^\s*$/.test(text.slice(0, f.index));
}
