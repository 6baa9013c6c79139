import { createHash } from 'crypto';
import { BANNER_TEXT } from '../messages';

/** The banner's rules, allowed by their hash in the preview's Content-Security-Policy (no other inline style). */
const BANNER_STYLE =
  '#ban-xem-truoc{position:sticky;top:0;z-index:1000;margin:0;padding:.5rem 1rem;background:#fff3c4;color:#3b2600;border-bottom:3px solid #b45309;font:700 1rem/1.4 system-ui,sans-serif;text-align:center}';

/**
 * The banner, inserted right after `<body …>`: a status region, so a screen reader announces that
 * this is not the published page; the only difference from the page approval will publish.
 */
export const BANNER_HTML = `<style>${BANNER_STYLE}</style><p id="ban-xem-truoc" role="status">${BANNER_TEXT}</p>`;

export const BANNER_STYLE_HASH = `'sha256-${createHash('sha256').update(BANNER_STYLE).digest('base64')}'`;

/** The route the site's styles are served from for previews (controllers/preview.ts). */
export const assetBase = (site: string): string => `/preview/assets/${site}/`;

/** The attributes whose addresses the browser loads or follows; Astro writes every attribute in double quotes. */
const ADDRESSES = /\b(href|src|srcset|poster)="([^"]*)"/g;

/**
 * The page as the admin's frame shows it: the banner on top, and the addresses the browser loads
 * (the site's styles under `<base>_astro/`, uploads under `<base>uploads/`) pointed at the CMS,
 * which serves the same files: the site's own addresses are on the sites' host, not the admin's.
 * Only addresses in `href`, `src`, `srcset` and `poster` that start with the site's base are
 * touched (each candidate of a srcset list); nothing else of the page changes.
 */
export const previewHtml = (html: string, site: string, base: string): string => {
  const point = (address: string): string =>
    address.startsWith(`${base}_astro/`)
      ? `${assetBase(site)}${address.slice(base.length)}`
      : address.startsWith(`${base}uploads/`)
        ? `/${address.slice(base.length)}`
        : address;
  const pointed = html.replace(ADDRESSES, (_all, name: string, value: string) =>
    name === 'srcset'
      ? `${name}="${value
          .split(/(,\s*)/)
          .map(point)
          .join('')}"`
      : `${name}="${point(value)}"`
  );
  const body = /<body\b[^>]*>/i.exec(pointed);
  if (!body) throw new Error('the rendered page has no <body>');
  const end = body.index + body[0].length;
  return `${pointed.slice(0, end)}${BANNER_HTML}${pointed.slice(end)}`;
};
