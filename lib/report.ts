/**
 * An article -> the claims report printed by `npm run annotate`: the same text extraction and date
 * lookup as the content script, then the detector. Pure apart from reading the given Document.
 */
import { contextLines } from './context/text';
import type { ClaimContext } from './context/types';
import type { Claim, DetectOptions } from './detect/types';
import { findArticleDate } from './page/date';
import { extractText, type ExtractOptions } from './page/extract';

/** One claim as reported; field names are the CLI's JSON contract. */
export interface ReportClaim {
  /** The sentence the claim is in. */
  text: string;
  /** The quantity as written, and its offsets in the extracted text. */
  quote: string;
  start: number;
  end: number;
  category: Claim['category'];
  value: number | null;
  low: number | null;
  high: number | null;
  qualifier: string | null;
  unit: string | null;
  rate: string | null;
  /** The period in the dataset's notation when it resolves ("FY2018"), else the words as written. */
  period: string | null;
  /** What the number is: who counted it, scope, kind, measure, period (lib/frame.ts). */
  frame: Claim['frame'];
  /** What the card says (figures, comparisons, capacity math) when a `contextFor` is given; else null. */
  context: ClaimContext | null;
}

/** The report for one article. */
export interface Report {
  url: string | null;
  date: string | null;
  claims: ReportClaim[];
}

/** The detector's signature, injectable so the report can be tested without it. */
export type Detect = (text: string, options?: DetectOptions) => Claim[];

/** What the report needs besides the article. */
export interface ReportDeps {
  detect: Detect;
  /** Hook for the context engine: what the card would say about a claim, given the article date. */
  contextFor?: (claim: Claim, date: string | null, all: Claim[], url: string | null) => ClaimContext;
}

/** The article as plain text with optional metadata. */
export interface ArticleText {
  text: string;
  url: string | null;
  date: string | null;
}

function periodOf(claim: Claim): string | null {
  if (claim.period === null) return null;
  return claim.period.period ?? claim.period.text;
}

/** A detector claim -> a report claim. */
export function toReportClaim(claim: Claim, context: ClaimContext | null = null): ReportClaim {
  return {
    text: claim.sentence,
    quote: claim.quote,
    start: claim.start,
    end: claim.end,
    category: claim.category,
    value: claim.value,
    low: claim.low,
    high: claim.high,
    qualifier: claim.qualifier,
    unit: claim.unit,
    rate: claim.rate,
    period: periodOf(claim),
    frame: claim.frame,
    context: context ?? null,
  };
}

/** The report for plain article text. */
export function reportFromText(article: ArticleText, deps: ReportDeps): Report {
  const claims = deps.detect(article.text, { articleDate: article.date });
  return {
    url: article.url,
    date: article.date,
    claims: claims.map((c) => toReportClaim(c, deps.contextFor ? deps.contextFor(c, article.date, claims, article.url) : null)),
  };
}

/** The page's own idea of its address: canonical link, then og:url. */
export function canonicalUrl(doc: Document): string | null {
  const link = doc.querySelector('link[rel~="canonical"][href]')?.getAttribute('href');
  const og = doc.querySelector('meta[property="og:url"][content]')?.getAttribute('content');
  for (const candidate of [link, og]) {
    if (candidate && /^https?:\/\//i.test(candidate.trim())) return candidate.trim();
  }
  return null;
}

/** The extracted text of a loaded document, plus its date and URL (given, else the page's own). */
export function articleFromDocument(doc: Document, url: string | null = null, options?: ExtractOptions): ArticleText {
  return {
    text: extractText(doc, options).text,
    url: url ?? canonicalUrl(doc),
    date: findArticleDate(doc),
  };
}

/** The report for a loaded document. */
export function reportFromDocument(doc: Document, url: string | null, deps: ReportDeps): Report {
  return reportFromText(articleFromDocument(doc, url), deps);
}

/**
 * A .txt article: optional leading `URL: …` and `DATE: YYYY-MM-DD` lines are metadata (an empty URL
 * is null) and are removed from the text.
 */
export function parseTextArticle(raw: string): ArticleText {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const lines = text.split('\n');
  let url: string | null = null;
  let date: string | null = null;
  let i = 0;
  for (; i < Math.min(lines.length, 2); i++) {
    const line = lines[i]!;
    const u = /^URL:\s*(.*)$/i.exec(line);
    const d = /^DATE:\s*(.*)$/i.exec(line);
    if (u) url = u[1]!.trim() || null;
    else if (d) date = /^\d{4}-\d{2}-\d{2}$/.test(d[1]!.trim()) ? d[1]!.trim() : null;
    else break;
  }
  return { text: lines.slice(i).join('\n'), url, date };
}

/** How the readable report marks the quantity inside its sentence. */
export interface FormatOptions {
  /** ANSI bold (for a terminal) instead of [brackets]. */
  color?: boolean;
  /** A heading for the article, e.g. the file name. */
  title?: string;
}

function num(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** "7,000", "800–1,000" or "vague" for the parsed quantity. */
export function quantityLabel(c: Pick<ReportClaim, 'value' | 'low' | 'high'>): string {
  if (c.value !== null) return num(c.value);
  if (c.low !== null || c.high !== null) return `${c.low !== null ? num(c.low) : '…'}–${c.high !== null ? num(c.high) : '…'}`;
  return 'vague';
}

/** The report as plain text for a terminal: each claim with its sentence and parsed fields. */
export function formatReadable(report: Report, text: string, options: FormatOptions = {}): string {
  const mark = options.color ? (s: string) => `\x1b[1;4m${s}\x1b[22;24m` : (s: string) => `[${s}]`;
  const lines: string[] = [];
  const head = [options.title, report.url ?? 'no URL', report.date ?? 'no date', `${report.claims.length} claim${report.claims.length === 1 ? '' : 's'}`];
  lines.push(head.filter((h) => h !== undefined).join(' · '));
  report.claims.forEach((c, i) => {
    // The sentence starts at the last occurrence of its text at or before the quote.
    const sStart = text.lastIndexOf(c.text, c.start);
    const rel = sStart >= 0 ? c.start - sStart : c.text.indexOf(c.quote);
    const sentence =
      rel >= 0 && c.text.slice(rel, rel + c.quote.length) === c.quote
        ? c.text.slice(0, rel) + mark(c.quote) + c.text.slice(rel + c.quote.length)
        : c.text;
    const fields = [
      `${c.category}`,
      `quantity ${quantityLabel(c)}`,
      c.qualifier !== null ? `qualifier ${c.qualifier}` : null,
      c.unit !== null ? `unit ${c.unit}` : null,
      c.rate !== null ? `per ${c.rate}` : null,
      c.period !== null ? `period ${c.period}` : null,
      `at ${c.start}–${c.end}`,
    ].filter((f) => f !== null);
    lines.push('');
    lines.push(`${String(i + 1).padStart(3)}. ${fields.join(' · ')}`);
    lines.push(`     ${sentence.replace(/\s+/g, ' ')}`);
    if (c.context) for (const l of contextLines(c.context)) lines.push(`       ${l}`);
  });
  return lines.join('\n');
}
