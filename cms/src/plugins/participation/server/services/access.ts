import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isSuperAdmin, type AdminUser } from '../../../workflow/server/services/actor';
import { sitesOf, type SiteRef } from '../../../workflow/server/services/memberships';
import type { Role } from '../../../workflow/server/services/rules';

/** The admin action that shows the "Góp ý dự thảo" menu link (super admins, and the editor and approver roles). */
export const MODERATE_ACTION = 'plugin::participation.moderate';

export const permissionActions = [
  { section: 'plugins', displayName: 'Kiểm duyệt góp ý dự thảo', uid: 'moderate', pluginName: 'participation' },
];

/** The workflow roles that moderate a site's comments: the people who already decide what the site publishes. */
export const MODERATOR_ROLES: readonly Role[] = ['editor', 'approver'];

/** Which sites a user moderates: all, or these (by id). */
export type ModerationScope = { all: true } | { all: false; sites: Map<number, SiteRef> };

export const FORBIDDEN =
  'Chỉ biên tập viên và người duyệt của trang mới được kiểm duyệt góp ý dự thảo: góp ý chứa thông tin liên hệ của người dân.';
export const OTHER_SITE = 'Dự thảo này thuộc trang bạn không kiểm duyệt.';

/**
 * Comments carry citizens' e-mail addresses and phone numbers (Nghị định 13/2023/NĐ-CP), so
 * they are need-to-know: super admins see every site's, a site's editors and approvers see that
 * site's, and nobody else sees any (contributors, site administrators, the board, finance).
 */
export const moderationScopeOf = async (strapi: Core.Strapi, user: AdminUser): Promise<ModerationScope | null> => {
  if (isSuperAdmin(user)) return { all: true };
  const sites = new Map<number, SiteRef>();
  for (const { site, roles } of (await sitesOf(strapi, user.id)).values())
    if (MODERATOR_ROLES.some((role) => roles.has(role))) sites.set(site.id, site);
  return sites.size > 0 ? { all: false, sites } : null;
};

/** Whether the scope covers a site (by id); a row with no site is for super admins only. */
export const covers = (scope: ModerationScope, siteId: number | null | undefined): boolean =>
  scope.all || (siteId !== null && siteId !== undefined && scope.sites.has(siteId));

/** Refuses a draft or comment of a site the user does not moderate: 403, whether it is asked for by id or listed. */
export const assertCovers = (scope: ModerationScope, siteId: number | null | undefined): void => {
  if (!covers(scope, siteId)) throw new errors.PolicyError(OTHER_SITE);
};

/** The query condition on a row's `site` relation for a scope. */
export const siteWhere = (scope: ModerationScope): Record<string, unknown> =>
  scope.all ? {} : { site: { id: { $in: [...scope.sites.keys()] } } };
