// @ts-check
// The site suite's one fixture: a real Strapi with the demo data, a few test-made items, and real
// builds of three demo sites, a ward that is merged after its first build and a retired one.
import { spawn, execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const siteDir = fileURLToPath(new URL('../..', import.meta.url));
const cmsDir = join(siteDir, '..', 'cms');
/** Demo sites built whole. */
export const SITES = ['vung-tau', 'phuong-7', 'xa-long-son'];
/** A ward made by the test, built once, then merged into Phường 7 and built again. */
export const MERGED = 'phuong-6';
/** A ward made by the test already retired: its addresses go to the city portal. */
export const RETIRED = 'phuong-cu-kiem-thu';
export const CLOSED_ON = '2025-07-01';
const dbFile = `/tmp/site-test-${process.pid}.db`;
// Built into a temp folder, so the developer's site/dist is left as it is.
const workDir = mkdtempSync(join(tmpdir(), 'site-test-'));
export const distDir = join(workDir, 'dist');
export const cacheDir = join(workDir, 'cache');
// The sites as readers see them: <slug>/ is the live release (dist/<slug>/live → releases/<id>).
export const viewDir = join(workDir, 'view');

/**
 * What the setup made, for the tests to look for.
 * @typedef {object} Made
 * @property {string} draftSlug
 * @property {string} openDraft
 * @property {string} withdrawnSlug
 * @property {{ documentId: string, slug: string, name: string }} untranslatedUnit
 * @property {{ documentId: string, name: string, position: string }} untranslatedOfficial
 * @property {string} mergedArticle
 * @property {string} retiredArticle
 * @property {string | undefined} firstMergedRelease
 */
/** Filled in by setUp, before any test runs. */
export const made = /** @type {Made} */ (/** @type {unknown} */ ({}));
/** @type {import('node:child_process').ChildProcess | undefined} */
let cms;
/** @type {string} */
let cmsUrl;
/** @type {Awaited<ReturnType<typeof clients>>} */
let cmsClients;
/** The setup's clients of the test CMS (clients() below), for tests that change content. */
export const clientsOfCms = () => cmsClients;

/** @returns {Promise<number>} */
export const freePort = () =>
  new Promise((resolve) => {
    const s = createServer().listen(0, () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (s.address());
      s.close(() => resolve(port));
    });
  });
// One retry: undici may reuse a keep-alive socket the server closed during the long build.
/** @param {string} path @param {RequestInit} [init] */
export const get = (path, init) => fetch(`${cmsUrl}${path}`, init).catch(() => fetch(`${cmsUrl}${path}`, init));
/**
 * A JSON route of the test CMS; throws on an error status. Callers say what they read of the answer.
 * @param {string} path
 * @param {RequestInit} [init]
 * @returns {Promise<unknown>}
 */
export const api = async (path, init) => {
  const r = await get(path, init);
  if (!r.ok) throw new Error(`${path}: ${r.status} ${await r.text()}`);
  return r.json();
};
export const cmsAddress = () => cmsUrl;
/**
 * Where the built search pages send their queries (the CMS's embedded engine, at the address the
 * CMS gives: localhost, not the 127.0.0.1 the tests use): the origin a server's CSP connect-src
 * must allow.
 */
export const searchHost = () => {
  const page = readFileSync(join(viewDir, 'phuong-7', 'tim-kiem', 'index.html'), 'utf8');
  const settings = page.match(/<script type="application\/json" data-settings>([^<]*)<\/script>/);
  if (!settings) throw new Error('The search page has no data-settings script');
  return JSON.parse(settings[1]).config.host;
};

/** Every file under a folder. @param {string} dir @returns {string[]} */
export const files = (dir) =>
  readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
/** A built file of a site as readers get it. @param {string} slug @param {string} path */
export const read = (slug, path) => readFileSync(join(viewDir, slug, path), 'utf8');

