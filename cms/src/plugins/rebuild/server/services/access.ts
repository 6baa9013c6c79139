import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isSuperAdmin, type AdminUser } from '../../../workflow/server/services/actor';
import { sitesOf } from '../../../workflow/server/services/memberships';

/**
 * Operators (super admins) may rebuild and roll back any site and rebuild all; a site's
 * administrator may rebuild and roll back their own site. Nobody else may trigger anything.
 */
export const sitesUserMayRebuild = async (strapi: Core.Strapi, user: AdminUser): Promise<'all' | Set<string>> => {
  if (isSuperAdmin(user)) return 'all';
  const slugs = new Set<string>();
  for (const { site, roles } of (await sitesOf(strapi, user.id)).values()) if (roles.has('site-admin')) slugs.add(site.slug);
  return slugs;
};

export const assertMayRebuild = async (strapi: Core.Strapi, user: AdminUser, slug: string | 'all'): Promise<void> => {
  const allowed = await sitesUserMayRebuild(strapi, user);
  if (allowed === 'all') return;
  if (slug === 'all') throw new errors.PolicyError('Chỉ quản trị hệ thống mới được dựng lại tất cả các trang.');
  if (!allowed.has(slug)) throw new errors.PolicyError('Bạn không có quyền dựng lại hoặc khôi phục trang này: cần vai trò quản trị trang.');
};
