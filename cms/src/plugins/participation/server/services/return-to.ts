import type { Core } from '@strapi/strapi';
import { fixedSiteOrigins } from '../../../../security/cors-config';
import { originOf, siteDomainOrigins } from '../../../../security/cors-policy';

/** The confirmation page a form posted without JavaScript names: `/gop-y/da-gui/` under a site's base path. */
const CONFIRMATION_PATH = /^(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*\/gop-y\/da-gui\/$/;

/**
 * The address to send a person to after their comment was stored, when it is a site's own
 * confirmation page: an origin the CMS serves sites on (SITE_ORIGIN, CORS_SITE_ORIGINS, a site's
 * domain) and that exact path, with no query or fragment. Anything else is not followed: the
 * route must not redirect anyone anywhere a form says.
 */
export const safeReturnTo = async (strapi: Core.Strapi, value: string | undefined): Promise<string | null> => {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  const origin = originOf(value);
  if (!origin || url.username || url.password || url.search || url.hash || !CONFIRMATION_PATH.test(url.pathname)) return null;
  if (`${origin}${url.pathname}` !== value) return null;
  const development = process.env.NODE_ENV !== 'production';
  if (development && /^http:\/\/(localhost|127\.0\.0\.1)(:\d{1,5})?$/.test(origin)) return value;
  if (fixedSiteOrigins().includes(origin)) return value;
  const rows = (await strapi.db.query('api::site.site').findMany({ select: ['domain'] })) as Array<{ domain?: string | null }>;
  return rows.some((row) => siteDomainOrigins(row.domain).includes(origin)) ? value : null;
};

/** The draft's own page next to a site's confirmation page: `…/gop-y/da-gui/` → `…/van-ban/<slug>/`. */
export const draftPageBeside = (returnTo: string, slug: string): string => returnTo.replace(/gop-y\/da-gui\/$/, `van-ban/${slug}/`);
