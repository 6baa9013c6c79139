import path from 'path';
import type { IndexDocument } from '../../../../../search/document';
import { INDEX_KEYS, indexUid, indexUids, type IndexKey } from '../../../../../search/index-names';
import { parseSearchRequest } from '../request';
import type { IndexChanges, PublicSearchConfig, SearchEngine, SearchRequest, SearchResponse } from '../types';
import { filterSql } from './filter';
import { poolOptionsFromEnv, searchPool, type PoolOptions, type SearchPool } from './pool';
import { applyChanges, liveGeneration, openStore, rebuildIndex, type Db } from './store';

export interface EmbeddedOptions {
  /** The SQLite file of the index (SEARCH_EMBEDDED_FILE; cms/.tmp/search.db by default). */
  file: string;
  /** The CMS's public address: the browser searches at `{publicUrl}/api/search`. */
  publicUrl: string;
  /** Threads, queue and time budget of the search threads; from the environment by default (docs/search.md). */
  pool?: PoolOptions;
}

export const defaultEmbeddedFile = (appRoot: string): string =>
  path.resolve(appRoot, process.env.SEARCH_EMBEDDED_FILE || path.join('.tmp', 'search.db'));

/**
 * The default engine: SQLite FTS5 inside the CMS process, answering Meilisearch's search API (see
 * docs/search.md). Searches run in worker threads with a time budget (./pool.ts); index writes run
 * here, on the main thread: they come from what staff publish (the outbox, a reindex), not from
 * anonymous requests, and each is one short transaction.
 */
export const embeddedEngine = (options: EmbeddedOptions): SearchEngine => {
  let db: Db | null = null;
  let pool: SearchPool | null = null;
  const store = (): Db => (db ??= openStore(options.file));
  const threads = (): SearchPool => (pool ??= searchPool(options.pool ?? poolOptionsFromEnv()));
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
      // Refused here, before it takes a thread: the checks are cheap and bounded, the search is not.
      const checked = parseSearchRequest(request);
      filterSql(checked.filter, '"values"', 'd'); // the parse alone: a filter past its bounds never reaches a thread
      // Created here if missing, so the threads only read.
      liveGeneration(store(), name(key));
      return threads().search({ file: options.file, index: name(key), request: checked });
    },
    async publicConfig(): Promise<PublicSearchConfig> {
      return {
        engine: 'embedded',
        host: `${options.publicUrl.replace(/\/$/, '')}/api/search`,
        apiKey: null,
        indexes: indexUids(''),
      };
    },
    async close() {
      await pool?.close();
      pool = null;
      db?.close();
      db = null;
    },
  };
};
