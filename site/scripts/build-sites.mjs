#!/usr/bin/env node
// Builds every site (or those named with --site), one Astro build each, into a new release folder
// site/dist/<slug>/releases/<id>/ (or under $SITES_OUT_DIR), then switches site/dist/<slug>/live to
// it (scripts/lib/releases.cjs). A failed build leaves `live` as it was and records the failure.
// Each release lists its addresses in urls.json; a merged or retired site gets a redirect release
// that sends every address it ever had to its successor (scripts/lib/redirects.mjs).
//   node site/scripts/build-sites.mjs [--site <slug>]... [--domains] [--parallel N]
// --parallel (SITES_BUILD_PARALLEL): how many sites build at once, default the number of cores up
// to 2; each Astro run is mostly one core, and much of its start-up waits on the CMS and the disk.
// --domains builds for production, each site at the root of its own domain (site.domain);
// without it every site lives under http://localhost:8080/<slug>/ (SITE_ORIGIN to change).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { dirname, join } from 'node:path';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import releases from './lib/releases.cjs';
import { listSites } from './lib/cms.mjs';
import { publishedPaths, writeManifest } from './lib/manifest.mjs';
import { everyOldPath, livePaths, redirectPlan, siteBase, successorOf, writeRedirectFiles } from './lib/redirects.mjs';

const siteDir = fileURLToPath(new URL('..', import.meta.url));
const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'astro.js');
const cmsUrl = (process.env.CMS_URL || 'http://localhost:1337').replace(/\/$/, '');
const { values } = parseArgs({ options: { site: { type: 'string', multiple: true }, domains: { type: 'boolean', default: false }, parallel: { type: 'string' } } });
const parallel = Number(values.parallel ?? process.env.SITES_BUILD_PARALLEL ?? Math.min(2, availableParallelism()));
if (!Number.isInteger(parallel) || parallel < 1) throw new Error(`--parallel must be a whole number ≥ 1, not ${values.parallel ?? process.env.SITES_BUILD_PARALLEL}`);
const domains = values.domains;

const root = releases.sitesRoot();

const astroBuild = (site, outDir, extraEnv = {}) =>
  new Promise((resolve, reject) => {
    const env = {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      CMS_URL: cmsUrl,
      SITE_SLUG: site.slug,
      SITE_OUT_DIR: outDir,
      ...(domains ? { SITE_BASE: '/', SITE_ORIGIN: `https://${site.domain}` } : {}),
      ...extraEnv,
    };
    // Astro bundles a static build's server chunks into outDir when outDir is under the working
    // directory, and into <cwd>/.astro/ otherwise (a release folder in /tmp, say). Sites building
    // at once must not share that folder, so each runs from its own working directory, inside
    // site/ so the chunks still resolve site/node_modules. Astro prunes that folder when empty
    // (a redirect release bundles nothing), reads it, copies it into outDir and removes it: the
    // folder is made for every run, holding a .d.ts file, the one kind Astro neither prunes nor copies.
    const workDir = join(siteDir, '.cache', 'build', site.slug);
    mkdirSync(join(workDir, '.astro'), { recursive: true });
    writeFileSync(join(workDir, '.astro', 'build-folder.d.ts'), 'export {};\n');
    const child = spawn(process.execPath, [astroBin, 'build', '--root', siteDir, '--silent'], { cwd: workDir, env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`astro build for ${site.slug} exited with ${code}`))));
  });

const all = await listSites(cmsUrl);
// Active sites first: a closed site's redirects point at pages its successor's live release has.
const wanted = (values.site ?? all.map((s) => s.slug)).sort(
  (a, b) => Number(all.find((s) => s.slug === a)?.status !== 'active') - Number(all.find((s) => s.slug === b)?.status !== 'active'),
);
const unknown = wanted.filter((slug) => !all.some((s) => s.slug === slug));
if (unknown.length) throw new Error(`No such site in the CMS: ${unknown.join(', ')}`);

/** The site itself, from the CMS. */
const buildSite = async (site, staging) => {
  await astroBuild(site, staging);
  writeManifest(staging, { site: site.slug, kind: 'site', paths: publishedPaths(staging) });
};

/** A merged or retired site: a page per old address that sends readers on, and the nginx map. */
const buildRedirects = async (site, staging) => {
  const successor = successorOf(site, all);
  const oldPaths = await everyOldPath({ root, slug: site.slug, cmsUrl });
  const plan = redirectPlan({ oldPaths, successor, successorPaths: livePaths(root, successor.slug), domains });
  const work = mkdtempSync(join(tmpdir(), `redirects-${site.slug}-`));
  try {
    const planFile = join(work, 'plan.json');
    const home = siteBase(successor, domains);
    writeFileSync(planFile, JSON.stringify({
      site: { slug: site.slug, name: site.name, status: site.status, statusChangedOn: site.statusChangedOn },
      successor: { slug: successor.slug, name: successor.name, home },
      redirects: plan,
    }));
    await astroBuild(site, staging, { REDIRECT_PLAN: planFile });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  writeRedirectFiles(staging, { site, successor, plan, domains });
  // The old addresses, not the files: the next redirect build keeps them after old releases are pruned.
  writeManifest(staging, { site: site.slug, kind: 'redirect', paths: oldPaths });
  const same = plan.filter((r) => r.samePage).length;
  console.log(`${site.slug} is ${site.status}: ${plan.length} old addresses redirect to ${successor.slug} (${same} to the same page, ${plan.length - same} to its home)`);
};

/** Builds one site into a staging folder and makes it live only when the build succeeded. */
const buildOne = async (site) => {
  const id = releases.newReleaseId();
  const staging = releases.stagingDir(root, site.slug, id);
  mkdirSync(staging, { recursive: true });
  try {
    await (site.status === 'active' ? buildSite(site, staging) : buildRedirects(site, staging));
  } catch (error) {
    releases.recordFailure(root, site.slug, id, error.message);
    throw error;
  }
  releases.promote(root, site.slug, id);
  return id;
};

const started = Date.now();
const failed = [];
const buildAndReport = async (slug) => {
  const t = Date.now();
  try {
    const id = await buildOne(all.find((s) => s.slug === slug));
    console.log(`built ${slug} in ${((Date.now() - t) / 1000).toFixed(1)} s: release ${id} is live at ${join(root, slug, 'live')}/`);
  } catch (error) {
    failed.push(slug);
    console.error(`FAILED ${slug} after ${((Date.now() - t) / 1000).toFixed(1)} s: ${error.message}; its live release is unchanged`);
  }
};
// The city portal, by far the biggest, starts first so the wards fill the other lanes around it.
const queue = [...wanted].sort((a, b) => Number(all.find((s) => s.slug === b)?.kind === 'city') - Number(all.find((s) => s.slug === a)?.kind === 'city'));
await Promise.all(Array.from({ length: Math.min(parallel, queue.length) }, async () => {
  for (let slug = queue.shift(); slug; slug = queue.shift()) await buildAndReport(slug);
}));
console.log(`${wanted.length - failed.length} of ${wanted.length} site(s) built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (failed.length) {
  console.error(`Failed: ${failed.join(', ')}`);
  process.exit(1);
}
