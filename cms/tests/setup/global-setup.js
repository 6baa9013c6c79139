// Compiles the TypeScript app into dist/ once; every test file then boots Strapi from it.
const path = require('path');

module.exports = async () => {
  const { compileStrapi } = require('@strapi/strapi');
  const started = Date.now();
  await compileStrapi({ appDir: path.resolve(__dirname, '..', '..') });
  console.log(`\nCompiled the CMS in ${((Date.now() - started) / 1000).toFixed(1)} s`);
};
