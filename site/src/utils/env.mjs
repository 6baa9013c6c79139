// Plain JS: read by astro.config.mjs before any TypeScript transform exists.

// Each variable named in full: the renderer bundle compiles them in (astro.config.mjs).
const processEnv = () => ({
  SITE_SLUG: process.env.SITE_SLUG,
  SITE_BASE: process.env.SITE_BASE,
  SITE_ORIGIN: process.env.SITE_ORIGIN,
  CMS_URL: process.env.CMS_URL,
});

/**
 * The per-build settings, from the environment, with defaults for local builds.
 * @param {Record<string, string | undefined>} env
 */
export const siteEnv = (env = processEnv()) => {
  const slug = env.SITE_SLUG || 'vung-tau';
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) throw new Error(`Bad SITE_SLUG ${slug}`);
  let base = env.SITE_BASE || `/${slug}/`;
  if (!base.endsWith('/')) base += '/';
  return {
    slug,
    base,
    origin: (env.SITE_ORIGIN || 'http://localhost:8080').replace(/\/$/, ''),
    cmsUrl: (env.CMS_URL || 'http://localhost:1337').replace(/\/$/, ''),
  };
};
