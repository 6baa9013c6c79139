import type { FieldProblem } from '../utils/validation-error';
import type { ContentRules } from './types';
import { many, one } from './types';

interface CommentWindow {
  opensAt?: string | null;
  closesAt?: string | null;
}

/** Case- and spacing-insensitive form of a number or issuer name. */
const foldCase = (text: string): string => text.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();

export const legalDocumentRules: ContentRules = {
  populate: {
    site: { fields: ['documentId'] },
    replaces: { fields: ['documentId'] },
    amends: { fields: ['documentId'] },
    commentWindow: true,
  },
  /** A number/symbol is unique per issuer (8083/QĐ-UBND exists once for UBND thành phố Vũng Tàu). */
  async always(doc, strapi) {
    const number = String(doc.number ?? '');
    const issuer = String(doc.issuer ?? '');
    if (!number || !issuer) return [];
    // SQL case-insensitive matching folds ASCII only ("QĐ" ≠ "qđ"), so narrow by the ASCII head
    // of the number in SQL and compare with Vietnamese case folding here.
    const head = number.match(/^[\x20-\x7e]*/)?.[0] ?? '';
    const candidates = (await strapi.db.query('api::legal-document.legal-document').findMany({
      where: { documentId: { $ne: doc.documentId }, ...(head ? { number: { $startsWithi: head } } : {}) },
      select: ['number', 'issuer'],
    })) as Array<{ number: string; issuer: string }>;
    const clash = candidates.some((c) => foldCase(c.number) === foldCase(number) && foldCase(c.issuer) === foldCase(issuer));
    return clash
      ? [{ path: ['number'], message: `Văn bản số "${number}" của "${issuer}" đã có trong hệ thống.` }]
      : [];
  },
  async published(doc) {
    const problems: FieldProblem[] = [];
    if (!one(doc, 'site')) problems.push({ path: ['site'], message: 'Văn bản phải thuộc một trang thông tin điện tử.' });
    for (const key of ['replaces', 'amends'] as const) {
      if (many(doc, key).some((target) => target.documentId === doc.documentId)) {
        problems.push({ path: [key], message: 'Văn bản không thể thay thế hoặc sửa đổi chính nó.' });
      }
    }
    // Drafts for comment must say until when and where to send comments (Nghị định 42/2022/NĐ-CP).
    const window = doc.commentWindow as CommentWindow | null;
    if (doc.kind === 'draft-for-comment') {
      if (!window) {
        problems.push({ path: ['commentWindow'], message: 'Dự thảo lấy ý kiến phải có thời hạn góp ý và nơi tiếp nhận ý kiến.' });
      } else if (window.opensAt && window.closesAt && new Date(window.closesAt) <= new Date(window.opensAt)) {
        problems.push({ path: ['commentWindow', 'closesAt'], message: 'Hạn cuối góp ý phải sau ngày bắt đầu lấy ý kiến.' });
      }
    }
    return problems;
  },
};
