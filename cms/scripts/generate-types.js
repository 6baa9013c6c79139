#!/usr/bin/env node
// @ts-check
// Writes the types generated from the schemas into <out>/types/generated (default: this app),
// so a test can compare a fresh generation with the committed files. Needs a compiled dist/.
const path = require('path');
const { parseArgs } = require('util');

const main = async () => {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const appDir = path.resolve(__dirname, '..');
  if (!values.out) {
    // Run by a developer: make sure the app is compiled and has its local secrets.
    require('../../scripts/lib/env-file.cjs').ensureEnvFile();
    process.env.SEED_DEMO_DATA = 'false';
    process.env.CRON_ENABLED = 'false';
    process.env.LOG_LEVEL = process.env.LOG_LEVEL ?? 'warn';
    await require('../../scripts/lib/cms-build.cjs').compileCmsIfStale();
  }
  // Required only now: Strapi reads .env when it is first loaded, and on a fresh checkout the
  // file is written just above.
  const { createStrapi } = require('@strapi/strapi');
  const tsUtils = require('@strapi/typescript-utils');
  const strapi = await createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false }).load();
  try {
    await tsUtils.generators.generate({
      strapi,
      pwd: values.out ? path.resolve(values.out) : appDir,
      rootDir: 'types',
      artifacts: { contentTypes: true, components: true },
      logger: { silent: true },
    });
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
