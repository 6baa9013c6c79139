import { SearchRequestError } from '../errors';
import type { SearchResponse } from '../types';
import { searchIndex } from './search';
import { openStore, type Db } from './store';

/**
 * The embedded engine's searches run here, in worker threads of the pool in ./pool.ts, never on
 * the CMS's main thread: better-sqlite3 is synchronous, and a search on the main thread stopped
 * every other request (the admin, /_health) until it finished. Each worker opens its own
 * connection to the index file; WAL lets it read while the main thread writes.
 */
export interface SearchTask {
  file: string;
  index: string;
  request: unknown;
}

/** A refused request comes back as data: an Error's class and code do not survive the thread boundary. */
export type SearchOutcome = { ok: true; response: SearchResponse } | { ok: false; message: string; code: string };

const stores = new Map<string, Db>();

export const search = ({ file, index, request }: SearchTask): SearchOutcome => {
  let db = stores.get(file);
  if (!db) stores.set(file, (db = openStore(file)));
  try {
    return { ok: true, response: searchIndex(db, index, index, request) };
  } catch (error) {
    if (error instanceof SearchRequestError) return { ok: false, message: error.message, code: error.code };
    throw error;
  }
};
