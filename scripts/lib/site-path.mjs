// @ts-check
// Which part of the static sites a request's address names, decided before anything touches the
// disk. The address is decoded once and must then be a plain path: a known-safe alphabet, no
// dot-segments, no empty segments, no dotfiles. Anything else is refused, so an encoded slug
// (/%70huong-7/…), %2e%2e, //, /./, a backslash or a NUL cannot reach another folder.

/** Longer addresses are refused: no page of the sites has one near this long. */
export const MAX_URL_LENGTH = 2048;
/** A site's slug, as the CMS allows it (site/src/utils/env.mjs). */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Every character a built file's path uses: Astro's page folders and assets, Strapi's upload names. */
const SAFE_PATH = /^[A-Za-z0-9._~/-]*$/;

/**
 * @typedef {{ kind: 'bad', reason: string }                   // 400: not a plain path; the reason in Vietnamese
 *   | { kind: 'index' }                                       // / : the list of sites
 *   | { kind: 'none' }                                        // 404: names no site, or a dotfile
 *   | { kind: 'site-root', slug: string }                     // /<slug> → 301 /<slug>/
 *   | { kind: 'file', slug: string, segments: string[] }      // /<slug>/<segments…>; a last '' is a folder
 * } SitePath
 */

/** @param {string} url the request target as received (path and query) @returns {SitePath} */
export const parseSitePath = (url) => {
  if (!url.startsWith('/')) return { kind: 'bad', reason: 'Địa chỉ phải là một đường dẫn bắt đầu bằng “/”.' };
  if (url.length > MAX_URL_LENGTH) return { kind: 'bad', reason: `Địa chỉ quá dài (tối đa ${MAX_URL_LENGTH} ký tự).` };
  const query = url.indexOf('?');
  let decoded;
  try {
    decoded = decodeURIComponent(query === -1 ? url : url.slice(0, query));
  } catch {
    return { kind: 'bad', reason: 'Địa chỉ có mã “%” không hợp lệ.' };
  }
  if (!SAFE_PATH.test(decoded)) {
    return { kind: 'bad', reason: 'Địa chỉ chứa ký tự không được phép: chỉ chữ cái không dấu, chữ số, “.”, “_”, “~”, “-” và “/”.' };
  }
  if (decoded === '/') return { kind: 'index' };
  const segments = decoded.slice(1).split('/');
  if (segments.some((s, i) => s === '.' || s === '..' || (s === '' && i < segments.length - 1))) {
    return { kind: 'bad', reason: 'Địa chỉ không được có đoạn “.”, “..” hoặc hai dấu “/” liền nhau.' };
  }
  const [slug, ...rest] = segments;
  if (!SLUG.test(slug) || segments.some((s) => s.startsWith('.'))) return { kind: 'none' };
  return rest.length === 0 ? { kind: 'site-root', slug } : { kind: 'file', slug, segments: rest };
};
