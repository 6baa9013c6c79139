import { AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, WidthType, type FileChild } from 'docx';
import { DateTime } from 'luxon';
import type { YearNote, YearReport } from '../../shared/contracts';
import { TIME_ZONE } from '../services/periods';
import { BODY_SIZE, heading, NO_BORDERS, para, run, table, tallyTable, textBlock, vnNumber, wordText } from './docx-parts';

/**
 * The year-end report as a Word document the board's office edits as it is, after seed 001 (the
 * board's 2023 report): the national heading block, number, place and date, title, addressee,
 * headings I–IV with the year's figures in real tables, the board's own texts, and the head of
 * the board's signature block. Every number is the JSON report's, written with Vietnamese grouping.
 */

const A4 = { width: 11906, height: 16838 }; // twips
const MARGINS = { top: 1134, bottom: 1134, left: 1701, right: 851 }; // 20, 20, 30, 15 mm

const MISSING_TEXT = '(Ban biên tập chưa viết nội dung phần này.)';

/** "Thành phố Vũng Tàu" → "Vũng Tàu": where the report is signed. */
export const placeOf = (shortName: string): string => shortName.replace(/^Thành phố /, '') || 'Vũng Tàu';

/** "Thành phố Vũng Tàu" → "Ủy ban nhân dân thành phố Vũng Tàu"; "Phường 7" → "Ủy ban nhân dân Phường 7". */
export const addresseeOf = (shortName: string): string =>
  shortName ? `Ủy ban nhân dân ${shortName.replace(/^Thành phố /, 'thành phố ')}` : 'Ủy ban nhân dân thành phố Vũng Tàu';

const centered = (text: string, style: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
  new Paragraph({ alignment: AlignmentType.CENTER, children: [run(text, style)] });

const headerBlock = (report: YearReport, now: Date): Table => {
  const date = DateTime.fromJSDate(now, { zone: TIME_ZONE });
  const place = placeOf(report.heading.shortName);
  const column = (children: Paragraph[], size: number) =>
    new TableCell({ width: { size, type: WidthType.PERCENTAGE }, borders: NO_BORDERS, children });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          column(
            [
              centered('BAN BIÊN TẬP', { bold: true, size: 26 }),
              centered(report.heading.siteName.toLocaleUpperCase('vi'), { bold: true, size: 26 }),
              centered('———', { size: 26 }),
              centered('Số:       /BC-BBT', { size: 26 }),
            ],
            42
          ),
          column(
            [
              centered('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, size: 26 }),
              centered('Độc lập - Tự do - Hạnh phúc', { bold: true }),
              centered('———————————', {}),
              centered(`${place}, ngày ${date.toFormat('dd')} tháng ${date.toFormat('MM')} năm ${date.toFormat('yyyy')}`, {
                italics: true,
              }),
            ],
            58
          ),
        ],
      }),
    ],
  });
};

const sentence = (parts: string[]): Paragraph => para(`- ${parts.join('')}`);

const notesOf = (
  report: YearReport,
  field: keyof Pick<YearNote, 'leadership' | 'strengths' | 'weaknesses' | 'causes' | 'direction'>
): FileChild[] => {
  const written = report.notes.filter((note) => note[field].trim() !== '');
  if (written.length === 0) return textBlock('', MISSING_TEXT);
  if (written.length === 1 && report.notes.length <= 1) return textBlock(written[0][field], MISSING_TEXT);
  return written.flatMap((note) => [para(note.site.name, {}, { bold: true, italics: true }), ...textBlock(note[field], MISSING_TEXT)]);
};

/** The last month the report covers: this Vietnam month of the current year, December of any other. */
export const lastMonthOf = (year: number, now: Date): number => {
  const today = DateTime.fromJSDate(now, { zone: TIME_ZONE });
  return year === today.year ? today.month : 12;
};

