#!/usr/bin/env node
// @ts-check
// `npm run rebuild -- --site <slug> [--site <slug>…] | --all`: queues rebuilds of those sites and
// works the queue until they are done (a running `npm start` or worker may take some of them).
// The builds read this CMS over HTTP: it serves on a free local port while the command runs.
const path = require('path');
const { parseArgs } = require('util');
const os = require('os');

const usage = 'Usage: npm run rebuild -- --site <slug> [--site <slug>…] | --all';

const main = async () => {
  const { values } = parseArgs({ options: { site: { type: 'string', multiple: true }, all: { type: 'boolean', default: false } } });
  if (!values.all && !values.site?.length) {
    console.error(usage);
    process.exit(2);
  }
  // A checkout gets cms/.env on first use; production images take their settings from the environment.
  if (process.env.NODE_ENV !== 'production') require('../../scripts/lib/env-file.cjs').ensureEnvFile();
  // Strapi reads .env from the working directory; this command may be run from the repository root.
  process.chdir(path.resolve(__dirname, '..'));
  Object.assign(process.env, {
    SEED_DEMO_DATA: 'false',
    CRON_ENABLED: 'false',
    REBUILD_WORKER: 'false',
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
    const sites = await strapi.db.query('api::site.site').findMany({ select: ['slug', 'status'] });
    const known = new Set(sites.map((site) => site.slug));
    const slugs = values.all ? sites.filter((site) => site.status === 'active').map((site) => site.slug) : (values.site ?? []);
    const unknown = slugs.filter((slug) => !known.has(slug));
    if (unknown.length) throw new Error(`No such site: ${unknown.join(', ')}`);

    await strapi.server.mount();
    await /** @type {Promise<void>} */ (new Promise((resolve) => strapi.server.httpServer.listen(0, '127.0.0.1', resolve)));
    const { port } = /** @type {import('net').AddressInfo} */ (strapi.server.httpServer.address());
    process.env.CMS_URL = process.env.CMS_URL || `http://127.0.0.1:${port}`;

    const queue = strapi.plugin('rebuild').service('queue');
    const ids = await queue.enqueue(slugs, 'Dựng lại từ dòng lệnh', `${os.userInfo().username} (dòng lệnh)`);
    console.log(`Queued ${slugs.length} site(s): jobs ${ids.join(', ')}`);
    await queue.drain();
    // Jobs another worker took: wait for them.
    for (;;) {
      const open = await strapi.db
        .query('plugin::rebuild.job')
        .count({ where: { id: { $in: ids }, status: { $in: ['queued', 'running'] } } });
      if (open === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    const jobs = await strapi.db.query('plugin::rebuild.job').findMany({ where: { id: { $in: ids } }, orderBy: { id: 'asc' } });
    for (const job of jobs) {
      const seconds = job.durationMs ? ` in ${(job.durationMs / 1000).toFixed(1)} s` : '';
      console.log(
        `${job.siteSlug}: ${job.status}${seconds}${job.release ? `, release ${job.release}` : ''}${job.error ? ` — ${job.error}` : ''}`
      );
    }
    if (jobs.some((job) => job.status === 'failed')) process.exitCode = 1;
  } finally {
    await strapi.destroy();
  }
};

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error) => {
    console.error(error.message ?? error);
    process.exit(1);
  }
);
