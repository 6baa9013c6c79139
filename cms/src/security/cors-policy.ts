/**
 * Who may read the CMS's answers from another origin, and with which rights. The browser enforces
 * CORS, so this decides what a page on another site can make a signed-in editor's browser do:
 *
 * - the admin's own origins, with credentials (cookies: the admin's refresh token lives in one);
 * - the public sites' origins (each site's domain, SITE_ORIGIN, and in development any localhost
 *   port), without credentials and only on the public API under /api;
 * - everyone else: no CORS headers at all, so the browser refuses the answer.
 */

export interface CorsPolicy {
  /** Origins that may call every route with credentials (the admin panel's). */
  admin: ReadonlySet<string>;
  /** Origins that may call the public API (/api/...) without credentials. */
  sites: ReadonlySet<string>;
  /** Development: http(s)://localhost and 127.0.0.1 on any port count as site origins. */
  localhostIsSite: boolean;
}

export interface CorsDecision {
  origin: string;
  credentials: boolean;
}

/** `https://Example.gov.vn:443/x` → `https://example.gov.vn`; null for anything that is not an http(s) origin. */
export const originOf = (value: string | undefined | null): string | null => {
  if (!value) return null;
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
    return url.origin;
  } catch {
    return null;
  }
};

/** A site's `domain` field (a bare host name, validated by the schema) as the origins its pages are served from. */
export const siteDomainOrigins = (domain: string | null | undefined): string[] => {
  if (!domain) return [];
  const origin = originOf(`https://${domain}`);
  return origin ? [origin] : [];
};

const LOCALHOST = /^https?:\/\/(localhost|127\.0\.0\.1|\[::1\])(:\d{1,5})?$/;

/** True for the content API and the other public endpoints mounted under /api. */
export const isPublicApiPath = (path: string): boolean => path === '/api' || path.startsWith('/api/');

/**
 * The CORS answer for a request, or null for none. `requestOrigin` is the Origin header as sent;
 * it must equal an allowed origin exactly (after URL normalisation it must still be the same string,
 * so `https://evil.example/` or a differently cased host never matches by accident).
 */
export const decideCors = (policy: CorsPolicy, requestOrigin: string | undefined, path: string): CorsDecision | null => {
  if (!requestOrigin) return null;
  const origin = originOf(requestOrigin);
  if (!origin || origin !== requestOrigin) return null;
  if (policy.admin.has(origin)) return { origin, credentials: true };
  if (!isPublicApiPath(path)) return null;
  if (policy.sites.has(origin) || (policy.localhostIsSite && LOCALHOST.test(origin))) return { origin, credentials: false };
  return null;
};
