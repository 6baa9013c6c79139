// @ts-check
// Statistics (/thong-ke/) and public services (/dich-vu-cong/): the built pages carry exactly the
// CMS's figures, in an accessible table, a chart with one mark per figure and a CSV download.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { api, elements, read, SITES, startTags, text, viewDir } from './fixture.mjs';

/**
 * @typedef {{ labelHeader: string, columns: string[], rows: Array<{ label: string, values: number[] }> }} Table
 * @typedef {{ slug: string, title: string, field: string, periodEnd: string, chart: 'bar' | 'line' | 'none', table: Table,
 *   sourceFile: { url: string, name: string } | null }} Dataset
 * @typedef {{ name: string, code: string | null, provincialUrl: string | null, nationalUrl: string | null }} Service
 */

/** @param {string} site @returns {Promise<Dataset[]>} */
const datasetsOf = async (site) =>
  /** @type {{ data: Dataset[] }} */ (
    await api(
      `/api/datasets?filters[site][slug][$eq]=${site}&fields[0]=slug&fields[1]=title&fields[2]=field&fields[3]=periodEnd&fields[4]=chart&fields[5]=table&populate[sourceFile][fields][0]=url&populate[sourceFile][fields][1]=name&pagination[pageSize]=100`
    )
  ).data;

/** @param {string} site @returns {Promise<Service[]>} */
const servicesOf = async (site) =>
  /** @type {{ data: Service[] }} */ (
    await api(
      `/api/public-services?filters[site][slug][$eq]=${site}&fields[0]=name&fields[1]=code&fields[2]=provincialUrl&fields[3]=nationalUrl&pagination[pageSize]=100`
    )
  ).data;

/** The table of a page as read back from its HTML: header cells, then each row's header and figures. @param {string} html */
const tableOf = (html) => {
  const table = elements(html, 'table').find((t) => t.attrs.class?.includes('figures'));
  assert.ok(table, 'the page has a table of figures');
  assert.ok(elements(table.inner, 'caption')[0]?.inner.trim(), 'the table has a caption');
  const head = elements(elements(table.inner, 'thead')[0].inner, 'th');
  assert.ok(head.every((th) => th.attrs.scope === 'col'));
  const rows = elements(elements(table.inner, 'tbody')[0].inner, 'tr').map((tr) => {
    const th = elements(tr.inner, 'th')[0];
    assert.equal(th.attrs.scope, 'row');
    return { label: text(th.inner), values: startTags(tr.inner, 'td').map((td) => Number(td['data-value'])) };
  });
  return { labelHeader: text(head[0].inner), columns: head.slice(1).map((th) => text(th.inner)), rows };
};

