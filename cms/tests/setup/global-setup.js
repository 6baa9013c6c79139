// @ts-check
// Compiles the TypeScript app into dist/ once, when its sources changed since the last compile;
// every test file then boots Strapi from it.
const { compileCmsIfStale } = require('../../../scripts/lib/cms-build.cjs');

module.exports = async () => {
  const started = Date.now();
  await compileCmsIfStale();
  console.log(`\nCMS dist ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
};
