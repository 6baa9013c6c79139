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
 * Builds a site's bundle when it has none at this code version (and drops its older ones).
 * Resolves with its folder. Two processes building the same bundle at once keep the first.
 */
export const ensureBundle = async (settings, log) => {
  const { slug, codeVersion } = settings;
  const dir = bundleDir(slug, codeVersion);
  if (!existsSync(join(dir, 'server', 'entry.mjs'))) {
    const started = Date.now();
    const name = `renderer-${slug}-${process.pid}`;
    const building = `${dir}.building-${process.pid}`;
    rmSync(building, { recursive: true, force: true });
    try {
      await runAstro('build', {
        name,
        env: { ...settings.env, SITE_RENDERER: '1', SITE_OUT_DIR: building, SITE_CACHE_DIR: join(building, '.content-cache') },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      if (!existsSync(join(dir, 'server', 'entry.mjs'))) {
        rmSync(dir, { recursive: true, force: true });
        renameSync(building, dir);
      }
    } finally {
      rmSync(building, { recursive: true, force: true });
      rmSync(join(siteDir, '.cache', 'build', name), { recursive: true, force: true });
    }
    log(`${slug}: renderer bundle built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    for (const entry of readdirSync(bundlesDir)) {
      const match = /^(.+)-[0-9a-f]{16}$/.exec(entry);
      const old = match?.[1] === slug || Date.now() - statSync(join(bundlesDir, entry)).mtimeMs > UNUSED_MS;
      if (match && entry !== `${slug}-${codeVersion}` && old) rmSync(join(bundlesDir, entry), { recursive: true, force: true });
    }
  }
  // Used: kept past UNUSED_MS from now.
  utimesSync(dir, new Date(), new Date());
  return dir;
};

/** A site's bundle, built first when needed, imported: its SiteRenderer (src/renderer/server.ts) and its folder. */
export const loadBundle = async (settings, log) => {
  const dir = await ensureBundle(settings, log);
  const { renderer } = await import(pathToFileURL(join(dir, 'server', 'entry.mjs')).href);
  return { renderer, dir };
};
