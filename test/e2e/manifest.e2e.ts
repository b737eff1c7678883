/**
 * The least-privilege checks of test/unit/reliability/manifest.test.ts, run again after the e2e
 * build, so that `npm test` (unit tests first, then the build) always checks a fresh build.
 */
import '../unit/reliability/manifest.test';
