// @ts-check
// The comment form on a draft for public comment, in real Chromium against the real CMS: without
// JavaScript (the CMS's question page, then the site's confirmation page) and with it (ALTCHA's
// proof of work in the page's workers, the answer in place), under the sites' CSP.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cmsAddress, distDir, freePort, made, searchHost, viewDir } from './fixture.mjs';

const NUMBERS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];

test('participation: a citizen comments on a draft without and with JavaScript, under the sites’ CSP', async (t) => {
  const { chromium } = await import('playwright-core');
  const { serveSites } = await import('../../../scripts/lib/serve-sites.mjs');
  const port = await freePort();
  const { server } = await serveSites(distDir, port, { connectSrc: [searchHost(), cmsAddress()], formAction: [cmsAddress()] });
  t.after(() => server.close());
  const origin = `http://127.0.0.1:${port}`;
  const path = `/vung-tau/van-ban/${made.openDraft}/`;
  const html = readFileSync(join(viewDir, 'vung-tau', 'van-ban', made.openDraft, 'index.html'), 'utf8');
  assert.match(html, /<form class="comment-form[^"]*" method="post" action="http:\/\/127\.0\.0\.1:\d+\/api\/participation\/comments"/);
  assert.match(html, /Ý kiến góp ý đã đăng \(0\)/);

  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  t.after(() => browser.close());

  /** @param {import('playwright-core').Page} page @param {string} email */
  const fill = async (page, email) => {
    await page.getByLabel('Họ và tên').fill('Trần Văn Bình');
    await page.getByLabel('Thư điện tử').fill(email);
    await page.getByLabel('Phần dự thảo góp ý (nếu có)').fill('Điều 2');
    await page.getByLabel('Nội dung góp ý').fill(`Đề nghị làm rõ phạm vi áp dụng đối với hộ kinh doanh. ${email}`);
    await page.getByLabel(/Tôi đồng ý/).check();
  };

  await t.test('without JavaScript: the question, then the site’s confirmation page', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    // The page was built for http://localhost:8080 (npm start's sites): answer that address from the built files.
    await page.route('http://localhost:8080/**', (route) => {
      const file = new URL(route.request().url()).pathname.replace(/^\/vung-tau\//, '');
      return route.fulfill({
        status: 200,
        contentType: 'text/html; charset=utf-8',
        body: readFileSync(join(viewDir, 'vung-tau', file, 'index.html')),
      });
    });
    await page.goto(`${origin}${path}`);
    await fill(page, 'binh.nojs@example.vn');
    await page.getByRole('button', { name: 'Gửi góp ý' }).click();
    await page.waitForURL(`${cmsAddress()}/api/participation/comments`);
    const question = (await page.locator('label[for="questionAnswer"]').textContent()) ?? '';
    const [a, b] = (/chữ số: (.+?) bằng bao nhiêu/.exec(question)?.[1] ?? '').split(' cộng ').map((word) => NUMBERS.indexOf(word));
    // What was typed came back.
    assert.equal(await page.getByLabel('Thư điện tử').inputValue(), 'binh.nojs@example.vn');
    await page.locator('#questionAnswer').fill(String(a + b));
    await page.getByRole('button', { name: 'Gửi góp ý' }).click();
    await page.waitForURL('http://localhost:8080/vung-tau/gop-y/da-gui/');
    assert.equal(await page.locator('h1').textContent(), 'Đã gửi ý kiến góp ý');
    await context.close();
  });

  await t.test('with JavaScript: the proof of work and the answer in place, no CSP violation', async () => {
    const page = await browser.newPage();
    /** @type {string[]} */
    const violations = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${origin}${path}`);
    assert.equal(await page.locator('altcha-widget').count(), 1);
    // Refused first (no contact), the form keeps what was typed and says what is wrong.
    await page.getByLabel('Họ và tên').fill('Lê Thị Hoa');
    await page.getByLabel('Nội dung góp ý').fill('Đề nghị bổ sung thời hạn chuyển tiếp cho các hộ kinh doanh hiện có.');
    await page.getByLabel(/Tôi đồng ý/).check();
    await page.getByRole('button', { name: 'Gửi góp ý' }).click();
    await page.locator('.form-errors:not([hidden])').waitFor({ timeout: 60_000 });
    assert.match((await page.locator('.form-errors').textContent()) ?? '', /thư điện tử hoặc số điện thoại/);
    assert.equal(await page.getByLabel('Họ và tên').inputValue(), 'Lê Thị Hoa');
    await page.getByLabel('Số điện thoại').fill('0987 654 321');
    await page.getByRole('button', { name: 'Gửi góp ý' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã gửi ý kiến góp ý' }).waitFor({ timeout: 60_000 });
    assert.deepEqual(violations, []);
    await page.close();
  });
});
