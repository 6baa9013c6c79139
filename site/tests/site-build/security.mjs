// @ts-check
// The built pages work under the sites' Content-Security-Policy (site/deploy/security-headers.json,
// sent by nginx and by npm start's server): nothing inline that the policy refuses, in any page of
// any site; and in real Chromium, the pages and the search run without a single CSP violation.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { distDir, files, freePort, get, MERGED, searchHost, SITES, viewDir } from './fixture.mjs';

/** Script types a browser does not run, so the policy does not apply to them (data blocks). */
const DATA_SCRIPT = /^(?:application\/(?:ld\+)?json)$/;

test('security: no built page has an inline style, style attribute, event handler or inline script that the CSP would refuse', () => {
  const found = [];
  for (const slug of [...SITES, MERGED]) {
    for (const file of files(`${viewDir}/${slug}/`).filter((f) => f.endsWith('.html'))) {
      const html = readFileSync(file, 'utf8');
      const where = relative(viewDir, file);
      if (/<style[\s>]/i.test(html)) found.push(`${where}: <style>`);
      if (/<[a-z][^>]*\sstyle=/i.test(html)) found.push(`${where}: a style attribute`);
      if (/<[a-z][^>]*\son[a-z]+=/i.test(html)) found.push(`${where}: an event handler attribute`);
      if (/href="javascript:/i.test(html)) found.push(`${where}: a javascript: link`);
      for (const [, attrs] of html.matchAll(/<script\b([^>]*)>/gi)) {
        const type = attrs.match(/\stype="([^"]*)"/)?.[1];
        if (!/\ssrc=/.test(attrs) && !(type && DATA_SCRIPT.test(type))) found.push(`${where}: an inline script <script${attrs}>`);
      }
    }
  }
  assert.deepEqual(found.slice(0, 20), []);
});

test('security: pages and the search work in Chromium under the security headers, with no CSP violation', async (t) => {
  const { chromium } = await import('playwright-core');
  const { serveSites } = await import('../../../scripts/lib/serve-sites.mjs');
  const { securityHeaders } = await import('../../../scripts/lib/security-headers.mjs');
  const port = await freePort();
  const { server } = await serveSites(distDir, port, { connectSrc: [searchHost()] });
  t.after(() => server.close());
  const base = `http://127.0.0.1:${port}`;
  const expected = securityHeaders({ connectSrc: [searchHost()] });
  const article = (await (await get(`/api/articles?filters[site][slug][$eq]=phuong-7&fields[0]=slug&pagination[pageSize]=1`)).json())
    .data[0].slug;
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
  /** @type {string[]} */
  const violations = [];
  /** @type {string[]} */
  const missingHeaders = [];
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    // Listened from an init script (injected by the browser, not subject to the page's policy).
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => {
        console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
      });
    });
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy|CSP violation/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
    });
    page.on('response', (res) => {
      if (!res.url().startsWith(base)) return;
      for (const [name, value] of Object.entries(expected)) {
        if (res.headers()[name.toLowerCase()] !== value) missingHeaders.push(`${res.url()}: ${name}`);
      }
    });
    for (const path of [
      '/vung-tau/',
      '/phuong-7/',
      `/phuong-7/tin/${article}/`,
      '/phuong-7/chuyen-muc/tin-tuc-su-kien/',
      '/vung-tau/van-ban/',
      '/vung-tau/gioi-thieu/',
      '/xa-long-son/en/',
      '/phuong-7/khong-co-trang-nay/',
    ]) {
      await page.goto(`${base}${path}`, { waitUntil: 'load' });
      assert.ok((await page.title()).length > 0, path);
    }
    // The search island: its script loads from the site and queries the CMS's search API.
    // A search that finds nothing in time says which violations stopped it.
    const hits = () => page.waitForSelector('search-page .hit').catch((error) => assert.fail(`${error.message}\n${violations.join('\n')}`));
    await page.goto(`${base}/phuong-7/tim-kiem/?q=do+thi+van+minh`);
    await hits();
    assert.match((await page.textContent('search-page .search-status')) ?? '', /^Có \d+ kết quả/);
    await page.goto(`${base}/vung-tau/tim-kiem/?q=le+hoi`);
    await hits();
    // A merged site's old address: 301 to its successor, as production's nginx answers.
    const moved = await page.goto(`${base}/${MERGED}/gioi-thieu/`);
    assert.ok(moved, 'the old address answers');
    assert.equal(new URL(moved.url()).pathname, '/phuong-7/gioi-thieu/');
    assert.equal((await moved.request().redirectedFrom()?.response())?.status(), 301);
  } finally {
    await browser.close();
  }
  assert.deepEqual(violations, []);
  assert.deepEqual([...new Set(missingHeaders)].slice(0, 20), []);
});
