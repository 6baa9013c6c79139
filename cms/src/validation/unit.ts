import type { Core } from '@strapi/strapi';
import type { FieldProblem } from '../utils/validation-error';
import type { ContentRules } from './types';
import { one } from './types';

const UNIT = 'api::unit.unit';

/** The units tree (the organisation chart of /co-cau-to-chuc/): a parent on the same site, and no unit inside itself. */
export const unitRules: ContentRules = {
  populate: {
    site: { fields: ['documentId'] },
    parent: { fields: ['documentId', 'name'], populate: { site: { fields: ['documentId'] } } },
  },
  async published(doc, strapi) {
    const problems: FieldProblem[] = [];
    const parent = one(doc, 'parent');
    if (!parent) return problems;
    const site = one(doc, 'site');
    const parentSite = (parent.site as { documentId: string } | null) ?? null;
    if (parentSite?.documentId !== site?.documentId) {
      problems.push({ path: ['parent'], message: 'Đơn vị cấp trên phải thuộc cùng trang với đơn vị.' });
    }
    if (await leadsBackTo(strapi, parent.documentId, doc.documentId)) {
      problems.push({ path: ['parent'], message: 'Đơn vị không thể trực thuộc chính nó hoặc một đơn vị cấp dưới của nó.' });
    }
    return problems;
  },
};

/** Walks up the parent chain from `start`; true when it reaches `target` (a cycle). */
const leadsBackTo = async (strapi: Core.Strapi, start: string, target: string): Promise<boolean> => {
  const visited = new Set<string>();
  let current: string | undefined = start;
  while (current && !visited.has(current)) {
    if (current === target) return true;
    visited.add(current);
    const row = (await strapi.db.query(UNIT).findOne({
      where: { documentId: current },
      populate: { parent: { select: ['documentId'] } },
    })) as { parent?: { documentId: string } | null } | null;
    current = row?.parent?.documentId;
  }
  return false;
};
