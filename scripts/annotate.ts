/**
 * npm run annotate -- [--json] <file.html | file.txt | https://…>
 * Prints the ICE capacity claims the detector finds in an article, through the same text extraction
 * and date lookup as the content script. With no argument: the bundled sample articles.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildContext } from '../lib/context/index';
import { readDataFiles } from '../lib/dataset/node';
import { parseDataset } from '../lib/dataset/parse';
import { createQuery } from '../lib/dataset/query';
import { detectClaims } from '../lib/detect/index';
import { explain, formatExplanation } from '../lib/detect/explain';
import {
  articleFromDocument,
  formatReadable,
  parseTextArticle,
  reportFromText,
  type ArticleText,
  type Report,
} from '../lib/report';

const USAGE = `Usage: npm run annotate -- [--json | --explain] [<file.html | file.txt | https://…>]

Prints the claims about ICE capacity found in an article.
  <file.html>   an HTML page (read like the extension reads a page)
  <file.txt>    plain text; leading "URL: …" and "DATE: YYYY-MM-DD" lines are metadata
  https://…     a page fetched over the network (15 s timeout)
  (nothing)     the bundled sample articles, test/fixtures/pages/seed-*.html

Options:
  --json        one JSON object on stdout: {"url", "date", "claims": [...]}
                (with several articles: {"reports": [{"source", "url", "date", "claims"}, ...]})
  --explain     for each claim and each dropped number, the rules that decided it (lib/rules.ts)
  -h, --help    this text`;

const FETCH_TIMEOUT_MS = 15_000;

/** The bundled dataset, read and checked the way the build does, and the context engine over it. */
const data = createQuery(parseDataset(readDataFiles(resolve(import.meta.dirname, '../data'))));
const contextFor = (claim: Parameters<typeof buildContext>[0], date: string | null, all: Parameters<typeof buildContext>[0][], url: string | null) =>
  buildContext(claim, { articleDate: date, data, claims: all, page: { url } });
const SAMPLES = resolve(import.meta.dirname, '../test/fixtures/pages');

/** An error meant for the user: printed as one line, no stack. */
class UserError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

interface Args {
  json: boolean;
  explain: boolean;
  help: boolean;
  sources: string[];
}

function parseArgs(argv: string[]): Args {
  const args: Args = { json: false, explain: false, help: false, sources: [] };
  let positionalOnly = false;
  for (const arg of argv) {
    if (positionalOnly || !arg.startsWith('-') || arg === '-') {
      args.sources.push(arg);
    } else if (arg === '--') {
      positionalOnly = true;
    } else if (arg === '--json') {
      args.json = true;
    } else if (arg === '--explain') {
      args.explain = true;
    } else if (arg === '--help' || arg === '-h') {
      args.help = true;
    } else {
      throw new UserError(`unknown option ${arg} (see --help)`, 2);
    }
  }
  return args;
}

