import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isSuperAdmin, type AdminUser } from '../../../workflow/server/services/actor';
import { sitesOf } from '../../../workflow/server/services/memberships';
import type { Role } from '../../../workflow/server/services/rules';

/** Who enters a site's schedule: the roles that write its section types (workflow's SECTION_TYPES). */
export const SCHEDULE_WRITERS: readonly Role[] = ['editor', 'approver', 'site-admin'];

export const OTHER_SITE = 'Bạn không có quyền nhập lịch công tác của trang này.';

/** Refuses (403) a user who holds none of the writer roles on the site; super admins write every site's. */
export const assertMayWrite = async (strapi: Core.Strapi, user: AdminUser, siteId: number): Promise<void> => {
  if (isSuperAdmin(user)) return;
  const roles = (await sitesOf(strapi, user.id)).get(siteId)?.roles;
  if (!roles || !SCHEDULE_WRITERS.some((role) => roles.has(role))) throw new errors.ForbiddenError(OTHER_SITE);
};
