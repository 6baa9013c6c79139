import type { IndexDocument } from '../../document';
import { ATTRIBUTE_WEIGHTS, FILTERABLE_ATTRIBUTES, SEARCHABLE_ATTRIBUTES, SORTABLE_ATTRIBUTES } from '../../settings';
import { SearchRequestError } from '../errors';
import type { SearchHit, SearchRequest, SearchResponse } from '../types';
import { filterSql, type SqlFragment } from './filter';
import { cropText, highlightText, type FormatOptions, type Terms } from './highlight';
import { highlightTerms, matchExpression, parseQuery, phraseExpression, type ParsedQuery } from './match';
import { liveGeneration, tablesOf, type Db, type Tables } from './store';

const MAX_HITS_PER_PAGE = 100;
const MAX_TOTAL_HITS = 5000;
const WEIGHTS = SEARCHABLE_ATTRIBUTES.map((attr) => ATTRIBUTE_WEIGHTS[attr]).join(', ');

interface Row {
  rowid: number;
  documentId: string;
  date: number;
  score: number;
}

const positiveInt = (value: unknown, fallback: number, name: string, max = Number.MAX_SAFE_INTEGER): number => {
  if (value === undefined || value === null) return fallback;
  if (!Number.isInteger(value) || (value as number) < 1) throw new SearchRequestError(`"${name}" phải là số nguyên dương.`, `invalid_search_${name}`);
  return Math.min(value as number, max);
};

/** `["date:desc"]` → SQL; relevance first when there are words to rank by, as Meilisearch's ranking rules put `sort` after `words`. */
const orderBy = (sort: string[] | undefined, ranked: boolean): string => {
  const parts: string[] = [];
  for (const rule of sort ?? []) {
    const [attr, direction] = rule.split(':');
    if (!(SORTABLE_ATTRIBUTES as readonly string[]).includes(attr) || !['asc', 'desc'].includes(direction)) {
      throw new SearchRequestError(`Không sắp xếp được theo "${rule}": dùng ${SORTABLE_ATTRIBUTES.map((a) => `${a}:asc | ${a}:desc`).join(', ')}.`, 'invalid_search_sort');
    }
    parts.push(`date ${direction.toUpperCase()}`);
  }
  return [...(ranked && parts.length === 0 ? ['score ASC'] : []), ...parts, ...(ranked && parts.length > 0 ? ['score ASC'] : []), 'date DESC', 'rowid ASC'].join(', ');
};

/** How far a whole-phrase match outranks scattered words: in the title, anywhere (bm25 scores are small negatives). */
const PHRASE_IN_TITLE = 1000;
const PHRASE_ANYWHERE = 100;

interface Matches {
  /** The FTS5 MATCH expression, or null to take every record (an empty query). */
  match: string | null;
  /** The typed words as one phrase, for the phrase bonus; null with fewer than two words. */
  phrase: string | null;
  /** The request's filter, in Meilisearch's syntax. */
  filter: unknown;
}

/**
 * The records that match and pass the filter, as a SQL source of `rowid` (and `score` when
 * ranked). Only the page of hits needs a rank: bm25() reads every match's positions, so counting
 * and facets leave it out, and the filter runs inside the FTS5 scan so rows it drops are never
 * ranked (a ward's search skips the other sites' matches).
 */
const matchesSql = (t: Tables, { match, phrase, filter: requested }: Matches, ranked: boolean): SqlFragment => {
  const filter = filterSql(requested, t.values, match ? t.fts : 'd');
  if (!match) {
    return { sql: `SELECT d.rowid AS rowid${ranked ? ', 0 AS score' : ''} FROM ${t.docs} d WHERE ${filter.sql}`, params: filter.params };
  }
  const bonus = ranked && phrase
    ? ` - CASE WHEN ${t.fts}.rowid IN (SELECT rowid FROM ${t.fts} WHERE ${t.fts} MATCH ?) THEN ${PHRASE_IN_TITLE}
          WHEN ${t.fts}.rowid IN (SELECT rowid FROM ${t.fts} WHERE ${t.fts} MATCH ?) THEN ${PHRASE_ANYWHERE} ELSE 0 END`
    : '';
  const score = ranked ? `, bm25(${t.fts}, ${WEIGHTS})${bonus} AS score` : '';
  return {
    sql: `SELECT ${t.fts}.rowid AS rowid${score} FROM ${t.fts} WHERE ${t.fts} MATCH ? AND (${filter.sql})`,
    params: [...(bonus ? [`title : ${phrase}`, phrase as string] : []), match, ...filter.params],
  };
};

