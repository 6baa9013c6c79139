// @ts-check
// Every internal link, image and redirect target of every built page resolves, and no page but search and the
// participation forms (a draft taking comments, the question form, the tracking page) ships JavaScript.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { files, MERGED, RETIRED, SITES, viewDir } from './fixture.mjs';

const BUILT = [...SITES, MERGED, RETIRED];

test('no internal link, image or redirect in the built sites is broken, and only search and the participation forms ship JavaScript', () => {
  const broken = [];
  /** @param {string} path */
  const exists = (path) => {
    const target = join(viewDir, decodeURIComponent(path));
    return existsSync(target.endsWith('/') ? join(target, 'index.html') : target);
  };
  let checked = 0;
  for (const file of files(viewDir).filter((f) => f.endsWith('.html'))) {
    const html = readFileSync(file, 'utf8');
    const page = `http://x${file.slice(viewDir.length)}`;
    const scripts = [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]);
    // A closed site's old search page is a redirect page like the others, with no script.
    const isRedirect = /http-equiv="refresh"/.test(html);
    if (file.endsWith('/tim-kiem/index.html') && !isRedirect) {
      // The search island, and the settings it reads (JSON, not code).
      assert.deepEqual(
        scripts.map((tag) => (/type="module"/.test(tag) ? 'module' : /type="application\/json"/.test(tag) ? 'json' : tag)).sort(),
        ['json', 'module'],
        file
      );
      for (const [, src] of html.matchAll(/<script[^>]+src="([^"]+)"/g)) assert.ok(existsSync(join(viewDir, src)), `${file} → ${src}`);
    } else if (!isRedirect && (/\/hoi-dap\/(gui-cau-hoi|tra-cuu)\/index\.html$/.test(file) || /data-comment-form/.test(html))) {
      // A participation form's enhancement: one module, from the site itself (no inline code).
      assert.equal(scripts.length, 1, `${file}: ${scripts.join(' ')}`);
      assert.match(scripts[0], /^<script type="module" src="\/[^"]+\.js">$/, file);
      for (const [, src] of html.matchAll(/<script[^>]+src="([^"]+)"/g)) assert.ok(existsSync(join(viewDir, src)), `${file} → ${src}`);
    } else assert.deepEqual(scripts, [], `${file} has a script`);
    const refs = [...html.matchAll(/(?:href|src)="([^"]+)"/g)].map((m) => m[1]);
    // A redirect page's meta refresh ("0;url=/phuong-7/gioi-thieu/") must land on a built page too.
    refs.push(...[...html.matchAll(/http-equiv="refresh" content="0;url=([^"]+)"/g)].map((m) => m[1]));
    for (const ref of refs) {
      if (/^(https?:|mailto:|tel:|#)/.test(ref)) continue;
      const path = new URL(ref.replace(/&amp;/g, '&'), page).pathname;
      if (!BUILT.some((s) => path.startsWith(`/${s}/`))) continue;
      checked++;
      if (!exists(path)) broken.push(`${file.slice(viewDir.length)} → ${ref}`);
    }
    for (const [, set] of html.matchAll(/srcset="([^"]+)"/g)) {
      for (const src of set.split(', ').map((s) => s.split(' ')[0]))
        if (!existsSync(join(viewDir, src))) broken.push(`${file} srcset → ${src}`);
    }
  }
  assert.ok(checked > 1000, `only ${checked} links checked`);
  assert.deepEqual(broken.slice(0, 20), []);
});
