/**
 * Where a site is read, for links in mail: the root of its own domain when it has one and the
 * sites are built for their domains (SITES_USE_DOMAINS, docs/deploy.md), otherwise `/<slug>/`
 * under the sites' shared host (SITE_ORIGIN; in development http://localhost:8080). Null when
 * neither is known (production without SITE_ORIGIN): a mail then gives no link rather than a wrong one.
 */
export const siteBaseUrl = (site: { slug: string; domain?: string | null }): string | null => {
  if (site.domain && process.env.SITES_USE_DOMAINS !== 'false') return `https://${site.domain}`;
  const fallback = process.env.NODE_ENV !== 'production' ? 'http://localhost:8080' : '';
  const origin = (process.env.SITE_ORIGIN ?? fallback).split(',')[0].trim().replace(/\/+$/, '');
  return origin ? `${origin}/${site.slug}` : null;
};

/** A question's page on its site: `/hoi-dap/<slug>/` under the site's address. */
export const questionPageUrl = (site: { slug: string; domain?: string | null }, slug: string): string | null => {
  const base = siteBaseUrl(site);
  return base ? `${base}/hoi-dap/${slug}/` : null;
};

/** The admin's "Hỏi đáp" page, for staff mail; null without PUBLIC_URL (the CMS's public address). */
export const questionsAdminUrl = (): string | null => {
  const base = (process.env.PUBLIC_URL ?? '').replace(/\/+$/, '');
  return base ? `${base}/admin/plugins/workflow` : null;
};
