import type { Core } from '@strapi/strapi';
import { buildDocuments } from '../../../../search/build-documents';
import { indexKeyOf, type IndexedUid } from '../../../../search/index-names';
import { pollingLoop } from '../../../../utils/polling-loop';
import { searchEngine } from './engine';
import { claim, housekeep, markDone, markFailed, workerName, type OutboxEntry } from './outbox';

/**
 * Brings the index up to date for a batch of claimed entries: every record of each document is
 * replaced by what its published version says now (nothing, when it is no longer public).
 * Entries are done only once the engine has confirmed; otherwise they wait and are retried.
 */
export const processBatch = async (strapi: Core.Strapi, entries: OutboxEntry[]): Promise<void> => {
  // By content type: one index (sections) holds several, each read with its own query.
  const byType = new Map<string, OutboxEntry[]>();
  for (const entry of entries) byType.set(entry.targetUid, [...(byType.get(entry.targetUid) ?? []), entry]);
  for (const [uid, group] of byType) {
    const key = indexKeyOf(uid);
    if (!key) {
      // Not an indexed type (an entry from an older version): nothing to apply.
      await markDone(strapi, group);
      continue;
    }
    try {
      const ids = group.map((entry) => entry.targetDocumentId);
      const documents = await buildDocuments(strapi, uid as IndexedUid, ids);
      await searchEngine(strapi).apply(key, { deleteDocumentIds: ids, upserts: [...documents.values()].flat() });
      await markDone(strapi, group);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      strapi.log.warn(`Search: ${group.length} update(s) of ${key} not confirmed, will retry: ${message}`);
      await markFailed(strapi, group, message);
    }
  }
};

/** Processes due entries until none is left (or only ones waiting for a retry); returns how many were taken. */
export const drainOutbox = async (strapi: Core.Strapi, name = workerName()): Promise<number> => {
  let taken = 0;
  await housekeep(strapi);
  for (let batch = await claim(strapi, 200, name); batch.length > 0; batch = await claim(strapi, 200, name)) {
    await processBatch(strapi, batch);
    taken += batch.length;
  }
  return taken;
};

let wakeUp: (() => void) | undefined;

/** Asks the in-process sync loop to look at the outbox now rather than at its next poll. */
export const wakeSync = (): void => wakeUp?.();

/** Polls the outbox (SEARCH_SYNC_POLL_MS, default 1 s) in this process. */
export const startSync = (strapi: Core.Strapi): { stop: () => Promise<void> } => {
  const loop = pollingLoop(
    () => drainOutbox(strapi),
    Number(process.env.SEARCH_SYNC_POLL_MS) || 1000,
    (error) => strapi.log.error(`Search sync: ${error instanceof Error ? error.stack : String(error)}`)
  );
  wakeUp = loop.wake;
  return {
    stop: async () => {
      wakeUp = undefined;
      await loop.stop();
    },
  };
};
