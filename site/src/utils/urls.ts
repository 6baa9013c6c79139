import { siteEnv } from './env.mjs';

const { base, origin } = siteEnv();

/** A site-internal path (`tin/x/`, `/van-ban/`) with the build's base, ending in a slash unless it names a file. */
export const url = (path = ''): string => {
  const clean = path.replace(/^\/+/, '');
  const withSlash = clean === '' || clean.endsWith('/') || /\.[a-z0-9]+$/i.test(clean) || clean.includes('#') ? clean : `${clean}/`;
  return `${base}${withSlash}`;
};

/** The absolute URL of a site-internal path, for feeds, sitemaps and OpenGraph. */
export const absoluteUrl = (path = ''): string => new URL(url(path), `${origin}/`).toString();

/** A CMS media URL: uploads are copied into the build, so they live under the base. */
export const mediaUrl = (src: string): string => (/^https?:\/\//.test(src) ? src : url(src));

/** A navigation link from the CMS: relative ones are site-internal, others are left alone. */
export const navUrl = (href: string): string => (href.startsWith('/') ? url(href) : href);

/** Whether a CMS link leaves the site. */
export const isExternal = (href: string): boolean => /^[a-z]+:/i.test(href);

export const articleUrl = (slug: string): string => url(`tin/${slug}/`);
/** Categories whose content has a page of its own (docs/sections.md): links to them lead there. */
const SECTION_PAGES: Record<string, string> = { 'thong-ke': 'thong-ke/', 'dich-vu-cong-truc-tuyen': 'dich-vu-cong/' };
export const categoryUrl = (slug: string, page = 1): string =>
  page === 1 && SECTION_PAGES[slug]
    ? url(SECTION_PAGES[slug])
    : url(page > 1 ? `chuyen-muc/${slug}/trang/${page}/` : `chuyen-muc/${slug}/`);
export const legalDocumentUrl = (slug: string): string => url(`van-ban/${slug}/`);

/** Another site's home: its own domain in production, a sibling folder when all sites share one host. */
export const siteHomeUrl = (site: { slug: string; domain: string | null }): string =>
  base !== '/' || !site.domain ? `${base.replace(/[^/]+\/$/, '')}${site.slug}/` : `https://${site.domain}/`;

/** The English pages (Nghị định 42/2022/NĐ-CP foreign-language information) and their Vietnamese counterparts. */
export const englishUrl = (page: '' | 'organisation' | 'contact' = ''): string => url(page ? `en/${page}/` : 'en/');
