import type {
  ComplianceOverview,
  MonthlyReport,
  QuestionReport,
  QuotaDashboard,
  Statement,
  Tally,
  YearReport,
} from '../../shared/contracts';
import { TOTAL_LABEL, type Column, type Sheet } from './sheet';
import { visitSummarySheet } from './visit-sheets';
import { yearEndSheets } from './year-sheets';

/** The board's tables as export sheets; the admin pages show the same tables. */

export const scopeLine = (sites: string[]): string => (sites.length === 1 ? sites[0] : `${sites.length} trang: ${sites.join(', ')}`);

/** "Không có dữ liệu trong tháng 11/2026.": the row a sheet of an empty period holds. */
const noData = (period: string): string => `Không có dữ liệu trong ${period}.`;

export const recordsSheet = (statement: Statement, sites: string[]): Sheet => ({
  name: 'Nhuận bút',
  title: `Bảng kê nhuận bút ${statement.label.toLowerCase()}`,
  subtitle: scopeLine(sites),
  columns: [
    { header: 'Cộng tác viên', key: 'contributor', kind: 'text', width: 26 },
    { header: 'Đơn vị', key: 'unit', kind: 'text', width: 30 },
    { header: 'Trang', key: 'site', kind: 'text', width: 30 },
    { header: 'Tin bài', key: 'title', kind: 'text', width: 50 },
    { header: 'Thể loại', key: 'form', kind: 'text', width: 14 },
    { header: 'Ngày duyệt đăng', key: 'earnedAt', kind: 'datetime', width: 18 },
    { header: 'Hệ số', key: 'coefficient', kind: 'decimal', width: 9 },
    { header: 'Giá trị một hệ số (đồng)', key: 'unitValue', kind: 'money' },
    { header: 'Tỷ lệ (%)', key: 'share', kind: 'decimal', width: 10 },
    { header: 'Thành tiền (đồng)', key: 'amount', kind: 'money', sum: true },
    { header: 'Trạng thái', key: 'status', kind: 'text', width: 18 },
    { header: 'Ghi chú', key: 'note', kind: 'text', width: 30 },
  ],
  rows: statement.records.map((r) => ({
    contributor: r.contributor?.fullName ?? r.contributorName,
    unit: r.unit?.name ?? '',
    site: r.site?.name ?? '',
    title: r.articleTitle,
    form: r.formLabel,
    earnedAt: r.earnedAt,
    coefficient: r.coefficient,
    unitValue: r.unitValue,
    share: r.share,
    amount: r.amount,
    status: r.statusLabel,
    note: r.note ?? '',
  })),
  empty: `Không có bản ghi nhuận bút nào trong ${statement.label.toLowerCase()}.`,
  totalLabel: TOTAL_LABEL,
});

export const tallySheet = (
  name: string,
  title: string,
  subtitle: string,
  first: string,
  tallied: Tally,
  options: { count: string; amount?: string; empty: string }
): Sheet => {
  const columns: Column[] = [
    { header: first, key: 'label', kind: 'text', width: 40 },
    { header: options.count, key: 'count', kind: 'integer', sum: true },
  ];
  if (options.amount) columns.push({ header: options.amount, key: 'amount', kind: 'money', sum: true });
  return { name, title, subtitle, columns, rows: tallied.rows.map((row) => ({ ...row })), empty: options.empty, totalLabel: TOTAL_LABEL };
};

const PIECES = { count: 'Số tin bài', amount: 'Thành tiền (đồng)' };

export const contributorsSheet = (statement: Statement, sites: string[]): Sheet =>
  tallySheet(
    'Theo cộng tác viên',
    `Tổng hợp nhuận bút theo cộng tác viên ${statement.label.toLowerCase()}`,
    scopeLine(sites),
    'Cộng tác viên',
    statement.byContributor,
    { ...PIECES, empty: noData(statement.label.toLowerCase()) }
  );

// A co-authored piece is one record per author, so a unit's count is of records, not pieces.
export const unitsSheet = (statement: Statement, sites: string[]): Sheet =>
  tallySheet(
    'Theo đơn vị',
    `Tổng hợp nhuận bút theo đơn vị ${statement.label.toLowerCase()}`,
    scopeLine(sites),
    'Đơn vị',
    statement.byUnit,
    {
      count: 'Số bản ghi nhuận bút',
      amount: 'Thành tiền (đồng)',
      empty: noData(statement.label.toLowerCase()),
    }
  );

