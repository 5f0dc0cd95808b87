/**
 * fast-check settings for the property tests. `npm test` runs each property a bounded number
 * of times from a fixed seed, so a failure is repeatable. The long mode is switched on by
 * NSROLES_FUZZ_RUNS=n: every property then runs about n times (fewer for the costly ones, see
 * `cost`) from a random seed printed once; NSROLES_FUZZ_SEED=s replays a seed.
 */
import type fc from 'fast-check';

const RUNS = Number(process.env.NSROLES_FUZZ_RUNS ?? '');
/** True in the long mode. */
export const LONG = Number.isInteger(RUNS) && RUNS > 0;

const SEED = process.env.NSROLES_FUZZ_SEED !== undefined ? Number(process.env.NSROLES_FUZZ_SEED) : LONG ? Date.now() ^ (Math.random() * 0x7fffffff) : undefined;
let told = false;

/**
 * Parameters for fc.assert: `runs` times from `seed` normally; in the long mode at least
 * NSROLES_FUZZ_RUNS / cost times (cost: how many pure-engine runs one run is worth).
 */
export function fuzz<T>(runs: number, seed: number, cost = 1): fc.Parameters<T> {
  if (!LONG && SEED === undefined) return { seed, numRuns: runs };
  if (!told) {
    told = true;
    console.log(`      fuzz: seed ${SEED}${LONG ? `, NSROLES_FUZZ_RUNS=${RUNS}` : ''} (NSROLES_FUZZ_SEED=${SEED} replays it)`);
  }
  return { seed: SEED!, numRuns: LONG ? Math.max(runs, Math.ceil(RUNS / cost)) : runs };
}

/** A mocha timeout: `ms` normally, none in the long mode. */
export function fuzzTimeout(ms: number): number {
  return LONG ? 0 : ms;
}
