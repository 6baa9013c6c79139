import type { Core } from '@strapi/strapi';
import type { FieldProblem } from '../utils/validation-error';
import type { ContentRules, StoredDocument } from './types';
import { one } from './types';
import legalDocument from '../api/legal-document/content-types/legal-document/schema.json';

const LEGAL_KINDS: readonly string[] = legalDocument.attributes.kind.enum;
const LEGAL_TYPES: readonly string[] = legalDocument.attributes.type.enum;

/**
 * A documents category's filter (documentKinds, documentTypes): empty, or a JSON list of distinct
 * values of the legal document's own enumeration; other kinds of category have none.
 */
const documentFilterProblems = (doc: Record<string, unknown>): FieldProblem[] => {
  const problems: FieldProblem[] = [];
  const fields: Array<[string, readonly string[], string]> = [
    ['documentKinds', LEGAL_KINDS, 'loại văn bản'],
    ['documentTypes', LEGAL_TYPES, 'hình thức văn bản'],
  ];
  for (const [field, allowed, noun] of fields) {
    const value = doc[field];
    if (value === null || value === undefined) continue;
    if (doc.kind !== 'documents') {
      problems.push({ path: [field], message: `Chỉ chuyên mục loại "documents" (danh sách văn bản) mới chọn ${noun}.` });
      continue;
    }
    if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !allowed.includes(v))) {
      problems.push({ path: [field], message: `Danh sách ${noun} phải là một mảng JSON gồm các giá trị: ${allowed.join(', ')}.` });
    } else if (new Set(value).size !== value.length) {
      problems.push({ path: [field], message: `Danh sách ${noun} có giá trị trùng lặp.` });
    }
  }
  return problems;
};

/**
 * The other ends of a category's links, written from the category (its `children`, its `articles`):
 * each must be of the category's site, as the article's and the child's own rules require from
 * their side, so a site's administrator cannot pull another site's items into their category.
 */
const linkedFromOtherSites = async (doc: StoredDocument, strapi: Core.Strapi): Promise<FieldProblem[]> => {
  const site = one(doc, 'site');
  if (!site) return [];
  const elsewhere = { $or: [{ site: { documentId: { $ne: site.documentId } } }, { site: { id: { $null: true } } }] };
  const problems: FieldProblem[] = [];
  const child = (await strapi.db.query('api::category.category').findOne({
    where: { parent: { documentId: doc.documentId }, ...elsewhere },
    select: ['name'],
  })) as { name?: string } | null;
  if (child) problems.push({ path: ['children'], message: `Chuyên mục con "${String(child.name)}" không thuộc trang của chuyên mục này.` });
  const article = (await strapi.db.query('api::article.article').findOne({
    where: { categories: { documentId: doc.documentId }, ...elsewhere },
    select: ['title'],
  })) as { title?: string } | null;
  if (article) problems.push({ path: ['articles'], message: `Tin bài "${String(article.title)}" không thuộc trang của chuyên mục này.` });
  return problems;
};

export const categoryRules: ContentRules = {
  populate: {
    site: { fields: ['documentId'] },
    parent: { fields: ['documentId', 'name'], populate: { site: { fields: ['documentId'] } } },
  },
  always: linkedFromOtherSites,
  async published(doc, strapi) {
    const problems: FieldProblem[] = documentFilterProblems(doc);
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
