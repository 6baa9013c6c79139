import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { isSuperAdmin, type AdminUser } from '../../../workflow/server/services/actor';
import { sitesOf } from '../../../workflow/server/services/memberships';

/** Admin RBAC actions of this plugin (Settings → Roles → Plugins → Dựng lại trang). */
export const READ_ACTION = 'plugin::rebuild.read';
export const TRIGGER_ACTION = 'plugin::rebuild.trigger';

export const permissionActions = [
  { section: 'plugins', displayName: 'Xem trạng thái dựng trang', uid: 'read', pluginName: 'rebuild' },
  { section: 'plugins', displayName: 'Dựng lại và khôi phục mọi trang', uid: 'trigger', pluginName: 'rebuild' },
];

/** The admin role of operators: they rebuild and roll back every site but edit no content. */
export const OPERATOR_ROLE = {
  code: 'rebuild-operator',
  name: 'Vận hành hệ thống',
  description: 'Dựng lại, theo dõi và khôi phục mọi trang; không sửa nội dung.',
};

interface RoleService {
  findOne(params: { code: string }): Promise<{ id: number } | null>;
  create(attributes: { name: string; code: string; description: string }): Promise<{ id: number }>;
  assignPermissions(roleId: number, permissions: Array<{ action: string }>): Promise<unknown>;
}

/** Creates the operator role if missing and resets its permissions to these two actions. */
export const ensureOperatorRole = async (strapi: Core.Strapi): Promise<void> => {
  const service = strapi.service('admin::role') as unknown as RoleService;
  const role = (await service.findOne({ code: OPERATOR_ROLE.code })) ?? (await service.create(OPERATOR_ROLE));
  await service.assignPermissions(role.id, [{ action: READ_ACTION }, { action: TRIGGER_ACTION }]);
};

/** Whether one of the user's admin roles grants the action (super admins hold every action). */
const holdsAction = async (strapi: Core.Strapi, user: AdminUser, action: string): Promise<boolean> => {
  if (isSuperAdmin(user)) return true;
  const row = (await strapi.db.query('admin::user').findOne({ where: { id: user.id }, populate: { roles: { select: ['id'] } } })) as {
    roles?: Array<{ id: number }>;
  } | null;
  const roleIds = (row?.roles ?? []).map((role) => role.id);
  if (roleIds.length === 0) return false;
  return (await strapi.db.query('admin::permission').count({ where: { action, role: { id: { $in: roleIds } } } })) > 0;
};

/**
 * Operators (super admins and the "Vận hành hệ thống" role) may rebuild and roll back any site
 * and rebuild all; a site's administrator may rebuild and roll back their own site. Nobody else
 * may trigger anything, whatever the route.
 */
export const sitesUserMayRebuild = async (strapi: Core.Strapi, user: AdminUser): Promise<'all' | Set<string>> => {
  if (await holdsAction(strapi, user, TRIGGER_ACTION)) return 'all';
  const slugs = new Set<string>();
  for (const { site, roles } of (await sitesOf(strapi, user.id)).values()) if (roles.has('site-admin')) slugs.add(site.slug);
  return slugs;
};

export const assertMayRebuild = async (strapi: Core.Strapi, user: AdminUser, slug: string | 'all'): Promise<void> => {
  const allowed = await sitesUserMayRebuild(strapi, user);
  if (allowed === 'all') return;
  if (slug === 'all') throw new errors.PolicyError('Chỉ người vận hành hệ thống mới được dựng lại tất cả các trang.');
  if (!allowed.has(slug))
    throw new errors.PolicyError(
      'Bạn không có quyền dựng lại hoặc khôi phục trang này: cần vai trò quản trị trang hoặc vận hành hệ thống.'
    );
};

/** The sites whose builds the user may watch: the ones they may trigger. Refuses everyone else. */
export const sitesUserMayWatch = async (strapi: Core.Strapi, user: AdminUser): Promise<'all' | Set<string>> => {
  const allowed = await sitesUserMayRebuild(strapi, user);
  if (allowed !== 'all' && allowed.size === 0) {
    throw new errors.PolicyError('Trang “Dựng lại trang” dành cho người vận hành hệ thống và quản trị trang.');
  }
  return allowed;
};
