/** The three search indexes, by the content they hold. */
export type IndexKey = 'articles' | 'legalDocuments' | 'questions';

export const INDEX_KEYS: readonly IndexKey[] = ['articles', 'legalDocuments', 'questions'];

export type IndexedUid = 'api::article.article' | 'api::legal-document.legal-document' | 'api::question.question';

export const CONTENT_UIDS: Record<IndexKey, IndexedUid> = {
  articles: 'api::article.article',
  legalDocuments: 'api::legal-document.legal-document',
  questions: 'api::question.question',
};

export const indexKeyOf = (uid: string): IndexKey | null =>
  (Object.entries(CONTENT_UIDS).find(([, contentUid]) => contentUid === uid)?.[0] as IndexKey | undefined) ?? null;

/** The engine's names of the indexes, before any prefix. */
const INDEX_NAMES: Record<IndexKey, string> = { articles: 'articles', legalDocuments: 'legal_documents', questions: 'questions' };

/**
 * The engine's name of an index: `articles`, `legal_documents`, `questions`, after
 * MEILISEARCH_INDEX_PREFIX (so several portals can share one Meilisearch server).
 */
export const indexUid = (key: IndexKey, prefix = process.env.MEILISEARCH_INDEX_PREFIX ?? ''): string => `${prefix}${INDEX_NAMES[key]}`;

/** Every index's engine name, by key: what the sites are told to search (the public config). */
export const indexUids = (prefix?: string): Record<IndexKey, string> =>
  Object.fromEntries(INDEX_KEYS.map((key) => [key, indexUid(key, prefix)])) as Record<IndexKey, string>;
