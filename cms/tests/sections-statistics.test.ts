import path from 'path';
import ExcelJS from 'exceljs';
import { APP_DIR, startCms, type TestCms } from './harness/cms';
import { contentApi, errorPaths, makeSite, unique, type ContentApi } from './harness/fixtures';
import { adminApi, createStaff } from './harness/workflow';

const DATASET = 'api::dataset.dataset';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
// The site build's own queries (site/src/loaders/queries.ts), sent as the build sends them.
const SITE = path.resolve(APP_DIR, '..', 'site', 'src');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const siteQueries = require(path.join(SITE, 'loaders', 'queries.ts')) as Record<'DATASET_QUERY' | 'PUBLIC_SERVICE_QUERY', Json> & {
  pageQuery: (query: Json, site: { relation: string; slug: string }, page: number) => Json;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { toQueryString } = require(path.join(SITE, 'utils', 'query-string.ts')) as { toQueryString: (q: Json) => string };

const table = {
  labelHeader: 'Tháng',
  columns: ['Tiếp nhận', 'Đúng hạn', 'Trễ hạn'],
  rows: [
    { label: 'Tháng 01/2026', values: [210, 208, 2] },
    { label: 'Tháng 02/2026', values: [150, 150, 0] },
  ],
};

describe('sections: statistics and public services', () => {
  let cms: TestCms;
  let api: ContentApi;
  let token: string;
  let site: { site: string; siteSlug: string };

  const datasetData = (overrides: Record<string, unknown> = {}) => ({
    title: `Hồ sơ thủ tục hành chính ${unique()}`,
    field: 'dich-vu-cong',
    periodStart: '2026-01-01',
    periodEnd: '2026-02-28',
    unitOfMeasure: 'hồ sơ',
    source: 'Bộ phận Một cửa',
    chart: 'bar',
    site: site.site,
    table,
    ...overrides,
  });
  const upload = async (bytes: Buffer, name: string, mime?: string) => {
    const res = await cms
      .http()
      .post('/api/upload')
      .set('Authorization', `Bearer ${token}`)
      .attach('files', bytes, mime ? { filename: name, contentType: mime } : name)
      .expect(201);
    return res.body[0].id as number;
  };
  const count = () => cms.strapi.db.query(DATASET).count();

  beforeAll(async () => {
    cms = await startCms();
    token = await cms.apiToken('full-access');
    api = contentApi(cms, token);
    site = await makeSite(api);
  });
  afterAll(async () => cms?.close());

  describe('the table of figures', () => {
    it.each([
      [
        'a row whose figures do not match the columns',
        { ...table, rows: [{ label: 'Tháng 01', values: [1, 2] }] },
        'có 2 số liệu, bảng có 3 cột',
      ],
      ['a figure that is text', { ...table, rows: [{ label: 'Tháng 01', values: [1, 'nhiều', 3] }] }, 'Mỗi ô số liệu phải là một số'],
      ['a figure past 10^15', { ...table, rows: [{ label: 'Tháng 01', values: [1, 2e16, 3] }] }, 'vượt quá 10^15'],
      ['25 columns', { ...table, columns: Array.from({ length: 25 }, (_, i) => `Cột ${i}`) }, 'tối đa 24 cột'],
      [
        '201 rows',
        { ...table, rows: Array.from({ length: 201 }, (_, i) => ({ label: `Dòng ${i}`, values: [1, 2, 3] })) },
        'tối đa 200 dòng',
      ],
      ['a label of 121 characters', { ...table, rows: [{ label: 'x'.repeat(121), values: [1, 2, 3] }] }, 'dài quá 120 ký tự'],
      ['an extra key', { ...table, script: 'alert(1)' }, 'chỉ có tiêu đề cột nhãn'],
      ['a list instead of a table', [[1, 2, 3]], 'Bảng số liệu phải có'],
      ['two rows with one label', { ...table, rows: [table.rows[0], table.rows[0]] }, 'bị trùng'],
    ])('refuses %s with a Vietnamese message on the table, writing nothing', async (_, bad, message) => {
      const before = await count();
      const res = await api.post('/api/datasets?status=draft', datasetData({ table: bad })).expect(400);
      expect(errorPaths(res.body).every((p) => p.startsWith('table'))).toBe(true);
      expect(res.body.error.message).toContain(message);
      expect(await count()).toBe(before);
    });

    it('stores a valid table as sent, trimmed, and refuses a period that ends before it starts', async () => {
      const res = await api.post('/api/datasets?status=draft', datasetData({ table: { ...table, labelHeader: '  Tháng ' } })).expect(201);
      expect(res.body.data.table).toEqual(table);
      const bad = await api.post('/api/datasets?status=draft', datasetData({ periodEnd: '2025-12-31' })).expect(400);
      expect(errorPaths(bad.body)).toEqual(['periodEnd']);
    });

    it('refuses to publish a dataset with no table', async () => {
      const res = await api.post('/api/datasets', datasetData({ table: null })).expect(400);
      expect(res.body.error.message).toContain('Chưa có bảng số liệu');
    });
  });

  describe('the source file', () => {
    it('reads a CSV saved by a Vietnamese spreadsheet (semicolons, decimal commas, BOM) into the table', async () => {
      const csv = '\uFEFFPhường;Năm 2024;Năm 2025\r\nPhường 1;"18.250";18.402,5\r\nXã Long Sơn;12 430;12510\r\n';
      const file = await upload(Buffer.from(csv, 'utf8'), 'dan-so.csv', 'text/csv');
      const res = await api.post('/api/datasets', datasetData({ table: null, sourceFile: file })).expect(201);
      expect(res.body.data.table).toEqual({
        labelHeader: 'Phường',
        columns: ['Năm 2024', 'Năm 2025'],
        rows: [
          { label: 'Phường 1', values: [18250, 18402.5] },
          { label: 'Xã Long Sơn', values: [12430, 12510] },
        ],
      });
    });

    it('reads the first sheet of an XLSX file into the table, and keeps a table already there on a later save', async () => {
      const workbook = new ExcelJS.Workbook();
      const sheet = workbook.addWorksheet('Số liệu');
      sheet.addRow(['Năm', 'Dự toán', 'Thực hiện']);
      sheet.addRow(['Năm 2024', 4380, 4655.8]);
      sheet.addRow(['Năm 2025', 4720, { formula: 'B3*1.0638', result: 5021.3 }]);
      const file = await upload(Buffer.from(await workbook.xlsx.writeBuffer()), 'thu-ngan-sach.xlsx');
      const res = await api.post('/api/datasets?status=draft', datasetData({ table: undefined, sourceFile: file })).expect(201);
      const expected = {
        labelHeader: 'Năm',
        columns: ['Dự toán', 'Thực hiện'],
        rows: [
          { label: 'Năm 2024', values: [4380, 4655.8] },
          { label: 'Năm 2025', values: [4720, 5021.3] },
        ],
      };
      expect(res.body.data.table).toEqual(expected);
      const id = res.body.data.documentId;
      const edited = { ...expected, rows: [expected.rows[0]] };
      await api.put(`/api/datasets/${id}?status=draft`, { table: edited }).expect(200);
      const again = await api.put(`/api/datasets/${id}?status=draft`, { description: 'Số ước thực hiện', sourceFile: file }).expect(200);
      expect(again.body.data.table).toEqual(edited);
    });

    it.each([
      ['a CSV over 2 MB', () => Buffer.from(`Nhãn,Số\n${'Dòng,1\n'.repeat(400_000)}`), 'lon.csv', 'text/csv', 'lớn quá 2 MB'],
      ['an XLSX that is not a spreadsheet', () => Buffer.from('PK\u0003\u0004 không phải bảng tính'), 'hong.xlsx', undefined, 'bị hỏng'],
      [
        'a CSV with text where a figure goes',
        () => Buffer.from('Tháng,Hồ sơ\nTháng 01,mười\n'),
        'chu.csv',
        'text/csv',
        'Dòng 2, cột "Hồ sơ"',
      ],
      ['a CSV with only a header', () => Buffer.from('Tháng,Hồ sơ\n'), 'rong.csv', 'text/csv', 'ít nhất một dòng số liệu'],
      ['a PDF', () => Buffer.from('%PDF-1.4\n%%EOF\n'), 'bao-cao.pdf', 'application/pdf', 'CSV (.csv) hoặc bảng tính Excel'],
    ])('refuses %s with a Vietnamese message on the source file, writing nothing', async (_, bytes, name, mime, message) => {
      const file = await upload(bytes(), name, mime);
      const before = await count();
      const res = await api.post('/api/datasets?status=draft', datasetData({ table: null, sourceFile: file })).expect(400);
      expect(errorPaths(res.body)).toEqual(['sourceFile']);
      expect(res.body.error.message).toContain(message);
      expect(await count()).toBe(before);
    });
  });

  describe('public services', () => {
    const serviceData = (overrides: Record<string, unknown> = {}) => ({
      name: 'Đăng ký khai sinh',
      field: 'ho-tich',
      level: 'toan-trinh',
      code: '1.001193',
      site: site.site,
      provincialUrl: 'https://dichvucong.baria-vungtau.gov.vn/thu-tuc-hanh-chinh?ma_thu_tuc=1.001193',
      nationalUrl: 'https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=1.001193',
      popular: true,
      ...overrides,
    });

    beforeAll(async () => {
      await api.put(`/api/sites/${site.site}`, { publicServiceHosts: 'dichvucong.baria-vungtau.gov.vn' }).expect(200);
    });

    it('refuses a site portal outside gov.vn', async () => {
      const res = await api.put(`/api/sites/${site.site}`, {
        publicServiceHosts: 'dichvucong.baria-vungtau.gov.vn\ndichvucong-gov.vn.example.com',
      });
      expect(res.status).toBe(400);
      expect(errorPaths(res.body)).toEqual(['publicServiceHosts']);
    });

    it.each([
      ['an http link', { provincialUrl: 'http://dichvucong.baria-vungtau.gov.vn/' }, 'provincialUrl', 'https://'],
      [
        'a host the site did not list',
        { provincialUrl: 'https://dichvucong.dongnai.gov.vn/' },
        'provincialUrl',
        'dichvucong.baria-vungtau.gov.vn',
      ],
      ['a look-alike national portal', { nationalUrl: 'https://dichvucong.gov.vn.example.com/' }, 'nationalUrl', 'dichvucong.gov.vn'],
      ['credentials in the link', { nationalUrl: 'https://x:y@dichvucong.gov.vn/' }, 'nationalUrl', 'tên đăng nhập'],
      ['a javascript: link', { nationalUrl: 'javascript:alert(1)' }, 'nationalUrl', 'https://'],
    ])('refuses %s', async (_, overrides, field, message) => {
      const res = await api.post('/api/public-services', serviceData(overrides)).expect(400);
      expect(errorPaths(res.body)).toEqual([field]);
      expect(res.body.error.message).toContain(message);
    });

    it('publishes a procedure with https links to the listed portals', async () => {
      await api.post('/api/public-services', serviceData()).expect(201);
    });
  });

  describe('who may write and publish', () => {
    it('lets a site’s editor keep its datasets and procedures, and only its approver publish them', async () => {
      const other = await makeSite(api);
      const editor = adminApi(cms, (await createStaff(cms, 'Biên tập', [{ site: site.site, role: 'editor' }])).jwt);
      const approver = adminApi(cms, (await createStaff(cms, 'Lãnh đạo', [{ site: site.site, role: 'approver' }])).jwt);
      const draft = await editor.create(DATASET, datasetData({ title: `Số liệu của biên tập ${unique()}` })).expect(201);
      const id = draft.body.data.documentId as string;
      await editor.create(DATASET, datasetData({ site: other.site })).expect(403);
      await editor.update(DATASET, id, { site: other.site }).expect(403);
      await editor.publish(DATASET, id).expect(403);
      await approver.publish(DATASET, id).expect(200);
      const service = await editor
        .create('api::public-service.public-service', { name: 'Đăng ký kết hôn', field: 'ho-tich', site: site.site, code: '1.000894' })
        .expect(201);
      await editor.publish('api::public-service.public-service', service.body.data.documentId).expect(403);
    });
  });

  describe('public shape', () => {
    it('answers the site build’s queries anonymously with published datasets and procedures only', async () => {
      const draft = await api.post('/api/datasets?status=draft', datasetData({ title: 'Bản nháp chưa duyệt' })).expect(201);
      const scope = { relation: 'site', slug: site.siteSlug };
      const datasets = await cms
        .http()
        .get(`/api/datasets?${toQueryString(siteQueries.pageQuery(siteQueries.DATASET_QUERY, scope, 1))}`)
        .expect(200);
      const ids = datasets.body.data.map((d: { documentId: string }) => d.documentId);
      expect(ids).not.toContain(draft.body.data.documentId);
      expect(datasets.body.data.length).toBeGreaterThan(0);
      const withFile = datasets.body.data.find((d: { sourceFile: unknown }) => d.sourceFile);
      expect(withFile.sourceFile).toEqual({
        id: expect.any(Number),
        documentId: expect.any(String),
        url: expect.stringMatching(/^\/uploads\/.+\.csv$/),
        name: 'dan-so.csv',
        ext: '.csv',
        size: expect.any(Number),
        mime: expect.any(String),
      });
      const services = await cms
        .http()
        .get(`/api/public-services?${toQueryString(siteQueries.pageQuery(siteQueries.PUBLIC_SERVICE_QUERY, scope, 1))}`)
        .expect(200);
      expect(services.body.data.map((s: { code: string }) => s.code)).toEqual(['1.001193']);
    });

    it('refuses what the declared shape does not name', async () => {
      for (const query of ['populate[createdBy]=true', 'populate=*', 'filters[table][$contains]=a', 'status=draft']) {
        const res = await cms.http().get(`/api/datasets?${query}`);
        expect({ query, status: res.status }).toEqual({ query, status: 400 });
      }
      const hosts = await cms.http().get('/api/sites?fields[0]=publicServiceHosts');
      expect(hosts.status).toBe(400);
    });
  });
});