/** The attributes of a start tag's attribute text, e.g. ` id="x" lang="vi" hidden`. @param {string} text @returns {Record<string, string>} */
export const attributes = (text) =>
  Object.fromEntries([...text.matchAll(/([a-zA-Z:-]+)(?:="([^"]*)")?/g)].map(([, k, v]) => [k, decode(v ?? '')]));
/** The elements `tag` of a page (not nested in one another): attributes and inner HTML. @param {string} html @param {string} tag */
export const elements = (html, tag) =>
  [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>([\\s\\S]*?)</${tag}>`, 'g'))].map(([, attrs, inner]) => ({
    attrs: attributes(attrs),
    inner,
  }));
/** The start tags `tag` of a page (void elements like <img>, <meta>, <link>): their attributes. @param {string} html @param {string} tag */
export const startTags = (html, tag) => [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'g'))].map(([, attrs]) => attributes(attrs));
/** HTML text with its character references decoded, and tags dropped. @param {string} html */
export const text = (html) => decode(html.replace(/<[^>]+>/g, ''));
/** @param {string} s */
const decode = (s) =>
  s.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, /** @type {'amp' | 'lt' | 'gt' | 'quot' | '#39'} */ e) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]
  );

/**
 * Every published entry of a collection on a site, with the given fields.
 * @param {string} collection
 * @param {string} slug
 * @param {string[]} [fields]
 * @returns {Promise<unknown[]>} entries with the fields asked for: callers say which
 */
export const published = async (collection, slug, fields = ['slug']) => {
  /** @type {unknown[]} */
  const out = [];
  const qs = fields.map((f, i) => `fields[${i}]=${f}`).join('&');
  for (let page = 1, count = 1; page <= count; page++) {
    const r = /** @type {{ data: unknown[], meta: { pagination: { pageCount: number } } }} */ (
      await api(`/api/${collection}?filters[site][slug][$eq]=${slug}&${qs}&pagination[page]=${page}&pagination[pageSize]=100`)
    );
    out.push(...r.data);
    count = r.meta.pagination.pageCount;
  }
  return out;
};

/** The result file of the main build (`build-sites.mjs --result`): each site's release and Nghị định 42 check. */
export const buildResultFile = join(workDir, 'build-result.json');

/** The city portal built a second time, in three shares, from the same content (tests/site-build/shares.mjs). */
export const sharesDir = join(workDir, 'dist-shares');
/** The city portal and Phường 7 built by `astro build` instead of the renderer (tests/site-build/engines.mjs). */
export const astroDir = join(workDir, 'dist-astro');

/** @param {string[]} slugs @param {{ out?: string, args?: string[] }} [options] */
export const buildSites = (slugs, { out = distDir, args = [] } = {}) =>
  execFileSync(process.execPath, ['scripts/build-sites.mjs', ...slugs.flatMap((s) => ['--site', s]), ...args], {
    cwd: siteDir,
    env: { ...process.env, CMS_URL: cmsUrl, SITES_OUT_DIR: out, SITES_CACHE_DIR: cacheDir },
    stdio: 'inherit',
  });

const startCms = async () => {
  // Run on its own (`npm test --workspace site`), the CMS may not be compiled yet, or compiled from older sources.
  execFileSync(
    process.execPath,
    [
      '-e',
      "require('../scripts/lib/cms-build.cjs').compileCmsIfStale().then(() => process.exit(0), (e) => { console.error(e); process.exit(1); })",
    ],
    { cwd: cmsDir, stdio: 'inherit' }
  );
  const port = await freePort();
  cmsUrl = `http://127.0.0.1:${port}`;
  cms = spawn('npx', ['strapi', 'start'], {
    cwd: cmsDir,
    detached: true,
    stdio: 'ignore',
    env: {
      ...process.env,
      ENV_PATH: '/dev/null',
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: dbFile,
      PORT: String(port),
      HOST: '127.0.0.1',
      APP_KEYS: 'k1aaaaaaaaaaaaaaaaa,k2aaaaaaaaaaaaaaaaa',
      API_TOKEN_SALT: 'saltaaaaaaaaaaaaaaaa',
      ADMIN_JWT_SECRET: 'adminjwtaaaaaaaaaaaaa',
      TRANSFER_TOKEN_SALT: 'transferaaaaaaaaaaaa',
      JWT_SECRET: 'jwtsecretaaaaaaaaaaa',
      ENCRYPTION_KEY: 'encryptionaaaaaaaaaa',
      LOG_LEVEL: 'warn',
      SERVE_ADMIN_PANEL: 'false',
      // Never the developer's own settings: seed the demo data, and no first admin (the test registers one).
      SEED_DEMO_DATA: 'true',
      ADMIN_EMAIL: '',
      ADMIN_PASSWORD: '',
      CRON_ENABLED: 'false',
      NODE_ENV: 'development',
      // This test builds the sites itself, into a temp folder.
      REBUILD_WORKER: 'false',
      // The embedded search engine indexes the demo data as it is seeded, into its own temp file.
      SEARCH_EMBEDDED_FILE: join(workDir, 'search.db'),
    },
  });
  for (let i = 0; ; i++) {
    if (i > 300) throw new Error('CMS did not start');
    const ok = await fetch(`${cmsUrl}/_health`).then(
      (r) => r.ok,
      () => false
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
};

/**
 * A workflow action's name and its input, e.g. ['withdraw', { withdrawReason, note }].
 * @typedef {[string, object]} Action
 * What the content API answers for an entry it made or changed (as much of it as the tests read).
 * @typedef {{ data: { documentId: string } }} Saved
 */

/** Admin-API and content-API clients as the test's super admin. */
const clients = async () => {
  const admin = /** @type {{ data: { token: string } }} */ (
    await api('/admin/register-admin', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ firstname: 'Test', lastname: 'Admin', email: 'test@example.gov.vn', password: 'Test-password-123' }),
    })
  );
  const auth = { 'Content-Type': 'application/json', Authorization: `Bearer ${admin.data.token}` };
  const token = /** @type {{ data: { accessKey: string } }} */ (
    await api('/admin/api-tokens', {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ name: 'site-test', type: 'full-access', lifespan: null }),
    })
  );
  const rest = { 'Content-Type': 'application/json', Authorization: `Bearer ${token.data.accessKey}` };
  /** Workflow actions on an article, in order. @param {string} documentId @param {Action[]} actions */
  const act = async (documentId, actions) => {
    for (const [action, input] of actions) {
      await api(`/workflow/items/api::article.article/${documentId}/actions/${action}`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify(input),
      });
    }
  };
  /**
   * An article on a site, through the admin API as an editor would, then through the workflow's actions.
   * @param {string} siteId
   * @param {string} slug
   * @param {string} title
   * @param {Action[]} actions
   */
  const article = async (siteId, slug, title, actions) => {
    const created = /** @type {Saved} */ (
      await api('/content-manager/collection-types/api::article.article', {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({
          title,
          slug,
          form: 'tin',
          featured: false,
          site: { connect: [siteId] },
          byline: 'Kiểm thử',
          source: { kind: 'own-reporting' },
          body: [{ type: 'paragraph', children: [{ type: 'text', text: title }] }],
        }),
      })
    );
    await act(created.data.documentId, actions);
    return created.data.documentId;
  };
  // Sites and units: the content API with a full-access token (the admin's content manager reads `status` as Draft & Publish's).
  /** @param {string} method @param {string} path @param {object} data */
  const send = async (method, path, data) =>
    /** @type {Saved} */ (await api(path, { method, headers: rest, body: JSON.stringify({ data }) }));
  /**
   * A draft through the content API, then published through the workflow's actions; its documentId.
   * @param {string} collection
   * @param {string} uid
   * @param {object} data
   */
  const publish = async (collection, uid, data) => {
    const draft = await send('POST', `/api/${collection}?status=draft`, data);
    for (const action of ['submit', 'forward', 'approve']) {
      await api(`/workflow/items/${uid}/${draft.data.documentId}/actions/${action}`, { method: 'POST', headers: auth, body: '{}' });
    }
    return draft.data.documentId;
  };
  /**
   * Uploads a file to the media library; its id.
   * @param {string} name
   * @param {Buffer<ArrayBuffer>} bytes
   * @param {string} type
   * @returns {Promise<{ id: number, hash: string, ext: string }>}
   */
  const upload = async (name, bytes, type) => {
    const form = new FormData();
    form.append('files', new Blob([bytes], { type }), name);
    const [file] = /** @type {{ id: number, hash: string, ext: string }[]} */ (
      await api('/api/upload', { method: 'POST', headers: { Authorization: rest.Authorization }, body: form })
    );
    return file;
  };
  return { act, article, send, publish, upload, auth };
};

