import type { FieldProblem } from '../utils/validation-error';
import type { ContentRules } from './types';
import { one } from './types';

/** An official belongs to a site, and to a unit of that same site when a unit is given. */
export const officialRules: ContentRules = {
  populate: {
    site: { fields: ['documentId'] },
    unit: { fields: ['documentId', 'name'], populate: { site: { fields: ['documentId'] } } },
  },
  async published(doc) {
    const problems: FieldProblem[] = [];
    const site = one(doc, 'site');
    if (!site) problems.push({ path: ['site'], message: 'Lãnh đạo, cán bộ phải thuộc một trang thông tin điện tử.' });
    const unit = one(doc, 'unit');
    const unitSite = (unit?.site as { documentId: string } | null | undefined) ?? null;
    if (unit && site && unitSite?.documentId !== site.documentId) {
      problems.push({ path: ['unit'], message: 'Đơn vị công tác phải thuộc cùng trang với lãnh đạo, cán bộ.' });
    }
    return problems;
  },
};