const articlesPart = (report: YearReport, now: Date): FileChild[] => {
  const empty = `Không có dữ liệu trong năm ${report.year}.`;
  const month = lastMonthOf(report.year, now);
  const last = String(month).padStart(2, '0');
  const lastCount = report.articles.byMonth.rows.find((row) => row.key.endsWith(`-${last}`))?.count ?? 0;
  const items = { count: 'Số tin, bài', empty };
  return [
    heading('1. Về việc cung cấp thông tin'),
    sentence([
      `Từ tháng 01/${report.year} đến tháng ${last}/${report.year}, đăng tải ${vnNumber(report.articles.total)} tin, bài `,
      `(tháng ${month} là ${vnNumber(lastCount)} tin, bài).`,
    ]),
    para('a) Tin, bài đăng tải theo tháng', {}, { italics: true }),
    tallyTable('Tháng', report.articles.byMonth, items),
    para('b) Tin, bài theo thể loại', { spacing: { before: 120, after: 120 } }, { italics: true }),
    tallyTable('Thể loại', report.articles.byForm, items),
    para('c) Tin, bài theo chuyên mục', { spacing: { before: 120, after: 120 } }, { italics: true }),
    tallyTable('Chuyên mục', report.articles.byCategory, items),
    heading('2. Văn bản quy phạm pháp luật, văn bản hành chính'),
    sentence([
      `Đăng tải ${vnNumber(report.documents.total)} văn bản, trong đó `,
      report.documents.byKind.rows.map((row) => `${vnNumber(row.count)} ${row.label.toLowerCase()}`).join(', '),
      '.',
    ]),
    tallyTable('Loại văn bản', report.documents.byKind, { count: 'Số văn bản', empty }),
    heading('3. Các đơn vị cung cấp nhiều tin, bài'),
    sentence([
      'Các đơn vị, địa phương thường xuyên cung cấp tin, bài: ',
      report.topUnits.rows
        .slice(0, 10)
        .map((row) => `${row.label} (${vnNumber(row.count)})`)
        .join('; ') || 'chưa có',
      '.',
    ]),
    tallyTable('Đơn vị', report.topUnits, { ...items, limit: 10 }),
  ];
};

const participationPart = (report: YearReport): FileChild[] => {
  const q = report.participation.questions;
  const c = report.participation.comments;
  return [
    heading('4. Hỏi đáp, góp ý của người dân'),
    sentence([
      `Tiếp nhận ${vnNumber(q.received)} câu hỏi, đã trả lời ${vnNumber(q.answered)}, quá hạn ${vnNumber(q.overdue)}, `,
      `không tiếp nhận ${vnNumber(q.rejected)}`,
      q.medianWorkingDays === null ? '.' : `; thời gian trả lời trung vị ${vnNumber(q.medianWorkingDays)} ngày làm việc.`,
    ]),
    sentence([`Nhận ${vnNumber(c.total.count)} ý kiến góp ý dự thảo văn bản.`]),
    tallyTable('Tình trạng góp ý', c, { count: 'Số ý kiến', empty: `Không có góp ý nào trong năm ${report.year}.` }),
  ];
};

const visitsPart = (report: YearReport): FileChild[] => {
  if (!report.visits) {
    return [heading('5. Lượt truy cập'), sentence([`Chưa có số liệu lượt truy cập từ nhật ký truy cập của năm ${report.year}.`])];
  }
  const empty = `Không có số liệu lượt truy cập trong năm ${report.year}.`;
  return [
    heading('5. Lượt truy cập'),
    sentence([
      `Năm ${report.year} có ${vnNumber(report.visits.total)} lượt truy cập, ${vnNumber(report.visits.views)} lượt xem trang`,
      report.visits.averagePerDay === null
        ? '.'
        : `; bình quân mỗi ngày ${vnNumber(report.visits.averagePerDay)} lượt truy cập (${vnNumber(report.visits.days)} ngày có số liệu từ nhật ký máy chủ web).`,
    ]),
    tallyTable('Tháng', report.visits.byMonth, { count: 'Lượt truy cập', empty }),
    ...(report.visits.bySite.rows.length > 1 ? [tallyTable('Trang', report.visits.bySite, { count: 'Lượt truy cập', empty })] : []),
  ];
};

