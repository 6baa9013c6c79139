// @ts-check
// No empty mandatory section (Nghị định 42): every header and footer link of every built site leads to
// a page with content, the documents categories list documents, and the build reports each site's
// Nghị định 42 check as a warning without failing.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { complianceWarningLines, parseBuildResult } from '@vungtau/publishing';
import { buildResultFile, elements, read, RETIRED, SITES, text, viewDir } from './fixture.mjs';

/** Pages that say they have nothing to show. */
const EMPTY_TEXTS = ['Chuyên mục chưa có tin, bài', 'Chuyên mục chưa có văn bản'];
/** Less readable text than this in <main>, its heading aside, is an empty page. */
const MIN_TEXT = 120;

/**
 * The file a site path is served from, following redirect pages (a page-section category's); null when none.
 * @param {string} path
 * @returns {{ file: string, hops: string[] } | null}
 */
const resolvePage = (path) => {
  const hops = [path];
  for (let i = 0; i < 4; i++) {
    const target = join(viewDir, decodeURIComponent(path));
    const file = target.endsWith('/') || !/\.[a-z]+$/.test(target) ? join(target, 'index.html') : target;
    if (!existsSync(file)) return null;
    if (!file.endsWith('.html')) return { file, hops };
    const refresh = /http-equiv="refresh" content="0;url=([^"]+)"/.exec(readFileSync(file, 'utf8'));
    if (!refresh) return { file, hops };
    path = new URL(refresh[1].replace(/&amp;/g, '&'), `http://x${path}`).pathname;
    hops.push(path);
  }
  return null;
};

/**
 * Why a page counts as empty, or null when it has content.
 * @param {string} file
 */
const emptiness = (file) => {
  const body = readFileSync(file, 'utf8');
  if (file.endsWith('.xml')) return /<item>/.test(body) ? null : 'a feed with no item';
  const main = elements(body, 'main')[0]?.inner ?? '';
  const words = text(main.replace(/<h1\b[\s\S]*?<\/h1>/, ''))
    .replace(/\s+/g, ' ')
    .trim();
  const said = EMPTY_TEXTS.find((t) => words.includes(t));
  if (said) return `it says “${said}”`;
  return words.length < MIN_TEXT ? `only ${words.length} characters of text` : null;
};

/**
 * The internal links of a site's header menu and footer, as the home page renders them.
 * @param {string} slug
 */
const menuLinks = (slug) => {
  const home = read(slug, 'index.html');
  const nav = /<nav class="main-nav"[\s\S]*?<\/nav>/.exec(home)?.[0] ?? '';
  const footer = /<footer class="site-footer"[\s\S]*?<\/footer>/.exec(home)?.[0] ?? '';
  assert.ok(nav && footer, `${slug}: no header menu or footer`);
  return [...`${nav}${footer}`.matchAll(/href="([^"]+)"/g)]
    .map((m) => m[1].replace(/&amp;/g, '&'))
    .filter((href) => !/^(https?:|mailto:|tel:|#)/.test(href))
    .map((href) => new URL(href, `http://x/${slug}/`).pathname);
};

describe('sections: header and footer links and the Nghị định 42 check', () => {
  test('every header and footer link of every site leads to a page with content', () => {
    const failures = [];
    let checked = 0;
    for (const slug of SITES) {
      for (const path of new Set(menuLinks(slug))) {
        checked++;
        const page = resolvePage(path);
        if (!page) {
          failures.push(`${slug}: ${path} leads nowhere`);
          continue;
        }
        const why = emptiness(page.file);
        if (why) failures.push(`${slug}: ${page.hops.join(' → ')} is empty (${why})`);
      }
    }
    assert.ok(checked >= SITES.length * 8, `only ${checked} links checked`);
    assert.deepEqual(failures, []);
  });

  test('a category of kind documents lists the site’s plans on every site, with a feed of them', () => {
    for (const slug of SITES) {
      const html = read(slug, 'chuyen-muc/chien-luoc-quy-hoach-ke-hoach/index.html');
      const rows = elements(elements(html, 'tbody')[0]?.inner ?? '', 'tr').map((r) => r.inner);
      assert.ok(rows.length > 0, `${slug}: no document listed`);
      for (const row of rows) assert.match(text(row), /Chương trình|Quy hoạch|Kế hoạch|Chiến lược|Đề án/, `${slug}: ${text(row)}`);
      assert.doesNotMatch(html, /Chuyên mục chưa có/);
      const feed = read(slug, 'chuyen-muc/chien-luoc-quy-hoach-ke-hoach/rss.xml');
      assert.match(feed, /<item><title>[^<]*(Chương trình|Quy hoạch|Kế hoạch|Đề án)[^<]*<\/title><link>[^<]*\/van-ban\//);
    }
    // A page-section category sends readers to its own page.
    assert.match(read('phuong-7', 'chuyen-muc/thong-tin-lien-he/index.html'), /http-equiv="refresh" content="0;url=\/phuong-7\/lien-he\/"/);
  });

  test('the build reports each site’s Nghị định 42 check as a warning and still succeeds', () => {
    const result = parseBuildResult(readFileSync(buildResultFile, 'utf8'));
    for (const slug of SITES) {
      const entry = result.sites.find((s) => s.site === slug);
      assert.ok(entry?.ok && entry.compliance, `${slug}: no successful build with a check`);
      const sections = Object.fromEntries(entry.compliance.sections.map((s) => [s.section, s]));
      // The city portal answers for the whole list; a ward for the sections every site needs.
      assert.equal('plans' in sections, slug === 'vung-tau', slug);
      for (const name of ['organisation', 'news', 'administrative', 'contact', 'english'])
        assert.equal(sections[name]?.status, 'ok', `${slug} ${name}: ${sections[name]?.reason}`);
      if (slug === 'vung-tau') assert.equal(sections.plans.status, 'ok', sections.plans.reason);
      const lines = complianceWarningLines(slug, entry.compliance);
      const failing = entry.compliance.sections.filter((s) => s.status !== 'ok');
      assert.equal(lines.length, failing.length === 0 ? 0 : failing.length + 1);
      for (const s of failing)
        assert.ok(
          lines.some((l) => l.includes(s.label) && l.includes(s.reason)),
          s.label
        );
    }
    // A closed site's redirects have no check.
    const retired = result.sites.find((s) => s.site === RETIRED);
    assert.ok(retired?.ok && retired.compliance === undefined);
  });
});
