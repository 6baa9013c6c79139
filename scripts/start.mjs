#!/usr/bin/env node
// @ts-check
// `npm start`: everything on embedded defaults: the CMS (SQLite, demo data) with its rebuild
// worker, which builds every site from it, served locally. `npm run cms`: the CMS (and worker) alone.
import { spawn } from 'child_process';
import { createRequire } from 'module';
import path from 'path';
import { releases } from '@vungtau/publishing';
import { serveSites } from './lib/serve-sites.mjs';

const require = createRequire(import.meta.url);
const { ensureEnvFile } = require('./lib/env-file.cjs');
const { CMS_DIR, buildCmsIfStale } = require('./lib/cms-build.cjs');

const cmsOnly = process.argv.includes('--cms-only');
const env = ensureEnvFile();
await buildCmsIfStale();

const port = process.env.PORT ?? env.PORT ?? '1337';
const host = process.env.HOST ?? env.HOST ?? '0.0.0.0';
const sitesPort = Number(process.env.SITES_PORT ?? 8080);
const base = `http://localhost:${port}`;
const root = path.resolve(CMS_DIR, '..');

/** @type {import('child_process').ChildProcess[]} */
const children = [];
// Each child leads its own process group, so stopping it also stops what it started (npx → strapi).
/** @param {string} command @param {string[]} args @param {import('child_process').SpawnOptions} options */
const run = (command, args, options) => {
  const child = spawn(command, args, { stdio: 'inherit', detached: true, ...options });
  children.push(child);
  return child;
};
/** @param {NodeJS.Signals} signal */
const stop = (signal) =>
  children.forEach((child) => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  });
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));

const cms = run('npx', ['strapi', 'start'], { cwd: CMS_DIR, env: { ...process.env, PORT: port, HOST: host } });
cms.on('exit', (code) => process.exit(code ?? 0));

const waitForCms = async () => {
  for (let i = 0; i < 600; i += 1) {
    try {
      const res = await fetch(`${base}/_health`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  throw new Error(`The CMS did not answer at ${base}/_health within 10 minutes`);
};

/**
 * Waits until every active site has a live release, or its build failed: the CMS's rebuild worker
 * builds what the seed and first start queued (src/plugins/rebuild). Resolves with the failures.
 */
const waitForSites = async () => {
  const sitesRoot = releases.sitesRoot(path.join(root, 'site'));
  const res = await fetch(`${base}/api/sites?filters[status][$eq]=active&fields[0]=slug&pagination[pageSize]=100`);
  if (!res.ok) throw new Error(`GET /api/sites answered ${res.status}`);
  const slugs = /** @type {{ data: { slug: string }[] }} */ (await res.json()).data.map((site) => site.slug);
  const started = Date.now();
  let reported = -1;
  for (;;) {
    const failed = slugs.filter((slug) => {
      const failure = releases.lastFailure(sitesRoot, slug);
      return failure && Date.parse(failure.at) >= started - 60_000 && !releases.liveRelease(sitesRoot, slug);
    });
    const live = slugs.filter((slug) => releases.liveRelease(sitesRoot, slug));
    if (live.length !== reported) {
      if (reported === -1 && live.length < slugs.length)
        console.log('Building the sites from the CMS (about three minutes the first time)…');
      console.log(`  ${live.length} of ${slugs.length} sites live`);
      reported = live.length;
    }
    if (live.length + failed.length >= slugs.length) return failed;
    if (Date.now() - started > 30 * 60_000) return slugs.filter((slug) => !live.includes(slug));
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
};

/** @param {string[]} lines */
const banner = (lines) => console.log(['', '─'.repeat(64), ...lines.map((l) => ` ${l}`), '─'.repeat(64), ''].join('\n'));

/**
 * Stops the CMS and the build, says what went wrong and how to fix it, and exits.
 * @param {string} message
 * @returns {never}
 */
const fail = (message) => {
  console.error(`\n${message}`);
  stop('SIGTERM');
  process.exit(1);
};

try {
  await waitForCms();
} catch (error) {
  fail(/** @type {Error} */ (error).message);
}
const cmsLines = [
  `CMS admin:   ${base}/admin`,
  `Sign in as:  ${process.env.ADMIN_EMAIL ?? env.ADMIN_EMAIL}`,
  `Password:    ${process.env.ADMIN_PASSWORD ?? env.ADMIN_PASSWORD}   (from cms/.env; only used to create the first admin)`,
  `Demo staff:  duyet.phuong7@vungtau.local, bientap.phuong7@…, ctv.phuong7@…, operator vanhanh@vungtau.local (docs/workflow.md)`,
  `             truongban.thanhpho@…, ketoan.thanhpho@… (royalties: docs/royalties.md), traloi.thanhpho@… (Hỏi đáp)`,
  `             password ${process.env.DEMO_STAFF_PASSWORD ?? env.DEMO_STAFF_PASSWORD}`,
  `Public API:  ${base}/api/articles`,
];
if (cmsOnly) {
  banner(cmsLines);
} else {
  const failed = await waitForSites();
  // The search pages query the CMS's embedded engine (or Meilisearch) at its own address: the
  // Content-Security-Policy's connect-src must name it (production's nginx serves it same-origin).
  const searchAt = ['SEARCH_PUBLIC_URL', 'PUBLIC_URL', 'MEILISEARCH_PUBLIC_URL', 'MEILISEARCH_HOST'].map(
    (name) => process.env[name] ?? env[name]
  );
  const connectSrc = [...searchAt.filter((address) => address), base];
  // The comment and question forms post to the sites' own /api/participation/, passed to the CMS.
  // The anonymised access log the CMS counts visitor figures from (docs/visits.md); SITES_ACCESS_LOG=false turns it off.
  const accessLog = process.env.SITES_ACCESS_LOG === 'false' ? undefined : path.join(root, 'site', '.logs');
  const served = await serveSites(path.join(root, 'site', 'dist'), sitesPort, { connectSrc, participation: base, accessLog }).catch(
    (error) =>
      fail(
        error.code === 'EADDRINUSE'
          ? `Port ${sitesPort} is already in use, so the sites cannot be served. Stop what uses it, or set SITES_PORT to a free port.`
          : `Serving the sites failed: ${error.message}`
      )
  );
  banner([
    ...cmsLines,
    failed.length === 0 ? 'Sites:' : `Sites (${failed.join(', ')} failed to build; see the CMS log and Dựng lại trang in the admin):`,
    ...[...served.slugs].sort(new Intl.Collator('en', { numeric: true }).compare).map((slug) => `  http://localhost:${sitesPort}/${slug}/`),
  ]);
}
