/**
 * The publication date of an article page, as YYYY-MM-DD, from the metadata news sites publish
 * (JSON-LD, Open Graph article tags, the usual meta names, <time datetime>). Never throws.
 */

/**
 * The zone a UTC timestamp is read in. The extension reads US news; a story stamped
 * 2019-06-19T02:30Z went out on the evening of June 18 in New York.
 */
export const DEFAULT_TIME_ZONE = 'America/New_York';

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function ymd(y: number, m: number, d: number): string | null {
  if (!(y >= 1900 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return null;
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** The UTC time of the nth (1-based; -1 = last) Sunday of a month at `hourUtc`. */
function sundayUtc(year: number, month: number, nth: number, hourUtc: number): number {
  if (nth > 0) {
    const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
    return Date.UTC(year, month - 1, 1 + ((7 - first) % 7) + (nth - 1) * 7, hourUtc);
  }
  const lastDate = new Date(Date.UTC(year, month, 0));
  return Date.UTC(year, month - 1, lastDate.getUTCDate() - lastDate.getUTCDay(), hourUtc);
}

/**
 * The calendar day in US Eastern time, by the US daylight-saving rules (since 2007: second Sunday of
 * March to first Sunday of November; 1987-2006: first Sunday of April to last Sunday of October).
 * Done by hand because creating an Intl.DateTimeFormat with a time zone loads ICU's zone data, the
 * costliest step of reading a date on a cold page.
 */
function easternDate(ms: number): string | null {
  const year = new Date(ms).getUTCFullYear();
  const [start, end] =
    year >= 2007 ? [sundayUtc(year, 3, 2, 7), sundayUtc(year, 11, 1, 6)] : [sundayUtc(year, 4, 1, 7), sundayUtc(year, 10, -1, 6)];
  const local = new Date(ms - (ms >= start && ms < end ? 4 : 5) * 3_600_000);
  return ymd(local.getUTCFullYear(), local.getUTCMonth() + 1, local.getUTCDate());
}

function dateInZone(ms: number, timeZone: string): string | null {
  if (!Number.isFinite(ms)) return null;
  if (timeZone === DEFAULT_TIME_ZONE) return easternDate(ms);
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: 'numeric', day: 'numeric' })
      .formatToParts(new Date(ms));
    const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
    return ymd(get('year'), get('month'), get('day'));
  } catch {
    const d = new Date(ms);
    return ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
}

const ISO =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?/i;
const COMPACT = /^(\d{4})(\d{2})(\d{2})(?:T?(\d{2})(\d{2})(\d{2})?(Z)?)?$/i;
const SLASHED_YMD = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b/;
const SLASHED_MDY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})\b/;
const MONTH_FIRST = /\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i;
const DAY_FIRST = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,9})\.?,?\s+(\d{4})\b/i;

function monthNumber(name: string): number | null {
  const key = name.toLowerCase();
  return MONTHS[key.slice(0, key === 'sept' ? 4 : 3)] ?? null;
}

/**
 * A date or timestamp string -> YYYY-MM-DD, or null. A timestamp with a local offset keeps its own
 * calendar day; a UTC timestamp is read in `timeZone`, except midnight UTC, which sites use for
 * "date only".
 */
export function normalizeDate(input: string, timeZone = DEFAULT_TIME_ZONE): string | null {
  const s = input.trim();
  if (s.length === 0 || s.length > 100) return null;
  let m = ISO.exec(s);
  if (m) {
    const date = ymd(Number(m[1]), Number(m[2]), Number(m[3]));
    if (date === null) return null;
    const zone = m[7]?.toUpperCase();
    const isUtc = zone === 'Z' || zone === 'UTC' || zone === 'GMT' || /^[+-]00:?00$/.test(zone ?? '') || zone === '+00' || zone === '-00';
    const midnight = Number(m[4] ?? 0) === 0 && Number(m[5] ?? 0) === 0 && Number(m[6] ?? 0) === 0;
    if (m[4] === undefined || !isUtc || midnight) return date;
    const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
    return dateInZone(ms, timeZone);
  }
  if (/^\d{10}$|^\d{13}$/.test(s)) {
    // Epoch seconds or milliseconds.
    return dateInZone(s.length === 10 ? Number(s) * 1000 : Number(s), timeZone);
  }
  m = COMPACT.exec(s);
  if (m) {
    const date = ymd(Number(m[1]), Number(m[2]), Number(m[3]));
    if (date === null || m[7] === undefined || m[4] === undefined) return date;
    const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6] ?? 0));
    return Number(m[4]) === 0 && Number(m[5]) === 0 ? date : dateInZone(ms, timeZone);
  }
  m = SLASHED_YMD.exec(s);
  if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  m = SLASHED_MDY.exec(s);
  if (m) return ymd(Number(m[3]), Number(m[1]), Number(m[2]));
  // Textual dates; an RFC 2822 stamp with a time in GMT is converted like an ISO UTC stamp.
  if (/\d{1,2}:\d{2}/.test(s) && /\b(GMT|UTC)\b|[+-]0000\b|\bZ\b/i.test(s)) {
    const ms = Date.parse(s);
    if (Number.isFinite(ms)) {
      const d = new Date(ms);
      const midnight = d.getUTCHours() === 0 && d.getUTCMinutes() === 0;
      return midnight ? ymd(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()) : dateInZone(ms, timeZone);
    }
  }
  m = MONTH_FIRST.exec(s);
  if (m) {
    const month = monthNumber(m[1]!);
    if (month !== null) return ymd(Number(m[3]), month, Number(m[2]));
  }
  m = DAY_FIRST.exec(s);
  if (m) {
    const month = monthNumber(m[2]!);
    if (month !== null) return ymd(Number(m[3]), month, Number(m[1]));
  }
  return null;
}

