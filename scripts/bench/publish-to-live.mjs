#!/usr/bin/env node
// @ts-check
// Publish-to-live: the time from an approver pressing "Duyệt và đăng" (the workflow's approve,
// through the admin API) to the new article page being served by the sites' web server. Each
// article goes into the site's biggest news category, so its listing pages shift as a real one's
// do. The first publish after the CMS starts is reported apart: it also readies the incremental
// renderer for the site (its bundle, all its content), unless the worker did so before.
//   node scripts/bench/publish-to-live.mjs [--runs 20] [--site phuong-7] [--site vung-tau]
// Against a running stack (`npm start`): CMS_URL (http://localhost:1337), SITES_URL
// (http://localhost:8080) and the demo staff accounts (DEMO_STAFF_PASSWORD from cms/.env).
//   node scripts/bench/publish-to-live.mjs --bench <sites folder> [--runs 20] [--max-wait 900]
// On the ten-year bench data instead: starts the bench CMS with its rebuild worker, building into
// the given folder (already built by `build.mjs --out`), and serves that folder itself.
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { serveSites } from '../lib/serve-sites.mjs';
import { freePort, startCms } from './lib/cms-process.mjs';
import { appendResult, machine, percentile } from './lib/report.mjs';

const require = createRequire(import.meta.url);
const { ensureEnvFile } = require('../lib/env-file.cjs');
const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '20' },
    site: { type: 'string', multiple: true },
    bench: { type: 'string' },
    'max-wait': { type: 'string', default: '900' },
  },
});
const runs = Number(values.runs);
const maxWait = Number(values['max-wait']);
const sites = values.site ?? ['phuong-7', 'vung-tau'];
let stack = null;
if (values.bench) {
  const dir = resolve(values.bench);
  const benchCms = await startCms({ env: { REBUILD_WORKER: 'true', SITES_OUT_DIR: dir, SITES_CACHE_DIR: resolve(dir, '..', 'cache') } });
  const port = await freePort();
  const { server } = await serveSites(dir, port);
  stack = { cms: benchCms, server, sitesUrl: `http://127.0.0.1:${port}` };
}
const cms = (stack?.cms.url ?? process.env.CMS_URL ?? 'http://localhost:1337').replace(/\/$/, '');
const served = (stack?.sitesUrl ?? process.env.SITES_URL ?? 'http://localhost:8080').replace(/\/$/, '');
const password = process.env.DEMO_STAFF_PASSWORD ?? ensureEnvFile().DEMO_STAFF_PASSWORD;

/**
 * Demo staff of each site (cms/src/seed/data/staff.ts).
 * @type {Record<string, { author: string, editor: string, approver: string } | undefined>}
 */
const STAFF = {
  'phuong-7': { author: 'ctv.phuong7', editor: 'bientap.phuong7', approver: 'duyet.phuong7' },
  'vung-tau': { author: 'ctv.thanhpho', editor: 'bientap.thanhpho', approver: 'duyet.thanhpho' },
};

/**
 * One request to the CMS; resolves with its JSON body, which each caller reads as what it asked for.
 * @param {string} method
 * @param {string} path
 * @param {string | null} [token]
 * @param {object} [body]
 * @returns {Promise<unknown>}
 */
