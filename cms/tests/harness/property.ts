import type { Parameters as FcParameters } from 'fast-check';

/**
 * The fast-check seed of a security property: fixed in CI (22), so a run is repeatable; a fresh
 * one locally, printed, so every developer run tries new cases and a failure can be replayed with
 * FC_SEED=<seed>.
 */
export const propertySeed = (label: string): number => {
  const fixed = process.env.FC_SEED ?? (process.env.CI ? '22' : undefined);
  const seed = fixed !== undefined ? Number(fixed) : Math.floor(Math.random() * 2 ** 31);
  console.log(`${label}: fast-check seed ${seed} (replay with FC_SEED=${seed})`);
  return seed;
};

/** fast-check's run settings for a property: its seed, `numRuns` cases, stop at the first failure. */
export const propertyRuns = <T>(numRuns: number, label = 'security property'): FcParameters<T> => ({
  seed: propertySeed(label),
  numRuns,
  endOnFailure: true,
});
