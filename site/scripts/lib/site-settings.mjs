// @ts-check
// What a site's build is told about the site, from the CMS's list of sites (lib/cms.mjs).
import { siteEnv } from '../../src/utils/env.mjs';
import { codeVersion } from './code-version.mjs';

/**
 * The environment a site's Astro process gets, with its base, origin and code version. With
 * `domains` (production), each site at the root of its own domain (site.domain); without, every
 * site under one host (SITE_ORIGIN, default http://localhost:8080) at /<slug>/.
 * @param {Pick<import('./cms.mjs').CmsSite, 'slug' | 'domain'>} site
 * @param {{ domains?: boolean, cmsUrl: string }} options
 */
export const siteSettings = (site, { domains, cmsUrl }) => {
  const env = { CMS_URL: cmsUrl, SITE_SLUG: site.slug, ...(domains ? { SITE_BASE: '/', SITE_ORIGIN: `https://${site.domain}` } : {}) };
  const { slug, base, origin } = siteEnv({ ...process.env, ...env });
  return { env, slug, base, origin, codeVersion: codeVersion({ slug, base, origin }) };
};
