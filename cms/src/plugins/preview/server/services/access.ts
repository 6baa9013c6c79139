import type { Core } from '@strapi/strapi';
import type { PreviewUid } from '@vungtau/publishing';

interface AdminUserRow {
  id: number;
  isActive: boolean;
  blocked: boolean | null;
  roles: Array<{ id: number; code: string }>;
}

/** The item's draft as the read permission's conditions see it (rbac.ts: `site.id`, `createdBy.id`), with its site. */
export interface PreviewItem {
  id: number;
  documentId: string;
  site: { id: number; slug: string } | null;
  createdBy: { id: number } | null;
}

export const loadPreviewItem = async (strapi: Core.Strapi, uid: PreviewUid, documentId: string): Promise<PreviewItem | null> =>
  (await strapi.db.query(uid).findOne({
    where: { documentId, publishedAt: null },
    populate: { site: { select: ['id', 'slug'] }, createdBy: { select: ['id'] } },
  })) as PreviewItem | null;

/**
 * Whether an admin user may read this item in the content manager: Strapi's own RBAC with the
 * workflow's per-site conditions (plugins/workflow/server/services/rbac.ts), evaluated against the
 * item as the edit view's permission check evaluates it. So the preview follows the edit view:
 * whoever can open the item can see its page, and nobody else, with no rule of its own to drift.
 */
export const mayRead = async (strapi: Core.Strapi, userId: number, uid: PreviewUid, item: PreviewItem): Promise<boolean> => {
  const user = (await strapi.db.query('admin::user').findOne({
    where: { id: userId },
    populate: { roles: { select: ['id', 'code'] } },
  })) as AdminUserRow | null;
  if (!user || !user.isActive || user.blocked) return false;
  const ability = await strapi.service('admin::permission').engine.generateUserAbility(user);
  const checker = strapi.plugin('content-manager').service('permission-checker').create({ userAbility: ability, model: uid });
  // As the content manager's findOne decides (cannot: the action and every alias refused).
  return !checker.cannot.read(item);
};
