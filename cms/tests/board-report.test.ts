import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { DateTime } from 'luxon';
import type { MonthlyReport, ReportSettingsView, Tally } from '../src/plugins/reports/shared/contracts';
import type { ReportReminder } from '../src/plugins/workflow/shared/contracts';
import { startCms, type TestCms } from './harness/cms';
import { articleData, createAndPublish, errorPaths, unique } from './harness/fixtures';
import { propertyRuns } from './harness/property';
import { configureRoyalties, RECORD } from './harness/royalties';
import { adminApi, ARTICLE, bringTo, createStaff, LEGAL, type AdminApi, type WorkflowRole } from './harness/workflow';
import { buildWorld, peopleOf, type SiteKey, type World } from './harness/workflow-world';

const DIRECTION = 'api::direction.direction';
const SITE = 'api::site.site';
const ZONE = 'Asia/Ho_Chi_Minh';

/** An instant written in Vietnam's time. */
const vn = (local: string): string => new Date(`${local}+07:00`).toISOString();

const sumRows = (tally: Tally) => ({
  count: tally.rows.reduce((sum, row) => sum + row.count, 0),
  amount: tally.rows.reduce((sum, row) => sum + row.amount, 0),
});

const countOf = (tally: Tally, key: string): number => tally.rows.find((row) => row.key === key)?.count ?? 0;

/** Every table of the report totals the sum of its rows; the article tables total the articles. */
const expectTotalsEqualRows = (report: MonthlyReport) => {
  for (const table of [report.articles.byCategory, report.articles.byForm, report.articles.byUnit, report.articles.bySite]) {
    expect(table.total).toEqual(sumRows(table));
    expect(table.total.count).toBe(report.articles.total);
  }
  expect(report.documents.byKind.total).toEqual(sumRows(report.documents.byKind));
  expect(report.documents.byKind.total.count).toBe(report.documents.total);
  for (const table of [report.royalties.byStatus, report.royalties.byUnit, report.royalties.byForm]) {
    expect(table.total).toEqual(sumRows(table));
    expect(table.total).toEqual(report.royalties.total);
  }
};

/** Supertest leaves binary bodies alone only with a parser of our own. */
const binary = (res: unknown, done: (error: Error | null, body: unknown) => void) => {
  const stream = res as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
};

/** The text of every non-empty cell of a worksheet, row by row. */
const sheetText = (sheet: ExcelJS.Worksheet): string[][] => {
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    const values = (row.values as unknown[]).slice(1).map((value) => (value === null || value === undefined ? '' : String(value)));
    rows.push(values);
  });
  return rows;
};

