// Strapi's admin bundler picks a local plugin's admin half up from this file (see
// getMapOfPluginsWithAdmin in @strapi/strapi); the code itself is TypeScript under admin/src.
export { default } from './admin/src';
