// @ts-check
// A merged or retired site keeps its old addresses working: on a static host (HTML redirects) and
// in production nginx (301 from the generated map).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { distDir, elements, freePort, made, MERGED, read, RETIRED, siteDir, startTags, text, viewDir } from './fixture.mjs';

/** Where an old page sends readers: its meta refresh, canonical link and the notice's link. @param {string} slug @param {string} path */
const redirectOf = (slug, path) => {
  const html = read(slug, `${path}index.html`);
  const refresh = startTags(html, 'meta').find((m) => m['http-equiv'] === 'refresh')?.content;
  const canonical = startTags(html, 'link').find((l) => l.rel === 'canonical')?.href;
  return { html, refresh, canonical, notice: text(elements(html, 'main')[0]?.inner ?? '') };
};
/** @typedef {import('../../scripts/lib/manifest.mjs').Manifest} Manifest */
/** @typedef {{ redirects: import('../../scripts/lib/redirects.mjs').Redirect[] }} RedirectsFile */
/** @param {string} slug @param {string} release @returns {Manifest} */
const manifest = (slug, release) => JSON.parse(readFileSync(join(distDir, slug, 'releases', release, 'urls.json'), 'utf8'));
/** @param {string} slug @returns {Manifest} */
const liveManifest = (slug) => JSON.parse(readFileSync(join(viewDir, slug, 'urls.json'), 'utf8'));

test("a merged site's redirect release sends every address it ever had to the same page on its successor, or to its home", () => {
  const live = liveManifest(MERGED);
  assert.equal(live.kind, 'redirect');
  assert.ok(made.firstMergedRelease, 'the merged site had a release before the merger');
  const old = manifest(MERGED, made.firstMergedRelease);
  assert.equal(old.kind, 'site');
  const oldPaths = old.paths;
  assert.ok(oldPaths.includes(`tin/${made.mergedArticle}/`), 'the article was published before the merger');
  const successor = new Set(liveManifest('phuong-7').paths);
  const plan = new Map(
    /** @type {RedirectsFile} */ (JSON.parse(readFileSync(join(viewDir, MERGED, 'redirects.json'), 'utf8'))).redirects.map((r) => [
      r.path,
      r.target,
    ])
  );
  for (const path of oldPaths) {
    const target = successor.has(path) ? `/phuong-7/${path}` : '/phuong-7/';
    assert.equal(plan.get(path), target, `${path} in redirects.json`);
    assert.ok(live.paths.includes(path), `${path} stays in the manifest for later redirect builds`);
    if (!(path === '' || path.endsWith('/'))) continue;
    const r = redirectOf(MERGED, path);
    assert.equal(r.refresh, `0;url=${target}`, `${path}: meta refresh`);
    assert.equal(r.canonical, `http://localhost:8080${target}`, `${path}: canonical`);
    assert.match(r.html, /<meta name="robots" content="noindex">/);
    assert.ok(
      r.notice.includes('Từ ngày 01/07/2025, Trang thông tin điện tử Phường 6 đã sáp nhập vào Trang thông tin điện tử Phường 7.'),
      `${path}: notice`
    );
    assert.ok(
      startTags(r.html, 'a').some((a) => a.href === target),
      `${path}: a link to the new address`
    );
  }
  // Its pages that Phường 7 has go to the same page; the withdrawn article, which Phường 7 never had, to its home.
  assert.equal(plan.get('gioi-thieu/'), '/phuong-7/gioi-thieu/');
  assert.equal(plan.get('en/contact/'), '/phuong-7/en/contact/');
  assert.equal(plan.get(`tin/${made.mergedArticle}/`), '/phuong-7/');
  assert.equal(redirectOf(MERGED, '').refresh, '0;url=/phuong-7/');
  const notFound = read(MERGED, '404.html');
  assert.ok(
    startTags(notFound, 'meta').some((m) => m['http-equiv'] === 'refresh' && m.content === '0;url=/phuong-7/'),
    'any other address: the home of Phường 7'
  );
  // The nginx map answers the same for every old address.
  const map = read(MERGED, 'redirects.path.map');
  for (const [path, target] of plan) assert.ok(map.includes(`"/${MERGED}/${path}" "${target}";`), `nginx map: ${path}`);
});

