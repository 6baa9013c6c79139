// Plain JS: read by astro.config.mjs before any TypeScript transform exists.

/** The per-build settings, from the environment, with defaults for local builds. */
export const siteEnv = () => {
  const slug = process.env.SITE_SLUG || 'vung-tau';
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) throw new Error(`Bad SITE_SLUG ${slug}`);
  let base = process.env.SITE_BASE || `/${slug}/`;
  if (!base.endsWith('/')) base += '/';
  return {
    slug,
    base,
    origin: (process.env.SITE_ORIGIN || 'http://localhost:8080').replace(/\/$/, ''),
    cmsUrl: (process.env.CMS_URL || 'http://localhost:1337').replace(/\/$/, ''),
  };
};
