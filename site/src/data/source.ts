import { getCollection, type CollectionEntry, type DataEntryMap } from 'astro:content';

export type CollectionName = keyof DataEntryMap;

/**
 * Where the pages read their content from. A static build reads Astro's content layer. The
 * incremental renderer (src/renderer/) keeps a site's content in memory, applies each publish to
 * it and renders only the pages that changed, so it installs its own source here; `entries` then
 * answers from it, and every cache built from the content (`once`) is rebuilt after each change.
 */
export interface ContentSource {
  entries<C extends CollectionName>(collection: C): CollectionEntry<C>[];
}

let source: ContentSource | null = null;
let generation = 0;

/** Every entry of a collection, in no particular order (callers sort), as a new array. */
export const entries = async <C extends CollectionName>(collection: C): Promise<CollectionEntry<C>[]> =>
  source ? source.entries(collection) : getCollection(collection);

/** Counts the changes to the content: what was computed from it at another count is stale. */
export const contentGeneration = (): number => generation;

/** Reads from `next` from now on (the renderer), or the content layer again (null). */
export const useContentSource = (next: ContentSource | null): void => {
  source = next;
  generation++;
};

/** Tells the caches that the installed source's content has changed. */
export const contentChanged = (): void => {
  generation++;
};
