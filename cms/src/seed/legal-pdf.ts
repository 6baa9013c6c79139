import path from 'path';
import PDFDocument from 'pdfkit';
import { LEGAL_TYPE_LABELS } from '../utils/legal-labels';
import type { LegalDocumentSeed } from './types';

// DejaVu covers every Vietnamese letter; PDF's built-in fonts do not.
const FONT_DIR = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const REGULAR = path.join(FONT_DIR, 'DejaVuSerif.ttf');
const BOLD = path.join(FONT_DIR, 'DejaVuSerif-Bold.ttf');

const upper = (text: string) => text.toLocaleUpperCase('vi');

/** Where a document is dated: central bodies sign in Hà Nội, a province's in its capital. */
const placeOf = (issuer: string): string => {
  if (/Chính phủ|Thủ tướng|^Bộ |Quốc hội/.test(issuer)) return 'Hà Nội';
  if (/Đồng Nai/.test(issuer)) return 'Đồng Nai';
  if (/tỉnh Bà Rịa/.test(issuer)) return 'Bà Rịa - Vũng Tàu';
  return 'Vũng Tàu';
};

/** "ngày 01 tháng 12 năm 2023" from "2023-12-01". */
const longDate = (isoDate: string): string => {
  const [year, month, day] = isoDate.split('-');
  return `ngày ${day} tháng ${month} năm ${year}`;
};

/**
 * Renders a demo document as an A4 PDF laid out like a Vietnamese administrative document
 * (Nghị định 30/2020/NĐ-CP): issuer and national motto on top, number and place-date, title and
 * summary, body, signature block. Demo only: the real PDF is the scanned, signed original.
 */
export const renderLegalPdf = (doc: LegalDocumentSeed): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const pdf = new PDFDocument({
      size: 'A4',
      margins: { top: 57, bottom: 57, left: 85, right: 57 },
      info: { Title: `${doc.number} ${doc.summary}`, Author: doc.issuer, CreationDate: new Date(`${doc.issuedDate}T00:00:00Z`) },
    });
    const chunks: Buffer[] = [];
    pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);

    const width = pdf.page.width - 85 - 57;
    const top = pdf.y;
    pdf
      .font(BOLD)
      .fontSize(9.5)
      .text(upper(doc.issuer), 85, top, { width: width * 0.4, align: 'center' });
    pdf
      .font(REGULAR)
      .fontSize(10)
      .text(`Số: ${doc.number}`, { width: width * 0.4, align: 'center' });
    pdf
      .font(BOLD)
      .fontSize(9.5)
      .text('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 85 + width * 0.4, top, { width: width * 0.6, align: 'center' });
    pdf.text('Độc lập - Tự do - Hạnh phúc', { width: width * 0.6, align: 'center' });
    pdf
      .font(REGULAR)
      .fontSize(10)
      .text(`${placeOf(doc.issuer)}, ${longDate(doc.issuedDate)}`, { width: width * 0.6, align: 'center' });

    pdf.moveDown(2).x = 85;
    const title = doc.kind === 'draft-for-comment' ? `DỰ THẢO ${upper(LEGAL_TYPE_LABELS[doc.type])}` : upper(LEGAL_TYPE_LABELS[doc.type]);
    pdf.font(BOLD).fontSize(14).text(title, { width, align: 'center' });
    pdf.font(BOLD).fontSize(12).text(doc.summary, { width, align: 'center' }).moveDown(1.5);
    pdf.font(REGULAR).fontSize(13);
    for (const paragraph of doc.fullText) pdf.text(paragraph, { width, align: 'justify', indent: 28, paragraphGap: 6 });

    const signatureX = 85 + width * 0.5;
    pdf.moveDown(2);
    pdf
      .font(BOLD)
      .fontSize(12)
      .text(doc.signerTitle ?? '', signatureX, pdf.y, { width: width * 0.5, align: 'center' });
    pdf.moveDown(3);
    pdf
      .font(BOLD)
      .fontSize(12)
      .text(doc.signer ?? '', signatureX, pdf.y, { width: width * 0.5, align: 'center' });
    pdf.end();
  });
