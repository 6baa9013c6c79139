// @ts-check
import { defineConfig } from 'astro/config';
import { siteEnv } from './src/utils/env.mjs';
import copyUploads from './src/integrations/copy-uploads.mjs';
import rendererAdapter from './src/integrations/renderer-adapter.mjs';

// One Astro build per site: SITE_SLUG picks the site, SITE_BASE its path prefix
// (/<slug>/ when every site is served under one host, / on its own domain).
const env = siteEnv();
// SITE_OUT_DIR is the exact folder (scripts/build-sites.mjs builds into a staging release folder);
// SITES_OUT_DIR and SITES_CACHE_DIR let tests build elsewhere than the developer's site/dist.
const outRoot = process.env.SITES_OUT_DIR ?? './dist';
const cacheRoot = process.env.SITES_CACHE_DIR ?? './.cache/astro';
// SITE_RENDERER=1: the renderer bundle of the same pages, rendered on demand
// (scripts/lib/renderer/). It serves one site: the site's settings are compiled in.
const renderer = process.env.SITE_RENDERER === '1';

// Assets a script loads (the participation forms' proof-of-work worker) are addressed relative to
// the script, not under the site's base: the renderer bundle is built once for a made-up base and
// its scripts must be byte for byte those of each site's own build, file names (hashes) included.
/** @type {import('vite').UserConfig['experimental']} */
const experimental = { renderBuiltUrl: (_file, { hostType, ssr }) => (hostType === 'js' && !ssr ? { relative: true } : undefined) };

export default defineConfig({
  // A merged or retired site is built from its redirect plan instead (scripts/lib/redirects.mjs).
  srcDir: process.env.REDIRECT_PLAN ? './src/redirect' : './src',
  site: env.origin,
  base: env.base,
  outDir: process.env.SITE_OUT_DIR ?? `${outRoot}/${env.slug}`,
  // The content layer's data store lives in cacheDir: one per site, so sites never share entries
  // (SITE_CACHE_DIR: the exact folder, for the shares of a site built in several).
  cacheDir: process.env.SITE_CACHE_DIR ?? `${cacheRoot}/${env.slug}`,
  trailingSlash: 'ignore',
  // Stylesheets as files, never inline <style>: the sites' Content-Security-Policy allows styles
  // only from the site itself (style-src 'self', site/deploy/security-headers.json), and a policy
  // that nginx sends to every page cannot list the hashes of each build's inline styles.
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  prefetch: false,
  vite: { experimental },
  devToolbar: { enabled: false },
  integrations: renderer ? [] : [copyUploads({ cmsUrl: env.cmsUrl })],
  ...(renderer && {
    output: 'server',
    adapter: rendererAdapter(),
    vite: {
      experimental,
      define: {
        'process.env.SITE_SLUG': JSON.stringify(env.slug),
        'process.env.SITE_BASE': JSON.stringify(env.base),
        'process.env.SITE_ORIGIN': JSON.stringify(env.origin),
      },
    },
  }),
});
