import path from 'path';
import type { IndexDocument } from '../../document';
import { INDEX_KEYS, indexUid, type IndexKey } from '../../index-names';
import type { IndexChanges, PublicSearchConfig, SearchEngine, SearchRequest, SearchResponse } from '../types';
import { searchIndex } from './search';
import { applyChanges, liveGeneration, openStore, rebuildIndex, type Db } from './store';

export interface EmbeddedOptions {
  /** The SQLite file of the index (SEARCH_EMBEDDED_FILE; cms/.tmp/search.db by default). */
  file: string;
  /** The CMS's public address: the browser searches at `{publicUrl}/api/search`. */
  publicUrl: string;
}

export const defaultEmbeddedFile = (appRoot: string): string =>
  path.resolve(appRoot, process.env.SEARCH_EMBEDDED_FILE || path.join('.tmp', 'search.db'));

/** The default engine: SQLite FTS5 inside the CMS process, answering Meilisearch's search API (see docs/search.md). */
export const embeddedEngine = (options: EmbeddedOptions): SearchEngine => {
  let db: Db | null = null;
  const store = (): Db => (db ??= openStore(options.file));
  const name = (key: IndexKey) => indexUid(key, '');

  return {
    name: 'embedded',
    async prepare() {
      for (const key of INDEX_KEYS) liveGeneration(store(), name(key));
    },
    async apply(key: IndexKey, changes: IndexChanges) {
      applyChanges(store(), name(key), changes.deleteDocumentIds, changes.upserts);
    },
    async rebuild(key: IndexKey, batches: AsyncIterable<IndexDocument[]>) {
      return rebuildIndex(store(), name(key), batches);
    },
    async search(key: IndexKey, request: SearchRequest): Promise<SearchResponse> {
      return searchIndex(store(), name(key), name(key), request);
    },
    async publicConfig(): Promise<PublicSearchConfig> {
      return {
        engine: 'embedded',
        host: `${options.publicUrl.replace(/\/$/, '')}/api/search`,
        apiKey: null,
        indexes: { articles: name('articles'), legalDocuments: name('legalDocuments') },
      };
    },
    async close() {
      db?.close();
      db = null;
    },
  };
};
