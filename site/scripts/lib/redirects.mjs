// @ts-check
// A merged or retired site keeps its old addresses working. Building such a site makes a
// redirect release instead of a site: every path the site ever published (the manifests of its
// releases, plus what the CMS still holds for it) maps to the same path on its successor when
// the successor has it, else to the successor's home. The release carries
//   - an HTML page per old page path: meta refresh, canonical link and a visible notice, so a
//     plain static host redirects too (src/redirect/ renders them with Astro);
//   - redirects.json, the whole plan, and an nginx map (redirects.path.map when all sites share
//     one host, redirects.host.map with --domains) that site/deploy/nginx.conf includes to
//     answer 301.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { releases } from '@vungtau/publishing';
import { releasePaths } from './manifest.mjs';
import { slugsOf } from './cms.mjs';

/** Pages every site has, whether or not an old release recorded them. */
const FIXED_PATHS = ['', 'gioi-thieu/', 'lien-he/', 'van-ban/', 'en/', 'en/organisation/', 'en/contact/'];
/** nginx map keys and values are written unescaped: only plain URL characters are allowed in. */
const SAFE_PATH = /^[A-Za-z0-9._~/-]*$/;
const MAX_CHAIN = 10;

/**
 * @typedef {import('./cms.mjs').CmsSite} CmsSite
 * @typedef {import('./cms.mjs').SiteRef} SiteRef
 * @typedef {{ path: string, target: string, samePage: boolean }} Redirect
 */

/**
 * The active site a closed site's readers go to: the site it was merged into, else (retired) its
 * parent; followed through sites that have closed since (A merged into B, B into C → C).
 * @param {CmsSite} site
 * @param {CmsSite[]} sites
 */
export const successorOf = (site, sites) => {
  let current = site;
  for (let i = 0; i < MAX_CHAIN; i++) {
    const next = current.mergedInto ?? current.parent;
    if (!next)
      throw new Error(`${site.slug} is ${site.status} but has neither a site it was merged into nor a parent to send its readers to`);
    const found = sites.find((s) => s.slug === next.slug);
    if (!found) throw new Error(`${site.slug}: its successor ${next.slug} is not in the CMS`);
    if (found.status === 'active') return found;
    current = found;
  }
  throw new Error(`${site.slug}: more than ${MAX_CHAIN} closed sites in a row, or a loop, between it and an active site`);
};

/**
 * Every path a site ever published: its releases' manifests (redirect releases keep the old ones) and its content in the CMS.
 * @param {{ root: string, slug: string, cmsUrl: string }} options
 */
export const everyOldPath = async ({ root, slug, cmsUrl }) => {
  const paths = new Set(FIXED_PATHS);
  for (const id of releases.listReleases(root, slug)) {
    for (const path of releasePaths(join(root, slug, 'releases', id))) paths.add(path);
  }
  const [articles, documents, categories] = await Promise.all([
    slugsOf(cmsUrl, 'articles', slug),
    slugsOf(cmsUrl, 'legal-documents', slug),
    slugsOf(cmsUrl, 'categories', slug),
  ]);
  for (const s of articles) paths.add(`tin/${s}/`);
  for (const s of documents) paths.add(`van-ban/${s}/`);
  for (const s of categories) paths.add(`chuyen-muc/${s}/`);
  return [...paths].filter((p) => SAFE_PATH.test(p)).sort();
};

/**
 * The paths the successor's live release publishes (empty before its first build: then everything goes to its home).
 * @param {string} root
 * @param {string} slug
 */
export const livePaths = (root, slug) => {
  const live = releases.liveRelease(root, slug);
  return new Set(live ? releasePaths(join(root, slug, 'releases', live)) : []);
};

/**
 * Where a site lives: its own domain in production (--domains), else /<slug>/ on the shared host.
 * @param {SiteRef} site
 * @param {boolean} domains
 */
export const siteBase = (site, domains) => {
  if (domains && !site.domain)
    throw new Error(`${site.slug} has no domain to send readers to: set its domain in the CMS, or build without --domains`);
  return domains ? `https://${site.domain}/` : `/${site.slug}/`;
};

/**
 * Each old path with its new address, and whether that is the same page or the successor's home.
 * @param {{ oldPaths: string[], successor: SiteRef, successorPaths: Set<string>, domains: boolean }} options
 * @returns {Redirect[]}
 */
export const redirectPlan = ({ oldPaths, successor, successorPaths, domains }) => {
  const base = siteBase(successor, domains);
  return oldPaths.map((path) =>
    successorPaths.has(path) ? { path, target: `${base}${path}`, samePage: true } : { path, target: base, samePage: false }
  );
};

/**
 * The nginx map lines: old URL → new URL. Keys are $uri on the shared host, $host$uri on the site's own domain.
 * @param {{ site: SiteRef, plan: Redirect[], domains: boolean }} options
 */
export const nginxMap = ({ site, plan, domains }) => {
  /** @param {string} path */
  const key = (path) => (domains ? `${site.domain}/${path}` : `/${site.slug}/${path}`);
  const lines = plan.map(({ path, target }) => `"${key(path)}" "${target}";`);
  return `# ${site.slug} is ${site.status}: generated by site/scripts/lib/redirects.mjs; included by site/deploy/nginx.conf.\n${lines.join('\n')}\n`;
};

/** @param {boolean} domains */
export const mapFileName = (domains) => (domains ? 'redirects.host.map' : 'redirects.path.map');

/**
 * Writes redirects.json and the nginx map into a (staging) release folder.
 * @param {string} dir
 * @param {{ site: SiteRef, successor: SiteRef, plan: Redirect[], domains: boolean }} options
 */
export const writeRedirectFiles = (dir, { site, successor, plan, domains }) => {
  writeFileSync(
    join(dir, 'redirects.json'),
    `${JSON.stringify({ site: site.slug, status: site.status, successor: successor.slug, redirects: plan }, null, 1)}\n`
  );
  if (domains && !site.domain) return;
  writeFileSync(join(dir, mapFileName(domains)), nginxMap({ site, plan, domains }));
};