const ARTICLE_TYPES = /(Article|NewsArticle|Report|BlogPosting|LiveBlogPosting|Posting)$/i;

// eslint-disable-next-line no-control-regex -- raw control characters are what this repair replaces
const CONTROL_CHARS = /[\u0000-\u001f]/g;

/** The repairs tried in turn, each made only if the one before failed (most JSON-LD parses at once). */
function* jsonLdAttempts(raw: string): Generator<string, void, void> {
  const cleaned = raw
    .replace(/^\s*(?:<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
    .replace(/(?:-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
    .trim();
  yield cleaned;
  // Raw newlines inside strings are the commonest breakage; outside strings they are whitespace.
  const repaired = cleaned.replace(CONTROL_CHARS, ' ').replace(/,\s*([}\]])/g, '$1');
  yield repaired;
  yield `[${repaired.replace(/}\s*{/g, '},{')}]`;
}

/** Parses JSON-LD leniently: comments, CDATA, raw control characters, trailing commas, concatenation. */
export function parseJsonLd(raw: string): unknown {
  for (const text of jsonLdAttempts(raw)) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      // try the next repair
    }
  }
  return undefined;
}

function stringOf(value: unknown): string | null {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return stringOf(value[0]);
  if (value !== null && typeof value === 'object' && '@value' in value) return stringOf((value as { '@value': unknown })['@value']);
  return null;
}

function isArticleTyped(obj: Record<string, unknown>): boolean {
  const type = obj['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t));
}

/**
 * datePublished from parsed JSON-LD: an article-typed node first, else any node, in document order.
 * A video's uploadDate and any node's dateCreated stand in when no node names datePublished.
 */
function jsonLdDates(data: unknown): { article: string[]; other: string[]; fallback: string[] } {
  const article: string[] = [];
  const other: string[] = [];
  const fallback: string[] = [];
  // Iterative walk with a visited set: JSON cannot cycle, but a lenient parser's output stays bounded.
  const stack: unknown[] = [data];
  let steps = 0;
  while (stack.length > 0 && steps++ < 100_000) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push(value[i]);
    } else if (value !== null && typeof value === 'object') {
      const obj = value as Record<string, unknown>;
      const date = stringOf(obj['datePublished']);
      if (date !== null) (isArticleTyped(obj) ? article : other).push(date);
      const standIn = stringOf(obj['uploadDate']) ?? stringOf(obj['dateCreated']);
      if (standIn !== null) fallback.push(standIn);
      const keys = Object.keys(obj);
      for (let i = keys.length - 1; i >= 0; i--) {
        const child = obj[keys[i]!];
        if (child !== null && typeof child === 'object') stack.push(child);
      }
    }
  }
  return { article, other, fallback };
}

const META_NAMES = [
  'og:article:published_time', 'article:published', 'article.published', 'pubdate', 'publishdate', 'publish_date',
  'publish-date', 'publication_date', 'date_published', 'datepublished', 'date', 'dc.date.issued', 'dcterms.issued',
  'dcterms.created', 'dc.date.created', 'dc.date', 'dcterms.date', 'sailthru.date', 'parsely-pub-date', 'pdate',
  'citation_publication_date',
];

function firstNormalized(candidates: Iterable<string | null | undefined>, timeZone: string): string | null {
  for (const c of candidates) {
    if (typeof c !== 'string') continue;
    const date = normalizeDate(c, timeZone);
    if (date !== null) return date;
  }
  return null;
}

