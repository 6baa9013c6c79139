// @ts-check
// WCAG 2.1 AA on one page of every type, at a cheap phone's width and a desktop's, in real
// Chromium (Debian's package; .ci/run installs it) with axe-core, and no sideways scrolling.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { api, distDir, freePort, made, MERGED, searchHost, viewDir } from './fixture.mjs';

/**
 * The slug of one published entry of a site matching a filter (`filters[form][$eq]=phong-su-anh`).
 * @param {string} collection
 * @param {string} site
 * @param {string} filter
 */
const one = async (collection, site, filter) =>
  /** @type {{ data: { slug: string }[] }} */ (
    await api(`/api/${collection}?filters[site][slug][$eq]=${site}&${filter}&fields[0]=slug&pagination[pageSize]=1`)
  ).data[0].slug;

test('every page type has no WCAG 2.1 AA violation under axe-core in Chromium, and no sideways scrolling, at 360 and 1280 px', async (t) => {
  const { chromium } = await import('playwright-core');
  const { serveSites } = await import('../../../scripts/lib/serve-sites.mjs');
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const port = await freePort();
  const { server } = await serveSites(distDir, port, { connectSrc: [searchHost()] });
  // Closed however the test ends (a browser that fails to start would leave it holding the run open).
  t.after(() => server.close());
  const origin = `http://127.0.0.1:${port}`;
  const firstArticle = readdirSync(join(viewDir, 'phuong-7', 'tin'))[0];
  const pages = [
    '/vung-tau/',
    `/phuong-7/tin/${firstArticle}/`,
    `/vung-tau/tin/${await one('articles', 'vung-tau', 'filters[form][$eq]=phong-su-anh')}/`,
    '/phuong-7/chuyen-muc/tin-tuc-su-kien/',
    // A category of kind documents: its documents as a table.
    '/xa-long-son/chuyen-muc/chien-luoc-quy-hoach-ke-hoach/',
    '/vung-tau/van-ban/',
    '/vung-tau/van-ban/trang/2/',
    '/vung-tau/van-ban/co-quan/ubnd-thanh-pho-vung-tau/',
    `/vung-tau/van-ban/${await one('legal-documents', 'vung-tau', 'filters[kind][$eq]=normative')}/`,
    `/vung-tau/van-ban/${await one('legal-documents', 'vung-tau', 'filters[kind][$eq]=draft-for-comment')}/`,
    // A draft taking comments: the comment form and the published comments.
    `/vung-tau/van-ban/${made.openDraft}/`,
    '/vung-tau/gop-y/da-gui/',
    '/vung-tau/hoi-dap/',
    `/vung-tau/hoi-dap/${await one('questions', 'vung-tau', 'sort[0]=id:asc')}/`,
    '/vung-tau/hoi-dap/gui-cau-hoi/',
    '/vung-tau/hoi-dap/tra-cuu/',
    // The work schedule: this week with today marked, and another week's page.
    '/vung-tau/lich-cong-tac/',
    `/phuong-7/lich-cong-tac/${readdirSync(join(viewDir, 'phuong-7', 'lich-cong-tac')).find((f) => /tuan/.test(f))}/`,
    '/vung-tau/thong-ke/',
    '/vung-tau/thong-ke/dan-so-trung-binh-theo-phuong-xa/',
    '/vung-tau/thong-ke/luot-khach-du-lich-theo-thang/',
    '/phuong-7/dich-vu-cong/',
    '/vung-tau/du-an/',
    '/vung-tau/du-an/tinh-trang/dang-thuc-hien/',
    `/vung-tau/du-an/${await one('projects', 'vung-tau', 'filters[slug][$eq]=mo-rong-duong-30-thang-4')}/`,
    '/vung-tau/du-an/dau-thau/',
    `/vung-tau/du-an/dau-thau/${await one('procurement-notices', 'vung-tau', 'filters[slug][$eq]=xay-lap-doan-2-duong-30-thang-4')}/`,
    '/vung-tau/gioi-thieu/',
    '/vung-tau/co-cau-to-chuc/',
    '/phuong-7/lien-he/',
    '/xa-long-son/lien-he/',
    '/vung-tau/en/',
    '/phuong-7/en/organisation/',
    '/xa-long-son/en/contact/',
    '/phuong-7/khong-co-trang-nay/',
    `/${MERGED}/gioi-thieu/`,
  ];
  const browser = await chromium.launch({
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
  const violations = [];
  try {
    for (const width of [360, 1280]) {
      for (const path of pages) {
        const page = await browser.newPage({ viewport: { width, height: 900 } });
        // A redirect page refreshes to its target at once: answer that navigation with 204 No
        // Content, so the browser stays on the page axe is to check, and note where it went.
        const redirected = new Promise((resolve) => {
          page.route('**/*', (route) => {
            const request = route.request();
            if (request.isNavigationRequest() && new URL(request.url()).pathname !== path) {
              resolve(new URL(request.url()).pathname);
              return route.fulfill({ status: 204 });
            }
            return route.continue();
          });
        });
        // The server answers a merged site's old addresses with 301, as production's nginx does;
        // the release's HTML redirect page (what a plain static host serves) is checked from its file.
        if (path.startsWith(`/${MERGED}/`)) {
          await page.route(`${origin}${path}`, (route) =>
            route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: readFileSync(join(viewDir, path, 'index.html')) })
          );
        }
        await page.goto(`${origin}${path}`);
        if (path.startsWith(`/${MERGED}/`)) assert.equal(await redirected, '/phuong-7/gioi-thieu/', 'the browser follows the redirect');
        // Evaluated, not added as a <script>: the pages' Content-Security-Policy refuses inline scripts.
        await page.evaluate(axeSource);
        const found = await page.evaluate(async () =>
          (
            await /** @type {{ axe: typeof import('axe-core') }} */ (/** @type {unknown} */ (window)).axe.run(document, {
              runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'],
            })
          ).violations.map((v) => `${v.id} (${v.nodes.length}) ${v.nodes[0].target.join(' ')}`)
        );
        violations.push(...found.map((v) => `${width}px ${path}: ${v}`));
        // WCAG 2.1 1.4.10 (reflow), which axe does not check: nothing wider than a 360 px phone.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        if (overflow > 0) violations.push(`${width}px ${path}: the page is ${overflow} px wider than the screen`);
        await page.close();
      }
    }
  } finally {
    await browser.close();
  }
  assert.deepEqual(violations, []);
});
