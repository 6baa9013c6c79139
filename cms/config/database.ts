import path from 'path';
import type { Core } from '@strapi/strapi';

type Client = 'sqlite' | 'postgres' | 'mysql';

/** The client named by DATABASE_CLIENT, or the one a DATABASE_URL implies; SQLite by default. */
const resolveClient = (env: Core.Config.Shared.ConfigParams['env']): Client => {
  const named = env('DATABASE_CLIENT');
  if (named === 'sqlite' || named === 'postgres' || named === 'mysql') return named;
  if (named) throw new Error(`DATABASE_CLIENT must be sqlite, postgres or mysql, not "${named}"`);
  const url = env('DATABASE_URL', '');
  if (url.startsWith('postgres')) return 'postgres';
  if (url.startsWith('mysql')) return 'mysql';
  return 'sqlite';
};

export default ({ env }: Core.Config.Shared.ConfigParams) => {
  const client = resolveClient(env);
  const ssl = env.bool('DATABASE_SSL', false) && {
    rejectUnauthorized: env.bool('DATABASE_SSL_REJECT_UNAUTHORIZED', true),
  };

  const connections = {
    sqlite: {
      connection: {
        filename: path.resolve(__dirname, '..', '..', env('DATABASE_FILENAME', '.tmp/data.db')),
      },
      useNullAsDefault: true,
    },
    postgres: {
      connection: {
        connectionString: env('DATABASE_URL'),
        host: env('DATABASE_HOST', '127.0.0.1'),
        port: env.int('DATABASE_PORT', 5432),
        database: env('DATABASE_NAME', 'strapi'),
        user: env('DATABASE_USERNAME', 'strapi'),
        password: env('DATABASE_PASSWORD', ''),
        ssl,
        schema: env('DATABASE_SCHEMA', 'public'),
        // No request may hold a connection for long: ten such requests would take the whole pool.
        // One-off commands (seed, reindex) set 0, which is no limit (see docs/security.md).
        statement_timeout: env.int('DATABASE_STATEMENT_TIMEOUT_MS', 15000),
      },
      pool: { min: env.int('DATABASE_POOL_MIN', 2), max: env.int('DATABASE_POOL_MAX', 10) },
    },
    mysql: {
      connection: {
        connectionString: env('DATABASE_URL'),
        host: env('DATABASE_HOST', '127.0.0.1'),
        port: env.int('DATABASE_PORT', 3306),
        database: env('DATABASE_NAME', 'strapi'),
        user: env('DATABASE_USERNAME', 'strapi'),
        password: env('DATABASE_PASSWORD', ''),
        ssl,
      },
      pool: { min: env.int('DATABASE_POOL_MIN', 2), max: env.int('DATABASE_POOL_MAX', 10) },
    },
  };

  return {
    connection: {
      client,
      ...connections[client],
      acquireConnectionTimeout: env.int('DATABASE_CONNECTION_TIMEOUT', 60000),
    },
  };
};
