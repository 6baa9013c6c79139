// Release folders of the built sites, shared by the site build, the rebuild worker and rollback:
//   <root>/<slug>/releases/<id>/   one complete build of a site
//   <root>/<slug>/live             symlink to releases/<id>, switched with one rename
// A web server that resolves `live` per request (nginx, scripts/lib/serve-sites.mjs) sees either
// the old release or the new one, never a mix; a failed build never touches `live`.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const DEFAULT_KEEP = 5;
const ID = /^\d{8}T\d{9}Z-[0-9a-f]{4}$/;
const STALE_STAGING_MS = 3600_000;

/** Why a site's last build failed (`<root>/<slug>/last-failure.json`). */
export interface Failure {
  release: string;
  at: string;
  message: string;
}

/**
 * The folder that holds every site's releases: SITES_OUT_DIR, or `dist` in the site workspace
 * (`siteDir`, the folder of site/package.json), whoever asks.
 */
export const sitesRoot = (siteDir: string): string => path.resolve(process.env.SITES_OUT_DIR || path.join(siteDir, 'dist'));

/** A new release id; ids sort by creation time. */
export const newReleaseId = (now = new Date()): string =>
  `${now.toISOString().replace(/[-:.]/g, '')}-${crypto.randomBytes(2).toString('hex')}`;

const siteFolder = (root: string, slug: string): string => {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) throw new Error(`Not a site slug: ${slug}`);
  return path.join(root, slug);
};
const releasesDir = (root: string, slug: string): string => path.join(siteFolder(root, slug), 'releases');

/** Where a build writes before it becomes a release (hidden from listings until promoted). */
export const stagingDir = (root: string, slug: string, id: string): string => path.join(releasesDir(root, slug), `.${id}.building`);

/** The release ids of a site, oldest first. */
export const listReleases = (root: string, slug: string): string[] => {
  const dir = releasesDir(root, slug);
  return fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((name) => ID.test(name))
        .sort()
    : [];
};

/** The id `live` points at, or null before the first release. */
export const liveRelease = (root: string, slug: string): string | null => {
  try {
    return path.basename(fs.readlinkSync(path.join(siteFolder(root, slug), 'live')));
  } catch {
    return null;
  }
};

/** Points `live` at a release in one atomic rename. */
export const switchLive = (root: string, slug: string, id: string): void => {
  if (!listReleases(root, slug).includes(id)) throw new Error(`${slug} has no release ${id}`);
  const dir = siteFolder(root, slug);
  const temp = path.join(dir, `.live-${crypto.randomBytes(4).toString('hex')}`);
  fs.symlinkSync(path.join('releases', id), temp);
  fs.renameSync(temp, path.join(dir, 'live'));
};

/** Files a build made before releases existed (site/dist/<slug>/index.html…): they are never served now. */
const removeLegacyBuild = (root: string, slug: string): void => {
  const dir = siteFolder(root, slug);
  if (!fs.existsSync(path.join(dir, 'index.html'))) return;
  for (const name of fs.readdirSync(dir)) {
    if (name === 'releases' || name === 'live' || name === 'last-failure.json') continue;
    fs.rmSync(path.join(dir, name), { recursive: true, force: true });
  }
};

/** Leftover folders of builds, links and deletions that died half-way: `.<id>.building`, `.<id>.spare`, `.trash-<id>`. */
const LEFTOVER = /^\.(?:.+\.building|.+\.spare|trash-.+)$/;

/**
 * Takes the oldest releases beyond `keep` (never the live one) out of the releases, by renaming
 * each to a hidden folder, and returns those folders for the caller to delete: at once (`prune`),
 * or in the background (the incremental publisher, whose next publish must not wait for it).
 */
export const retire = (root: string, slug: string, keep = DEFAULT_KEEP): string[] => {
  const live = liveRelease(root, slug);
  const releases = listReleases(root, slug);
  const dir = releasesDir(root, slug);
  const retired: string[] = [];
  for (const id of releases.slice(0, Math.max(0, releases.length - keep))) {
    if (id === live) continue;
    const trash = path.join(dir, `.trash-${id}`);
    fs.renameSync(path.join(dir, id), trash);
    retired.push(trash);
  }
  // Leftovers of work that died half-way (work in progress is younger than an hour).
  for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : []) {
    const full = path.join(dir, name);
    if (LEFTOVER.test(name) && !retired.includes(full) && Date.now() - fs.statSync(full).mtimeMs > STALE_STAGING_MS) retired.push(full);
  }
  return retired;
};

/** Deletes the oldest releases beyond `keep`, never the live one. */
export const prune = (root: string, slug: string, keep = DEFAULT_KEEP): void => {
  for (const folder of retire(root, slug, keep)) fs.rmSync(folder, { recursive: true, force: true });
};

/**
 * Makes a finished staging build the live release, and prunes the old ones; with `prune: false`
 * it returns the folders to delete instead (see `retire`).
 */
export const promote = (
  root: string,
  slug: string,
  id: string,
  keep = Number(process.env.SITES_KEEP_RELEASES) || DEFAULT_KEEP,
  { prune: pruneNow = true }: { prune?: boolean } = {}
): string[] => {
  fs.renameSync(stagingDir(root, slug, id), path.join(releasesDir(root, slug), id));
  switchLive(root, slug, id);
  removeLegacyBuild(root, slug);
  fs.rmSync(path.join(siteFolder(root, slug), 'last-failure.json'), { force: true });
  const retired = retire(root, slug, keep);
  if (!pruneNow) return retired;
  for (const folder of retired) fs.rmSync(folder, { recursive: true, force: true });
  return [];
};

/** Records why a build failed (the live release stays as it was) and drops its staging folder. */
export const recordFailure = (root: string, slug: string, id: string, message: string): void => {
  fs.rmSync(stagingDir(root, slug, id), { recursive: true, force: true });
  fs.mkdirSync(siteFolder(root, slug), { recursive: true });
  const failure: Failure = { release: id, at: new Date().toISOString(), message };
  fs.writeFileSync(path.join(siteFolder(root, slug), 'last-failure.json'), JSON.stringify(failure, null, 2));
};

/** The last failure recorded for a site, if its last build failed. */
export const lastFailure = (root: string, slug: string): Failure | null => {
  try {
    return JSON.parse(fs.readFileSync(path.join(siteFolder(root, slug), 'last-failure.json'), 'utf8')) as Failure;
  } catch {
    return null;
  }
};

/** Switches `live` back to the release before the current one (or to `to`). */
export const rollback = (root: string, slug: string, to?: string): { from: string | null; to: string } => {
  const releases = listReleases(root, slug);
  const live = liveRelease(root, slug);
  const target = to ?? (live ? releases[releases.indexOf(live) - 1] : undefined);
  if (!target) throw new Error(`${slug} has no earlier release to roll back to`);
  switchLive(root, slug, target);
  return { from: live, to: target };
};
