import type { FieldProblem } from '../utils/validation-error';
import type { ContentRules, StoredDocument } from './types';
import { one } from './types';

/**
 * An assignment belongs to a site and goes to one contributor or one unit (site-scope.ts checks
 * they are the site's own). Its due day is a required date of the schema.
 */
export const assignmentRules: ContentRules = {
  populate: { site: { fields: ['documentId'] }, contributor: { fields: ['documentId'] }, unit: { fields: ['documentId'] } },
  async always(doc: StoredDocument) {
    const problems: FieldProblem[] = [];
    if (!one(doc, 'site')) problems.push({ path: ['site'], message: 'Bài giao phải thuộc một trang thông tin điện tử.' });
    const contributor = one(doc, 'contributor');
    const unit = one(doc, 'unit');
    if (!contributor && !unit)
      problems.push({ path: ['contributor'], message: 'Chọn người nhận bài giao: một cộng tác viên hoặc một đơn vị.' });
    if (contributor && unit)
      problems.push({
        path: ['unit'],
        message: 'Bài giao chỉ giao cho một cộng tác viên hoặc một đơn vị; bỏ chọn một trong hai.',
      });
    return problems;
  },
};
