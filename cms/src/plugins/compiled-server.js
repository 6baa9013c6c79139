'use strict';

// A local plugin's server half is TypeScript compiled with the app (cms/tsconfig.json) into dist/;
// Strapi loads local plugins from their source folder, so each plugin's strapi-server.js forwards
// to its compiled code through this.
const path = require('path');

module.exports = (name) => {
  const compiled = path.resolve(__dirname, '..', '..', 'dist', 'src', 'plugins', name, 'server');
  try {
    return require(compiled).default;
  } catch (error) {
    if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes(compiled)) {
      throw new Error(`The ${name} plugin is not compiled: run \`npm run build --workspace cms\` first.`);
    }
    throw error;
  }
};
