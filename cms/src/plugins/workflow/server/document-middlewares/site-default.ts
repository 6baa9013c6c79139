import type { Core, Modules } from '@strapi/strapi';
import { hasSiteField } from '../../../../validation/site-scope';
import { relationRefs } from '../../../../utils/relations';
import { currentActor } from '../services/actor';
import { sitesOf } from '../services/memberships';

type Middleware = Modules.Documents.Middleware.Middleware;

/** Site-owned types staff create in the admin; questions come from citizens, the rest from services. */
const FILLED = (uid: string): boolean =>
  uid.startsWith('api::') && !['api::question.question', 'api::royalty-record.royalty-record'].includes(uid);

/**
 * A staff member who works on one site creates everything on it: a create by an admin user that
 * names no site gets the user's only site (the admin's form shows it pre-filled too). Users with
 * several sites, super admins included, choose; the guards then check the choice. Runs before the
 * workflow's guards, which refuse an item without a site.
 */
const siteDefault =
  (strapi: Core.Strapi): Middleware =>
  async (context, next) => {
    if (context.action !== 'create' || !FILLED(context.uid) || !hasSiteField(strapi, context.uid)) return next();
    const actor = currentActor(strapi);
    if (actor.kind !== 'admin' || actor.superAdmin) return next();
    const params = context.params as { data?: Record<string, unknown> };
    const data = params.data ?? {};
    if ((relationRefs(data.site) ?? []).length > 0) return next();
    const sites = [...(await sitesOf(strapi, actor.user.id)).values()];
    if (sites.length !== 1) return next();
    params.data = { ...data, site: sites[0].site.documentId };
    return next();
  };

export default siteDefault;
