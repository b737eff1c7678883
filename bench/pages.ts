/**
 * The benchmark pages, built in memory from the fixture pages and sentences (deterministic: a seeded
 * generator, no network). The long pages reuse the seed article's furniture (nav, JSON-LD date,
 * comments, footer) with a generated article body, so the extension meets real news-page markup.
 * The text is invented test prose (dev sentences, seed paragraphs): never data.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const PAGES = join(ROOT, 'test/fixtures/pages');
const DEV = join(ROOT, 'test/fixtures/shared/dev-sentences.jsonl');
const DEV_FALLBACK = '/work/shared/fixtures/dev-sentences.jsonl';

export interface BenchPage {
  /** Short key used in the table and results.json. */
  key: string;
  title: string;
  html: string;
  /** An immigration article: the "typical article" budget applies. */
  article: boolean;
  /** Appends paragraphs after the bench calls window.__benchStartLive(). */
  live?: { paragraphs: number; intervalMs: number };
}

/** mulberry32: a small seeded PRNG, so every run builds the same pages. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const fixture = (name: string) => readFileSync(join(PAGES, name), 'utf8');

function devSentences(): string[] {
  let raw: string;
  try {
    raw = readFileSync(DEV, 'utf8');
  } catch {
    raw = readFileSync(DEV_FALLBACK, 'utf8');
  }
  return raw
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => (JSON.parse(l) as { text: string }).text);
}

function seedParagraphs(): string[] {
  const out: string[] = [];
  for (const f of ['000-ice-7000-deportations-a-month.txt', '002-does-ice-have-the-resources.txt']) {
    const lines = readFileSync(join(PAGES, 'source', f), 'utf8').split('\n').slice(2);
    out.push(...lines.map((l) => l.trim()).filter((l) => l.length > 60 && !l.startsWith('SEE ALSO')));
  }
  return out;
}

/** Sentences of the seed paragraphs and the dev sentences: the prose the long pages are made of. */
function sentencePool(): string[] {
  const seedSentences = seedParagraphs().flatMap((p) => p.split(/(?<=[.!?][’”"]?)\s+(?=[A-Z“‘"])/));
  return [...devSentences(), ...seedSentences].filter((s) => s.length > 20);
}

/** The seed article's page with its article body replaced by `bodyHtml`. */
function inSeedShell(title: string, bodyHtml: string, extraScript = ''): string {
  const html = fixture('seed-000-ice-7000-deportations.html');
  const open = '<div class="article__body" itemprop="articleBody">';
  const start = html.indexOf(open) + open.length;
  const end = html.indexOf('<footer class="article__footer">');
  const close = html.lastIndexOf('</div>', end);
  if (start < open.length || end < 0 || close < start) throw new Error('seed page shell changed');
  return (html.slice(0, start) + '\n' + bodyHtml + '\n      ' + html.slice(close, html.indexOf('</body>')) + extraScript + '\n</body>\n</html>\n').replace(
    /<title>[^<]*<\/title>/,
    `<title>${esc(title)}</title>`,
  );
}

const para = (text: string) => `        <p class="paragraph">${esc(text)}</p>`;

/** About 10,000 words: seed paragraphs and runs of dev sentences, with subheads, shuffled by seed. */
function longRead(): string {
  const r = rng(1);
  const seeds = seedParagraphs();
  const dev = devSentences();
  const blocks: string[] = [];
  let total = 0;
  for (let i = 0; total < 10_000; i++) {
    const text =
      i % 2 === 0 ? seeds[Math.floor(r() * seeds.length)]! : Array.from({ length: 2 + Math.floor(r() * 3) }, () => dev[Math.floor(r() * dev.length)]!).join(' ');
    total += words(text);
    blocks.push(para(text));
    if (i % 15 === 14) blocks.push(`        <h2>Part ${Math.floor(i / 15) + 1}</h2>`);
  }
  return inSeedShell('Long read: the limits of immigration enforcement (benchmark)', blocks.join('\n'));
}