/** Parses HTML in a scriptless happy-dom window and reads it like the content script does. */
export async function articleFromHtml(html: string, url: string | null): Promise<ArticleText> {
  // Loaded on demand: happy-dom takes most of the start-up time, and text, --help and errors skip it.
  const { Window } = await import('happy-dom');
  const window = new Window({
    url: url ?? 'http://localhost/',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      handleDisabledFileLoadingAsSuccess: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
  try {
    const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
    return articleFromDocument(doc, url);
  } finally {
    await window.happyDOM.close();
  }
}

function decodeText(buf: Buffer, name: string): string {
  if (buf.subarray(0, 8192).includes(0)) throw new UserError(`${name} is a binary file, not HTML or text`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch {
    throw new UserError(`${name} is not valid UTF-8 text`);
  }
}

function looksLikeHtml(text: string): boolean {
  return /^\s*(?:<!doctype html|<html|<head|<body|<!--|<meta|<article|<div|<p\b)/i.test(text);
}

/** Reads `path`; messages name the file as the user wrote it. */
async function loadFile(path: string, name: string): Promise<ArticleText> {
  let buf: Buffer;
  try {
    if (statSync(path).isDirectory()) throw new UserError(`${name} is a directory`);
    buf = readFileSync(path);
  } catch (err) {
    if (err instanceof UserError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EACCES' ? 'permission denied' : (code ?? 'cannot read');
    throw new UserError(`cannot read ${name}: ${why}`);
  }
  const text = decodeText(buf, name);
  const ext = extname(path).toLowerCase();
  const isHtml = ext === '.html' || ext === '.htm' || ext === '.xhtml' || (ext !== '.txt' && looksLikeHtml(text));
  return isHtml ? articleFromHtml(text, null) : parseTextArticle(text);
}

async function loadUrl(url: string): Promise<ArticleText> {
  let res: Response;
  try {
    res = await fetch(url, {
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
      redirect: 'follow',
      headers: { accept: 'text/html,application/xhtml+xml;q=0.9,text/plain;q=0.5' },
    });
  } catch (err) {
    const e = err as Error & { cause?: { code?: string; message?: string } };
    const why =
      e.name === 'TimeoutError' ? `no answer within ${FETCH_TIMEOUT_MS / 1000} s` : (e.cause?.code ?? e.cause?.message ?? e.message);
    throw new UserError(`cannot fetch ${url}: ${why}`);
  }
  if (!res.ok) throw new UserError(`cannot fetch ${url}: HTTP ${res.status}`);
  const type = res.headers.get('content-type') ?? '';
  if (type && !/html|xml|text\/plain/i.test(type)) throw new UserError(`${url} is not a web page (${type.split(';')[0]})`);
  const buf = Buffer.from(await res.arrayBuffer());
  const text = decodeText(buf, url);
  const finalUrl = res.url || url;
  return /text\/plain/i.test(type) && !looksLikeHtml(text) ? { text, url: finalUrl, date: null } : articleFromHtml(text, finalUrl);
}

function load(source: string, cwd: string): Promise<ArticleText> {
  if (/^https?:\/\//i.test(source)) return loadUrl(source);
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(source)) throw new UserError(`unsupported address ${source} (use https:// or a file)`);
  return loadFile(resolve(cwd, source), source);
}

function sampleFiles(): string[] {
  let names: string[];
  try {
    names = readdirSync(SAMPLES).filter((n) => /^seed-.*\.html$/.test(n)).sort();
  } catch {
    names = [];
  }
  if (names.length === 0) throw new UserError(`no sample articles in ${SAMPLES}`);
  return names.map((n) => resolve(SAMPLES, n));
}

/** Where a run writes, and the directory relative paths are read from. */
export interface AnnotateIo {
  out(text: string): void;
  err(text: string): void;
  cwd: string;
  /** Whether stdout is a colour terminal. */
  color: boolean;
}

/** Runs the command with `argv` (no "node script" prefix); resolves to the exit code. Never throws. */
export async function annotate(argv: string[], io: AnnotateIo): Promise<number> {
  try {
    await main(argv, io);
    return 0;
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    const message = e instanceof UserError ? e.message : `unexpected error: ${e.message}`;
    io.err(`annotate: ${message.replace(/\s+/g, ' ').trim()}\n`);
    return e instanceof UserError ? e.exitCode : 1;
  }
}

async function main(argv: string[], io: AnnotateIo): Promise<void> {
  const args = parseArgs(argv);
  if (args.help) {
    io.out(`${USAGE}\n`);
    return;
  }
  const sources = args.sources.length > 0 ? args.sources : sampleFiles();
  if (args.explain) {
    for (const source of sources) {
      const article = await load(source, io.cwd);
      io.out(`== ${basename(source)} (date ${article.date ?? 'unknown'})\n${formatExplanation(explain(article.text, { articleDate: article.date }))}\n\n`);
    }
    return;
  }
  const results: { source: string; report: Report; text: string }[] = [];
  for (const source of sources) {
    const article = await load(source, io.cwd);
    results.push({ source, report: reportFromText(article, { detect: detectClaims, contextFor }), text: article.text });
  }
  if (args.json) {
    const out =
      results.length === 1 ? results[0]!.report : { reports: results.map((r) => ({ source: basename(r.source), ...r.report })) };
    io.out(`${JSON.stringify(out)}\n`);
    return;
  }
  const blocks = results.map((r) => formatReadable(r.report, r.text, { color: io.color, title: basename(r.source) }));
  io.out(`${blocks.join('\n\n')}\n`);
}

// Run as a command (tsx scripts/annotate.ts); imported by the tests, it only exports.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const io: AnnotateIo = {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    // `npm run` starts us in the package root; a relative path means the caller's directory.
    cwd: process.env.INIT_CWD ?? process.cwd(),
    color: process.stdout.isTTY === true && !process.env.NO_COLOR,
  };
  // Exits once stdout has drained, so a piped report is never cut short (keep-alive sockets stay open).
  void annotate(process.argv.slice(2), io).then((code) => process.stdout.write('', () => process.exit(code)));
}
