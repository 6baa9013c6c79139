import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isSuperAdmin, type AdminUser } from '../../../workflow/server/services/actor';
import { sitesOf } from '../../../workflow/server/services/memberships';
import { SECTION_WRITERS } from '../../../workflow/server/services/sections';

export const OTHER_SITE = 'Bạn không có quyền nhập lịch công tác của trang này.';

/**
 * Refuses (403) a user who keeps none of the site's sections (workflow's SECTION_WRITERS: its
 * editors, approvers and administrator), before anything is read; super admins write every site's.
 * The workflow's section guard checks the write itself again.
 */
export const assertMayWrite = async (strapi: Core.Strapi, user: AdminUser, siteId: number): Promise<void> => {
  if (isSuperAdmin(user)) return;
  const roles = (await sitesOf(strapi, user.id)).get(siteId)?.roles;
  if (!roles || !SECTION_WRITERS.some((role) => roles.has(role))) throw new errors.PolicyError(OTHER_SITE);
};
