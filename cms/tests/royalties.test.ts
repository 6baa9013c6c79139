import { monthOf } from '../src/plugins/reports/server/services/periods';
import { startCms, type TestCms } from './harness/cms';
import { articleData, errorPaths, unique } from './harness/fixtures';
import { configureRoyalties, RECORD, type RecordView } from './harness/royalties';
import { adminApi, ARTICLE, bringTo, createStaff, type AdminApi } from './harness/workflow';
import { buildWorld, peopleOf, type People, type World } from './harness/workflow-world';

describe('royalties', () => {
  let cms: TestCms;
  let world: World;
  let people: People;
  let head: AdminApi;
  let finance: AdminApi;
  let headB: AdminApi;
  let unit: string;
  let writer: string;
  let coWriter: string;

  beforeAll(async () => {
    cms = await startCms();
    world = await buildWorld(cms);
    people = peopleOf(world);
    await configureRoyalties(world.superAdmin, world.sites.A.site);
    head = adminApi(cms, (await createStaff(cms, 'board-head@A', [{ site: world.sites.A.site, role: 'board-head' }])).jwt);
    finance = adminApi(cms, (await createStaff(cms, 'finance@A', [{ site: world.sites.A.site, role: 'finance' }])).jwt);
    headB = adminApi(cms, (await createStaff(cms, 'board-head@B', [{ site: world.sites.B.site, role: 'board-head' }])).jwt);
    unit = (await world.api.post('/api/units', { name: `Phòng thử ${unique()}`, kind: 'department', site: world.sites.A.site }).expect(201))
      .body.data.documentId;
    const person = async (fullName: string) =>
      (await world.api.post('/api/contributors', { fullName, unit, email: `${unique()}@vungtau.test` }).expect(201)).body.data
        .documentId as string;
    writer = await person('Nguyễn Văn An');
    coWriter = await person('Trần Thị Bình');
  });
  afterAll(async () => cms?.close());

  const piece = async (authors: Array<[string, number]>, overrides: Record<string, unknown> = {}) => {
    const data = articleData(world.sites.A, {
      unit,
      authors: authors.map(([contributor, share]) => ({ contributor, share })),
      ...overrides,
    });
    return (await people.author.create(ARTICLE, data).expect(201)).body.data.documentId as string;
  };
  const statement = async (as: AdminApi, month = monthOf(new Date()), site = world.sites.A.site) =>
    (await as.get(`/reports/royalties?site=${site}&month=${month}`).expect(200)).body.data as {
      records: RecordView[];
      total: { count: number; amount: number };
      byContributor: { rows: Array<{ label: string; amount: number; count: number }>; total: { amount: number } };
      missing: Array<{ documentId: string }>;
    };
  const recordsOf = async (documentId: string, month?: string) =>
    (await statement(world.superAdmin, month)).records.filter((r) => r.articleDocumentId === documentId);

  it('creates royalty records for an approved piece: coefficient × unit value, split by the co-authors\u2019 shares', async () => {
    const id = await piece([
      [writer, 60],
      [coWriter, 40],
    ]);
    await bringTo(people, ARTICLE, id, 'published');
    const records = await recordsOf(id);
    expect(records.map((r) => [r.contributor?.fullName, r.coefficient, r.unitValue, r.share, r.amount, r.status])).toEqual([
      ['Nguyễn Văn An', 1.5, 234000, 60, 210600, 'pending'],
      ['Trần Thị Bình', 1.5, 234000, 40, 140400, 'pending'],
    ]);
    expect(records.every((r) => r.period === monthOf(new Date()))).toBe(true);
  });

  it('does not pay twice for a re-approved correction, follows corrections while pending, and freezes once approved', async () => {
    const id = await piece([
      [writer, 60],
      [coWriter, 40],
    ]);
    await bringTo(people, ARTICLE, id, 'published');
    await people.editor.update(ARTICLE, id, { title: `Tin đã sửa ${unique()}` }).expect(200);
    await people.approver.act(ARTICLE, id, 'approve').expect(200);
    expect((await recordsOf(id)).map((r) => r.amount)).toEqual([210600, 140400]);

    await people.editor
      .update(ARTICLE, id, {
        authors: [
          { contributor: writer, share: 50 },
          { contributor: coWriter, share: 50 },
        ],
      })
      .expect(200);
    await people.approver.act(ARTICLE, id, 'approve').expect(200);
    const corrected = await recordsOf(id);
    expect(corrected.map((r) => r.amount)).toEqual([175500, 175500]);

    await head.post('/reports/royalties/approve', { ids: corrected.map((r) => r.documentId) }).expect(200);
    await people.editor.update(ARTICLE, id, { form: 'bai', authors: [{ contributor: writer, share: 100 }] }).expect(200);
    await people.approver.act(ARTICLE, id, 'approve').expect(200);
    expect((await recordsOf(id)).map((r) => [r.amount, r.status])).toEqual([
      [175500, 'approved'],
      [175500, 'approved'],
    ]);
  });

  it('pays nothing for a returned or never-published piece, nor for one without contributors', async () => {
    const returned = await piece([[writer, 100]]);
    await bringTo(people, ARTICLE, returned, 'returned');
    const waiting = await piece([[writer, 100]]);
    await bringTo(people, ARTICLE, waiting, 'edited');
    const anonymous = await piece([], { byline: 'Phóng viên' });
    await bringTo(people, ARTICLE, anonymous, 'published');
    for (const id of [returned, waiting, anonymous])
      expect(await cms.strapi.db.query(RECORD).count({ where: { articleDocumentId: id } })).toBe(0);
  });

  it('lets the board adjust a coefficient within the range with a note, and refuses one outside it or without a note', async () => {
    const id = await piece([
      [writer, 70],
      [coWriter, 30],
    ]);
    await bringTo(people, ARTICLE, id, 'published');
    const url = `/reports/royalties/articles/${id}/coefficient`;
    const outside = await people.editor.post(url, { coefficient: 2.5, note: 'Tin độc quyền' }).expect(400);
    expect(errorPaths(outside.body)).toEqual(['coefficient']);
    expect(outside.body.error.message).toContain('từ 1 đến 2');
    expect(errorPaths((await people.editor.post(url, { coefficient: 1.8 }).expect(400)).body)).toEqual(['note']);
    await world.users['contributor@A'].post(url, { coefficient: 2, note: 'x' }).expect(403);
    await world.users['editor@B'].post(url, { coefficient: 2, note: 'x' }).expect(403);
    await finance.post(url, { coefficient: 2, note: 'x' }).expect(403);
    expect((await recordsOf(id)).map((r) => r.amount)).toEqual([245700, 105300]);

    const res = await people.editor.post(url, { coefficient: '2', note: 'Tin độc quyền, có ảnh tự chụp' }).expect(200);
    expect(res.body.data.records.map((r: { amount: number }) => r.amount)).toEqual([327600, 140400]);
    // A correction re-published afterwards keeps the board's adjustment.
    await people.editor.update(ARTICLE, id, { title: `Tin độc quyền ${unique()}` }).expect(200);
    await people.approver.act(ARTICLE, id, 'approve').expect(200);
    expect((await recordsOf(id)).map((r) => [r.coefficient, r.amount])).toEqual([
      [2, 327600],
      [2, 140400],
    ]);
  });

  it('is approved by the head of the board only, paid by finance only, and locked once paid', async () => {
    const id = await piece([[writer, 100]]);
    await bringTo(people, ARTICLE, id, 'published');
    const ids = (await recordsOf(id)).map((r) => r.documentId);
    await people.approver.post('/reports/royalties/approve', { ids }).expect(403);
    await finance.post('/reports/royalties/pay', { ids }).expect(400);
    await headB.post('/reports/royalties/approve', { ids }).expect(403);
    await head.post('/reports/royalties/approve', { ids }).expect(200);
    await head.post('/reports/royalties/pay', { ids }).expect(403);
    await finance.post('/reports/royalties/pay', { ids, paymentRef: 'PC-12/2026' }).expect(200);
    expect((await recordsOf(id))[0].status).toBe('paid');

    await people.editor.post(`/reports/royalties/articles/${id}/coefficient`, { coefficient: 2, note: 'Sửa sau khi chi' }).expect(400);
    await finance.post('/reports/royalties/pay', { ids }).expect(400);
    await world.superAdmin.update(RECORD, ids[0], { amount: 1 }).expect(403);
    await world.superAdmin.remove(RECORD, ids[0]).expect(403);
    await expect(cms.strapi.documents(RECORD).update({ documentId: ids[0], data: { amount: 1 } as never })).rejects.toThrow(
      /không nhập tay|không thêm, sửa/
    );

    // Withdrawing a paid piece, even as published in error, keeps its record as it was.
    await people.approver.act(ARTICLE, id, 'withdraw', { withdrawReason: 'published-in-error', note: 'Nhầm trang.' }).expect(200);
    expect((await recordsOf(id)).map((r) => [r.status, r.amount])).toEqual([['paid', 351000]]);
  });

  it('takes back the pending royalty of a piece withdrawn as published in error, and keeps one withdrawn as outdated', async () => {
    const wrong = await piece([[writer, 100]]);
    const old = await piece([[writer, 100]]);
    for (const id of [wrong, old]) await bringTo(people, ARTICLE, id, 'published');
    await people.approver.act(ARTICLE, wrong, 'withdraw', { withdrawReason: 'published-in-error', note: 'Đăng nhầm.' }).expect(200);
    await people.approver.act(ARTICLE, old, 'withdraw', { withdrawReason: 'outdated', note: 'Hết thời sự.' }).expect(200);
    expect(await recordsOf(wrong)).toEqual([]);
    expect((await recordsOf(old)).map((r) => r.amount)).toEqual([351000]);
  });

  it('dates scheduled pieces to their publishing time in Vietnam: 23:59:59 on 31 January is January, midnight is February', async () => {
    const before = await piece([[writer, 100]]);
    const after = await piece([[writer, 100]]);
    await bringTo(people, ARTICLE, before, 'edited');
    await bringTo(people, ARTICLE, after, 'edited');
    await people.approver.act(ARTICLE, before, 'schedule', { publishAt: '2099-01-31T16:59:59.000Z' }).expect(200);
    await people.approver.act(ARTICLE, after, 'schedule', { publishAt: '2099-01-31T17:00:00.000Z' }).expect(200);
    await cms.strapi.plugin('workflow').service('scheduler').publishDue(new Date('2099-01-31T17:01:00.000Z'));
    expect((await recordsOf(before, '2099-01')).map((r) => r.period)).toEqual(['2099-01']);
    expect(await recordsOf(after, '2099-01')).toEqual([]);
    expect((await recordsOf(after, '2099-02')).map((r) => [r.period, r.amount])).toEqual([['2099-02', 351000]]);
  });

  it('keeps royalty data off every public route and within each site\u2019s board and finance', async () => {
    const id = await piece([[writer, 100]]);
    await bringTo(people, ARTICLE, id, 'published');
    await cms.http().get('/api/royalty-records').expect(404);
    await cms.http().get('/api/royalty-rates').expect(404);
    const readOnly = await cms.apiToken('read-only');
    await cms.http().get('/api/royalty-records').set('Authorization', `Bearer ${readOnly}`).expect(404);
    await cms.http().get('/reports/royalties').expect(401);
    for (const who of ['contributor@A', 'site-admin@A', 'editor@B', 'approver@city']) {
      await world.users[who].get(`/reports/royalties?site=${world.sites.A.site}`).expect(403);
    }
    await world.users['contributor@A'].get('/reports/royalties').expect(403);
    const seenByB = await statement(world.users['editor@B'], monthOf(new Date()), 'all');
    expect(seenByB.records.some((r) => r.articleDocumentId === id)).toBe(false);
    const seenByA = await statement(people.editor);
    expect(seenByA.records.some((r) => r.articleDocumentId === id)).toBe(true);
  });

  it('lists pieces published before their site had rates, and computes them once the rates exist', async () => {
    const B = peopleOf(world, 'B');
    // A contributor of B's own: an article's authors belong to its site.
    const unitB = (
      await world.api.post('/api/units', { name: `Phòng thử ${unique()}`, kind: 'department', site: world.sites.B.site }).expect(201)
    ).body.data.documentId as string;
    const writerB = (
      await world.api.post('/api/contributors', { fullName: 'Phạm Văn Cường', unit: unitB, email: `${unique()}@vungtau.test` }).expect(201)
    ).body.data.documentId as string;
    const created = await B.author
      .create(ARTICLE, articleData(world.sites.B, { authors: [{ contributor: writerB, share: 100 }] }))
      .expect(201);
    const id = created.body.data.documentId as string;
    await bringTo(B, ARTICLE, id, 'published');
    const before = await statement(B.editor, monthOf(new Date()), world.sites.B.site);
    expect(before.missing.map((m) => m.documentId)).toContain(id);
    await configureRoyalties(world.superAdmin, world.sites.B.site);
    await finance.post('/reports/royalties/compute', { site: world.sites.B.site, month: monthOf(new Date()) }).expect(403);
    const computed = await B.editor
      .post('/reports/royalties/compute', { site: world.sites.B.site, month: monthOf(new Date()) })
      .expect(200);
    expect(computed.body.data.outcomes.created).toBeGreaterThanOrEqual(1);
    const after = await statement(B.editor, monthOf(new Date()), world.sites.B.site);
    expect(after.missing).toEqual([]);
    expect(after.records.filter((r) => r.articleDocumentId === id).map((r) => r.amount)).toEqual([351000]);
  });
});
