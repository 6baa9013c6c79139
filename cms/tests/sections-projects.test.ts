import fs from 'fs';
import os from 'os';
import path from 'path';
import { APP_DIR, startCms, type TestCms } from './harness/cms';
import { contentApi, errorPaths, makeSite, unique, type ContentApi } from './harness/fixtures';
import { adminApi, createStaff } from './harness/workflow';

const PROJECT = 'api::project.project';
const NOTICE = 'api::procurement-notice.procurement-notice';

// The site build's own queries (site/src/loaders/queries.ts), sent as the build sends them.
type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type SiteQuery = Record<string, Json>;
const SITE = path.resolve(APP_DIR, '..', 'site', 'src');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const siteQueries = require(path.join(SITE, 'loaders', 'queries.ts')) as Record<'PROJECT_QUERY' | 'PROCUREMENT_NOTICE_QUERY', SiteQuery> & {
  pageQuery: (query: SiteQuery, site: { relation: string | null; slug: string } | undefined, page: number) => SiteQuery;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { toQueryString } = require(path.join(SITE, 'utils', 'query-string.ts')) as { toQueryString: (q: SiteQuery) => string };

const projectData = (site: string, overrides: Record<string, unknown> = {}) => ({
  name: `Chỉnh trang hẻm 45 Bình Giã ${unique()}`,
  site,
  field: 'do-thi',
  investor: 'UBND Phường thử',
  location: 'Hẻm 45 Bình Giã',
  totalInvestment: '12500000000',
  capitalSource: 'ngan-sach-phuong-xa',
  periodStart: 2025,
  periodEnd: 2026,
  state: 'dang-thuc-hien',
  summary: 'Bê tông hóa mặt hẻm, lắp cống thoát nước và đèn chiếu sáng.',
  progress: [{ date: '2026-05-01', text: 'Hoàn thành mặt hẻm.', percent: 60 }],
  ...overrides,
});

const noticeData = (site: string, overrides: Record<string, unknown> = {}) => ({
  packageName: `Thi công chỉnh trang hẻm ${unique()}`,
  site,
  procuringEntity: 'UBND Phường thử',
  method: 'chi-dinh-thau',
  budget: '1200000000',
  summary: 'Thi công mặt hẻm và cống thoát nước trong 90 ngày.',
  publishedDate: '2026-03-01',
  bidClosingAt: '2026-03-15T02:00:00.000Z',
  ...overrides,
});

interface SearchConfig {
  host: string;
  indexes: Record<string, string>;
}

describe('sections: projects and procurement notices', () => {
  let cms: TestCms;
  let api: ContentApi;
  let site: Awaited<ReturnType<typeof makeSite>>;
  let other: Awaited<ReturnType<typeof makeSite>>;
  let dir: string;
  const savedFile = process.env.SEARCH_EMBEDDED_FILE;

  const count = (uid: typeof PROJECT | typeof NOTICE) => cms.strapi.db.query(uid).count();
  const anon = (url: string) => cms.http().get(url);

  /** A refused write: 400, a Vietnamese message on each named field, and nothing stored. */
  const expectRefused = async (
    uid: typeof PROJECT | typeof NOTICE,
    send: () => Promise<{ status: number; body: unknown }>,
    paths: string[]
  ) => {
    const before = await count(uid);
    const res = await send();
    expect(res.status).toBe(400);
    expect(errorPaths(res.body as never).sort()).toEqual([...paths].sort());
    const messages = ((res.body as { error: { details: { errors: Array<{ message: string }> } } }).error.details.errors ?? []).map(
      (e) => e.message
    );
    for (const message of messages) expect(message).toMatch(/[ăâđêôơưàảãáạèẻẽéẹìỉĩíịòỏõóọùủũúụỳỷỹýỵ]/i);
    expect(await count(uid)).toBe(before);
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sections-projects-'));
    process.env.SEARCH_EMBEDDED_FILE = path.join(dir, 'search.db');
    cms = await startCms();
    api = contentApi(cms, await cms.apiToken('full-access'));
    site = await makeSite(api);
    other = await makeSite(api);
  });

  afterAll(async () => {
    await cms?.close();
    if (savedFile === undefined) delete process.env.SEARCH_EMBEDDED_FILE;
    else process.env.SEARCH_EMBEDDED_FILE = savedFile;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('sections: refuses a project whose years are out of order, whose amount is negative or whose progress is over 100%', async () => {
    await expectRefused(PROJECT, () => api.post('/api/projects', projectData(site.site, { periodStart: 2026, periodEnd: 2024 })), [
      'periodEnd',
    ]);
    await expectRefused(PROJECT, () => api.post('/api/projects', projectData(site.site, { totalInvestment: '-5' })), ['totalInvestment']);
    await expectRefused(
      PROJECT,
      () =>
        api.post('/api/projects?status=draft', projectData(site.site, { progress: [{ date: '2026-01-01', text: 'Xong.', percent: 140 }] })),
      ['progress.0.percent']
    );
    await expectRefused(PROJECT, () => api.post('/api/projects', projectData(site.site, { slug: 'dau-thau' })), ['slug']);
    await expectRefused(PROJECT, () => api.post('/api/projects', projectData(site.site, { site: null })), ['site']);
  });

  it('sections: refuses a notice whose dates are out of order, whose amounts are negative, or whose project is on another site', async () => {
    await expectRefused(
      NOTICE,
      () => api.post('/api/procurement-notices', noticeData(site.site, { bidClosingAt: '2026-02-20T02:00:00.000Z' })),
      ['bidClosingAt']
    );
    await expectRefused(
      NOTICE,
      () =>
        api.post(
          '/api/procurement-notices',
          noticeData(site.site, { resultDate: '2026-03-10', result: { state: 'trung-thau', winner: 'Công ty A' } })
        ),
      ['resultDate']
    );
    await expectRefused(
      NOTICE,
      () =>
        api.post(
          '/api/procurement-notices',
          noticeData(site.site, {
            budget: '-1',
            resultDate: '2026-04-01',
            result: { state: 'trung-thau', winner: 'Công ty A', contractValue: '-2' },
          })
        ),
      ['budget', 'result.contractValue']
    );
    await expectRefused(
      NOTICE,
      () => api.post('/api/procurement-notices', noticeData(site.site, { resultDate: '2026-04-01', result: { state: 'trung-thau' } })),
      ['result.winner']
    );
    const elsewhere = await api.post('/api/projects', projectData(other.site)).expect(201);
    await expectRefused(
      NOTICE,
      () => api.post('/api/procurement-notices', noticeData(site.site, { project: elsewhere.body.data.documentId })),
      ['project']
    );
  });

  it('sections: the public reads published projects and notices through the site build’s queries, drafts never', async () => {
    const published = await api.post('/api/projects', projectData(site.site, { name: `Trường mầm non Sao Mai ${unique()}` })).expect(201);
    const draft = await api.post('/api/projects?status=draft', projectData(site.site, { name: `Dự án nháp ${unique()}` })).expect(201);
    const notice = await api
      .post(
        '/api/procurement-notices',
        noticeData(site.site, {
          project: published.body.data.documentId,
          resultDate: '2026-03-20',
          result: { state: 'trung-thau', winner: 'Công ty TNHH Xây dựng Hải Đăng', contractValue: '1150000000' },
        })
      )
      .expect(201);
    const scope = { relation: 'site', slug: site.siteSlug };

    const projects = await anon(`/api/projects?${toQueryString(siteQueries.pageQuery(siteQueries.PROJECT_QUERY, scope, 1))}`);
    expect({ status: projects.status, error: projects.body.error }).toEqual({ status: 200, error: undefined });
    const ids = projects.body.data.map((p: { documentId: string }) => p.documentId);
    expect(ids).toContain(published.body.data.documentId);
    expect(ids).not.toContain(draft.body.data.documentId);
    const project = projects.body.data.find((p: { documentId: string }) => p.documentId === published.body.data.documentId);
    expect(String(project.totalInvestment)).toBe('12500000000');
    expect(project.progress).toEqual([expect.objectContaining({ date: '2026-05-01', text: 'Hoàn thành mặt hẻm.', percent: 60 })]);
    expect(project).not.toHaveProperty('site');

    const notices = await anon(
      `/api/procurement-notices?${toQueryString(siteQueries.pageQuery(siteQueries.PROCUREMENT_NOTICE_QUERY, scope, 1))}`
    );
    expect({ status: notices.status, error: notices.body.error }).toEqual({ status: 200, error: undefined });
    const [read] = notices.body.data.filter((n: { documentId: string }) => n.documentId === notice.body.data.documentId);
    expect(read.project).toMatchObject({ slug: published.body.data.slug });
    expect(read.result).toMatchObject({ state: 'trung-thau', winner: 'Công ty TNHH Xây dựng Hải Đăng' });

    // Beyond the declared shape: a draft, or a relation not named public.
    expect((await anon('/api/projects?status=draft')).status).toBe(400);
    expect((await anon('/api/procurement-notices?populate[site][populate][0]=units')).status).toBe(400);
  });

  it('sections: search finds a published project, its notice and a dataset without diacritics, and never a draft', async () => {
    const name = `Kè chống sạt lở Bãi Dâu Quokka ${unique()}`;
    const published = await api.post('/api/projects', projectData(site.site, { name, field: 'moi-truong' })).expect(201);
    const draft = await api.post('/api/projects?status=draft', projectData(site.site, { name: `Quokka bản nháp ${unique()}` })).expect(201);
    const notice = await api
      .post(
        '/api/procurement-notices',
        noticeData(site.site, { packageName: `Tư vấn giám sát kè Quokka ${unique()}`, project: published.body.data.documentId })
      )
      .expect(201);
    const dataset = (title: string) => ({
      site: site.site,
      title,
      field: 'tai-chinh-ngan-sach',
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
      chart: 'bar',
      source: 'Phòng Tài chính - Kế hoạch',
      table: { labelHeader: 'Hạng mục', columns: ['Tỷ đồng'], rows: [{ label: 'Kè Quokka', values: [12.5] }] },
    });
    const figures = await api.post('/api/datasets', dataset(`Vốn kè chống sạt lở Quokka ${unique()}`)).expect(201);
    const draftFigures = await api.post('/api/datasets?status=draft', dataset(`Quokka số liệu nháp ${unique()}`)).expect(201);
    await (cms.strapi.plugin('search').service('sync') as unknown as { drain(): Promise<number> }).drain();

    const config = (await cms.http().get('/api/search/config').expect(200)).body as SearchConfig;
    expect(config.indexes.sections).toBe('sections');
    const res = await fetch(`${cms.url}${new URL(config.host).pathname}/indexes/${config.indexes.sections}/search`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ q: 'ke chong sat lo quokka', filter: [`site = "${site.siteSlug}"`], facets: ['kind', 'field'] }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as {
      hits: Array<{ documentId: string; kind: string; path: string; fieldLabel?: string; stateLabel?: string }>;
      facetDistribution: Record<string, Record<string, number>>;
    };
    const ids = body.hits.map((hit) => hit.documentId);
    expect(ids).toContain(published.body.data.documentId);
    expect(ids).toContain(notice.body.data.documentId);
    expect(ids).not.toContain(draft.body.data.documentId);
    expect(ids).toContain(figures.body.data.documentId);
    expect(ids).not.toContain(draftFigures.body.data.documentId);
    expect(body.hits.find((hit) => hit.kind === 'dataset')).toMatchObject({
      path: `thong-ke/${figures.body.data.slug}/`,
      fieldLabel: 'Tài chính, ngân sách',
      stateLabel: 'Kỳ số liệu 01/2025 – 12/2025',
    });
    expect(body.hits.find((hit) => hit.documentId === published.body.data.documentId)).toMatchObject({
      kind: 'project',
      path: `du-an/${published.body.data.slug}/`,
      fieldLabel: 'Môi trường',
      stateLabel: 'Đang thực hiện',
    });
    expect(body.hits.find((hit) => hit.kind === 'procurement-notice')?.path).toBe(`du-an/dau-thau/${notice.body.data.slug}/`);
    expect(body.facetDistribution.kind).toEqual({ project: 1, 'procurement-notice': 1, dataset: 1 });
  });

  it("sections: a site's editor keeps its projects, only its approver publishes them, another site's editor cannot touch them", async () => {
    const editor = adminApi(cms, (await createStaff(cms, 'Biên tập dự án', [{ site: site.site, role: 'editor' }])).jwt);
    const approver = adminApi(cms, (await createStaff(cms, 'Duyệt dự án', [{ site: site.site, role: 'approver' }])).jwt);
    const outsider = adminApi(cms, (await createStaff(cms, 'Biên tập trang khác', [{ site: other.site, role: 'editor' }])).jwt);

    const created = await editor.create(PROJECT, projectData(site.site));
    expect(created.status).toBe(201);
    const documentId = created.body.data.documentId as string;
    expect((await outsider.create(PROJECT, projectData(site.site))).status).toBe(403);
    expect([403, 404]).toContain((await outsider.update(PROJECT, documentId, { investor: 'Không được sửa' })).status);

    const refused = await editor.publish(PROJECT, documentId);
    expect(refused.status).toBe(403);
    expect(await cms.strapi.db.query(PROJECT).count({ where: { documentId, publishedAt: { $notNull: true } } })).toBe(0);
    expect((await approver.publish(PROJECT, documentId)).status).toBe(200);
    expect(await cms.strapi.db.query(PROJECT).count({ where: { documentId, publishedAt: { $notNull: true } } })).toBe(1);
  });
});
