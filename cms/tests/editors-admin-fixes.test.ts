import ExcelJS from 'exceljs';
import { parse } from 'csv-parse/sync';
import { startCms, type TestCms } from './harness/cms';
import { contentApi, makeSite } from './harness/fixtures';
import { adminApi, createStaff, type AdminApi } from './harness/workflow';

/** Supertest leaves binary bodies alone only with a parser of our own. */
const binary = (res: unknown, done: (error: Error | null, body: unknown) => void) => {
  const stream = res as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
};

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

describe('editors: the admin’s smaller fixes over HTTP', () => {
  let cms: TestCms;
  let head: AdminApi;
  let site: string;
  // A month the new site has nothing in.
  const month = '2025-11';

  beforeAll(async () => {
    cms = await startCms();
    site = (await makeSite(contentApi(cms, await cms.apiToken('full-access')))).site;
    head = adminApi(cms, (await createStaff(cms, 'board-head@editors', [{ site, role: 'board-head' }])).jwt);
  });
  afterAll(async () => {
    await cms?.close();
  });

  it('editors: /favicon.ico answers 200 with the portal’s icon', async () => {
    const res = await cms.http().get('/favicon.ico').buffer(true).parse(binary).expect(200);
    expect(res.headers['content-type']).toMatch(/^image\//);
    expect((res.body as Buffer).subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  });

  it('editors: a CSV export of an empty month holds a row saying so under its headers', async () => {
    const csv = await head.get(`/reports/exports/royalties?format=csv&site=${site}&month=${month}`).buffer(true).parse(binary).expect(200);
    const rows = parse((csv.body as Buffer).toString('utf8'), { bom: true }) as string[][];
    expect(rows[1][0]).toBe('Không có bản ghi nhuận bút nào trong tháng 11/2025.');
    expect(rows[2][0]).toBe('Tổng cộng');
    const units = await head
      .get(`/reports/exports/royalty-units?format=csv&site=${site}&month=${month}`)
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect((parse((units.body as Buffer).toString('utf8'), { bom: true }) as string[][])[1]).toEqual([
      'Không có dữ liệu trong tháng 11/2025.',
      '',
      '',
    ]);
  });

  it('editors: no sheet of an empty month’s XLSX report is bare headers over a total; the empty ones say so', async () => {
    const file = await head.get(`/reports/exports/monthly?format=xlsx&site=${site}&month=${month}`).buffer(true).parse(binary).expect(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
    const saying: string[] = [];
    for (const sheet of workbook.worksheets) {
      // Title, subtitle, a blank row, the headers (row 4); what follows them is a row of data or the sentence.
      const first = sheet.getCell(5, 1).value;
      expect({ sheet: sheet.name, first }).toEqual({ sheet: sheet.name, first: expect.any(String) });
      expect(first).not.toBe('Tổng cộng');
      if (first === 'Không có dữ liệu trong tháng 11/2025.') saying.push(sheet.name);
    }
    expect(saying).toEqual(expect.arrayContaining(['Theo đơn vị', 'Cộng tác viên tiêu biểu']));
  });
});
