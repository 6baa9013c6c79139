import type { Core } from '@strapi/strapi';
import { MESSAGES, type RefusedVerb } from '../messages';
import { adminActor, type AdminUser } from '../services/actor';
import { siteRolesOf } from '../services/items';
import { MEMBERSHIP_UID } from '../services/memberships';
import { QUESTION_UID, isWorkflowUid, type Capacity } from '../services/rules';
import { isSectionUid, SECTION_WRITERS } from '../services/sections';

const SITE_UID = 'api::site.site';

/** Who acts on an item of this type on its site, as the refusal names them (rbac.ts grants the same). */
const actorsOf = (uid: string): Capacity[] => {
  if (uid === QUESTION_UID) return ['editor', 'approver', 'answerer'];
  if (isWorkflowUid(uid)) return ['editor', 'approver'];
  if (isSectionUid(uid)) return [...SECTION_WRITERS];
  if (uid === 'api::category.category' || uid === MEMBERSHIP_UID || uid === SITE_UID) return ['site-admin'];
  return [];
};

const verbOf = (method: string, path: string): RefusedVerb => {
  if (method === 'GET') return 'xem';
  if (method === 'PUT') return 'sửa';
  if (method === 'DELETE') return 'xóa';
  if (path.endsWith('/actions/publish')) return 'đăng';
  if (path.endsWith('/actions/unpublish')) return 'gỡ';
  return 'thao tác trên';
};

interface RefusalContext {
  status: number;
  body: unknown;
  method: string;
  path: string;
  params: Record<string, string | undefined>;
  state: { user?: AdminUser; userAbility?: { can: (action: string, subject: string) => boolean } };
}

/** Strapi's messages for a refusal that gives no reason (`ctx.forbidden()`, `new ForbiddenError()`). */
const BARE = new Set(['Forbidden', 'Forbidden access']);

const isBareForbidden = (body: unknown): boolean => BARE.has((body as { error?: { message?: string } } | null)?.error?.message ?? '');

/** By name: the content manager may hold its own copy of @strapi/utils, so `instanceof` could miss. */
const isBareForbiddenError = (error: unknown): boolean =>
  (error as { name?: string } | null)?.name === 'ForbiddenError' && BARE.has((error as Error).message);

/**
 * The content manager refuses another site's item with a bare "Forbidden", which the admin shows
 * as "something went wrong". After Strapi's own RBAC decided (this changes no decision), the
 * refusal is given its reason: the item's site, and who acts on it there.
 */
export const explainRefusal =
  (strapi: Core.Strapi) =>
  async (ctx: RefusalContext, next: () => Promise<unknown>): Promise<void> => {
    try {
      await next();
    } catch (error) {
      // Some handlers throw the bare refusal (update, delete) rather than answer it.
      if (!isBareForbiddenError(error)) throw error;
      const explained = await explanation(strapi, ctx);
      if (!explained) throw error;
      ctx.status = 403;
      ctx.body = explained;
      return;
    }
    if (ctx.status !== 403 || !isBareForbidden(ctx.body)) return;
    const explained = await explanation(strapi, ctx);
    if (explained) ctx.body = explained;
  };

/** The refusal's body with the reason, or null when there is nothing to explain (no such document, no site). */
const explanation = async (strapi: Core.Strapi, ctx: RefusalContext): Promise<unknown> => {
  const { model, id } = ctx.params;
  if (!model || !id || !ctx.state.user) return null;
  // Only for a type the user works on somewhere: to anyone else, an explanation would confirm that
  // the id exists and name its site, where Strapi's bare refusal says the same for any id.
  if (!ctx.state.userAbility?.can('plugin::content-manager.explorer.read', model)) return null;
  const contentType = strapi.contentTypes[model as keyof typeof strapi.contentTypes] as
    | { attributes: Record<string, { type?: string; target?: string }> }
    | undefined;
  const bySite = model === SITE_UID || contentType?.attributes.site?.target === SITE_UID;
  if (!bySite) return null;
  const row = (await strapi.db.query(model).findOne({
    where: { documentId: id },
    ...(model === SITE_UID ? { select: ['id', 'name'] } : { populate: { site: { select: ['id', 'name'] } } }),
  })) as { id: number; name?: string; site?: { id: number; name: string } | null } | null;
  // A document that does not exist stays a plain refusal: the message must not confirm ids.
  if (!row) return null;
  const site = model === SITE_UID ? { id: row.id, name: row.name ?? '' } : (row.site ?? null);
  const mine = site ? (await siteRolesOf(strapi, adminActor(ctx.state.user), site.id)).size > 0 : false;
  const message = MESSAGES.refusedItem(verbOf(ctx.method, ctx.path), site?.name ?? null, actorsOf(model), mine);
  return { data: null, error: { status: 403, name: 'ForbiddenError', message, details: {} } };
};
