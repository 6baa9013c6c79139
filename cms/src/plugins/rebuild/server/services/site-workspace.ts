import path from 'path';
import { releases } from '@vungtau/publishing';

/**
 * Where the site workspace is, whose scripts build and release the sites: REBUILD_SITE_DIR, or the
 * folder of the @vungtau/site package (linked by the npm workspaces beside the CMS).
 */
export const siteDir = (): string =>
  path.resolve(process.env.REBUILD_SITE_DIR || path.dirname(require.resolve('@vungtau/site/package.json')));

/** The folder of every site's releases, as the site build finds it (SITES_OUT_DIR, or the site's dist). */
export const sitesRoot = (): string => releases.sitesRoot(siteDir());

/** One of the site workspace's scripts, which the worker runs as a child process. */
export const siteScript = (name: string): string => path.join(siteDir(), 'scripts', name);
