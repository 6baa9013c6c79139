#!/usr/bin/env node
// @ts-check
// `npm run reindex`: rebuilds the search indexes from the published content, with no downtime
// (a new index is filled beside the live one, then swapped in), then applies whatever the outbox
// still holds. Safe to run while the CMS is running, and as often as you like.
const path = require('path');

const main = async () => {
  // A checkout gets cms/.env on first use; production images take their settings from the environment.
  if (process.env.NODE_ENV !== 'production') require('../../scripts/lib/env-file.cjs').ensureEnvFile();
  // Strapi reads .env from the working directory; this command may be run from the repository root.
  process.chdir(path.resolve(__dirname, '..'));
  // SEARCH_SYNC=false: this process must not start a second sync loop beside the running CMS's.
  Object.assign(process.env, {
    SEED_DEMO_DATA: 'false',
    CRON_ENABLED: 'false',
    REBUILD_WORKER: 'false',
    SEARCH_SYNC: 'false',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  });
  // Reading every published document is a one-off, not a request: no statement time limit.
  process.env.DATABASE_STATEMENT_TIMEOUT_MS = process.env.DATABASE_STATEMENT_TIMEOUT_MS ?? '0';
  const appDir = path.resolve(__dirname, '..');
  const { createStrapi } = require('@strapi/strapi');
  // Production images ship the compiled app (and no TypeScript); a checkout compiles first, when its sources changed.
  const context =
    process.env.NODE_ENV === 'production'
      ? { appDir, distDir: path.join(appDir, 'dist') }
      : await require('../../scripts/lib/cms-build.cjs').compileCmsIfStale();
  const strapi = await createStrapi({ ...context, autoReload: false, serveAdminPanel: false }).load();
  try {
    const sync = strapi.plugin('search').service('sync');
    const started = Date.now();
    const counts = await sync.reindex();
    const applied = await sync.drain();
    console.log(
      `Reindexed with the ${sync.engine().name} engine in ${((Date.now() - started) / 1000).toFixed(1)} s: ` +
        `${counts.articles} article record(s), ${counts.legalDocuments} legal document record(s), ${counts.questions} question record(s); ` +
        `${applied} queued change(s) applied.`
    );
  } finally {
    await strapi.destroy();
  }
};

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error.message ?? error);
    process.exit(1);
  }
);
