/**
 * Time periods stated in a sentence ("in fiscal 2018", "last year", "from October to December",
 * "since Sept. 24"), resolved against the article's date into the dataset's period notation.
 */
import type { ClaimPeriod } from './types';
import { MONTH, MONTHS, SMALL, WEEKDAYS } from './lang/en/time';
import { TERMS, inaugurationOf, termEndOf, type Ymd } from './world';

const ymdOf = (iso: string): Ymd => parseDate(iso)!;

/** A period expression found in a sentence, with its offsets in that sentence. */
export interface FoundPeriod {
  start: number;
  end: number;
  period: ClaimPeriod;
  /** The base of a comparison ("down 7 percent from the same period in 2017"), not the claim's own time. */
  comparison: boolean;
  /** The relative clause the period sits in ("a lawyer who has represented detainees since 2014"), if any:
   * it dates only the numbers inside that clause. */
  clause?: [number, number];
}

const BOUNDARY = /[,;:()“”"—–]/;
const RELATIVE = /\b(?:who|whom|whose|which)\b/gi;

/** The relative clause around [start, end): from its pronoun, after the last clause boundary, to the next boundary. */
function relativeClause(sentence: string, start: number, end: number): [number, number] | undefined {
  let from = start;
  while (from > 0 && !BOUNDARY.test(sentence[from - 1]!)) from--;
  RELATIVE.lastIndex = 0;
  let at = -1;
  const before = sentence.slice(from, start);
  for (let m = RELATIVE.exec(before); m !== null; m = RELATIVE.exec(before)) at = from + m.index;
  if (at < 0) return undefined;
  let to = end;
  while (to < sentence.length && !BOUNDARY.test(sentence[to]!)) to++;
  return [at, to];
}

/** The aside between two dashes around [start, end) ("— under $6 billion in 2015 —"): it dates only what is inside. */
function asideAround(sentence: string, start: number, end: number): [number, number] | undefined {
  const open = Math.max(sentence.lastIndexOf('—', start), sentence.lastIndexOf(' – ', start));
  if (open < 0) return undefined;
  const close = sentence.slice(end).search(/—| – /);
  if (close < 0) return undefined;
  // Only a pair: no dash between the opening one and the period.
  if (/—| – /.test(sentence.slice(open + 1, start))) return undefined;
  return [open, end + close + 1];
}

const QUARTER = 'first|second|third|fourth';

const DAY_END = `(?:${MONTH} \\d{1,2}|(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)|today|now)`;

/** "the first 100 days of the Trump administration", "Trump's first six months": counted from an inauguration. */
const FIRST_SPAN =
  /\b(?:(?:in|during|over|for|within) )?(?:((?:the |his |its )?(?:(?:President |Mr\. |Donald )?(?:Trump|Biden)['’]s|the administration['’]s|his|the) )(?:(?:new|second|current) )?)?first (?:full )?(?:(\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|hundred|one hundred) (days|weeks|months)|()(year))\b((?: (?:of|in|since|after|back in) (?:the |his |its |(?:President |Mr\. |Donald )?(?:Trump|Biden)['’]s )?(?:[\w’'.-]+ ){0,3}?(?:administration|term|presidency|office|White House))?)/gi;
/** "the final stretch of the Biden administration", "Biden's final year in office": the end of a named term. */
const TERM_END =
  /\b(?:(?:in|during|over) )?(?:the |his )?(?:(?:President |Mr\. |Joe |Barack |Donald )?(Biden|Obama|Trump)['’]s )?(?:final|closing|waning) (?:full )?(stretch|year|months|weeks|days)\b(?: (?:of|in) (?:the |his )?(?:(?:President |Mr\. |Joe |Barack |Donald )?(Biden|Obama|Trump)['’]?s? )?(?:first )?(?:administration|term|presidency|time in office|office))?(?: in office)?/gi;
const TERM_END_LAST =
  /\b(?:(?:in|during|over) )?(?:the |his )?(?:(?:President |Mr\. |Joe |Barack |Donald )?(Biden|Obama|Trump)['’]s )?last (?:full )?(stretch|year|months)\b(?: (?:of|in) (?:the |his )?(?:(?:President |Mr\. |Joe |Barack |Donald )?(Biden|Obama|Trump)['’]?s? )?(?:first )?(?:administration|term|presidency|time in office|office))?(?: in office)?/gi;
/** "since Trump took office", "since the inauguration": from the latest inauguration to the article's date. */
const SINCE_TERM =
  /\bsince (?:(?:President |Mr\. |Donald )?(Trump|Biden|he|the president) (?:took office|returned to (?:office|power|the White House)|was (?:inaugurated|sworn in)|(?:began|started) his (?:second )?term)|(?:the|his|Trump['’]s|Biden['’]s) (?:second )?inauguration|returning to (?:office|the White House|power))\b/gi;
/**
 * [pattern, kind, a word the pattern cannot match without]: the word is looked up in the lower-cased
 * sentence first, so most patterns are never run (nor compiled) on most sentences. Null: always run.
 */
