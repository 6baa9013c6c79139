import type { Core, UID } from '@strapi/strapi';
import type { FieldProblem } from '../utils/validation-error';
import type { ContentRules, StoredDocument } from './types';
import { one } from './types';

/**
 * Rate tables, unit values and budgets are per site; the first two have validity periods that
 * must not overlap, so every day has at most one coefficient range per form and one unit value.
 */

const FORM_LABELS: Record<string, string> = { tin: 'Tin', 'tin-ngan': 'Tin ngắn', bai: 'Bài', 'phong-su-anh': 'Phóng sự ảnh', anh: 'Ảnh' };
const num = (value: unknown): number => (typeof value === 'number' ? value : Number(value));
const showDate = (date: unknown): string => (typeof date === 'string' ? date.split('-').reverse().join('/') : '');

const siteProblem = (doc: StoredDocument): FieldProblem[] => (one(doc, 'site') ? [] : [{ path: ['site'], message: 'Chọn trang áp dụng.' }]);

/** Validity: from validFrom, up to validTo included (none: open-ended); no overlap with the site's other rows. */
const validityProblems = async (strapi: Core.Strapi, uid: UID.ContentType, doc: StoredDocument, what: string): Promise<FieldProblem[]> => {
  const from = doc.validFrom as string | null;
  const to = (doc.validTo as string | null) ?? null;
  if (from && to && to < from) return [{ path: ['validTo'], message: 'Ngày hết hiệu lực phải từ ngày bắt đầu áp dụng trở đi.' }];
  const site = one(doc, 'site');
  if (!site || !from) return [];
  const clash = (await strapi.db.query(uid).findOne({
    where: {
      site: { documentId: site.documentId },
      documentId: { $ne: doc.documentId },
      ...(to ? { validFrom: { $lte: to } } : {}),
      $or: [{ validTo: null }, { validTo: { $gte: from } }],
    },
    select: ['validFrom', 'validTo'],
  })) as { validFrom: string; validTo: string | null } | null;
  if (!clash) return [];
  const period = `${showDate(clash.validFrom)}${clash.validTo ? ` – ${showDate(clash.validTo)}` : ' trở đi'}`;
  return [{ path: ['validFrom'], message: `Trang này đã có ${what} áp dụng từ ${period}; thời hạn áp dụng không được chồng lên nhau.` }];
};

export const royaltyRateRules: ContentRules = {
  populate: { site: { fields: ['documentId'] }, rates: true },
  async published(doc, strapi) {
    const problems = [...siteProblem(doc), ...(await validityProblems(strapi, 'api::royalty-rate.royalty-rate', doc, 'bảng hệ số'))];
    const rates = (doc.rates as Array<Record<string, unknown>> | null) ?? [];
    if (rates.length === 0) problems.push({ path: ['rates'], message: 'Bảng hệ số phải có khung hệ số cho ít nhất một thể loại.' });
    const seen = new Set<string>();
    rates.forEach((rate, index) => {
      const form = String(rate.form);
      const [min, max, base] = [num(rate.minCoefficient), num(rate.maxCoefficient), num(rate.defaultCoefficient)];
      if (seen.has(form))
        problems.push({ path: ['rates', String(index), 'form'], message: `Thể loại "${FORM_LABELS[form] ?? form}" đã có trong bảng.` });
      seen.add(form);
      if (min > max)
        problems.push({ path: ['rates', String(index), 'maxCoefficient'], message: 'Hệ số tối đa phải không nhỏ hơn hệ số tối thiểu.' });
      if (base < min || base > max) {
        problems.push({
          path: ['rates', String(index), 'defaultCoefficient'],
          message: 'Hệ số mặc định phải nằm trong khung tối thiểu – tối đa.',
        });
      }
    });
    return problems;
  },
};

export const royaltyUnitValueRules: ContentRules = {
  populate: { site: { fields: ['documentId'] } },
  async published(doc, strapi) {
    return [
      ...siteProblem(doc),
      ...(await validityProblems(strapi, 'api::royalty-unit-value.royalty-unit-value', doc, 'giá trị một hệ số')),
    ];
  },
};

export const royaltyBudgetRules: ContentRules = {
  populate: { site: { fields: ['documentId'] } },
  async published(doc, strapi) {
    const problems = siteProblem(doc);
    if (!(num(doc.amount) > 0)) problems.push({ path: ['amount'], message: 'Dự toán phải lớn hơn 0 đồng.' });
    // The whole budget of the portal, when given, holds the royalty part.
    if (doc.portalAmount !== null && doc.portalAmount !== undefined && !(num(doc.portalAmount) >= num(doc.amount)))
      problems.push({ path: ['portalAmount'], message: 'Dự toán chi phí hoạt động của Cổng phải không nhỏ hơn phần dành cho nhuận bút.' });
    const site = one(doc, 'site');
    if (site && doc.year) {
      const twin = await strapi.db.query('api::royalty-budget.royalty-budget').findOne({
        where: { site: { documentId: site.documentId }, year: doc.year, documentId: { $ne: doc.documentId } },
        select: ['id'],
      });
      if (twin) problems.push({ path: ['year'], message: `Trang này đã có dự toán năm ${String(doc.year)}.` });
    }
    return problems;
  },
};
