// @ts-check
// The legal document register: paginated, and a complete pre-built page set per filter value.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import slugify from '@sindresorhus/slugify';
import { elements, published, read, SITES, startTags, text, viewDir } from './fixture.mjs';

const PAGE_SIZE = 20;
/** @param {string} s */
const slug = (s) => slugify(s.normalize('NFC'), { decamelize: false }).slice(0, 120).replace(/-+$/, '');
/**
 * A legal document with the FIELDS below.
 * @typedef {{ slug: string, type: string, issuedDate: string, issuer: string, field: string | null,
 *   validity: 'in-force' | 'expired' | 'replaced', kind: 'normative' | 'administrative' | 'draft-for-comment' }} Doc
 */
/**
 * The register's URL contract: facet segment → the value slug of a document (null: not filed under it).
 * @type {Record<string, (d: Doc) => string | null>}
 */
const FACETS = {
  loai: (d) => d.type,
  nam: (d) => d.issuedDate.slice(0, 4),
  'co-quan': (d) => slug(d.issuer),
  'linh-vuc': (d) => (d.field?.trim() ? slug(d.field) : null),
  'hieu-luc': (d) => ({ 'in-force': 'con-hieu-luc', expired: 'het-hieu-luc', replaced: 'bi-thay-the' })[d.validity],
  'hinh-thuc': (d) =>
    ({ normative: 'quy-pham-phap-luat', administrative: 'hanh-chinh', 'draft-for-comment': 'du-thao-lay-y-kien' })[d.kind],
};
const FIELDS = ['slug', 'type', 'issuedDate', 'issuer', 'field', 'validity', 'kind'];

/**
 * The document slugs listed on every page of a list at `dir` (page 1, then trang/2/, trang/3/…), and the page count.
 * @param {string} site
 * @param {string} dir
 */
const listed = (site, dir) => {
  /** @type {string[]} */
  const rows = [];
  let pages = 0;
  for (let n = 1; ; n++) {
    const file = join(dir, n === 1 ? '' : `trang/${n}/`, 'index.html');
    if (!existsSync(join(viewDir, site, file))) break;
    pages = n;
    const html = read(site, file);
    const tbody = elements(html, 'tbody')[0]?.inner ?? '';
    const onPage = startTags(tbody, 'a')
      .map((a) => a.href.match(new RegExp(`^/${site}/van-ban/([^/]+)/$`))?.[1])
      .filter((s) => s !== undefined);
    assert.ok(onPage.length <= PAGE_SIZE, `${site}/${file}: ${onPage.length} rows`);
    if (n > 1) assert.ok(onPage.length > 0, `${site}/${file} is empty`);
    rows.push(...onPage);
  }
  return { rows, pages };
};

test('every published document appears exactly once across the pages of the register, newest first', async () => {
  for (const site of SITES) {
    const docs = /** @type {Doc[]} */ (await published('legal-documents', site, FIELDS));
    const { rows, pages } = listed(site, 'van-ban/');
    assert.equal(pages, Math.max(1, Math.ceil(docs.length / PAGE_SIZE)), `${site}: pages`);
    assert.equal(rows.length, new Set(rows).size, `${site}: a document listed twice`);
    assert.deepEqual([...rows].sort(), docs.map((d) => d.slug).sort(), `${site}: the register lists exactly the published documents`);
    const dates = new Map(docs.map((d) => [d.slug, d.issuedDate]));
    const inOrder = rows.map((r) => dates.get(r));
    assert.deepEqual(inOrder, [...inOrder].sort().reverse(), `${site}: most recently issued first`);
  }
});

test('each filter page lists exactly the matching documents over its pages, and the filters show their counts', async () => {
  for (const site of SITES) {
    const docs = /** @type {Doc[]} */ (await published('legal-documents', site, FIELDS));
    const register = read(site, 'van-ban/index.html');
    const counts = new Map(elements(register, 'a').map((a) => [a.attrs.href, text(a.inner).match(/\((\d+)\)\s*$/)?.[1]]));
    for (const [segment, valueOf] of Object.entries(FACETS)) {
      const expected = new Map();
      for (const d of docs) {
        const value = valueOf(d);
        if (value) expected.set(value, [...(expected.get(value) ?? []), d.slug]);
      }
      const built = existsSync(join(viewDir, site, 'van-ban', segment)) ? readdirSync(join(viewDir, site, 'van-ban', segment)).sort() : [];
      assert.deepEqual(built, [...expected.keys()].sort(), `${site}: the ${segment} pages are exactly the values in use`);
      for (const [value, slugs] of expected) {
        const { rows, pages } = listed(site, `van-ban/${segment}/${value}/`);
        assert.equal(pages, Math.ceil(slugs.length / PAGE_SIZE), `${site} ${segment}/${value}: pages`);
        assert.equal(rows.length, new Set(rows).size, `${site} ${segment}/${value}: a document listed twice`);
        assert.deepEqual([...rows].sort(), [...slugs].sort(), `${site} ${segment}/${value}: exactly the matching documents`);
        assert.equal(
          counts.get(`/${site}/van-ban/${segment}/${value}/`),
          String(slugs.length),
          `${site} ${segment}/${value}: the count in the filters`
        );
      }
    }
  }
});

test('the city register spans several pages, with previous and next links', () => {
  const second = read('vung-tau', 'van-ban/trang/2/index.html');
  const links = startTags(second, 'a');
  assert.ok(
    links.some((a) => a.rel === 'prev' && a.href === '/vung-tau/van-ban/'),
    'page 2 links back to the register'
  );
  assert.ok(
    links.some((a) => a.rel === 'next' && a.href === '/vung-tau/van-ban/trang/3/'),
    'page 2 links on to page 3'
  );
  assert.match(text(elements(second, 'title')[0].inner), /Trang 2/);
});
