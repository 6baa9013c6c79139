#!/usr/bin/env node
// @ts-check
// The benchmarks' ten-year dataset (≈ 20,000 articles, ≈ 40,000 legal documents over 18 sites),
// seeded through the CMS like the demo data, into the bench databases: BENCH_SQLITE_FILE
// (cms/.tmp/bench.db) and, with --database postgres, BENCH_POSTGRES_URL. Deterministic per --seed.
// Run once; it adds only what is missing. Then the search index is rebuilt from it.
//   node scripts/bench/data.mjs [--database sqlite|postgres] [--seed 1]
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { benchEnv, postgresUrl } from './lib/bench-env.mjs';

const { values } = parseArgs({ options: { database: { type: 'string', default: 'sqlite' }, seed: { type: 'string', default: '1' } } });
const cms = fileURLToPath(new URL('../../cms/', import.meta.url));

if (values.database === 'postgres') {
  // The bench database on the local server, created when missing.
  const url = new URL(postgresUrl());
  const name = url.pathname.slice(1);
  const admin = new pg.Client({ connectionString: Object.assign(new URL(url), { pathname: '/postgres' }).toString() });
  await admin.connect();
  const exists = ((await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount ?? 0) > 0;
  if (!exists) await admin.query(`create database "${name.replace(/"/g, '""')}"`);
  await admin.end();
}

const env = { ...benchEnv(values.database), SEARCH_SYNC: 'false' };
/** @param {string} script @param {string[]} args */
const run = (script, args) => {
  const started = Date.now();
  const result = spawnSync(process.execPath, [script, ...args], { cwd: cms, env, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
  return (Date.now() - started) / 1000;
};
const seeded = run('scripts/seed.js', ['--ten-years', '--seed', values.seed]);
const indexed = run('scripts/reindex.js', []);
console.log(`Bench data on ${values.database}: seeded in ${seeded.toFixed(0)} s, indexed in ${indexed.toFixed(0)} s.`);
