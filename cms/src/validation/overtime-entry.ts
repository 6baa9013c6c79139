import { readOvertime } from '../plugins/reports/server/services/overtime-math';
import type { ContentRules } from './types';
import { one } from './types';

/**
 * Overtime entries written by an operator in the content manager meet the same rules as those
 * the head of board and finance enter on the "Báo cáo" page (the reports plugin's overtime-math).
 */
export const overtimeEntryRules: ContentRules = {
  populate: { site: { fields: ['documentId'] } },
  async published(doc) {
    const { problems } = readOvertime({ ...doc, staffUser: undefined, note: doc.note ?? undefined });
    return [...(one(doc, 'site') ? [] : [{ path: ['site'], message: 'Chọn trang áp dụng.' }]), ...problems];
  },
};

/** One record of the board's texts per site and year. */
export const yearReportNoteRules: ContentRules = {
  populate: { site: { fields: ['documentId'] } },
  async published(doc, strapi) {
    const site = one(doc, 'site');
    if (!site) return [{ path: ['site'], message: 'Chọn trang áp dụng.' }];
    const twin = await strapi.db.query('api::year-report-note.year-report-note').findOne({
      where: { site: { documentId: site.documentId }, year: doc.year, documentId: { $ne: doc.documentId } },
      select: ['id'],
    });
    return twin ? [{ path: ['year'], message: `Trang này đã có nội dung báo cáo năm ${String(doc.year)}.` }] : [];
  },
};
