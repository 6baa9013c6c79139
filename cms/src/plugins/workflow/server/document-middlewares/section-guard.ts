import type { Core, Modules } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { MESSAGES } from '../messages';
import { currentActor } from '../services/actor';
import { siteIdsWithRole } from '../services/memberships';
import { isSectionUid, SECTION_PUBLISHERS, SECTION_WRITERS } from '../services/sections';

type Middleware = Modules.Documents.Middleware.Middleware;

interface SiteRef {
  id: number;
  name: string;
}

const WRITES = new Set(['create', 'update', 'delete', 'publish', 'unpublish', 'discardDraft']);
const PUBLISHING = new Set(['publish', 'unpublish']);

/** The sites of every stored version of a document (draft and published may differ while editing). */
const sitesOf = async (strapi: Core.Strapi, uid: string, documentId: string | undefined): Promise<Array<SiteRef | null>> => {
  if (!documentId) return [];
  const rows = (await strapi.db.query(uid as 'api::site.site').findMany({
    where: { documentId },
    select: ['id'],
    populate: { site: { select: ['id', 'name'] } },
  })) as Array<{ site?: SiteRef | null }>;
  return rows.map((row) => row.site ?? null);
};

/**
 * A site's section content is kept by that site's editors, approvers and administrator, and only
 * its approvers publish or withdraw it. RBAC conditions cannot check a create (no stored row yet)
 * nor which site an update moves an item to, so the site is checked here, before and after the
 * write, whatever route the write came through. Super admins, API tokens and scripts are not limited.
 */
const sectionGuard =
  (strapi: Core.Strapi): Middleware =>
  async (context, next) => {
    if (!isSectionUid(context.uid) || !WRITES.has(context.action)) return next();
    const actor = currentActor(strapi);
    if (actor.kind === 'anonymous') throw new errors.PolicyError(MESSAGES.anonymousWrite);
    if (actor.kind !== 'admin' || actor.superAdmin) return next();

    const roles = PUBLISHING.has(context.action) ? SECTION_PUBLISHERS : SECTION_WRITERS;
    const allowed = new Set(await siteIdsWithRole(strapi, actor.user.id, [...roles]));
    const check = (sites: Array<SiteRef | null>) => {
      for (const site of sites) {
        if (!site)
          throw new errors.ValidationError(MESSAGES.noSite, {
            errors: [{ path: ['site'], message: MESSAGES.noSite, name: 'ValidationError' }],
          });
        if (!allowed.has(site.id))
          throw new errors.PolicyError(
            PUBLISHING.has(context.action) ? MESSAGES.onlyApproverPublishesSection(site.name) : MESSAGES.notMemberOfSite(site.name)
          );
      }
    };
    const params = context.params as { documentId?: string };
    check(await sitesOf(strapi, context.uid, params.documentId));
    return strapi.db.transaction(async () => {
      const result = await next();
      const documentId = (result as { documentId?: string } | null)?.documentId ?? params.documentId;
      if (context.action !== 'delete') {
        const after = await sitesOf(strapi, context.uid, documentId);
        check(after.length > 0 ? after : [null]);
      }
      return result;
    });
  };

export default sectionGuard;
