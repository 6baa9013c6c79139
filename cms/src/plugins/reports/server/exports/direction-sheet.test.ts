import type { MonthlyReport, NextMonthDirections } from '../../shared/contracts';
import { directionSheet, monthlySheets, periodsLine } from './sheets';

const tally = { rows: [], total: { count: 0, amount: 0 } };
const tables = { total: 0, byCategory: tally, byForm: tally, byUnit: tally, bySite: tally };

const report = (nextMonth: NextMonthDirections, periods: MonthlyReport['periods'] = []): MonthlyReport => ({
  month: '2026-12',
  label: 'Tháng 12/2026',
  sites: nextMonth.sites.map((entry) => entry.site),
  articles: tables,
  documents: { total: 0, byKind: tally },
  topContributors: [],
  royalties: { byStatus: tally, byUnit: tally, byForm: tally, total: { count: 0, amount: 0 } },
  periods,
  visits: { total: { visits: 0, views: 0, bots: 0, days: 0, averageVisitsPerDay: null }, byMonth: [], bySite: [] },
  nextMonth,
});

const missing = 'Ban biên tập chưa xây dựng định hướng tuyên truyền tháng 1/2027.';
const direction = {
  title: 'Mừng Đảng, mừng Xuân',
  summary: null,
  topics: [{ title: 'Tết vì người nghèo', details: null, dueOn: '2027-01-20' }],
  events: [{ on: '2027-01-09', title: 'Ngày học sinh, sinh viên', details: null }],
};

describe('board: the monthly export ends with next month’s direction', () => {
  it('writes the direction, its topics with deadlines and its events, as the last sheet', () => {
    const sheets = monthlySheets(report({ month: '2027-01', label: 'tháng 1/2027', sites: [{ site: 'Phường 7', direction }], missing }));
    const last = sheets[sheets.length - 1];
    expect(last.name).toBe('Định hướng tháng sau');
    expect(last.rows.map((row) => [row.part, row.title, row.date])).toEqual([
      ['Định hướng', 'Mừng Đảng, mừng Xuân', ''],
      ['Chủ đề', 'Tết vì người nghèo', 'Hạn gửi bài 20/01/2027'],
      ['Sự kiện', 'Ngày học sinh, sinh viên', '09/01/2027'],
    ]);
    expect(last.totalLabel).toBeUndefined();
  });

  it('says a single site has none written yet instead of a bare table, and names each site without one', () => {
    const alone = directionSheet(
      report({ month: '2027-01', label: 'tháng 1/2027', sites: [{ site: 'Phường 7', direction: null }], missing })
    );
    expect(alone.rows).toEqual([]);
    expect(alone.empty).toBe(missing);
    const many = directionSheet(
      report({
        month: '2027-01',
        label: 'tháng 1/2027',
        sites: [
          { site: 'Phường 7', direction: null },
          { site: 'Phường 8', direction },
        ],
        missing,
      })
    );
    expect(many.rows[0]).toMatchObject({ site: 'Phường 7', title: missing });
    expect(many.rows.filter((row) => row.site === 'Phường 8')).toHaveLength(3);
  });

  it('heads the tables with each group of sites’ period and royalty month', () => {
    const period = (sites: string[], label: string, kindLabel: string, royaltyLabel: string) => ({
      sites,
      kind: 'calendar-month' as const,
      kindLabel,
      reportDay: 24,
      reportDate: '2026-12-24',
      start: '',
      end: '',
      label,
      royaltyMonth: '',
      royaltyLabel,
    });
    const next = { month: '2027-01', label: 'tháng 1/2027', sites: [], missing };
    expect(periodsLine(report(next, [period(['Phường 7'], '25/11/2026 – 24/12/2026', 'Đến ngày 24 hằng tháng', 'Tháng 11/2026')]))).toBe(
      'Kỳ báo cáo: 25/11/2026 – 24/12/2026 (đến ngày 24 hằng tháng; nhuận bút tháng 11/2026)'
    );
    expect(
      periodsLine(
        report(next, [
          period(['Phường 7'], '25/11/2026 – 24/12/2026', 'Đến ngày 24 hằng tháng', 'Tháng 11/2026'),
          period(['Phường 8', 'Phường 9'], '01/12/2026 – 31/12/2026', 'Tháng dương lịch', 'Tháng 12/2026'),
        ])
      )
    ).toBe(
      'Phường 7: 25/11/2026 – 24/12/2026 (đến ngày 24 hằng tháng; nhuận bút tháng 11/2026); Phường 8, Phường 9: 01/12/2026 – 31/12/2026 (tháng dương lịch; nhuận bút tháng 12/2026)'
    );
  });
});
