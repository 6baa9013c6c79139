// @ts-check
// The editors' preview (cms/src/plugins/preview, docs/preview.md): the page a draft's preview shows
// is the page approval publishes, byte for byte, but for the banner on top and the addresses of
// the styles and uploads, which the admin's frame loads from the CMS. Here: a Phường 7 article and
// a project are previewed as drafts, approved, the site built as the worker builds it, and the
// built pages compared with the previews.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readlinkSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { api, buildSites, clientsOfCms, cmsAddress, get, siteDir } from './fixture.mjs';

const SITE = 'phuong-7';
const ARTICLE = 'api::article.article';
const PROJECT = 'api::project.project';
const LEGAL = 'api::legal-document.legal-document';
const BANNER = '<style>#ban-xem-truoc{';
const BANNER_END = '<p id="ban-xem-truoc" role="status">Bản xem trước – chưa đăng</p>';

/**
 * The preview with what the preview route adds or points elsewhere undone: the banner right after
 * `<body …>`, and the CMS's addresses of the site's styles and uploads back to the site's own.
 * @param {string} html
 */
const asPublished = (html) => {
  const start = html.indexOf(BANNER);
  const end = html.indexOf(BANNER_END);
  assert.ok(start > 0 && end > start, 'the preview has the banner');
  assert.match(html.slice(0, start), /<body\b[^>]*>$/, 'the banner is the first thing in <body>');
  assert.equal(html.indexOf(BANNER, end), -1, 'one banner');
  const withoutBanner = html.slice(0, start) + html.slice(end + BANNER_END.length);
  return withoutBanner
    .replace(/(?<=(?:href|src|srcset|poster)="[^"]*)\/preview\/assets\/phuong-7\/_astro\//g, `/${SITE}/_astro/`)
    .replace(/(?<=(?:href|src|srcset|poster)="(?:[^"]*,\s*)?)\/uploads\//g, `/${SITE}/uploads/`);
};

