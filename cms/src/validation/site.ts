import type { FieldProblem } from '../utils/validation-error';
import type { ContentRules } from './types';
import { one } from './types';

/** Sites are data: a ward merged by a reform keeps its record, pointing at the site that absorbed it. */
export const siteRules: ContentRules = {
  populate: {
    mergedInto: { fields: ['documentId'] },
    parent: { fields: ['documentId'] },
  },
  async published(doc) {
    const problems: FieldProblem[] = [];
    const mergedInto = one(doc, 'mergedInto');
    if (doc.status === 'merged' && !mergedInto) {
      problems.push({ path: ['mergedInto'], message: 'Trang đã sáp nhập phải chỉ rõ trang tiếp nhận.' });
    }
    if (mergedInto?.documentId === doc.documentId) {
      problems.push({ path: ['mergedInto'], message: 'Trang không thể sáp nhập vào chính nó.' });
    }
    if (one(doc, 'parent')?.documentId === doc.documentId) {
      problems.push({ path: ['parent'], message: 'Trang không thể là trang cha của chính nó.' });
    }
    return problems;
  },
};
