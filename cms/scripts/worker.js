#!/usr/bin/env node
// @ts-check
// `npm run worker --workspace cms`: the rebuild worker as its own process (production's `worker`
// service). It loads the CMS without its HTTP server and builds queued jobs; the builds read the
// CMS at CMS_URL (e.g. http://cms:1337).
const path = require('path');

const main = async () => {
  if (!process.env.CMS_URL) throw new Error('Set CMS_URL to the address of the CMS the site builds read from.');
  Object.assign(process.env, { SEED_DEMO_DATA: 'false', REBUILD_WORKER: 'true' });
  const appDir = path.resolve(__dirname, '..');
  const { createStrapi } = require('@strapi/strapi');
  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  const stop = async () => {
    await strapi.destroy();
    process.exit(0);
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
