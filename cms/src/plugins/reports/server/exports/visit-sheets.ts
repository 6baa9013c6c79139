import type { VisitMonth, VisitSummary } from '../../shared/contracts';
import { TOTAL_LABEL, type Sheet } from './sheet';

/** The Lượt truy cập tab as export sheets: per site and day first (the CSV), per site, top pages. */
export const visitSheets = (report: VisitMonth): Sheet[] => {
  const month = report.label.toLowerCase();
  const sites = report.counters.map((c) => c.name);
  const subtitle = `${sites.length === 1 ? sites[0] : `${sites.length} trang`}. Đếm từ nhật ký máy chủ web, không tính bot; một lượt truy cập là các lượt xem của một người cách nhau không quá 30 phút.`;
  const empty = `Chưa có số liệu truy cập trong ${month}.`;
  const counts = [
    { header: 'Lượt truy cập', key: 'visits', kind: 'integer', sum: true },
    { header: 'Lượt xem trang', key: 'views', kind: 'integer', sum: true },
    { header: 'Yêu cầu của bot', key: 'bots', kind: 'integer', sum: true },
  ] as const;
  return [
    {
      name: 'Theo ngày',
      title: `Lượt truy cập ${month} theo trang và ngày`,
      subtitle,
      columns: [
        { header: 'Ngày', key: 'day', kind: 'text', width: 12 },
        { header: 'Trang', key: 'site', kind: 'text', width: 36 },
        ...counts,
      ],
      rows: report.rows.map((row) => ({ ...row, day: row.day.split('-').reverse().join('/') })),
      empty,
      totalLabel: TOTAL_LABEL,
    },
    {
      name: 'Theo trang',
      title: `Lượt truy cập ${month} theo trang`,
      subtitle: `${subtitle} Bình quân ${report.summary.total.averageVisitsPerDay ?? 0} lượt truy cập mỗi ngày.`,
      columns: [{ header: 'Trang', key: 'name', kind: 'text', width: 36 }, ...counts],
      rows: report.summary.bySite.map((row) => ({ ...row })),
      empty,
      totalLabel: TOTAL_LABEL,
    },
    {
      name: 'Trang xem nhiều',
      title: `Các trang được xem nhiều nhất ${month}`,
      subtitle,
      columns: [
        { header: 'Trang', key: 'site', kind: 'text', width: 30 },
        { header: 'Đường dẫn', key: 'path', kind: 'text', width: 50 },
        { header: 'Lượt xem', key: 'views', kind: 'integer' },
        { header: 'Lượt truy cập có xem', key: 'visits', kind: 'integer' },
      ],
      rows: report.topPages.map((row) => ({ ...row })),
      empty,
    },
  ];
};

/** A report's visitor figures per site (monthly and year-end reports). */
export const visitSummarySheet = (summary: VisitSummary, title: string, subtitle: string): Sheet => ({
  name: 'Lượt truy cập',
  title,
  subtitle: `${subtitle}. Bình quân ${summary.total.averageVisitsPerDay ?? 0} lượt truy cập mỗi ngày (${summary.total.days} ngày có số liệu).`,
  columns: [
    { header: 'Trang', key: 'name', kind: 'text', width: 36 },
    { header: 'Lượt truy cập', key: 'visits', kind: 'integer', sum: true },
    { header: 'Lượt xem trang', key: 'views', kind: 'integer', sum: true },
    { header: 'Yêu cầu của bot', key: 'bots', kind: 'integer', sum: true },
  ],
  rows: summary.bySite.map((row) => ({ ...row })),
  empty: 'Chưa có số liệu truy cập.',
  totalLabel: TOTAL_LABEL,
});
