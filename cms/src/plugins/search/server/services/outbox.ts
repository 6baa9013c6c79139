import os from 'os';
import type { Core } from '@strapi/strapi';
import { claimDueRows } from '../../../../utils/claim-rows';

export const OUTBOX_UID = 'plugin::search.outbox-entry';

export interface OutboxEntry {
  id: number;
  targetUid: string;
  targetDocumentId: string;
  status: 'pending' | 'processing' | 'done';
  generation: number;
  attempts: number;
  nextAttemptAt: string | null;
  claimedAt: string | null;
  lastError: string | null;
}

/** A claimed entry whose worker went silent this long is taken to have crashed. */
const STALE_AFTER_MS = 120_000;
/** Done entries are kept a while: a reindex applies again what changed while it ran. */
const KEEP_DONE_MS = 7 * 24 * 3600_000;
const MAX_BACKOFF_MS = 5 * 60_000;

export const workerName = (): string => `${os.hostname()}:${process.pid}`;

/** 1 s, 2 s, 4 s … up to five minutes between tries. */
export const backoffMs = (attempts: number): number => Math.min(MAX_BACKOFF_MS, 1000 * 2 ** Math.max(0, attempts - 1));

/**
 * Notes that these documents must be brought up to date in the search index. One entry per
 * document: a document already waiting is not added twice, and one being processed gets a new
 * generation so it is processed again afterwards. Runs in the caller's transaction, so a write
 * that rolls back leaves nothing behind.
 */
export const enqueue = async (strapi: Core.Strapi, targetUid: string, documentIds: Iterable<string>): Promise<void> =>
  strapi.db.transaction(async ({ trx }) => {
    for (const targetDocumentId of [...new Set(documentIds)].sort()) {
      // Two writes of one document committing at once would each add an entry: on PostgreSQL a
      // lock held to the end of the transaction makes the second see the first's.
      if (strapi.db.dialect.client === 'postgres')
        await trx.raw('select pg_advisory_xact_lock(hashtext(?))', [`search:${targetUid}:${targetDocumentId}`]);
      const entry = (await strapi.db
        .query(OUTBOX_UID)
        .findOne({ where: { targetUid, targetDocumentId }, orderBy: { id: 'asc' } })) as OutboxEntry | null;
      const now = new Date();
      if (!entry) {
        await strapi.db
          .query(OUTBOX_UID)
          .create({ data: { targetUid, targetDocumentId, status: 'pending', generation: 1, attempts: 0, nextAttemptAt: now } });
      } else if (entry.status === 'processing') {
        await strapi.db.query(OUTBOX_UID).update({ where: { id: entry.id }, data: { generation: entry.generation + 1 } });
      } else {
        await strapi.db.query(OUTBOX_UID).update({
          where: { id: entry.id },
          data: {
            status: 'pending',
            generation: entry.generation + 1,
            attempts: entry.status === 'done' ? 0 : entry.attempts,
            nextAttemptAt: now,
            doneAt: null,
          },
        });
      }
    }
  });

/**
 * Takes up to `limit` due entries for this worker (claimDueRows: two CMS processes never take the
 * same entry).
 */
export const claim = async (strapi: Core.Strapi, limit = 200, worker = workerName()): Promise<OutboxEntry[]> => {
  const ids = await claimDueRows(strapi, OUTBOX_UID, { from: 'pending', to: 'processing', limit, worker });
  if (ids.length === 0) return [];
  return (await strapi.db.query(OUTBOX_UID).findMany({ where: { id: { $in: ids }, status: 'processing', worker } })) as OutboxEntry[];
};

/** The engine confirmed these: done, unless the document changed again meanwhile (then it goes round again). */
export const markDone = async (strapi: Core.Strapi, entries: OutboxEntry[]): Promise<void> => {
  const now = new Date();
  for (const entry of entries) {
    const done = await strapi.db.query(OUTBOX_UID).updateMany({
      where: { id: entry.id, generation: entry.generation, status: 'processing' },
      data: { status: 'done', doneAt: now, attempts: 0, lastError: null },
    });
    if (done.count === 0)
      await strapi.db.query(OUTBOX_UID).update({ where: { id: entry.id }, data: { status: 'pending', nextAttemptAt: now } });
  }
};

