import type { Parameters as FcParameters } from 'fast-check';

/**
 * fast-check's run settings for a security property: a fixed seed in CI, so a run is repeatable,
 * and a fresh seed locally, printed, so every developer run tries new cases and a failure can be
 * replayed with FC_SEED=<seed>.
 */
export const propertyRuns = <T>(numRuns: number): FcParameters<T> => {
  const fixed = process.env.FC_SEED ?? (process.env.CI ? '20261206' : undefined);
  const seed = fixed !== undefined ? Number(fixed) : Math.floor(Math.random() * 2 ** 31);
  // eslint-disable-next-line no-console
  if (fixed === undefined) console.log(`fast-check seed ${seed} (replay with FC_SEED=${seed})`);
  return { seed, numRuns, endOnFailure: true };
};
