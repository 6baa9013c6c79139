import { checkTable, isEmptyTable } from '../statistics/table';
import type { FieldProblem } from '../utils/validation-error';
import type { ContentRules } from './types';
import { one } from './types';

/** A dataset covers a period (Nghị định 42 asks for statistics by period) and, once public, has figures to show. */
export const datasetRules: ContentRules = {
  populate: { site: { fields: ['documentId'] } },
  async always(doc, strapi) {
    const problems: FieldProblem[] = [];
    const site = one(doc, 'site');
    if (!doc.slug) problems.push({ path: ['slug'], message: 'Bộ số liệu phải có đường dẫn.' });
    else if (site) {
      // Unique within the site: every site has its own /thong-ke/<slug>/.
      const clash = await strapi.db.query('api::dataset.dataset').findOne({
        where: { slug: doc.slug, site: { id: site.id }, documentId: { $ne: doc.documentId } },
        select: ['id'],
      });
      if (clash) problems.push({ path: ['slug'], message: `Trang đã có bộ số liệu với đường dẫn "${String(doc.slug)}".` });
    }
    if (typeof doc.periodStart === 'string' && typeof doc.periodEnd === 'string' && doc.periodEnd < doc.periodStart)
      problems.push({ path: ['periodEnd'], message: 'Kỳ số liệu phải kết thúc sau ngày bắt đầu.' });
    if (!isEmptyTable(doc.table)) {
      const checked = checkTable(doc.table);
      if ('problems' in checked) problems.push(...checked.problems);
    }
    if (!site) problems.push({ path: ['site'], message: 'Bộ số liệu phải thuộc một trang.' });
    return problems;
  },
  async published(doc) {
    return isEmptyTable(doc.table)
      ? [{ path: ['table'], message: 'Chưa có bảng số liệu: nhập bảng hoặc đính kèm tệp nguồn CSV, XLSX rồi lưu lại trước khi đăng.' }]
      : [];
  },
};
