/**
 * A loader that runs once per build and is shared by every page after: Astro's getCollection
 * walks every entry's data again on each call (for image references), which on a site of tens of
 * thousands of pages cost a fifth of the build. Callers must not modify what they get.
 */
export const once = <T>(load: () => Promise<T>): (() => Promise<T>) => {
  let value: Promise<T> | undefined;
  return () => (value ??= load());
};