/** About 1 MB of article text in 5,000 paragraphs of about 200 characters. */
function huge(): string {
  const r = rng(2);
  const pool = sentencePool();
  const blocks: string[] = [];
  for (let i = 0; i < 5000; i++) {
    let text = '';
    while (text.length < 150) text += (text ? ' ' : '') + pool[Math.floor(r() * pool.length)]!;
    blocks.push(para(text));
  }
  return inSeedShell('Everything about immigration enforcement (benchmark, 1 MB)', blocks.join('\n'));
}

/**
 * The seed article, then 200 paragraphs appended one at a time by the page's own script, started by
 * the bench (window.__benchStartLive) once the first scan is done; window.__benchLiveDone is set at the end.
 */
function live(count: number, intervalMs: number): string {
  const r = rng(3);
  const pool = sentencePool();
  const texts = Array.from({ length: count }, () => Array.from({ length: 1 + Math.floor(r() * 2) }, () => pool[Math.floor(r() * pool.length)]!).join(' '));
  const script = `<script>
  window.__benchStartLive = () => new Promise((done) => {
    const texts = ${JSON.stringify(texts)};
    const body = document.querySelector('.article__body');
    let i = 0;
    const timer = setInterval(() => {
      const p = document.createElement('p');
      p.className = 'paragraph live';
      p.textContent = texts[i++];
      body.append(p);
      if (i === texts.length) { clearInterval(timer); window.__benchLiveDone = performance.now(); done(); }
    }, ${intervalMs});
  });
</script>`;
  const html = fixture('seed-000-ice-7000-deportations.html');
  return html.replace('</body>', `${script}\n</body>`);
}

/** The hockey story's paragraphs repeated to about 3,000 words (no immigration content). */
function sportsLong(): string {
  const html = fixture('sports-hockey.html');
  const open = '<div class="story-body">';
  const start = html.indexOf(open) + open.length;
  const end = html.indexOf('<table class="box-score">');
  if (start < open.length || end < start) throw new Error('sports page shell changed');
  const body = html.slice(start, end);
  const copies = Math.ceil(3000 / words(body.replace(/<[^>]+>/g, ' ')));
  return html.slice(0, start) + Array.from({ length: copies }, () => body).join('') + html.slice(end);
}

/** sportsLong() without the coach's joke about "detention". */
function sportsPlain(): string {
  const html = sportsLong();
  const plain = html.replaceAll('called “detention,”', 'called “the sin bin,”');
  if (plain === html || /detention/i.test(plain)) throw new Error('sports page text changed');
  return plain;
}

/** All benchmark pages, in table order. */
export function benchPages(liveCount = 200, liveIntervalMs = 50): BenchPage[] {
  return [
    { key: 'seed-000', title: 'Seed article 000 (Boston Globe)', html: fixture('seed-000-ice-7000-deportations.html'), article: true },
    { key: 'seed-002', title: 'Seed article 002 (Observer)', html: fixture('seed-002-ice-resources.html'), article: true },
    { key: 'long-read', title: 'Long read (~10,000 words)', html: longRead(), article: true },
    { key: 'huge', title: 'Huge page (~1 MB, 5,000 paragraphs)', html: huge(), article: false },
    { key: 'live', title: `Live page (+${liveCount} paragraphs, every ${liveIntervalMs} ms)`, html: live(liveCount, liveIntervalMs), article: true, live: { paragraphs: liveCount, intervalMs: liveIntervalMs } },
    { key: 'sports', title: 'Sports story (~3,000 words, no immigration)', html: sportsLong(), article: false },
    // The same story without its one scare-quoted "detention": no word of the gate's vocabulary at all,
    // as on most pages of other beats (the gate then rejects the page on a substring look-up).
    { key: 'sports-plain', title: 'Sports story, no enforcement word (~3,000 words)', html: sportsPlain(), article: false },
  ];
}

/** Visible words and characters of a page's body text (for the table's page descriptions). */
export function pageSize(html: string): { words: number; chars: number } {
  const text = html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&[a-z]+;/g, ' ');
  return { words: words(text), chars: text.replace(/\s+/g, ' ').length };
}
