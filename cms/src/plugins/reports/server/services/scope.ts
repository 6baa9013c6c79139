import { AsyncLocalStorage } from 'async_hooks';

// One store per process, even when this module is loaded twice (from dist/ by Strapi and from
// src/ by a ts-jest test), as the workflow's scope does.
const KEY = Symbol.for('vungtau.royalties.scope');
const registry = globalThis as unknown as Record<symbol, AsyncLocalStorage<true> | undefined>;
const royaltyScope = (registry[KEY] ??= new AsyncLocalStorage<true>());

/**
 * Runs `work` as the royalty service. Royalty records are computed, never typed: the guard
 * refuses any write to them that does not start in here.
 */
export const runAsRoyalties = <T>(work: () => Promise<T>): Promise<T> => royaltyScope.run(true, work);

export const inRoyalties = (): boolean => royaltyScope.getStore() === true;