export const quotasSheet = (dashboard: QuotaDashboard, sites: string[]): Sheet => ({
  name: 'Chỉ tiêu',
  title: 'Tình hình thực hiện chỉ tiêu tin bài của các đơn vị',
  subtitle: scopeLine(sites),
  columns: [
    { header: 'Đơn vị', key: 'unit', kind: 'text', width: 36 },
    { header: 'Trang', key: 'site', kind: 'text', width: 30 },
    { header: 'Kỳ', key: 'period', kind: 'text', width: 14 },
    { header: 'Tối thiểu', key: 'min', kind: 'integer', width: 10 },
    { header: 'Tối đa', key: 'max', kind: 'integer', width: 10 },
    { header: 'Tính chỉ tiêu trên', key: 'countsOn', kind: 'text', width: 20 },
    { header: 'Đã gửi', key: 'submitted', kind: 'integer', width: 10, sum: true },
    { header: 'Đã duyệt', key: 'approved', kind: 'integer', width: 10, sum: true },
    { header: 'Đã đăng', key: 'published', kind: 'integer', width: 10, sum: true },
    { header: 'Đề xuất lên Cổng TTĐT thành phố', key: 'proposed', kind: 'integer', width: 16, sum: true },
    { header: 'Đăng trên Cổng TTĐT thành phố', key: 'cityPublished', kind: 'integer', width: 16, sum: true },
    { header: 'Còn thiếu', key: 'missing', kind: 'integer', width: 10, sum: true },
    { header: 'Đánh giá', key: 'state', kind: 'text', width: 22 },
  ],
  rows: dashboard.units.flatMap((row) =>
    row.periods.map((period) => ({
      unit: row.unit.name,
      site: row.unit.site,
      period: period.label,
      min: row.quota?.minItems ?? null,
      max: row.quota?.maxItems ?? null,
      countsOn: row.countsOnLabel ?? '',
      // Empty, not 0, where the count is not this board's to see or does not apply.
      submitted: period.own?.submitted ?? null,
      approved: period.own?.approved ?? null,
      published: period.own?.published ?? null,
      proposed: period.city?.proposed ?? null,
      cityPublished: period.city?.published ?? null,
      missing: period.missing,
      state: period.current && period.state === 'behind' ? `${period.stateLabel} (kỳ đang thực hiện)` : period.stateLabel,
    }))
  ),
  empty: 'Các trang đã chọn chưa có đơn vị nào.',
  totalLabel: TOTAL_LABEL,
});

/** "Kỳ báo cáo: 25/11/2026 – 24/12/2026 (đến ngày 24 hằng tháng; nhuận bút tháng 11/2026)", one group of sites after another. */
export const periodsLine = (report: MonthlyReport): string =>
  report.periods
    .map((period) => {
      const line = `${period.label} (${period.kindLabel.toLowerCase()}; nhuận bút ${period.royaltyLabel.toLowerCase()})`;
      return report.periods.length === 1 ? `Kỳ báo cáo: ${line}` : `${period.sites.join(', ')}: ${line}`;
    })
    .join('; ');

/** The royalty months shown, "tháng 11/2026" or "tháng 11/2026, tháng 12/2026" when sites differ. */
const royaltyMonths = (report: MonthlyReport): string =>
  [...new Set(report.periods.map((period) => period.royaltyLabel.toLowerCase()))].join(', ') || report.label.toLowerCase();

/** `2027-01-10` → `10/01/2027`. */
const isoDay = (value: string): string => {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : value;
};

/** The last sheet: each site's direction for the month after, one row per topic and key event. */
export const directionSheet = (report: MonthlyReport): Sheet => {
  const next = report.nextMonth;
  const many = next.sites.length > 1;
  const rows = next.sites.flatMap(({ site, direction }) => {
    if (!direction) return many ? [{ site, part: '', title: next.missing, details: '', date: '' }] : [];
    return [
      { site, part: 'Định hướng', title: direction.title, details: direction.summary ?? '', date: '' },
      ...direction.topics.map((topic) => ({
        site,
        part: 'Chủ đề',
        title: topic.title,
        details: topic.details ?? '',
        date: topic.dueOn ? `Hạn gửi bài ${isoDay(topic.dueOn)}` : '',
      })),
      ...direction.events.map((event) => ({
        site,
        part: 'Sự kiện',
        title: event.title,
        details: event.details ?? '',
        date: event.on ? isoDay(event.on) : '',
      })),
    ];
  });
  return {
    name: 'Định hướng tháng sau',
    title: `Định hướng tuyên truyền ${next.label}`,
    subtitle: scopeLine(report.sites),
    columns: [
      { header: 'Trang', key: 'site', kind: 'text', width: 30 },
      { header: 'Mục', key: 'part', kind: 'text', width: 12 },
      { header: 'Nội dung', key: 'title', kind: 'text', width: 50 },
      { header: 'Chi tiết', key: 'details', kind: 'text', width: 60 },
      { header: 'Ngày, thời hạn', key: 'date', kind: 'text', width: 22 },
    ],
    rows,
    empty: next.missing,
  };
};

