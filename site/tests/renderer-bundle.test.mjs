// @ts-check
// A site's renderer bundle is a copy of the one bundle Vite builds per code version, for a
// made-up site, with that site's slug, base path and address replaced (scripts/lib/renderer/bundle.mjs).
// The copies against real sites' builds: site-build/engines.mjs. Here, on a temp folder, the copying itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { instantiate, TEMPLATE_SITE } from '../scripts/lib/renderer/bundle.mjs';

const { slug, base, origin } = TEMPLATE_SITE;
/** @param {Record<string, string | Buffer>} files name → content */
const templateCopy = (files) => {
  const dir = mkdtempSync(join(tmpdir(), 'renderer-bundle-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
};
/** @param {string} dir @param {string} name */
const read = (dir, name) => readFileSync(join(dir, name), 'utf8');

test('a renderer bundle made for a site under one host carries its slug, base path and address everywhere the template had them', () => {
  const dir = templateCopy({
    'server/manifest.mjs': `const manifest = {"site":"${origin}","base":"${base}","styles":[{"src":"${base}_astro/index.css"}]};`,
    'server/pages/index.astro.mjs': `const $$Astro = createAstro("${origin}");\nconst $$url = "${base.slice(0, -1)}";`,
    'server/chunks/env.mjs': `const processEnv = () => ({ SITE_SLUG: "${slug}", SITE_BASE: "${base}", SITE_ORIGIN: "${origin}" });`,
    'client/_astro/logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff, 0x00, 0xfe]),
    'server/chunks/i18n.mjs': `const home = "Trang chủ Phường ${slug}";`,
  });
  instantiate(dir, { slug: 'phuong-7', base: '/phuong-7/', origin: 'http://localhost:8080' });
  assert.equal(
    read(dir, 'server/manifest.mjs'),
    'const manifest = {"site":"http://localhost:8080","base":"/phuong-7/","styles":[{"src":"/phuong-7/_astro/index.css"}]};'
  );
  assert.equal(
    read(dir, 'server/pages/index.astro.mjs'),
    'const $$Astro = createAstro("http://localhost:8080");\nconst $$url = "/phuong-7";'
  );
  assert.equal(
    read(dir, 'server/chunks/env.mjs'),
    'const processEnv = () => ({ SITE_SLUG: "phuong-7", SITE_BASE: "/phuong-7/", SITE_ORIGIN: "http://localhost:8080" });'
  );
  assert.deepEqual([...readFileSync(join(dir, 'client/_astro/logo.png'))], [0x89, 0x50, 0x4e, 0x47, 0xff, 0x00, 0xfe]);
  assert.equal(read(dir, 'server/chunks/i18n.mjs'), 'const home = "Trang chủ Phường phuong-7";');
});

test('a renderer bundle made for a site on its own domain has the root as its base, as Astro compiles base "/"', () => {
  const dir = templateCopy({
    'server/pages/index.astro.mjs': `createAstro("${origin}"); const $$url = "${base.slice(0, -1)}"; const css = "${base}_astro/a.css";`,
  });
  instantiate(dir, { slug: 'phuong-7', base: '/', origin: 'https://phuong7.vungtau.gov.vn' });
  assert.equal(
    read(dir, 'server/pages/index.astro.mjs'),
    'createAstro("https://phuong7.vungtau.gov.vn"); const $$url = ""; const css = "/_astro/a.css";'
  );
});

test("a base path written with escaped slashes, as a regular expression's source has it, becomes the site's, escaped alike", () => {
  const pattern = `const route = /^${base.replaceAll('/', '\\/')}tin\\/$/;`;
  for (const [siteBase, expected] of [
    ['/', 'const route = /^\\/tin\\/$/;'],
    ['/phuong-7/', 'const route = /^\\/phuong-7\\/tin\\/$/;'],
  ]) {
    const dir = templateCopy({ 'server/routes.mjs': pattern });
    instantiate(dir, { slug: 'phuong-7', base: siteBase, origin: 'http://localhost:8080' });
    assert.equal(read(dir, 'server/routes.mjs'), expected, siteBase);
  }
});

test('a template holding a placeholder in a form the renderer does not replace is refused, not used', () => {
  const dir = templateCopy({ 'server/routes.mjs': `const feed = "${origin}/rss.xml?from=${encodeURIComponent(origin)}";` });
  assert.throws(
    () => instantiate(dir, { slug: 'phuong-7', base: '/phuong-7/', origin: 'http://localhost:8080' }),
    /routes\.mjs holds the template site's placeholder/
  );
});

test('a site address with characters a JavaScript string would need escaped is refused', () => {
  const dir = templateCopy({ 'server/entry.mjs': `createAstro("${origin}");` });
  assert.throws(
    () => instantiate(dir, { slug: 'phuong-7', base: '/', origin: 'https://x.gov.vn"+alert(1)+"' }),
    /origin .* has characters/
  );
  assert.equal(read(dir, 'server/entry.mjs'), `createAstro("${origin}");`);
});
