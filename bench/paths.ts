import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..');
/** Builds go here, apart from .output (the end-to-end tests' builds) and out of lint's and git's way. */
export const OUT_DIR = join(ROOT, 'node_modules/.cache/ice-context-bench');
export const BENCH_BUILD = join(OUT_DIR, 'chrome-mv3-bench');
export const PRODUCTION_BUILD = join(OUT_DIR, 'chrome-mv3');
export const PROFILE_BUILD = join(OUT_DIR, 'profile/chrome-mv3-bench');
