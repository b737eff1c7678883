import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataFiles } from '../../../lib/dataset/node';
import { parseDataset } from '../../../lib/dataset/parse';
import { SOURCE_TIERS, SourceSchema, type Source, type SourceTier } from '../../../lib/dataset/schema';

const DATA = resolve(import.meta.dirname, '../../../data');
const dataset = parseDataset(readDataFiles(DATA));
const host = (s: Source) => new URL(s.url).hostname.toLowerCase();

/** Hosts whose tier is known whatever the page; first match wins. */
const HOST_TIERS: [RegExp, SourceTier[]][] = [
  // Legislative texts (bills and enacted acts) are the law's own words.
  [/^(www\.)?(congress\.gov|govinfo\.gov|docs\.house\.gov)$/, ['agency']],
  // Members', party leaders' and committees' pages argue a side.
  [/(^|\.)(house|senate)\.gov$/, ['advocacy']],
  [/(^|\.)(gao\.gov|oig\.dhs\.gov|cbo\.gov|everycrsreport\.com)$/, ['oversight']],
  [/(^|\.)(gov|mil)$/, ['agency']],
  [/(^|\.)(pewresearch\.org|migrationpolicy\.org|vera\.org|deportationdata\.org)$/, ['research']],
  // TRAC's site also reproduces news articles that cite TRAC.
  [/(^|\.)(trac\.syr\.edu|tracreports\.org)$/, ['research', 'news']],
  [
    /(^|\.)(cis\.org|immigrationreform\.com|numbersusa\.com|americasvoice\.org|theepochtimes\.com|breitbart\.com|cato\.org|americanimmigrationcouncil\.org|immigrationimpact\.com|aclu\.org|justthenews\.com|immigrantjustice\.org|detentionwatchnetwork\.org|heritage\.org)$/,
    ['advocacy'],
  ],
  // Partisan outlets that also carry wire stories (a Reuters or AP story keeps its news tier).
  [/(^|\.)(newsmax\.com|cnsnews\.com)$/, ['advocacy', 'news']],
];

/** An agency or oversight document read away from its government host must say it is a copy. */
const OFFICIAL_HOST = /(^|\.)(gov|mil)$/;
const SAYS_COPY = /\b(copy|copied|via|archived|archive|transcribed|hosted|distributed|uploaded)\b/i;

describe('source tiers', () => {
  it('every source has one of the five tiers', () => {
    expect(dataset.sources.length).toBeGreaterThan(150);
    expect(dataset.sources.filter((s) => !SOURCE_TIERS.includes(s.tier)).map((s) => s.id)).toEqual([]);
  });

  it('known hosts carry the tier expected of them', () => {
    const wrong = dataset.sources.flatMap((s) => {
      const rule = HOST_TIERS.find(([re]) => re.test(host(s)));
      return rule && !rule[1].includes(s.tier) ? [`${s.id} (${host(s)}): ${s.tier}, expected ${rule[1].join(' or ')}`] : [];
    });
    expect(wrong).toEqual([]);
  });

  it('an agency or oversight document on another host is named as a copy', () => {
    const unnamed = dataset.sources.filter(
      (s) => (s.tier === 'agency' || s.tier === 'oversight') && !OFFICIAL_HOST.test(host(s)) && !SAYS_COPY.test(`${s.publisher} ${s.note ?? ''}`),
    );
    expect(unnamed.map((s) => s.id)).toEqual([]);
  });

  it('the judgement calls in data/notes/source-tiers.md match the data', () => {
    const notes = readFileSync(resolve(DATA, 'notes/source-tiers.md'), 'utf8');
    const rows = [...notes.matchAll(/^\| `([a-z0-9-]+)` \| (\w+) \|/gm)].map((m) => [m[1]!, m[2]!] as const);
    expect(rows.length).toBeGreaterThan(20);
    const byId = new Map(dataset.sources.map((s) => [s.id, s.tier]));
    expect(rows.filter(([id, tier]) => byId.get(id) !== tier).map(([id, tier]) => `${id}: notes say ${tier}, data ${byId.get(id) ?? 'missing'}`)).toEqual([]);
  });
});

describe('primary is derived from the tier', () => {
  const base = { id: 'x', title: 'A page', publisher: 'Someone', url: 'https://example.org/x', published: '2020' };

  it('is true for agency and oversight, and for a research body only on its own estimate', () => {
    const primary = (extra: object) => SourceSchema.parse({ ...base, ...extra }).primary;
    expect(SOURCE_TIERS.map((tier) => primary({ tier }))).toEqual([true, true, false, false, false]);
    expect(primary({ tier: 'research', ownEstimate: true })).toBe(true);
  });

  it('refuses a stored primary flag and an own estimate outside research', () => {
    expect(SourceSchema.safeParse({ ...base, tier: 'news', primary: true }).success).toBe(false);
    expect(SourceSchema.safeParse({ ...base, tier: 'news', ownEstimate: true }).success).toBe(false);
  });

  it("an own-estimate source gives its own body's figures and the agencies' it carries, never another research body's; its body's figures come from one", () => {
    const BODY = { Pew: /Pew Research Center/, MPI: /Migration Policy Institute/, TRAC: /\bTRAC\b/ } as const;
    const RESEARCH = new Set(['Pew', 'MPI', 'CMS', 'TRAC']);
    const metric = new Map(dataset.metrics.map((m) => [m.id, m]));
    const source = new Map(dataset.sources.map((s) => [s.id, s]));
    const bad = dataset.figures.flatMap((f) => {
      const s = source.get(f.source)!;
      // Who counted this figure: its own countedBy (TRAC's count from ICE's records) or its metric's counter.
      const counter = f.countedBy ?? metric.get(f.metric)!.countedBy;
      const own = counter in BODY && BODY[counter as keyof typeof BODY].test(s.publisher) && s.tier === 'research';
      // A TRAC report states its own backlog count and, quoting EOIR, the judges on board: the second stays EOIR's.
      if (s.ownEstimate && !own && RESEARCH.has(counter)) return [`${s.id} is an own estimate but gives ${f.metric} (counted by ${counter})`];
      if (own && !s.ownEstimate) return [`${s.id} gives ${counter}'s own ${f.metric} but is not marked ownEstimate`];
      return [];
    });
    expect(bad).toEqual([]);
  });
});
