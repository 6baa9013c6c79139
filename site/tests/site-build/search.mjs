// @ts-check
// The search page (issue 6): found, filtered and paged with the keyboard, and without JavaScript.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { api, clientsOfCms, distDir, freePort, get, searchHost, viewDir } from './fixture.mjs';

/** Waits until the CMS's embedded engine has indexed the demo data (its sync loop runs as the seed publishes). */
const searchReady = async () => {
  for (let i = 0; i < 60; i++) {
    const res = await get('/api/search/indexes/articles/search', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ q: '', hitsPerPage: 1 }),
    });
    if (res.ok && /** @type {{ totalHits: number }} */ (await res.json()).totalHits > 250) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error('the demo data was not indexed');
};

test('search: the search page finds, filters and pages with the keyboard, and says so when nothing is found', async (t) => {
  await searchReady();
  const { chromium } = await import('playwright-core');
  const { serveSites } = await import('../../../scripts/lib/serve-sites.mjs');
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  const port = await freePort();
  const { server } = await serveSites(distDir, port, { connectSrc: [searchHost()] });
  // Closed however the test ends (a browser that fails to start would leave it holding the run open).
  t.after(() => server.close());
  const base = `http://127.0.0.1:${port}`;
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
  /** @param {import('playwright-core').Page} page */
  const axe = async (page) => {
    // Evaluated, not added as a <script>: the pages' Content-Security-Policy refuses inline scripts.
    await page.evaluate(axeSource);
    return page.evaluate(async () =>
      (
        await /** @type {{ axe: typeof import('axe-core') }} */ (/** @type {unknown} */ (window)).axe.run(document, {
          runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'],
        })
      ).violations.map((v) => `${v.id} ${v.nodes[0].target.join(' ')}`)
    );
  };
  try {
    // A shared link: the query in the address, words without diacritics, the ward searching itself.
    const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
    await page.goto(`${base}/phuong-7/tim-kiem/?q=do+thi+van+minh`);
    await page.waitForSelector('search-page .hit');
    assert.match((await page.textContent('search-page .search-status')) ?? '', /^Có \d+ kết quả cho “do thi van minh”\.$/);
    const links = await page.$$eval('search-page .hit h3 a', (as) => as.map((a) => a.getAttribute('href') ?? ''));
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
    const total = Number(((await page.textContent('search-page .search-status')) ?? '').match(/\d+/)?.[0]);
    await page.focus('search-page .facet input[name="categories"]');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => new URL(location.href).searchParams.has('chuyen-muc'));
    await page.waitForFunction(() => !document.querySelector('search-page')?.hasAttribute('aria-busy'));
    const narrowed = Number(((await page.textContent('search-page .search-status')) ?? '').match(/\d+/)?.[0]);
    assert.ok(narrowed > 0 && narrowed <= total, `${narrowed} of ${total}`);
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('name')), 'categories', 'focus stays on the filter');
    assert.deepEqual(await axe(page), [], 'axe with a filter at 1280 px');

    // Back to the documents of the city portal, which searches every site: a number, whole.
    await page.goto(`${base}/vung-tau/tim-kiem/?q=8083%2FQĐ-UBND&muc=van-ban`);
    await page.waitForSelector('search-page .hit');
    assert.equal(await page.getAttribute('search-page .tabs [aria-pressed="true"]', 'data-tab'), 'legalDocuments');
    assert.match((await page.textContent('search-page .hit h3')) ?? '', /8083\/QĐ-UBND/);
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
    assert.match((await page.textContent('search-page .no-results')) ?? '', /Không tìm thấy kết quả nào cho “xyzzyqq”/);
    assert.ok((await page.$$('search-page .no-results .browse-list a')).length > 0);
    await page.close();

    // Without JavaScript the page still leads somewhere: the categories and the register.
    const plain = await browser.newPage({ javaScriptEnabled: false });
    await plain.goto(`${base}/phuong-7/tim-kiem/?q=vung+tau`);
    assert.match((await plain.textContent('main')) ?? '', /tắt JavaScript/);
    assert.ok((await plain.$$('[data-fallback] a')).length > 3);
    await plain.close();
  } finally {
    await browser.close();
  }
});

/**
 * A question on a site, answered and published through the workflow (as cms/tests/harness/questions.ts
 * publishQuestion does); its slug.
 * @param {string} site the site's slug
 * @param {Record<string, unknown>} data
 */