function fromJsonLd(doc: Document, timeZone: string, standIns = false): string | null {
  const article: string[] = [];
  const other: string[] = [];
  const fallback: string[] = [];
  for (const script of Array.from(doc.getElementsByTagName('script'))) {
    const type = (script.getAttribute('type') ?? '').toLowerCase();
    if (!type.startsWith('application/ld+json')) continue;
    const raw = script.textContent ?? '';
    // A block that never names the date sought (breadcrumbs, the site, the organization) has no date
    // to give: it is not parsed, which also spares a broken one's failed parses (the first exception
    // thrown in a fresh content-script world costs about a millisecond). An escaped key may spell it.
    const named = standIns ? raw.includes('uploadDate') || raw.includes('dateCreated') : raw.includes('datePublished');
    if (!named && !raw.includes('\\u')) continue;
    const data = parseJsonLd(raw);
    if (data === undefined) {
      if (standIns) continue;
      // Beyond repair: take a datePublished string straight from the text.
      const m = /"datePublished"\s*:\s*"([^"]{4,60})"/.exec(raw);
      if (m) other.push(m[1]!);
      continue;
    }
    const found = jsonLdDates(data);
    if (standIns) {
      fallback.push(...found.fallback);
      continue;
    }
    // Article-typed dates win in document order and none before this block read as a date (else we
    // would have stopped), so the first one here that does is the answer: later blocks cannot change it.
    const articleDate = firstNormalized(found.article, timeZone);
    if (articleDate !== null) return articleDate;
    article.push(...found.article);
    other.push(...found.other);
  }
  return standIns ? firstNormalized(fallback, timeZone) : (firstNormalized(article, timeZone) ?? firstNormalized(other, timeZone));
}

/**
 * The last resort: a video's uploadDate or a node's dateCreated. Read only when nothing else named a
 * date, since a page often describes an embedded video or another work that way.
 */
function fromJsonLdStandIns(doc: Document, timeZone: string): string | null {
  return fromJsonLd(doc, timeZone, true);
}

function fromMeta(doc: Document, timeZone: string): string | null {
  const byKey = new Map<string, string[]>();
  const add = (key: string | null, content: string | null) => {
    if (!key || content === null) return;
    const k = key.trim().toLowerCase();
    const list = byKey.get(k);
    if (list) list.push(content);
    else byKey.set(k, [content]);
  };
  for (const meta of Array.from(doc.getElementsByTagName('meta'))) {
    const content = meta.getAttribute('content');
    add(meta.getAttribute('property'), content);
    add(meta.getAttribute('name'), content);
    add(meta.getAttribute('itemprop') && `itemprop:${meta.getAttribute('itemprop')}`, content);
  }
  const keys = ['article:published_time', ...META_NAMES, 'itemprop:datepublished'];
  for (const key of keys) {
    const date = firstNormalized(byKey.get(key) ?? [], timeZone);
    if (date !== null) return date;
  }
  // Microdata on a non-meta element: <time itemprop="datePublished" datetime="…">.
  for (const el of Array.from(doc.querySelectorAll('[itemprop]'))) {
    if ((el.getAttribute('itemprop') ?? '').split(/\s+/).includes('datePublished')) {
      // <time datetime>, <span content>, <abbr title>, else the visible text ("Fri 6:45 PM, Feb 16, 2018").
      const date = firstNormalized([el.getAttribute('datetime'), el.getAttribute('content'), el.getAttribute('title'), el.textContent], timeZone);
      if (date !== null) return date;
    }
  }
  return null;
}

function fromTimeElement(doc: Document, timeZone: string): string | null {
  const scope = doc.querySelector('article, main, [role="main"]');
  if (scope === null) return null;
  for (const time of Array.from(scope.getElementsByTagName('time'))) {
    const date = firstNormalized([time.getAttribute('datetime')], timeZone);
    if (date !== null) return date;
  }
  return null;
}

/** A date in a URL's path, as news sites file stories: /2019/11/19/ or /2019-11-19/. */
const URL_DATE = /\/((?:19|20)\d\d)[/-](0[1-9]|1[0-2])[/-](0[1-9]|[12]\d|3[01])(?:\/|-|$)/;

/** The date in the page's canonical address (og:url, rel=canonical), else in its own. */
function fromUrl(doc: Document): string | null {
  const candidates = [
    doc.querySelector('link[rel~="canonical" i]')?.getAttribute('href'),
    doc.querySelector('meta[property="og:url" i]')?.getAttribute('content'),
    doc.URL,
  ];
  for (const url of candidates) {
    const m = url ? URL_DATE.exec(url) : null;
    if (m) return ymd(Number(m[1]), Number(m[2]), Number(m[3]));
  }
  return null;
}

/** The article's publication date as YYYY-MM-DD, from the most trusted source present, or null. */
export function findArticleDate(doc: Document, timeZone = DEFAULT_TIME_ZONE): string | null {
  const sources = [fromJsonLd, fromMeta, fromTimeElement, fromUrl, fromJsonLdStandIns];
  for (const source of sources) {
    try {
      const date = source(doc, timeZone);
      if (date !== null) return date;
    } catch {
      // A hostile or broken page must not stop us; try the next source.
    }
  }
  return null;
}
