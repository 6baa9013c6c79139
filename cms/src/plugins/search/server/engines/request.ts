import { z } from 'zod';
import { SearchRequestError } from './errors';
import type { SearchRequest } from './types';
import { FILTERABLE_ATTRIBUTES, SORTABLE_ATTRIBUTES } from '../../../../search/settings';

/**
 * What a public search request may hold, and how much of it: the fields the sites send
 * (site/src/scripts/search/client.ts), with room to spare, and nothing else. Everything here is
 * checked before the engine sees the request, so its cost is bounded by these numbers whatever
 * an anonymous caller sends. Meilisearch's own limits where it has them (10 query words,
 * maxTotalHits); tighter ones where the sites need less.
 */
export const SEARCH_LIMITS = {
  /** Meilisearch reads the first 10 words of `q` and ignores the rest (its "known limitations"). */
  queryWords: 10,
  /** Characters of `q` read before it is split into words: ten long words fit, a 20,000-word string is cut first. */
  queryChars: 1000,
  /** Conditions in a filter, counting each value of an IN list and each branch of an OR. */
  filterTerms: 100,
  /** Characters of one filter string. */
  filterChars: 2000,
  hitsPerPage: 100,
  limit: 100,
  /** Meilisearch's pagination.maxTotalHits in settings.ts: no hit past it is reachable. */
  maxTotalHits: 5000,
  /** Entries of facets, attributesToRetrieve, attributesToHighlight, attributesToCrop (each a known name). */
  attributes: 30,
  sort: 4,
  cropLength: 200,
  tagChars: 64,
  /** Searches in one multi-search (the search page sends the page, one per active filter group, and the other tab). */
  multiSearchQueries: 10,
} as const;

/** What a hit may hold (IndexDocument's fields): the attributes a request may retrieve, highlight or crop. */
export const DOCUMENT_ATTRIBUTES = [
  'id',
  'documentId',
  'kind',
  'site',
  'siteName',
  'path',
  'title',
  'summary',
  'body',
  'date',
  'year',
  'categories',
  'form',
  'credit',
  'thumbnail',
  'number',
  'type',
  'typeLabel',
  'legalKind',
  'issuer',
  'field',
  'validity',
  'issuedDate',
  'fieldLabel',
  'answeredAt',
  'stateLabel',
] as const;

const L = SEARCH_LIMITS;
const names = (allowed: readonly string[]) =>
  z
    .array(z.enum(['*', ...allowed]))
    .max(L.attributes)
    .nullish();
const filterString = z.string().max(L.filterChars);
const SORT_RULE = new RegExp(`^(${SORTABLE_ATTRIBUTES.join('|')}):(asc|desc)$`);

const searchFields = {
  q: z.string().nullish(),
  filter: z.union([filterString, z.array(z.union([filterString, z.array(filterString).max(L.filterTerms)])).max(L.filterTerms)]).nullish(),
  facets: names(FILTERABLE_ATTRIBUTES),
  page: z.int().min(1).max(L.maxTotalHits).nullish(),
  hitsPerPage: z.int().min(1).max(L.hitsPerPage).nullish(),
  limit: z.int().min(0).max(L.limit).nullish(),
  offset: z.int().min(0).max(L.maxTotalHits).nullish(),
  sort: z.array(z.string().regex(SORT_RULE)).max(L.sort).nullish(),
  attributesToRetrieve: names(DOCUMENT_ATTRIBUTES),
  attributesToHighlight: names(DOCUMENT_ATTRIBUTES),
  attributesToCrop: names(DOCUMENT_ATTRIBUTES),
  cropLength: z.int().min(1).max(L.cropLength).nullish(),
  cropMarker: z.string().max(L.tagChars).nullish(),
  highlightPreTag: z.string().max(L.tagChars).nullish(),
  highlightPostTag: z.string().max(L.tagChars).nullish(),
};
type Field = keyof typeof searchFields;

const searchSchema = z.strictObject(searchFields);
const multiSearchSchema = z.strictObject({ queries: z.array(z.unknown()).max(L.multiSearchQueries) });

const list = (allowed: readonly string[]) => `một mảng tối đa ${L.attributes} tên trong số: *, ${allowed.join(', ')}`;

