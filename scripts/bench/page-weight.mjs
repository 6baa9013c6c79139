#!/usr/bin/env node
// @ts-check
// Page weight per page type: the HTML, CSS and JavaScript a reader downloads, gzip-compressed, as
// the web server sends them. Reads a built site (default: site/dist/<slug>/live).
//   node scripts/bench/page-weight.mjs [--site phuong-7] [--site vung-tau] [--dist site/dist]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { appendResult, machine } from './lib/report.mjs';

const { values } = parseArgs({ options: { site: { type: 'string', multiple: true }, dist: { type: 'string' } } });
const dist = values.dist ?? process.env.SITES_OUT_DIR ?? 'site/dist';
const sites = values.site ?? ['phuong-7', 'vung-tau'];
/** @param {Buffer} buffer */
const gz = (buffer) => gzipSync(buffer, { level: 6 }).length;
/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * The first entry of a folder that is itself a page folder (not an asset, not a filter sub-folder).
 * @param {string} dir
 * @param {string[]} [skip]
 */
const first = (dir, skip = []) =>
  readdirSync(dir)
    .filter((n) => !skip.includes(n) && !n.includes('.'))
    .sort()[0];

/** @param {string} root */
const pageTypes = (root) => {
  const tin = first(join(root, 'tin'));
  // An article with a video or audio (issue 26): its player is markup only, its file loads on play.
  const withMedia = readdirSync(join(root, 'tin'))
    .sort()
    .find(
      (n) =>
        existsSync(join(root, 'tin', n, 'index.html')) && /<(?:video|audio) /.test(readFileSync(join(root, 'tin', n, 'index.html'), 'utf8'))
    );
  const category = first(join(root, 'chuyen-muc'));
  const document = first(join(root, 'van-ban'), ['loai', 'nam', 'hieu-luc', 'co-quan', 'linh-vuc', 'hinh-thuc', 'trang']);
  return [
    ['home', 'index.html'],
    ['article', `tin/${tin}/index.html`],
    ...(withMedia ? [['article with video or audio', `tin/${withMedia}/index.html`]] : []),
    ['category listing', `chuyen-muc/${category}/index.html`],
    ['document register', 'van-ban/index.html'],
    ['document', `van-ban/${document}/index.html`],
    ['introduction', 'gioi-thieu/index.html'],
    ['search', 'tim-kiem/index.html'],
    // The sections Nghị định 42 requires (docs/sections.md).
    ['work schedule', 'lich-cong-tac/index.html'],
    ['organisation chart', 'co-cau-to-chuc/index.html'],
    ['contacts', 'lien-he/index.html'],
    ['projects', 'du-an/index.html'],
    ['statistics', 'thong-ke/index.html'],
    ...(existsSync(join(root, 'thong-ke')) && first(join(root, 'thong-ke'))
      ? [['dataset (chart and table)', `thong-ke/${first(join(root, 'thong-ke'))}/index.html`]]
      : []),
    ['public services', 'dich-vu-cong/index.html'],
  ].filter(([, file]) => existsSync(join(root, file)));
};

/**
 * The stylesheets and scripts a page loads from its own site (uploads excepted).
 * @param {string} html
 * @param {string} root
 * @param {string} base
 */
const assetsOf = (html, root, base) =>
  [...html.matchAll(/<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="([^"]+)"/g)]
    .map((m) => m[1])
    .filter((href) => href.startsWith(base))
    .map((href) => join(root, href.slice(base.length)));

const rows = [];
for (const slug of sites) {
  const root = join(dist, slug, 'live');
  if (!existsSync(root)) throw new Error(`${root} does not exist: build the site first (npm run build:sites -- --site ${slug})`);
  for (const [type, file] of pageTypes(root)) {
    const html = readFileSync(join(root, file));
    const assets = assetsOf(html.toString('utf8'), root, `/${slug}/`);
    const css = assets.filter((a) => a.endsWith('.css')).reduce((sum, a) => sum + gz(readFileSync(a)), 0);
    const js = assets.filter((a) => a.endsWith('.js')).reduce((sum, a) => sum + gz(readFileSync(a)), 0);
    // Inline <style> and <script> count with the HTML, which is where the reader receives them.
    rows.push({ slug, type, html: gz(html), css, js, total: gz(html) + css + js });
  }
}

const lines = rows.map((r) => `| ${r.slug} | ${r.type} | ${kb(r.html)} | ${kb(r.css)} | ${kb(r.js)} | ${kb(r.total)} |`);
console.log(lines.join('\n'));
const article = rows.filter((r) => r.type === 'article');
appendResult({
  title: 'Page weight per page type (gzip)',
  command: `node scripts/bench/page-weight.mjs ${sites.map((s) => `--site ${s}`).join(' ')}${values.dist ? ` --dist ${values.dist}` : ''}`,
  machine: machine(),
  body: ['| site | page | HTML | CSS | JS | total |', '| --- | --- | --- | --- | --- | --- |', ...lines].join('\n'),
  notes: `Target: article page ≤ 30 KB gzip with no JavaScript: ${article.every((r) => r.total <= 30 * 1024 && r.js === 0) ? 'met' : 'not met'} (${article.map((r) => `${r.slug} ${kb(r.total)}, JS ${kb(r.js)}`).join('; ')}). Images are not counted: they load lazily with their width and height set.`,
});
