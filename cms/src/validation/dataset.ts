import { checkTable, isEmptyTable } from '../statistics/table';
import type { FieldProblem } from '../utils/validation-error';
import type { ContentRules } from './types';
import { one } from './types';

/** A dataset covers a period (Nghị định 42 asks for statistics by period) and, once public, has figures to show. */
export const datasetRules: ContentRules = {
  populate: { site: { fields: ['documentId'] } },
  async always(doc) {
    const problems: FieldProblem[] = [];
    if (typeof doc.periodStart === 'string' && typeof doc.periodEnd === 'string' && doc.periodEnd < doc.periodStart)
      problems.push({ path: ['periodEnd'], message: 'Kỳ số liệu phải kết thúc sau ngày bắt đầu.' });
    if (!isEmptyTable(doc.table)) {
      const checked = checkTable(doc.table);
      if ('problems' in checked) problems.push(...checked.problems);
    }
    if (!one(doc, 'site')) problems.push({ path: ['site'], message: 'Bộ số liệu phải thuộc một trang.' });
    return problems;
  },
  async published(doc) {
    return isEmptyTable(doc.table)
      ? [{ path: ['table'], message: 'Chưa có bảng số liệu: nhập bảng hoặc đính kèm tệp nguồn CSV, XLSX rồi lưu lại trước khi đăng.' }]
      : [];
  },
};
