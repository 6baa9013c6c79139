/**
 * The search indexes, by the content they hold. `sections` is the one index of the structured
 * sections Nghị định 42/2022/NĐ-CP asks for (projects, procurement notices, statistics' datasets, and any type listed in
 * SECTION_UIDS below): readers find them under one tab, told apart by `kind`.
 */
export type IndexKey = 'articles' | 'legalDocuments' | 'questions' | 'sections';

export const INDEX_KEYS: readonly IndexKey[] = ['articles', 'legalDocuments', 'questions', 'sections'];

/**
 * The content types of the `sections` index. A new section type joins search by a line here and
 * its query and document builder in `sections.ts` (SECTION_SEARCH, typed by this list, so one
 * without the other does not compile); see docs/search.md.
 */
export const SECTION_UIDS = ['api::project.project', 'api::procurement-notice.procurement-notice', 'api::dataset.dataset'] as const;
export type SectionUid = (typeof SECTION_UIDS)[number];

export type IndexedUid = 'api::article.article' | 'api::legal-document.legal-document' | 'api::question.question' | SectionUid;

/** The content types each index holds, in the order a reindex reads them. */
export const CONTENT_UIDS: Record<IndexKey, readonly IndexedUid[]> = {
  articles: ['api::article.article'],
  legalDocuments: ['api::legal-document.legal-document'],
  questions: ['api::question.question'],
  sections: SECTION_UIDS,
};

/** Every indexed content type. */
export const INDEXED_UIDS: readonly IndexedUid[] = INDEX_KEYS.flatMap((key) => CONTENT_UIDS[key]);

export const indexKeyOf = (uid: string): IndexKey | null => INDEX_KEYS.find((key) => CONTENT_UIDS[key].includes(uid as IndexedUid)) ?? null;

/** The engine's names of the indexes, before any prefix. */
const INDEX_NAMES: Record<IndexKey, string> = {
  articles: 'articles',
  legalDocuments: 'legal_documents',
  questions: 'questions',
  sections: 'sections',
};

/**
 * The engine's name of an index: `articles`, `legal_documents`, `questions`, `sections`, after
 * MEILISEARCH_INDEX_PREFIX (so several portals can share one Meilisearch server).
 */
export const indexUid = (key: IndexKey, prefix = process.env.MEILISEARCH_INDEX_PREFIX ?? ''): string => `${prefix}${INDEX_NAMES[key]}`;

/** Every index's engine name, by key: what the sites are told to search (the public config). */
export const indexUids = (prefix?: string): Record<IndexKey, string> =>
  Object.fromEntries(INDEX_KEYS.map((key) => [key, indexUid(key, prefix)])) as Record<IndexKey, string>;
