#!/usr/bin/env node
// Builds every site (or those named with --site), one Astro build each, into a new release folder
// site/dist/<slug>/releases/<id>/ (or under $SITES_OUT_DIR), then switches site/dist/<slug>/live to
// it (scripts/lib/releases.cjs). A failed build leaves `live` as it was and records the failure.
//   node site/scripts/build-sites.mjs [--site <slug>]... [--domains]
// --domains builds for production, each site at the root of its own domain (site.domain);
// without it every site lives under http://localhost:8080/<slug>/ (SITE_ORIGIN to change).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { dirname, join } from 'node:path';
import { mkdirSync } from 'node:fs';
import releases from './lib/releases.cjs';

const siteDir = fileURLToPath(new URL('..', import.meta.url));
const astroBin = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'astro.js');
const cmsUrl = (process.env.CMS_URL || 'http://localhost:1337').replace(/\/$/, '');
const { values } = parseArgs({ options: { site: { type: 'string', multiple: true }, domains: { type: 'boolean', default: false } } });

/** The slugs and domains of every site in the CMS. */
const listSites = async () => {
  const res = await fetch(`${cmsUrl}/api/sites?fields[0]=slug&fields[1]=domain&fields[2]=status&pagination[pageSize]=100&sort[0]=id:asc`);
  if (!res.ok) throw new Error(`GET ${cmsUrl}/api/sites: ${res.status}`);
  return (await res.json()).data;
};

const root = releases.sitesRoot();

const astroBuild = (site, outDir) =>
  new Promise((resolve, reject) => {
    const env = {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      CMS_URL: cmsUrl,
      SITE_SLUG: site.slug,
      SITE_OUT_DIR: outDir,
      ...(values.domains ? { SITE_BASE: '/', SITE_ORIGIN: `https://${site.domain}` } : {}),
    };
    const child = spawn(process.execPath, [astroBin, 'build', '--silent'], { cwd: siteDir, env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`astro build for ${site.slug} exited with ${code}`))));
  });

const all = await listSites();
const wanted = values.site ?? all.map((s) => s.slug);
const unknown = wanted.filter((slug) => !all.some((s) => s.slug === slug));
if (unknown.length) throw new Error(`No such site in the CMS: ${unknown.join(', ')}`);

/** Builds one site into a staging folder and makes it live only when the build succeeded. */
const buildOne = async (site) => {
  const id = releases.newReleaseId();
  const staging = releases.stagingDir(root, site.slug, id);
  mkdirSync(staging, { recursive: true });
  try {
    await astroBuild(site, staging);
  } catch (error) {
    releases.recordFailure(root, site.slug, id, error.message);
    throw error;
  }
  releases.promote(root, site.slug, id);
  return id;
};

const started = Date.now();
const failed = [];
for (const slug of wanted) {
  const t = Date.now();
  try {
    const id = await buildOne(all.find((s) => s.slug === slug));
    console.log(`built ${slug} in ${((Date.now() - t) / 1000).toFixed(1)} s: release ${id} is live at ${join(root, slug, 'live')}/`);
  } catch (error) {
    failed.push(slug);
    console.error(`FAILED ${slug} after ${((Date.now() - t) / 1000).toFixed(1)} s: ${error.message}; its live release is unchanged`);
  }
}
console.log(`${wanted.length - failed.length} of ${wanted.length} site(s) built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
if (failed.length) {
  console.error(`Failed: ${failed.join(', ')}`);
  process.exit(1);
}
