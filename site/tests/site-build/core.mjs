// @ts-check
// The pages every site has, and what must not be published.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { api, made, published, read, SITES, viewDir } from './fixture.mjs';

test('every built site has a home page, contact, introduction, register, feeds and sitemap', () => {
  for (const slug of SITES) {
    for (const f of [
      'index.html',
      '404.html',
      'lien-he/index.html',
      'gioi-thieu/index.html',
      'van-ban/index.html',
      'rss.xml',
      'sitemap.xml',
      'robots.txt',
      'urls.json',
    ]) {
      assert.ok(existsSync(join(viewDir, slug, f)), `${slug}/${f}`);
    }
    assert.match(read(slug, 'index.html'), /<html lang="vi"/);
  }
});

test('every published article and legal document of a built site has its page', async () => {
  for (const slug of SITES) {
    for (const a of /** @type {{ slug: string }[]} */ (await published('articles', slug)))
      assert.ok(existsSync(join(viewDir, slug, 'tin', a.slug, 'index.html')), `${slug} article ${a.slug}`);
    for (const d of /** @type {{ slug: string }[]} */ (await published('legal-documents', slug)))
      assert.ok(existsSync(join(viewDir, slug, 'van-ban', d.slug, 'index.html')), `${slug} document ${d.slug}`);
  }
});

test('every category of a built site has a listing and a feed', async () => {
  for (const slug of SITES) {
    const cats = /** @type {{ slug: string }[]} */ (await published('categories', slug));
    assert.ok(cats.length > 0);
    for (const c of cats) {
      assert.ok(existsSync(join(viewDir, slug, 'chuyen-muc', c.slug, 'index.html')), `${slug} category ${c.slug}`);
      assert.ok(existsSync(join(viewDir, slug, 'chuyen-muc', c.slug, 'rss.xml')), `${slug} category feed ${c.slug}`);
    }
  }
});

test('every ward item approved on the city portal is credited to the ward, with a link to its site', async () => {
  // The demo publishes Phường 7's first proposal and its monthly supply to the city (3 to 5 a month).
  const credited = /** @type {{ data: { slug: string }[] }} */ (
    await api(
      '/api/articles?filters[site][slug][$eq]=vung-tau&filters[creditSite][slug][$eq]=phuong-7&fields[0]=slug&sort[0]=postedAt:desc&pagination[pageSize]=100'
    )
  ).data;
  assert.ok(credited.length > 1, `${credited.length} credited items`);
  for (const item of credited) {
    const html = read('vung-tau', join('tin', item.slug, 'index.html'));
    assert.match(html, /Tin của:<\/strong> <a href="\/phuong-7\/"[^>]*>Trang thông tin điện tử Phường 7<\/a>/, item.slug);
  }
  // The newest is listed first in the city's "Tin phường, xã" channel, with the ward named on the card.
  const channel = read('vung-tau', 'chuyen-muc/tin-phuong-xa/index.html');
  assert.ok(channel.includes(`/vung-tau/tin/${credited[0].slug}/`));
  assert.match(channel, /class="kicker"[^>]*>Phường 7</);
});

test('a draft article and a withdrawn one have no page', () => {
  assert.ok(made.draftSlug && made.withdrawnSlug);
  assert.equal(existsSync(join(viewDir, 'phuong-7', 'tin', made.draftSlug)), false);
  assert.equal(existsSync(join(viewDir, 'phuong-7', 'tin', made.withdrawnSlug)), false);
});

test("a release's urls.json lists exactly the pages and feeds it publishes", () => {
  /** @type {import('../../scripts/lib/manifest.mjs').Manifest} */
  const manifest = JSON.parse(readFileSync(join(viewDir, 'phuong-7', 'urls.json'), 'utf8'));
  assert.equal(manifest.kind, 'site');
  for (const path of ['', 'gioi-thieu/', 'en/organisation/', 'van-ban/', 'rss.xml']) assert.ok(manifest.paths.includes(path), path);
  for (const path of manifest.paths) {
    assert.ok(
      existsSync(join(viewDir, 'phuong-7', path.endsWith('/') || path === '' ? `${path}index.html` : path)),
      `listed but not built: ${path}`
    );
  }
  assert.ok(!manifest.paths.some((p) => p.startsWith('_astro/') || p.startsWith('uploads/')), 'assets are not addresses');
});
