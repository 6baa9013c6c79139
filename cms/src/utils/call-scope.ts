import { AsyncLocalStorage } from 'async_hooks';

/**
 * A mark carried down one call chain: every call made inside `run(work)` sees `active()` true.
 * Guards use it to let only one service write what it computes (the workflow's fields, royalty
 * records). One store per name and process, even when a module is loaded twice (from dist/ by
 * Strapi and from src/ by a ts-jest test), so both copies agree.
 */
export const callScope = (name: string) => {
  const key = Symbol.for(`vungtau.${name}.scope`);
  const registry = globalThis as unknown as Record<symbol, AsyncLocalStorage<true> | undefined>;
  const store = (registry[key] ??= new AsyncLocalStorage<true>());
  return {
    run: <T>(work: () => Promise<T>): Promise<T> => store.run(true, work),
    active: (): boolean => store.getStore() === true,
  };
};
