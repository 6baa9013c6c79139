import type { Core } from '@strapi/strapi';
import type { RoyaltyRecordRow } from '../../shared/contracts';
import { num } from '../royalties/rates';
import type { Range } from './periods';
import { ARTICLE, LEGAL, RECORD } from './uids';

/**
 * The reads every report shares. "Posted in a period" means the item is public now and its
 * posting time (`postedAt`, stamped by the workflow at the first publication) falls in the
 * period; a withdrawn item no longer counts.
 */

export interface PostedArticle {
  documentId: string;
  title: string;
  form: string;
  postedAt: string;
  site: { id: number; name: string } | null;
  unit: { id: number; name: string } | null;
  categories: Array<{ id: number; name: string }>;
  authors: Array<{ share: unknown; contributor: { id: number; fullName: string } | null }>;
}

export interface PostedDocument {
  documentId: string;
  kind: string;
  type: string;
  postedAt: string;
  site: { id: number; name: string } | null;
}

export type RecordRow = RoyaltyRecordRow;

export const inRange = (range: Range) => ({ $gte: range.start.toISOString(), $lt: range.end.toISOString() });

export const postedArticles = async (strapi: Core.Strapi, siteIds: number[], range: Range): Promise<PostedArticle[]> =>
  (await strapi.db.query(ARTICLE).findMany({
    where: { publishedAt: { $notNull: true }, postedAt: inRange(range), site: { id: { $in: siteIds } } },
    select: ['documentId', 'title', 'form', 'postedAt'],
    populate: {
      site: { select: ['id', 'name'] },
      unit: { select: ['id', 'name'] },
      categories: { select: ['id', 'name'] },
      authors: { populate: { contributor: { select: ['id', 'fullName'] } } },
    },
    orderBy: [{ postedAt: 'asc' }, { id: 'asc' }],
  })) as PostedArticle[];

export const postedDocuments = async (strapi: Core.Strapi, siteIds: number[], range: Range): Promise<PostedDocument[]> =>
  (await strapi.db.query(LEGAL).findMany({
    where: { publishedAt: { $notNull: true }, postedAt: inRange(range), site: { id: { $in: siteIds } } },
    select: ['documentId', 'kind', 'type', 'postedAt'],
    populate: { site: { select: ['id', 'name'] } },
  })) as PostedDocument[];

/** Royalty records of the sites for the months given (`YYYY-MM`), with numbers as numbers. */
export const recordsFor = async (strapi: Core.Strapi, siteIds: number[], periods: string[]): Promise<RecordRow[]> => {
  const rows = (await strapi.db.query(RECORD).findMany({
    where: { site: { id: { $in: siteIds } }, period: { $in: periods } },
    populate: {
      contributor: { select: ['id', 'documentId', 'fullName'] },
      unit: { select: ['id', 'name'] },
      site: { select: ['id', 'documentId', 'name'] },
    },
    orderBy: [{ earnedAt: 'asc' }, { id: 'asc' }],
  })) as Array<Record<string, unknown>>;
  return rows.map(
    (row) =>
      ({
        ...row,
        share: num(row.share),
        coefficient: num(row.coefficient),
        baseCoefficient: num(row.baseCoefficient),
        minCoefficient: num(row.minCoefficient),
        maxCoefficient: num(row.maxCoefficient),
        unitValue: num(row.unitValue),
        amount: num(row.amount),
      }) as RecordRow
  );
};

/** The first category an article is filed under: each piece counts once in a per-category table. */
export const primaryCategory = (article: PostedArticle): { id: number; name: string } | null => article.categories[0] ?? null;
