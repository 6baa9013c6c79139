'use strict';

// The server half is TypeScript compiled with the app (cms/tsconfig.json) into dist/; Strapi loads
// local plugins from their source folder, so this entry forwards to the compiled code.
const path = require('path');

const compiled = path.resolve(__dirname, '..', '..', '..', 'dist', 'src', 'plugins', 'reports', 'server');
try {
  module.exports = require(compiled).default;
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes(compiled)) {
    throw new Error('The reports plugin is not compiled: run `npm run build --workspace cms` first.');
  }
  throw error;
}