const publishQuestion = async (site, data) => {
  const { auth } = clientsOfCms();
  const [{ documentId: siteId }] = /** @type {{ data: { documentId: string }[] }} */ (
    await api(`/api/sites?filters[slug][$eq]=${site}&fields[0]=slug`)
  ).data;
  const uid = '/content-manager/collection-types/api::question.question';
  const created = /** @type {{ data: { documentId: string, slug: string } }} */ (
    await api(uid, { method: 'POST', headers: auth, body: JSON.stringify({ ...data, site: { connect: [siteId] } }) })
  );
  // Published the only way there is: through the workflow, as the super admin.
  for (const action of ['submit', 'forward', 'approve'])
    await api(`/workflow/items/api::question.question/${created.data.documentId}/actions/${action}`, {
      method: 'POST',
      headers: auth,
      body: '{}',
    });
  return created.data.slug;
};

test('search: questions are a third kind of result, with their field and date, linking to their page under hoi-dap', async (t) => {
  const word = `kiemthu${process.pid}`;
  const slug = await publishQuestion('phuong-7', {
    title: `Hỏi về cấp lại căn cước ${word}`,
    question: 'Tôi bị mất căn cước, xin cấp lại ở đâu?',
    field: 'hanh-chinh-tu-phap',
    askerName: 'Người hỏi kiểm thử',
    email: 'nguoi.hoi@example.vn',
    receivedAt: '2026-11-02T02:00:00.000Z',
    answeredAt: '2026-11-09T02:00:00.000Z',
    answer: [{ type: 'paragraph', children: [{ type: 'text', text: 'Xin đến bộ phận một cửa của phường để được cấp lại.' }] }],
  });
  // The CMS's sync loop indexes it within a second or two.
  for (let i = 0; ; i++) {
    const res = await get('/api/search/indexes/questions/search', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ q: word }),
    });
    if (res.ok && /** @type {{ hits: unknown[] }} */ (await res.json()).hits.length === 1) break;
    if (i > 30) throw new Error('the question was not indexed');
    await new Promise((r) => setTimeout(r, 1000));
  }
  const { chromium } = await import('playwright-core');
  const { serveSites } = await import('../../../scripts/lib/serve-sites.mjs');
  const port = await freePort();
  const { server } = await serveSites(distDir, port, { connectSrc: [searchHost()] });
  t.after(() => server.close());
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  t.after(() => browser.close());
  const page = await browser.newPage();
  // Found under "Tin, bài", it says where it is: a button to the questions, which opens them.
  await page.goto(`http://127.0.0.1:${port}/phuong-7/tim-kiem/?q=${word}`);
  await page.waitForSelector('search-page .no-results');
  assert.deepEqual(await page.$$eval('search-page .tabs button', (bs) => bs.map((b) => b.textContent)), [
    'Tin, bài (0)',
    'Văn bản (0)',
    'Hỏi đáp (1)',
    'Dự án, đấu thầu, thống kê (0)',
  ]);
  await page.click('search-page .no-results button[data-tab="questions"]');
  await page.waitForSelector('search-page .hit');
  assert.equal(new URL(page.url()).searchParams.get('muc'), 'hoi-dap');
  assert.equal(await page.getAttribute('search-page .hit h3 a', 'href'), `/phuong-7/hoi-dap/${slug}/`);
  assert.equal(await page.textContent('search-page .hit-meta'), 'Hành chính, tư pháp, hộ tịch · Trả lời ngày 09/11/2026');
  // The words are in its title only: the question asked stands for the snippet.
  assert.match((await page.textContent('search-page .hit-snippet')) ?? '', /mất căn cước/);
  // Its field is a filter of its own, named as readers know it, and the address keeps it.
  await page.goto(`http://127.0.0.1:${port}/phuong-7/tim-kiem/?q=can+cuoc&muc=hoi-dap`);
  await page.waitForSelector('search-page .facet input[name="field"]');
  assert.match((await page.textContent('search-page .facet label[for^="f-field-"]')) ?? '', /^Hành chính, tư pháp, hộ tịch \(\d+\)$/);
  await page.check('search-page .facet input[name="field"]');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('linh-vuc') === 'hanh-chinh-tu-phap');
  // Nothing of the asker reaches the page.
  await page.waitForSelector('search-page .hit');
  assert.doesNotMatch((await page.content()) ?? '', /Người hỏi kiểm thử|nguoi\.hoi@example\.vn/);
});
