import os from 'os';
import type { Core } from '@strapi/strapi';
import type { JobSummary } from '../../shared/contracts';
import { mergeChanges, type JobChanges } from '@vungtau/publishing';
import { machineRoots, redactPaths } from './log-paths';

export const JOB_UID = 'plugin::rebuild.job';

/** A job as stored: what the admin sees of it (shared/contracts.ts) and what only the workers use. */
export interface Job extends JobSummary {
  documentId: string;
  changes: JobChanges | null;
  heartbeatAt: string | null;
  log: string | null;
}

/** A running job whose worker has not reported for this long is taken to have crashed. */
export const STALE_AFTER_MS = Number(process.env.REBUILD_STALE_AFTER_MS) || 120_000;
/** How often a crashed job is retried before it is marked failed. */
export const MAX_ATTEMPTS = 3;
const MAX_REASONS = 20;

const MORE = /^… và (\d+) thay đổi khác$/;

/** Unions reason lists, keeping the first MAX_REASONS - 1 and counting the rest in a last line. */
export const mergeReasons = (...lists: Array<string[] | null | undefined>): string[] => {
  let more = 0;
  const reasons: string[] = [];
  for (const reason of lists.flatMap((list) => list ?? [])) {
    const counted = MORE.exec(reason);
    if (counted) more += Number(counted[1]);
    else if (!reasons.includes(reason)) reasons.push(reason);
  }
  more += Math.max(0, reasons.length - (MAX_REASONS - 1));
  const kept = reasons.slice(0, MAX_REASONS - 1);
  return more > 0 ? [...kept, `… và ${more} thay đổi khác`] : kept;
};

/** This process, as named in the jobs it runs. */
export const workerName = (): string => `${os.hostname()}:${process.pid}`;

/**
 * Queues a rebuild of each site, coalescing: a site that already has a queued job gets the new
 * reason (and changes) added to it, so a burst of publishes becomes one build; a site whose build
 * is running gets exactly one queued job after it. Runs in the caller's transaction when there is
 * one, so a publish that rolls back queues nothing. `changes` null: a full build (@vungtau/publishing's changes).
 */
export const enqueue = async (
  strapi: Core.Strapi,
  slugs: Iterable<string>,
  reason: string,
  requestedBy: string,
  changes: JobChanges | null = null
): Promise<number[]> =>
  strapi.db.transaction(async ({ trx }): Promise<number[]> => {
    const ids: number[] = [];
    for (const siteSlug of [...new Set(slugs)].sort()) {
      // Two publishes committing at once would each see no queued job and add one: on PostgreSQL
      // a per-site lock held to the end of the transaction makes the second one see the first's.
      if (strapi.db.dialect.client === 'postgres') await trx.raw('select pg_advisory_xact_lock(hashtext(?))', [`rebuild:${siteSlug}`]);
      const queued = (await strapi.db
        .query(JOB_UID)
        .findOne({ where: { siteSlug, status: 'queued' }, orderBy: { id: 'asc' } })) as Job | null;
      if (queued) {
        await strapi.db.query(JOB_UID).update({
          where: { id: queued.id },
          data: { reasons: mergeReasons(queued.reasons, [reason]), changes: mergeChanges(queued.changes, changes) },
        });
        ids.push(queued.id);
        continue;
      }
      const created = (await strapi.db.query(JOB_UID).create({
        data: { siteSlug, status: 'queued', reasons: [reason], requestedBy, changes, queuedAt: new Date(), attempts: 0 },
      })) as Job;
      ids.push(created.id);
    }
    return ids;
  });

type Knex = Core.Strapi['db']['connection'];

const tableOf = (strapi: Core.Strapi) => strapi.db.metadata.get(JOB_UID).tableName;
const column = (strapi: Core.Strapi, attribute: string): string =>
  (strapi.db.metadata.get(JOB_UID).attributes[attribute] as { columnName?: string }).columnName ?? attribute;

/**
 * Takes the oldest queued job of a site that is not being built, for this worker. On PostgreSQL
 * the row is locked `FOR UPDATE SKIP LOCKED`, so two workers never take the same job; SQLite
 * has one writer at a time. Other queued jobs of the same site are folded into the taken one.
 */