export const monthlySheets = (report: MonthlyReport): Sheet[] => {
  const sub = `${scopeLine(report.sites)}. ${periodsLine(report)}`;
  const month = report.label.toLowerCase();
  const empty = noData(month);
  const items = { count: 'Số tin bài', empty };
  return [
    tallySheet('Theo chuyên mục', `Tin bài đăng ${month} theo chuyên mục`, sub, 'Chuyên mục', report.articles.byCategory, items),
    tallySheet('Theo thể loại', `Tin bài đăng ${month} theo thể loại`, sub, 'Thể loại', report.articles.byForm, items),
    tallySheet('Theo đơn vị', `Tin bài đăng ${month} theo đơn vị cung cấp`, sub, 'Đơn vị', report.articles.byUnit, items),
    tallySheet('Theo trang', `Tin bài đăng ${month} theo trang`, sub, 'Trang', report.articles.bySite, items),
    tallySheet('Văn bản', `Văn bản đăng ${month}`, sub, 'Loại văn bản', report.documents.byKind, { count: 'Số văn bản', empty }),
    {
      name: 'Cộng tác viên tiêu biểu',
      title: `Cộng tác viên có nhiều tin bài ${month}`,
      subtitle: sub,
      columns: [
        { header: 'Cộng tác viên', key: 'name', kind: 'text', width: 30 },
        { header: 'Số tin bài tham gia', key: 'pieces', kind: 'integer' },
        { header: `Nhuận bút ${royaltyMonths(report)} (đồng)`, key: 'amount', kind: 'money' },
      ],
      rows: report.topContributors.map((row) => ({ ...row })),
      empty,
    },
    tallySheet('Nhuận bút', `Nhuận bút ${royaltyMonths(report)} theo trạng thái`, sub, 'Trạng thái', report.royalties.byStatus, {
      count: 'Số bản ghi',
      amount: 'Thành tiền (đồng)',
      empty,
    }),
    visitSummarySheet(report.visits, `Lượt truy cập ${month} theo trang`, sub),
    directionSheet(report),
  ];
};

export const yearlySheets = (report: YearReport): Sheet[] => {
  const sub = scopeLine(report.sites);
  const year = `năm ${report.year}`;
  const empty = noData(year);
  const items = { count: 'Số tin bài', empty };
  return [
    tallySheet('Theo tháng', `Tin bài đăng ${year} theo tháng`, sub, 'Tháng', report.articles.byMonth, items),
    tallySheet('Theo thể loại', `Tin bài đăng ${year} theo thể loại`, sub, 'Thể loại', report.articles.byForm, items),
    tallySheet('Theo chuyên mục', `Tin bài đăng ${year} theo chuyên mục`, sub, 'Chuyên mục', report.articles.byCategory, items),
    tallySheet('Đơn vị cung cấp', `Các đơn vị cung cấp tin bài ${year}`, sub, 'Đơn vị', report.topUnits, items),
    tallySheet('Văn bản', `Văn bản đăng ${year}`, sub, 'Loại văn bản', report.documents.byKind, { count: 'Số văn bản', empty }),
    tallySheet('Nhuận bút theo tháng', `Nhuận bút ${year} theo tháng`, sub, 'Tháng', report.royalties.byMonth, {
      count: 'Số bản ghi',
      amount: 'Thành tiền (đồng)',
      empty,
    }),
    {
      name: 'Dự toán',
      title: `Dự toán nhuận bút ${year}`,
      subtitle: sub,
      columns: [
        { header: 'Trang', key: 'site', kind: 'text', width: 36 },
        { header: 'Dự toán nhuận bút (đồng)', key: 'amount', kind: 'money', sum: true },
        { header: 'Đã chi (đồng)', key: 'spent', kind: 'money', sum: true },
        { header: 'Chưa chi: đã duyệt hoặc chờ duyệt (đồng)', key: 'committed', kind: 'money', sum: true },
        { header: 'Còn lại (đồng)', key: 'remaining', kind: 'money', sum: true },
        { header: 'Tình trạng', key: 'level', kind: 'text', width: 20 },
      ],
      rows: report.budgets.map((b) => ({
        site: b.site.name,
        amount: b.status?.amount ?? null,
        spent: b.spent,
        committed: b.committed,
        remaining: b.status?.remaining ?? null,
        level: b.status?.levelLabel ?? 'Chưa có dự toán',
      })),
      empty: 'Các trang đã chọn chưa có dự toán.',
      totalLabel: TOTAL_LABEL,
    },
    ...yearEndSheets(report),
    ...(report.visits
      ? [
          tallySheet('Lượt truy cập', `Lượt truy cập ${year} theo tháng`, sub, 'Tháng', report.visits.byMonth, {
            count: 'Lượt truy cập',
            empty,
          }),
          tallySheet('Lượt truy cập theo trang', `Lượt truy cập ${year} theo trang`, sub, 'Trang', report.visits.bySite, {
            count: 'Lượt truy cập',
            empty,
          }),
        ]
      : []),
  ];
};

