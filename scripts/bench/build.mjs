#!/usr/bin/env node
// @ts-check
// Site builds on the ten-year bench data: a full build of all 18 sites (cold: empty content cache;
// then warm: the content cache of the cold build), and the rebuild of one ward site and of the
// city portal after one change (an article corrected and approved again; the city in shares, and
// once whole as the baseline), with the CMS's API response cache on (the default: warm from the builds before) and then off (API_CACHE=false: every
// list built again). Pages, wall time, pages/s, peak RSS of the whole build (all processes).
//   node scripts/bench/build.mjs [--skip-full | --skip-rebuilds] [--out <folder>] [--engine renderer|astro]
// --skip-rebuilds measures only the full builds (the rebuild rows take as long again).
// --out keeps the built sites there (npm run bench measures their page weight and publishes into
// them); without it they are built in a temp folder and removed. --engine: how build-sites.mjs
// renders (default: its own default, the renderer); "cold" also starts without renderer bundles.
// Needs the bench data (npm run bench:data) and the compiled CMS.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { startCms } from './lib/cms-process.mjs';
import { watchPeakRss } from './lib/process-tree.mjs';
import { appendResult, machine } from './lib/report.mjs';
import { benchEnv } from './lib/bench-env.mjs';

const { values } = parseArgs({
  options: {
    'skip-full': { type: 'boolean', default: false },
    'skip-rebuilds': { type: 'boolean', default: false },
    out: { type: 'string' },
    engine: { type: 'string', default: 'renderer' },
  },
});
const buildScript = fileURLToPath(new URL('../../site/scripts/build-sites.mjs', import.meta.url));
const work = values.out ? resolve(values.out, '..') : mkdtempSync(join(tmpdir(), 'bench-build-'));
const out = values.out ? resolve(values.out) : join(work, 'sites');
const cache = join(work, 'cache');
// The renderer's bundles of the bench's builds: inside site/ (they import its node_modules), apart from the developer's.
const bundles = fileURLToPath(new URL('../../site/.bench/renderer', import.meta.url));
if (values['skip-full'] === false) {
  // A cold build starts from nothing.
  if (values.out) rmSync(out, { recursive: true, force: true });
  rmSync(cache, { recursive: true, force: true });
  rmSync(bundles, { recursive: true, force: true });
}

/** @param {string} dir @returns {number} */
const pagesOf = (dir) =>
  readdirSync(dir).reduce((n, name) => {
    const full = join(dir, name);
    return n + (statSync(full).isDirectory() ? pagesOf(full) : name.endsWith('.html') ? 1 : 0);
  }, 0);
/** @param {string[]} slugs */
const livePages = (slugs) => slugs.reduce((n, slug) => n + pagesOf(join(out, slug, 'live')), 0);

/**
 * Runs the site build as readers' rebuilds do, and measures it.
 * @param {string} cmsUrl
 * @param {string[]} [sites]
 * @param {string[]} [args]
 * @returns {Promise<BuildRun>}
 */
const build = (cmsUrl, sites = [], args = []) =>
  new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [buildScript, ...sites.flatMap((s) => ['--site', s]), '--engine', values.engine, ...args], {
      env: { ...process.env, CMS_URL: cmsUrl, SITES_OUT_DIR: out, SITES_CACHE_DIR: cache, SITES_RENDERER_DIR: bundles },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    // Spawning Node itself does not fail: the child has its pid.
    const rss = watchPeakRss(/** @type {number} */ (child.pid));
    child.on('exit', (code) => {
      const peak = rss.stop();
      if (code !== 0) reject(new Error(`build-sites exited with ${code}`));
      else resolve({ seconds: (performance.now() - started) / 1000, peak });
    });
  });

/** @typedef {{ seconds: number, peak: number }} BuildRun */

/** @param {number} bytes */
const gib = (bytes) => `${(bytes / 2 ** 30).toFixed(2)} GiB`;
/** @param {string} label @param {number} pages @param {BuildRun} r */
const row = (label, pages, r) => `| ${label} | ${pages} | ${r.seconds.toFixed(1)} s | ${(pages / r.seconds).toFixed(0)} | ${gib(r.peak)} |`;

