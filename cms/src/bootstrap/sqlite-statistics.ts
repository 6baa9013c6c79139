import type { Core } from '@strapi/strapi';

// SQLite's query planner chooses indexes by the statistics only ANALYZE gathers, and neither
// Strapi nor knex ever runs it. Without them a page of 100 articles found its covers by reading
// every `cover` row of articles_cmps through the `field` index instead of looking the 100
// articles up by entity (5.4 ms a query instead of 0.3 ms on the ten-year data, two such queries
// a page; docs/benchmarks.md). SQLite's advice for a connection that lives long: PRAGMA optimize
// when it opens (0x10002: every table, whether or not queried yet), and again every few hours.
// PostgreSQL's autovacuum gathers its own.

const EVERY_MS = 6 * 3600_000;
/** Rows read per index: approximate statistics, a bounded cost on any size of database. */
const ANALYSIS_LIMIT = 1000;

let timer: NodeJS.Timeout | undefined;

/** Gathers the statistics now and every EVERY_MS while the CMS runs (SQLite only). */
export const keepSqliteStatistics = async (strapi: Core.Strapi): Promise<void> => {
  if (strapi.db.dialect.client !== 'sqlite') return;
  const connection = strapi.db.connection;
  await connection.raw(`PRAGMA analysis_limit=${ANALYSIS_LIMIT}`);
  await connection.raw('PRAGMA optimize=0x10002');
  clearInterval(timer);
  timer = setInterval(() => {
    connection
      .raw('PRAGMA optimize')
      .catch((error: unknown) => strapi.log.warn(`PRAGMA optimize failed: ${error instanceof Error ? error.message : String(error)}`));
  }, EVERY_MS);
  timer.unref();
};

/** Stops the periodic PRAGMA optimize (the CMS is shutting down). */
export const stopSqliteStatistics = (): void => {
  clearInterval(timer);
  timer = undefined;
};
