#!/usr/bin/env node
// @ts-check
// Builds every site (or those named with --site) into a new release folder
// site/dist/<slug>/releases/<id>/ (or under $SITES_OUT_DIR), then switches site/dist/<slug>/live to
// it (@vungtau/publishing's releases). A failed build leaves `live` as it was and records the failure.
// Each release lists its addresses in urls.json; a merged or retired site gets a redirect release
// that sends every address it ever had to its successor (scripts/lib/redirects.mjs).
//   node site/scripts/build-sites.mjs [--site <slug>]... [--domains] [--parallel N] [--engine renderer|astro] [--result <file>]
// --engine (SITES_BUILD_ENGINE): `renderer` (the default) renders the pages with the incremental
// renderer's bundle of the site (lib/renderer/full-build.mjs); `astro` runs `astro build`. Both
// make the same files; redirect releases are always built by Astro.
// --parallel (SITES_BUILD_PARALLEL): how many processes render at once, default the number of
// cores up to 2; each is mostly one core. With the renderer one more may be fetching its content
// from the CMS meanwhile.
// A big site is built in shares: several processes each render a share of its pages into one
// release (with Astro: src/utils/shard.ts, from one synced content store). --shards N (SITES_BUILD_SHARDS) sets
// the number for every site built; by default, when the run builds fewer sites than it has lanes
// (the rebuild of one site), a site gets one share per SITES_BUILD_SHARD_ENTRIES (20,000) articles
// and legal documents, so a ward builds in one and the ten-year city portal in two.
// --domains builds for production, each site at the root of its own domain (site.domain);
// without it every site lives under http://localhost:8080/<slug>/ (SITE_ORIGIN to change).
// --result writes the outcome, each site's release or error, as JSON (@vungtau/publishing's
// BuildResult): the rebuild worker reads it; the output is for people.
import { parseArgs } from 'node:util';
import { join, resolve } from 'node:path';
import { mkdirSync, mkdtempSync, renameSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import PQueue from 'p-queue';
import lockfile from 'proper-lockfile';
import { CONTENT_TYPES, complianceWarningLines, failureLine, releases } from '@vungtau/publishing';
import { entryCount, listSites } from './lib/cms.mjs';
import { handOverStore } from './lib/content-store.mjs';
import { mergeShares } from './lib/shares.mjs';
import { copyReferencedUploads } from '../src/integrations/copy-uploads.mjs';
import { publishedPaths, writeManifest } from './lib/manifest.mjs';
import { keepPlan } from './lib/page-plan.mjs';
import { everyOldPath, livePaths, redirectPlan, siteBase, successorOf, writeRedirectFiles } from './lib/redirects.mjs';
import { runAstro, siteDir } from './lib/astro-process.mjs';
import { siteSettings } from './lib/site-settings.mjs';
import { fullBuild } from './lib/renderer/full-build.mjs';
const cmsUrl = (process.env.CMS_URL || 'http://localhost:1337').replace(/\/$/, '');
const { values } = parseArgs({
  options: {
    site: { type: 'string', multiple: true },
    domains: { type: 'boolean', default: false },
    parallel: { type: 'string' },
    shards: { type: 'string' },
    engine: { type: 'string' },
    result: { type: 'string' },
  },
});
/** @typedef {import('./lib/cms.mjs').CmsSite} CmsSite */
/**
 * A site taken for this run (take): its lock's release, and how many shares it builds in.
 * @typedef {{ site: CmsSite, unlock: () => Promise<void>, shares: number }} SitePlan
 * @typedef {{ outDir: string, name?: string, env?: Record<string, string> }} AstroOptions
 */

/** @param {string} name @param {string | number | undefined} value */
const wholeNumber = (name, value) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number ≥ 1, not ${value}`);
  return n;
};
const parallel = wholeNumber('--parallel', values.parallel ?? process.env.SITES_BUILD_PARALLEL ?? Math.min(2, availableParallelism()));
const fixedShards =
  (values.shards ?? process.env.SITES_BUILD_SHARDS) === undefined
    ? null
    : wholeNumber('--shards', values.shards ?? process.env.SITES_BUILD_SHARDS);
const shardEntries = wholeNumber('SITES_BUILD_SHARD_ENTRIES', process.env.SITES_BUILD_SHARD_ENTRIES ?? 20_000);
const MAX_SHARDS = 8;
const domains = values.domains;
const engine = values.engine ?? process.env.SITES_BUILD_ENGINE ?? 'renderer';
if (!['renderer', 'astro'].includes(engine)) throw new Error(`--engine must be renderer or astro, not ${engine}`);

const root = releases.sitesRoot(siteDir);
// As astro.config.mjs resolves it: each site's content store, kept from one build to the next.
const cacheRoot = resolve(siteDir, process.env.SITES_CACHE_DIR ?? '.cache/astro');
// Every Astro process waits for a lane; a big site's shares go first, the small sites fill in around them.
const lanes = new PQueue({ concurrency: parallel });
// With the renderer a share fetches its content before it takes a lane, one share at a time: the
// CMS answers on one core, so shares fetching side by side only slow each other down, and the first
// (the city portal, the longest to render) would get its content last. One more process than lanes
// may be alive, so the next site's content arrives while the lanes render. On cold content every
// lane used to sit idle while the CMS answered (docs/benchmarks.md).
const processes = new PQueue({ concurrency: parallel + 1 });
const fetching = new PQueue({ concurrency: 1 });
/** A render goes before bundles queued earlier: it ends a process holding its site's content. */
const RENDER = 2;
const BIG_SITE = 1;

/** @param {string} command @param {CmsSite} site @param {AstroOptions} options */
const astroRun = (command, site, { outDir, name = site.slug, env = {} }) =>
  runAstro(command, { name, env: { ...siteSettings(site, { domains, cmsUrl }).env, SITE_OUT_DIR: outDir, ...env } });
/** One Astro process, when a lane is free. @param {string} command @param {CmsSite} site @param {AstroOptions} options @param {number} [priority] */
const astro = (command, site, options, priority = 0) => lanes.add(() => astroRun(command, site, options), { priority });

const all = await listSites(cmsUrl);
// Active sites first: a closed site's redirects point at pages its successor's live release has.
const wanted = (values.site ?? all.map((s) => s.slug)).sort(
  (a, b) => Number(all.find((s) => s.slug === a)?.status !== 'active') - Number(all.find((s) => s.slug === b)?.status !== 'active')
);
const unknown = wanted.filter((slug) => !all.some((s) => s.slug === slug));
if (unknown.length) throw new Error(`No such site in the CMS: ${unknown.join(', ')}`);

/**
 * How many shares a site is built in: one per shardEntries of its articles and legal documents,
 * when this run builds fewer sites than it has lanes (a rebuild after a publish builds one). With
 * more sites than lanes every lane has a site to build, and shares would only add their start-up:
 * measured on the ten-year data, a full build with the city in two shares took 490 s and 4.8 GiB
 * against 466 s and 3.1 GiB with every site whole (docs/benchmarks.md).
 * @param {CmsSite} site
 */
const sharesOf = async (site) => {
  if (fixedShards) return fixedShards;
  if (wanted.length >= parallel) return 1;
  const entries =
    (await entryCount(cmsUrl, CONTENT_TYPES.article.rest, site.slug)) +
    (await entryCount(cmsUrl, CONTENT_TYPES.legalDocument.rest, site.slug));
  return Math.min(MAX_SHARDS, Math.max(1, Math.ceil(entries / shardEntries)));
};

/**
 * The site itself, rendered by its renderer bundle: the bundle, the shares on the lanes, then the release's records.
 * @param {CmsSite} site
 * @param {string} staging
 * @param {{ shares: number }} plan
 * @returns {Promise<import('@vungtau/publishing').ComplianceReport | null>} the site's Nghị định 42 check
 */
const renderSite = async (site, staging, { shares }) => {
  const build = fullBuild(siteSettings(site, { domains, cmsUrl }), staging, { cmsUrl, log: (line) => console.log(line) });
  const priority = shares > 1 ? BIG_SITE : 0;
  await lanes.add(() => build.bundle(), { priority });
  /** @type {{ fetching: import('./lib/renderer/full-build.mjs').Step, rendering: import('./lib/renderer/full-build.mjs').Step }} */
  const steps = {
    fetching: (work) => fetching.add(work, { priority }),
    rendering: (work) => lanes.add(work, { priority: priority + RENDER }),
  };
  const results = await Promise.all(
    Array.from({ length: shares }, (_, i) => processes.add(() => build.share(i + 1, shares, steps), { priority }))
  );
  const { pages, uploads, compliance } = await build.finish(results);
  const content = Math.max(...results.map((r) => r.seconds.content));
  const rendering = Math.max(...results.map((r) => r.seconds.rendering));
  console.log(
    `${site.slug}: ${pages} pages rendered${shares > 1 ? ` in ${shares} shares` : ''} (content ${content.toFixed(1)} s, rendering ${rendering.toFixed(1)} s), ${uploads} media files copied`
  );
  return compliance;
};

/**
 * The site itself, from the CMS, by `astro build`. Astro writes into a folder of the site's own that is the same on
 * every build (<root>/<slug>/.build/), moved into the release afterwards: Astro clears the
 * content store when its config changes, outDir included, so a new folder per release would
 * throw the store away every time. Builds of one site wait for each other (a lock on that folder).
 * @param {CmsSite} site
 * @param {string} staging
 * @param {{ shares: number }} plan
 */
const buildSite = async (site, staging, { shares }) => {
  const work = join(root, site.slug, '.build');
  const whole = join(work, 'site');
  try {
    if (shares === 1) {
      await astro('build', site, { outDir: whole });
      rmdirSync(staging);
      renameSync(whole, staging);
    } else {
      const parts = Array.from({ length: shares }, (_, i) => ({
        name: `${site.slug}-${i + 1}`,
        outDir: join(work, `share-${i + 1}`),
        env: {
          SITE_SHARD: `${i + 1}/${shares}`,
          SITE_CONTENT_FROZEN: '1',
          SITE_CACHE_DIR: join(cacheRoot, '.shares', site.slug, String(i + 1)),
        },
      }));
      // Synced once, with the config of a whole build so the site's store serves both kinds; the
      // shares are queued before the sync gives up its lane, so no small site slips in between.
      const built = await lanes.add(
        async () => {
          await astroRun('sync', site, { outDir: whole });
          handOverStore(
            join(cacheRoot, site.slug),
            parts.map((p) => p.env.SITE_CACHE_DIR)
          );
          return parts.map((part) => astro('build', site, part, BIG_SITE));
        },
        { priority: BIG_SITE }
      );
      // Every share ends before the site is released or its failure recorded (and its lock freed).
      const failure = (await Promise.allSettled(built)).find((r) => r.status === 'rejected');
      if (failure) throw failure.reason;
      mergeShares(
        parts.map((p) => p.outDir),
        staging
      );
      const { copied } = await copyReferencedUploads({ out: staging, cmsUrl });
      console.log(`${site.slug}: built in ${shares} shares, ${copied} media files copied`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work);
  }
  keepPlan(staging);
  // What built it: the incremental publisher adds pages only to a release of its own code.
  writeManifest(staging, {
    site: site.slug,
    kind: 'site',
    paths: publishedPaths(staging),
    codeVersion: siteSettings(site, { domains, cmsUrl }).codeVersion,
  });
};

/**
 * A merged or retired site: a page per old address that sends readers on, and the nginx map.
 * @param {CmsSite} site
 * @param {string} staging
 */
const buildRedirects = async (site, staging) => {
  const successor = successorOf(site, all);
  const oldPaths = await everyOldPath({ root, slug: site.slug, cmsUrl });
  const plan = redirectPlan({ oldPaths, successor, successorPaths: livePaths(root, successor.slug), domains });
  const work = mkdtempSync(join(tmpdir(), `redirects-${site.slug}-`));
  try {
    const planFile = join(work, 'plan.json');
    const home = siteBase(successor, domains);
    writeFileSync(
      planFile,
      JSON.stringify({
        site: { slug: site.slug, name: site.name, status: site.status, statusChangedOn: site.statusChangedOn },
        successor: { slug: successor.slug, name: successor.name, home },
        redirects: plan,
      })
    );
    await astro('build', site, { outDir: staging, env: { REDIRECT_PLAN: planFile } });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  writeRedirectFiles(staging, { site, successor, plan, domains });
  // The old addresses, not the files: the next redirect build keeps them after old releases are pruned.
  writeManifest(staging, { site: site.slug, kind: 'redirect', paths: oldPaths });
  const same = plan.filter((r) => r.samePage).length;
  console.log(
    `${site.slug} is ${site.status}: ${plan.length} old addresses redirect to ${successor.slug} (${same} to the same page, ${plan.length - same} to its home)`
  );
};

/**
 * Takes a site for this run: its lock (another build of it, say the rebuild worker's, is waited
 * for) and, for an active site, how many shares it builds in.
 * @param {CmsSite} site
 * @returns {Promise<SitePlan>}
 */
const take = async (site) => {
  const work = join(root, site.slug, '.build');
  mkdirSync(work, { recursive: true });
  const unlock = await lockfile.lock(work, { retries: { forever: true, minTimeout: 1000, maxTimeout: 5000 } });
  try {
    return { site, unlock, shares: site.status === 'active' ? await sharesOf(site) : 1 };
  } catch (error) {
    await unlock();
    throw error;
  }
};

/** Builds one site into a staging folder and makes it live only when the build succeeded. @param {SitePlan} plan */
const buildOne = async (plan) => {
  const { site } = plan;
  const id = releases.newReleaseId();
  const staging = releases.stagingDir(root, site.slug, id);
  mkdirSync(staging, { recursive: true });
  /** @type {import('@vungtau/publishing').ComplianceReport | null} */
  let compliance = null;
  try {
    if (site.status !== 'active') await buildRedirects(site, staging);
    else if (engine === 'renderer') compliance = await renderSite(site, staging, plan);
    else await buildSite(site, staging, plan);
  } catch (error) {
    releases.recordFailure(root, site.slug, id, error instanceof Error ? error.message : String(error));
    throw error;
  }
  releases.promote(root, site.slug, id);
  return { id, compliance };
};

const started = Date.now();
/** @type {import('@vungtau/publishing').SiteBuildResult[]} */
const results = [];
/** @param {SitePlan} plan */
const buildAndReport = async (plan) => {
  const { slug } = plan.site;
  const t = Date.now();
  const seconds = () => (Date.now() - t) / 1000;
  try {
    const { id, compliance } = await buildOne(plan);
    results.push({ site: slug, ok: true, release: id, error: null, seconds: seconds(), ...(compliance && { compliance }) });
    console.log(`built ${slug} in ${seconds().toFixed(1)} s: release ${id} is live at ${join(root, slug, 'live')}/`);
    // The law's mandatory sections: a warning for the board, never a failed build.
    for (const line of compliance ? complianceWarningLines(slug, compliance) : []) console.warn(line);
  } catch (error) {
    const result = {
      site: slug,
      ok: false,
      release: null,
      error: error instanceof Error ? error.message : String(error),
      seconds: seconds(),
    };
    results.push(result);
    console.error(failureLine(result));
  } finally {
    await plan.unlock();
  }
};
// Every one is there (checked above).
const sites = wanted.flatMap((slug) => all.find((s) => s.slug === slug) ?? []);
const plans = [];
try {
  for (const site of sites) plans.push(await take(site));
} catch (error) {
  await Promise.all(plans.map((plan) => plan.unlock()));
  throw error;
}
// Every build queues for a lane at once, the city portal (by far the biggest) first so the wards
// fill the other lanes around it. Closed sites build after the active ones: their redirects read
// their successors' live releases. ("built … in" counts the wait for a lane.)
const city = plans.filter((plan) => plan.site.kind === 'city');
const active = plans.filter((plan) => !city.includes(plan) && plan.site.status === 'active');
await Promise.all([...city, ...active].map(buildAndReport));
await Promise.all(plans.filter((plan) => !city.includes(plan) && !active.includes(plan)).map(buildAndReport));
const failed = results.filter((result) => !result.ok).map((result) => result.site);
if (values.result)
  writeFileSync(values.result, JSON.stringify(/** @type {import('@vungtau/publishing').BuildResult} */ ({ sites: results }), null, 2));
console.log(`${wanted.length - failed.length} of ${wanted.length} site(s) built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (failed.length) {
  console.error(`Failed: ${failed.join(', ')}`);
  process.exit(1);
}
