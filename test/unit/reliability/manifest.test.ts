/**
 * Least privilege, read from the built extension (run after `npm run build:all`; test/e2e/manifest.e2e.ts
 * runs this file again after the e2e build, so `npm test` always checks a fresh build):
 * - the permissions equal the README's table, with no broad host access at install time;
 * - a strict extension CSP;
 * - no eval or Function constructor in our bundles, and no network API but three library code paths
 *   that are never taken (test/e2e/no-network.e2e.ts proves it by behaviour);
 * - `web-ext lint` reports no errors, and every warning is explained in the README.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NEWS_MATCHES } from '../../../lib/sites';

const ROOT = resolve(import.meta.dirname, '../../..');
const BUILDS = { chrome: join(ROOT, '.output/chrome-mv3'), firefox: join(ROOT, '.output/firefox-mv2') };
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const STRICT_CSP = "script-src 'self'; object-src 'self'";
const BROAD = ['<all_urls>', '*://*/*', 'http://*/*', 'https://*/*', '*://*/'];

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[]; all_frames?: boolean }[];
  content_security_policy?: string | { extension_pages?: string };
  web_accessible_resources?: unknown;
  externally_connectable?: unknown;
}

const built = existsSync(join(BUILDS.chrome, 'manifest.json')) && existsSync(join(BUILDS.firefox, 'manifest.json'));
// Without a build these checks wait for test/e2e/manifest.e2e.ts, which `npm test` runs after building:
// vitest lists them as skipped, which is no failure, so no banner is printed.

const manifestOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Manifest;

