import crypto from 'crypto';
import { Meilisearch, type Task } from 'meilisearch';
import type { IndexDocument } from '../../../../search/document';
import { INDEX_KEYS, indexUid, indexUids, type IndexKey } from '../../../../search/index-names';
import { meilisearchSettings } from '../../../../search/settings';
import type { IndexChanges, PublicSearchConfig, SearchEngine, SearchRequest, SearchResponse } from './types';

export interface MeilisearchOptions {
  host: string;
  masterKey: string;
  /** Where browsers reach Meilisearch (MEILISEARCH_PUBLIC_URL): often a reverse-proxy path, not the internal host. */
  publicHost: string;
  prefix: string;
  /** How long to wait for Meilisearch to confirm a task before the outbox retries it. */
  taskTimeoutMs: number;
}

const BATCH = 1000;

/** A failed task is an error: the outbox keeps its entries and tries again. */
const confirmed = (task: Task): void => {
  if (task.status !== 'succeeded')
    throw new Error(`Meilisearch task ${task.uid} (${task.type}) ${task.status}: ${task.error?.message ?? 'no detail'}`);
};

/**
 * The search-only key's uid is derived from the master key, the prefix and the indexes it opens,
 * so every CMS process asks for the same key and creating it is idempotent. Meilisearch cannot
 * change a key's indexes: when an index is added (questions, 2026-12), the uid changes and a new
 * key is created; the old one keeps working for pages built before, until an operator deletes it.
 */
const searchKeyUid = (masterKey: string, prefix: string, indexes: string[]): string => {
  const hex = crypto
    .createHash('sha256')
    .update(`portal-search-key:${prefix}:${indexes.join(',')}:${masterKey}`)
    .digest('hex');
  // A UUID v4 shape, as Meilisearch requires of a key's uid.
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
};

/** The production engine: Meilisearch through its official client (settings in ../settings.ts). */
export const meilisearchEngine = (options: MeilisearchOptions): SearchEngine => {
  const client = new Meilisearch({ host: options.host, apiKey: options.masterKey });
  const wait = { timeout: options.taskTimeoutMs, interval: 100 };
  const uid = (key: IndexKey) => indexUid(key, options.prefix);

  const configure = async (name: string): Promise<void> => {
    const exists = await client.getRawIndex(name).then(
      () => true,
      (error: { cause?: { code?: string } }) => {
        if (error?.cause?.code === 'index_not_found') return false;
        throw error;
      }
    );
    if (!exists) confirmed(await client.createIndex(name, { primaryKey: 'id' }).waitTask(wait));
    confirmed(await client.index(name).updateSettings(meilisearchSettings()).waitTask(wait));
  };

  return {
    name: 'meilisearch',
    async prepare() {
      for (const key of INDEX_KEYS) await configure(uid(key));
    },

    async apply(key: IndexKey, changes: IndexChanges) {
      const index = client.index<IndexDocument>(uid(key));
      // Tasks of one index run in the order they are enqueued: old chunks go before new ones come.
      const tasks = [];
      for (let i = 0; i < changes.deleteDocumentIds.length; i += BATCH) {
        const ids = changes.deleteDocumentIds.slice(i, i + BATCH);
        tasks.push(await index.deleteDocuments({ filter: `documentId IN [${ids.map((id) => JSON.stringify(id)).join(', ')}]` }));
      }
      for (let i = 0; i < changes.upserts.length; i += BATCH) tasks.push(await index.addDocuments(changes.upserts.slice(i, i + BATCH)));
      for (const task of await client.tasks.waitForTasks(tasks, wait)) confirmed(task);
    },

    async rebuild(key: IndexKey, batches: AsyncIterable<IndexDocument[]>) {
      const live = uid(key);
      const next = `${live}_rebuild`;
      await client.deleteIndexIfExists(next);
      await configure(next);
      await configure(live);
      let count = 0;
      for await (const batch of batches) {
        for (let i = 0; i < batch.length; i += BATCH)
          confirmed(
            await client
              .index(next)
              .addDocuments(batch.slice(i, i + BATCH))
              .waitTask(wait)
          );
        count += batch.length;
      }
      // `rename` is newer than the Meilisearch versions the portal supports (≥ 1.7); a plain swap is atomic.
      confirmed(await client.swapIndexes([{ indexes: [live, next] } as never]).waitTask(wait));
      confirmed(await client.deleteIndex(next).waitTask(wait));
      return count;
    },

    async search(key: IndexKey, request: SearchRequest): Promise<SearchResponse> {
      return (await client.index(uid(key)).search(request.q ?? '', request as never)) as unknown as SearchResponse;
    },

    async publicConfig(): Promise<PublicSearchConfig> {
      const indexes = indexUids(options.prefix);
      const keyUid = searchKeyUid(options.masterKey, options.prefix, Object.values(indexes));
      const key = await client.getKey(keyUid).catch(async (error: { cause?: { code?: string } }) => {
        if (error?.cause?.code !== 'api_key_not_found') throw error;
        return client.createKey({
          uid: keyUid,
          name: `${options.prefix || 'portal'} public search`,
          description: 'Search-only key for the public sites (created by the CMS).',
          actions: ['search'],
          indexes: Object.values(indexes),
          expiresAt: null,
        });
      });
      return { engine: 'meilisearch', host: options.publicHost.replace(/\/$/, ''), apiKey: key.key, indexes };
    },

    async close() {},
  };
};
