import type { Role } from './rules';

/**
 * The sections Nghị định 42/2022 requires beside news and documents (work schedule, officials,
 * projects, procurement, statistics, public services): content a site's office keeps, published by
 * the site's approver with Strapi's own draft & publish rather than the editorial workflow's states.
 * A type listed here gets admin permissions narrowed to the sites where the user holds one of
 * SECTION_WRITERS (rbac.ts), and the section guard (document-middlewares/section-guard.ts) checks
 * its `site` before and after every write, for every route.
 */
export const SECTION_TYPES: readonly string[] = [
  'api::work-schedule.work-schedule',
  'api::official.official',
  'api::dataset.dataset',
  'api::public-service.public-service',
  'api::project.project',
  'api::procurement-notice.procurement-notice',
];

/** Roles that keep a site's section content: its editors, approvers and administrator. */
export const SECTION_WRITERS: readonly Role[] = ['editor', 'approver', 'site-admin'];

/** Only a site's approvers put section content before the public, or take it down. */
export const SECTION_PUBLISHERS: readonly Role[] = ['approver'];

export const isSectionUid = (uid: string): boolean => SECTION_TYPES.includes(uid);
