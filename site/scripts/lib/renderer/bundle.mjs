// A site's renderer bundle: the site's pages built for rendering on demand (astro.config.mjs with
// SITE_RENDERER=1), kept in site/.cache/renderer/<slug>-<code version>/ for as long as the code
// and the site's address stay the same.
import { existsSync, readdirSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runAstro, siteDir } from '../astro-process.mjs';

// Inside site/ (SITES_RENDERER_DIR, relative to it): the bundle imports Astro's runtime from site/node_modules.
const bundlesDir = resolve(siteDir, process.env.SITES_RENDERER_DIR ?? '.cache/renderer');
/** A bundle nobody has built or used for this long belongs to a site gone or renamed. */
const UNUSED_MS = 7 * 24 * 3600_000;

/** Where the bundle of a site at a code version is. */
const bundleDir = (slug, version) => join(bundlesDir, `${slug}-${version}`);

/**
 * Builds a site's bundle when it has none at this code version (and drops its older ones), then
 * imports it. Resolves with the bundle's SiteRenderer (src/renderer/server.ts) and its folder.
 */
export const loadBundle = async (settings, log) => {
  const { slug, codeVersion } = settings;
  const dir = bundleDir(slug, codeVersion);
  if (!existsSync(join(dir, 'server', 'entry.mjs'))) {
    const started = Date.now();
    const building = `${dir}.building-${process.pid}`;
    rmSync(building, { recursive: true, force: true });
    await runAstro('build', {
      name: `renderer-${slug}`,
      env: { ...settings.env, SITE_RENDERER: '1', SITE_OUT_DIR: building, SITE_CACHE_DIR: join(building, '.content-cache') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    rmSync(dir, { recursive: true, force: true });
    renameSync(building, dir);
    log(`${slug}: renderer bundle built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    for (const name of readdirSync(bundlesDir)) {
      const match = /^(.+)-[0-9a-f]{16}$/.exec(name);
      const old = match?.[1] === slug || Date.now() - statSync(join(bundlesDir, name)).mtimeMs > UNUSED_MS;
      if (match && name !== `${slug}-${codeVersion}` && old) rmSync(join(bundlesDir, name), { recursive: true, force: true });
    }
  }
  // Used: kept past UNUSED_MS from now.
  utimesSync(dir, new Date(), new Date());
  const { renderer } = await import(pathToFileURL(join(dir, 'server', 'entry.mjs')).href);
  return { renderer, dir };
};