export const claim = async (strapi: Core.Strapi, worker = workerName()): Promise<Job | null> => {
  const knex = strapi.db.connection as Knex;
  const table = tableOf(strapi);
  const c = (name: string) => column(strapi, name);
  const postgres = strapi.db.dialect.client === 'postgres';

  const claimed = await knex.transaction(async (trx) => {
    const running = trx(table).select(c('siteSlug')).where(c('status'), 'running');
    let candidates = trx(table)
      .select('id', c('siteSlug'))
      .where(c('status'), 'queued')
      .whereNotIn(c('siteSlug'), running)
      .orderBy('id')
      .limit(1);
    if (postgres) candidates = candidates.forUpdate().skipLocked();
    const [candidate] = (await candidates) as Array<Record<string, unknown>>;
    if (!candidate) return null;
    const now = new Date();
    const taken = await trx(table)
      .where({ id: candidate.id, [c('status')]: 'queued' })
      .update({
        [c('status')]: 'running',
        [c('worker')]: worker,
        [c('startedAt')]: now,
        [c('heartbeatAt')]: now,
        [c('attempts')]: trx.raw('coalesce(??, 0) + 1', [c('attempts')]),
      });
    if (taken !== 1) return null;
    return candidate.id as number;
  });
  if (claimed === null) return null;

  const job = (await strapi.db.query(JOB_UID).findOne({ where: { id: claimed } })) as Job;
  const twins = (await strapi.db.query(JOB_UID).findMany({ where: { siteSlug: job.siteSlug, status: 'queued' } })) as Job[];
  if (twins.length > 0) {
    await strapi.db.query(JOB_UID).updateMany({
      where: { id: { $in: twins.map((t) => t.id) }, status: 'queued' },
      data: { status: 'superseded', finishedAt: new Date(), error: `Gộp vào lượt #${job.id}` },
    });
    const reasons = mergeReasons(job.reasons, ...twins.map((t) => t.reasons));
    const changes = twins.reduce<JobChanges | null>((merged, twin) => mergeChanges(merged, twin.changes), job.changes);
    await strapi.db.query(JOB_UID).update({ where: { id: job.id }, data: { reasons, changes } });
    Object.assign(job, { reasons, changes });
  }
  return job;
};

/** Marks a running job alive; a crash is noticed when this stops. */
export const heartbeat = async (strapi: Core.Strapi, id: number): Promise<void> => {
  await strapi.db.query(JOB_UID).update({ where: { id }, data: { heartbeatAt: new Date() } });
};

/** Records how a job ended; its log and error without the machine's folders (log-paths.ts), as site administrators read them. */
export const finish = async (
  strapi: Core.Strapi,
  job: Job,
  result: { status: 'succeeded' | 'failed'; release?: string | null; method?: Job['method']; log: string; error?: string | null }
): Promise<void> => {
  const finishedAt = new Date();
  const roots = machineRoots(strapi.dirs.app.root);
  await strapi.db.query(JOB_UID).update({
    where: { id: job.id },
    data: {
      status: result.status,
      release: result.release ?? null,
      method: result.method ?? null,
      log: redactPaths(result.log, roots),
      error: result.error ? redactPaths(result.error, roots) : null,
      finishedAt,
      durationMs: job.startedAt ? finishedAt.getTime() - new Date(job.startedAt).getTime() : null,
    },
  });
};

/** Puts the jobs of crashed workers back in the queue, or fails them after MAX_ATTEMPTS. */
export const requeueStale = async (strapi: Core.Strapi, now = new Date()): Promise<number> => {
  const stale = (await strapi.db.query(JOB_UID).findMany({
    where: { status: 'running', heartbeatAt: { $lt: new Date(now.getTime() - STALE_AFTER_MS) } },
  })) as Job[];
  for (const job of stale) {
    const exhausted = (job.attempts ?? 0) >= MAX_ATTEMPTS;
    await strapi.db.query(JOB_UID).update({
      where: { id: job.id, status: 'running' },
      data: exhausted
        ? { status: 'failed', finishedAt: now, error: `Worker ${job.worker} dừng giữa chừng ${job.attempts} lần; không thử lại nữa.` }
        : { status: 'queued', worker: null, error: `Worker ${job.worker} dừng giữa chừng; thử lại.` },
    });
  }
  return stale.length;
};
