import { formatVnd } from '@vungtau/publishing';
import { datasetDocuments, procurementNoticeDocuments, projectDocuments } from './sections';

type ProjectRow = Parameters<typeof projectDocuments>[0];
type NoticeRow = Parameters<typeof procurementNoticeDocuments>[0];

const site = { slug: 'phuong-7', name: 'Phường 7', status: 'active' };

const project = (overrides: Partial<ProjectRow> = {}): ProjectRow => ({
  documentId: 'p1',
  name: 'Chỉnh trang hẻm 12 Bình Giã',
  slug: 'chinh-trang-hem-12-binh-gia',
  summary: 'Bê tông hóa mặt hẻm.',
  description: [{ type: 'paragraph', children: [{ type: 'text', text: 'Nhân dân hiến đất.' }] }],
  field: 'do-thi',
  investor: 'UBND Phường 7',
  location: 'Hẻm 12 Bình Giã',
  state: 'dang-thuc-hien',
  periodStart: 2025,
  publishedAt: '2026-01-05T03:00:00.000Z',
  site,
  progress: [
    { date: '2026-06-01', text: 'Xong mặt hẻm.' },
    { date: '2026-02-01', text: 'Khởi công.' },
  ],
  ...overrides,
});

const notice = (overrides: Partial<NoticeRow> = {}): NoticeRow => ({
  documentId: 'n1',
  packageName: 'Thi công mặt hẻm',
  slug: 'thi-cong-mat-hem',
  summary: 'Thi công trong 90 ngày.',
  procuringEntity: 'UBND Phường 7',
  method: 'chi-dinh-thau',
  publishedDate: '2026-03-01',
  publishedAt: '2026-03-01T03:00:00.000Z',
  site,
  project: { name: 'Chỉnh trang hẻm 12 Bình Giã', field: 'do-thi' },
  result: null,
  ...overrides,
});

describe('search documents of the sections index', () => {
  it('search: a published project is a record with its page, labels, investor, place, text and latest update date', () => {
    expect(projectDocuments(project())).toEqual([
      expect.objectContaining({
        id: 'p1-0',
        kind: 'project',
        path: 'du-an/chinh-trang-hem-12-binh-gia/',
        issuer: 'UBND Phường 7',
        year: 2025,
        date: Date.parse('2026-06-01') / 1000,
        field: 'do-thi',
        fieldLabel: 'Đô thị, chỉnh trang đô thị',
        typeLabel: 'Dự án',
        stateLabel: 'Đang thực hiện',
        body: 'Hẻm 12 Bình Giã Nhân dân hiến đất. Khởi công. Xong mặt hẻm.',
      }),
    ]);
  });

  it('search: a project not published, or of a closed site, has no record', () => {
    expect(projectDocuments(project({ publishedAt: null }))).toEqual([]);
    expect(projectDocuments(project({ site: { ...site, status: 'merged' } }))).toEqual([]);
  });

  it("search: a notice is filed under its project's field and says whether it has a result", () => {
    expect(procurementNoticeDocuments(notice())[0]).toMatchObject({
      kind: 'procurement-notice',
      path: 'du-an/dau-thau/thi-cong-mat-hem/',
      field: 'do-thi',
      stateLabel: 'Đang mời thầu',
      year: 2026,
    });
    const decided = procurementNoticeDocuments(notice({ project: null, result: { state: 'trung-thau', winner: 'Công ty Hải Đăng' } }))[0];
    expect(decided).toMatchObject({ field: null, stateLabel: 'Đã có nhà thầu trúng thầu' });
    expect(decided.body).toContain('Công ty Hải Đăng');
    expect(decided).not.toHaveProperty('fieldLabel');
  });

  it('search: a published dataset is found by title and source, dated and filed by the end of its period', () => {
    const row = {
      documentId: 'd1',
      title: 'Lượt khách du lịch theo tháng',
      slug: 'luot-khach-du-lich-theo-thang',
      description: 'Khách lưu trú và khách trong ngày.',
      field: 'du-lich' as const,
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
      unitOfMeasure: 'lượt khách',
      source: 'Phòng Văn hóa và Thông tin',
      publishedAt: '2026-02-01T03:00:00.000Z',
      site,
    };
    expect(datasetDocuments(row)).toEqual([
      expect.objectContaining({
        id: 'd1-0',
        kind: 'dataset',
        path: 'thong-ke/luot-khach-du-lich-theo-thang/',
        title: 'Lượt khách du lịch theo tháng',
        issuer: 'Phòng Văn hóa và Thông tin',
        date: Date.parse('2025-12-31') / 1000,
        year: 2025,
        field: 'du-lich',
        fieldLabel: 'Du lịch',
        typeLabel: 'Số liệu thống kê',
        stateLabel: 'Kỳ số liệu 01/2025 – 12/2025',
      }),
    ]);
    expect(datasetDocuments({ ...row, publishedAt: null })).toEqual([]);
    expect(datasetDocuments({ ...row, site: { ...site, status: 'retired' } })).toEqual([]);
  });

  it('sections: amounts in đồng are grouped by dots, digit for digit', () => {
    expect(formatVnd('12500000000')).toBe('12.500.000.000 đồng');
    expect(formatVnd(0)).toBe('0 đồng');
    expect(formatVnd('999')).toBe('999 đồng');
    expect(formatVnd('9007199254740993123')).toBe('9.007.199.254.740.993.123 đồng');
  });
});