describe('editors: preview', () => {
  const out = join(siteDir, '.cache', `test-preview-${process.pid}`);
  /** @type {ReturnType<typeof clientsOfCms>} */
  let cms;
  /** @type {string} */
  let siteId;
  /** @type {string} */
  let categoryId;

  /**
   * A preview of a draft as the super admin opens it in the admin: the URL from Strapi's preview
   * route, then the page at that URL.
   * @param {string} uid
   * @param {string} documentId
   */
  const preview = async (uid, documentId) => {
    const { data } = /** @type {{ data: { url: string } }} */ (
      await api(`/content-manager/preview/url/${uid}?documentId=${documentId}&status=draft`, { headers: cms.auth })
    );
    const res = await get(data.url);
    const html = await res.text();
    assert.equal(res.status, 200, html.slice(0, 500));
    assert.equal(res.headers.get('cache-control'), 'no-store');
    return html;
  };
  /** @param {string} path under the site's live release */
  const built = (path) => {
    const live = join(
      out,
      SITE,
      'releases',
      readlinkSync(join(out, SITE, 'live'))
        .split('/')
        .pop() ?? ''
    );
    return readFileSync(join(live, path), 'utf8');
  };

  before(async () => {
    cms = clientsOfCms();
    const sites = /** @type {{ data: { documentId: string }[] }} */ (await api(`/api/sites?filters[slug][$eq]=${SITE}&fields[0]=slug`));
    siteId = sites.data[0].documentId;
    const categories = /** @type {{ data: { documentId: string, kind: string }[] }} */ (
      await api(`/api/categories?filters[site][slug][$eq]=${SITE}&filters[kind][$eq]=news&fields[0]=kind`)
    );
    categoryId = categories.data[0].documentId;
    process.env.CMS_URL = cmsAddress();
  });
  after(() => rmSync(out, { recursive: true, force: true }));

  test('the preview of a draft article is the page approval publishes, but for the banner', async () => {
    const slug = `tin-xem-truoc-kiem-thu-${process.pid}`;
    const created = /** @type {{ data: { documentId: string } }} */ (
      await api(`/content-manager/collection-types/${ARTICLE}`, {
        method: 'POST',
        headers: cms.auth,
        body: JSON.stringify({
          title: 'Phường 7 ra quân làm sạch bãi biển Thùy Vân',
          slug,
          summary: 'Hơn 300 đoàn viên, thanh niên và người dân tham gia.',
          form: 'tin',
          featured: false,
          site: { connect: [siteId] },
          categories: { connect: [categoryId] },
          byline: 'Nguyễn Thị Lan',
          source: { kind: 'own-reporting' },
          postedAt: new Date().toISOString(),
          body: [{ type: 'paragraph', children: [{ type: 'text', text: 'Sáng Chủ nhật, Phường 7 tổ chức ra quân làm sạch bãi biển.' }] }],
        }),
      })
    );
    const documentId = created.data.documentId;
    const html = await preview(ARTICLE, documentId);
    assert.match(html, /<h1[^>]*>Phường 7 ra quân làm sạch bãi biển Thùy Vân<\/h1>/);
    await cms.act(documentId, [
      ['submit', {}],
      ['forward', {}],
      ['approve', {}],
    ]);
    buildSites([SITE], { out });
    assert.equal(asPublished(html), built(`tin/${slug}/index.html`));
  });

  test('the preview of a draft legal document shows the published document it replaces, as its published page does', async () => {
    const older = /** @type {{ data: { documentId: string, slug: string, number: string }[] }} */ (
      await api(`/api/legal-documents?filters[site][slug][$eq]=${SITE}&fields[0]=slug&fields[1]=number&pagination[pageSize]=1`)
    ).data[0];
    const slug = `quyet-dinh-xem-truoc-kiem-thu-${process.pid}`;
    const created = /** @type {{ data: { documentId: string } }} */ (
      await api(`/content-manager/collection-types/${LEGAL}`, {
        method: 'POST',
        headers: cms.auth,
        body: JSON.stringify({
          number: `${process.pid % 1000}/QĐ-UBND`,
          slug,
          kind: 'administrative',
          type: 'quyet-dinh',
          issuer: 'UBND Phường 7',
          issuedDate: '2026-12-01',
          validity: 'in-force',
          summary: 'Quyết định kiểm thử xem trước, thay thế một quyết định đã đăng.',
          site: { connect: [siteId] },
          replaces: { connect: [older.documentId] },
        }),
      })
    );
    const documentId = created.data.documentId;
    const html = await preview(LEGAL, documentId);
    assert.ok(html.includes(older.number), 'the preview names the document it replaces');
    for (const action of ['submit', 'forward', 'approve'])
      await api(`/workflow/items/${LEGAL}/${documentId}/actions/${action}`, { method: 'POST', headers: cms.auth, body: '{}' });
    buildSites([SITE], { out });
    assert.equal(asPublished(html), built(`van-ban/${slug}/index.html`));
  });

  test('the preview of a draft project, a section with pages of its own, is the page its publication makes', async () => {
    const slug = `du-an-xem-truoc-kiem-thu-${process.pid}`;
    const created = /** @type {{ data: { documentId: string } }} */ (
      await api(`/content-manager/collection-types/${PROJECT}`, {
        method: 'POST',
        headers: cms.auth,
        body: JSON.stringify({
          name: 'Cải tạo vỉa hè đường Thùy Vân (kiểm thử xem trước)',
          slug,
          field: 'giao-thong',
          investor: 'UBND Phường 7',
          location: 'Đường Thùy Vân, Phường 7',
          totalInvestment: '12500000000',
          capitalSource: 'ngan-sach-phuong-xa',
          periodStart: 2026,
          periodEnd: 2027,
          state: 'dang-thuc-hien',
          summary: 'Lát lại vỉa hè và trồng cây xanh dọc đường Thùy Vân.',
          site: { connect: [siteId] },
        }),
      })
    );
    const documentId = created.data.documentId;
    const html = await preview(PROJECT, documentId);
    await api(`/content-manager/collection-types/${PROJECT}/${documentId}/actions/publish`, {
      method: 'POST',
      headers: cms.auth,
      body: '{}',
    });
    buildSites([SITE], { out });
    assert.equal(asPublished(html), built(`du-an/${slug}/index.html`));
  });
});
