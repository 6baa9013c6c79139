import ExcelJS from 'exceljs';
import fc from 'fast-check';
import JSZip from 'jszip';
import type { Tally, YearReport } from '../src/plugins/reports/shared/contracts';
import { vnNumber } from '../src/plugins/reports/server/exports/docx-parts';
import { monthOf } from '../src/plugins/reports/server/services/periods';
import { startCms, type TestCms } from './harness/cms';
import { articleData, unique } from './harness/fixtures';
import { propertyRuns } from './harness/property';
import { BUDGET, configureRoyalties } from './harness/royalties';
import { adminApi, ARTICLE, bringTo, createStaff, type AdminApi, type WorkflowRole } from './harness/workflow';
import { buildWorld, peopleOf, type World } from './harness/workflow-world';

const OVERTIME = 'api::overtime-entry.overtime-entry';

/** Supertest leaves binary bodies alone only with a parser of our own. */
const binary = (res: unknown, done: (error: Error | null, body: unknown) => void) => {
  const stream = res as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
};

const expectTotalsOfRows = (tally: Tally) => {
  expect(tally.total.count).toBe(tally.rows.reduce((sum, row) => sum + row.count, 0));
  expect(tally.total.amount).toBe(tally.rows.reduce((sum, row) => sum + row.amount, 0));
};

/** The text of a Word document's body: its `w:t` runs, paragraphs on their own lines. */
const docxText = async (file: Buffer): Promise<{ xml: string; text: string }> => {
  const zip = await JSZip.loadAsync(file);
  const xml = await zip.file('word/document.xml')!.async('string');
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  const text = xml
    .split(/<\/w:p>/)
    .map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decode(m[1])).join(''))
    .join('\n');
  return { xml, text };
};

/** The cached result of the total row's cell in the column headed `header`. */
const xlsxTotal = async (file: Buffer, sheetName: string, header: string): Promise<number> => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(file as unknown as ArrayBuffer);
  const sheet = workbook.getWorksheet(sheetName);
  if (!sheet) throw new Error(`No sheet ${sheetName}`);
  let column = 0;
  let total: number | null = null;
  sheet.eachRow((row) => {
    const values = row.values as unknown[];
    const index = values.indexOf(header);
    if (index > 0 && column === 0) column = index;
    if (values[1] === 'Tổng cộng') {
      const cell = values[column] as { result?: number } | number;
      total = typeof cell === 'number' ? cell : (cell.result ?? null);
    }
  });
  if (total === null) throw new Error(`No total row in ${sheetName}`);
  return total;
};

