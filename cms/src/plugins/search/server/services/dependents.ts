import type { Core } from '@strapi/strapi';
import { CONTENT_UIDS, INDEXED_UIDS } from '../../../../search/index-names';

const ARTICLE = CONTENT_UIDS.articles[0];

/**
 * The indexed documents whose records show something of a site, a category or a project (its
 * name, whether the site is active), read from the stored rows: they are indexed again when it changes.
 */
export const dependentDocuments = async (strapi: Core.Strapi, uid: string, documentId: string): Promise<Map<string, string[]>> => {
  const found = new Map<string, string[]>();
  const collect = async (contentUid: string, where: Record<string, unknown>) => {
    const rows = (await strapi.db
      .query(contentUid as typeof ARTICLE)
      .findMany({ where: { ...where, publishedAt: { $notNull: true } }, select: ['documentId'] })) as Array<{ documentId: string }>;
    if (rows.length > 0) found.set(contentUid, [...new Set([...(found.get(contentUid) ?? []), ...rows.map((row) => row.documentId)])]);
  };
  if (uid === 'api::site.site') {
    for (const indexed of INDEXED_UIDS) await collect(indexed, { site: { documentId } });
    // The city's copies of ward items name the ward they are credited to.
    await collect(ARTICLE, { creditSite: { documentId } });
  } else if (uid === 'api::category.category') {
    await collect(ARTICLE, { categories: { documentId } });
  } else if (uid === 'api::project.project') {
    await collect('api::procurement-notice.procurement-notice', { project: { documentId } });
  }
  return found;
};
