#!/usr/bin/env node
// Builds every site (or those named with --site) into site/dist/<slug>/ (or $SITES_OUT_DIR/<slug>/),
// one Astro build each.
//   node site/scripts/build-sites.mjs [--site <slug>]... [--domains]
// --domains builds for production, each site at the root of its own domain (site.domain);
// without it every site lives under http://localhost:8080/<slug>/ (SITE_ORIGIN to change).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { dirname, join } from 'node:path';

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

const buildOne = (site) =>
  new Promise((resolve, reject) => {
    const env = {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      CMS_URL: cmsUrl,
      SITE_SLUG: site.slug,
      ...(values.domains ? { SITE_BASE: '/', SITE_ORIGIN: `https://${site.domain}` } : {}),
    };
    const child = spawn(process.execPath, [astroBin, 'build', '--silent'], { cwd: siteDir, env, stdio: ['ignore', 'inherit', 'inherit'] });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`astro build for ${site.slug} exited with ${code}`))));
  });

const all = await listSites();
const wanted = values.site ?? all.map((s) => s.slug);
const unknown = wanted.filter((slug) => !all.some((s) => s.slug === slug));
if (unknown.length) throw new Error(`No such site in the CMS: ${unknown.join(', ')}`);

const started = Date.now();
for (const slug of wanted) {
  const t = Date.now();
  await buildOne(all.find((s) => s.slug === slug));
  console.log(`built ${slug} into ${process.env.SITES_OUT_DIR ?? 'site/dist'}/${slug}/ in ${((Date.now() - t) / 1000).toFixed(1)} s`);
}
console.log(`${wanted.length} site(s) built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
