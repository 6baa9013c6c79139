import type { IndexDocument } from '../../../../search/document';
import type { IndexKey } from '../../../../search/index-names';

/**
 * The subset of Meilisearch's search request the sites use, and that the embedded engine answers
 * the same way (https://www.meilisearch.com/docs/reference/api/search).
 */
export interface SearchRequest {
  q?: string;
  /** Meilisearch's array form: the outer list is AND, an inner list is OR, e.g. [["site = a", "site = b"], "year = 2024"]. */
  filter?: Array<string | string[]>;
  facets?: string[];
  /** Page mode (exhaustive counts), as the sites ask; either of these two selects it. */
  page?: number;
  hitsPerPage?: number;
  /** Meilisearch's default mode, used when neither page nor hitsPerPage is given. */
  limit?: number;
  offset?: number;
  sort?: string[];
  attributesToRetrieve?: string[];
  attributesToHighlight?: string[];
  attributesToCrop?: string[];
  cropLength?: number;
  cropMarker?: string;
  highlightPreTag?: string;
  highlightPostTag?: string;
}

export interface SearchHit extends Partial<IndexDocument> {
  _formatted?: Record<string, unknown>;
}

interface ResponseBase {
  indexUid: string;
  query: string;
  hits: SearchHit[];
  facetDistribution?: Record<string, Record<string, number>>;
  processingTimeMs: number;
}

/** With page or hitsPerPage in the request: exhaustive counts. */
export interface PageResponse extends ResponseBase {
  page: number;
  hitsPerPage: number;
  totalHits: number;
  totalPages: number;
}

/** With neither (limit and offset, or nothing): Meilisearch's default, an estimated count. */
export interface OffsetResponse extends ResponseBase {
  limit: number;
  offset: number;
  estimatedTotalHits: number;
}

export type SearchResponse = PageResponse | OffsetResponse;

/** Whether a request is answered in page mode (Meilisearch: page or hitsPerPage present). */
export const isPageRequest = (request: SearchRequest): boolean => request.page !== undefined || request.hitsPerPage !== undefined;

/** Changes to one index, applied in this order: every record of these documents goes, then these records come. */
export interface IndexChanges {
  deleteDocumentIds: string[];
  upserts: IndexDocument[];
}

export interface PublicSearchConfig {
  engine: 'embedded' | 'meilisearch';
  /** Where the browser sends `POST {host}/multi-search` and `POST {host}/indexes/{uid}/search`. */
  host: string;
  /** A search-only key restricted to these indexes (Meilisearch); null when none is needed. */
  apiKey: string | null;
  indexes: Record<IndexKey, string>;
}

export interface SearchEngine {
  readonly name: 'embedded' | 'meilisearch';
  /** Creates the indexes if missing and applies the settings in code. */
  prepare(): Promise<void>;
  /** Resolves once the engine has confirmed the changes; rejects (and changes nothing it has not confirmed) otherwise. */
  apply(key: IndexKey, changes: IndexChanges): Promise<void>;
  /** Builds a fresh index from these records beside the live one, then swaps them: searches never see a half-built index. */
  rebuild(key: IndexKey, batches: AsyncIterable<IndexDocument[]>): Promise<number>;
  /** Page mode when the request has page or hitsPerPage (PageResponse), else limit/offset (OffsetResponse). */
  search(key: IndexKey, request: SearchRequest): Promise<SearchResponse>;
  publicConfig(): Promise<PublicSearchConfig>;
  close(): Promise<void>;
}
