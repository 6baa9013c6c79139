import { meilisearchSynonyms } from './synonyms';

/**
 * What each index searches, filters, facets and sorts on. Meilisearch receives these as its index
 * settings; the embedded engine reads the same lists, so both answer the same requests. The three
 * indexes share them: a question's text is its title, its question (as `summary`) and its answer
 * (as `body`), and it is filtered by `site`, `field` and `year`, so one set of columns serves all
 * (the embedded engine's FTS5 tables keep the same layout whatever the index).
 */
export const SEARCHABLE_ATTRIBUTES = ['title', 'number', 'summary', 'issuer', 'body'] as const;
export type SearchableAttribute = (typeof SEARCHABLE_ATTRIBUTES)[number];

/** Ranking weight per searchable attribute in the embedded engine (Meilisearch ranks by their order). */
export const ATTRIBUTE_WEIGHTS: Record<SearchableAttribute, number> = { title: 10, number: 8, summary: 4, issuer: 2, body: 1 };

export const FILTERABLE_ATTRIBUTES = [
  'documentId',
  'kind',
  'site',
  'categories',
  'form',
  'type',
  'legalKind',
  'year',
  'issuer',
  'field',
  'validity',
] as const;
export type FilterableAttribute = (typeof FILTERABLE_ATTRIBUTES)[number];

/** Filterable attributes holding numbers (compared as numbers, not strings). */
export const NUMERIC_ATTRIBUTES: ReadonlySet<string> = new Set(['year']);

export const SORTABLE_ATTRIBUTES = ['date'] as const;

/** One hit per document: long texts are indexed in several chunks of one document. */
export const DISTINCT_ATTRIBUTE = 'documentId';

export const meilisearchSettings = () => ({
  searchableAttributes: [...SEARCHABLE_ATTRIBUTES],
  filterableAttributes: [...FILTERABLE_ATTRIBUTES],
  sortableAttributes: [...SORTABLE_ATTRIBUTES],
  distinctAttribute: DISTINCT_ATTRIBUTE,
  synonyms: meilisearchSynonyms(),
  // Document numbers are exact: "8083" must not match "8038".
  typoTolerance: { disableOnAttributes: ['number'] },
  faceting: { maxValuesPerFacet: 200 },
  pagination: { maxTotalHits: 5000 },
});
