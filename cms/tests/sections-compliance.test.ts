import type { ComplianceOverview, ComplianceSectionRow } from '../src/plugins/reports/shared/contracts';
import { startCms, type TestCms } from './harness/cms';
import { articleData, contentApi, createAndPublish, errorPaths, makeSite, unique, type ContentApi } from './harness/fixtures';
import { adminApi, createStaff, type AdminApi } from './harness/workflow';

const WORK_SCHEDULE = 'api::work-schedule.work-schedule';
const DAY = 24 * 60 * 60 * 1000;

/** The Monday (YYYY-MM-DD) of the week `at` falls in, in Viet Nam (UTC+7, no daylight saving). */
const mondayOf = (at: Date): string => {
  const local = new Date(at.getTime() + 7 * 60 * 60 * 1000);
  return new Date(local.getTime() - ((local.getUTCDay() + 6) % 7) * DAY).toISOString().slice(0, 10);
};

describe('sections: the Nghị định 42 compliance check in Báo cáo', () => {
  let cms: TestCms;
  let api: ContentApi;
  let A: Awaited<ReturnType<typeof makeSite>>;
  let B: Awaited<ReturnType<typeof makeSite>>;
  let editorA: AdminApi;
  let editorB: AdminApi;
  let contributorA: AdminApi;

  const sectionsOf = async (who: AdminApi, site: string): Promise<Record<string, ComplianceSectionRow>> => {
    const data = (await who.get(`/reports/compliance?site=${site}`).expect(200)).body.data as ComplianceOverview;
    expect(data.sites).toHaveLength(1);
    return Object.fromEntries(data.sites[0].sections.map((s) => [s.section, s]));
  };

  beforeAll(async () => {
    cms = await startCms();
    api = contentApi(cms, await cms.apiToken('full-access'));
    A = await makeSite(api);
    B = await makeSite(api);
    editorA = adminApi(cms, (await createStaff(cms, `editor@A-${unique()}`, [{ site: A.site, role: 'editor' }])).jwt);
    editorB = adminApi(cms, (await createStaff(cms, `editor@B-${unique()}`, [{ site: B.site, role: 'editor' }])).jwt);
    contributorA = adminApi(cms, (await createStaff(cms, `contributor@A-${unique()}`, [{ site: A.site, role: 'contributor' }])).jwt);
  });
  afterAll(async () => cms?.close());

  it('shows the check to the board of the site only', async () => {
    await contributorA.get(`/reports/compliance?site=${A.site}`).expect(403);
    await editorB.get(`/reports/compliance?site=${A.site}`).expect(403);
    await contributorA.get(`/reports/exports/compliance?format=csv&site=${A.site}`).expect(403);
    const all = (await editorB.get('/reports/compliance').expect(200)).body.data as ComplianceOverview;
    expect(all.sites.map((s) => s.documentId)).toEqual([B.site]);
    expect(all.statusLabels).toEqual({ ok: 'Đạt', stale: 'Chưa cập nhật', missing: 'Thiếu' });
  });

  it('lists a ward’s sections as missing until they have content, then as passed', async () => {
    const before = await sectionsOf(editorA, A.site);
    // A ward's component site is not asked for the city portal's plans, projects or statistics.
    expect(Object.keys(before).sort()).toEqual(
      ['administrative', 'contact', 'english', 'news', 'officials', 'organisation', 'publicServices', 'questions', 'schedule'].sort()
    );
    for (const section of ['news', 'organisation', 'administrative', 'contact']) {
      expect(before[section]).toMatchObject({ status: 'missing', count: 0, lastUpdated: null });
    }
    expect(before.news.reason).toBe('Chưa có tin, bài nào được đăng.');

    expect((await createAndPublish(cms, api, 'articles', articleData(A))).status).toBe(200);
    await api
      .post('/api/units', { name: `Văn phòng UBND ${unique()}`, nameEn: 'Office', kind: 'ward-committee', site: A.site })
      .expect(201);
    const doc = {
      number: `${Math.floor(Math.random() * 9000) + 1000}/QĐ-UBND`,
      kind: 'administrative',
      type: 'quyet-dinh',
      issuer: `UBND phường thử ${unique()}`,
      issuedDate: '2026-01-05',
      summary: 'Về việc kiện toàn Ban biên tập Trang thông tin điện tử phường.',
      site: A.site,
    };
    expect((await createAndPublish(cms, api, 'legal-documents', doc)).status).toBe(200);
    await api
      .put(`/api/sites/${A.site}`, { contact: { address: '12 Trần Hưng Đạo, Phường 1, Vũng Tàu', phone: '0254 3852 000' } })
      .expect(200);

    const after = await sectionsOf(editorA, A.site);
    for (const section of ['news', 'organisation', 'administrative', 'contact', 'english']) {
      expect({ section, status: after[section].status }).toEqual({ section, status: 'ok' });
      expect(after[section].count).toBeGreaterThan(0);
      expect(after[section].reason).toMatch(/^\d+ mục, cập nhật lần cuối ngày \d\d\/\d\d\/\d{4}\.$/);
    }
    // Site B is untouched by what A publishes.
    expect((await sectionsOf(editorB, B.site)).news.status).toBe('missing');
  });

  it('counts only published content: an unpublished article leaves news missing on another site', async () => {
    const draft = await api.post('/api/articles?status=draft', articleData(B)).expect(201);
    expect(draft.body.data.documentId).toBeTruthy();
    expect((await sectionsOf(editorB, B.site)).news).toMatchObject({ status: 'missing', count: 0 });
  });

  it('checks the work schedule of this ISO week when the type exists, and counts it missing when it does not', async () => {
    const before = await sectionsOf(editorA, A.site);
    expect(before.schedule).toMatchObject({ status: 'missing', count: 0 });
    if (!cms.strapi.contentTypes[WORK_SCHEDULE as keyof typeof cms.strapi.contentTypes]) return;
    const documents = cms.strapi.documents(WORK_SCHEDULE as never);
    const lastWeek = mondayOf(new Date(Date.now() - 7 * DAY));
    await documents.create({ data: { site: A.site, weekStart: lastWeek } as never, status: 'published' } as never);
    const stale = await sectionsOf(editorA, A.site);
    expect(stale.schedule.status).toBe('stale');
    expect(stale.schedule.reason).toContain('Chưa cập nhật lịch làm việc tuần này');
    await documents.create({ data: { site: A.site, weekStart: mondayOf(new Date()) } as never, status: 'published' } as never);
    expect((await sectionsOf(editorA, A.site)).schedule.status).toBe('ok');
  });

  it('exports the check with each status in words', async () => {
    const csv = await editorA.get(`/reports/exports/compliance?format=csv&site=${A.site}`).buffer(true).expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const text = String(csv.text);
    expect(text).toContain('Tình trạng');
    expect(text).toContain('Tin tức, sự kiện');
    expect(text).toMatch(/Thiếu/);
    expect(text).toMatch(/Đạt/);
  });

  it('refuses a documents filter that is not a list of legal document kinds or types, in Vietnamese', async () => {
    const bad = await api
      .post('/api/categories', { name: 'Quy hoạch', site: A.site, kind: 'documents', documentTypes: ['quy-hoach', 'bang-ke'] })
      .expect(400);
    expect(errorPaths(bad.body)).toEqual(['documentTypes']);
    expect(bad.body.error.message).toContain('hình thức văn bản');
    const notDocuments = await api
      .post('/api/categories', { name: 'Tin', site: A.site, kind: 'news', documentKinds: ['normative'] })
      .expect(400);
    expect(errorPaths(notDocuments.body)).toEqual(['documentKinds']);
    const good = await api
      .post('/api/categories', {
        name: 'Chiến lược, quy hoạch, kế hoạch',
        site: A.site,
        kind: 'documents',
        documentKinds: ['administrative'],
        documentTypes: ['quy-hoach', 'ke-hoach'],
      })
      .expect(201);
    expect(good.body.data.documentTypes).toEqual(['quy-hoach', 'ke-hoach']);
  });
});