/** @type {Action[]} */
const APPROVE = [
  ['submit', {}],
  ['forward', {}],
  ['approve', {}],
];
/** @type {Action[]} */
const WITHDRAW = [['withdraw', { withdrawReason: 'published-in-error', note: 'Kiểm thử gỡ tin.' }]];
/** @param {string} slug */
const siteId = async (slug) =>
  /** @type {{ data: { documentId: string }[] }} */ (await api(`/api/sites?filters[slug][$eq]=${slug}&fields[0]=slug`)).data[0].documentId;

export const setUp = async () => {
  await startCms();
  cmsClients = await clients();
  const { act, article, send } = cmsClients;
  const pid = process.pid;
  const ward7 = await siteId('phuong-7');
  const city = await siteId('vung-tau');
  // A draft article must get no page; nor one approved and then withdrawn.
  made.draftSlug = `ban-nhap-kiem-thu-${pid}`;
  await article(ward7, made.draftSlug, 'Bản nháp kiểm thử', []);
  made.withdrawnSlug = `tin-da-go-kiem-thu-${pid}`;
  await article(ward7, made.withdrawnSlug, 'Tin đã gỡ kiểm thử', [...APPROVE, ...WITHDRAW]);
  // An English field left empty: the English page shows the Vietnamese, marked lang="vi".
  made.untranslatedUnit = /** @type {Made['untranslatedUnit'][]} */ (await published('units', 'xa-long-son', ['slug', 'name']))[0];
  await send('PUT', `/api/units/${made.untranslatedUnit.documentId}`, { nameEn: null, functionsEn: null });
  const officials = /** @type {(Made['untranslatedOfficial'] & { positionEn: string | null })[]} */ (
    await published('officials', 'xa-long-son', ['name', 'position', 'positionEn'])
  );
  made.untranslatedOfficial = /** @type {Made['untranslatedOfficial']} */ (officials.find((o) => o.positionEn));
  await send('PUT', `/api/officials/${made.untranslatedOfficial.documentId}`, { positionEn: null, bioEn: null });
  // A ward that will be merged (with an article the reader may have bookmarked), and a retired one.
  const merged = await send('POST', '/api/sites', {
    name: 'Trang thông tin điện tử Phường 6',
    shortName: 'Phường 6',
    slug: MERGED,
    kind: 'ward',
    parent: city,
  });
  made.mergedArticle = `tin-phuong-6-kiem-thu-${pid}`;
  const mergedArticle = await article(merged.data.documentId, made.mergedArticle, 'Tin Phường 6 kiểm thử', APPROVE);
  const retired = await send('POST', '/api/sites', {
    name: 'Trang thông tin điện tử Phường Cũ',
    shortName: 'Phường Cũ',
    slug: RETIRED,
    kind: 'ward',
    parent: city,
    status: 'retired',
    statusChangedOn: CLOSED_ON,
  });
  made.retiredArticle = `tin-phuong-cu-kiem-thu-${pid}`;
  await article(retired.data.documentId, made.retiredArticle, 'Tin Phường Cũ kiểm thử', APPROVE);

  // A draft for public comment whose window is open whatever the day the suite runs (participation.mjs).
  const now = Date.now();
  made.openDraft = `du-thao-lay-y-kien-kiem-thu-${pid}`;
  await cmsClients.publish('legal-documents', 'api::legal-document.legal-document', {
    number: `DT-${pid}/UBND`,
    slug: made.openDraft,
    kind: 'draft-for-comment',
    type: 'quyet-dinh',
    issuer: 'UBND thành phố Vũng Tàu',
    issuedDate: new Date(now).toISOString().slice(0, 10),
    summary: 'Dự thảo quy định kiểm thử để lấy ý kiến nhân dân.',
    site: city,
    commentWindow: {
      opensAt: new Date(now - 24 * 3600_000).toISOString(),
      closesAt: new Date(now + 30 * 24 * 3600_000).toISOString(),
      receivingAgency: 'Văn phòng UBND thành phố',
      address: '89 Lý Thường Kiệt, Vũng Tàu',
      email: 'vanphong@vungtau.test',
    },
  });

  buildSites([...SITES, MERGED, RETIRED], { args: ['--result', buildResultFile] });
  buildSites(['vung-tau'], { out: sharesDir, args: ['--shards', '3'] });
  buildSites(['vung-tau', 'phuong-7'], { out: astroDir, args: ['--engine', 'astro'] });
  // After its first release, Phường 6 is merged into Phường 7 and its article withdrawn: that
  // address now lives only in the old release's manifest, and must still redirect.
  made.firstMergedRelease = readdirSync(join(distDir, MERGED, 'releases')).find((n) => !n.startsWith('.'));
  await act(mergedArticle, WITHDRAW);
  await send('PUT', `/api/sites/${merged.data.documentId}`, { status: 'merged', mergedInto: ward7, statusChangedOn: CLOSED_ON });
  buildSites([MERGED]);

  mkdirSync(viewDir);
  for (const slug of [...SITES, MERGED, RETIRED]) symlinkSync(join(distDir, slug, 'live'), join(viewDir, slug));
};

export const tearDown = () => {
  if (cms?.pid) process.kill(-cms.pid, 'SIGTERM');
  rmSync(dbFile, { force: true });
  rmSync(workDir, { recursive: true, force: true });
};