/** How many documents match (at most `cap`): a document has one record per chunk of its text. */
const countDocuments = (db: Db, t: Tables, matches: Matches, cap: number): number => {
  const source = matchesSql(t, matches, false);
  const sql = `SELECT COUNT(*) AS n FROM (SELECT DISTINCT d.documentId FROM (${source.sql}) m JOIN ${t.docs} d ON d.rowid = m.rowid LIMIT ?)`;
  return (db.prepare(sql).get(...source.params, cap) as { n: number }).n;
};

/** One page of documents, each by its best-ranked chunk. */
const pageOfDocuments = (db: Db, t: Tables, matches: Matches, order: string, limit: number, offset: number): Row[] => {
  const source = matchesSql(t, matches, true);
  // MATERIALIZED: bm25() only works where FTS5 runs the MATCH, not in a query SQLite flattens it into.
  const sql = `WITH matched AS MATERIALIZED (${source.sql}),
      best AS (SELECT d.rowid AS rowid, d.documentId AS documentId, d.date AS date, MIN(m.score) AS score FROM matched m JOIN ${t.docs} d ON d.rowid = m.rowid GROUP BY d.documentId)
    SELECT rowid, documentId, date, score FROM best ORDER BY ${order} LIMIT ? OFFSET ?`;
  return db.prepare(sql).all(...source.params, limit, offset) as Row[];
};

/** Documents per value of each facet, over every match. */
const facetCounts = (db: Db, t: Tables, matches: Matches, facets: string[]): Array<{ attr: string; value: string; n: number }> => {
  const source = matchesSql(t, matches, false);
  const sql = `SELECT v.attr AS attr, v.value AS value, COUNT(DISTINCT d.documentId) AS n
    FROM (${source.sql}) m JOIN ${t.docs} d ON d.rowid = m.rowid JOIN ${t.values} v ON v.docRowid = m.rowid
    WHERE v.attr IN (${facets.map(() => '?').join(',')}) GROUP BY v.attr, v.value`;
  return db.prepare(sql).all(...source.params, ...facets) as Array<{ attr: string; value: string; n: number }>;
};

const checkAttributes = (list: string[] | undefined, allowed: readonly string[], name: string): void => {
  for (const attr of list ?? []) {
    if (attr !== '*' && !allowed.includes(attr)) throw new SearchRequestError(`"${name}" có thuộc tính không có: "${attr}".`, `invalid_search_${name}`);
  }
};

const DOCUMENT_ATTRIBUTES = [
  'id', 'documentId', 'kind', 'site', 'siteName', 'path', 'title', 'summary', 'body', 'date', 'year', 'categories', 'form', 'credit',
  'thumbnail', 'number', 'type', 'typeLabel', 'legalKind', 'issuer', 'field', 'validity', 'issuedDate',
];

const pick = (doc: IndexDocument, attributes: string[] | undefined): SearchHit => {
  if (!attributes || attributes.includes('*')) return { ...doc };
  return Object.fromEntries(attributes.filter((attr) => attr in doc).map((attr) => [attr, (doc as unknown as Record<string, unknown>)[attr]]));
};

const formatHit = (hit: SearchHit, request: SearchRequest, terms: Terms, options: FormatOptions): SearchHit => {
  const highlight = new Set(request.attributesToHighlight ?? []);
  const crop = new Set(request.attributesToCrop ?? []);
  if (highlight.size === 0 && crop.size === 0) return hit;
  const formatted: Record<string, unknown> = {};
  for (const [attr, value] of Object.entries(hit)) {
    const marked = highlight.has('*') || highlight.has(attr);
    const cropped = crop.has('*') || crop.has(attr);
    if (typeof value === 'string' && cropped) formatted[attr] = cropText(value, terms, request.cropLength ?? 10, options, marked);
    else if (typeof value === 'string' && marked) formatted[attr] = highlightText(value, terms, options);
    else if (Array.isArray(value) && marked) formatted[attr] = value.map((item) => (typeof item === 'string' ? highlightText(item, terms, options) : item));
    else formatted[attr] = value;
  }
  return { ...hit, _formatted: formatted };
};

