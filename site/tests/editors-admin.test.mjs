// @ts-check
// The editors' admin in real Chromium, as Phường 7's staff use it: the contributor writes an
// article and submits it, the editor edits and forwards it, the approver approves and publishes it,
// all through the admin's screens (not the API). Every screen it passes, and every drop-down it
// opens, must read Vietnamese: no English from Strapi's chrome, no stored enumeration code.
// Its own file (run alone, `--test-concurrency=1`): it builds the admin panel into cms/dist,
// which nothing else may boot from meanwhile, and serves it from its own CMS.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const cmsDir = fileURLToPath(new URL('../../cms', import.meta.url));
const workDir = mkdtempSync(join(tmpdir(), 'editors-admin-'));
const PASSWORD = 'Demo-staff-password-26';
const STAFF = {
  contributor: 'ctv.phuong7@vungtau.local',
  editor: 'bientap.phuong7@vungtau.local',
  approver: 'duyet.phuong7@vungtau.local',
};

/**
 * English the admin showed editors before it was translated (issue 26), and other words of
 * Strapi's chrome on the screens of this walk. Matched as whole words, case-sensitive.
 */
const ENGLISH = [
  'Content Manager',
  'Create an entry',
  'Create new entry',
  'entries found',
  'entry found',
  'Add or create a relation',
  'No entry yet',
  'Click to add one',
  'max.',
  'characters',
  'Discard changes',
  'Draft',
  'Published',
  'Modified',
  'Edit a relation',
  'Load More',
  'Introducing the new Media Library',
  'Media Library',
  'Guided tour',
  'Welcome',
  'Log in',
  'Password',
  'Email',
  'Remember me',
  'Forgot your password',
  'Save',
  'Publish',
  'Unpublish',
  'Status',
  'Entry',
  'More actions',
  'More document actions',
  'Created',
  'Updated',
  'Last edited entries',
  'Last published entries',
  'Collection Types',
  'Single Types',
  'Available',
  'Unavailable',
  'Regenerate',
  'Untitled',
  'Loading',
  'Filters',
  'Search',
  'Settings',
  'Profile',
  'Log out',
  'Home',
  'Cancel',
  'Confirm',
  'Edit the model',
  'Configure the view',
  'Document status',
  'Set up preview',
  'Read blog post',
  "What's new",
  'Expand',
  'Collapse',
  'Choose',
  'Add',
  'Edit',
  'Delete',
  'Close',
  'Open',
  'Back',
  // Words no Vietnamese sentence has: what is left of an untranslated English one.
  'the',
  'and',
  'your',
  'with',
  'press',
  'Upgrade',
  'Marketplace',
];

/**
 * The stored codes of the enumerations an editor can meet, from the schemas. Codes that are also
 * Vietnamese syllables written without marks ("tin", "anh", "bai") or acronyms ("oda") are left
 * out: they would match ordinary words.
 * @returns {string[]}
 */
const enumCodes = () => {
  const codes = new Set();
  /** @param {string} file */
  const collect = (file) => {
    const schema = JSON.parse(readFileSync(file, 'utf8'));
    if (schema.pluginOptions?.['content-manager']?.visible === false) return;
    for (const attribute of Object.values(schema.attributes))
      if (attribute.type === 'enumeration') for (const value of attribute.enum) codes.add(value);
  };
  const api = join(cmsDir, 'src', 'api');
  for (const name of readdirSync(api)) {
    const types = join(api, name, 'content-types');
    for (const type of readdirSync(types, { withFileTypes: true }).filter((d) => d.isDirectory()))
      collect(join(types, type.name, 'schema.json'));
  }
  const components = join(cmsDir, 'src', 'components');
  for (const category of readdirSync(components))
    for (const file of readdirSync(join(components, category))) collect(join(components, category, file));
  collect(join(cmsDir, 'src', 'plugins', 'workflow', 'server', 'content-types', 'membership', 'schema.json'));
  return [...codes].filter((code) => code.includes('-') || !/^(tin|bai|anh|khac|oda|ppp|bar|line|none)$/.test(code));
};

/** @param {string} word */
const escape = (word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// A code stands alone: not inside a longer word or slug (tin-ngan-moi is a slug, not the code).
const CODES = enumCodes();
const CODE_PATTERN = new RegExp(`(?<![\\p{L}\\p{N}_-])(${CODES.map(escape).join('|')})(?![\\p{L}\\p{N}_-])`, 'u');
const ENGLISH_PATTERN = new RegExp(`(?<![\\p{L}])(${ENGLISH.map(escape).join('|')})(?![\\p{L}])`, 'u');

/** @returns {Promise<number>} */
const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });

