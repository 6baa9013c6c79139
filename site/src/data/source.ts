import { getCollection, type CollectionEntry, type DataEntryMap } from 'astro:content';

export type CollectionName = keyof DataEntryMap;

/**
 * Where the pages read their content from. A static build reads Astro's content layer. The
 * incremental publisher (with the renderer bundle, src/renderer/) keeps a site's content in memory, applies each publish to
 * it and renders only the pages that changed, so it installs its own source here; `entries` then
 * answers from it, and whatever was computed from a collection (`once`) is computed again when
 * that collection's version changes.
 */
export interface ContentSource {
  entries<C extends CollectionName>(collection: C): CollectionEntry<C>[];
  /** Changes whenever the collection's entries do. */
  version(collection: CollectionName): number;
}

let source: ContentSource | null = null;
let sources = 0;

/** Every entry of a collection, in no particular order (callers sort), as a new array. */
export const entries = async <C extends CollectionName>(collection: C): Promise<CollectionEntry<C>[]> =>
  source ? source.entries(collection) : getCollection(collection);

/** What the content of some collections is at: equal keys, equal content (a static build's never changes). */
export const contentVersion = (collections: readonly CollectionName[]): string =>
  `${sources}:${source ? collections.map((c) => source!.version(c)).join('.') : ''}`;

/** Reads from `next` from now on (the renderer), or the content layer again (null). */
export const useContentSource = (next: ContentSource | null): void => {
  source = next;
  sources++;
};
