/**
 * The no-raw-timers rule of eslint.config.js, proven: probes at paths inside entrypoints/, linted with
 * the project's own config; a raw timer, however it is reached, fails; a ctx timer passes.
 */
import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../../..');
const RULES = ['no-restricted-globals', 'no-restricted-properties'];
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

/** The timer-rule messages for `code` as if it were the file at `path`. */
async function timerErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(ROOT, path) });
  return result!.messages.filter((m) => RULES.includes(m.ruleId ?? '') && /raw timers/.test(m.message)).map((m) => m.message);
}

const probes: [what: string, path: string, code: string, breaks: boolean][] = [
  ['a popup polling with setTimeout', 'entrypoints/popup/__probe__.tsx', 'export const wait = () => new Promise((r) => setTimeout(r, 250));', true],
  ['setInterval in the background', 'entrypoints/background/__probe__.ts', 'export const id = setInterval(() => undefined, 1000);', true],
  ['window.setTimeout in the content script', 'entrypoints/content/__probe__.ts', 'export const id = window.setTimeout(() => undefined, 0);', true],
  ['globalThis.requestAnimationFrame in the content script', 'entrypoints/content/__probe__.ts', 'export const id = globalThis.requestAnimationFrame(() => undefined);', true],
  ['requestIdleCallback in the options page', 'entrypoints/options/__probe__.tsx', 'export const id = requestIdleCallback(() => undefined);', true],
  [
    'a ctx timer',
    'entrypoints/content/__probe__.ts',
    "import type { ContentScriptContext } from 'wxt/utils/content-script-context';\nexport const later = (ctx: ContentScriptContext) => ctx.setTimeout(() => undefined, 250);",
    false,
  ],
  ['outside entrypoints/ (a pure helper may take a clock)', 'lib/page/__probe__.ts', 'export const wait = () => new Promise((r) => setTimeout(r, 0));', false],
];

describe('no raw timers in entrypoints/ (eslint.config.js)', () => {
  it.each(probes)('%s', async (_what, path, code, breaks) => {
    const errors = await timerErrors(path, code);
    if (breaks) expect(errors.length, `${path} should break the timer rule`).toBeGreaterThan(0);
    else expect(errors).toEqual([]);
  });
});