test("a retired site's addresses go to the parent city portal, its content still in the CMS included", () => {
  const live = liveManifest(RETIRED);
  assert.equal(live.kind, 'redirect');
  const r = redirectOf(RETIRED, `tin/${made.retiredArticle}/`);
  assert.equal(r.refresh, '0;url=/vung-tau/');
  assert.ok(r.notice.includes('Từ ngày 01/07/2025, Trang thông tin điện tử Phường Cũ đã ngừng hoạt động.'), r.notice);
  assert.ok(r.notice.includes('Cổng thông tin điện tử thành phố Vũng Tàu'));
  assert.equal(redirectOf(RETIRED, 'lien-he/').refresh, '0;url=/vung-tau/lien-he/');
});

test("the city portal's ward list shows only active sites", () => {
  const home = read('vung-tau', 'index.html');
  const hrefs = startTags(home, 'a').map((a) => a.href);
  assert.ok(hrefs.includes('/phuong-7/'));
  assert.ok(!hrefs.includes(`/${RETIRED}/`), 'the retired site is not listed');
});

// Production's own configuration (site/deploy/nginx.conf) against the built releases, when an
// nginx binary is at hand (NGINX_PATH, or nginx on the PATH; Debian's nginx package).
const nginx = process.env.NGINX_PATH ?? (spawnSync('sh', ['-c', 'command -v nginx']).stdout?.toString().trim() || null);
test(
  'production nginx answers 301 with the new address for every old address of a merged site',
  { skip: nginx ? false : 'no nginx binary (set NGINX_PATH)' },
  async () => {
    const work = join(distDir, '..', 'nginx');
    mkdirSync(join(work, 'tmp'), { recursive: true });
    // nginx's workers run as an unprivileged user: the test's temp folder (0700) must be readable.
    chmodSync(join(distDir, '..'), 0o755);
    const port = await freePort();
    const site = readFileSync(join(siteDir, 'deploy', 'nginx.conf'), 'utf8')
      .replaceAll('/srv/sites', distDir)
      // The visits log (deploy/nginx.conf's access_log) goes to the test's folder, not /var/log.
      .replaceAll('/var/log/sites', work)
      .replace('listen 8080 default_server', `listen 127.0.0.1:${port} default_server`);
    writeFileSync(join(work, 'site.conf'), site);
    const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${work}/tmp;`).join(' ');
    writeFileSync(
      join(work, 'nginx.conf'),
      `daemon off; pid ${work}/nginx.pid; error_log ${work}/error.log warn; events {}\nhttp { access_log off; ${temp} include ${work}/site.conf; }\n`
    );
    // Skipped without a binary: nginx is set here.
    const server = spawn(/** @type {string} */ (nginx), ['-p', work, '-c', join(work, 'nginx.conf')], { stdio: 'inherit' });
    try {
      for (
        let i = 0;
        i < 50 &&
        !(await fetch(`http://127.0.0.1:${port}/phuong-7/`).then(
          () => true,
          () => false
        ));
        i++
      )
        await new Promise((r) => setTimeout(r, 100));
      const plan = /** @type {RedirectsFile} */ (JSON.parse(readFileSync(join(viewDir, MERGED, 'redirects.json'), 'utf8'))).redirects;
      for (const { path, target } of plan) {
        const res = await fetch(`http://127.0.0.1:${port}/${MERGED}/${path}`, { redirect: 'manual' });
        assert.equal(res.status, 301, `/${MERGED}/${path}`);
        assert.equal(res.headers.get('location'), target, `/${MERGED}/${path}`);
      }
      assert.equal(
        (await fetch(`http://127.0.0.1:${port}/phuong-7/gioi-thieu/`, { redirect: 'manual' })).status,
        200,
        'an active site is served as before'
      );
      for (const record of ['.page-plan.json', '.uploads.json'])
        assert.equal((await fetch(`http://127.0.0.1:${port}/phuong-7/${record}`)).status, 404, `${record} is not served`);
    } finally {
      server.kill('SIGTERM');
    }
  }
);
