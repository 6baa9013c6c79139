import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { shortSiteName } from '../../../../validation/site-scope';
import { MESSAGES } from '../messages';
import { currentActor } from '../services/actor';
import { siteIdsWithRole } from '../services/memberships';
import { ARTICLE_STAFF, ASSIGNMENT_UID, assignedToClause, BOARD_WRITERS, contributorSelf, isBoardUid } from './access';

type Middleware = Modules.Documents.Middleware.Middleware;

const ARTICLE_UID = 'api::article.article';
const WRITES = new Set(['create', 'update', 'delete', 'clone']);

interface SiteRef {
  id: number;
  name: string;
}

interface Row {
  id: number;
  site?: SiteRef | null;
  assignment?: { id: number; title: string } | null;
}

const rowsOf = async (
  strapi: Core.Strapi,
  uid: string,
  documentId: string | undefined,
  populate: Record<string, unknown>
): Promise<Row[]> =>
  documentId
    ? ((await strapi.db.query(uid as 'api::site.site').findMany({ where: { documentId }, select: ['id'], populate })) as Row[])
    : [];

const SITE = { site: { select: ['id', 'name'] } };

export const notOnBoard = (site: string): string =>
  `Bạn không thuộc Ban biên tập của trang "${shortSiteName(site)}": định hướng tuyên truyền và giao bài của trang do biên tập viên, lãnh đạo duyệt và trưởng ban biên tập của trang đó soạn.`;

const noSite = () =>
  new errors.ValidationError(MESSAGES.noSite, { errors: [{ path: ['site'], message: MESSAGES.noSite, name: 'ValidationError' }] });

/** A direction's or assignment's site, before and after the write: one where the actor is on the board. */
const boardSiteCheck = async (strapi: Core.Strapi, userId: number) => {
  const allowed = new Set(await siteIdsWithRole(strapi, userId, BOARD_WRITERS));
  return (rows: Row[]) => {
    for (const row of rows) {
      if (!row.site) throw noSite();
      if (!allowed.has(row.site.id)) throw new errors.PolicyError(notOnBoard(row.site.name));
    }
  };
};

const LINK_POPULATE = { ...SITE, assignment: { select: ['id', 'title'] } };

/**
 * An article's link to an assignment, when the write changes it: the article's editors and
 * approvers link any assignment of the site (site-scope.ts keeps it the article's site); anyone
 * else only one given to them or to their unit.
 */
const checkArticleLinks = async (strapi: Core.Strapi, userId: number, before: Set<number | null>, after: Row[]) => {
  for (const row of after) {
    const assignment = row.assignment;
    if (!assignment || before.has(assignment.id) || !row.site) continue;
    const staff = await siteIdsWithRole(strapi, userId, ARTICLE_STAFF);
    if (staff.includes(row.site.id)) continue;
    const clause = assignedToClause(await contributorSelf(strapi, userId));
    const mine = clause && (await strapi.db.query(ASSIGNMENT_UID).findOne({ where: { id: assignment.id, ...clause }, select: ['id'] }));
    if (!mine) {
      const message = `Bài giao "${assignment.title}" không giao cho bạn hay đơn vị của bạn: chỉ chọn được bài Ban biên tập giao cho mình hoặc đơn vị mình.`;
      throw new errors.ValidationError(message, { errors: [{ path: ['assignment'], message, name: 'ValidationError' }] });
    }
  }
};

const documentIdOf = (result: unknown, fallback: string | undefined): string | undefined =>
  (result as { documentId?: string } | null)?.documentId ?? fallback;

/**
 * RBAC conditions cannot check a create (no stored row yet), nor which site an update moves an
 * item to, nor whom an article's new assignment was given to: checked here for every route.
 * Super admins, API tokens and scripts are not limited.
 */
const boardGuard =
  (strapi: Core.Strapi): Middleware =>
  async (context, next) => {
    const board = isBoardUid(context.uid);
    if (!(board || context.uid === ARTICLE_UID) || !WRITES.has(context.action)) return next();
    const actor = currentActor(strapi);
    if (actor.kind === 'anonymous' && board) throw new errors.PolicyError(MESSAGES.anonymousWrite);
    if (actor.kind !== 'admin' || actor.superAdmin) return next();
    const documentId = (context.params as { documentId?: string }).documentId;
    if (board) {
      const check = await boardSiteCheck(strapi, actor.user.id);
      check(await rowsOf(strapi, context.uid, documentId, SITE));
      return strapi.db.transaction(async () => {
        const result = await next();
        if (context.action !== 'delete') {
          const after = await rowsOf(strapi, context.uid, documentIdOf(result, documentId), SITE);
          check(after.length > 0 ? after : [{ id: 0, site: null }]);
        }
        return result;
      });
    }
    if (context.action === 'delete') return next();
    const before = new Set((await rowsOf(strapi, ARTICLE_UID, documentId, LINK_POPULATE)).map((row) => row.assignment?.id ?? null));
    return strapi.db.transaction(async () => {
      const result = await next();
      await checkArticleLinks(
        strapi,
        actor.user.id,
        before,
        await rowsOf(strapi, ARTICLE_UID, documentIdOf(result, documentId), LINK_POPULATE)
      );
      return result;
    });
  };

export default boardGuard;
