/**
 * Writes data/README.md from the dataset itself: the format, how to add a figure, every metric,
 * a coverage table by fiscal year (the gaps are the empty cells), every source, and the reviewers'
 * notes. `npm run data:readme` rewrites it; a unit test fails when it is out of date.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { readDataFiles } from '../lib/dataset/node';
import { parseDataset } from '../lib/dataset/parse';
import { coverage, coverageSummary } from '../lib/dataset/coverage';
import { formatPeriod, formatYearToDate, parsePeriod, fiscalYearOf } from '../lib/dataset/period';
import { SOURCE_TIERS, type Dataset, type SourceTier } from '../lib/dataset/schema';

const DATA = resolve(import.meta.dirname, '../data');
const FIRST_FY = 2012;
const TIER_HEADINGS: Record<SourceTier, string> = {
  agency: 'Agency: the body that counts, or the text of a law',
  oversight: 'Oversight: CRS, GAO, inspectors general',
  research: 'Research',
  news: 'News: carriers of others\' figures',
  advocacy: 'Advocacy: partisan and advocacy outlets, think tanks, members\' pages',
};

const INTRO = `# The bundled dataset

Official figures on ICE's capacity and the load on it, by period, each with its source and the exact
words of the source that state it. Every number a reader sees in ICE Context traces to a record here.
A figure we cannot source does not ship: a missing metric-year is a gap (the empty cells below), never
an estimate or an interpolation. Where sources disagree, every figure is kept, each with its source.

This file is generated from the data by \`npm run data:readme\` (a unit test fails when it is stale);
edit the data or the notes in \`notes/\`, not this file.

## Format

- \`meta.json\`: the dataset's \`version\` and \`asOf\` ("figures as of"), shown in the options page.
- \`metrics/*.json\`: metric definitions, a JSON array each: \`id\`, \`name\` (plain English), \`unit\`,
  \`aggregation\` (\`total\` over the period, \`average\`, \`level\` at a point, \`peak\`), \`category\` (the
  claim category it answers), \`definition\`, \`countedBy\` (the agency that counts it) and \`caveats\`.
- \`sources/*.jsonl\`: one source per line: \`id\`, \`title\`, \`publisher\`, \`url\` (https), \`published\`
  (YYYY, YYYY-MM or YYYY-MM-DD), \`tier\` (who published the page read: \`agency\` the body that counts or
  the text of a law, \`oversight\` CRS, GAO, inspectors general, \`research\`, \`news\`, \`advocacy\`; see
  notes/source-tiers.md), \`ownEstimate\` (true on a research body's own estimate), \`note\`. A source is
  primary when its tier is \`agency\` or \`oversight\` or it is a research body's own estimate.
- \`figures/*.jsonl\`: one figure per line: \`metric\`, \`period\` (\`FY2019\` federal fiscal year, Oct. 1 to
  Sept. 30; \`CY2019\`; a month \`2019-06\`; a day \`2019-06-18\`; a range \`2019-01-01/2019-03-31\`),
  \`value\` (plain number; dollars in dollars), \`qualifier\` where the source hedges (\`about\`, \`more than\`,
  \`fewer than\`, \`nearly\`, \`at least\`, \`up to\`, \`peak\`, \`estimate\`), \`roundedTo\` where the source rounds
  every number to a step (DHS OHSS's tables: 10), \`account\` for money whose metric mixes bases (ICE's
  budget: \`main-appropriation\` the act's main line, \`appropriations-total\`, \`budget-authority\` with
  fees, \`unstated\`), \`unit\` (the metric's), \`source\`,
  \`quote\` (the source's exact words, at most 30 words, stating the number in digits), \`note\`, and
  \`countedBy\` only when a body other than the metric's counter counted the figure (GAO's calendar-year
  tally from ICE's records, TRAC's count from case records, \`news\` for a news organisation's own analysis
  or running total): the figure is shown with its series but is not the metric's count, so it never
  anchors a verdict. A research body's own series gets a metric of its own (TRAC's court backlog:
  \`courts-backlog-trac\`), never a place in the agency's.

One zod schema (\`lib/dataset/schema.ts\`) defines all of it; \`lib/dataset/parse.ts\` checks records against
each other. The build and the tests fail, naming the record (file:line), on a malformed record, a figure
whose source or metric is unknown, a duplicate (metric, period, source), a figure's \`countedBy\` equal to
its metric's, or a quote that does not state the value (267,258 / 267258 / 10.5 million / $8.4 billion).

## How to add a figure

1. Find the figure in the source, preferably the agency that counts it. Copy the sentence that states it.
2. If the source is new, add a line to a \`sources/*.jsonl\` file (reuse the id if its URL is already there).
3. Add a line to the \`figures/*.jsonl\` file of its category, keeping the file sorted by metric then period.
4. Run \`npx vitest run test/unit/dataset\` and \`npm run data:readme\`; bump \`version\` and \`asOf\` in \`meta.json\`.

Beware of statistics aggregator sites that publish generated or invented figures: cite the agency, a
named news organisation, or a research body, never an aggregator.
`;

function coverageTable(d: Dataset): string {
  const lastFy = Math.max(...d.figures.map((f) => fiscalYearOf(parsePeriod(f.period)!.end)));
  const years = Array.from({ length: lastFy - FIRST_FY + 1 }, (_, i) => FIRST_FY + i);
  const rows = d.metrics.map((m) => {
    const cells = years.map((y) => {
      const figs = d.figures.filter((f) => f.metric === m.id && fiscalYearOf(parsePeriod(f.period)!.end) === y);
      if (!figs.length) return '';
      return figs.some((f) => f.period === `FY${y}`) ? 'FY' : '•';
    });
    return `| \`${m.id}\` | ${cells.join(' | ')} |`;
  });
  return [
    `## Coverage by fiscal year`,
    '',
    '`FY` a figure for the whole fiscal year; `•` figures for a date, month or part of that fiscal year; empty: a known gap.',
    '',
    `| metric | ${years.map((y) => `FY${String(y).slice(2)}`).join(' | ')} |`,
    `|---|${years.map(() => '---').join('|')}|`,
    ...rows,
  ].join('\n');
}

/** Each core series' newest period: how fresh the dataset is where readers look first. */
function freshness(d: Dataset): string {
  const c = coverage(d);
  return [
    '## Freshness of the core series',
    '',
    `Coverage (see COVERAGE.md): ${coverageSummary(c.totals)}. The newest figure of each core series:`,
    '',
    ...c.rows.map((r) => `- ${r.series.name}: ${r.newest ? (formatYearToDate(r.newest.period) ?? formatPeriod(r.newest.period)) : 'none'}`),
  ].join('\n');
}