/** Runs one search on one index, the way Meilisearch answers the same request. */
export const searchIndex = (db: Db, index: string, indexUid: string, request: SearchRequest): SearchResponse => {
  const started = process.hrtime.bigint();
  if (request.q !== undefined && request.q !== null && typeof request.q !== 'string') throw new SearchRequestError('"q" phải là chuỗi.', 'invalid_search_q');
  const hitsPerPage = positiveInt(request.hitsPerPage, 20, 'hitsPerPage', MAX_HITS_PER_PAGE);
  const page = positiveInt(request.page, 1, 'page');
  checkAttributes(request.facets, FILTERABLE_ATTRIBUTES, 'facets');
  checkAttributes(request.attributesToRetrieve, DOCUMENT_ATTRIBUTES, 'attributesToRetrieve');
  const t = tablesOf(index, liveGeneration(db, index));
  // Parsed before searching, so a bad filter is refused whether or not anything matches.
  filterSql(request.filter, t.values, 'd');
  const filter = request.filter;
  const query: ParsedQuery = parseQuery(request.q ?? '');
  // Checked before searching, so a bad sort is refused whether or not anything matches.
  orderBy(request.sort, true);

  // Meilisearch's default matching strategy ("last"): every word must match; when nothing does,
  // drop words from the end until something does.
  const matchesOf = (used: number): Matches => ({ match: used > 0 ? matchExpression(query, used) : null, phrase: phraseExpression(query, used), filter });
  let used = query.groups.length;
  let total = countDocuments(db, t, matchesOf(used), MAX_TOTAL_HITS);
  while (total === 0 && used > 1) {
    used -= 1;
    total = countDocuments(db, t, matchesOf(used), MAX_TOTAL_HITS);
  }
  const matches = matchesOf(used);

  const offset = (page - 1) * hitsPerPage;
  const rows = offset >= total ? [] : pageOfDocuments(db, t, matches, orderBy(request.sort, used > 0), Math.min(hitsPerPage, total - offset), offset);
  const docs = db.prepare(`SELECT rowid, doc FROM ${t.docs} WHERE rowid IN (${rows.map(() => '?').join(',') || 'NULL'})`).all(...rows.map((row) => row.rowid)) as Array<{ rowid: number; doc: string }>;
  const byRowid = new Map(docs.map((row) => [row.rowid, JSON.parse(row.doc) as IndexDocument]));

  const terms = highlightTerms({ ...query, groups: query.groups.slice(0, used), lastIsPrefix: query.lastIsPrefix && used === query.groups.length });
  const options: FormatOptions = { preTag: request.highlightPreTag ?? '<em>', postTag: request.highlightPostTag ?? '</em>', cropMarker: request.cropMarker ?? '…' };
  const hits = rows.map((row) => formatHit(pick(byRowid.get(row.rowid)!, request.attributesToRetrieve), request, terms, options));

  let facetDistribution: SearchResponse['facetDistribution'];
  if (request.facets?.length) {
    const facets = request.facets.includes('*') ? [...FILTERABLE_ATTRIBUTES] : request.facets;
    const counts = facetCounts(db, t, matches, facets);
    facetDistribution = Object.fromEntries(facets.map((facet) => [facet, {} as Record<string, number>]));
    for (const { attr, value, n } of counts) facetDistribution[attr][value] = n;
  }

  return {
    indexUid,
    query: request.q ?? '',
    hits,
    page,
    hitsPerPage,
    totalHits: total,
    totalPages: Math.ceil(total / hitsPerPage),
    ...(facetDistribution ? { facetDistribution } : {}),
    processingTimeMs: Number((process.hrtime.bigint() - started) / 1_000_000n),
  };
};
