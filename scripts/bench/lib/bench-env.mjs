// @ts-check
// Where the benchmarks' ten-year dataset lives, apart from the developer's own database:
// BENCH_SQLITE_FILE (cms/.tmp/bench.db) and BENCH_POSTGRES_URL (portal_bench on the local server).
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { ensureEnvFile } = require('../../lib/env-file.cjs');

export const CMS_DIR = fileURLToPath(new URL('../../../cms/', import.meta.url));
export const sqliteFile = () => process.env.BENCH_SQLITE_FILE ?? `${CMS_DIR}.tmp/bench.db`;
export const postgresUrl = () => process.env.BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/portal_bench';

/**
 * The environment of a CMS process (server or seed) on the bench data of one database.
 * @param {string} database 'sqlite' or 'postgres'
 * @returns {NodeJS.ProcessEnv}
 */
export const benchEnv = (database) => {
  const secrets = ensureEnvFile();
  return {
    ...process.env,
    ENV_PATH: '/dev/null',
    NODE_ENV: 'production',
    ...Object.fromEntries(
      [
        'APP_KEYS',
        'API_TOKEN_SALT',
        'ADMIN_JWT_SECRET',
        'TRANSFER_TOKEN_SALT',
        'JWT_SECRET',
        'ENCRYPTION_KEY',
        'ADMIN_EMAIL',
        'ADMIN_PASSWORD',
        'DEMO_STAFF_PASSWORD',
      ].map((k) => [k, secrets[k]])
    ),
    DATABASE_CLIENT: database,
    DATABASE_FILENAME: sqliteFile(),
    DATABASE_URL: database === 'postgres' ? postgresUrl() : '',
    SEARCH_EMBEDDED_FILE: `${CMS_DIR}.tmp/bench-search-${database}.db`,
    SEED_DEMO_DATA: 'false',
    SERVE_ADMIN_PANEL: 'false',
    REBUILD_WORKER: 'false',
    CRON_ENABLED: 'false',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  };
};
