import type { Core } from '@strapi/strapi';
import {
  hasSiteField,
  reachableSites,
  shortSiteName,
  SITE_UID,
  siteFilter,
  siteOwnedRelation,
  sitesOfRows,
  type SiteOwnedRelation,
} from '../../../../validation/site-scope';
import { ARTICLE_STAFF, ASSIGNMENT_UID, assignedToClause, contributorSelf } from '../board/access';
import { isSuperAdmin, type AdminUser } from '../services/actor';
import { siteIdsWithRole, sitesOf } from '../services/memberships';

/**
 * The content manager's relation pickers (`GET /content-manager/relations/:model/:targetField`,
 * and the chosen relations, `…/:model/:id/:targetField`) list every row of the target type, sorted
 * by its display field alone: a ward contributor saw the 18 sites' identical "Tin tức, sự kiện" in
 * an order that changed each time. On relations whose targets belong to a site
 * (validation/site-scope.ts), this lists only the targets of the item's site (of the user's sites
 * while the item is new: the admin does not say which site its form holds), sorted by display
 * field then id, and, when the options span several sites (a new item of a user who holds several,
 * a super admin's, a city item's units), names the site in the display field ("Tin tức, sự kiện —
 * Phường 7"), the only text the admin shows. A `site` field lists the user's own sites (a super
 * admin's: all). The write rule (site-scope.ts) refuses whatever a hand-made request links anyway.
 */

interface Context {
  params: Record<string, string | undefined>;
  query: Record<string, unknown>;
  request: { query: Record<string, unknown> };
  state: { user?: AdminUser };
  body?: unknown;
}

interface ViewConfiguration {
  metadatas?: Record<string, { edit?: { mainField?: string } }>;
}

interface Model {
  uid: string;
  modelType?: string;
  attributes?: Record<string, { type?: string; target?: string }>;
}

const SEPARATOR = ' — ';

/** The display field the admin configured for this relation (Strapi falls back to `id`). */
const mainFieldOf = async (strapi: Core.Strapi, source: Model, field: string): Promise<string> => {
  const service = strapi.plugin('content-manager').service(source.modelType === 'component' ? 'components' : 'content-types') as {
    findConfiguration(model: unknown): Promise<ViewConfiguration>;
  };
  return (await service.findConfiguration(source)).metadatas?.[field]?.edit?.mainField ?? 'id';
};

/** The site of the item the picker edits: by documentId for a type, by the component's row id through its owner. */
const siteOfItem = async (
  strapi: Core.Strapi,
  source: Model,
  relation: SiteOwnedRelation | undefined,
  id: unknown
): Promise<number | null> => {
  if (typeof id !== 'string' && typeof id !== 'number') return null;
  const populate = { site: { select: ['id'] } };
  let row: { site?: { id: number } | null } | null = null;
  if (source.modelType === 'component') {
    if (!relation?.component || !/^\d+$/.test(String(id))) return null;
    row = await strapi.db.query(relation.type as never).findOne({ where: { [relation.component.field]: { id: Number(id) } }, populate });
  } else {
    // The draft first: it is what the form edits.
    const rows = (await strapi.db.query(source.uid as never).findMany({
      where: { documentId: String(id) },
      populate,
      orderBy: { id: 'asc' },
    })) as Array<{ site?: { id: number } | null; publishedAt?: string | null }>;
    row = rows.find((candidate) => !candidate.publishedAt) ?? rows[0] ?? null;
  }
  return row?.site?.id ?? null;
};

interface Scope {
  targetUid: string;
  mainField: string;
  /** The sites whose rows may be listed; null: every site. */
  allowed: number[] | null;
  /** Whether options name their site. */
  labelled: boolean;
}

const scopeOf = async (strapi: Core.Strapi, ctx: Context, id: unknown): Promise<Scope | null> => {
  const user = ctx.state.user;
  const { model, targetField } = ctx.params;
  if (!user || !model || !targetField) return null;
  const source = strapi.getModel(model as never) as Model | undefined;
  const attribute = source?.attributes?.[targetField];
  if (!source || attribute?.type !== 'relation' || !attribute.target) return null;
  const siteField = targetField === 'site' && attribute.target === SITE_UID && hasSiteField(strapi, model);
  const relation = siteOwnedRelation(model, targetField);
  if (!siteField && !relation) return null;

  const superAdmin = isSuperAdmin(user);
  const memberSites = superAdmin ? null : [...(await sitesOf(strapi, user.id)).keys()];
  const mainField = await mainFieldOf(strapi, source, targetField);
  if (siteField) return { targetUid: SITE_UID, mainField, allowed: memberSites, labelled: false };

  const itemSite = await siteOfItem(strapi, source, relation, id);
  const base = itemSite !== null ? [itemSite] : memberSites;
  const allowed = base === null ? null : await reachableSites(strapi, base, relation!.reach);
  return {
    targetUid: attribute.target,
    mainField,
    allowed,
    // Only where equal names can come from several sites: a saved ward item lists one site's.
    labelled: allowed === null || allowed.length > 1,
  };
};

