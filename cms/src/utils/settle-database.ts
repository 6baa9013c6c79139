import type { Core } from '@strapi/strapi';

/** knex's connection pool (tarn), as far as this module reads it. */
interface Pool {
  numUsed(): number;
  numPendingAcquires(): number;
  numPendingCreates(): number;
}

const poolOf = (strapi: Core.Strapi): Pool | undefined => (strapi.db?.connection?.client as { pool?: Pool } | undefined)?.pool;

const idle = (pool: Pool): boolean => pool.numUsed() === 0 && pool.numPendingAcquires() === 0 && pool.numPendingCreates() === 0;

const POLL_MS = 25;

/**
 * Waits until no query holds or waits for a database connection, for at most `timeoutMs`; true
 * when it did. Strapi finishes some work after a write has returned: the Document Service emits
 * its events from a transaction nobody awaits (core's document-service/events.js), and content
 * history writes its versions after the commit. Destroying the pool under that work aborts its
 * connection request, and nothing catches the abort: the process ends with `Error: aborted`
 * (a PostgreSQL seed did, every time, after writing everything). Idle twice in a row, because an
 * after-commit callback asks for its connection only once the commit has released one.
 */
export const settleDatabase = async (strapi: Core.Strapi, timeoutMs = 5_000): Promise<boolean> => {
  const pool = poolOf(strapi);
  if (!pool) return true;
  let idleChecks = 0;
  for (let waited = 0; waited <= timeoutMs; waited += POLL_MS) {
    idleChecks = idle(pool) ? idleChecks + 1 : 0;
    if (idleChecks === 2) return true;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return false;
};
