import type { Core } from '@strapi/strapi';
import type { FieldProblem } from '../utils/validation-error';
import type { ContentRules } from './types';
import { many, one } from './types';

interface CommentWindow {
  opensAt?: string | null;
  closesAt?: string | null;
}

/** Case- and spacing-insensitive form of a number or issuer name. */
const foldCase = (text: string): string => text.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();

const LEGAL = 'api::legal-document.legal-document';

/**
 * What makes a document's number unique: its number and issuer, case-folded the Vietnamese way
 * (SQL's case-insensitive matching folds ASCII only: "QĐ" ≠ "qđ"). Stored in `numberKey`, an
 * indexed private column, so the check is one index lookup, not a scan of every document.
 */
export const numberKeyOf = (number: string, issuer: string): string => `${foldCase(number)}|${foldCase(issuer)}`;

/** Fills `numberKey` for documents stored before it existed. */
export const backfillNumberKeys = async (strapi: Core.Strapi): Promise<number> => {
  const rows = (await strapi.db
    .query(LEGAL)
    .findMany({ where: { numberKey: { $null: true } }, select: ['id', 'number', 'issuer'] })) as Array<{
    id: number;
    number: string | null;
    issuer: string | null;
  }>;
  await strapi.db.transaction(async () => {
    for (const row of rows) {
      if (row.number && row.issuer)
        await strapi.db.query(LEGAL).update({ where: { id: row.id }, data: { numberKey: numberKeyOf(row.number, row.issuer) } });
    }
  });
  return rows.length;
};

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
    const key = numberKeyOf(number, issuer);
    // This stored version (draft or published: the rule runs on each) carries the key of what it says now.
    await strapi.db.query(LEGAL).update({ where: { id: doc.id }, data: { numberKey: key } });
    const clash = await strapi.db.query(LEGAL).findOne({ where: { numberKey: key, documentId: { $ne: doc.documentId } }, select: ['id'] });
    return clash ? [{ path: ['number'], message: `Văn bản số "${number}" của "${issuer}" đã có trong hệ thống.` }] : [];
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
