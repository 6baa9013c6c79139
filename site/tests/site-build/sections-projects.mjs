// @ts-check
// Projects and procurement notices (/du-an/): the list and its filter pages match the CMS's
// published projects, a project's page shows its details with amounts in đồng, its progress and
// its notices, and the section's category and footer link lead there.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { api, elements, read, text, viewDir } from './fixture.mjs';

const CITY = 'vung-tau';

/**
 * @typedef {{ documentId: string, slug: string, name: string, field: string, state: string, periodStart: number,
 *   periodEnd: number | null, totalInvestment: string | number | null }} Project
 * @typedef {{ documentId: string, slug: string, packageName: string, budget: string | number | null,
 *   project: { slug: string } | null, result: { state: string, winner: string | null } | null }} Notice
 */

/** The published entries of a collection on the city portal, as the CMS gives them anonymously. @param {string} collection @param {string} query */
const city = async (collection, query) =>
  /** @type {{ data: unknown[] }} */ (await api(`/api/${collection}?filters[site][slug][$eq]=${CITY}&${query}&pagination[pageSize]=100`))
    .data;

/** @returns {Promise<Project[]>} */
const projects = async () =>
  /** @type {Project[]} */ (
    await city(
      'projects',
      ['slug', 'name', 'field', 'state', 'periodStart', 'periodEnd', 'totalInvestment'].map((f, i) => `fields[${i}]=${f}`).join('&')
    )
  );
/** @returns {Promise<Notice[]>} */
const notices = async () =>
  /** @type {Notice[]} */ (
    await city(
      'procurement-notices',
      'fields[0]=slug&fields[1]=packageName&fields[2]=budget&populate[project][fields][0]=slug&populate[result]=true'
    )
  );

/** The project slugs a list page links to, in order. @param {string} path */
const listed = (path) =>
  elements(read(CITY, `${path}index.html`), 'h2')
    .map((h) => /href="[^"]*\/du-an\/([^/"]+)\/"/.exec(h.inner)?.[1])
    .filter((slug) => slug !== undefined);

/** "12.500.000.000 đồng" from the digits. @param {string | number} amount */
const dong = (amount) => `${String(amount).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} đồng`;

describe('sections: projects and procurement', () => {
  test('sections: /du-an/ lists every published project of the site, newest start first, and links its notices', async () => {
    const all = await projects();
    assert.ok(all.length >= 5, 'the demo city portal has its projects');
    const expected = [...all]
      .sort((a, b) => b.periodStart - a.periodStart || a.name.localeCompare(b.name, 'vi') || a.slug.localeCompare(b.slug))
      .map((p) => p.slug);
    assert.deepEqual(listed('du-an/'), expected);
    const page = read(CITY, 'du-an/index.html');
    assert.match(page, /<h1[^>]*>Dự án đầu tư, đấu thầu, mua sắm công<\/h1>/);
    assert.match(text(page), new RegExp(`Thông báo đấu thầu, mua sắm công \\(${(await notices()).length}\\)`));
  });

  test('sections: each filter (field, state, year) is a pre-built page of exactly its projects, linked with its count', async () => {
    const all = await projects();
    const panel = text(read(CITY, 'du-an/index.html'));
    /** @type {Array<[string, (p: Project) => string[]]>} */
    const facets = [
      ['linh-vuc', (p) => [p.field]],
      ['tinh-trang', (p) => [p.state]],
      ['nam', (p) => Array.from({ length: (p.periodEnd ?? p.periodStart) - p.periodStart + 1 }, (_, i) => String(p.periodStart + i))],
    ];
    for (const [segment, valuesOf] of facets) {
      const values = new Set(all.flatMap(valuesOf));
      for (const value of values) {
        const members = all.filter((p) => valuesOf(p).includes(value)).map((p) => p.slug);
        assert.deepEqual(new Set(listed(`du-an/${segment}/${value}/`)), new Set(members), `${segment}/${value}`);
        assert.match(read(CITY, 'du-an/index.html'), new RegExp(`href="[^"]*/du-an/${segment}/${value}/"`));
      }
    }
    assert.match(panel, /Đang thực hiện \(\d+\)/);
    // No page for a value no project has.
    assert.equal(existsSync(join(viewDir, CITY, 'du-an', 'tinh-trang', 'khong-co', 'index.html')), false);
  });

  test('sections: a project’s page shows its details with the amount in đồng, its progress and its procurement notices', async () => {
    const withNotices = (await notices()).filter((n) => n.project);
    const notice = withNotices[0];
    assert.ok(notice?.project, 'a demo notice belongs to a project');
    const project = (await projects()).find((p) => p.slug === notice.project?.slug);
    assert.ok(project?.totalInvestment);
    const page = read(CITY, `du-an/${project.slug}/index.html`);
    const body = text(page);
    assert.ok(body.includes(dong(project.totalInvestment)), `the total investment reads ${dong(project.totalInvestment)}`);
    assert.match(body, /Tổng mức đầu tư/);
    assert.match(body, /Tiến độ thực hiện/);
    for (const own of withNotices.filter((n) => n.project?.slug === project.slug)) {
      assert.match(page, new RegExp(`href="[^"]*/du-an/dau-thau/${own.slug}/"`));
      if (own.budget !== null) assert.ok(body.includes(dong(own.budget)));
    }
  });

  test('sections: a notice’s page shows its package, budget and result, and the notices’ list links every notice', async () => {
    const all = await notices();
    const list = read(CITY, 'du-an/dau-thau/index.html');
    for (const n of all) assert.match(list, new RegExp(`href="[^"]*/du-an/dau-thau/${n.slug}/"`));
    const decided = all.find((n) => n.result?.winner);
    assert.ok(decided?.result?.winner);
    const body = text(read(CITY, `du-an/dau-thau/${decided.slug}/index.html`));
    assert.ok(body.includes(decided.packageName));
    assert.ok(body.includes(decided.result.winner));
    assert.match(body, /Kết quả lựa chọn nhà thầu/);
    if (decided.budget !== null) assert.ok(body.includes(dong(decided.budget)));
  });

  test('sections: the footer and the section’s category lead to /du-an/, and the sitemap lists the pages', async () => {
    const home = read(CITY, 'index.html');
    assert.match(home, /<a href="[^"]*\/du-an\/"[^>]*>Dự án, đấu thầu, mua sắm công<\/a>/);
    const category = read(CITY, 'chuyen-muc/du-an-dau-tu-dau-thau-mua-sam-cong/index.html');
    assert.match(category, /href="[^"]*\/du-an\/"/);
    assert.doesNotMatch(category, /Chuyên mục chưa có tin, bài/);
    const sitemap = read(CITY, 'sitemap.xml');
    for (const p of await projects()) assert.ok(sitemap.includes(`/du-an/${p.slug}/</loc>`), p.slug);
    // A ward shows its own small projects only.
    const ward = read('phuong-7', 'du-an/index.html');
    assert.ok(listed('du-an/').every((slug) => !ward.includes(`/du-an/${slug}/"`)));
  });
});
