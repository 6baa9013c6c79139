// @ts-check
// The participation forms in real Chromium against the real CMS, through the sites' server as
// production's nginx passes them: without JavaScript (the CMS's question page, then the site's
// confirmation page) and with it (ALTCHA's proof of work in the page's workers, the answer in
// place), under the sites' CSP.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cmsAddress, distDir, files, freePort, made, read, searchHost, SITES, viewDir } from './fixture.mjs';

const NUMBERS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];

test('participation: a citizen comments on a draft without and with JavaScript, under the sites’ CSP', async (t) => {
  const { chromium } = await import('playwright-core');
  const { serveSites } = await import('../../../scripts/lib/serve-sites.mjs');
  const port = await freePort();
  // The pages post to their own /api/participation/, which the server passes to the CMS (as nginx does).
  const { server } = await serveSites(distDir, port, { connectSrc: [searchHost()], participation: cmsAddress() });
  t.after(() => server.close());
  const origin = `http://127.0.0.1:${port}`;
  const path = `/vung-tau/van-ban/${made.openDraft}/`;
  const html = readFileSync(join(viewDir, 'vung-tau', 'van-ban', made.openDraft, 'index.html'), 'utf8');
  assert.match(html, /<form class="participation-form comment-form" method="post" action="\/api\/participation\/comments"/);
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
    // The sites were built for http://localhost:8080 (npm start's address) and are served here at
    // `origin`: the CMS's redirect after the answer is checked as sent, then followed on `origin`.
    /** @type {{ status: number, location: string | undefined } | null} */
    let redirect = null;
    await page.route(`${origin}/api/participation/comments`, async (route) => {
      const response = await route.fetch({ maxRedirects: 0 });
      const location = response.headers().location;
      if (response.status() !== 303 || !location) return route.fulfill({ response });
      redirect = { status: response.status(), location };
      return route.fulfill({ status: 303, headers: { Location: location.replace('http://localhost:8080', origin) } });
    });
    await page.goto(`${origin}${path}`);
    await fill(page, 'binh.nojs@example.vn');
    await page.getByRole('button', { name: 'Gửi góp ý' }).click();
    await page.waitForURL(`${origin}/api/participation/comments`);
    const question = (await page.locator('label[for="questionAnswer"]').textContent()) ?? '';
    const [a, b] = (/chữ số: (.+?) bằng bao nhiêu/.exec(question)?.[1] ?? '').split(' cộng ').map((word) => NUMBERS.indexOf(word));
    // What was typed came back.
    assert.equal(await page.getByLabel('Thư điện tử').inputValue(), 'binh.nojs@example.vn');
    await page.locator('#questionAnswer').fill(String(a + b));
    await page.getByRole('button', { name: 'Gửi góp ý' }).click();
    await page.waitForURL(`${origin}/vung-tau/gop-y/da-gui/`);
    assert.deepEqual(redirect, { status: 303, location: 'http://localhost:8080/vung-tau/gop-y/da-gui/' });
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

  await t.test('a question with JavaScript: the tracking code in place, then its status on the tracking page', async () => {
    const page = await browser.newPage();
    /** @type {string[]} */
    const violations = [];
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
    });
    await page.goto(`${origin}/vung-tau/hoi-dap/gui-cau-hoi/`);
    await page.getByLabel('Họ và tên').fill('Ngô Thị Yến');
    await page.getByLabel('Số điện thoại').fill('0911 222 333');
    await page.getByLabel('Lĩnh vực').selectOption('y-te');
    await page.getByLabel('Tiêu đề câu hỏi').fill('Giờ tiêm chủng tại trạm y tế phường');
    await page.getByLabel('Nội dung câu hỏi').fill('Xin cho biết trạm y tế tiêm chủng cho trẻ vào những ngày nào trong tháng?');
    await page.getByLabel(/Tôi đồng ý/).check();
    await page.getByRole('button', { name: 'Gửi câu hỏi' }).click();
    const code = (await page.locator('.code').textContent({ timeout: 60_000 })) ?? '';
    assert.match(code, /^HD-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await page.goto(`${origin}/vung-tau/hoi-dap/tra-cuu/`);
    await page.getByLabel('Mã tra cứu').fill(code.toLowerCase());
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    await page.locator('#ket-qua-tra-cuu dd').filter({ hasText: 'Đã tiếp nhận' }).waitFor();
    assert.deepEqual(violations, []);
    await page.close();
  });

  await t.test('a question without JavaScript: the question page, then the tracking code on a page', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}/vung-tau/hoi-dap/gui-cau-hoi/`);
    await page.getByLabel('Họ và tên').fill('Đỗ Văn Tài');
    await page.getByLabel('Thư điện tử').fill('tai.nojs@example.vn');
    await page.getByLabel('Lĩnh vực').selectOption('giao-thong-do-thi');
    await page.getByLabel('Tiêu đề câu hỏi').fill('Lắp gờ giảm tốc trước trường học');
    await page.getByLabel('Nội dung câu hỏi').fill('Đề nghị lắp gờ giảm tốc trước cổng trường tiểu học vào giờ tan học.');
    await page.getByLabel(/Tôi đồng ý/).check();
    await page.getByRole('button', { name: 'Gửi câu hỏi' }).click();
    await page.waitForURL(`${origin}/api/participation/questions`);
    // What was typed came back, the field chosen included.
    assert.equal(await page.getByLabel('Tiêu đề câu hỏi').inputValue(), 'Lắp gờ giảm tốc trước trường học');
    assert.equal(await page.getByLabel('Lĩnh vực').inputValue(), 'giao-thong-do-thi');
    const question = (await page.locator('label[for="questionAnswer"]').textContent()) ?? '';
    const [a, b] = (/chữ số: (.+?) bằng bao nhiêu/.exec(question)?.[1] ?? '').split(' cộng ').map((word) => NUMBERS.indexOf(word));
    await page.locator('#questionAnswer').fill(String(a + b));
    await page.getByRole('button', { name: 'Gửi câu hỏi' }).click();
    await page.locator('.code').waitFor();
    assert.match((await page.locator('.code').textContent()) ?? '', /^HD-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    assert.equal(await page.locator('h1').textContent(), 'Đã gửi câu hỏi');
    await context.close();
  });

  await t.test('tracking without JavaScript: the CMS answers the form with a page', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${origin}/vung-tau/hoi-dap/tra-cuu/`);
    await page.getByLabel('Mã tra cứu').fill('HD-0000-0000');
    await page.getByRole('button', { name: 'Tra cứu' }).click();
    await page.waitForURL(/\/api\/participation\/questions\/status\?/);
    assert.match((await page.locator('main').textContent()) ?? '', /Không tìm thấy câu hỏi với mã tra cứu này/);
    await context.close();
  });
});