describe('board: the report of the 24th', () => {
  let cms: TestCms;
  let world: World;
  let head: AdminApi;
  let headB: AdminApi;
  let finance: AdminApi;
  let siteA: string;
  let siteB: string;
  const staff: Record<string, AdminApi> = {};

  const monthly = async (who: AdminApi, site: string, month: string): Promise<MonthlyReport> =>
    (await who.get(`/reports/monthly?site=${site}&month=${month}`).expect(200)).body.data as MonthlyReport;

  const setPeriod = async (who: AdminApi, site: string, reportPeriod: string, reportDay: number) =>
    (await who.put('/reports/settings', { site, reportPeriod, reportDay }).expect(200)).body.data as ReportSettingsView;

  const storedSettings = async (site: string) =>
    (await cms.strapi.db.query(SITE).findOne({ where: { documentId: site }, select: ['reportPeriod', 'reportDay'] })) as {
      reportPeriod: string;
      reportDay: number;
    };

  /** A published piece of one form, posted (and its royalty earned) at the given instant and calendar month. */
  const piece = async (key: SiteKey, form: string, postedAt: string, royaltyMonth: string, writer: string) => {
    const people = peopleOf(world, key);
    const data = articleData(world.sites[key], { form, authors: [{ contributor: writer, share: 100 }] });
    const id = (await people.author.create(ARTICLE, data).expect(201)).body.data.documentId as string;
    await bringTo(people, ARTICLE, id, 'published');
    await cms.strapi.db.query(ARTICLE).updateMany({ where: { documentId: id }, data: { postedAt } });
    await cms.strapi.db.query(RECORD).updateMany({ where: { articleDocumentId: id }, data: { period: royaltyMonth } });
    return id;
  };

  const legal = async (kind: string, postedAt: string) => {
    const doc = {
      number: `${unique()}/QĐ-UBND`,
      kind,
      type: 'quyet-dinh',
      issuer: 'UBND phường',
      issuedDate: '2025-12-01',
      summary: 'Trích yếu.',
      site: siteA,
    };
    const published = await createAndPublish(cms, world.api, 'legal-documents', doc);
    expect(published.status).toBe(200);
    await cms.strapi.db.query(LEGAL).updateMany({ where: { documentId: published.documentId }, data: { postedAt } });
  };

  beforeAll(async () => {
    cms = await startCms();
    world = await buildWorld(cms);
    siteA = world.sites.A.site;
    siteB = world.sites.B.site;
    for (const key of ['A', 'B'] as SiteKey[]) await configureRoyalties(world.superAdmin, world.sites[key].site);
    head = adminApi(cms, (await createStaff(cms, 'board-head@A', [{ site: siteA, role: 'board-head' }])).jwt);
    headB = adminApi(cms, (await createStaff(cms, 'board-head@B', [{ site: siteB, role: 'board-head' }])).jwt);
    finance = adminApi(cms, (await createStaff(cms, 'finance@A', [{ site: siteA, role: 'finance' }])).jwt);
    Object.assign(staff, world.users, { 'board-head@A': head, 'board-head@B': headB, 'finance@A': finance });

    const writer = async (key: SiteKey) => {
      const unit = (
        await world.api
          .post('/api/units', { name: `Phòng thử ${key} ${unique()}`, kind: 'department', site: world.sites[key].site })
          .expect(201)
      ).body.data.documentId as string;
      return (
        await world.api.post('/api/contributors', { fullName: `Cộng tác viên ${key}`, unit, email: `${unique()}@vungtau.test` }).expect(201)
      ).body.data.documentId as string;
    };
    const writerA = await writer('A');
    const writerB = await writer('B');
    // Ward A: either side of local midnight after the 24th, and of the 1st.
    await piece('A', 'tin', vn('2025-12-24T23:59:00.000'), '2025-12', writerA);
    await piece('A', 'bai', vn('2025-12-25T00:00:00.000'), '2025-12', writerA);
    await piece('A', 'tin-ngan', vn('2025-11-30T23:59:59.999'), '2025-11', writerA);
    await piece('A', 'anh', vn('2025-12-01T00:00:00.000'), '2025-12', writerA);
    await piece('B', 'phong-su-anh', vn('2025-12-25T00:00:00.000'), '2025-12', writerB);
    await legal('normative', vn('2025-12-24T23:59:00.000'));
    await legal('administrative', vn('2025-12-25T00:00:00.000'));
  });
  afterAll(async () => cms?.close());

  it('board: counts 23:59 on the 24th and 00:00 on the 25th in different reports up to the report day, in the same calendar month otherwise', async () => {
    const view = await setPeriod(head, siteA, 'to-report-day', 24);
    expect(view).toMatchObject({ reportPeriod: 'to-report-day', reportDay: 24, canEdit: true });

    const december = await monthly(head, siteA, '2025-12');
    expect(december.periods).toEqual([
      expect.objectContaining({
        kind: 'to-report-day',
        reportDay: 24,
        reportDate: '2025-12-24',
        label: '25/11/2025 – 24/12/2025',
        start: vn('2025-11-25T00:00:00.000'),
        end: vn('2025-12-25T00:00:00.000'),
        royaltyMonth: '2025-11',
      }),
    ]);
    expect(december.articles.total).toBe(3);
    expect(['tin', 'bai', 'tin-ngan', 'anh'].map((form) => countOf(december.articles.byForm, form))).toEqual([1, 0, 1, 1]);
    expect(countOf(december.documents.byKind, 'normative')).toBe(1);
    expect(countOf(december.documents.byKind, 'administrative')).toBe(0);
    // The royalties shown are November's (the last whole month before the report day): one record.
    expect(december.royalties.total.count).toBe(1);
    expectTotalsEqualRows(december);

    const january = await monthly(head, siteA, '2026-01');
    expect(january.articles.total).toBe(1);
    expect(countOf(january.articles.byForm, 'bai')).toBe(1);
    expect(countOf(january.documents.byKind, 'administrative')).toBe(1);
    expect(january.periods[0]).toMatchObject({ label: '25/12/2025 – 24/01/2026', royaltyMonth: '2025-12' });
    expect(january.royalties.total.count).toBe(3);
    expectTotalsEqualRows(january);

    await setPeriod(head, siteA, 'calendar-month', 24);
    const calendar = await monthly(head, siteA, '2025-12');
    expect(calendar.periods[0]).toMatchObject({ kind: 'calendar-month', label: '01/12/2025 – 31/12/2025', royaltyMonth: '2025-12' });
    expect(calendar.articles.total).toBe(3);
    expect(['tin', 'bai', 'tin-ngan', 'anh'].map((form) => countOf(calendar.articles.byForm, form))).toEqual([1, 1, 0, 1]);
    expect(calendar.documents.total).toBe(2);
    expect(calendar.royalties.total.count).toBe(3);
    expectTotalsEqualRows(calendar);
    const november = await monthly(head, siteA, '2025-11');
    expect(countOf(november.articles.byForm, 'tin-ngan')).toBe(1);
    expect(november.articles.total).toBe(1);
    expectTotalsEqualRows(november);
  });

  it('board: counts each site over its own period when the scope is all sites, and says each period in the header', async () => {
    await setPeriod(head, siteA, 'to-report-day', 24);
    const report = await monthly(world.superAdmin, 'all', '2025-12');
    expect(report.periods).toHaveLength(2);
    const toDay = report.periods.find((period) => period.kind === 'to-report-day')!;
    const calendar = report.periods.find((period) => period.kind === 'calendar-month')!;
    expect(toDay.sites).toEqual([world.sites.A.name]);
    expect(calendar.sites).toEqual(expect.arrayContaining([world.sites.B.name, world.sites.city.name]));
    expect(calendar.label).toBe('01/12/2025 – 31/12/2025');
    // A: 24/12 23:59, 30/11 23:59 and 01/12 00:00; B: 25/12 00:00 falls in its calendar December.
    expect(report.articles.bySite.rows.find((row) => row.label === world.sites.A.name)?.count).toBe(3);
    expect(report.articles.bySite.rows.find((row) => row.label === world.sites.B.name)?.count).toBe(1);
    expect(report.articles.total).toBe(4);
    // A shows November's royalties (1 record), B December's (1 record).
    expect(report.royalties.total.count).toBe(2);
    expectTotalsEqualRows(report);
    await setPeriod(head, siteA, 'calendar-month', 24);
  });

  it('board: ends the report with next month’s direction, or says it is not written yet, in the JSON and the XLSX', async () => {
    const created = await world.superAdmin
      .create(DIRECTION, {
        site: siteA,
        month: '2026-01',
        title: 'Tuyên truyền mừng Đảng, mừng Xuân Bính Ngọ',
        summary: 'Tập trung tuyên truyền kỷ niệm ngày thành lập Đảng.',
        topics: [
          { title: 'Chuẩn bị Tết Nguyên đán', details: 'Chăm lo Tết cho người nghèo.', dueOn: '2026-01-20' },
          { title: 'Kỷ niệm 96 năm thành lập Đảng', details: null, dueOn: '2026-01-28' },
        ],
        events: [{ on: '2026-01-09', title: 'Ngày truyền thống học sinh, sinh viên', details: '9/1/1950' }],
      })
      .expect(201);
    expect(created.body.data.documentId).toEqual(expect.any(String));

    const december = await monthly(head, siteA, '2025-12');
    expect(december.nextMonth).toMatchObject({ month: '2026-01', label: 'tháng 1/2026' });
    expect(december.nextMonth.sites).toEqual([
      {
        site: world.sites.A.name,
        direction: {
          title: 'Tuyên truyền mừng Đảng, mừng Xuân Bính Ngọ',
          summary: 'Tập trung tuyên truyền kỷ niệm ngày thành lập Đảng.',
          topics: [
            { title: 'Chuẩn bị Tết Nguyên đán', details: 'Chăm lo Tết cho người nghèo.', dueOn: '2026-01-20' },
            { title: 'Kỷ niệm 96 năm thành lập Đảng', details: null, dueOn: '2026-01-28' },
          ],
          events: [{ on: '2026-01-09', title: 'Ngày truyền thống học sinh, sinh viên', details: '9/1/1950' }],
        },
      },
    ]);
    const january = await monthly(head, siteA, '2026-01');
    expect(january.nextMonth.sites).toEqual([{ site: world.sites.A.name, direction: null }]);
    expect(january.nextMonth.missing).toBe('Ban biên tập chưa xây dựng định hướng tuyên truyền tháng 2/2026.');

    const workbook = async (month: string) => {
      const res = await head
        .get(`/reports/exports/monthly?format=xlsx&site=${siteA}&month=${month}`)
        .buffer(true)
        .parse(binary)
        .expect(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(res.body as ArrayBuffer);
      return book;
    };
    const withDirection = await workbook('2025-12');
    const last = withDirection.worksheets[withDirection.worksheets.length - 1];
    expect(last.name).toBe('Định hướng tháng sau');
    const text = sheetText(last);
    expect(text[0][0]).toBe('Định hướng tuyên truyền tháng 1/2026');
    expect(text).toContainEqual([
      world.sites.A.name,
      'Định hướng',
      'Tuyên truyền mừng Đảng, mừng Xuân Bính Ngọ',
      'Tập trung tuyên truyền kỷ niệm ngày thành lập Đảng.',
      '',
    ]);
    expect(text).toContainEqual([
      world.sites.A.name,
      'Chủ đề',
      'Chuẩn bị Tết Nguyên đán',
      'Chăm lo Tết cho người nghèo.',
      'Hạn gửi bài 20/01/2026',
    ]);
    expect(text).toContainEqual([world.sites.A.name, 'Sự kiện', 'Ngày truyền thống học sinh, sinh viên', '9/1/1950', '09/01/2026']);
    // Every table's header says the period the report covered and the royalty month.
    expect(sheetText(withDirection.worksheets[0])[1][0]).toContain('Kỳ báo cáo: 01/12/2025 – 31/12/2025');
    expect(sheetText(withDirection.worksheets[0])[1][0]).toContain('nhuận bút tháng 12/2025');

    const without = await workbook('2026-01');
    const empty = sheetText(without.getWorksheet('Định hướng tháng sau')!);
    expect(empty.flat()).toContain('Ban biên tập chưa xây dựng định hướng tuyên truyền tháng 2/2026.');
    expect(empty.flat()).not.toContain('Chủ đề');
  });

  it('board: reminds the board on the admin home from five days before the report day until the day, with the period and the direction', async () => {
    const today = DateTime.now().setZone(ZONE).startOf('day');
    const reminders = async (who: AdminApi) => (await who.get('/workflow/home').expect(200)).body.data.reportReminders as ReportReminder[];
    const ofA = async (who: AdminApi) => (await reminders(who)).find((line) => line.siteDocumentId === siteA);

    // Some day one to five days ahead falls on a 1st–28th.
    const ahead = [1, 2, 3, 4, 5].map((days) => ({ days, date: today.plus({ days }) })).find(({ date }) => date.day <= 28)!;
    await setPeriod(head, siteA, 'to-report-day', ahead.date.day);
    const line = await ofA(head);
    const month = ahead.date.toFormat('yyyy-MM');
    expect(line).toMatchObject({
      site: world.sites.A.name,
      month,
      date: ahead.date.toISODate(),
      dateLabel: ahead.date.toFormat('dd/MM/yyyy'),
      daysLeft: ahead.days,
      periodLabel: `${ahead.date.minus({ months: 1 }).plus({ days: 1 }).toFormat('dd/MM/yyyy')} – ${ahead.date.toFormat('dd/MM/yyyy')}`,
      directionWritten: false,
    });
    // The board sees it; a contributor, the site administrator and finance do not; an operator does.
    expect(await ofA(world.users['editor@A'])).toMatchObject({ daysLeft: ahead.days });
    expect(await ofA(world.users['approver@A'])).toMatchObject({ daysLeft: ahead.days });
    expect(await reminders(world.users['contributor@A'])).toEqual([]);
    expect(await reminders(world.users['site-admin@A'])).toEqual([]);
    expect(await reminders(finance)).toEqual([]);
    expect(await ofA(world.users['editor@B'])).toBeUndefined();
    expect(await ofA(world.superAdmin)).toMatchObject({ daysLeft: ahead.days });

    // Next month's direction, once written, is said to be.
    await world.superAdmin
      .create(DIRECTION, { site: siteA, month: ahead.date.plus({ months: 1 }).toFormat('yyyy-MM'), title: 'Định hướng tháng sau' })
      .expect(201);
    expect(await ofA(head)).toMatchObject({ directionWritten: true });

    // The day itself, when today is a possible report day.
    if (today.day <= 28) {
      await setPeriod(head, siteA, 'to-report-day', today.day);
      expect(await ofA(head)).toMatchObject({ date: today.toISODate(), daysLeft: 0 });
    }
    // Six to ten days ahead: not yet. The day before yesterday was the report day: over.
    const far = [6, 7, 8, 9, 10].map((days) => today.plus({ days })).find((date) => date.day <= 28)!;
    await setPeriod(head, siteA, 'calendar-month', far.day);
    expect(await ofA(head)).toBeUndefined();
    const past = [1, 2, 3, 4].map((days) => today.minus({ days })).find((date) => date.day <= 28)!;
    await setPeriod(head, siteA, 'calendar-month', past.day);
    expect(await ofA(head)).toBeUndefined();
  });

  it('board: lets only the site’s head of the board and operators change its report period (generated role × site)', async () => {
    const people = Object.keys(staff).filter((key) => key !== 'other-contributor@A');
    const sites: Record<string, string> = { A: siteA, B: siteB, city: world.sites.city.site };
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...people, 'operator'),
        fc.constantFrom('A', 'B', 'city'),
        fc.constantFrom('calendar-month', 'to-report-day'),
        fc.integer({ min: 1, max: 28 }),
        async (who, siteKey, reportPeriod, reportDay) => {
          const before = await storedSettings(sites[siteKey]);
          const api = who === 'operator' ? world.superAdmin : staff[who];
          const res = await api.put('/reports/settings', { site: sites[siteKey], reportPeriod, reportDay });
          const [role, on] = who.split('@') as [WorkflowRole, string];
          const allowed = who === 'operator' || (role === 'board-head' && on === siteKey);
          expect(res.status).toBe(allowed ? 200 : 403);
          expect(await storedSettings(sites[siteKey])).toEqual(allowed ? { reportPeriod, reportDay } : before);
          if (!allowed) expect(res.body.error.message).toMatch(/Ban biên tập|Trưởng ban/);
        }
      ),
      propertyRuns(30, 'board report settings roles')
    );
  });

  it('board: the site administrator’s site form leaves the report period alone', async () => {
    await setPeriod(head, siteA, 'to-report-day', 20);
    const res = await world.users['site-admin@A'].update(SITE, siteA, { reportPeriod: 'calendar-month', reportDay: 5 });
    expect(res.status).toBeLessThan(500);
    expect(await storedSettings(siteA)).toEqual({ reportPeriod: 'to-report-day', reportDay: 20 });
  });

  it('board: refuses generated hostile settings with 400 and the field’s path, and writes nothing', async () => {
    await setPeriod(head, siteA, 'to-report-day', 20);
    const hostileValue = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.integer(), { maxLength: 3 }),
      fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 2 }),
      fc.constantFrom('calendar-month', 'to-report-day', 'CALENDAR-MONTH', ' to-report-day', '24', 24, 0, 29, 1.5, -1, 1e9)
    );
    const body = fc.record(
      {
        site: fc.oneof(fc.constant(siteA), fc.constant('all'), fc.constant(''), fc.string({ maxLength: 80 }), hostileValue),
        reportPeriod: hostileValue,
        reportDay: hostileValue,
        extra: hostileValue,
      },
      { requiredKeys: [] }
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(body, fc.array(fc.integer(), { maxLength: 3 })), async (input) => {
        const res = await head.put('/reports/settings', input);
        expect(res.status).toBeLessThan(500);
        const fields = Array.isArray(input) ? {} : (input as Record<string, unknown>);
        const keysOk = Object.keys(fields).every((key) => ['site', 'reportPeriod', 'reportDay'].includes(key));
        const periodOk = fields.reportPeriod === 'calendar-month' || fields.reportPeriod === 'to-report-day';
        const day = fields.reportDay;
        const dayOk = typeof day === 'number' && Number.isInteger(day) && day >= 1 && day <= 28;
        const shapeOk = !Array.isArray(input) && keysOk && periodOk && dayOk;
        const site = fields.site;
        const siteOk = typeof site === 'string' && site !== '' && site !== 'all' && site.length <= 64;
        if (!shapeOk || !siteOk) {
          expect(res.status).toBe(400);
          expect(res.body.error.details.errors.length).toBeGreaterThan(0);
          const paths = errorPaths(res.body);
          if (!Array.isArray(input)) {
            if (!periodOk) expect(paths).toContain('reportPeriod');
            if (!dayOk) expect(paths).toContain('reportDay');
            if (shapeOk) expect(paths).toEqual(['site']);
          }
        } else {
          expect(res.status).toBe(site === siteA ? 200 : 403);
        }
        const stored = await storedSettings(siteA);
        if (res.status === 200) {
          expect(stored).toEqual({ reportPeriod: fields.reportPeriod, reportDay: fields.reportDay });
          await setPeriod(head, siteA, 'to-report-day', 20);
        } else {
          expect(stored).toEqual({ reportPeriod: 'to-report-day', reportDay: 20 });
        }
      }),
      propertyRuns(60, 'board report settings input')
    );
  });
});
