// Builds real sites against a real Strapi with the demo data, then reads the files.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';

const siteDir = fileURLToPath(new URL('..', import.meta.url));
const cmsDir = join(siteDir, '..', 'cms');
const SITES = ['vung-tau', 'phuong-7', 'xa-long-son'];
const dbFile = `/tmp/site-test-${process.pid}.db`;
// Built into a temp folder, so the developer's site/dist is left as it is.
const workDir = mkdtempSync(join(tmpdir(), 'site-test-'));
const distDir = join(workDir, 'dist');
// The sites as readers see them: <slug>/ is the live release (dist/<slug>/live → releases/<id>).
const viewDir = join(workDir, 'view');
let cms;
let cmsUrl;
let draftSlug;
let withdrawnSlug;

const freePort = () => new Promise((resolve) => { const s = createServer().listen(0, () => { const { port } = s.address(); s.close(() => resolve(port)); }); });
// One retry: undici may reuse a keep-alive socket the server closed during the long build.
const get = (path, init) => fetch(`${cmsUrl}${path}`, init).catch(() => fetch(`${cmsUrl}${path}`, init));
const api = async (path, init) => { const r = await get(path, init); if (!r.ok) throw new Error(`${path}: ${r.status} ${await r.text()}`); return r.json(); };

before(async () => {
  // Run on its own (`npm test --workspace site`), the CMS may not be compiled yet: compile it.
  if (!existsSync(join(cmsDir, 'dist', 'src', 'index.js'))) {
    execFileSync(process.execPath, ['-e', "require('@strapi/strapi').compileStrapi({ appDir: process.cwd() }).then(() => process.exit(0), (e) => { console.error(e); process.exit(1); })"], { cwd: cmsDir, stdio: 'inherit' });
  }
  const port = await freePort();
  cmsUrl = `http://127.0.0.1:${port}`;
  cms = spawn('npx', ['strapi', 'start'], {
    cwd: cmsDir, detached: true, stdio: 'ignore',
    env: { ...process.env, ENV_PATH: '/dev/null', DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: dbFile, PORT: String(port), HOST: '127.0.0.1',
      APP_KEYS: 'k1aaaaaaaaaaaaaaaaa,k2aaaaaaaaaaaaaaaaa', API_TOKEN_SALT: 'saltaaaaaaaaaaaaaaaa', ADMIN_JWT_SECRET: 'adminjwtaaaaaaaaaaaaa',
      TRANSFER_TOKEN_SALT: 'transferaaaaaaaaaaaa', JWT_SECRET: 'jwtsecretaaaaaaaaaaa', ENCRYPTION_KEY: 'encryptionaaaaaaaaaa', LOG_LEVEL: 'warn', SERVE_ADMIN_PANEL: 'false',
      // Never the developer's own settings: seed the demo data, and no first admin (the test registers one).
      SEED_DEMO_DATA: 'true', ADMIN_EMAIL: '', ADMIN_PASSWORD: '', CRON_ENABLED: 'false', NODE_ENV: 'development',
      // This test builds the sites itself, into a temp folder.
      REBUILD_WORKER: 'false',
      // The embedded search engine indexes the demo data as it is seeded, into its own temp file.
      SEARCH_EMBEDDED_FILE: join(workDir, 'search.db') },
  });
  for (let i = 0; ; i++) {
    if (i > 120) throw new Error('CMS did not start');
    const ok = await fetch(`${cmsUrl}/_health`).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  // A draft article, made through the admin API as an editor would: it must get no page.
  const admin = await api('/admin/register-admin', { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ firstname: 'Test', lastname: 'Admin', email: 'test@example.gov.vn', password: 'Test-password-123' }) });
  const site = (await api('/api/sites?filters[slug][$eq]=phuong-7&fields[0]=slug')).data[0];
  draftSlug = `ban-nhap-kiem-thu-${process.pid}`;
  await api('/content-manager/collection-types/api::article.article', { method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${admin.data.token}` },
    body: JSON.stringify({ title: 'Bản nháp kiểm thử', slug: draftSlug, form: 'tin', featured: false, site: { connect: [site.documentId] },
      source: { kind: 'own-reporting' }, body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Chưa duyệt.' }] }] }) });
  // An article approved and then withdrawn through the workflow: it must get no page either.
  const auth = { 'Content-Type': 'application/json', Authorization: `Bearer ${admin.data.token}` };
  withdrawnSlug = `tin-da-go-kiem-thu-${process.pid}`;
  const withdrawn = await api('/content-manager/collection-types/api::article.article', { method: 'POST', headers: auth,
    body: JSON.stringify({ title: 'Tin đã gỡ kiểm thử', slug: withdrawnSlug, form: 'tin', featured: false, site: { connect: [site.documentId] },
      byline: 'Kiểm thử', source: { kind: 'own-reporting' }, body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Đã gỡ.' }] }] }) });
  for (const [action, input] of [['submit', {}], ['forward', {}], ['approve', {}], ['withdraw', { withdrawReason: 'published-in-error', note: 'Kiểm thử gỡ tin.' }]]) {
    await api(`/workflow/items/api::article.article/${withdrawn.data.documentId}/actions/${action}`, { method: 'POST', headers: auth, body: JSON.stringify(input) });
  }
  execFileSync(process.execPath, ['scripts/build-sites.mjs', ...SITES.flatMap((s) => ['--site', s])], { cwd: siteDir, env: { ...process.env, CMS_URL: cmsUrl, SITES_OUT_DIR: distDir, SITES_CACHE_DIR: join(workDir, 'cache') }, stdio: 'inherit' });
  mkdirSync(viewDir);
  for (const slug of SITES) symlinkSync(join(distDir, slug, 'live'), join(viewDir, slug));
});

after(() => { if (cms) process.kill(-cms.pid, 'SIGTERM'); rmSync(dbFile, { force: true }); rmSync(workDir, { recursive: true, force: true }); });

const files = (dir) => readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
const published = async (collection, slug) => {
  const out = [];
  for (let page = 1, count = 1; page <= count; page++) {
    const r = await api(`/api/${collection}?filters[site][slug][$eq]=${slug}&fields[0]=slug&pagination[page]=${page}&pagination[pageSize]=100`);
    out.push(...r.data.map((d) => d.slug)); count = r.meta.pagination.pageCount;
  }
  return out;
};

test('every built site has a home page, contact, introduction, register, feeds and sitemap', () => {
  for (const slug of SITES) {
    for (const f of ['index.html', '404.html', 'lien-he/index.html', 'gioi-thieu/index.html', 'van-ban/index.html', 'rss.xml', 'sitemap.xml', 'robots.txt']) {
      assert.ok(existsSync(join(viewDir, slug, f)), `${slug}/${f}`);
    }
    assert.match(readFileSync(join(viewDir, slug, 'index.html'), 'utf8'), /<html lang="vi"/);
  }
});

test('every published article and legal document of a built site has its page', async () => {
  for (const slug of SITES) {
    for (const a of await published('articles', slug)) assert.ok(existsSync(join(viewDir, slug, 'tin', a, 'index.html')), `${slug} article ${a}`);
    for (const d of await published('legal-documents', slug)) assert.ok(existsSync(join(viewDir, slug, 'van-ban', d, 'index.html')), `${slug} document ${d}`);
  }
});

test('every category of a built site has a listing and a feed', async () => {
  for (const slug of SITES) {
    const cats = (await api(`/api/categories?filters[site][slug][$eq]=${slug}&fields[0]=slug&pagination[pageSize]=100`)).data;
    assert.ok(cats.length > 0);
    for (const c of cats) {
      assert.ok(existsSync(join(viewDir, slug, 'chuyen-muc', c.slug, 'index.html')), `${slug} category ${c.slug}`);
      assert.ok(existsSync(join(viewDir, slug, 'chuyen-muc', c.slug, 'rss.xml')), `${slug} category feed ${c.slug}`);
    }
  }
});

test('a ward item approved on the city portal is credited to the ward, with a link to its site', async () => {
  const credited = (await api('/api/articles?filters[site][slug][$eq]=vung-tau&filters[creditSite][slug][$eq]=phuong-7&fields[0]=slug')).data;
  assert.equal(credited.length, 1);
  const html = readFileSync(join(viewDir, 'vung-tau', 'tin', credited[0].slug, 'index.html'), 'utf8');
  assert.match(html, /Tin của:<\/strong> <a href="\/phuong-7\/"[^>]*>Trang thông tin điện tử Phường 7<\/a>/);
  // Listed in the city's "Tin phường, xã" channel, with the ward named on the card.
  const channel = readFileSync(join(viewDir, 'vung-tau', 'chuyen-muc', 'tin-phuong-xa', 'index.html'), 'utf8');
  assert.ok(channel.includes(`/vung-tau/tin/${credited[0].slug}/`));
  assert.match(channel, /class="kicker"[^>]*>Phường 7</);
});

test('a draft article and a withdrawn one have no page', () => {
  assert.ok(draftSlug && withdrawnSlug);
  assert.equal(existsSync(join(viewDir, 'phuong-7', 'tin', draftSlug)), false);
  assert.equal(existsSync(join(viewDir, 'phuong-7', 'tin', withdrawnSlug)), false);
});

test('no internal link or image in the built sites is broken, and only the search page ships JavaScript', () => {
  const dist = viewDir;
  const broken = [];
  for (const file of files(dist).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(file, 'utf8');
    const scripts = [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]);
    if (file.endsWith('/tim-kiem/index.html')) {
      // The search island, and the settings it reads (JSON, not code).
      assert.deepEqual(scripts.map((tag) => /type="module"/.test(tag) ? 'module' : /type="application\/json"/.test(tag) ? 'json' : tag).sort(), ['json', 'module'], file);
      for (const [, src] of html.matchAll(/<script[^>]+src="([^"]+)"/g)) assert.ok(existsSync(join(dist, src)), `${file} → ${src}`);
    } else assert.deepEqual(scripts, [], `${file} has a script`);
    for (const [, ref] of html.matchAll(/(?:href|src)="([^"]+)"/g)) {
      if (/^(https?:|mailto:|tel:|#)/.test(ref)) continue;
      const path = new URL(ref.replace(/&amp;/g, '&'), `http://x${file.slice(dist.length)}`).pathname;
      const target = join(dist, decodeURIComponent(path));
      const built = SITES.some((s) => path.startsWith(`/${s}/`));
      if (built && !existsSync(target.endsWith('/') ? join(target, 'index.html') : target)) broken.push(`${file.slice(dist.length)} → ${ref}`);
    }
    for (const [, set] of html.matchAll(/srcset="([^"]+)"/g)) {
      for (const src of set.split(', ').map((s) => s.split(' ')[0])) if (!existsSync(join(dist, src))) broken.push(`${file} srcset → ${src}`);
    }
  }
  assert.deepEqual(broken.slice(0, 20), []);
});