/** @type {import('node:child_process').ChildProcess | undefined} */
let cms;
let origin = '';
/** @type {import('playwright-core').Browser | undefined} */
let browser;
const started = Date.now();
/** @type {Record<string, number>} */
const timings = {};

before(async () => {
  const { buildCmsIfStale } = require('../../scripts/lib/cms-build.cjs');
  await buildCmsIfStale();
  timings.build = Date.now() - started;
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  cms = spawn('npx', ['strapi', 'start'], {
    cwd: cmsDir,
    detached: true,
    stdio: 'ignore',
    env: {
      ...process.env,
      ENV_PATH: '/dev/null',
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: join(workDir, 'cms.db'),
      PORT: String(port),
      HOST: '127.0.0.1',
      APP_KEYS: 'k1aaaaaaaaaaaaaaaaa,k2aaaaaaaaaaaaaaaaa',
      API_TOKEN_SALT: 'saltaaaaaaaaaaaaaaaa',
      ADMIN_JWT_SECRET: 'adminjwtaaaaaaaaaaaaa',
      TRANSFER_TOKEN_SALT: 'transferaaaaaaaaaaaa',
      JWT_SECRET: 'jwtsecretaaaaaaaaaaa',
      ENCRYPTION_KEY: 'encryptionaaaaaaaaaa',
      LOG_LEVEL: 'warn',
      SERVE_ADMIN_PANEL: 'true',
      SEED_DEMO_DATA: 'true',
      DEMO_STAFF_PASSWORD: PASSWORD,
      ADMIN_EMAIL: '',
      ADMIN_PASSWORD: '',
      CRON_ENABLED: 'false',
      NODE_ENV: 'development',
      REBUILD_WORKER: 'false',
      SEARCH_EMBEDDED_FILE: join(workDir, 'search.db'),
    },
  });
  for (let i = 0; ; i++) {
    if (i > 300) throw new Error('The CMS did not start');
    const ok = await fetch(`${origin}/_health`).then(
      (r) => r.ok,
      () => false
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 1000));
  }
  timings.boot = Date.now() - started - timings.build;
  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
});

