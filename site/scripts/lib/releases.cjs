// Release folders of the built sites, shared by the site build, the rebuild worker and rollback:
//   <root>/<slug>/releases/<id>/   one complete build of a site
//   <root>/<slug>/live             symlink to releases/<id>, switched with one rename
// A web server that resolves `live` per request (nginx, scripts/lib/serve-sites.mjs) sees either
// the old release or the new one, never a mix; a failed build never touches `live`.
const crypto = require('crypto');
const fs = require('fs');
const path = require('path');

const DEFAULT_KEEP = 5;
const ID = /^\d{8}T\d{9}Z-[0-9a-f]{4}$/;
const STALE_STAGING_MS = 3600_000;

/** The folder that holds every site's releases: SITES_OUT_DIR, or site/dist. */
const sitesRoot = () => path.resolve(process.env.SITES_OUT_DIR || path.join(__dirname, '..', '..', 'dist'));

/** A new release id; ids sort by creation time. */
const newReleaseId = (now = new Date()) => `${now.toISOString().replace(/[-:.]/g, '')}-${crypto.randomBytes(2).toString('hex')}`;

const siteDir = (root, slug) => {
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) throw new Error(`Not a site slug: ${slug}`);
  return path.join(root, slug);
};
const releasesDir = (root, slug) => path.join(siteDir(root, slug), 'releases');

/** Where a build writes before it becomes a release (hidden from listings until promoted). */
const stagingDir = (root, slug, id) => path.join(releasesDir(root, slug), `.${id}.building`);

/** The release ids of a site, oldest first. */
const listReleases = (root, slug) => {
  const dir = releasesDir(root, slug);
  return fs.existsSync(dir) ? fs.readdirSync(dir).filter((name) => ID.test(name)).sort() : [];
};

/** The id `live` points at, or null before the first release. */
const liveRelease = (root, slug) => {
  try {
    return path.basename(fs.readlinkSync(path.join(siteDir(root, slug), 'live')));
  } catch {
    return null;
  }
};

/** Points `live` at a release in one atomic rename. */
const switchLive = (root, slug, id) => {
  if (!listReleases(root, slug).includes(id)) throw new Error(`${slug} has no release ${id}`);
  const dir = siteDir(root, slug);
  const temp = path.join(dir, `.live-${crypto.randomBytes(4).toString('hex')}`);
  fs.symlinkSync(path.join('releases', id), temp);
  fs.renameSync(temp, path.join(dir, 'live'));
};

/** Files a build made before releases existed (site/dist/<slug>/index.html…): they are never served now. */
const removeLegacyBuild = (root, slug) => {
  const dir = siteDir(root, slug);
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
 * or in the background (the incremental renderer, whose next publish must not wait for it).
 */
const retire = (root, slug, keep = DEFAULT_KEEP) => {
  const live = liveRelease(root, slug);
  const releases = listReleases(root, slug);
  const dir = releasesDir(root, slug);
  const retired = [];
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
const prune = (root, slug, keep = DEFAULT_KEEP) => {
  for (const folder of retire(root, slug, keep)) fs.rmSync(folder, { recursive: true, force: true });
};

/**
 * Makes a finished staging build the live release, and prunes the old ones; with `prune: false`
 * it returns the folders to delete instead (see `retire`).
 */
const promote = (root, slug, id, keep = Number(process.env.SITES_KEEP_RELEASES) || DEFAULT_KEEP, { prune: pruneNow = true } = {}) => {
  fs.renameSync(stagingDir(root, slug, id), path.join(releasesDir(root, slug), id));
  switchLive(root, slug, id);
  removeLegacyBuild(root, slug);
  fs.rmSync(path.join(siteDir(root, slug), 'last-failure.json'), { force: true });
  const retired = retire(root, slug, keep);
  if (!pruneNow) return retired;
  for (const folder of retired) fs.rmSync(folder, { recursive: true, force: true });
  return [];
};

/** Records why a build failed (the live release stays as it was) and drops its staging folder. */
const recordFailure = (root, slug, id, message) => {
  fs.rmSync(stagingDir(root, slug, id), { recursive: true, force: true });
  fs.mkdirSync(siteDir(root, slug), { recursive: true });
  fs.writeFileSync(path.join(siteDir(root, slug), 'last-failure.json'), JSON.stringify({ release: id, at: new Date().toISOString(), message }, null, 2));
};

/** The last failure recorded for a site, if its last build failed. */
const lastFailure = (root, slug) => {
  try {
    return JSON.parse(fs.readFileSync(path.join(siteDir(root, slug), 'last-failure.json'), 'utf8'));
  } catch {
    return null;
  }
};

/** Switches `live` back to the release before the current one (or to `to`). */
const rollback = (root, slug, to) => {
  const releases = listReleases(root, slug);
  const live = liveRelease(root, slug);
  const target = to ?? (live ? releases[releases.indexOf(live) - 1] : undefined);
  if (!target) throw new Error(`${slug} has no earlier release to roll back to`);
  switchLive(root, slug, target);
  return { from: live, to: target };
};

module.exports = {
  DEFAULT_KEEP,
  sitesRoot,
  newReleaseId,
  stagingDir,
  listReleases,
  liveRelease,
  switchLive,
  promote,
  prune,
  retire,
  recordFailure,
  lastFailure,
  rollback,
};
