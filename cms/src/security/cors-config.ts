import type { Core } from '@strapi/strapi';
import { decideCors, originOf, siteDomainOrigins, type CorsDecision, type CorsPolicy } from './cors-policy';

/** How long the sites' domains are trusted before they are read again (a new site's domain works within this). */
const DOMAINS_TTL_MS = 60_000;

const list = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((item) => originOf(item.trim()))
    .filter((item): item is string => item !== null);

interface CorsCtx {
  path: string;
  get(header: string): string;
}

/**
 * strapi::cors's configuration (it must stay in the middleware list): with no origin configured
 * it reflects any origin with credentials, so a page on any site could make a signed-in editor's
 * browser refresh the admin token and read it. Here the answer comes from cors-policy.ts: the
 * admin's origins with credentials; the sites' origins (SITE_ORIGIN, CORS_SITE_ORIGINS and each
 * site's domain in the CMS) without, on /api only; nothing for anyone else.
 */
/** The sites' origins that configuration names (SITE_ORIGIN, CORS_SITE_ORIGINS); each site's domain comes from the CMS. */
export const fixedSiteOrigins = (): string[] => [
  ...list(process.env.SITE_ORIGIN ?? (process.env.NODE_ENV !== 'production' ? 'http://localhost:8080' : '')),
  ...list(process.env.CORS_SITE_ORIGINS),
];

export const corsConfig = () => {
  const development = process.env.NODE_ENV !== 'production';
  const fixedSites = fixedSiteOrigins();
  let policy: CorsPolicy | null = null;
  let sites = new Set(fixedSites);
  let loadedAt = 0;
  let loading: Promise<void> | null = null;

  const strapi = () => (globalThis as unknown as { strapi: Core.Strapi }).strapi;

  /** The admin's origins: the CMS's public URL, an absolute admin URL, CORS_ADMIN_ORIGINS, and the local port in development. */
  const adminOrigins = (): Set<string> => {
    const port = strapi().config.get('server.port', 1337);
    return new Set(
      [
        originOf(strapi().config.get('server.url', '') as string),
        originOf(strapi().config.get('admin.url', '') as string),
        ...list(process.env.CORS_ADMIN_ORIGINS),
        ...(development ? [`http://localhost:${port}`, `http://127.0.0.1:${port}`] : []),
      ].filter((origin): origin is string => Boolean(origin))
    );
  };

  const loadDomains = async () => {
    try {
      const rows = (await strapi()
        .db.query('api::site.site')
        .findMany({ select: ['domain'] })) as Array<{ domain?: string | null }>;
      sites = new Set([...fixedSites, ...rows.flatMap((row) => siteDomainOrigins(row.domain))]);
      loadedAt = Date.now();
    } catch (error) {
      strapi().log.warn(
        `CORS: could not read the sites' domains (${error instanceof Error ? error.message : String(error)}); keeping the last list.`
      );
    } finally {
      loading = null;
    }
  };

  /** The first request waits for the domains; later refreshes run behind the request that noticed they were due. */
  const currentPolicy = async (): Promise<CorsPolicy> => {
    if (Date.now() - loadedAt >= DOMAINS_TTL_MS) {
      loading ??= loadDomains();
      if (loadedAt === 0) await loading;
    }
    policy = { admin: policy?.admin ?? adminOrigins(), sites, localhostIsSite: development };
    return policy;
  };

  const decisions = new WeakMap<CorsCtx, CorsDecision | null>();
  return {
    // strapi::cors reflects the request's origin when it is in the list this returns; [] means no CORS headers.
    origin: async (ctx: CorsCtx): Promise<string[]> => {
      const decision = decideCors(await currentPolicy(), ctx.get('Origin') || undefined, ctx.path);
      decisions.set(ctx, decision);
      return decision ? [decision.origin] : [];
    },
    credentials: (ctx: CorsCtx): boolean => decisions.get(ctx)?.credentials ?? false,
    headers: ['Content-Type', 'Authorization', 'Accept'],
    maxAge: 600,
  };
};
