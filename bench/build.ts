/**
 * Builds one Chrome flavour of the extension into OUT_DIR (apart from .output, which the end-to-end
 * tests use): `tsx bench/build.ts bench|production`. Run as a child process per flavour, because
 * wxt.config.ts reads its flavour from the environment when it loads.
 */
import { build } from 'wxt';
import { OUT_DIR, ROOT } from './paths';

const flavour = process.argv[2];
if (flavour !== 'bench' && flavour !== 'production') throw new Error('usage: tsx bench/build.ts bench|production');
if (flavour === 'bench') process.env.ICE_CONTEXT_BENCH = '1';
else delete process.env.ICE_CONTEXT_BENCH;
for (const v of ['ICE_CONTEXT_DEMO', 'ICE_CONTEXT_E2E']) delete process.env[v];
await build({ root: ROOT, outDir: OUT_DIR, browser: 'chrome', logger: { ...console, debug() {}, info() {}, success() {}, log() {} } as never });
