// @ts-check
// Plain JS: jest.config.js needs it before any TypeScript transform exists.
const { Client } = require('pg');

/** Where throw-away test databases are created: DATABASE_URL's server, or local trust auth. */
const postgresAdminUrl = () => process.env.TEST_POSTGRES_URL || 'postgres://postgres@127.0.0.1:5432/postgres';

/**
 * @template T
 * @param {(client: import('pg').Client) => Promise<T>} fn
 * @returns {Promise<T>}
 */
const withAdmin = async (fn) => {
  const client = new Client({ connectionString: postgresAdminUrl(), connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
};

const isPostgresReachable = async () => {
  if (process.env.TEST_POSTGRES === 'off') return false;
  try {
    await withAdmin((client) => client.query('select 1'));
    return true;
  } catch {
    return false;
  }
};

/** Creates an empty database and returns its connection URL. @param {string} name */
const createDatabase = async (name) => {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Unsafe database name ${name}`);
  await withAdmin((client) => client.query(`create database "${name}"`));
  const url = new URL(postgresAdminUrl());
  url.pathname = `/${name}`;
  return url.toString();
};

/** @param {string} name */
const dropDatabase = async (name) => {
  if (!/^[a-z0-9_]+$/.test(name)) throw new Error(`Unsafe database name ${name}`);
  await withAdmin((client) => client.query(`drop database if exists "${name}" with (force)`));
};

module.exports = { postgresAdminUrl, isPostgresReachable, createDatabase, dropDatabase };
