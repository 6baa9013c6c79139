import type { Core } from '@strapi/strapi';
import { fixedSiteOrigins } from '../../../../security/cors-config';
import { originOf, siteDomainOrigins } from '../../../../security/cors-policy';

/**
 * The site pages a form posted without JavaScript may name, under a site's base path: the comment
 * confirmation page, and the question tracking page.
 */
const SITE_PAGE = /^(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*\/(?:gop-y\/da-gui|hoi-dap\/tra-cuu)\/$/;

/**
 * The address to send a person to (or link) after a form was handled, when it is one of a site's
 * own pages above: an origin the CMS serves sites on (SITE_ORIGIN, CORS_SITE_ORIGINS, a site's
 * domain) and that exact path, with no query or fragment. Anything else is not followed: the
 * route must not redirect anyone anywhere a form says.
 */
export type SitePage = 'gop-y/da-gui/' | 'hoi-dap/tra-cuu/';

export const safeReturnTo = async (strapi: Core.Strapi, value: string | undefined, page: SitePage): Promise<string | null> => {
  if (!value) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  const origin = originOf(value);
  if (
    !origin ||
    url.username ||
    url.password ||
    url.search ||
    url.hash ||
    !SITE_PAGE.test(url.pathname) ||
    !url.pathname.endsWith(`/${page}`)
  )
    return null;
  if (`${origin}${url.pathname}` !== value) return null;
  const development = process.env.NODE_ENV !== 'production';
  if (development && /^http:\/\/(localhost|127\.0\.0\.1)(:\d{1,5})?$/.test(origin)) return value;
  if (fixedSiteOrigins().includes(origin)) return value;
  const rows = (await strapi.db.query('api::site.site').findMany({ select: ['domain'] })) as Array<{ domain?: string | null }>;
  return rows.some((row) => siteDomainOrigins(row.domain).includes(origin)) ? value : null;
};

/** The site's base address of one of its pages named above: `…/gop-y/da-gui/` → `…/`. */
export const siteBaseOf = (returnTo: string): string => returnTo.replace(/(?:gop-y\/da-gui|hoi-dap\/tra-cuu)\/$/, '');

/** The draft's own page next to a site's confirmation page: `…/gop-y/da-gui/` → `…/van-ban/<slug>/`. */
export const draftPageBeside = (returnTo: string, slug: string): string => `${siteBaseOf(returnTo)}van-ban/${slug}/`;
