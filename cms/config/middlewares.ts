export default [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::poweredBy',
  'strapi::query',
  // After the query parser (it reads populate and filters), before the body parser and the router.
  'plugin::api-cache.cache',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
