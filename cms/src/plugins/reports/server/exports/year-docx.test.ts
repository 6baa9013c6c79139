import JSZip from 'jszip';
import type { Tally, YearReport } from '../../shared/contracts';
import { addresseeOf, placeOf, yearReportDocx } from './year-docx';

/** Rows by label; a month's key is its `YYYY-MM`, as the report has it. */
const tally = (rows: Array<[string, number, number?]>): Tally => ({
  rows: rows.map(([label, count, amount = 0]) => {
    const month = /^Tháng (\d+)\/(\d{4})$/.exec(label);
    return { key: month ? `${month[2]}-${month[1].padStart(2, '0')}` : label, label, count, amount };
  }),
  total: { count: rows.reduce((s, r) => s + r[1], 0), amount: rows.reduce((s, r) => s + (r[2] ?? 0), 0) },
});

const report = (visits: YearReport['visits']): YearReport => ({
  year: 2023,
  sites: ['Cổng thông tin điện tử thành phố Vũng Tàu'],
  articles: {
    total: 1705,
    byMonth: tally([
      ['Tháng 11/2023', 1623],
      ['Tháng 12/2023', 82],
    ]),
    byCategory: tally([['Tin tức, sự kiện', 1705]]),
    byForm: tally([['Tin', 1705]]),
    byUnit: tally([['Phòng Văn hóa và Thông tin', 1705]]),
    bySite: tally([['Cổng thông tin điện tử thành phố Vũng Tàu', 1705]]),
  },
  documents: {
    total: 3956,
    byKind: tally([
      ['Văn bản quy phạm pháp luật', 103],
      ['Văn bản hành chính', 3853],
    ]),
  },
  topUnits: tally([['Phòng Văn hóa và Thông tin', 1705]]),
  topContributors: [],
  royalties: {
    byStatus: tally([['Đã chi', 10, 689_022_505]]),
    byUnit: tally([]),
    byForm: tally([]),
    total: { count: 10, amount: 689_022_505 },
    byMonth: tally([['Tháng 11/2023', 10, 689_022_505]]),
  },
  budgets: [
    {
      site: { documentId: 'city', name: 'Cổng thông tin điện tử thành phố Vũng Tàu' },
      year: 2023,
      spent: 689_022_505,
      committed: 0,
      overtime: 33_000_000,
      status: null,
      portal: {
        amount: 790_000_000,
        royaltyAmount: 740_000_000,
        otherAmount: 50_000_000,
        royalties: 689_022_505,
        overtime: 33_000_000,
        remaining: 67_977_495,
        otherRemaining: 17_000_000,
        usedPercent: 91,
        level: 'warning',
        levelLabel: 'Sắp hết dự toán',
      },
    },
  ],
  budgetTotal: { amount: 740_000_000, spent: 689_022_505, committed: 0, remaining: 50_977_495, sitesWithoutBudget: 0 },
  portalTotal: { amount: 790_000_000, royaltyAmount: 740_000_000, royalties: 689_022_505, overtime: 33_000_000, remaining: 67_977_495 },
  overtime: tally([['Tháng 11/2023', 3, 3_000_000]]),
  participation: {
    questions: { received: 12, answered: 10, overdue: 1, rejected: 1, medianWorkingDays: 4.5 },
    comments: tally([['Đã công khai', 5]]),
  },
  notes: [],
  heading: {
    siteName: 'Cổng thông tin điện tử thành phố Vũng Tàu',
    shortName: 'Thành phố Vũng Tàu',
    headOfBoard: 'Phan Trọng Hạnh',
    kind: 'city',
  },
  visits,
});

const textOf = async (file: Buffer): Promise<string> => {
  const xml = await (await JSZip.loadAsync(file)).file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('\n');
};

describe('board: the year-end DOCX', () => {
  const now = new Date('2023-12-25T03:00:00Z');

  it('writes seed 001\u2019s figures with Vietnamese grouping, the place, the addressee and the signer', async () => {
    const text = await textOf(await yearReportDocx(report(null), now));
    expect(text).toContain('Vũng Tàu, ngày 25 tháng 12 năm 2023');
    expect(text).toContain('Kính gửi: Ủy ban nhân dân thành phố Vũng Tàu');
    expect(text).toContain('đăng tải 1.705 tin, bài ');
    expect(text).toContain('(tháng 12 là 82 tin, bài).');
    expect(text).toContain('dự toán chi phí hoạt động của Cổng là 790.000.000 đồng, trong đó nhuận bút 740.000.000 đồng');
    expect(text).toContain('chi làm thêm giờ 33.000.000 đồng; dự toán còn lại 67.977.495 đồng.');
    expect(text).toContain('Phan Trọng Hạnh');
    expect(text).toContain('Chưa có số liệu lượt truy cập từ nhật ký truy cập của năm 2023.');
    expect(text).toContain('(Ban biên tập chưa viết nội dung phần này.)');
  });

  it('renders the visits section from the report\u2019s visits field once it is filled', async () => {
    const text = await textOf(
      await yearReportDocx(
        report({
          total: 1_095_000,
          views: 2_400_000,
          days: 365,
          averagePerDay: 3_000,
          byMonth: tally([['Tháng 12/2023', 1_095_000]]),
          bySite: tally([['Cổng', 1_095_000]]),
        }),
        now
      )
    );
    expect(text).toContain(
      'Năm 2023 có 1.095.000 lượt truy cập, 2.400.000 lượt xem trang; bình quân mỗi ngày 3.000 lượt truy cập (365 ngày'
    );
    expect(text).not.toContain('Chưa có số liệu lượt truy cập');
  });

  it('covers a year not yet over up to this Vietnam month, not to December', async () => {
    // 30 November 2023, 18:00 UTC is already 1 December in Vietnam.
    const text = await textOf(await yearReportDocx(report(null), new Date('2023-11-30T18:00:00Z')));
    expect(text).toContain('Từ tháng 01/2023 đến tháng 12/2023');
    const november = await textOf(await yearReportDocx(report(null), new Date('2023-11-20T03:00:00Z')));
    expect(november).toContain('Từ tháng 01/2023 đến tháng 11/2023, đăng tải 1.705 tin, bài ');
    expect(november).toContain('(tháng 11 là 1.623 tin, bài).');
    const march = await textOf(await yearReportDocx(report(null), new Date('2023-03-10T03:00:00Z')));
    expect(march).toContain('đến tháng 03/2023');
    expect(march).toContain('(tháng 3 là 0 tin, bài).');
    expect(await textOf(await yearReportDocx(report(null), new Date('2025-02-01T03:00:00Z')))).toContain('đến tháng 12/2023');
  });

  it('names the place and the addressee of a ward', () => {
    expect(placeOf('Phường 7')).toBe('Phường 7');
    expect(addresseeOf('Phường 7')).toBe('Ủy ban nhân dân Phường 7');
  });
});
