import type { Core } from '@strapi/strapi';

type Knex = Core.Strapi['db']['connection'];

/** The column of a model's attribute (Strapi may map camelCase attributes to other names). */
const columnOf = (strapi: Core.Strapi, uid: string, attribute: string): string =>
  (strapi.db.metadata.get(uid as never).attributes[attribute] as { columnName?: string }).columnName ?? attribute;

/**
 * Takes up to `limit` due rows of a durable queue (the search outbox, the mail outbox) for one
 * worker: rows in state `from` whose `nextAttemptAt` has come move to state `to`, stamped with
 * `claimedAt` and `worker`. On PostgreSQL the rows are locked `FOR UPDATE SKIP LOCKED`; on SQLite
 * the write transaction serialises claims. Either way the update takes only rows still in `from`,
 * so two processes never take the same row. Returns the ids taken, oldest first.
 */
export const claimDueRows = async (
  strapi: Core.Strapi,
  uid: string,
  { from, to, limit, worker }: { from: string; to: string; limit: number; worker: string }
): Promise<number[]> => {
  const knex = strapi.db.connection as Knex;
  const table = strapi.db.metadata.get(uid as never).tableName;
  const c = (name: string) => columnOf(strapi, uid, name);
  const now = new Date();
  return knex.transaction(async (trx) => {
    let due = trx(table).select('id').where(c('status'), from).where(c('nextAttemptAt'), '<=', now).orderBy('id').limit(limit);
    if (strapi.db.dialect.client === 'postgres') due = due.forUpdate().skipLocked();
    const ids = ((await due) as Array<{ id: number }>).map((row) => row.id);
    if (ids.length === 0) return [];
    await trx(table)
      .whereIn('id', ids)
      .where(c('status'), from)
      .update({ [c('status')]: to, [c('claimedAt')]: now, [c('worker')]: worker });
    return ids;
  });
};