/** One article corrected and approved again through the workflow, as an approver would. @param {string} cmsUrl @param {string} site */
const changeOneArticle = async (cmsUrl, site) => {
  const env = benchEnv('sqlite');
  const login = /** @type {{ data: { token: string } }} */ (
    await (
      await fetch(`${cmsUrl}/admin/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD }),
      })
    ).json()
  );
  const auth = { 'Content-Type': 'application/json', Authorization: `Bearer ${login.data.token}` };
  const list = /** @type {{ data: { documentId: string, title: string }[] }} */ (
    await (
      await fetch(`${cmsUrl}/api/articles?filters[site][slug][$eq]=${site}&fields[0]=title&sort[0]=id:desc&pagination[pageSize]=1`)
    ).json()
  );
  const { documentId, title } = list.data[0];
  const uid = 'api::article.article';
  const put = await fetch(`${cmsUrl}/content-manager/collection-types/${uid}/${documentId}`, {
    method: 'PUT',
    headers: auth,
    body: JSON.stringify({ title: `${title.replace(/ \(đã sửa \d+\)$/, '')} (đã sửa ${Date.now() % 1000})` }),
  });
  if (!put.ok) throw new Error(`editing ${documentId}: ${put.status} ${await put.text()}`);
  const approve = await fetch(`${cmsUrl}/workflow/items/${uid}/${documentId}/actions/approve`, {
    method: 'POST',
    headers: auth,
    body: '{}',
  });
  if (!approve.ok) throw new Error(`approving ${documentId}: ${approve.status} ${await approve.text()}`);
};

/**
 * The ward and the city rebuilt after one change each, on a CMS whose API cache is on or off.
 * @param {string} cmsUrl
 * @param {string} cacheLabel
 * @param {string[]} lines
 * @param {{ baseline?: boolean }} [options]
 */
const rebuildRows = async (cmsUrl, cacheLabel, lines, { baseline = false } = {}) => {
  for (const site of ['phuong-7', 'vung-tau']) {
    await changeOneArticle(cmsUrl, site);
    const one = await build(cmsUrl, [site]);
    lines.push(row(`${site} after one change, API cache ${cacheLabel}`, livePages([site]), one));
    console.log(lines.at(-1));
  }
  if (baseline) {
    // Baseline: the city rebuilt whole, in one Astro process, instead of in shares on every lane.
    await changeOneArticle(cmsUrl, 'vung-tau');
    const whole = await build(cmsUrl, ['vung-tau'], ['--shards', '1']);
    lines.push(row(`vung-tau after one change, API cache ${cacheLabel}, built whole (--shards 1)`, livePages(['vung-tau']), whole));
    console.log(lines.at(-1));
  }
};

let cms = await startCms({ database: 'sqlite' });
/** @type {string[]} */
const lines = [];
try {
  const sites = /** @type {{ data: { slug: string, status: string }[] }} */ (
    await (await fetch(`${cms.url}/api/sites?fields[0]=slug&fields[1]=status&pagination[pageSize]=100`)).json()
  ).data
    .filter((s) => s.status === 'active')
    .map((s) => s.slug);
  /** @typedef {{ meta: { pagination: { total: number } } }} Counted */
  const total = /** @type {Counted} */ (await (await fetch(`${cms.url}/api/articles?pagination[pageSize]=1`)).json()).meta.pagination.total;
  const docs = /** @type {Counted} */ (await (await fetch(`${cms.url}/api/legal-documents?pagination[pageSize]=1`)).json()).meta.pagination
    .total;
  if (!values['skip-full']) {
    const cold = await build(cms.url);
    const pages = livePages(sites);
    lines.push(row(`full build, ${sites.length} sites, cold`, pages, cold));
    const warm = await build(cms.url);
    lines.push(row(`full build, ${sites.length} sites, warm cache`, livePages(sites), warm));
    if (values.engine === 'renderer') {
      // What the cold build spent on the bundles, apart: cold content (a fresh CMS: every list
      // built by Strapi again; an empty content cache) with the bundles kept.
      await cms.stop();
      cms = await startCms({ database: 'sqlite' });
      rmSync(cache, { recursive: true, force: true });
      const coldContent = await build(cms.url);
      lines.push(row(`full build, ${sites.length} sites, cold content, bundles kept`, livePages(sites), coldContent));
    }
    console.log(lines.join('\n'));
  } else {
    await build(cms.url, ['phuong-7', 'vung-tau']);
  }
  if (!values['skip-rebuilds']) {
    await rebuildRows(cms.url, 'on', lines, { baseline: true });
    await cms.stop();
    cms = await startCms({ database: 'sqlite', env: { API_CACHE: 'false' } });
    await rebuildRows(cms.url, 'off', lines);
  }
  appendResult({
    title: 'Site builds: full build and one-site rebuild',
    command: `node scripts/bench/build.mjs${values['skip-full'] ? ' --skip-full' : ''}${values['skip-rebuilds'] ? ' --skip-rebuilds' : ''}${values.out ? ` --out ${values.out}` : ''} --engine ${values.engine}`,
    machine: machine(),
    body: [
      `Data: ${total} articles and ${docs} legal documents on ${sites.length} sites (ten-year bench data, SQLite). Engine: ${values.engine === 'astro' ? '`astro build`' : 'the renderer (each site’s bundle, built once per code version: the cold build includes building them)'}.`,
      '',
      '| build | pages | wall time | pages/s | peak RSS |',
      '| --- | --- | --- | --- | --- |',
      ...lines,
    ].join('\n'),
    notes:
      'Target: full build ≥ 500 pages/s with peak RSS ≤ 4 GB. Peak RSS is the sum over the build and its rendering processes, sampled every 250 ms. A full build builds every site whole; a one-site rebuild of the city builds it in shares (build-sites.mjs defaults), its baseline row whole. "Cold" starts from nothing: an empty content cache, a CMS just started (its API cache empty) and, with the renderer, no bundles; "warm" reuses the content cache and the CMS of the run before (Astro\'s loader skips entries whose digest did not change; the renderer fetches every list again, from the CMS\'s API cache). "Cold content, bundles kept" (renderer only) restarts the CMS and empties the content cache but keeps the bundles, as after a deploy that changed no site code.',
  });
} finally {
  await cms.stop();
  if (!values.out) rmSync(work, { recursive: true, force: true });
}
