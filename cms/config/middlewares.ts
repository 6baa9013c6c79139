import { corsConfig } from '../src/security/cors-config';

export default [
  'strapi::logger',
  'strapi::errors',
  'strapi::security',
  // Uploaded files are served from the admin's origin: their own CSP (a sandbox), nosniff, and a download for anything not shown inline.
  'global::upload-headers',
  // Origins from configuration, credentials only for the admin's own (src/security/cors-config.ts).
  { name: 'strapi::cors', config: corsConfig() },
  'strapi::poweredBy',
  // Before the query and body parsers: refuses NUL and invalid UTF-8 in the path, query and body bytes.
  'global::request-text',
  'strapi::query',
  // After the query parser (it reads populate and filters), before the body parser and the router.
  'plugin::api-cache.cache',
  // The admin's and plugins' routes answer a body the parser refuses, and a bare refusal, in Vietnamese (staff read them).
  'global::staff-errors',
  // The public participation routes answer a body the parser refuses in Vietnamese (citizens read it).
  'global::participation-body',
  'strapi::body',
  // The parsed body's keys and strings: no NUL, no lone surrogate (a JSON "\u0000" escape is valid UTF-8).
  'global::body-text',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
