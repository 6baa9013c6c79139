import { contentGeneration } from '../data/source';

/**
 * A value computed from the content once and shared by every page after: Astro's getCollection
 * walks every entry's data again on each call (for image references), which on a site of tens of
 * thousands of pages cost a fifth of the build. Computed again when the content changes (the
 * incremental renderer's updates; a static build's content never does). Callers must not modify
 * what they get.
 */
export const once = <T>(load: () => Promise<T>): (() => Promise<T>) => {
  let value: Promise<T> | undefined;
  let computedAt = -1;
  return () => {
    if (computedAt !== contentGeneration()) {
      value = load();
      computedAt = contentGeneration();
    }
    return value!;
  };
};
