/** The two search indexes, by the content they hold. */
export type IndexKey = 'articles' | 'legalDocuments';

export const INDEX_KEYS: readonly IndexKey[] = ['articles', 'legalDocuments'];

export const CONTENT_UIDS: Record<IndexKey, 'api::article.article' | 'api::legal-document.legal-document'> = {
  articles: 'api::article.article',
  legalDocuments: 'api::legal-document.legal-document',
};

export const indexKeyOf = (uid: string): IndexKey | null =>
  (Object.entries(CONTENT_UIDS).find(([, contentUid]) => contentUid === uid)?.[0] as IndexKey | undefined) ?? null;

/**
 * The engine's name of an index: `articles`, `legal_documents`, after MEILISEARCH_INDEX_PREFIX
 * (so several portals can share one Meilisearch server).
 */
export const indexUid = (key: IndexKey, prefix = process.env.MEILISEARCH_INDEX_PREFIX ?? ''): string =>
  `${prefix}${key === 'articles' ? 'articles' : 'legal_documents'}`;