function metrics(d: Dataset): string {
  const lines = d.metrics.map((m) => {
    const own = d.figures.filter((f) => f.metric === m.id);
    const n = own.length;
    // Figures another body counted (their countedBy), shown with the series but never anchoring a verdict.
    const others = [...new Set(own.flatMap((f) => (f.countedBy ? [f.countedBy] : [])))].sort();
    const k = own.filter((f) => f.countedBy).length;
    const otherText = k ? `, ${k} of them counted by ${others.join(', ')}` : '';
    const caveats = m.caveats.length ? ` Caveats: ${m.caveats.join(' ')}` : '';
    return `- \`${m.id}\` — **${m.name}** (${m.unit}; ${m.aggregation}; counted by ${m.countedBy}; ${n} figure${n === 1 ? '' : 's'}${otherText}). ${m.definition}${caveats}`;
  });
  return ['## Metrics', '', ...lines].join('\n');
}

function sources(d: Dataset): string {
  const line = (s: Dataset['sources'][number]) => {
    const n = d.figures.filter((f) => f.source === s.id).length;
    return `- \`${s.id}\` — ${s.publisher}, [${s.title.replace(/[[\]]/g, '')}](${s.url}), ${s.published} (${n} figure${n === 1 ? '' : 's'})`;
  };
  const sorted = [...d.sources].sort((a, b) => a.publisher.localeCompare(b.publisher) || a.id.localeCompare(b.id));
  const sections = SOURCE_TIERS.flatMap((tier) => {
    const list = sorted.filter((s) => s.tier === tier);
    return list.length ? [`### ${TIER_HEADINGS[tier]} (${list.length})`, '', ...list.map(line), ''] : [];
  });
  return [`## Sources (${d.sources.length})`, '', ...sections].join('\n').trimEnd();
}

/** The README text for the dataset in `dir`. */
export function dataReadme(dir = DATA): string {
  const files = readDataFiles(dir);
  const d = parseDataset(files);
  const notesDir = resolve(dir, 'notes');
  const notes = (existsSync(notesDir) ? readdirSync(notesDir).filter((n) => n.endsWith('.md')).sort() : [])
    .map((n) => `## Notes: notes/${n}\n\n` + readFileSync(resolve(notesDir, n), 'utf8').replace(/^# .*\n+/, '').replace(/^(#+) /gm, '#$1 '))
    .join('\n\n');
  const header = `Version ${d.meta.version}, figures as of ${d.meta.asOf}: ${d.figures.length} figures, ${d.metrics.length} metrics, ${d.sources.length} sources (${SOURCE_TIERS.map((t) => `${d.sources.filter((s) => s.tier === t).length} ${t}`).join(', ')}).`;
  return [INTRO, header, freshness(d), coverageTable(d), metrics(d), sources(d), notes].join('\n\n').trimEnd() + '\n';
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  writeFileSync(resolve(DATA, 'README.md'), dataReadme());
  console.log('Wrote data/README.md');
}
