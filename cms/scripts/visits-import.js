#!/usr/bin/env node
// @ts-check
// `npm run visits:import`: counts the complete Vietnam days of the sites' access logs
// (ACCESS_LOG_FILES, default ../site/.logs/access*.log*) that are not imported yet, as the CMS's
// hourly job does (docs/visits.md). Safe beside the running CMS and as often as you like: each
// (site, day) is imported once, and today never.
const path = require('path');

const main = async () => {
  // A checkout gets cms/.env on first use; production images take their settings from the environment.
  if (process.env.NODE_ENV !== 'production') require('../../scripts/lib/env-file.cjs').ensureEnvFile();
  // Strapi reads .env from the working directory; this command may be run from the repository root.
  process.chdir(path.resolve(__dirname, '..'));
  Object.assign(process.env, {
    SEED_DEMO_DATA: 'false',
    CRON_ENABLED: 'false',
    REBUILD_WORKER: 'false',
    SEARCH_SYNC: 'false',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
  });
  const appDir = path.resolve(__dirname, '..');
  const { createStrapi } = require('@strapi/strapi');
  // Production images ship the compiled app (and no TypeScript); a checkout compiles first, when its sources changed.
  const context =
    process.env.NODE_ENV === 'production'
      ? { appDir, distDir: path.join(appDir, 'dist') }
      : await require('../../scripts/lib/cms-build.cjs').compileCmsIfStale();
  const strapi = await createStrapi({ ...context, autoReload: false, serveAdminPanel: false }).load();
  try {
    const started = Date.now();
    const outcome = await strapi.plugin('reports').service('visits').import();
    console.log(
      `Visitor figures: read ${outcome.lines} line(s) of ${outcome.files} log file(s) in ${((Date.now() - started) / 1000).toFixed(1)} s; ` +
        `imported ${outcome.days} site-day(s); ${outcome.unreadable} line(s) not in the declared format.`
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
