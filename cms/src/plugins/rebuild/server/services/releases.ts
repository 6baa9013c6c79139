import path from 'path';
import type { Core } from '@strapi/strapi';
import { siteDir } from './worker';

/** The release helpers the site build uses (site/scripts/lib/releases.cjs), shared so both agree on the layout. */
export interface Releases {
  sitesRoot(): string;
  listReleases(root: string, slug: string): string[];
  liveRelease(root: string, slug: string): string | null;
  lastFailure(root: string, slug: string): { release: string; at: string; message: string } | null;
  rollback(root: string, slug: string, to?: string): { from: string | null; to: string };
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
export const releases = (strapi: Core.Strapi): Releases => require(path.join(siteDir(strapi), 'scripts', 'lib', 'releases.cjs')) as Releases;