test('sections: statistics pages show the CMS’s figures as a table, an SVG chart with one mark per figure, and a CSV', async () => {
  let charts = 0;
  for (const site of SITES) {
    const datasets = await datasetsOf(site);
    assert.ok(datasets.length > 0, `${site} has datasets`);
    const list = read(site, 'thong-ke/index.html');
    for (const d of datasets) {
      assert.ok(list.includes(`href="/${site}/thong-ke/${d.slug}/"`), `${site}/thong-ke/ links ${d.slug}`);
      const html = read(site, `thong-ke/${d.slug}/index.html`);
      assert.deepEqual(tableOf(html), d.table, `${site}/thong-ke/${d.slug}/: the table is the CMS's`);

      const svgs = elements(html, 'svg').filter((s) => s.attrs.role === 'img');
      if (d.chart === 'none') {
        assert.equal(svgs.length, 0, `${d.slug} has no chart`);
      } else {
        charts++;
        assert.equal(svgs.length, 1, `${d.slug} has one chart`);
        const [svg] = svgs;
        const [titleId, descId] = svg.attrs['aria-labelledby'].split(' ');
        assert.equal(text(elements(svg.inner, 'title').find((t) => t.attrs.id === titleId)?.inner ?? ''), d.title);
        assert.ok(text(elements(svg.inner, 'desc').find((t) => t.attrs.id === descId)?.inner ?? '').includes(d.table.columns[0]));
        const marks = startTags(svg.inner, d.chart === 'bar' ? 'rect' : 'circle').filter((m) => m.class === 'mark');
        const figures = d.table.rows.flatMap((r) => r.values);
        assert.equal(marks.length, figures.length, `${d.slug}: one mark per figure`);
        assert.deepEqual(
          marks.map((m) => Number(m['data-value'])).sort((a, b) => a - b),
          [...figures].sort((a, b) => a - b)
        );
        if (d.chart === 'line') assert.equal(startTags(svg.inner, 'path').length, d.table.columns.length, 'one line per column');
      }
      assert.doesNotMatch(html, /<script/, 'no script on a statistics page');

      const csv = read(site, `thong-ke/${d.slug}.csv`);
      assert.ok(csv.startsWith('\uFEFF'), 'the CSV says it is UTF-8');
      const [header, ...rows] = /** @type {string[][]} */ (parse(csv.slice(1)));
      assert.deepEqual(
        { labelHeader: header[0], columns: header.slice(1), rows: rows.map(([label, ...v]) => ({ label, values: v.map(Number) })) },
        d.table,
        `${site}/thong-ke/${d.slug}.csv is the table`
      );
      assert.ok(html.includes(`href="/${site}/thong-ke/${d.slug}.csv"`));
      if (d.sourceFile) {
        const href = `/${site}${d.sourceFile.url}`;
        assert.ok(html.includes(`href="${href}"`), `${d.slug} links its source file`);
        assert.ok(existsSync(join(viewDir, site, d.sourceFile.url)), `${href} is in the release`);
      }
    }
    // Newest period first within a field.
    const order = startTags(list, 'a')
      .map((a) => a.href.match(new RegExp(`^/${site}/thong-ke/([^/.]+)/$`))?.[1])
      .filter((s) => s !== undefined);
    for (const field of new Set(datasets.map((d) => d.field))) {
      const ends = order
        .map((slug) => datasets.find((d) => d.slug === slug))
        .filter((d) => d?.field === field)
        .map((d) => d?.periodEnd ?? '');
      assert.deepEqual(ends, [...ends].sort().reverse(), `${site}/thong-ke/: ${field} newest first`);
    }
    assert.ok(read(site, 'sitemap.xml').includes('/thong-ke/'));
  }
  assert.ok(charts >= 3, 'bar and line charts were checked');

  // The city's budget figures were read by the CMS from the XLSX file the seed attached.
  const budget = (await datasetsOf('vung-tau')).find((d) => d.sourceFile?.name.endsWith('.xlsx'));
  assert.ok(budget, 'a city dataset comes from an XLSX file');
  assert.deepEqual(budget.table.columns, ['Dự toán', 'Thực hiện']);
});

test('sections: /dich-vu-cong/ links every procedure to the province’s and the national portal, and shows the processing figures', async () => {
  for (const site of SITES) {
    const html = read(site, 'dich-vu-cong/index.html');
    const services = await servicesOf(site);
    assert.ok(services.length >= 5, `${site} has procedures`);
    const hrefs = new Set(startTags(html, 'a').map((a) => a.href));
    for (const s of services) {
      assert.ok(text(html).includes(s.name), `${site}/dich-vu-cong/ names ${s.name}`);
      for (const link of [s.provincialUrl, s.nationalUrl]) {
        assert.ok(link && hrefs.has(link), `${site}/dich-vu-cong/ links ${link}`);
        assert.match(link, /^https:\/\/[a-z.-]+\.gov\.vn\//);
      }
    }
    const figures = (await datasetsOf(site)).find((d) => d.field === 'dich-vu-cong');
    assert.ok(figures, `${site} has its processing figures`);
    assert.deepEqual(tableOf(html), figures.table);
    assert.deepEqual(figures.table.columns, ['Tiếp nhận', 'Đúng hạn', 'Trễ hạn']);
    assert.equal(figures.table.rows.length, 12, 'the last twelve months');
    assert.ok(hrefs.has(`/${site}/thong-ke/${figures.slug}/`));
    // The footer leads to both sections on every page.
    const footer = elements(read(site, 'index.html'), 'footer')[0]?.inner ?? '';
    const footerLinks = startTags(footer, 'a').map((a) => a.href);
    assert.ok(footerLinks.includes(`/${site}/dich-vu-cong/`) && footerLinks.includes(`/${site}/thong-ke/`), `${site}: footer links`);
  }
});
