import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { MESSAGES } from '../messages';
import { currentActor } from '../services/actor';
import { siteIdsWithRole } from '../services/memberships';
import { BOARD_SETTINGS, SITE_STRUCTURE } from '../services/site-structure';

type Middleware = Modules.Documents.Middleware.Middleware;

const CATEGORY = 'api::category.category';
const SITE = 'api::site.site';
const WRITES = new Set(['create', 'update', 'delete']);

/** The ids each structural relation of a site holds, in a stable order, and the board's report settings, to compare before and after a write. */
const structureOf = async (strapi: Core.Strapi, documentId: string): Promise<string> => {
  const rows = (await strapi.db.query(SITE).findMany({
    where: { documentId },
    select: ['id', ...BOARD_SETTINGS],
    populate: Object.fromEntries(SITE_STRUCTURE.map((field) => [field, { select: ['id'] }])),
  })) as Array<Record<string, { id: number } | Array<{ id: number }> | null>>;
  return JSON.stringify(
    rows.map((row) => [
      ...SITE_STRUCTURE.map((field) => {
        const value = row[field];
        return Array.isArray(value) ? value.map((item) => item.id).sort((a, b) => a - b) : (value?.id ?? null);
      }),
      ...BOARD_SETTINGS.map((field) => String(row[field] ?? '')),
    ])
  );
};

/** The id of the site a category or site row belongs to. */
const siteIdOf = async (strapi: Core.Strapi, uid: string, documentId: string | undefined): Promise<{ id: number; name: string } | null> => {
  if (!documentId) return null;
  if (uid === SITE)
    return (await strapi.db.query(SITE).findOne({ where: { documentId }, select: ['id', 'name'] })) as { id: number; name: string } | null;
  const row = (await strapi.db.query(CATEGORY).findOne({ where: { documentId }, populate: { site: { select: ['id', 'name'] } } })) as {
    site?: { id: number; name: string } | null;
  } | null;
  return row?.site ?? null;
};

/**
 * A site administrator manages their own site's categories and settings only. RBAC conditions
 * cannot check a create (there is no stored row yet), so the site is checked here, before and
 * after the write, for every route. Super admins and scripts are not limited.
 */
const siteSettingsGuard =
  (strapi: Core.Strapi): Middleware =>
  async (context, next) => {
    if ((context.uid !== CATEGORY && context.uid !== SITE) || !WRITES.has(context.action)) return next();
    const actor = currentActor(strapi);
    if (actor.kind !== 'admin' || actor.superAdmin) return next();
    if (context.uid === SITE && context.action !== 'update')
      throw new errors.PolicyError('Chỉ quản trị hệ thống mới được thêm hoặc xóa trang.');

    const administered = new Set(await siteIdsWithRole(strapi, actor.user.id, ['site-admin']));
    const check = (site: { id: number; name: string } | null) => {
      if (!site) throw new errors.PolicyError(MESSAGES.noSite);
      if (!administered.has(site.id)) throw new errors.PolicyError(MESSAGES.notMemberOfSite(site.name));
    };
    const params = context.params as { documentId?: string };
    if (params.documentId) check(await siteIdOf(strapi, context.uid, params.documentId));
    return strapi.db.transaction(async () => {
      const structure = context.uid === SITE && params.documentId ? await structureOf(strapi, params.documentId) : null;
      const result = await next();
      const documentId = (result as { documentId?: string } | null)?.documentId ?? params.documentId;
      if (context.action !== 'delete') check(await siteIdOf(strapi, context.uid, documentId));
      // Compared on what was stored, so every shape of relation input (connect, set, disconnect) is covered.
      if (structure !== null && params.documentId && (await structureOf(strapi, params.documentId)) !== structure)
        throw new errors.PolicyError(MESSAGES.siteStructureForSuperAdmin);
      return result;
    });
  };

export default siteSettingsGuard;