/** What each field accepts, said to the caller when it is refused. */
const ACCEPTS: Record<Field, string> = {
  q: 'một chuỗi',
  filter: `một chuỗi, hoặc một mảng (AND) gồm chuỗi và mảng chuỗi (OR); tối đa ${L.filterTerms} điều kiện, mỗi chuỗi tối đa ${L.filterChars} ký tự`,
  facets: list(FILTERABLE_ATTRIBUTES),
  page: `một số nguyên từ 1 đến ${L.maxTotalHits}`,
  hitsPerPage: `một số nguyên từ 1 đến ${L.hitsPerPage}`,
  limit: `một số nguyên từ 0 đến ${L.limit}`,
  offset: `một số nguyên từ 0 đến ${L.maxTotalHits}`,
  sort: `một mảng tối đa ${L.sort} quy tắc trong số: ${SORTABLE_ATTRIBUTES.map((a) => `${a}:asc, ${a}:desc`).join(', ')}`,
  attributesToRetrieve: list(DOCUMENT_ATTRIBUTES),
  attributesToHighlight: list(DOCUMENT_ATTRIBUTES),
  attributesToCrop: list(DOCUMENT_ATTRIBUTES),
  cropLength: `một số nguyên từ 1 đến ${L.cropLength}`,
  cropMarker: `một chuỗi tối đa ${L.tagChars} ký tự`,
  highlightPreTag: `một chuỗi tối đa ${L.tagChars} ký tự`,
  highlightPostTag: `một chuỗi tối đa ${L.tagChars} ký tự`,
};

/** Meilisearch's error code for a field: `hitsPerPage` → `invalid_search_hits_per_page`. */
const codeOf = (field: string): string => `invalid_search_${field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`;

const FIELDS = Object.keys(searchFields) as Field[];

/** The first few unknown keys, each cut short: a body of 60,000 keys must not come back as a 700 KB message. */
const listKeys = (keys: string[]): string =>
  [...keys.slice(0, 5).map((key) => `"${key.slice(0, 40)}"`), ...(keys.length > 5 ? [`… (${keys.length - 5} more)`] : [])].join(', ');

const refuse = (issue: z.core.$ZodIssue, where: string): never => {
  const say = (text: string) => (where ? `${where}${text}` : `${text[0].toUpperCase()}${text.slice(1)}`);
  if (issue.code === 'unrecognized_keys') {
    const keys = listKeys(issue.keys);
    throw new SearchRequestError(
      say(`không nhận trường ${keys}; các trường được nhận: ${FIELDS.join(', ')} (unknown field).`),
      'bad_request'
    );
  }
  const field = String(issue.path[0] ?? '');
  if (!(field in ACCEPTS)) throw new SearchRequestError(say('yêu cầu tìm kiếm phải là một đối tượng JSON.'), 'bad_request');
  throw new SearchRequestError(say(`"${field}" phải là ${ACCEPTS[field as Field]}.`), codeOf(field));
};

/**
 * A search request as the engine may run it, or a SearchRequestError saying what is refused.
 * `where` prefixes the message ("queries[2]: ") inside a multi-search. Nulls mean "not given", as
 * in Meilisearch.
 */
export const parseSearchRequest = (body: unknown, where = ''): SearchRequest => {
  if (body === undefined || body === null) return {};
  const parsed = searchSchema.safeParse(body);
  if (!parsed.success) return refuse(parsed.error.issues[0], where);
  return Object.fromEntries(Object.entries(parsed.data).filter(([, value]) => value !== null && value !== undefined)) as SearchRequest;
};

/** `{ queries: [{ indexUid, ...search }] }`: each search checked as above, its index uid a string. */
export const parseMultiSearch = (body: unknown): Array<{ indexUid: string; request: SearchRequest }> => {
  const parsed = multiSearchSchema.safeParse(body ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (issue.code === 'unrecognized_keys')
      throw new SearchRequestError(
        `Yêu cầu tìm kiếm nhiều chỉ mục chỉ nhận trường "queries" (unknown field ${listKeys(issue.keys)}).`,
        'bad_request'
      );
    throw new SearchRequestError(
      `"queries" phải là một mảng tối đa ${L.multiSearchQueries} yêu cầu tìm kiếm.`,
      'invalid_multi_search_queries'
    );
  }
  return parsed.data.queries.map((query, i) => {
    const where = `queries[${i}]: `;
    if (typeof query !== 'object' || query === null || Array.isArray(query))
      throw new SearchRequestError(`${where}mỗi yêu cầu phải là một đối tượng JSON.`, 'invalid_multi_search_queries');
    const { indexUid, ...rest } = query as Record<string, unknown>;
    if (typeof indexUid !== 'string') throw new SearchRequestError(`${where}"indexUid" phải là tên một chỉ mục.`, 'missing_index_uid');
    return { indexUid, request: parseSearchRequest(rest, where) };
  });
};