/** The engine did not confirm: try again later, keeping the error for operators. */
export const markFailed = async (strapi: Core.Strapi, entries: OutboxEntry[], error: string): Promise<void> => {
  const now = Date.now();
  for (const entry of entries) {
    const attempts = entry.attempts + 1;
    await strapi.db.query(OUTBOX_UID).update({
      where: { id: entry.id },
      data: { status: 'pending', attempts, nextAttemptAt: new Date(now + backoffMs(attempts)), lastError: error.slice(0, 2000) },
    });
  }
};

/** Crashed workers' entries go back to the queue; old done entries are forgotten. */
export const housekeep = async (strapi: Core.Strapi, now = new Date()): Promise<void> => {
  await strapi.db.query(OUTBOX_UID).updateMany({
    where: { status: 'processing', claimedAt: { $lt: new Date(now.getTime() - STALE_AFTER_MS) } },
    data: { status: 'pending', nextAttemptAt: now },
  });
  await strapi.db.query(OUTBOX_UID).deleteMany({ where: { status: 'done', doneAt: { $lt: new Date(now.getTime() - KEEP_DONE_MS) } } });
};

/**
 * After a reindex swapped indexes: what was applied to the old index while the new one was being
 * filled is applied again. (Entries still waiting will go to the new index anyway.)
 */
export const requeueSince = async (strapi: Core.Strapi, since: Date): Promise<number> => {
  const touched = (await strapi.db.query(OUTBOX_UID).findMany({
    where: { status: 'done', doneAt: { $gte: since } },
    select: ['id', 'targetUid', 'targetDocumentId'],
  })) as OutboxEntry[];
  const byUid = new Map<string, string[]>();
  for (const entry of touched) byUid.set(entry.targetUid, [...(byUid.get(entry.targetUid) ?? []), entry.targetDocumentId]);
  for (const [uid, ids] of byUid) await enqueue(strapi, uid, ids);
  return touched.length;
};

/** A pending entry as it stood at one moment: its generation changes when its document changes again. */
export interface PendingEntry {
  id: number;
  generation: number;
}

export const pendingEntries = async (strapi: Core.Strapi): Promise<PendingEntry[]> =>
  (await strapi.db.query(OUTBOX_UID).findMany({ where: { status: 'pending' }, select: ['id', 'generation'] })) as PendingEntry[];

/**
 * After a reindex: the entries that were pending before it began reading the content, and whose
 * documents have not changed since (same generation, still pending), are done: the new index was
 * built from what they would apply. Applying them again only rewrote it: after a seed that queued
 * 60,000 changes, that took longer than the reindex, and the deletes and inserts left the FTS5
 * index fragmented (broad searches about twice as slow until it was rebuilt).
 */
export const markCovered = async (strapi: Core.Strapi, entries: PendingEntry[]): Promise<number> => {
  const now = new Date();
  const byGeneration = new Map<number, number[]>();
  for (const entry of entries) {
    const ids = byGeneration.get(entry.generation) ?? [];
    ids.push(entry.id);
    byGeneration.set(entry.generation, ids);
  }
  let count = 0;
  for (const [generation, ids] of byGeneration) {
    for (let start = 0; start < ids.length; start += 500) {
      const done = await strapi.db.query(OUTBOX_UID).updateMany({
        where: { id: { $in: ids.slice(start, start + 500) }, generation, status: 'pending' },
        data: { status: 'done', doneAt: now, attempts: 0, lastError: null },
      });
      count += done.count;
    }
  }
  return count;
};

export interface OutboxStatus {
  pending: number;
  processing: number;
  failing: number;
  oldestPendingAt: string | null;
  lastError: string | null;
}

export const outboxStatus = async (strapi: Core.Strapi): Promise<OutboxStatus> => {
  const query = strapi.db.query(OUTBOX_UID);
  const [pending, processing, failing] = await Promise.all([
    query.count({ where: { status: 'pending' } }),
    query.count({ where: { status: 'processing' } }),
    query.count({ where: { status: 'pending', attempts: { $gt: 0 } } }),
  ]);
  const oldest = (await query.findOne({
    where: { status: { $in: ['pending', 'processing'] } },
    orderBy: { createdAt: 'asc' },
    select: ['createdAt'],
  })) as { createdAt: string } | null;
  const failed = (await query.findOne({
    where: { lastError: { $notNull: true } },
    orderBy: { updatedAt: 'desc' },
    select: ['lastError'],
  })) as { lastError: string } | null;
  return { pending, processing, failing, oldestPendingAt: oldest?.createdAt ?? null, lastError: failed?.lastError ?? null };
};
