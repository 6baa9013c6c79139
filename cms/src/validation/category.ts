import type { FieldProblem } from '../utils/validation-error';
import type { ContentRules } from './types';
import { one } from './types';

export const categoryRules: ContentRules = {
  populate: {
    site: { fields: ['documentId'] },
    parent: { fields: ['documentId', 'name'], populate: { site: { fields: ['documentId'] } } },
  },
  async published(doc, strapi) {
    const problems: FieldProblem[] = [];
    const site = one(doc, 'site');
    if (!site) problems.push({ path: ['site'], message: 'Chuyên mục phải thuộc một trang thông tin điện tử.' });
    if (doc.slug && site) {
      const clash = await strapi.db.query('api::category.category').findOne({
        where: { slug: doc.slug, site: { documentId: site.documentId }, documentId: { $ne: doc.documentId } },
        select: ['id'],
      });
      if (clash) problems.push({ path: ['slug'], message: `Trang này đã có chuyên mục với đường dẫn "${String(doc.slug)}".` });
    }
    const parent = one(doc, 'parent');
    if (parent) {
      const parentSite = (parent.site as { documentId: string } | null) ?? null;
      if (site && parentSite?.documentId !== site.documentId) {
        problems.push({ path: ['parent'], message: 'Chuyên mục cha phải thuộc cùng trang.' });
      }
      if (await leadsBackTo(strapi, parent.documentId, doc.documentId)) {
        problems.push({ path: ['parent'], message: 'Chuyên mục không thể nằm trong chính nó.' });
      }
    }
    return problems;
  },
};

/** Walks up the parent chain from `start`; true when it reaches `target` (a cycle). */
const leadsBackTo = async (
  strapi: Parameters<NonNullable<ContentRules['published']>>[1],
  start: string,
  target: string
): Promise<boolean> => {
  const visited = new Set<string>();
  let current: string | undefined = start;
  while (current && !visited.has(current)) {
    if (current === target) return true;
    visited.add(current);
    const row = (await strapi.db.query('api::category.category').findOne({
      where: { documentId: current },
      populate: { parent: { select: ['documentId'] } },
    })) as { parent?: { documentId: string } | null } | null;
    current = row?.parent?.documentId;
  }
  return false;
};