interface Row extends Record<string, unknown> {
  id: number;
}

/** Drops rows outside the allowed sites (should the filter not have held) and names each row's site. */
const finish = async (strapi: Core.Strapi, scope: Scope, body: unknown, drop: boolean): Promise<void> => {
  const results = (body as { results?: Row[] } | undefined)?.results;
  if (!Array.isArray(results) || results.length === 0) return;
  if (!drop && !scope.labelled) return;
  const sites = await sitesOfRows(
    strapi,
    scope.targetUid,
    results.map((row) => row.id)
  );
  const allowed = scope.allowed === null ? null : new Set(scope.allowed);
  const kept = drop && allowed ? results.filter((row) => allowed.has(sites.get(row.id)?.id ?? -1)) : results;
  if (scope.labelled && scope.targetUid !== SITE_UID) {
    for (const row of kept) {
      const site = sites.get(row.id);
      const value = row[scope.mainField];
      if (site && typeof value === 'string') row[scope.mainField] = `${value}${SEPARATOR}${shortSiteName(site.name)}`;
    }
  }
  (body as { results: Row[] }).results = kept;
};

/**
 * An article's "Bài được giao" offers editors and approvers the assignments of their sites (as the
 * save rule allows, board/guard.ts), and anyone else only
 * those given to them or their unit: a contributor would otherwise read every topic the board
 * gave their colleagues (linking one is refused anyway, validation/assignment.ts).
 */
const assignmentOptions = async (strapi: Core.Strapi, ctx: Context): Promise<Record<string, unknown> | null> => {
  const user = ctx.state.user;
  if (!user || isSuperAdmin(user) || ctx.params.model !== 'api::article.article') return null;
  const attribute = (strapi.getModel('api::article.article') as Model).attributes?.[ctx.params.targetField ?? ''];
  if (attribute?.target !== ASSIGNMENT_UID) return null;
  const or: Array<Record<string, unknown>> = [];
  const boardSites = await siteIdsWithRole(strapi, user.id, ARTICLE_STAFF);
  if (boardSites.length > 0) or.push({ site: { id: { $in: boardSites } } });
  const mine = assignedToClause(await contributorSelf(strapi, user.id));
  // A cancelled assignment is not written from (board/start-article.ts refuses it too).
  if (mine) or.push({ $and: [mine, { $or: [{ cancelled: false }, { cancelled: { $null: true } }] }] });
  // No row has no id: nothing to offer.
  return or.length > 0 ? { $or: or } : { id: { $null: true } };
};

/** `GET /relations/:model/:targetField`: the options. */
export const relationOptionsScope =
  (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Context, next: () => Promise<void>) => {
    const scope = await scopeOf(strapi, ctx, ctx.request.query?.id);
    if (!scope) return next();
    const query = { ...ctx.request.query };
    if (scope.allowed !== null) {
      const own = siteFilter(scope.targetUid, scope.allowed);
      query.filters = query.filters ? { $and: [query.filters, own] } : own;
    }
    const assignments = await assignmentOptions(strapi, ctx);
    if (assignments) query.filters = query.filters ? { $and: [query.filters, assignments] } : assignments;
    // Identical names (every site has a "Tin tức, sự kiện") stay in one order.
    query.sort = [`${scope.mainField}:asc`, 'id:asc'];
    ctx.request.query = query;
    await next();
    await finish(strapi, scope, ctx.body, true);
  };

/** `GET /relations/:model/:id/:targetField`: the relations already chosen, named like the options. */
export const chosenRelationsScope =
  (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Context, next: () => Promise<void>) => {
    const scope = await scopeOf(strapi, ctx, ctx.params.id);
    await next();
    // What is stored stays visible, foreign or not, so it can be removed; the write rule names it.
    if (scope) await finish(strapi, scope, ctx.body, false);
  };

export const RELATION_OPTIONS = 'plugin::workflow.relation-options';
export const CHOSEN_RELATIONS = 'plugin::workflow.chosen-relations';

/** Puts the scopes on the content manager's two relation routes. Runs at register, before Strapi builds the router. */
export const scopeRelationRoutes = (strapi: Core.Strapi): void => {
  const table = strapi.plugin('content-manager').routes as Record<
    string,
    { routes?: Array<{ method: string; path: string; config?: { middlewares?: unknown[] } }> }
  >;
  for (const group of Object.values(table)) {
    for (const route of group.routes ?? []) {
      const name =
        route.method === 'GET' && route.path === '/relations/:model/:targetField'
          ? RELATION_OPTIONS
          : route.method === 'GET' && route.path === '/relations/:model/:id/:targetField'
            ? CHOSEN_RELATIONS
            : null;
      if (name) route.config = { ...route.config, middlewares: [...(route.config?.middlewares ?? []), name] };
    }
  }
};