test('participation: no asker’s or commenter’s e-mail address or phone number is in any built page', () => {
  // The demo data gives every asker and commenter an address at example.vn and 0912… numbers.
  const pages = files(viewDir).filter((file) => file.endsWith('.html') || file.endsWith('.xml') || file.endsWith('.json'));
  assert.ok(
    pages.some((file) => file.includes('/hoi-dap/')),
    'the Hỏi đáp pages were built'
  );
  for (const file of pages) {
    const text = readFileSync(file, 'utf8');
    assert.doesNotMatch(text, /@example\.vn|0912\d{6}|nguoidan\.|gopy\./, file);
  }
});

test('participation: every site lists its answered questions, by field, each with its own page', () => {
  for (const slug of SITES) {
    const list = read(slug, 'hoi-dap/index.html');
    const links = [...list.matchAll(/href="\/[a-z0-9-]+\/hoi-dap\/([a-z0-9-]+)\/"/g)]
      .map((m) => m[1])
      .filter((s) => !['gui-cau-hoi', 'tra-cuu'].includes(s));
    assert.ok(links.length >= 4, `${slug}: ${links.length} questions listed`);
    const question = read(slug, `hoi-dap/${links[0]}/index.html`);
    assert.match(question, /<h2 id="answer-heading"[^>]*>Trả lời<\/h2>/);
    assert.match(read(slug, 'hoi-dap/linh-vuc/khac/index.html'), /Lĩnh vực khác/);
  }
});