const moneyPart = (report: YearReport): FileChild[] => {
  const empty = `Không có dữ liệu trong năm ${report.year}.`;
  const p = report.portalTotal;
  const b = report.budgetTotal;
  const budgetRows = report.budgets.map((budget) => [
    budget.site.name,
    budget.portal ? vnNumber(budget.portal.amount) : '—',
    budget.status ? vnNumber(budget.status.amount) : '—',
    vnNumber(budget.spent + budget.committed),
    vnNumber(budget.overtime),
    budget.portal ? vnNumber(budget.portal.remaining) : budget.status ? vnNumber(budget.status.remaining) : '—',
  ]);
  return [
    heading('6. Kinh phí, nhuận bút và làm thêm giờ'),
    sentence([
      report.budgets.some((budget) => budget.portal)
        ? `Năm ${report.year}, dự toán chi phí hoạt động của Cổng là ${vnNumber(p.amount)} đồng, trong đó nhuận bút ${vnNumber(p.royaltyAmount)} đồng. `
        : `Năm ${report.year} chưa nhập dự toán chi phí hoạt động của Cổng; dự toán nhuận bút là ${vnNumber(b.amount)} đồng. `,
      `Nhuận bút đã chi ${vnNumber(b.spent)} đồng, chưa chi (đã duyệt hoặc chờ duyệt) ${vnNumber(b.committed)} đồng; `,
      `chi làm thêm giờ ${vnNumber(p.overtime)} đồng`,
      report.budgets.some((budget) => budget.portal) ? `; dự toán còn lại ${vnNumber(p.remaining)} đồng.` : '.',
    ]),
    table(
      [
        { header: 'Trang' },
        { header: 'Dự toán chi phí hoạt động (đồng)', number: true },
        { header: 'Dự toán nhuận bút (đồng)', number: true },
        { header: 'Nhuận bút đã chi và phải chi (đồng)', number: true },
        { header: 'Làm thêm giờ (đồng)', number: true },
        { header: 'Còn lại (đồng)', number: true },
      ],
      budgetRows,
      { empty: 'Các trang đã chọn chưa có dự toán.' }
    ),
    para('a) Nhuận bút theo tháng', { spacing: { before: 120, after: 120 } }, { italics: true }),
    tallyTable('Tháng', report.royalties.byMonth, { count: 'Số bản ghi', amount: 'Thành tiền (đồng)', empty }),
    para('b) Nhuận bút theo trạng thái', { spacing: { before: 120, after: 120 } }, { italics: true }),
    tallyTable('Trạng thái', report.royalties.byStatus, { count: 'Số bản ghi', amount: 'Thành tiền (đồng)', empty }),
    para('c) Chi làm thêm giờ theo tháng', { spacing: { before: 120, after: 120 } }, { italics: true }),
    tallyTable('Tháng', report.overtime, { count: 'Số lượt chi', amount: 'Số tiền (đồng)', empty }),
  ];
};

const signature = (report: YearReport): Table =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: NO_BORDERS,
    rows: [
      new TableRow({
        children: [
          new TableCell({
            borders: NO_BORDERS,
            width: { size: 50, type: WidthType.PERCENTAGE },
            children: [
              new Paragraph({ children: [run('Nơi nhận:', { bold: true, italics: true, size: 24 })] }),
              new Paragraph({ children: [run('- Như trên;', { size: 22 })] }),
              new Paragraph({ children: [run('- Lưu: VT, BBT.', { size: 22 })] }),
            ],
          }),
          new TableCell({
            borders: NO_BORDERS,
            width: { size: 50, type: WidthType.PERCENTAGE },
            children: [
              centered('TRƯỞNG BAN', { bold: true }),
              new Paragraph({ children: [] }),
              new Paragraph({ children: [] }),
              new Paragraph({ children: [] }),
              centered(report.heading.headOfBoard ?? '', { bold: true }),
            ],
          }),
        ],
      }),
    ],
  });

/** The year-end report as DOCX bytes. */
export const yearReportDocx = async (report: YearReport, now = new Date()): Promise<Buffer> => {
  const subject = wordText(`${report.heading.siteName} năm ${report.year}`);
  const doc = new Document({
    creator: 'Cổng thông tin điện tử',
    title: `Báo cáo tình hình hoạt động của ${subject}`,
    styles: { default: { document: { run: { font: 'Times New Roman', size: BODY_SIZE } } } },
    sections: [
      {
        properties: { page: { size: A4, margin: MARGINS } },
        children: [
          headerBlock(report, now),
          new Paragraph({ spacing: { before: 240 }, alignment: AlignmentType.CENTER, children: [run('BÁO CÁO', { bold: true })] }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 240 },
            children: [run(`Tình hình hoạt động của ${subject}`, { bold: true })],
          }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 240 },
            children: [run(`Kính gửi: ${addresseeOf(report.heading.shortName)}`)],
          }),
          para(`Ban biên tập ${report.heading.siteName} báo cáo tình hình hoạt động năm ${report.year} như sau:`),
          heading('I. CÔNG TÁC CHỈ ĐẠO, QUẢN LÝ'),
          ...notesOf(report, 'leadership'),
          heading('II. KẾT QUẢ HOẠT ĐỘNG'),
          ...articlesPart(report, now),
          ...participationPart(report),
          ...visitsPart(report),
          ...moneyPart(report),
          heading('III. ĐÁNH GIÁ CHUNG'),
          heading('1. Ưu điểm'),
          ...notesOf(report, 'strengths'),
          heading('2. Tồn tại, hạn chế'),
          ...notesOf(report, 'weaknesses'),
          heading('3. Nguyên nhân của tồn tại, hạn chế'),
          ...notesOf(report, 'causes'),
          heading(`IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM ${report.year + 1}`),
          ...notesOf(report, 'direction'),
          para(`Trên đây là báo cáo tình hình hoạt động năm ${report.year} của Ban biên tập ${report.heading.siteName}./.`),
          signature(report),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
};