/** Citizens' questions by month, site and unit; a median is no sum, so the year's stands in the subtitle. */
export const questionsSheet = (report: QuestionReport): Sheet => ({
  name: 'Hỏi đáp',
  title: `Tình hình trả lời câu hỏi của người dân năm ${report.year}`,
  subtitle: `${scopeLine(report.sites)}. Trung vị thời gian trả lời cả năm: ${
    report.total.medianWorkingDays === null
      ? 'chưa có câu trả lời'
      : `${String(report.total.medianWorkingDays).replace('.', ',')} ngày làm việc`
  } (không kể ngày nhận).`,
  columns: [
    { header: 'Tháng nhận', key: 'month', kind: 'text', width: 12 },
    { header: 'Trang', key: 'site', kind: 'text', width: 30 },
    { header: 'Đơn vị trả lời', key: 'unit', kind: 'text', width: 34 },
    { header: 'Câu hỏi nhận', key: 'received', kind: 'integer', sum: true },
    { header: 'Đã trả lời', key: 'answered', kind: 'integer', sum: true },
    { header: 'Quá hạn', key: 'overdue', kind: 'integer', sum: true },
    { header: 'Không tiếp nhận', key: 'rejected', kind: 'integer', sum: true },
    { header: 'Trung vị thời gian trả lời (ngày làm việc)', key: 'medianWorkingDays', kind: 'decimal', width: 22 },
  ],
  rows: report.rows.map((row) => ({ ...row, medianWorkingDays: row.medianWorkingDays ?? '' })),
  empty: `Không có câu hỏi nào trong năm ${report.year}.`,
  totalLabel: TOTAL_LABEL,
});

/** The Nghị định 42 check: one row per site and section, the status in words (a sheet has no colours to rely on). */
export const complianceSheet = (overview: ComplianceOverview): Sheet => ({
  name: 'Tuân thủ NĐ 42',
  title: 'Kiểm tra các mục thông tin bắt buộc theo Nghị định 42/2022/NĐ-CP',
  subtitle: scopeLine(overview.sites.map((s) => s.name)),
  columns: [
    { header: 'Trang', key: 'site', kind: 'text', width: 30 },
    { header: 'Mục thông tin', key: 'label', kind: 'text', width: 40 },
    { header: 'Tình trạng', key: 'status', kind: 'text', width: 16 },
    { header: 'Số mục', key: 'count', kind: 'integer' },
    { header: 'Cập nhật lần cuối', key: 'lastUpdated', kind: 'datetime', width: 18 },
    { header: 'Ghi chú', key: 'reason', kind: 'text', width: 60 },
  ],
  rows: overview.sites.flatMap((site) =>
    site.sections.map((s) => ({
      site: site.name,
      label: s.label,
      status: overview.statusLabels[s.status],
      count: s.count,
      lastUpdated: s.lastUpdated,
      reason: s.reason,
    }))
  ),
  empty: 'Các trang đã chọn chưa có mục thông tin nào để kiểm tra.',
});