/** The permissions table of the README ("## Permissions, and why"): one row per permission. */
function readmePermissions(): { api: string[]; hosts: 'news-sites' | null; optional: string[] } {
  const section = README.split(/^## /m).find((s) => s.startsWith('Permissions'));
  if (!section) throw new Error('README has no "Permissions" section');
  const rows = section
    .split('\n')
    .filter((l) => l.startsWith('|') && !/^\|\s*-/.test(l))
    .slice(1)
    .map((l) => l.split('|')[1]!.trim());
  const api: string[] = [];
  const optional: string[] = [];
  let hosts: 'news-sites' | null = null;
  for (const row of rows) {
    const ticks = [...row.matchAll(/`([^`]+)`/g)].map((m) => m[1]!);
    if (/^optional/i.test(row)) optional.push(...ticks);
    else if (/^host access to the default news sites/i.test(row)) hosts = 'news-sites';
    else api.push(...ticks);
  }
  return { api, hosts, optional };
}

/** Every .js file of a build. */
function scripts(dir: string): { name: string; code: string }[] {
  const out: { name: string; code: string }[] = [];
  const walk = (d: string) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (f.endsWith('.js')) out.push({ name: p.slice(dir.length + 1), code: readFileSync(p, 'utf8') });
    }
  };
  walk(dir);
  return out;
}

/**
 * The library code paths in our bundles that can call fetch, each recognised by what surrounds it,
 * none reachable with our settings: @webext-core/isolated-element's `css.url` (we pass `textContent`),
 * WXT's `loadCss` for cssInjectionMode "ui" (ours is "manifest"), Vite's modulepreload polyfill
 * (which fetches only chrome-extension:// files our HTML already lists).
 */
const KNOWN_FETCH = [/`url`\s*in\s*\w+\s*\?\s*(yield|await)\s*fetch\(\w+\.url\)/, /getURL\(`\/content-scripts\/[^`]+\.css`\);try\{return await\(await fetch\(/, /crossOrigin===`anonymous`\?`omit`:`same-origin`,\w+\}function \w+\(\w+\)\{if\(\w+\.ep\)return;\w+\.ep=!0;let \w+=\w+\(\w+\);fetch\(/];

describe.runIf(built)('least privilege in the built extension', () => {
  // vitest collects a skipped suite too: read the builds only when they exist.
  const chrome = built ? manifestOf(BUILDS.chrome) : ({} as Manifest);
  const firefox = built ? manifestOf(BUILDS.firefox) : ({} as Manifest);
  const table = readmePermissions();

  it('the README’s permissions table is what it should be', () => {
    expect(table.api.sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(table.hosts).toBe('news-sites');
    expect(table.optional).toEqual(['*://*/*']);
  });

  it('Firefox: 146 at least, the first version that draws the underline marks inside ::highlight()', () => {
    const gecko = (firefox as { browser_specific_settings?: Record<string, { strict_min_version?: string }> }).browser_specific_settings ?? {};
    for (const key of ['gecko', 'gecko_android']) expect(parseFloat(gecko[key]?.strict_min_version ?? '0'), key).toBeGreaterThanOrEqual(146);
  });

  it('Chrome MV3: permissions equal the table; hosts are the news sites only; any site only optional', () => {
    expect(chrome.manifest_version).toBe(3);
    expect([...(chrome.permissions ?? [])].sort()).toEqual([...table.api].sort());
    expect([...(chrome.host_permissions ?? [])].sort()).toEqual([...NEWS_MATCHES].sort());
    expect(chrome.optional_host_permissions).toEqual(table.optional);
    expect(chrome.optional_permissions ?? []).toEqual([]);
  });

  it('Firefox MV2: API permissions plus the news sites equal the table; any site only optional', () => {
    expect(firefox.manifest_version).toBe(2);
    const perms = firefox.permissions ?? [];
    expect(perms.filter((p) => !p.includes('://')).sort()).toEqual([...table.api].sort());
    expect(perms.filter((p) => p.includes('://')).sort()).toEqual([...NEWS_MATCHES].sort());
    expect(firefox.optional_permissions).toEqual(table.optional);
  });

  it('no broad host access at install time; the content script matches the news sites in the top frame only', () => {
    for (const m of [chrome, firefox]) {
      const installTime = [...(m.permissions ?? []), ...(m.host_permissions ?? []), ...(m.content_scripts ?? []).flatMap((c) => c.matches)];
      for (const broad of BROAD) expect(installTime).not.toContain(broad);
      expect(installTime.every((p) => !p.includes('://') || /^\*:\/\/\*\.[a-z0-9.-]+\.[a-z]{2,}\/\*$/.test(p))).toBe(true);
      for (const cs of m.content_scripts ?? []) {
        expect(cs.all_frames ?? false).toBe(false);
        expect([...cs.matches].sort()).toEqual([...NEWS_MATCHES].sort());
      }
      // Nothing exposed to pages or other extensions.
      expect(m.web_accessible_resources).toBeUndefined();
      expect(m.externally_connectable).toBeUndefined();
      expect(m.permissions ?? []).not.toEqual(expect.arrayContaining(['tabs']));
      for (const p of ['tabs', 'webRequest', 'webRequestBlocking', 'cookies', 'history', 'debugger', 'nativeMessaging', 'downloads', 'clipboardRead'])
        expect(m.permissions ?? []).not.toContain(p);
    }
  });

  it('a strict extension CSP: our own scripts only', () => {
    expect(chrome.content_security_policy).toEqual({ extension_pages: STRICT_CSP });
    expect(firefox.content_security_policy).toBe(STRICT_CSP);
  });

  it('no eval, no Function constructor, no string timers in our bundles', () => {
    for (const dir of Object.values(BUILDS)) {
      const files = scripts(dir);
      expect(files.length).toBeGreaterThan(3);
      for (const { name, code } of files) {
        expect(code, name).not.toMatch(/(^|[^.\w$])eval\s*\(/);
        expect(code, name).not.toMatch(/new\s+Function\s*\(/);
        expect(code, name).not.toMatch(/[^.\w$]Function\s*\(\s*[`'"]/);
        // zod's JIT probe, compiled out by scripts/vite-no-eval.ts.
        expect(code, name).not.toMatch(/const \w+ ?= ?Function;/);
        expect(code, name).not.toMatch(/set(Timeout|Interval)\(\s*[`'"]/);
      }
    }
  });

  it('no network API in our bundles but three library code paths that are never taken', () => {
    for (const dir of Object.values(BUILDS)) {
      const sites: string[] = [];
      for (const { name, code } of scripts(dir)) {
        for (const api of ['XMLHttpRequest', 'WebSocket', 'sendBeacon', 'EventSource', 'importScripts(', 'RTCPeerConnection'])
          expect(code.includes(api), `${api} in ${name}`).toBe(false);
        for (const m of code.matchAll(/[^.\w$]fetch\(/g)) {
          const around = code.slice(Math.max(0, m.index - 200), m.index + 30);
          const known = KNOWN_FETCH.some((re) => re.test(around));
          expect(known, `unknown fetch in ${name}: …${around}…`).toBe(true);
          sites.push(name);
        }
      }
      expect(sites.length).toBeLessThanOrEqual(3);
    }
  });

  it('the content script every listed page gets carries no detector, dataset, schema library or UI library', () => {
    for (const dir of Object.values(BUILDS)) {
      const content = readFileSync(join(dir, 'content-scripts/content.js'), 'utf8');
      const background = readFileSync(join(dir, 'background.js'), 'utf8');
      // The markers are present where those parts do live, so their absence here means something.
      const markers: [string, RegExp][] = [
        ['the detector (Intl.Segmenter)', /Segmenter/],
        ['the dataset (its sources)', /tracreports\.org/],
        ['zod', /_zod|ZodError/],
      ];
      for (const [what, re] of markers) {
        expect(background, `${what} in background.js`).toMatch(re);
        expect(content, `${what} in content.js`).not.toMatch(re);
      }
      // Preact's vnode fields: the card's UI is injected on first use, not carried.
      expect(readFileSync(join(dir, 'card.js'), 'utf8')).toMatch(/\b__k\b/);
      expect(content).not.toMatch(/\b__k\b|\b__H\b/);
    }
  });

  it('web-ext lint: no errors, and every warning is explained in the README', { timeout: 120_000 }, () => {
    let out: string;
    try {
      out = execFileSync(join(ROOT, 'node_modules/.bin/web-ext'), ['lint', '--source-dir', BUILDS.firefox, '--output', 'json', '--no-config-discovery'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      });
    } catch (e) {
      // web-ext exits non-zero on errors; its report is still on stdout.
      out = String((e as { stdout?: string }).stdout ?? '');
    }
    const report = JSON.parse(out.slice(out.indexOf('{'))) as { errors: { code: string }[]; warnings: { code: string; file?: string }[] };
    expect(report.errors).toEqual([]);
    for (const w of report.warnings) expect(README, `warning ${w.code} (${w.file}) is not explained in the README`).toContain(w.code);
  });
});