after(async () => {
  await browser?.close();
  if (cms?.pid) {
    try {
      process.kill(-cms.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
  rmSync(workDir, { recursive: true, force: true });
  console.log(
    `editors-admin: admin build ${Math.round((timings.build ?? 0) / 1000)} s, CMS boot ${Math.round((timings.boot ?? 0) / 1000)} s, total ${Math.round((Date.now() - started) / 1000)} s`
  );
});

/**
 * Fails when the page (with any open drop-down, which Strapi renders into the body) shows English
 * from the list or a stored enumeration code.
 * @param {import('playwright-core').Page} page
 * @param {string} where
 */
const assertVietnamese = async (page, where) => {
  // While a screen or a picker loads, Strapi's spinners carry hard-coded English for screen readers
  // ("Loading content.", "Loading"): read the screen once it has settled, i.e. once its text stays
  // clean or 10 s have passed.
  await page.waitForLoadState('networkidle').catch(() => {});
  let text = '';
  for (const deadline = Date.now() + 10_000; ; ) {
    text = await page.evaluate(() => document.body.innerText);
    if ((!ENGLISH_PATTERN.test(text) && !CODE_PATTERN.test(text)) || Date.now() > deadline) break;
    await page.waitForTimeout(250);
  }
  const english = text.match(ENGLISH_PATTERN);
  assert.ok(!english, `${where}: English "${english?.[1]}" in\n${english ? context(text, english.index ?? 0) : ''}`);
  const code = text.match(CODE_PATTERN);
  assert.ok(!code, `${where}: the stored code "${code?.[1]}" in\n${code ? context(text, code.index ?? 0) : ''}`);
};

/** @param {string} text @param {number} at */
const context = (text, at) => text.slice(Math.max(0, at - 120), at + 120);

/**
 * Opens a drop-down by its label, checks its options read Vietnamese, and picks one (the `nth`
 * of those with that name: relation pickers may list several entries under one name).
 * @param {import('playwright-core').Page} page
 * @param {string | RegExp} label
 * @param {string | RegExp} option
 * @param {number} [nth]
 */
const choose = async (page, label, option, nth = 0) => {
  await page.getByRole('combobox', { name: label }).click();
  const listbox = page.getByRole('listbox');
  await listbox.waitFor();
  await listbox.getByRole('option').first().waitFor();
  await assertVietnamese(page, `the drop-down "${label}"`);
  await listbox.getByRole('option', { name: option, exact: true }).nth(nth).click();
};

/**
 * Picks Phường 7's category by its name, after checking that the picker offers Phường 7's
 * categories only (pickers are scoped to the item's site: a ward's sections share their names with
 * every other ward's, so an unscoped list made contributors pick another site's).
 * @param {import('playwright-core').Page} page
 * @param {string} name
 */
const chooseCategory = async (page, name) => {
  const own = /** @type {{ data: { documentId: string, name: string }[] }} */ (
    await (await fetch(`${origin}/api/categories?filters[site][slug][$eq]=phuong-7&fields[0]=name&pagination[pageSize]=100`)).json()
  ).data;
  // The picker lists ten at a time by name: typing searches, as an editor would.
  const answer = page.waitForResponse(
    (r) => r.url().includes('/content-manager/relations/api::article.article/categories') && r.url().includes('_q=')
  );
  await page.getByRole('combobox', { name: /^Chuyên mục/ }).click();
  await page.keyboard.type(name);
  const { results } = /** @type {{ results: { documentId: string, name: string }[] }} */ (await (await answer).json());
  const listbox = page.getByRole('listbox');
  await listbox.getByRole('option').first().waitFor();
  await assertVietnamese(page, 'the drop-down "Chuyên mục"');
  const ownIds = new Set(own.map((category) => category.documentId));
  assert.deepEqual(
    results.filter((category) => !ownIds.has(category.documentId)).map((category) => category.name),
    [],
    "the category picker offers only Phường 7's categories"
  );
  assert.equal(results.filter((category) => category.name === name).length, 1, `the picker offers one "${name}"`);
  await listbox.getByRole('option', { name, exact: true }).click();
};

/**
 * A fresh browser session signed in as one of the demo staff; the login page is checked first.
 * @param {string} email
 */
const signIn = async (email) => {
  assert.ok(browser);
  const context = await browser.newContext({ viewport: { width: 1440, height: 1000 }, locale: 'en-US' });
  const page = await context.newPage();
  current = page;
  await page.goto(`${origin}/admin/auth/login`);
  await page.locator('input[name="email"]').waitFor();
  // Vietnamese before anyone signs in, though the browser asks for English.
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'vi');
  await assertVietnamese(page, 'the login page');
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((url) => !url.pathname.includes('/auth/'));
  await assertVietnamese(page, `the home page of ${email}`);
  // Strapi's nags stay off, in any language: the media library's banner and the guided tour.
  const home = await page.evaluate(() => document.body.innerText);
  for (const nag of ['Thư viện tệp mới', 'Khám phá ứng dụng', 'Hướng dẫn sử dụng'])
    assert.ok(!home.includes(nag), `the home page of ${email} shows "${nag}"`);
  return { context, page };
};

const ARTICLES = '/admin/content-manager/collection-types/api::article.article';

/**
 * Runs a workflow action from the edit view's panel and confirms it in its dialog.
 * @param {import('playwright-core').Page} page
 * @param {string} action its Vietnamese label
 */
const runAction = async (page, action) => {
  await page.getByRole('button', { name: action, exact: true }).first().click();
  const dialog = page.getByRole('alertdialog').or(page.getByRole('dialog'));
  await dialog.waitFor();
  await assertVietnamese(page, `the dialog "${action}"`);
  await dialog.getByRole('button', { name: action, exact: true }).click();
  // A refusal stays in the dialog: say what it says.
  await dialog.waitFor({ state: 'detached', timeout: 20_000 }).catch(async () => {
    assert.fail(`"${action}" was not done: ${await dialog.innerText()}`);
  });
};

/**
 * Opens an article from the list by its title, checking the list on the way.
 * @param {import('playwright-core').Page} page
 * @param {string} title
 */
const openArticle = async (page, title) => {
  await page.goto(`${origin}${ARTICLES}`);
  await page.getByRole('row').nth(1).waitFor();
  await assertVietnamese(page, 'the articles list');
  await page.getByRole('gridcell', { name: title }).first().click();
  await page.locator('input[name="title"]').waitFor();
  await assertVietnamese(page, `the edit view of "${title}"`);
};

/** The page the walk is on, for a screenshot when it fails. @type {import('playwright-core').Page | undefined} */
let current;

test('editors: contributor → editor → approver publish an article through an admin that reads Vietnamese, with no raw codes', async (t) => {
  try {
    await walk();
  } catch (error) {
    const shot = join(tmpdir(), `editors-admin-failure-${process.pid}.png`);
    await current?.screenshot({ path: shot, fullPage: true }).then(
      () => t.diagnostic(`Screenshot of the failing screen: ${shot}`),
      () => {}
    );
    throw error;
  }
});

const walk = async () => {
  const title = `Phường 7 ra quân dọn vệ sinh bãi biển ${process.pid}`;
  const edited = `${title} sáng Chủ nhật`;

  // The contributor writes the article and submits it.
  {
    const { context, page } = await signIn(STAFF.contributor);
    // A list with an enumeration column (a category's kind): its cells show names, not codes.
    await page.goto(`${origin}/admin/content-manager/collection-types/api::category.category`);
    await page.getByRole('row').nth(1).waitFor();
    await assertVietnamese(page, 'the categories list');
    await page.goto(`${origin}${ARTICLES}`);
    await assertVietnamese(page, 'the contributor’s articles list');
    await page
      .getByRole('link', { name: /Tạo mục mới/ })
      .first()
      .click();
    await page.locator('input[name="title"]').waitFor();
    await assertVietnamese(page, 'a new article');
    await page.locator('input[name="title"]').fill(title);
    await page.locator('[role="textbox"][contenteditable="true"]').first().click();
    await page.keyboard.type('Sáng nay, hơn 200 đoàn viên, thanh niên Phường 7 đã ra quân dọn rác dọc bãi biển.');
    await choose(page, /^Thể loại/, 'Tin');
    // Own reporting needs its author before approval.
    await page.locator('input[name="byline"]').fill('Lê Thị Hoa');
    // Pre-filled from the contributor's only membership.
    await page
      .getByText(/Phường 7$/)
      .first()
      .waitFor();
    await chooseCategory(page, 'Tin tức, sự kiện');
    // The source is a component: added with its button, then its kind chosen by name.
    if (!(await page.getByRole('combobox', { name: /^Loại nguồn/ }).count()))
      await page
        .getByText(/^Nguồn tin/)
        .first()
        .locator('xpath=following::button[1]')
        .click();
    await choose(page, /^Loại nguồn/, 'Tự viết');
    await assertVietnamese(page, 'the filled-in article');
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.waitForURL((url) => !url.pathname.endsWith('/create'));
    await page.getByRole('button', { name: 'Gửi biên tập', exact: true }).waitFor();
    await assertVietnamese(page, 'the saved article');
    await runAction(page, 'Gửi biên tập');
    await page.getByText('Chờ biên tập').first().waitFor();
    await assertVietnamese(page, 'the submitted article');
    await context.close();
  }

  // The editor edits it and forwards it for approval.
  {
    const { context, page } = await signIn(STAFF.editor);
    await openArticle(page, title);
    await page.locator('input[name="title"]').fill(edited);
    await page.getByRole('button', { name: 'Lưu', exact: true }).click();
    await page.getByRole('button', { name: 'Chuyển duyệt', exact: true }).and(page.locator(':not([disabled])')).waitFor();
    await assertVietnamese(page, 'the edited article');
    await runAction(page, 'Chuyển duyệt');
    await page.getByText('Chờ duyệt').first().waitFor();
    await context.close();
  }

  // The approver approves and publishes it.
  {
    const { context, page } = await signIn(STAFF.approver);
    await openArticle(page, edited);
    // Before approving, the page readers will get: the site's own page of the draft, under its banner.
    await page
      .getByRole('button', { name: 'Mở bản xem trước' })
      .or(page.getByRole('link', { name: 'Mở bản xem trước' }))
      .first()
      .click();
    const preview = page.frameLocator('iframe').first();
    await preview.getByText('Bản xem trước – chưa đăng').first().waitFor({ timeout: 120_000 });
    await preview.getByRole('heading', { level: 1, name: edited }).waitFor();
    await assertVietnamese(page, 'the preview');
    await page.goBack();
    await page.locator('input[name="title"]').waitFor();
    await runAction(page, 'Duyệt và đăng');
    await page.getByText('Đã đăng').first().waitFor();
    await assertVietnamese(page, 'the published article');
    await context.close();
  }
};
