// What the CMS and the site build share; one topic per module.
export * as releases from './releases.js';
export type { Failure } from './releases.js';
export * from './changes.js';
export * from './build-result.js';
export * from './publisher-messages.js';
export * from './slugify.js';
export * from './content-types.js';
export * from './participation.js';
export * from './weeks.js';
export * from './projects.js';
export * from './compliance.js';
export * from './statistics.js';
export * from './preview-messages.js';
