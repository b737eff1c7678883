/**
 * Builds one Chrome flavour of the extension into OUT_DIR (apart from .output, which the end-to-end
 * tests use): `tsx bench/build.ts bench|production|profile`. Run as a child process per flavour,
 * because wxt.config.ts reads its flavour from the environment when it loads. "profile" is the
 * benchmark flavour unminified (readable function names in CPU profiles), in its own folder.
 */
import { join } from 'node:path';
import { build } from 'wxt';
import { OUT_DIR, ROOT } from './paths';

const flavour = process.argv[2];
if (flavour !== 'bench' && flavour !== 'production' && flavour !== 'profile') throw new Error('usage: tsx bench/build.ts bench|production|profile');
if (flavour === 'production') delete process.env.ICE_CONTEXT_BENCH;
else process.env.ICE_CONTEXT_BENCH = '1';
for (const v of ['ICE_CONTEXT_DEMO', 'ICE_CONTEXT_E2E']) delete process.env[v];
await build({
  root: ROOT,
  outDir: flavour === 'profile' ? join(OUT_DIR, 'profile') : OUT_DIR,
  browser: 'chrome',
  vite: () => (flavour === 'profile' ? { build: { minify: false } } : {}),
  logger: { ...console, debug() {}, info() {}, success() {}, log() {} } as never,
});