// WCAG 2.1 AA on one page of every type, at a cheap phone's width and a desktop's, in real
// Chromium (Debian's package; .ci/run installs it) with axe-core.
test('every page type has no WCAG 2.1 AA violation under axe-core in Chromium, at 360 and 1280 px', async () => {
  const { chromium } = await import('playwright-core');
  const { serveSites } = await import('../../scripts/lib/serve-sites.mjs');
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const port = await freePort();
  const { server } = await serveSites(distDir, port);
  const first = (dir, skip = []) => readdirSync(join(viewDir, dir)).find((name) => !skip.includes(name) && !name.endsWith('.html') && !name.endsWith('.xml'));
  const pages = [
    '/vung-tau/',
    `/phuong-7/tin/${first('phuong-7/tin')}/`,
    `/phuong-7/chuyen-muc/${first('phuong-7/chuyen-muc')}/`,
    '/vung-tau/van-ban/',
    `/vung-tau/van-ban/${first('vung-tau/van-ban', ['loai', 'nam', 'hieu-luc'])}/`,
    '/vung-tau/gioi-thieu/',
    '/xa-long-son/lien-he/',
    '/phuong-7/khong-co-trang-nay/',
  ];
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const violations = [];
  try {
    for (const width of [360, 1280]) {
      for (const path of pages) {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        await page.goto(`http://127.0.0.1:${port}${path}`);
        await page.addScriptTag({ content: axeSource });
        const found = await page.evaluate(async () =>
          // eslint-disable-next-line no-undef
          (await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })).violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0].target.join(' ')}`)
        );
        violations.push(...found.map((v) => `${width}px ${path}: ${v}`));
        await page.close();
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  assert.deepEqual(violations, []);
});

/** Waits until the CMS's embedded engine has indexed the demo data (its sync loop runs as the seed publishes). */
const searchReady = async () => {
  for (let i = 0; i < 60; i++) {
    const res = await get('/api/search/indexes/articles/search', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ q: '', hitsPerPage: 1 }) });
    if (res.ok && (await res.json()).totalHits > 250) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error('the demo data was not indexed');
};

test('search: the search page finds, filters and pages with the keyboard, and says so when nothing is found', async () => {
  await searchReady();
  const { chromium } = await import('playwright-core');
  const { serveSites } = await import('../../scripts/lib/serve-sites.mjs');
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const port = await freePort();
  const { server } = await serveSites(distDir, port);
  const base = `http://127.0.0.1:${port}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const axe = async (page) => {
    await page.addScriptTag({ content: axeSource });
    // eslint-disable-next-line no-undef
    return page.evaluate(async () => (await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] })).violations.map((v) => `${v.id} ${v.nodes[0].target.join(' ')}`));
  };
  try {
    // A shared link: the query in the address, words without diacritics, the ward searching itself.
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(`${base}/phuong-7/tim-kiem/?q=do+thi+van+minh`);
    await page.waitForSelector('search-page .hit');
    assert.match(await page.textContent('search-page .search-status'), /^Có \d+ kết quả cho “do thi van minh”\.$/);
    const links = await page.$$eval('search-page .hit h3 a', (as) => as.map((a) => a.getAttribute('href')));
    assert.ok(links.length > 0 && links.every((href) => href.startsWith('/phuong-7/tin/')), links.join(' '));
    assert.match(await page.innerHTML('search-page .hit h3 a'), /<mark>/);
    for (const href of links) assert.ok(existsSync(join(viewDir, href, 'index.html')), `a hit links to ${href}, which is not built`);
    assert.deepEqual(await axe(page), [], 'axe on the results at 360 px');

    // The header box, from the keyboard: type, Enter, then tick a filter with the space bar.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${base}/phuong-7/`);
    await page.focus('#header-q');
    await page.keyboard.type('vung tau');
    await page.keyboard.press('Enter');
    await page.waitForSelector('search-page .hit');
    assert.equal(new URL(page.url()).searchParams.get('q'), 'vung tau');
    assert.equal(await page.inputValue('#search-q'), 'vung tau');
    const total = Number((await page.textContent('search-page .search-status')).match(/\d+/)[0]);
    await page.focus('search-page .facet input[name="categories"]');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => new URL(location.href).searchParams.has('chuyen-muc'));
    await page.waitForFunction(() => !document.querySelector('search-page').hasAttribute('aria-busy'));
    const narrowed = Number((await page.textContent('search-page .search-status')).match(/\d+/)[0]);
    assert.ok(narrowed > 0 && narrowed <= total, `${narrowed} of ${total}`);
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'categories', 'focus stays on the filter');
    assert.deepEqual(await axe(page), [], 'axe with a filter at 1280 px');

    // Back to the documents of the city portal, which searches every site: a number, whole.
    await page.goto(`${base}/vung-tau/tim-kiem/?q=8083%2FQĐ-UBND&muc=van-ban`);
    await page.waitForSelector('search-page .hit');
    assert.equal(await page.getAttribute('search-page .tabs [aria-pressed="true"]', 'data-tab'), 'legalDocuments');
    assert.match(await page.textContent('search-page .hit h3'), /8083\/QĐ-UBND/);
    await page.goto(`${base}/vung-tau/tim-kiem/?q=le+hoi`);
    await page.waitForSelector('search-page .hit');
    assert.ok(await page.$('search-page .facet input[name="site"]'), 'the city portal filters by site');
    if ((await page.$$('search-page .pagination button')).length > 0) {
      await page.focus('search-page .pagination button');
      await page.keyboard.press('Enter');
      await page.waitForFunction(() => new URL(location.href).searchParams.get('p') === '2');
      await page.waitForFunction(() => document.activeElement?.id === 'results-title');
    }

    // Nothing found: said plainly, with suggestions and the site's categories.
    await page.goto(`${base}/phuong-7/tim-kiem/?q=xyzzyqq`);
    await page.waitForSelector('search-page .no-results');
    assert.match(await page.textContent('search-page .no-results'), /Không tìm thấy kết quả nào cho “xyzzyqq”/);
    assert.ok((await page.$$('search-page .no-results .browse-list a')).length > 0);
    await page.close();

    // Without JavaScript the page still leads somewhere: the categories and the register.
    const plain = await browser.newPage({ javaScriptEnabled: false });
    await plain.goto(`${base}/phuong-7/tim-kiem/?q=vung+tau`);
    assert.match(await plain.textContent('main'), /tắt JavaScript/);
    assert.ok((await plain.$$('[data-fallback] a')).length > 3);
    await plain.close();
  } finally {
    await browser.close();
    server.close();
  }
});
