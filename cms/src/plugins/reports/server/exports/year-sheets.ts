import type { YearReport } from '../../shared/contracts';
import { TOTAL_LABEL, type Sheet } from './sheet';
import { scopeLine, tallySheet } from './sheets';

/**
 * The year-end report's sheets beyond the monthly report's tables: the portal's whole budget with
 * its royalty part and overtime, overtime per month, questions and comments handled, and the
 * board's own texts (one row per section and site).
 */
export const yearEndSheets = (report: YearReport): Sheet[] => {
  const sub = scopeLine(report.sites);
  const year = `năm ${report.year}`;
  const q = report.participation.questions;
  return [
    {
      name: 'Dự toán chi phí Cổng',
      title: `Dự toán chi phí hoạt động của Cổng ${year}: nhuận bút và làm thêm giờ`,
      subtitle: sub,
      columns: [
        { header: 'Trang', key: 'site', kind: 'text', width: 36 },
        { header: 'Dự toán chi phí hoạt động (đồng)', key: 'amount', kind: 'money', sum: true },
        { header: 'Trong đó nhuận bút (đồng)', key: 'royaltyAmount', kind: 'money', sum: true },
        { header: 'Nhuận bút đã chi và phải chi (đồng)', key: 'royalties', kind: 'money', sum: true },
        { header: 'Làm thêm giờ (đồng)', key: 'overtime', kind: 'money', sum: true },
        { header: 'Còn lại (đồng)', key: 'remaining', kind: 'money', sum: true },
        { header: 'Còn lại ngoài nhuận bút (đồng)', key: 'otherRemaining', kind: 'money', sum: true },
        { header: 'Tình trạng', key: 'level', kind: 'text', width: 20 },
      ],
      rows: report.budgets.map((b) => ({
        site: b.site.name,
        amount: b.portal?.amount ?? null,
        royaltyAmount: b.portal?.royaltyAmount ?? null,
        royalties: b.spent + b.committed,
        overtime: b.overtime,
        remaining: b.portal?.remaining ?? null,
        otherRemaining: b.portal?.otherRemaining ?? null,
        level: b.portal?.levelLabel ?? 'Chưa nhập dự toán chi phí hoạt động',
      })),
      empty: 'Các trang đã chọn chưa có dự toán.',
      totalLabel: TOTAL_LABEL,
    },
    tallySheet('Làm thêm giờ', `Chi làm thêm giờ ${year} theo tháng`, sub, 'Tháng', report.overtime, {
      count: 'Số lượt chi',
      amount: 'Số tiền (đồng)',
      empty: `Không có khoản chi làm thêm giờ nào trong ${year}.`,
    }),
    {
      name: 'Hỏi đáp, góp ý',
      title: `Hỏi đáp và góp ý dự thảo đã xử lý ${year}`,
      subtitle: sub,
      columns: [
        { header: 'Nội dung', key: 'label', kind: 'text', width: 50 },
        { header: 'Số lượng', key: 'count', kind: 'integer' },
      ],
      rows: [
        { label: 'Câu hỏi tiếp nhận', count: q.received },
        { label: 'Câu hỏi đã trả lời', count: q.answered },
        { label: 'Câu hỏi quá hạn', count: q.overdue },
        { label: 'Câu hỏi không tiếp nhận', count: q.rejected },
        ...report.participation.comments.rows.map((row) => ({ label: `Góp ý dự thảo: ${row.label.toLowerCase()}`, count: row.count })),
        { label: 'Góp ý dự thảo: tổng số', count: report.participation.comments.total.count },
      ],
      empty: `Không có câu hỏi, góp ý nào trong ${year}.`,
    },
    {
      name: 'Nội dung báo cáo',
      title: `Phần Ban biên tập viết trong báo cáo ${year}`,
      subtitle: sub,
      columns: [
        { header: 'Trang', key: 'site', kind: 'text', width: 30 },
        { header: 'Phần', key: 'section', kind: 'text', width: 34 },
        { header: 'Nội dung', key: 'text', kind: 'text', width: 100 },
      ],
      rows: report.notes.flatMap((note) =>
        (
          [
            ['I. Công tác chỉ đạo, quản lý', note.leadership],
            ['III.1. Ưu điểm', note.strengths],
            ['III.2. Tồn tại, hạn chế', note.weaknesses],
            ['III.3. Nguyên nhân của tồn tại, hạn chế', note.causes],
            [`IV. Phương hướng, nhiệm vụ năm ${report.year + 1}`, note.direction],
          ] as const
        ).map(([section, text]) => ({ site: note.site.name, section, text }))
      ),
      empty: `Ban biên tập chưa viết nội dung báo cáo ${year}.`,
    },
  ];
};