describe('board: year-end report, portal budget and overtime', () => {
  let cms: TestCms;
  let world: World;
  let users: Record<string, AdminApi>;
  let site: string;
  const month = monthOf(new Date());
  const year = Number(month.slice(0, 4));
  const entry = (overrides: Record<string, unknown> = {}) => ({
    site,
    month,
    staffName: 'Hoàng Thị Thu',
    hours: 12,
    amount: 1_200_000,
    note: 'Trực đăng tin ngoài giờ',
    ...overrides,
  });

  beforeAll(async () => {
    cms = await startCms();
    world = await buildWorld(cms);
    site = world.sites.A.site;
    users = { ...world.users, operator: world.superAdmin };
    for (const key of ['A', 'B'] as const) {
      for (const role of ['board-head', 'finance'] as WorkflowRole[]) {
        users[`${role}@${key}`] = adminApi(cms, (await createStaff(cms, `${role}@${key}`, [{ site: world.sites[key].site, role }])).jwt);
      }
    }
    await configureRoyalties(world.superAdmin, site);
    const people = peopleOf(world);
    const unit = (
      await world.api
        .post('/api/units', { name: `Phòng Văn hóa thử ${unique()}`, kind: 'department', site, quota: { minItems: 3, period: 'month' } })
        .expect(201)
    ).body.data.documentId as string;
    const writer = (
      await world.api.post('/api/contributors', { fullName: 'Lê Thị Cúc', unit, email: `${unique()}@vungtau.test` }).expect(201)
    ).body.data.documentId as string;
    for (const form of ['tin', 'bai']) {
      const id = (
        await people.author
          .create(ARTICLE, articleData(world.sites.A, { unit, form, authors: [{ contributor: writer, share: 100 }] }))
          .expect(201)
      ).body.data.documentId as string;
      await bringTo(people, ARTICLE, id, 'published');
    }
    await world.superAdmin.create(BUDGET, { site, year, portalAmount: 50_000_000, amount: 40_000_000, warnAtPercent: 90 }).expect(201);
  });
  afterAll(async () => cms?.close());

  it('board: keeps the portal\u2019s whole budget no smaller than its royalty part', async () => {
    const res = await world.superAdmin
      .create(BUDGET, { site: world.sites.B.site, year, portalAmount: 1_000_000, amount: 2_000_000, warnAtPercent: 90 })
      .expect(400);
    expect(res.body.error.details.errors.map((e: { path: string[] }) => e.path)).toContainEqual(['portalAmount']);
  });

  it('board: overtime is entered by the head of board and finance of the entry\u2019s site only, and read by its board', async () => {
    const roles: WorkflowRole[] = ['contributor', 'editor', 'approver', 'site-admin', 'board-head', 'finance'];
    const allowed = new Set(['board-head@A', 'finance@A', 'operator']);
    const callers = ['operator', ...(['A', 'B'] as const).flatMap((key) => roles.map((role) => `${role}@${key}`))];
    for (const who of callers) {
      const res = await users[who].post('/reports/overtime', entry({ staffName: `Người ${who}` }));
      expect({ who, status: res.status }).toEqual({ who, status: allowed.has(who) ? 200 : 403 });
      if (res.status === 403) expect(res.body.error.message).toMatch(/Ban biên tập|kế toán|Trưởng ban/);
    }
    const list = (await users['editor@A'].get(`/reports/overtime?site=${site}&year=${year}`).expect(200)).body.data;
    expect(list.entries.map((e: { staffName: string }) => e.staffName).sort()).toEqual(
      ['Người board-head@A', 'Người finance@A', 'Người operator'].sort()
    );
    expect(list.can.edit).toBe(false);
    for (const who of ['contributor@A', 'site-admin@A', 'editor@B', 'finance@B']) {
      await users[who].get(`/reports/overtime?site=${site}&year=${year}`).expect(403);
    }
    // Changing or removing an entry of A needs the role on A.
    const id = list.entries[0].documentId as string;
    for (const who of ['finance@B', 'board-head@B', 'editor@A', 'approver@A']) {
      await users[who].put(`/reports/overtime/${id}`, entry({ amount: 1 })).expect(403);
      await users[who].del(`/reports/overtime/${id}`).expect(403);
    }
    const updated = (await users['finance@A'].put(`/reports/overtime/${id}`, entry({ amount: 1_500_000 })).expect(200)).body.data;
    expect(updated).toMatchObject({ amount: 1_500_000, enteredBy: expect.any(String) });
    await users['board-head@A'].del(`/reports/overtime/${id}`).expect(200);
    await users['finance@A'].del(`/reports/overtime/${id}`).expect(404);
    // Overtime and the board's texts have no content API at all, not even for a full-access token.
    for (const path of ['overtime-entries', 'year-report-notes']) {
      await cms.http().get(`/api/${path}`).expect(404);
      await world.api.get(`/api/${path}`).expect(404);
    }
  });

  it('board: refuses hostile overtime input with a Vietnamese message on the field and writes nothing', async () => {
    for (const [body, path] of [
      [{ amount: 0 }, 'amount'],
      [{ amount: -5 }, 'amount'],
      [{ amount: 1.5 }, 'amount'],
      [{ amount: '1e3' }, 'amount'],
      [{ amount: 100_000_001 }, 'amount'],
      [{ month: '2026-13' }, 'month'],
      [{ staffName: '' }, 'staffName'],
      [{ staffName: 'x'.repeat(101) }, 'staffName'],
      [{ hours: 0 }, 'hours'],
      [{ note: 'n'.repeat(501) }, 'note'],
      [{ staffUser: 'admin' }, 'staffUser'],
    ] as const) {
      const res = await users['finance@A'].post('/reports/overtime', entry(body)).expect(400);
      expect(res.body.error.details.errors.map((e: { path: string[] }) => e.path[0])).toContain(path);
    }
    const count = async () => cms.strapi.db.query(OVERTIME).count({});
    const junk = fc.oneof(
      fc.string(),
      fc.integer(),
      fc.double(),
      fc.constant(null),
      fc.array(fc.integer(), { maxLength: 2 }),
      fc.dictionary(fc.string({ maxLength: 3 }), fc.string({ maxLength: 3 }), { maxKeys: 2 })
    );
    const body = fc.record(
      {
        month: fc.oneof(junk, fc.constantFrom(month, '2026-00', '2026-1', ' 2026-05')),
        staffName: fc.oneof(junk, fc.constantFrom('Nguyễn Văn Tâm', 'A\u0000B', ' ')),
        amount: fc.oneof(junk, fc.integer({ min: -10, max: 200_000_000 }), fc.constantFrom('1200000', '0x10', 1e20)),
        hours: fc.oneof(junk, fc.double({ min: -1, max: 300, noNaN: true })),
        note: fc.oneof(junk, fc.string({ maxLength: 600 })),
        staffUser: fc.oneof(junk, fc.constant(undefined)),
      },
      { requiredKeys: [] }
    );
    await fc.assert(
      fc.asyncProperty(body, async (input) => {
        const before = await count();
        const res = await users['finance@A'].post('/reports/overtime', { ...input, site });
        expect([200, 400]).toContain(res.status);
        if (res.status === 400) {
          expect(await count()).toBe(before);
          for (const error of res.body.error.details.errors as Array<{ path: string[]; message: string }>) {
            expect(['month', 'staffName', 'amount', 'hours', 'note', 'staffUser']).toContain(error.path[0]);
            expect(error.message).toMatch(/[àáảãạăâđêôơưếềệốồộớờợứừự]/);
          }
        } else {
          expect(await count()).toBe(before + 1);
          const saved = res.body.data as { month: string; amount: number; staffName: string };
          expect(saved.month).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
          expect(Number.isInteger(saved.amount) && saved.amount > 0 && saved.amount <= 100_000_000).toBe(true);
          expect(saved.staffName.length).toBeGreaterThan(0);
          await users['finance@A'].del(`/reports/overtime/${(res.body.data as { documentId: string }).documentId}`).expect(200);
        }
      }),
      propertyRuns(40, 'overtime input')
    );
  });

  it('board: writes the year-end texts for the board of the site only, in NFC and bounded', async () => {
    const decomposed = 'Ưu điểm: cung cấp thông tin kịp thời'.normalize('NFD');
    for (const who of ['finance@A', 'contributor@A', 'site-admin@A', 'editor@B', 'board-head@B']) {
      await users[who].put('/reports/year-notes', { site, year, strengths: 'x' }).expect(403);
    }
    const long = await users['editor@A'].put('/reports/year-notes', { site, year, causes: 'a'.repeat(20_001) }).expect(400);
    expect(long.body.error.details.errors[0].path).toEqual(['causes']);
    await users['editor@A'].put('/reports/year-notes', { site, year, direction: { evil: true } }).expect(400);
    await users['editor@A'].put('/reports/year-notes', { site: 'all', year, strengths: 'x' }).expect(400);
    const saved = (
      await users['editor@A']
        .put('/reports/year-notes', {
          site,
          year,
          leadership: 'Ban biên tập họp định kỳ hằng tháng.',
          strengths: `${decomposed}\r\n\r\nĐoạn thứ hai.`,
          weaknesses: 'Tin bài một số đơn vị chưa kịp thời.',
          causes: 'Cán bộ kiêm nhiệm.',
          direction: `Tăng cường tuyên truyền năm ${year + 1}.`,
        })
        .expect(200)
    ).body.data;
    expect(saved.strengths).toBe(`${decomposed.normalize('NFC')}\n\nĐoạn thứ hai.`);
    const read = (await users['finance@A'].get(`/reports/year-notes?site=${site}&year=${year}`).expect(200)).body.data;
    expect(read).toMatchObject({ canEdit: false, causes: 'Cán bộ kiêm nhiệm.' });
    // A save that sends one part leaves the others as stored.
    const partial = (await users['board-head@A'].put('/reports/year-notes', { site, year, causes: 'Thiếu kỹ năng.' }).expect(200)).body
      .data;
    expect(partial).toMatchObject({
      causes: 'Thiếu kỹ năng.',
      leadership: 'Ban biên tập họp định kỳ hằng tháng.',
      weaknesses: 'Tin bài một số đơn vị chưa kịp thời.',
    });
    await users['board-head@A'].put('/reports/year-notes', { site, year, causes: 'Cán bộ kiêm nhiệm.' }).expect(200);
  });

  it('board: the year report\u2019s totals equal their rows; its budget splits the whole from royalties and overtime', async () => {
    await users['finance@A'].post('/reports/overtime', entry({ staffName: 'Bùi Văn Long', amount: 900_000 })).expect(200);
    await users['board-head@A'].post('/reports/overtime', entry({ staffName: 'Nguyễn Văn Tâm', amount: 700_000 })).expect(200);
    const report = (await users['editor@A'].get(`/reports/yearly?site=${site}&year=${year}`).expect(200)).body.data as YearReport;
    for (const tally of [
      report.articles.byMonth,
      report.articles.byForm,
      report.articles.byCategory,
      report.documents.byKind,
      report.royalties.byMonth,
      report.overtime,
      report.participation.comments,
    ])
      expectTotalsOfRows(tally);
    expect(report.articles.byMonth.total.count).toBe(report.articles.total);
    expect(report.articles.total).toBe(2);
    const entries = (await users['editor@A'].get(`/reports/overtime?site=${site}&year=${year}`).expect(200)).body.data.entries as Array<{
      amount: number;
    }>;
    expect(report.overtime.total.amount).toBe(entries.reduce((sum, e) => sum + e.amount, 0));
    const [budget] = report.budgets;
    expect(budget.overtime).toBe(report.overtime.total.amount);
    expect(budget.portal).toMatchObject({ amount: 50_000_000, royaltyAmount: 40_000_000, otherAmount: 10_000_000 });
    expect(budget.portal!.royalties).toBe(budget.spent + budget.committed);
    expect(budget.portal!.remaining).toBe(50_000_000 - budget.portal!.royalties - budget.overtime);
    expect(budget.portal!.otherRemaining).toBe(10_000_000 - budget.overtime);
    expect(budget.status!.remaining).toBe(40_000_000 - budget.spent - budget.committed);
    expect(report.portalTotal).toMatchObject({ amount: 50_000_000, overtime: budget.overtime, remaining: budget.portal!.remaining });
    expect(report.visits).toBeNull();
    expect(report.notes).toHaveLength(1);
  });

  it('board: the DOCX parsed back has the headings, the JSON report\u2019s numbers and the board\u2019s texts, in NFC', async () => {
    const report = (await users['finance@A'].get(`/reports/yearly?site=${site}&year=${year}`).expect(200)).body.data as YearReport;
    const res = await users['finance@A']
      .get(`/reports/exports/yearly?format=docx&site=${site}&year=${year}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="bao-cao-nam-\d{4}-[a-z0-9-]+\.docx"; filename\*=UTF-8''/);
    expect(decodeURIComponent(res.headers['content-disposition'].split("UTF-8''")[1])).toBe(
      `Báo cáo năm ${year} - ${world.sites.A.name}.docx`
    );
    const { xml, text } = await docxText(res.body as Buffer);
    expect(text).toBe(text.normalize('NFC'));
    for (const line of [
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số:       /BC-BBT',
      'I. CÔNG TÁC CHỈ ĐẠO, QUẢN LÝ',
      'II. KẾT QUẢ HOẠT ĐỘNG',
      'III. ĐÁNH GIÁ CHUNG',
      '1. Ưu điểm',
      '2. Tồn tại, hạn chế',
      '3. Nguyên nhân của tồn tại, hạn chế',
      `IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM ${year + 1}`,
      'TRƯỞNG BAN',
      `Tình hình hoạt động của ${world.sites.A.name} năm ${year}`,
    ])
      expect(text.split('\n')).toContain(line);
    expect(text).toContain('Kính gửi: Ủy ban nhân dân');
    expect(text).toContain(`đăng tải ${vnNumber(report.articles.total)} tin, bài`);
    expect(text).toContain(`chi làm thêm giờ ${vnNumber(report.portalTotal.overtime)} đồng`);
    expect(text).toContain(`dự toán chi phí hoạt động của Cổng là ${vnNumber(report.portalTotal.amount)} đồng`);
    expect(text).toContain(`Nhuận bút đã chi ${vnNumber(report.budgetTotal.spent)} đồng`);
    expect(text).toContain(`Tiếp nhận ${vnNumber(report.participation.questions.received)} câu hỏi`);
    expect(text).toContain(`Chưa có số liệu lượt truy cập từ nhật ký truy cập của năm ${year}.`);
    // The total rows of the royalties and overtime tables (one paragraph per cell) hold the report's totals.
    expect(text).toContain(
      `Tổng cộng\n${vnNumber(report.royalties.byMonth.total.count)}\n${vnNumber(report.royalties.byMonth.total.amount)}`
    );
    expect(text).toContain(`Tổng cộng\n${vnNumber(report.overtime.total.count)}\n${vnNumber(report.overtime.total.amount)}`);
    for (const paragraph of [
      'Ưu điểm: cung cấp thông tin kịp thời',
      'Đoạn thứ hai.',
      'Cán bộ kiêm nhiệm.',
      'Ban biên tập họp định kỳ hằng tháng.',
    ])
      expect(text.split('\n')).toContain(paragraph);
    // Real Word tables, header rows repeated on each page; Times New Roman, A4.
    expect((xml.match(/<w:tblHeader\/>/g) ?? []).length).toBeGreaterThanOrEqual(8);
    expect(xml).toContain('w:w="11906"');
    const zip = await JSZip.loadAsync(res.body as Buffer);
    expect(await zip.file('word/styles.xml')!.async('string')).toContain('Times New Roman');
  });

  it('board: the XLSX of the year parses back to the same totals, with the budget split, overtime and the board\u2019s texts', async () => {
    const report = (await users['finance@A'].get(`/reports/yearly?site=${site}&year=${year}`).expect(200)).body.data as YearReport;
    const res = await users['finance@A']
      .get(`/reports/exports/yearly?format=xlsx&site=${site}&year=${year}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const file = res.body as Buffer;
    expect(await xlsxTotal(file, 'Làm thêm giờ', 'Số tiền (đồng)')).toBe(report.overtime.total.amount);
    expect(await xlsxTotal(file, 'Dự toán chi phí Cổng', 'Dự toán chi phí hoạt động (đồng)')).toBe(report.portalTotal.amount);
    expect(await xlsxTotal(file, 'Dự toán chi phí Cổng', 'Làm thêm giờ (đồng)')).toBe(report.portalTotal.overtime);
    expect(await xlsxTotal(file, 'Dự toán chi phí Cổng', 'Còn lại (đồng)')).toBe(report.portalTotal.remaining);
    expect(await xlsxTotal(file, 'Theo tháng', 'Số tin bài')).toBe(report.articles.total);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file as unknown as ArrayBuffer);
    const texts: string[] = [];
    workbook.getWorksheet('Nội dung báo cáo')!.eachRow((row) => texts.push(String((row.values as unknown[])[3] ?? '')));
    expect(texts).toContain('Cán bộ kiêm nhiệm.');
    const asked: unknown[] = [];
    workbook.getWorksheet('Hỏi đáp, góp ý')!.eachRow((row) => asked.push((row.values as unknown[])[2]));
    expect(asked).toContain(report.participation.questions.received);
  });

  it('board: the board of one ward cannot get another ward\u2019s DOCX, and its own holds none of the other\u2019s figures', async () => {
    for (const who of ['board-head@B', 'finance@B', 'editor@B', 'contributor@A', 'site-admin@A']) {
      const res = await users[who].get(`/reports/exports/yearly?format=docx&site=${site}&year=${year}`);
      expect({ who, status: res.status }).toEqual({ who, status: 403 });
    }
    const own = await users['board-head@B'].get(`/reports/exports/yearly?format=docx&year=${year}`).buffer(true).parse(binary).expect(200);
    const { text } = await docxText(own.body as Buffer);
    expect(text).toContain(world.sites.B.name);
    expect(text).not.toContain(world.sites.A.name);
    expect(text).not.toContain('Cán bộ kiêm nhiệm.');
    const refused = await users['board-head@A'].get(`/reports/exports/monthly?format=docx&site=${site}`).expect(400);
    expect(refused.body.error.details.errors[0].path).toEqual(['format']);
  });
});
