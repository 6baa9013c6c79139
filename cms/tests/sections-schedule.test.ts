import path from 'path';
import { addDays, mondayOf } from '@vungtau/publishing';
import { APP_DIR, startCms, type TestCms } from './harness/cms';
import { contentApi, errorPaths, makeSite, type ContentApi } from './harness/fixtures';
import { republishForNewDay } from '../src/plugins/schedule/server/services/new-day';
import { adminApi, createStaff, type AdminApi } from './harness/workflow';

const UID = 'api::work-schedule.work-schedule';
const VIETNAMESE = /[ạảãáàăâêôơưđíìịóòọúùụýỳỹ]/i;

// The site build's own query of the schedule (read from its source, as the security suite reads the others).
type Json = Record<string, unknown>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const siteQueries = require(path.resolve(APP_DIR, '..', 'site', 'src', 'loaders', 'queries.ts')) as {
  WORK_SCHEDULE_QUERY: Json;
  pageQuery: (query: Json, site: { relation: string | null; slug: string } | undefined, page: number) => Json;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { toQueryString } = require(path.resolve(APP_DIR, '..', 'site', 'src', 'utils', 'query-string.ts')) as {
  toQueryString: (q: Json) => string;
};

/** A Monday far from the demo weeks, different per test so weeks never clash across tests. */
let weekCounter = 0;
const freshMonday = (): string => addDays('2031-01-06', 7 * (weekCounter += 1));

const entry = (date: string, overrides: Json = {}): Json => ({
  date,
  startTime: '08:00:00.000',
  endTime: '10:00:00.000',
  leaderNames: 'Đ/c Nguyễn Văn Hải - Chủ tịch UBND Phường 1',
  content: 'Giao ban đầu tuần',
  place: 'Hội trường UBND Phường 1',
  chair: 'Chủ tịch UBND Phường 1',
  participants: 'Thường trực UBND',
  preparingUnit: 'Văn phòng - Thống kê',
  state: 'planned',
  ...overrides,
});

describe('sections: work schedule (lịch công tác)', () => {
  let cms: TestCms;
  let api: ContentApi;
  let superAdmin: AdminApi;
  let ward: { site: string; siteSlug: string };
  let other: { site: string; siteSlug: string };
  let editor: AdminApi;
  let approver: AdminApi;
  let otherApprover: AdminApi;

  const count = async () => (await cms.strapi.db.query(UID).count({})) as number;
  const draftOf = async (documentId: string) =>
    (await cms.strapi.documents(UID).findOne({ documentId, status: 'draft', populate: { entries: true } })) as unknown as {
      weekStart: string;
      entries: Array<Json & { date: string; state: string; note: string | null }>;
    };
  const makeWeek = async (as: AdminApi, site: string, weekStart: string, entries: Json[]) =>
    (await as.create(UID, { site, weekStart, entries }).expect(201)).body.data.documentId as string;

  beforeAll(async () => {
    cms = await startCms();
    api = contentApi(cms, await cms.apiToken('full-access'));
    superAdmin = adminApi(cms, await cms.adminJwt());
    ward = await makeSite(api);
    other = await makeSite(api);
    editor = adminApi(cms, (await createStaff(cms, 'Bien tap lich', [{ site: ward.site, role: 'editor' }])).jwt);
    approver = adminApi(cms, (await createStaff(cms, 'Duyet lich', [{ site: ward.site, role: 'approver' }])).jwt);
    otherApprover = adminApi(cms, (await createStaff(cms, 'Duyet phuong khac', [{ site: other.site, role: 'approver' }])).jwt);
  });

  afterAll(async () => {
    await cms?.close();
  });

  it('stores an editor’s week as a draft with its entries, changed and cancelled ones with their reasons', async () => {
    const monday = freshMonday();
    const documentId = await makeWeek(editor, ward.site, monday, [
      entry(monday),
      entry(addDays(monday, 1), { state: 'changed', note: 'Chuyển sang buổi chiều.' }),
      entry(addDays(monday, 2), { state: 'cancelled', note: 'Hoãn do mưa bão.', endTime: null }),
    ]);
    const stored = await draftOf(documentId);
    expect(stored.weekStart).toBe(monday);
    expect(stored.entries.map((e) => [e.date, e.state, e.note])).toEqual([
      [monday, 'planned', null],
      [addDays(monday, 1), 'changed', 'Chuyển sang buổi chiều.'],
      [addDays(monday, 2), 'cancelled', 'Hoãn do mưa bão.'],
    ]);
    expect(await cms.strapi.documents(UID).findOne({ documentId, status: 'published' })).toBeNull();
  });

  it.each([
    ['a week that does not start on a Monday', (m: string) => ({ weekStart: addDays(m, 2), entries: [] }), ['weekStart'], /thứ Hai/],
    [
      'an entry outside its week',
      (m: string) => ({ weekStart: m, entries: [entry(addDays(m, 7))] }),
      ['entries.0.date'],
      /không thuộc tuần/,
    ],
    [
      'an end time before the start',
      (m: string) => ({ weekStart: m, entries: [entry(m, { startTime: '14:00:00.000', endTime: '13:30:00.000' })] }),
      ['entries.0.endTime'],
      /giờ kết thúc phải sau giờ bắt đầu/,
    ],
    [
      'a change without its reason',
      (m: string) => ({ weekStart: m, entries: [entry(m), entry(m, { state: 'changed', note: '  ' })] }),
      ['entries.1.note'],
      /lý do/,
    ],
    ['a week without a site', (m: string) => ({ site: null, weekStart: m, entries: [] }), ['site'], /trang/],
  ])('refuses %s with 400, a Vietnamese message on the field, and stores nothing', async (_name, data, paths, message) => {
    const before = await count();
    const res = await superAdmin.create(UID, { site: ward.site, ...data(freshMonday()) }).expect(400);
    expect(errorPaths(res.body)).toEqual(paths);
    expect(res.body.error.message).toMatch(message);
    expect(res.body.error.message).toMatch(VIETNAMESE);
    expect(await count()).toBe(before);
  });

  it('keeps one schedule per site and week: a second one of the same week is refused, another site’s is not', async () => {
    const monday = freshMonday();
    await makeWeek(superAdmin, ward.site, monday, [entry(monday)]);
    const res = await superAdmin.create(UID, { site: ward.site, weekStart: monday, entries: [] }).expect(400);
    expect(errorPaths(res.body)).toEqual(['weekStart']);
    expect(res.body.error.message).toMatch(/đã có lịch công tác/);
    await makeWeek(superAdmin, other.site, monday, []);
  });

  it('copies the site’s latest week to the next as a draft: dates a week on, every entry planned again, reasons dropped', async () => {
    const site = (await makeSite(api)).site;
    const staff = adminApi(cms, (await createStaff(cms, 'Van phong sao chep', [{ site, role: 'editor' }])).jwt);
    const monday = freshMonday();
    const older = await makeWeek(superAdmin, site, addDays(monday, -7), [entry(addDays(monday, -7))]);
    const latest = await makeWeek(superAdmin, site, monday, [
      entry(monday),
      entry(addDays(monday, 3), { state: 'cancelled', note: 'Hoãn.', startTime: '14:00:00.000', endTime: '16:00:00.000' }),
    ]);

    // From the older week's edit view too: it is always the site's latest week that is copied.
    const copied = await staff.post(`/schedule/work-schedules/${older}/copy-last-week`).expect(200);
    expect(copied.body.data).toMatchObject({ weekStart: addDays(monday, 7), copiedFrom: monday, entries: 2 });
    const next = await draftOf(copied.body.data.documentId);
    expect(next.weekStart).toBe(addDays(monday, 7));
    // PostgreSQL gives times without milliseconds.
    expect(next.entries.map((e) => [e.date, String(e.startTime).slice(0, 5), e.state, e.note])).toEqual([
      [addDays(monday, 7), '08:00', 'planned', null],
      [addDays(monday, 10), '14:00', 'planned', null],
    ]);
    expect(await cms.strapi.documents(UID).findOne({ documentId: copied.body.data.documentId, status: 'published' })).toBeNull();
    // The week copied from is as it was.
    expect((await draftOf(latest)).entries.map((e) => e.state)).toEqual(['planned', 'cancelled']);

    const again = await staff.post(`/schedule/work-schedules/${latest}/copy-last-week`).expect(200);
    expect(again.body.data.weekStart).toBe(addDays(monday, 14));
  });

  it('refuses to copy or repeat for someone who does not keep the site’s schedule, in Vietnamese, changing nothing', async () => {
    const monday = freshMonday();
    const documentId = await makeWeek(superAdmin, ward.site, monday, [entry(monday)]);
    const before = await count();
    const copy = await otherApprover.post(`/schedule/work-schedules/${documentId}/copy-last-week`).expect(403);
    expect(copy.body.error.message).toMatch(VIETNAMESE);
    const repeat = await otherApprover
      .post(`/schedule/work-schedules/${documentId}/repeat`, { entry: 0, dates: [addDays(monday, 1)] })
      .expect(403);
    expect(repeat.body.error.message).toMatch(VIETNAMESE);
    expect(await count()).toBe(before);
    expect((await draftOf(documentId)).entries).toHaveLength(1);
  });

  it('repeats an entry on other days of its week, in order of day and time; refuses days outside the week', async () => {
    const monday = freshMonday();
    const documentId = await makeWeek(editor, ward.site, monday, [
      entry(addDays(monday, 1), { content: 'Tiếp công dân định kỳ' }),
      entry(addDays(monday, 2), { content: 'Kiểm tra trật tự đô thị', startTime: '07:00:00.000', endTime: '09:00:00.000' }),
    ]);
    const res = await editor
      .post(`/schedule/work-schedules/${documentId}/repeat`, { entry: 0, dates: [addDays(monday, 3), monday] })
      .expect(200);
    expect(res.body.data).toMatchObject({ added: 2, weekStart: monday });
    expect((await draftOf(documentId)).entries.map((e) => [e.date, e.content])).toEqual([
      [monday, 'Tiếp công dân định kỳ'],
      [addDays(monday, 1), 'Tiếp công dân định kỳ'],
      [addDays(monday, 2), 'Kiểm tra trật tự đô thị'],
      [addDays(monday, 3), 'Tiếp công dân định kỳ'],
    ]);

    for (const [body, message] of [
      [{ entry: 0, dates: [addDays(monday, 7)] }, /không thuộc tuần/],
      [{ entry: 0, dates: [monday] }, /đã có vào ngày chọn/],
      [{ entry: 9, dates: [addDays(monday, 4)] }, /không có buổi làm việc thứ 10/],
      [{ entry: 0, dates: [] }, /Chọn từ một đến sáu ngày/],
      [{ entry: 'x', dates: ['31/12/2031'] }, /Chọn buổi làm việc/],
    ] as const) {
      const refused = await editor.post(`/schedule/work-schedules/${documentId}/repeat`, body).expect(400);
      expect(refused.body.error.message).toMatch(message);
    }
    expect((await draftOf(documentId)).entries).toHaveLength(4);
  });

  it('is published by an approver of the site only: not by its editor, nor by another ward’s approver', async () => {
    const monday = freshMonday();
    const documentId = await makeWeek(editor, ward.site, monday, [entry(monday)]);
    const byEditor = await editor.publish(UID, documentId);
    expect(byEditor.status).toBe(403);
    const byOther = await otherApprover.publish(UID, documentId);
    expect(byOther.status).toBe(403);
    expect(await cms.strapi.documents(UID).findOne({ documentId, status: 'published' })).toBeNull();
    await approver.publish(UID, documentId).expect(200);
    expect(await cms.strapi.documents(UID).findOne({ documentId, status: 'published' })).not.toBeNull();
  });

  it('shows the public only published weeks, through the site build’s query, and nothing outside the declared shape', async () => {
    const site = await makeSite(api);
    const monday = freshMonday();
    const published = await makeWeek(superAdmin, site.site, monday, [entry(monday, { state: 'changed', note: 'Đổi giờ.' })]);
    await superAdmin.publish(UID, published).expect(200);
    const draft = await makeWeek(superAdmin, site.site, addDays(monday, 7), [entry(addDays(monday, 7))]);

    const query = toQueryString(siteQueries.pageQuery(siteQueries.WORK_SCHEDULE_QUERY, { relation: 'site', slug: site.siteSlug }, 1));
    const res = await cms.http().get(`/api/work-schedules?${query}`).expect(200);
    expect(res.body.data.map((w: { documentId: string }) => w.documentId)).toEqual([published]);
    expect(res.body.data.map((w: { documentId: string }) => w.documentId)).not.toContain(draft);
    const [week] = res.body.data as Array<Json & { entries: Json[] }>;
    expect(week).toMatchObject({ weekStart: monday, note: null });
    expect(week.entries[0]).toMatchObject({ date: monday, state: 'changed', note: 'Đổi giờ.', leaderNames: expect.any(String) });

    await cms.http().get(`/api/work-schedules?status=draft`).expect(400);
    await cms.http().get(`/api/work-schedules?populate[createdBy]=true`).expect(400);
    await cms.http().get(`/api/work-schedules?filters[entries][note][$contains]=a`).expect(400);
    // Writing is not public.
    await cms
      .http()
      .post('/api/work-schedules')
      .send({ data: { site: site.site, weekStart: mondayOf('2031-06-04') } })
      .expect(403);
  });

  it('names its leaders from the site’s officials: one of another site is refused, and the public reads their names and posts', async () => {
    const official = async (site: string, name: string) =>
      (await superAdmin.create('api::official.official', { site, name, position: 'Chủ tịch UBND phường', rank: 'head' }).expect(201)).body
        .data.documentId as string;
    const own = await official(ward.site, 'Nguyễn Thị Lịch');
    const stranger = await official(other.site, 'Trần Văn Khác');
    const monday = freshMonday();

    const before = await count();
    const refused = await editor.create(UID, {
      site: ward.site,
      weekStart: monday,
      entries: [entry(monday, { leaderNames: null, leaders: [stranger] })],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toMatch(/Trần Văn Khác không thuộc trang/);
    const nobody = await editor.create(UID, { site: ward.site, weekStart: monday, entries: [entry(monday, { leaderNames: null })] });
    expect(nobody.status).toBe(400);
    expect(errorPaths(nobody.body)).toContain('entries.0.leaders');
    expect(nobody.body.error.message).toMatch(VIETNAMESE);
    expect(await count()).toBe(before);

    const documentId = await makeWeek(editor, ward.site, monday, [entry(monday, { leaderNames: null, leaders: [own] })]);
    await approver.publish(UID, documentId).expect(200);
    const query = toQueryString(siteQueries.pageQuery(siteQueries.WORK_SCHEDULE_QUERY, { relation: 'site', slug: ward.siteSlug }, 1));
    const res = await cms.http().get(`/api/work-schedules?${query}`).expect(200);
    const week = (res.body.data as Array<Json & { documentId: string; entries: Array<Json & { leaders: Json[] }> }>).find(
      (w) => w.documentId === documentId
    );
    expect(week?.entries[0].leaders).toEqual([
      expect.objectContaining({ documentId: own, name: 'Nguyễn Thị Lịch', position: 'Chủ tịch UBND phường' }),
    ]);
  });

  it('is published again just after midnight in Vietnam on every active site with a published week, and on no other', async () => {
    const site = await makeSite(api);
    const monday = freshMonday();
    const documentId = await makeWeek(superAdmin, site.site, monday, [entry(monday)]);
    await superAdmin.publish(UID, documentId).expect(200);
    const unpublished = await makeSite(api);
    await makeWeek(superAdmin, unpublished.site, monday, [entry(monday)]);
    const JOB = 'plugin::rebuild.job';
    await cms.strapi.db.query(JOB).deleteMany({ where: { siteSlug: { $in: [site.siteSlug, unpublished.siteSlug] } } });

    const slugs = await republishForNewDay(cms.strapi);
    expect(slugs).toContain(site.siteSlug);
    expect(slugs).not.toContain(unpublished.siteSlug);
    const job = (await cms.strapi.db.query(JOB).findOne({ where: { siteSlug: site.siteSlug, status: 'queued' } })) as {
      changes: unknown;
      reasons: string[];
    } | null;
    expect(job).toMatchObject({ changes: { all: true }, reasons: ['Sang ngày mới: lịch công tác đánh dấu hôm nay'] });
    expect(await cms.strapi.db.query(JOB).count({ where: { siteSlug: unpublished.siteSlug } })).toBe(0);
  });
});
