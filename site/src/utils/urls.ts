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

/**
 * Categories whose content has pages of its own (Nghị định 42/2022/NĐ-CP sections with a content
 * model): a link to the category, from the menus or anywhere, leads to those pages instead.
 */
export const SECTION_PAGES: Readonly<Record<string, string>> = {
  'gioi-thieu': 'gioi-thieu/',
  'chuc-nang-nhiem-vu': 'gioi-thieu/',
  'co-cau-to-chuc': 'co-cau-to-chuc/',
  'lanh-dao': 'lien-he/',
  'thong-tin-lien-he': 'lien-he/',
  'lich-lam-viec': 'lich-cong-tac/',
  'hoi-dap': 'hoi-dap/',
  'du-an-dau-tu-dau-thau-mua-sam-cong': 'du-an/',
  'thong-ke': 'thong-ke/',
  'dich-vu-cong-truc-tuyen': 'dich-vu-cong/',
  'thong-tin-tieng-nuoc-ngoai': 'en/',
};

const CATEGORY_LINK = /^\/chuyen-muc\/([a-z0-9-]+)\/?$/;

/** A navigation link from the CMS: relative ones are site-internal (a section's category to its pages), others are left alone. */
export const navUrl = (href: string): string => {
  if (!href.startsWith('/')) return href;
  const section = SECTION_PAGES[CATEGORY_LINK.exec(href)?.[1] ?? ''];
  return url(section ?? href);
};

/** Whether a CMS link leaves the site. */
export const isExternal = (href: string): boolean => /^[a-z]+:/i.test(href);

export const articleUrl = (slug: string): string => url(`tin/${slug}/`);
export const categoryUrl = (slug: string, page = 1): string =>
  url(page > 1 ? `chuyen-muc/${slug}/trang/${page}/` : (SECTION_PAGES[slug] ?? `chuyen-muc/${slug}/`));
export const legalDocumentUrl = (slug: string): string => url(`van-ban/${slug}/`);

/** Another site's home: its own domain in production, a sibling folder when all sites share one host. */
export const siteHomeUrl = (site: { slug: string; domain: string | null }): string =>
  base !== '/' || !site.domain ? `${base.replace(/[^/]+\/$/, '')}${site.slug}/` : `https://${site.domain}/`;

/** The English pages (Nghị định 42/2022/NĐ-CP foreign-language information) and their Vietnamese counterparts. */
export const englishUrl = (page: '' | 'organisation' | 'contact' = ''): string => url(page ? `en/${page}/` : 'en/');
