// @ts-check
// The sites' security headers, rendered from their one source, site/deploy/security-headers.json,
// which production's nginx.conf also carries (a site test compares the two).
import fs from 'fs';

/** @typedef {{ contentSecurityPolicy: Record<string, string[]>, headers: Record<string, string> }} HeaderSource */

const SOURCE = new URL('../../site/deploy/security-headers.json', import.meta.url);

/** @returns {HeaderSource} */
export const headerSource = () => JSON.parse(fs.readFileSync(SOURCE, 'utf8'));

/** An http(s) origin (scheme, host, port) of an address, for a CSP source list; null if it is not one. */
export const originOf = (/** @type {string | undefined} */ address) => {
  if (!address) return null;
  try {
    const url = new URL(address);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
};

/**
 * Header name → value. `connectSrc` and `imgSrc` add origins to those directives: the search
 * engine's and the media's when they are not the site's own (npm start's CMS on another port).
 * @param {{ connectSrc?: string[], imgSrc?: string[] }} [extra]
 * @returns {Record<string, string>}
 */
export const securityHeaders = ({ connectSrc = [], imgSrc = [] } = {}) => {
  const { contentSecurityPolicy, headers } = headerSource();
  // Only the origin of each address goes into the policy, so no text of the caller's can add a directive.
  const origins = (/** @type {string[]} */ list) => list.map(originOf).filter((o) => o !== null);
  /** @type {Record<string, string[]>} */
  const added = { 'connect-src': origins(connectSrc), 'img-src': origins(imgSrc) };
  const policy = Object.entries(contentSecurityPolicy)
    .map(([directive, sources]) => {
      const all = [...new Set([...sources, ...(added[directive] ?? [])])];
      return [directive, ...all].join(' ');
    })
    .join('; ');
  return { 'Content-Security-Policy': policy, ...headers };
};
