import fs from 'fs';
import os from 'os';
import path from 'path';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { yearRange } from '../src/plugins/reports/server/services/periods';
import { formatLine } from '../src/plugins/reports/server/visits/log-line';
import { startCms, type TestCms } from './harness/cms';
import { unique } from './harness/fixtures';
import { propertyRuns } from './harness/property';
import { adminApi, createStaff, type AdminApi } from './harness/workflow';
import { buildWorld, type World } from './harness/workflow-world';

const FIXTURE = path.resolve(__dirname, 'fixtures', 'access-board.log');
const CHROME = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

interface Row {
  day: string;
  site: string;
  visits: number;
  views: number;
  bots: number;
}

describe('board: visitor figures from the access logs', () => {
  let cms: TestCms;
  let world: World;
  let head: AdminApi;
  let dir: string;
  let A: { documentId: string; slug: string; name: string };
  let B: { documentId: string; domain: string; name: string };
  const importVisits = () => cms.strapi.plugin('reports').service('visits').import();
  const publicSite = async (documentId: string) =>
    (await cms.http().get(`/api/sites?filters[documentId][$eq]=${documentId}`).expect(200)).body.data[0] as Record<string, unknown>;

  beforeAll(async () => {
    cms = await startCms();
    world = await buildWorld(cms);
    const a = (await world.api.get(`/api/sites/${world.sites.A.site}`).expect(200)).body.data;
    A = { documentId: a.documentId, slug: a.slug, name: a.name };
    const domain = `phuong-b-${unique()}.vungtau.gov.vn`;
    await world.api.put(`/api/sites/${world.sites.B.site}`, { domain }).expect(200);
    B = { documentId: world.sites.B.site, domain, name: world.sites.B.name };
    head = adminApi(cms, (await createStaff(cms, 'board-head@A', [{ site: A.documentId, role: 'board-head' }])).jwt);

    // The fixture's two sites become this CMS's A (by path) and B (by host); a view of today is added.
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'visits-board-'));
    const text = fs
      .readFileSync(FIXTURE, 'utf8')
      .replaceAll('/phuong-a/', `/${A.slug}/`)
      .replaceAll('"phuongb.vungtau.gov.vn"', `"${domain}"`);
    const today = formatLine({
      address: '203.113.7.0',
      at: Date.now() - 60_000,
      method: 'GET',
      target: `/${A.slug}/`,
      status: 200,
      userAgent: CHROME,
      host: 'localhost',
    });
    fs.writeFileSync(path.join(dir, 'access.log.1'), text);
    fs.writeFileSync(path.join(dir, 'access.log'), `${today}\n`);
    // Rotated: the older file was last written before the current one.
    fs.utimesSync(path.join(dir, 'access.log.1'), new Date('2026-11-16T00:00:00Z'), new Date('2026-11-16T00:00:00Z'));
    process.env.ACCESS_LOG_FILES = path.join(dir, 'access.log*');
  });
  afterAll(async () => {
    delete process.env.ACCESS_LOG_FILES;
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
    await cms?.close();
  });

  it('imports complete Vietnam days once: a second import changes nothing and today is never imported', async () => {
    const first = await importVisits();
    expect(first).toMatchObject({ files: 2, unreadable: 2, days: 4 });
    const report = async () => (await head.get(`/reports/visits?site=${A.documentId}&month=2026-11`).expect(200)).body.data;
    const before = await report();
    expect((await importVisits()).days).toBe(0);
    expect(await report()).toEqual(before);
    expect(before.rows.map((r: Row) => [r.day, r.visits, r.views, r.bots])).toEqual([
      ['2026-11-14', 5, 7, 3],
      ['2026-11-15', 2, 2, 0],
    ]);
    expect(before.summary.total).toMatchObject({ visits: 7, views: 9, bots: 3, days: 2, averageVisitsPerDay: 4 });
    expect(before.topPages.map((p: { path: string; views: number; visits: number }) => [p.path, p.views, p.visits])).toEqual([
      ['/', 3, 3],
      ['/tin-tuc/', 3, 2],
      ['/lich-cong-tac/', 2, 2],
      ['/van-ban/', 1, 1],
    ]);
    const thisMonth = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 7);
    const now = (await head.get(`/reports/visits?site=${A.documentId}&month=${thisMonth}`).expect(200)).body.data;
    expect(now.rows).toEqual([]);
  });

  it('shows each board its own sites only: a ward never sees another ward’s figures', async () => {
    for (const who of ['contributor@A', 'site-admin@A', 'editor@B']) {
      const res = await world.users[who].get(`/reports/visits?site=${A.documentId}&month=2026-11`).expect(403);
      expect(res.body.error.message).toMatch(/Ban biên tập|kế toán/);
    }
    const b = (await world.users['editor@B'].get('/reports/visits?month=2026-11').expect(200)).body.data;
    expect(new Set(b.rows.map((r: Row) => r.site))).toEqual(new Set([B.name]));
    expect(b.rows.map((r: Row) => [r.day, r.visits, r.views, r.bots])).toEqual([
      ['2026-11-14', 2, 3, 1],
      ['2026-11-15', 0, 1, 0],
    ]);
    expect(b.topPages.every((p: { site: string }) => p.site === B.name)).toBe(true);
    const all = (await world.superAdmin.get('/reports/visits?month=2026-11').expect(200)).body.data;
    expect(all.summary.total).toMatchObject({ visits: 9, views: 13, bots: 4 });
    await head.get(`/reports/visits?site=${A.documentId}&month=2026-13`).expect(400);
  });

  it('exports the month per site and day to CSV whose total row is the sum of its rows', async () => {
    const res = await head.get(`/reports/exports/visits?format=csv&site=${A.documentId}&month=2026-11`).expect(200);
    const rows = parse(res.text, { bom: true }) as string[][];
    const header = rows.findIndex((r) => r[0] === 'Ngày');
    expect(rows[header]).toEqual(['Ngày', 'Trang', 'Lượt truy cập', 'Lượt xem trang', 'Yêu cầu của bot']);
    const last = rows[rows.length - 1];
    expect(last[0]).toBe('Tổng cộng');
    expect(last.slice(2).map(Number)).toEqual([7, 9, 3]);
    expect(rows.slice(header + 1, -1).map((r) => r[0])).toEqual(['14/11/2026', '15/11/2026']);
  });

  it('gives the monthly report a visits table and the year-end report its summary per month and site', async () => {
    const monthly = (await head.get(`/reports/monthly?site=${A.documentId}&month=2026-11`).expect(200)).body.data;
    expect(monthly.visits.total).toMatchObject({ visits: 7, views: 9, bots: 3, days: 2 });
    const ids = (
      await cms.strapi.db.query('api::site.site').findMany({ where: { documentId: { $in: [A.documentId, B.documentId] } } })
    ).map((row: { id: number }) => row.id);
    const year = await cms.strapi.plugin('reports').service('visits').summary(ids, yearRange(2026));
    expect(year.total).toMatchObject({ visits: 9, views: 13, bots: 4, days: 2, averageVisitsPerDay: 5 });
    expect(year.byMonth).toEqual([{ month: '2026-11', label: expect.stringContaining('11/2026'), visits: 9, views: 13, bots: 4 }]);
    expect(year.bySite.map((row: { name: string; visits: number }) => [row.name, row.visits])).toEqual([
      [A.name, 7],
      [B.name, 2],
    ]);
  });

  it('public counter: off exposes nothing; the head of the board turns it on and only the total is public', async () => {
    expect((await publicSite(A.documentId)).publicVisitTotal ?? null).toBeNull();
    await cms.http().get('/api/visit-days').expect(404);
    await cms.http().get('/api/reports/visit-days').expect(404);
    const editor = await world.users['editor@A'].post('/reports/visits/counter', { site: A.documentId, enabled: true }).expect(403);
    expect(editor.body.error.message).toBe('Chỉ Trưởng ban biên tập được bật hoặc tắt số lượt truy cập công khai của trang.');
    await head.post('/reports/visits/counter', { site: B.documentId, enabled: true }).expect(403);
    const bad = await head.post('/reports/visits/counter', { site: A.documentId, enabled: 'có' }).expect(400);
    expect(bad.body.error.details.errors[0].path).toEqual(['enabled']);

    const on = await head.post('/reports/visits/counter', { site: A.documentId, enabled: true });
    expect(on.body.error).toBeUndefined();
    expect(on.body.data).toMatchObject({ enabled: true, total: 7 });
    const site = await publicSite(A.documentId);
    expect(site).toMatchObject({ publicVisitTotal: 7 });
    // The switch itself and the report settings are the board's, never public.
    for (const field of ['publicVisitCounter', 'reportPeriod', 'reportDay']) expect(site).not.toHaveProperty(field);
    expect((await publicSite(B.documentId)).publicVisitTotal ?? null).toBeNull();
    await cms.http().get(`/api/sites?populate=visits`).expect(400);

    await head.post('/reports/visits/counter', { site: A.documentId, enabled: false }).expect(200);
    expect((await publicSite(A.documentId)).publicVisitTotal ?? null).toBeNull();
  });

  it('security: generated counter requests and report queries answer 2xx or a Vietnamese 4xx and never touch another site', async () => {
    const json = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.boolean(),
      fc.integer(),
      fc.constant(null),
      fc.constant(B.documentId),
      fc.constant(A.documentId),
      fc.constant('all')
    );
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.constantFrom('site', 'enabled', 'month', 'extra'), json),
        fc.string({ maxLength: 30 }),
        async (body, month) => {
          const res = await head.post('/reports/visits/counter', body);
          expect(res.status).toBeLessThan(500);
          if (res.status >= 400) expect(res.body.error.message).toMatch(/[àáảãạăâđêôơư]/i);
          const query = await head.get(`/reports/visits?month=${encodeURIComponent(month)}&site=${encodeURIComponent(String(body.site))}`);
          expect(query.status).toBeLessThan(500);
          expect((await publicSite(B.documentId)).publicVisitTotal ?? null).toBeNull();
        }
      ),
      propertyRuns(40, 'board: visit counter requests')
    );
    await head.post('/reports/visits/counter', { site: A.documentId, enabled: false }).expect(200);
  });

  it('a later day adds to the month\u2019s page rows: existing pages grow, new ones are added', async () => {
    const reader = '14.161.42.0';
    const at = Date.parse('2026-11-16T09:00:00+07:00');
    const view = (minute: number, page: string) =>
      formatLine({
        address: reader,
        at: at + minute * 60_000,
        method: 'GET',
        target: `/${A.slug}${page}`,
        status: 200,
        userAgent: CHROME,
        host: 'localhost',
      });
    fs.writeFileSync(
      path.join(dir, 'access.log.0'),
      [view(0, '/'), view(1, '/tin-tuc/'), view(2, '/tin-tuc/'), view(3, '/gioi-thieu/')].join('\n') + '\n'
    );
    expect(await importVisits()).toMatchObject({ days: 1 });
    const month = (await head.get(`/reports/visits?site=${A.documentId}&month=2026-11`).expect(200)).body.data;
    expect(month.rows.map((r: Row) => [r.day, r.visits, r.views])).toEqual([
      ['2026-11-14', 5, 7],
      ['2026-11-15', 2, 2],
      ['2026-11-16', 1, 4],
    ]);
    expect(month.topPages.map((p: { path: string; views: number; visits: number }) => [p.path, p.views, p.visits])).toEqual([
      ['/tin-tuc/', 5, 3],
      ['/', 4, 4],
      ['/lich-cong-tac/', 2, 2],
      ['/gioi-thieu/', 1, 1],
      ['/van-ban/', 1, 1],
    ]);
  });
});
