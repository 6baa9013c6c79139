import type { DataStore, MetaStore } from 'astro/loaders';
import type { CollectionEntry } from 'astro:content';
import type { CollectionName } from '../data/source';

/** An entry as Astro's data store holds it (astro/dist/content/data-store.d.ts, not exported by name). */
interface DataEntry<TData extends Record<string, unknown> = Record<string, unknown>> {
  id: string;
  data: TData;
  digest?: number | string;
}

/**
 * One collection's entries in memory, on the interface Astro gives a loader (`DataStore`), so the
 * renderer runs the site's own content loaders. Each entry is a new object when it changes and
 * the same object while it does not: the page plan's fingerprints are memoised by object.
 */
export class MemoryCollection implements DataStore {
  readonly #entries = new Map<string, DataEntry & { collection: CollectionName }>();
  readonly #meta = new Map<string, string>();
  #version = 0;

  /** Changes whenever an entry is added, replaced or removed (data/source.ts). */
  get version(): number {
    return this.#version;
  }

  constructor(readonly name: CollectionName) {}

  get = <TData extends Record<string, unknown>>(key: string) => this.#entries.get(key) as DataEntry<TData> | undefined;
  entries = (): Array<[string, DataEntry]> => [...this.#entries];
  values = (): DataEntry[] => [...this.#entries.values()];
  keys = (): string[] => [...this.#entries.keys()];
  has = (key: string): boolean => this.#entries.has(key);
  delete = (key: string): void => {
    if (this.#entries.delete(key)) this.#version++;
  };
  clear = (): void => {
    if (this.#entries.size > 0) this.#version++;
    this.#entries.clear();
  };
  addModuleImport = (): void => {
    throw new Error('The renderer holds data entries only');
  };

  set = <TData extends Record<string, unknown>>({ id, data, digest }: DataEntry<TData>): boolean => {
    if (!id) throw new Error('ID must be a non-empty string');
    const existing = this.#entries.get(id);
    if (digest && existing?.digest === digest) return false;
    this.#entries.set(id, { id, data, digest, collection: this.name });
    this.#version++;
    return true;
  };

  /** The loader's sync markers. */
  readonly meta: MetaStore = {
    get: (key) => this.#meta.get(key),
    set: (key, value) => void this.#meta.set(key, value),
    has: (key) => this.#meta.has(key),
    delete: (key) => void this.#meta.delete(key),
  };

  /** The entries as getCollection returns them. */
  list<C extends CollectionName>(): CollectionEntry<C>[] {
    return [...this.#entries.values()] as unknown as CollectionEntry<C>[];
  }
}
