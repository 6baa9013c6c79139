import type { Core } from '@strapi/strapi';
import { allDocuments } from '../../../../search/build-documents';
import { CONTENT_UIDS, INDEX_KEYS, type IndexKey } from '../../../../search/index-names';
import { searchEngine } from './engine';
import { markCovered, pendingEntries, requeueSince } from './outbox';

/**
 * Rebuilds every index from the published content, with no downtime: each engine fills a new
 * index beside the live one and swaps them. Changes applied to the old index meanwhile are
 * queued again; changes waiting since before it began are in the new indexes, and are not applied
 * again. Idempotent: running it twice gives the same indexes.
 */
export const reindex = async (strapi: Core.Strapi): Promise<Record<IndexKey, number>> => {
  const started = new Date();
  // Committed before the content is read below, so the new indexes hold what these would apply.
  const waiting = await pendingEntries(strapi);
  const engine = searchEngine(strapi);
  await engine.prepare();
  const counts = {} as Record<IndexKey, number>;
  for (const key of INDEX_KEYS) counts[key] = await engine.rebuild(key, allDocuments(strapi, key));
  await requeueSince(strapi, started);
  await markCovered(strapi, waiting);
  return counts;
};

/**
 * At start: an empty index beside published content (a new engine, a deleted index file, a
 * database from before search) is filled by a reindex.
 */
export const indexIfEmpty = async (strapi: Core.Strapi): Promise<boolean> => {
  const engine = searchEngine(strapi);
  await engine.prepare();
  for (const key of INDEX_KEYS) {
    let published = 0;
    for (const uid of CONTENT_UIDS[key]) published += await strapi.db.query(uid).count({ where: { publishedAt: { $notNull: true } } });
    if (published > 0 && (await engine.search(key, { q: '', limit: 1 })).hits.length === 0) {
      const counts = await reindex(strapi);
      strapi.log.info(
        `Search (${engine.name}): indexed ${counts.articles} article, ${counts.legalDocuments} legal document, ${counts.questions} question and ${counts.sections} section (project, procurement…) record(s).`
      );
      return true;
    }
  }
  return false;
};