const PATTERNS: [RegExp, Kind, string | null][] = [
  // A count on one day named by the end or start of a span: "at the end of December 2020", "at the end of
  // FY2023's second quarter", "at the start of this year". Before the spans they name, which they override.
  [new RegExp(`\\b(?:at|by|as of|through) the end of (?:the )?(${QUARTER}) quarter of (?:fiscal (?:year )?|FY ?)(\\d{4})\\b`, 'gi'), 'quarterend', 'quarter'],
  [new RegExp(`\\b(?:at|by|as of|through) the end of (?:fiscal (?:year )?|FY ?)(\\d{4})['’]s (${QUARTER}) quarter\\b`, 'gi'), 'quarterend2', 'quarter'],
  [/\b(?:at|by|as of|through) the end of (?:fiscal (?:year )?|FY ?)(\d{4})\b/gi, 'fyend', 'end of'],
  [new RegExp(`\\b(?:at|by|as of|through) the (?:end|close) of (${MONTH})(?:,? (\\d{4}))?`, 'gi'), 'monthend', ' of '],
  // "at the end of 2023"; "by the end of 2023" is as often a deadline ("plans to double that by the end of 2023").
  [/\bat the end of (?:calendar (?:year )?)?(\d{4})\b/gi, 'yearend', 'end of'],
  [new RegExp(`\\bas of (${MONTH}),? (\\d{4})\\b`, 'gi'), 'month', 'as of'],
  [/\bat the (?:start|beginning) of (?:(this|last) year|(\d{4}))\b/gi, 'yearstart', 'at the'],
  // "in the year that ended Sept. 30": the fiscal year, which ends on that day.
  [/\b(?:in |during |for |over )?the (?:fiscal )?year (?:that )?end(?:ed|ing|s) (?:on )?Sept(?:ember|\.)? 30(?:th)?\b(?:,? (\d{4}))?/gi, 'fyended', 'year'],
  // "in the year to September 2017", "the 12 months that ended Sept. 30": the fiscal year that ends then.
  [/\b(?:in |during |for |over )?the (?:fiscal year|year|12 months|twelve months) (?:that )?(?:to|through|end(?:ed|ing)|closed|closing) (?:(?:on|in) )?Sept(?:ember|\.)?(?: 30(?:th)?)?\b(?:,? (\d{4}))?/gi, 'fyended', 'sept'],
  // "in the fiscal year just ended", "the fiscal year that closed": the last fiscal year ended by the article's date.
  [/\b(?:in |during |for |over )?the (?:past |last )?fiscal year (?:that )?(?:just |has just )?(?:ended|closed|finished)\b/gi, 'fyended', 'fiscal'],
  [/\b(?:since the (?:start|beginning) of (?:this|the) year|so far this year|(?:this|the) year to date|year-to-date)\b/gi, 'ytd', 'year'],
  // "fiscal 2023-2024", "in 2022-23": a year written by two (a fiscal year named by its calendar years, or a
  // run of years); which is meant the words do not say, so no period (and not the first year alone).
  [/\b(?:(?:in|during|for|over) (?:the )?(?:fiscal(?: years?)? )?|(?:the )?fiscal(?: years?)? )((?:19|20)\d{2}) ?[-–—/] ?(\d{4}|\d{2})\b(?! ?[-–—/] ?\d)/gi, 'yearpair', null],
  [/\b(?:in |during |for |by )?(?:the )?fiscal(?: year)? (\d{4})\b/gi, 'fy', 'fiscal'],
  // "(FY 2021–2024)", "FY’s 2021-2024": a run of fiscal years.
  [/\bFY(?:['’]?s)? ?(\d{4}) ?[-–—] ?(\d{4})\b/g, 'fyrange', 'fy'],
  [/\bFY ?(\d{4}|\d{2})\b(?! ?[-–—] ?\d)/g, 'fy', 'fy'],
  [/\b(?:in |during |for )?the (\d{4}) fiscal year\b/gi, 'fy', 'fiscal'],
  [/\b(?:in )?the (?:year before|previous year|prior year)\b/gi, 'prevyear', 'year'],
  [/\b(?:in |during |for )?(?:the )?(last|this|next|previous|past|current) fiscal year\b/gi, 'relfy', 'fiscal'],
  // Before "last year": "President Biden's last year in office" is the term's last twelve months, not the calendar year before the article.
  [TERM_END_LAST, 'termend', 'last'],
  [/\b(?:in |during )?(last|this|next|previous|past) year\b/gi, 'rely', 'year'],
  [new RegExp(`\\bfrom (${MONTH}) (\\d{1,2}),? (?:to|through|until|thru) (${DAY_END})`, 'gi'), 'dayspan', 'from'],
  [new RegExp(`\\bas of (${MONTH}) (\\d{1,2})\\b(?:,? (\\d{4}))?`, 'gi'), 'asof', 'as of'],
  [new RegExp(`\\bsince (${MONTH}) (\\d{1,2})\\b(?:,? (\\d{4}))?`, 'gi'), 'sinceday', 'since'],
  // "on December 8, 2024", "on Sept. 10": one day (without a year, the latest such day by the article's date).
  [new RegExp(`\\bon (${MONTH}) (\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (\\d{4}))?`, 'gi'), 'onday', 'on '],
  [new RegExp(`\\bfrom (${MONTH}) (\\d{4}) (?:to|through|until|thru) (${MONTH}) (\\d{4})`, 'gi'), 'yearmonthspan', 'from'],
  [new RegExp(`\\bbetween (${MONTH})(?: (\\d{1,2})\\b)?(?:,? (\\d{4}))? and (${MONTH})(?: (\\d{1,2})\\b)?(?:,? (\\d{4}))?`, 'gi'), 'betweenspan', 'between'],
  [new RegExp(`\\bfrom (${MONTH}) (?:to|through|until) (${MONTH})(?:,? (\\d{4}))?`, 'gi'), 'monthspan', 'from'],
  [new RegExp(`\\bsince (${MONTH})(?:,? (\\d{4}))?\\b`, 'gi'), 'sincemonth', 'since'],
  [new RegExp(`\\b(?:in|during|for|as (?:late|early|recently) as) (?:early |mid-|late )?(${MONTH})(?:,? (\\d{4}))?\\b`, 'gi'), 'month', null],
  // "September's total", "Preliminary November data", "April 2025's deportations": the month named as the
  // count's own (case-sensitive: "may" is a verb). Without a year, the latest such month by the article's date.
  // "up 50% from February, when ICE removed around 11,000": a month a comparison is made from, which dates the
  // count its when-clause gives (a comparison's base: the change itself is not dated by it).
  [new RegExp(`\\b(?:from|than|since) (${MONTH})(?:,? (\\d{4}))?(?=,? when\\b)`, 'g'), 'basemonth', 'when'],
  [new RegExp(`\\b(${MONTH})(?: (\\d{4}))?(?:['’]s\\b|(?= (?:data|figures|numbers|statistics|totals?|counts?|report)\\b))`, 'g'), 'month', null],
  // "he'll end the fiscal year at the end of this month with 335,000": a deadline, not the month's count.
  [/\b(?<!end of )(last|this) month\b/gi, 'relmonth', 'month'],
  [TERM_END, 'termend', 'final'],
  [FIRST_SPAN, 'firstspan', 'first'],
  [SINCE_TERM, 'sinceterm', 'since'],
  [/\bsince (\d{4})\b/gi, 'sinceyear', 'since'],
  [/\b(?:in|during|for) (?:calendar (?:year )?)?(\d{4})\b/gi, 'year', null],
  // "well under the 226,000 of 2017", "almost twice the roughly 74,000 of 2021": a count named by its year
  // (the base of a comparison, "fewer than the 95,360 of 2018", dates only that base).
  [/(?<=\d(?:\s+(?:million|thousand))?\s+)of ((?:19|20)\d{2})\b(?! ?[-–—/] ?\d)/g, 'year', 'of '],
  // Last: it is read against a period found before it in the sentence.
  [/\ba year (?:earlier|before|prior)\b/gi, 'yearearlier', 'year'],
];

/** The last day of quarter `q` (1-4) of fiscal year `fy`: Dec. 31, March 31, June 30, Sept. 30. */
function fiscalQuarterEnd(fy: number, q: number): Ymd {
  const m = [12, 3, 6, 9][q - 1]!;
  const y = q === 1 ? fy - 1 : fy;
  return { y, m, d: lastDay(y, m) };
}

const oneDay = (d: Ymd): Omit<ClaimPeriod, 'text'> => ({ period: iso(d), start: iso(d), end: iso(d) });

/**
 * The inauguration a phrase counts from (presidential terms from data/world): Biden's named, Trump's
 * first term named, else the latest at the article's date — the named president's latest, when the
 * phrase names another one ("Trump's first 100 days" in an article of Biden's years means 2017).
 */
function inauguration(text: string, ref: Ymd | null): Ymd | null {
  if (/\bBiden\b/i.test(text)) return inaugurationOf('Biden');
  if (/\bfirst (?:term|Trump administration|presidency)\b/i.test(text)) return inaugurationOf('Trump', 1);
  if (!ref) return null;
  const started = TERMS.filter((t) => before(ymdOf(t.start), ref));
  const latest = started[started.length - 1];
  if (!latest) return null;
  const named = /\b(Trump|Obama)\b/i.exec(text)?.[1]?.toLowerCase();
  if (named && latest.president.toLowerCase() !== named) {
    const own = started.filter((t) => t.president.toLowerCase() === named).pop();
    return own ? ymdOf(own.start) : null;
  }
  return ymdOf(latest.start);
}

function addDays(a: Ymd, n: number): Ymd {
  const t = new Date(Date.UTC(a.y, a.m - 1, a.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

const EVENT_BEFORE =
  /\b(?:created|founded|established|formed|signed|passed|enacted|opened|built|born|arrived|came|moved|launched|began|begun|started|elected|appointed|took office|hired|joined|set|announced|said|reported)\s*$/i;
/** "around 39,000 when Trump took office in January": the date of the event is the date of the count. */
const NOT_SINCE = /\b(?:not seen|highest|lowest|most|fewest|largest|smallest|first time|biggest)\b[^.;]{0,25}$/i;
/** Before "since …": a record, a first or "any month" it is measured over (the horizon of a comparison). */
const RECORD_HORIZON =
  /(?:\b(?:not seen|highest|lowest|most|fewest|largest|smallest|biggest|first time)\b[^.;]{0,25}|\bfirst (?:month|year|week|day|quarter|time) (?:above|below|over|under|with|of|that|in)\b[^.;]{0,25}|\bin any (?:month|year|week|quarter|fiscal year)\s+|\bin the (?:\d+|[a-z]+(?:-[a-z]+)?) (?:years|months|decades)\s+)$/i;
const INAUGURAL_EVENT = /\b(?:took office|was inaugurated|was sworn in|returned to (?:office|the White House)|turned over power(?: to [\w. ]+)?)\s*$/i;
const WHEN_EVENT = /\bwhen\b[^,.;]{0,40}$/i;
/**
 * "set to close on September 30", "said at a summit on Oct. 22", "the start of fiscal 2026 on Oct. 1": the
 * day of an event, a deadline or a boundary in the clause before, not the day a count was taken.
 */
const ON_EVENT = /\b(?:said|says|told|announced|spoke|testified|wrote|posted|summit|interview|hearing|conference|statement|signed|took office|sworn in|inaugurat\w*|close[sd]?|closing|end(?:s|ed|ing)?|expire[sd]?|due|deadline|until|through|by|before|after|start(?:s|ed)?|beginning|began|begins?|set to|will|would)\b[^,;.]{0,40}$/i;

const COMPARISON_BEFORE =
  /\b(?:same (?:period|time|month|quarter)(?: of)?|compared (?:with|to)|from|than(?: (?:in|during|for|at))?|(?:highest|lowest|most|fewest|largest|smallest|biggest)\b[^.;,]{0,20}\bsince(?: at least)?|versus|vs\.?|up from|down from|(?:twice|three times|half) as (?:many|much|high|large) as)\s*$|\b(?:from|(?<!(?:more|fewer|less|rather|other) )than|compared (?:with|to)|versus|against)\s+(?:(?:a|the) (?:peak|high|low|record|level|total)(?: of)?\s+)?(?:(?:about|roughly|nearly|almost|more than|fewer than|some|just|around|over)\s+)?\$?\d[\d,.]*(?:\s+(?:million|billion|percent))?(?:\s+[a-z]+){0,2}\s*$|\b(?:more|fewer|less|higher|lower)\s+than\s+the\s+(?:(?:about|roughly|nearly|almost|some|just|around)\s+)?\$?\d[\d,.]*(?:\s+(?:million|billion|thousand))?\s*$/i;

type Kind = 'basemonth' | 'onday' | 'yearpair' | 'quarterend' | 'quarterend2' | 'fyend' | 'monthend' | 'yearend' | 'yearstart' | 'fyended' | 'termend' | 'fyrange' | 'ytd' | 'yearearlier' | 'yearmonthspan' | 'betweenspan' | 'firstspan' | 'sinceterm' | 'prevyear' | 'asof' | 'fy' | 'relfy' | 'rely' | 'dayspan' | 'sinceday' | 'monthspan' | 'sincemonth' | 'month' | 'relmonth' | 'sinceyear' | 'year';


function parseDate(iso: string | null | undefined): Ymd | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? '');
  if (!m) return null;
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

function monthIndex(word: string): number {
  return MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (d: Ymd): string => `${d.y}-${pad(d.m)}-${pad(d.d)}`;
const lastDay = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();
const before = (a: Ymd, b: Ymd): boolean => a.y * 10000 + a.m * 100 + a.d <= b.y * 10000 + b.m * 100 + b.d;

/** Fiscal year `fy` as a period: FY2019 runs Oct. 1, 2018 to Sept. 30, 2019. */
export function fiscal(fy: number): { period: string; start: string; end: string } {
  return { period: `FY${fy}`, start: `${fy - 1}-10-01`, end: `${fy}-09-30` };
}
/** Calendar year `y` as a period. */
export function calendar(y: number): { period: string; start: string; end: string } {
  return { period: `CY${y}`, start: `${y}-01-01`, end: `${y}-12-31` };
}
function span(a: Ymd, b: Ymd): Omit<ClaimPeriod, 'text'> {
  return { period: `${iso(a)}/${iso(b)}`, start: iso(a), end: iso(b) };
}
const NONE = { period: null, start: null, end: null };

/** The most recent year in which month/day falls at or before the reference date. */
function latestYear(m: number, d: number, ref: Ymd): number {
  return before({ y: ref.y, m, d }, ref) ? ref.y : ref.y - 1;
}

function dayEnd(word: string, ref: Ymd): Ymd | null {
  const w = word.toLowerCase();
  if (w === 'today' || w === 'now') return ref;
  const wd = WEEKDAYS.indexOf(w);
  if (wd >= 0) {
    const t = new Date(Date.UTC(ref.y, ref.m - 1, ref.d));
    const back = (t.getUTCDay() - wd + 7) % 7;
    t.setUTCDate(t.getUTCDate() - back);
    return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
  }
  const m = /^(\S+) (\d{1,2})$/.exec(word);
  if (!m) return null;
  const mo = monthIndex(m[1] ?? '');
  const d = Number(m[2]);
  return { y: latestYear(mo, d, ref), m: mo, d };
}

function resolve(kind: Kind, g: string[], ref: Ymd | null): Omit<ClaimPeriod, 'text'> {
  const n = (i: number): number => Number(g[i]);
  const quarter = (w: string) => QUARTER.split('|').indexOf(w.toLowerCase()) + 1;
  switch (kind) {
    case 'quarterend':
      return oneDay(fiscalQuarterEnd(n(2), quarter(g[1]!)));
    case 'quarterend2':
      return oneDay(fiscalQuarterEnd(n(1), quarter(g[2]!)));
    case 'fyend':
      return oneDay({ y: n(1), m: 9, d: 30 });
    case 'yearend':
      return oneDay({ y: n(1), m: 12, d: 31 });
    case 'monthend': {
      const m = monthIndex(g[1]!);
      const y = g[2] ? n(2) : ref ? latestYear(m, lastDay(ref.y, m), ref) : null;
      return y === null ? NONE : oneDay({ y, m, d: lastDay(y, m) });
    }
    case 'yearstart': {
      const y = g[2] ? n(2) : ref ? (g[1]!.toLowerCase() === 'last' ? ref.y - 1 : ref.y) : null;
      return y === null ? NONE : oneDay({ y, m: 1, d: 1 });
    }
    case 'fyended': {
      const y = g[1] ? n(1) : ref ? latestYear(9, 30, ref) : null;
      return y === null ? NONE : fiscal(y);
    }
    case 'firstspan': {
      // Only a span counted from a presidency: a possessive before "first", or "of the administration" after.
      if (!g[1] && !g[6]) return NONE;
      if (!g[6] && /^(?:(?:the|his|its) )?(?:the|his) $/i.test(g[1] ?? '')) return NONE;
      const from = inauguration(g[0] ?? '', ref);
      if (!from) return NONE;
      const word = (g[2] ?? '').toLowerCase();
      const year = g[5] !== undefined && g[5] !== '';
      const count = year ? 12 : /^\d+$/.test(word) ? Number(word) : /hundred/.test(word) ? 100 : SMALL.indexOf(word);
      if (count <= 0) return NONE;
      const unit = year ? 'months' : (g[3] ?? '').toLowerCase();
      let end: Ymd;
      if (unit === 'days') end = addDays(from, count - 1);
      else if (unit === 'weeks') end = addDays(from, count * 7 - 1);
      else {
        const t = new Date(Date.UTC(from.y, from.m - 1 + count, from.d - 1));
        end = { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
      }
      // A span still running at the article's date is still the whole span ("on track for 300,000 in his first year").
      return span(from, end);
    }
    case 'yearmonthspan': {
      const m1 = monthIndex(g[1]!);
      const m2 = monthIndex(g[3]!);
      return span({ y: n(2), m: m1, d: 1 }, { y: n(4), m: m2, d: lastDay(n(4), m2) });
    }
    case 'betweenspan': {
      const m1 = monthIndex(g[1]!);
      const m2 = monthIndex(g[4]!);
      const y2 = g[6] ? n(6) : g[3] ? n(3) : ref ? latestYear(m2, g[5] ? n(5) : 1, ref) : null;
      if (y2 === null) return NONE;
      const y1 = g[3] ? n(3) : m1 <= m2 ? y2 : y2 - 1;
      return span({ y: y1, m: m1, d: g[2] ? n(2) : 1 }, { y: y2, m: m2, d: g[5] ? n(5) : lastDay(y2, m2) });
    }
    case 'termend': {
      // Only a term the words name: "the final year" alone is no presidency's.
      const who = (g[1] || g[3] || '').toLowerCase();
      const end = who === 'biden' || who === 'obama' ? termEndOf(who) : who === 'trump' && /\bfirst\b/i.test(g[0] ?? '') ? termEndOf(who, 1) : null;
      if (!end) return NONE;
      // A stretch, months or a year without a count: the term's last twelve months (the span they fall in).
      return span({ y: end.y - 1, m: end.m, d: end.d + 1 }, end);
    }
    case 'fyrange': {
      const a = n(1);
      const b = n(2);
      if (b < a || b - a > 10) return NONE;
      return span({ y: a - 1, m: 10, d: 1 }, { y: b, m: 9, d: 30 });
    }
    case 'sinceterm': {
      const from = inauguration(g[0] ?? '', ref);
      return from && ref ? span(from, ref) : NONE;
    }
    case 'yearpair': {
      // A run of fiscal years written with "fiscal" ("fiscal 2021-2024") is that run; any other pair, no period.
      const a = n(1);
      const b = g[2]!.length === 2 ? Math.floor(a / 100) * 100 + n(2) : n(2);
      if (/fiscal/i.test(g[0] ?? '') && b - a > 1 && b - a <= 10) return span({ y: a - 1, m: 10, d: 1 }, { y: b, m: 9, d: 30 });
      return NONE;
    }
    case 'fy': {
      const y = g[1]!.length === 2 ? 2000 + n(1) : n(1);
      return fiscal(y);
    }
    case 'year':
      return calendar(n(1));
    case 'prevyear':
      return ref ? calendar(ref.y - 1) : NONE; // re-read against the sentence's own year in findPeriods
    case 'ytd':
      return ref ? span({ y: ref.y, m: 1, d: 1 }, ref) : NONE;
    case 'yearearlier':
      return NONE; // only against a period named before it in the sentence (findPeriods)
    case 'sinceyear':
      return ref ? span({ y: n(1), m: 1, d: 1 }, ref) : NONE;
    case 'relfy': {
      if (!ref) return NONE;
      const cur = ref.m >= 10 ? ref.y + 1 : ref.y;
      const w = g[1]!.toLowerCase();
      return fiscal(w === 'last' || w === 'previous' || w === 'past' ? cur - 1 : w === 'next' ? cur + 1 : cur);
    }
    case 'rely': {
      if (!ref) return NONE;
      const w = g[1]!.toLowerCase();
      if (w === 'past') return NONE; // "the past year": a trailing window, not a calendar year
      return calendar(w === 'last' || w === 'previous' ? ref.y - 1 : w === 'next' ? ref.y + 1 : ref.y);
    }
    case 'basemonth':
    case 'month': {
      const m = monthIndex(g[1]!);
      if (g[2]) return { period: `${g[2]}-${pad(m)}`, start: `${g[2]}-${pad(m)}-01`, end: `${g[2]}-${pad(m)}-${pad(lastDay(n(2), m))}` };
      if (!ref) return NONE;
      const y = m <= ref.m ? ref.y : ref.y - 1;
      return { period: `${y}-${pad(m)}`, start: `${y}-${pad(m)}-01`, end: `${y}-${pad(m)}-${pad(lastDay(y, m))}` };
    }
    case 'relmonth': {
      if (!ref) return NONE;
      let y = ref.y;
      let m = ref.m;
      if (g[1]!.toLowerCase() === 'last') {
        m -= 1;
        if (m === 0) {
          m = 12;
          y -= 1;
        }
      }
      return { period: `${y}-${pad(m)}`, start: `${y}-${pad(m)}-01`, end: `${y}-${pad(m)}-${pad(lastDay(y, m))}` };
    }
    case 'monthspan': {
      const m1 = monthIndex(g[1]!);
      const m2 = monthIndex(g[2]!);
      let y2: number;
      if (g[3]) y2 = n(3);
      else if (ref) y2 = latestYear(m2, lastDay(ref.y, m2), ref);
      else return NONE;
      const y1 = m1 <= m2 ? y2 : y2 - 1;
      return span({ y: y1, m: m1, d: 1 }, { y: y2, m: m2, d: lastDay(y2, m2) });
    }
    case 'sincemonth': {
      const m = monthIndex(g[1]!);
      if (!ref) return NONE;
      // "605,000 removed since January" in a January 5 article: last January, not five days.
      const y = g[2] ? n(2) : m < ref.m || (m === ref.m && ref.d > 10) ? ref.y : ref.y - 1;
      return span({ y, m, d: 1 }, ref);
    }
    case 'onday':
    case 'asof': {
      const m = monthIndex(g[1]!);
      const d = n(2);
      let y: number;
      if (g[3]) y = n(3);
      else if (ref) y = latestYear(m, d, ref);
      else return NONE;
      const day = iso({ y, m, d });
      return { period: day, start: day, end: day };
    }
    case 'sinceday': {
      if (!ref) return NONE;
      const m = monthIndex(g[1]!);
      const d = n(2);
      const y = g[3] ? n(3) : latestYear(m, d, ref);
      return span({ y, m, d }, ref);
    }
    case 'dayspan': {
      if (!ref) return NONE;
      const end = dayEnd(g[3]!, ref);
      if (!end) return NONE;
      const m = monthIndex(g[1]!);
      const d = n(2);
      const y = latestYear(m, d, end);
      return span({ y, m, d }, end);
    }
  }
}

/** A period with a year written out that dates the months and days an undated article names without one. */
export interface Anchor {
  start: string;
  end: string;
}

/** A year written in a period's words: "in June 2025", "fiscal 2019", "FY23". */
const YEAR_WRITTEN = /\b(?:19|20)\d{2}\b|\bFY ?\d{2}\b/;

/**
 * The year of month `m` an anchor places it in: the one year whose month `m` lies within the anchor's months
 * ("in May" after "fiscal 2019": May 2019), or, for an anchor shorter than a year, the anchor's own year when
 * `m` comes before the anchor's month ("52 days in January" after "In June 2025"); a later month (after June
 * 2025, "July" may be either year's) is not placed.
 */
function yearByAnchor(m: number, anchor: Anchor): number | null {
  const a = parseDate(anchor.start)!;
  const b = parseDate(anchor.end)!;
  const years: number[] = [];
  for (let y = a.y; y <= b.y; y++) if (y * 12 + m >= a.y * 12 + a.m && y * 12 + m <= b.y * 12 + b.m) years.push(y);
  if (years.length === 1) return years[0]!;
  if (years.length === 0 && a.y === b.y && m < a.m) return a.y;
  return null;
}

/** Whether a found period can anchor: a year written out, resolved, not a comparison's base, not a span "since". */
function anchors(f: FoundPeriod): boolean {
  return !f.comparison && !!f.period.start && !!f.period.end && YEAR_WRITTEN.test(f.period.text) && !/^since\b/i.test(f.period.text);
}

/** The anchor a sentence leaves for the next ones: its last period that can anchor, else `prior`. */
export function anchorAfter(sentence: string, prior: Anchor | null): Anchor | null {
  const last = findPeriods(sentence, null, prior).filter(anchors).at(-1);
  return last ? { start: last.period.start!, end: last.period.end! } : prior;
}

/**
 * Every period expression in a sentence, resolved against the article date (YYYY-MM-DD) when given. With no
 * article date, a month or day named without its year is placed by `anchor` (the last period with a year
 * written out in the paragraph before it, or earlier in the sentence) where that settles the year.
 */
export function findPeriods(sentence: string, articleDate?: string | null, anchor: Anchor | null = null): FoundPeriod[] {
  const ref = parseDate(articleDate);
  const found: FoundPeriod[] = [];
  const yearless = new Map<FoundPeriod, { m: number; d: number | null }>();
  const lower = sentence.toLowerCase();
  for (const [re, kind, word] of PATTERNS) {
    if (word !== null && !lower.includes(word)) continue;
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(sentence)) !== null) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => start < f.end && end > f.start)) continue;
      // "created in 2003", "born in 1998": the date of one event, not the period a count covers.
      if (EVENT_BEFORE.test(sentence.slice(Math.max(0, start - 24), start)) && !WHEN_EVENT.test(sentence.slice(Math.max(0, start - 60), start))) continue;
      // "for the first time this year": when something first happened, not the period a count covers
      // ("for the first time in November" still dates the count: November's).
      if (/^(?:this|since)\b/i.test(m[0]) && /\bfirst time\s+$/i.test(sentence.slice(Math.max(0, start - 16), start))) continue;
      if (kind === 'onday' && ON_EVENT.test(sentence.slice(Math.max(0, start - 50), start))) continue;
      const g = Array.from(m, (x) => x ?? '');
      // "the most in any month since March 2000", "the first month above 100,000 since April 2007": how far back a
      // record reaches, a comparison's horizon, not the period any count covers.
      // ("a level not seen since 2014, when ICE removed 316,000" still dates the when-clause's count.)
      const horizon = (kind === 'sinceyear' || kind === 'sincemonth' || kind === 'sinceday') && RECORD_HORIZON.test(sentence.slice(Math.max(0, start - 60), start)) && !/^(?:\s+[\w.'’]+){0,3},? when\b/i.test(sentence.slice(end));
      const comparison = kind === 'basemonth' || horizon || COMPARISON_BEFORE.test(sentence.slice(Math.max(0, start - 40), start));
      let resolved = resolve(kind, g, ref);
      // "the last year" of no named term is no term's end: the plain "last year" reading is left to its own pattern.
      if (kind === 'termend' && !resolved.start) continue;
      // "only about 150,000 people were deported in the first six months", in a sentence that names the
      // administration (or a president): the first months of that term, not of a year ("of the year" after it says so).
      if (kind === 'firstspan' && !resolved.period && /^the $/i.test(g[1] ?? '') && !g[6] && TERM_NAMED.test(sentence) && !/^\s+(?:of|in)\b/i.test(sentence.slice(end))) {
        resolved = resolve(kind, [sentence, "the administration's ", ...g.slice(2)], ref);
      }
      // "when Trump took office in January": the month of the inauguration.
      if (kind === 'month' && !g[2] && INAUGURAL_EVENT.test(sentence.slice(Math.max(0, start - 30), start))) {
        const from = inauguration(sentence.slice(Math.max(0, start - 80), start), ref);
        if (from && monthIndex(g[1]!) === from.m) resolved = { period: `${from.y}-${pad(from.m)}`, start: `${from.y}-${pad(from.m)}-01`, end: `${from.y}-${pad(from.m)}-${pad(lastDay(from.y, from.m))}` };
      }
      // "a level not seen since 2014, when ICE removed 316,000": a point in time, not a span up to now.
      if (kind === 'sinceyear' && NOT_SINCE.test(sentence.slice(Math.max(0, start - 40), start))) resolved = calendar(Number(g[1]));
      // "down to 7,181 in March 2025, compared to over 137,000 a year earlier": the same month a year before.
      if (kind === 'yearearlier') {
        const own = found.filter((f) => f.end <= start && f.period.start && f.period.period).pop();
        const p = own?.period.period ?? '';
        const ym = /^(\d{4})-(\d{2})$/.exec(p);
        if (ym) {
          const y = Number(ym[1]) - 1;
          const m = Number(ym[2]);
          resolved = { period: `${y}-${pad(m)}`, start: `${y}-${pad(m)}-01`, end: `${y}-${pad(m)}-${pad(lastDay(y, m))}` };
        } else if (/^(?:FY|CY)\d{4}$/.test(p)) {
          const y = Number(p.slice(2)) - 1;
          resolved = p.startsWith('FY') ? fiscal(y) : calendar(y);
        }
      }
      // "in fiscal 2016, up from 55,000 the year before": the year before the sentence's own year.
      if (kind === 'prevyear') {
        const own = found.filter((f) => f.end <= start && /^(?:FY|CY)\d{4}$/.test(f.period.period ?? '')).pop();
        if (own) {
          const y = Number(own.period.period!.slice(2)) - 1;
          resolved = own.period.period!.startsWith('FY') ? fiscal(y) : calendar(y);
        }
      }
      const clause = relativeClause(sentence, start, end) ?? asideAround(sentence, start, end);
      const f: FoundPeriod = clause ? { start, end, period: { text: m[0], ...resolved }, comparison, clause } : { start, end, period: { text: m[0], ...resolved }, comparison };
      found.push(f);
      if (!ref && !resolved.period && (kind === 'month' || kind === 'basemonth') && !g[2]) yearless.set(f, { m: monthIndex(g[1]!), d: null });
      if (!ref && !resolved.period && kind === 'onday' && !g[3]) yearless.set(f, { m: monthIndex(g[1]!), d: Number(g[2]) });
    }
  }
  found.sort((a, b) => a.start - b.start);
  // An undated article's month or day without a year: placed by the paragraph's anchor or a year written earlier in the sentence.
  for (const [f, md] of yearless) {
    const local = found.filter((o) => o.end <= f.start && anchors(o)).at(-1);
    const a = local ? { start: local.period.start!, end: local.period.end! } : anchor;
    const y = a ? yearByAnchor(md.m, a) : null;
    if (y === null) continue;
    if (md.d === null) f.period = { text: f.period.text, period: `${y}-${pad(md.m)}`, start: `${y}-${pad(md.m)}-01`, end: `${y}-${pad(md.m)}-${pad(lastDay(y, md.m))}` };
    else if (md.d >= 1 && md.d <= lastDay(y, md.m)) f.period = { text: f.period.text, ...oneDay({ y, m: md.m, d: md.d }) };
  }
  return found;
}

/** A presidential term named in a sentence: what a bare "the first six months" counts from. */
const TERM_NAMED = /\b(?:the (?:Trump |Biden |new |current )?administration|President (?:Trump|Biden)|(?:Trump|Biden)['’]s (?:second )?(?:term|presidency|administration)|since (?:Trump|Biden|he) took office|since (?:the|his) inauguration)\b/i;

const CLAUSE_GAP = /[;:]|\s[—–]\s|—/;
/** Between a period and a count: a when-clause that the period opens ("…, when it removed just more than "). */
const WHEN_CLAUSE = /^,? when\b[^,;:.]*$/i;
/** Where one clause gives way to another: a period past another count and such a break is that count's. */
const CLAUSE_TURN = /[;:]|\s[—–]\s|—|,\s+(?:and|but|while|whereas|although|though|yet|which|who)\s/i;
/** A count (not a year) in the words between a number and a period. */
const COUNT_BETWEEN = /(?<![\d,.])(?!(?:19|20)\d{2}\b)\d[\d,.]*/;
const COMPARED_GAP = /\b(?:from|than|compared|versus|vs)\b|[,;(]/i;

/** A budget's "this year" or "next year" is a fiscal year: budgets are voted by fiscal year. */
export function asFiscal(p: ClaimPeriod, articleDate?: string | null): ClaimPeriod {
  const ref = parseDate(articleDate);
  // "Congress approved $10.4 billion for 2025": an appropriation's year is its fiscal year.
  const plain = /^CY(\d{4})$/.exec(p.period ?? '');
  if (plain && /\b(?:in|for|during) (?:calendar (?:year )?)?\d{4}\b/i.test(p.text) && !/calendar/i.test(p.text)) return { text: p.text, ...fiscal(Number(plain[1])) };
  const m = /\b(last|this|next|previous) year\b/i.exec(p.text);
  if (!ref || !m || !/^CY/.test(p.period ?? '')) return p;
  const cur = ref.m >= 10 ? ref.y + 1 : ref.y;
  const w = m[1]!.toLowerCase();
  return { text: p.text, ...fiscal(w === 'next' ? cur + 1 : w === 'this' ? cur : cur - 1) };
}

/**
 * Whether a period after a number (ending at `end`) is another count's: past a later count and a turn of
 * clause ("holds about 38,000 people …, and Congress … can detain 41,500 people a day in FY 2024"). A
 * number's period must be its own; one shared by a plain list ("removed 100,000 and arrested 150,000 in
 * 2019") still dates both.
 */
export function anotherCounts(p: FoundPeriod, end: number, sentence: string): boolean {
  if (p.start < end) return false;
  const gap = sentence.slice(end, p.start);
  return COUNT_BETWEEN.test(gap) && CLAUSE_TURN.test(gap);
}

/**
 * The period nearest to [start, end) in the sentence, preferring one inside the quantity's own stretch
 * [from, to) of the sentence, then one that follows it. With `sentence`, a comparison's base figure
 * takes the date written right after it.
 */
export function nearestPeriod(
  periods: FoundPeriod[],
  start: number,
  end: number,
  from = 0,
  to = Infinity,
  sentence?: string,
): ClaimPeriod | null {
  // The base of a comparison is dated by the date written right after it ("up from 43 days in February"),
  // but a change is not dated by the base it is measured against ("down 7 percent from ... in 2017").
  if (sentence !== undefined) {
    // (A period that is itself "from February" is what a change is measured from, never a number's own.)
    const base = periods.find((p) => p.comparison && p.start >= end && p.end <= to && !COMPARED_GAP.test(sentence.slice(end, p.start)) && !/^(?:from|than|since)\b/i.test(p.period.text));
    if (base) return base.period;
    // "from February, when ICE removed around 11,000": the base's when-clause gives its count.
    const when = periods.find((p) => p.end <= start && WHEN_CLAUSE.test(sentence.slice(p.end, start)));
    if (when) return when.period;
  }
  const another = (p: FoundPeriod) => sentence !== undefined && anotherCounts(p, end, sentence);
  const fits = (p: FoundPeriod) => (!p.clause || (start >= p.clause[0] && end <= p.clause[1])) && !another(p);
  const own = periods.filter((p) => !p.comparison && fits(p) && p.start >= from && p.end <= to);
  // Outside its stretch, a comparison's date never dates another figure.
  const pool = own.length > 0 ? own : periods.filter((p) => !p.comparison && fits(p));
  let best: FoundPeriod | null = null;
  let bestDist = Infinity;
  // A period across a semicolon, colon or dash belongs to the other clause: one in the number's own clause wins.
  const across = (p: FoundPeriod) => sentence !== undefined && CLAUSE_GAP.test(p.start >= end ? sentence.slice(end, p.start) : start >= p.end ? sentence.slice(p.end, start) : '');
  for (const p of pool) {
    const dist = (p.start >= end ? p.start - end : start >= p.end ? (start - p.end) * 1.5 : 0) + (across(p) ? 1000 : 0);
    if (dist < bestDist) {
      best = p;
      bestDist = dist;
    }
  }
  return best ? best.period : null;
}
