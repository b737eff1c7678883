/**
 * Property tests' randomness. Locally every run draws a fresh seed (fast-check prints it with any
 * counterexample); under CI=true the seed is fixed, so a run on a clean clone is reproducible and a
 * red CI always means a change, never a lucky draw. FC_SEED=<n> replays one seed anywhere;
 * `npm run test:fuzz` runs the property tests with fresh seeds and more runs.
 */
import fc from 'fast-check';

const CI_SEED = 20_261_124;
const seed = process.env.FC_SEED !== undefined ? Number(process.env.FC_SEED) : process.env.CI === 'true' ? CI_SEED : undefined;
if (seed !== undefined && !Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer, not ${process.env.FC_SEED}`);
const factor = Number(process.env.FC_RUNS_FACTOR ?? 1);

fc.configureGlobal({
  ...(seed !== undefined ? { seed } : {}),
  ...(factor > 1 ? { numRuns: Math.round(100 * factor) } : {}),
});