const call = async (method, path, token, body) => {
  const res = await fetch(`${cms}${path}`, {
    method,
    headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
    body: body ? JSON.stringify(body) : undefined,
  });
  const json = /** @type {{ error?: unknown } | null} */ (await res.json().catch(() => null));
  if (!res.ok) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(json?.error ?? json)}`);
  return json;
};
/** @typedef {{ data: { token: string } }} Login */
/** @param {string} name */
const login = async (name) =>
  /** @type {Login} */ (await call('POST', '/admin/login', null, { email: `${name}@vungtau.local`, password })).data.token;
/** @param {string} token @param {string} id @param {string} action */
const act = (token, id, action) => call('POST', `/workflow/items/api::article.article/${id}/actions/${action}`, token, {});

/**
 * The site's news category with the most articles (its own, not its sub-categories').
 * @param {string} slug
 */
const biggestCategory = async (slug) => {
  /** @typedef {{ documentId: string, slug: string, name: string }} Category */
  const categories = /** @type {{ data: Category[] }} */ (
    await call(
      'GET',
      `/api/categories?filters[site][slug][$eq]=${slug}&filters[kind][$eq]=news&fields[0]=slug&fields[1]=name&pagination[pageSize]=100`
    )
  ).data;
  /** @type {(Category & { total: number }) | null} */
  let best = null;
  for (const category of categories) {
    const { total } = /** @type {{ meta: { pagination: { total: number } } }} */ (
      await call(
        'GET',
        `/api/articles?filters[site][slug][$eq]=${slug}&filters[categories][slug][$eq]=${category.slug}&fields[0]=slug&pagination[pageSize]=1`
      )
    ).meta.pagination;
    if (!best || total > best.total) best = { ...category, total };
  }
  if (!best) throw new Error(`${slug} has no news category to publish into`);
  return best;
};

/**
 * How the site's last finished rebuild was made: only the changed pages, or the whole site.
 * @param {string} token
 * @param {string} slug
 */
const lastMethod = async (token, slug) =>
  /** @type {{ data: { sites: { slug: string, lastJob?: { method?: string } | null }[] } }} */ (
    await call('GET', '/rebuild/overview', token)
  ).data.sites.find((site) => site.slug === slug)?.lastJob?.method ?? 'unknown';

/** @param {string} slug @param {string} adminToken */
const measureSite = async (slug, adminToken) => {
  const people = STAFF[slug];
  if (!people) throw new Error(`No demo staff for ${slug}; use phuong-7 or vung-tau`);
  const [author, editor, approver] = [await login(people.author), await login(people.editor), await login(people.approver)];
  const site = /** @type {{ data: { documentId: string }[] }} */ (await call('GET', `/api/sites?filters[slug][$eq]=${slug}&fields[0]=slug`))
    .data[0];
  const category = await biggestCategory(slug);
  console.log(`${slug}: publishing into “${category.name}” (${category.total} articles)`);
  /** @type {number[]} */
  const times = [];
  const methods = new Set();
  /** @type {number | null} */
  let first = null;
  for (let run = 0; run <= runs; run++) {
    const slugOfArticle = `do-tre-xuat-ban-${slug}-${Date.now().toString(36)}-${run}`;
    const created = /** @type {{ data: { documentId: string } }} */ (
      await call('POST', '/content-manager/collection-types/api::article.article', author, {
        title: `Đo thời gian đăng ${run} (${slug})`,
        slug: slugOfArticle,
        form: 'tin',
        site: site.documentId,
        byline: 'Đo hiệu năng',
        categories: [category.documentId],
        source: { kind: 'own-reporting' },
        body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Bài đo thời gian từ duyệt đến khi bạn đọc thấy.' }] }],
      })
    );
    await act(author, created.data.documentId, 'submit');
    await act(editor, created.data.documentId, 'forward');
    const started = performance.now();
    await act(approver, created.data.documentId, 'approve');
    const page = `${served}/${slug}/tin/${slugOfArticle}/`;
    for (;;) {
      if ((await fetch(page)).ok) break;
      // A whole rebuild of the city portal at ten-year scale takes a minute or more (docs/benchmarks.md).
      if (performance.now() - started > maxWait * 1000) throw new Error(`${page} not live after ${maxWait} s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const seconds = (performance.now() - started) / 1000;
    if (run === 0) first = seconds;
    else times.push(seconds);
    // The page is served a moment before its job records its end.
    await waitForIdleQueue(adminToken);
    const method = await lastMethod(adminToken, slug);
    if (run > 0) methods.add(method);
    process.stdout.write(`${slug} #${run}${run === 0 ? ' (first after start, not counted)' : ''}: ${seconds.toFixed(2)} s (${method})\n`);
  }
  if (first === null) throw new Error(`--runs must be a number ≥ 0, not ${values.runs}`);
  return {
    slug,
    runs,
    first,
    methods: [...methods].join(', '),
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    max: Math.max(...times),
  };
};

/**
 * Waits until no rebuild is queued or running, so each measured publish waits only for its own
 * rebuild: seeding and the build benchmark queue rebuilds while no worker runs, and a worker
 * starting on the bench data builds those first (every site, minutes at ten-year scale).
 */
const adminLogin = async () => {
  const secrets = ensureEnvFile();
  return /** @type {Login} */ (await call('POST', '/admin/login', null, { email: secrets.ADMIN_EMAIL, password: secrets.ADMIN_PASSWORD }))
    .data.token;
};
/** @param {string} token */
const waitForIdleQueue = async (token) => {
  /** @type {number | null} */
  let limit = null;
  for (;;) {
    const busy = /** @type {{ data: { jobs: { status: string }[] } }} */ (await call('GET', '/rebuild/overview', token)).data.jobs.filter(
      (job) => job.status === 'queued' || job.status === 'running'
    );
    if (busy.length === 0) return;
    if (limit === null) {
      // Each of them may take as long as one measured publish may.
      limit = performance.now() + maxWait * 1000 * busy.length;
      console.log(`Waiting for ${busy.length} queued or running rebuild(s) to finish…`);
    }
    if (performance.now() > limit) throw new Error(`${busy.length} rebuild(s) still queued or running; not measuring behind them`);
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
};

/** @type {Awaited<ReturnType<typeof measureSite>>[]} */
const results = [];
try {
  const token = await adminLogin();
  await waitForIdleQueue(token);
  for (const slug of sites) results.push(await measureSite(slug, token));
} finally {
  stack?.server.close();
  await stack?.cms.stop();
}
const lines = results.map(
  (r) =>
    `| ${r.slug} | ${r.runs} | ${r.methods} | ${r.p50.toFixed(2)} s | ${r.p95.toFixed(2)} s | ${r.max.toFixed(2)} s | ${r.first.toFixed(2)} s |`
);
console.log(lines.join('\n'));
appendResult({
  title: 'Publish-to-live (approve → page served)',
  command: `node scripts/bench/publish-to-live.mjs --runs ${runs} ${sites.map((s) => `--site ${s}`).join(' ')}${values.bench ? ` --bench ${values.bench}` : ''}`,
  machine: machine(),
  body: [
    '| site | publishes | rebuilt | p50 | p95 | max | first after start (not counted) |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...lines,
  ].join('\n'),
  notes: `Target: p50 ≤ 5 s, p95 ≤ 10 s. ${values.bench ? 'Ten-year bench data (SQLite); ' : 'Demo data (npm start); '}one site rebuilt per publish by the CMS's in-process worker, one publish at a time, each into the site's biggest news category; "rebuilt" says how (incremental: only the changed pages; full: the whole site).`,
});
