/**
 * The environment of the site processes the CMS starts (the rebuild worker's builds, the
 * publisher, the previewer): what Node and the site scripts read, and nothing else. The CMS's
 * own environment holds its secrets (APP_KEYS, JWT secrets, the database URL and password, SMTP
 * and Meilisearch keys), which a build has no use for and whose log or crash report must not carry
 * them.
 */
const NAMES = new Set([
  'PATH',
  'HOME',
  'USER',
  'TMPDIR',
  'TMP',
  'TEMP',
  'LANG',
  'LANGUAGE',
  'TZ',
  'NODE_ENV',
  'NODE_OPTIONS',
  'NODE_EXTRA_CA_CERTS',
  'SSL_CERT_FILE',
  'SSL_CERT_DIR',
  'NO_COLOR',
  'CI',
  'CMS_URL',
  // The content API token of the builds where the API is closed to anonymous readers (docker-compose.yml).
  'CMS_TOKEN',
  'REDIRECT_PLAN',
]);

/** The site scripts' own settings (site/scripts, @vungtau/publishing), the locale, and image tooling. */
const PREFIXES = ['SITE_', 'SITES_', 'LC_', 'ASTRO_', 'VIPS_', 'SHARP_'];

/** Whether a variable of the CMS's environment passes to a site process. */
export const passesToChild = (name: string): boolean => NAMES.has(name) || PREFIXES.some((prefix) => name.startsWith(prefix));

/** The allowed part of `env`, plus `extra` (which always wins). */
export const childEnv = (extra: Record<string, string>, env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv => ({
  ...Object.fromEntries(Object.entries(env).filter(([name, value]) => value !== undefined && passesToChild(name))),
  ...extra,
});
