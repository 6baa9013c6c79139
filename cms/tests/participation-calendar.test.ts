import { ensureHolidayCalendar, loadHolidayCalendar } from '../src/calendar/calendar-store';
import { VIETNAMESE_HOLIDAYS } from '../src/calendar/holidays-vn';
import { addWorkingDays } from '../src/calendar/working-days';
import { startCms, type TestCms } from './harness/cms';
import { contentApi, makeSite } from './harness/fixtures';
import { adminApi, createStaff } from './harness/workflow';

const UID = 'api::public-holiday.public-holiday';

describe('participation: the working-days calendar as staff data', () => {
  let cms: TestCms;

  beforeAll(async () => {
    cms = await startCms();
  });
  afterAll(async () => cms?.close());

  it('holds the Vietnamese holidays file after the first start, without the demo data', async () => {
    expect(await loadHolidayCalendar(cms.strapi)).toEqual(VIETNAMESE_HOLIDAYS);
  });

  it('is not readable anonymously, nor with an API token, nor by a site administrator', async () => {
    await cms.http().get('/api/public-holidays').expect(404);
    const token = await cms.apiToken('full-access');
    await cms.http().get('/api/public-holidays').set('Authorization', `Bearer ${token}`).expect(404);
    const { site } = await makeSite(contentApi(cms, token));
    const siteAdmin = await createStaff(cms, 'Quan tri lich', [{ site, role: 'site-admin' }]);
    await adminApi(cms, siteAdmin.jwt).list(UID).expect(403);
    const operator = await adminApi(cms, await cms.adminJwt())
      .list(UID)
      .expect(200);
    expect(operator.body.pagination.total).toBe(VIETNAMESE_HOLIDAYS.length);
  });

  it('lets a site administrator set their own site’s deadline in working days, and no other site’s', async () => {
    const api = contentApi(cms, await cms.apiToken('full-access'));
    const mine = await makeSite(api);
    const other = await makeSite(api);
    const siteAdmin = await createStaff(cms, 'Quan tri thoi han', [{ site: mine.site, role: 'site-admin' }]);
    const admin = adminApi(cms, siteAdmin.jwt);
    await admin.update('api::site.site', mine.site, { questionDueWorkingDays: 10 }).expect(200);
    await admin.update('api::site.site', other.site, { questionDueWorkingDays: 10 }).expect(403);
    const stored = await cms.strapi.documents('api::site.site').findMany({
      filters: { documentId: { $in: [mine.site, other.site] } },
      fields: ['documentId', 'questionDueWorkingDays'],
    });
    expect(Object.fromEntries(stored.map((site) => [site.documentId, site.questionDueWorkingDays]))).toEqual({
      [mine.site]: 10,
      [other.site]: 15,
    });
  });

  it('keeps an operator’s corrections across restarts and counts deadlines with them', async () => {
    const documents = cms.strapi.documents(UID);
    // An operator adds a swap for 2025 that the file does not have, and drops 2/5/2025's day off.
    await documents.create({
      data: { date: '2025-05-05', name: 'Nghỉ hoán đổi (thử)', kind: 'swapped-day-off', confirmed: true, source: 'thử' },
    });
    const dropped = await documents.findFirst({ filters: { date: '2025-05-02' } });
    await documents.delete({ documentId: dropped!.documentId });

    expect(await ensureHolidayCalendar(cms.strapi)).toBe(0);
    const calendar = await loadHolidayCalendar(cms.strapi);
    expect(calendar.map((day) => day.date)).toContain('2025-05-05');
    expect(calendar.map((day) => day.date)).not.toContain('2025-05-02');
    // Received Tuesday 29/4/2025: 30/4 and 1/5 off, 2/5 now worked, 3–4/5 weekend, 5/5 off.
    expect(addWorkingDays(new Date('2025-04-29T05:00:00Z'), 1, calendar).toISODate()).toBe('2025-05-02');
    expect(addWorkingDays(new Date('2025-04-29T05:00:00Z'), 2, calendar).toISODate()).toBe('2025-05-06');
  });

  it('adds a year the table has nothing of yet', async () => {
    const added = await ensureHolidayCalendar(cms.strapi, [
      { date: '2028-01-01', name: 'Tết Dương lịch', kind: 'holiday', confirmed: true, source: 'Bộ luật Lao động 2019, Điều 112' },
      { date: '2025-01-01', name: 'Tết Dương lịch', kind: 'holiday', confirmed: true, source: 'Bộ luật Lao động 2019, Điều 112' },
    ]);
    expect(added).toBe(1);
    expect((await loadHolidayCalendar(cms.strapi)).at(-1)?.date).toBe('2028-01-01');
  });
});
