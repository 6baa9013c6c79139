#!/usr/bin/env node
// @ts-check
// `npm run seed [-- --scale N]`: creates whatever demo data is missing; safe to run again.
// `npm run seed -- --ten-years [--seed N]`: the benchmarks' ten-year volume instead (≈ 20,000
// articles, ≈ 40,000 documents), the same data for the same seed number.
const path = require('path');
const { parseArgs } = require('util');
const { ensureEnvFile } = require('../../scripts/lib/env-file.cjs');
const { compileCmsIfStale } = require('../../scripts/lib/cms-build.cjs');

const main = async () => {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: '1' },
      'ten-years': { type: 'boolean', default: false },
      seed: { type: 'string', default: '1' },
    },
  });
  const scale = Number(values.scale);
  const seedNumber = Number(values.seed);
  if (!Number.isInteger(scale) || scale < 1) {
    console.error(`--scale must be a whole number ≥ 1, not "${values.scale}"`);
    process.exit(2);
  }
  if (!Number.isInteger(seedNumber) || seedNumber < 0) {
    console.error(`--seed must be a whole number ≥ 0, not "${values.seed}"`);
    process.exit(2);
  }
  ensureEnvFile();
  process.env.SEED_DEMO_DATA = 'false'; // this command seeds; bootstrap must not start a second run
  process.env.CRON_ENABLED = 'false'; // a one-off command: no scheduled jobs to cut short on exit
  // No CMS answers HTTP while this runs, so a build started here would fail; the rebuilds the
  // seed queues wait for the next `npm start` (or worker) instead.
  process.env.REBUILD_WORKER = 'false';
  process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'warn';
  // A seed at --scale runs long statements no request would; the request limit is not for it.
  process.env.DATABASE_STATEMENT_TIMEOUT_MS = process.env.DATABASE_STATEMENT_TIMEOUT_MS ?? '0';
  const { createStrapi } = require('@strapi/strapi');
  const context = await compileCmsIfStale();
  const strapi = await createStrapi({ ...context, autoReload: false, serveAdminPanel: false }).load();
  try {
    const { runSeed } = require(path.join(context.distDir, 'src', 'seed'));
    const { tenYearVolume } = require(path.join(context.distDir, 'src', 'seed', 'volume'));
    const volume = values['ten-years'] ? tenYearVolume(seedNumber) : undefined;
    await runSeed(strapi, { scale, volume, log: (/** @type {string} */ message) => console.log(`seed: ${message}`) });
  } finally {
    await strapi.destroy();
  }
};

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  }
);
