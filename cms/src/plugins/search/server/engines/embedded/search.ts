import type { IndexDocument } from '../../../../../search/document';
import { ATTRIBUTE_WEIGHTS, FILTERABLE_ATTRIBUTES, SEARCHABLE_ATTRIBUTES, SORTABLE_ATTRIBUTES } from '../../../../../search/settings';
import { SearchRequestError } from '../errors';
import { parseSearchRequest, SEARCH_LIMITS } from '../request';
import { isPageRequest, type SearchHit, type SearchRequest, type SearchResponse } from '../types';
import { filterSql, siteClause, type SqlFragment } from './filter';
import { cropText, highlightText, type FormatOptions, type Terms } from './highlight';
import { highlightTerms, matchExpression, parseQuery, phraseExpression, type ParsedQuery } from './match';
import { indexVersion, recordIndex, type Facet, type RecordIndex } from './records';
import { hasSiteKey, liveGeneration, SITE_KEY, siteToken, tablesOf, type Db, type Tables } from './store';

const MAX_TOTAL_HITS = SEARCH_LIMITS.maxTotalHits;
const WEIGHTS = SEARCHABLE_ATTRIBUTES.map((attr) => ATTRIBUTE_WEIGHTS[attr]).join(', ');

/** One document's place in the order: its best record and that record's rank (lower first). */
interface Hit {
  rowid: number;
  score: number;
}

type Compare = (a: Hit, b: Hit) => number;

/**
 * `["date:desc"]` → how hits are ordered; relevance first when there are words to rank by, as
 * Meilisearch's ranking rules put `sort` after `words`. Then the newest, then the index order.
 */
const orderOf = (sort: string[] | undefined, ranked: boolean, date: Float64Array): Compare => {
  const rules: Compare[] = [];
  for (const rule of sort ?? []) {
    const [attr, direction] = rule.split(':');
    if (!(SORTABLE_ATTRIBUTES as readonly string[]).includes(attr) || !['asc', 'desc'].includes(direction)) {
      throw new SearchRequestError(
        `Không sắp xếp được theo "${rule}": dùng ${SORTABLE_ATTRIBUTES.map((a) => `${a}:asc | ${a}:desc`).join(', ')}.`,
        'invalid_search_sort'
      );
    }
    rules.push(direction === 'asc' ? (a, b) => date[a.rowid] - date[b.rowid] : (a, b) => date[b.rowid] - date[a.rowid]);
  }
  const byScore: Compare = (a, b) => a.score - b.score;
  const all = [
    ...(ranked && rules.length === 0 ? [byScore] : []),
    ...rules,
    ...(ranked && rules.length > 0 ? [byScore] : []),
    (a: Hit, b: Hit) => date[b.rowid] - date[a.rowid],
    (a: Hit, b: Hit) => a.rowid - b.rowid,
  ];
  return (a, b) => {
    for (const rule of all) {
      const order = rule(a, b);
      if (order !== 0) return order;
    }
    return 0;
  };
};

/** The first `count` hits in order, without sorting all of them when only a page is wanted. */
const firstInOrder = (hits: Hit[], count: number, compare: Compare): Hit[] => {
  if (count * 8 >= hits.length) return hits.sort(compare).slice(0, count);
  const best: Hit[] = [];
  for (const hit of hits) {
    if (best.length === count && compare(hit, best[count - 1]) >= 0) continue;
    let low = 0;
    let high = best.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (compare(best[mid], hit) <= 0) low = mid + 1;
      else high = mid;
    }
    best.splice(low, 0, hit);
    if (best.length > count) best.pop();
  }
  return best;
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

/** The searchable columns as an FTS5 column filter: the site column holds tokens, not text. */
const SEARCHABLE = `{${SEARCHABLE_ATTRIBUTES.join(' ')}}`;

/**
 * The records that match and pass the filter, as a SQL source of `rowid` (and `score`, the bm25
 * rank, when ranked). A ward's `site = …` clause joins the FTS5 match (on index generations that
 * have the site column), the rest of the filter runs inside the FTS5 scan: rows it drops are never
 * ranked. `phrases` are the phrase bonus's two matches (title, anywhere), confined to the site too.
 */
const matchesSql = (
  db: Db,
  t: Tables,
  { match, phrase, filter: requested }: Matches,
  ranked: boolean
): SqlFragment & { phrases: [string, string] | null } => {
  const siteKey = hasSiteKey(db, t);
  const site = siteKey ? siteClause(requested) : null;
  const confine = (expression: string) => (siteKey ? `${SEARCHABLE} : (${expression})` : expression);
  const onSite = (expression: string) => [expression, site && `${SITE_KEY} : ${siteToken(site.site)}`].filter(Boolean).join(' AND ');
  const fullMatch = onSite(match ? confine(match) : '');
  const filter = filterSql(site ? site.rest : requested, t.values, fullMatch ? t.fts : 'd');
  if (!fullMatch) {
    return {
      sql: `SELECT d.rowid AS rowid${ranked ? ', 0 AS score' : ''} FROM ${t.docs} d WHERE ${filter.sql}`,
      params: filter.params,
      phrases: null,
    };
  }
  const weights = siteKey ? `${WEIGHTS}, 0` : WEIGHTS;
  const score = !ranked ? '' : match ? `, bm25(${t.fts}, ${weights}) AS score` : ', 0 AS score';
  return {
    sql: `SELECT ${t.fts}.rowid AS rowid${score} FROM ${t.fts} WHERE ${t.fts} MATCH ? AND (${filter.sql})`,
    params: [fullMatch, ...filter.params],
    phrases: ranked && match && phrase ? [onSite(`title : ${phrase}`), onSite(confine(phrase))] : null,
  };
};

/** The matching records, in rowid order, with their rank (lower first; 0 when unranked). */
interface Matched {
  rowids: Int32Array;
  scores: Float64Array;
  length: number;
}

/**
 * Where `collect_match(rowid, score)` writes, per connection. SQLite calls it once per matching
 * record, which costs a fraction of handing each row to JavaScript as an array: for the 40,000
 * matches of a broad query on the city's legal documents, about 10 ms instead of about 60.
 */
const collectors = new WeakMap<Db, Matched>();

const collectorOf = (db: Db): Matched => {
  let collector = collectors.get(db);
  if (!collector) {
    const into: Matched = { rowids: new Int32Array(4096), scores: new Float64Array(4096), length: 0 };
    db.function('collect_match', { directOnly: true }, (rowid: unknown, score: unknown) => {
      if (into.length === into.rowids.length) {
        const rowids = new Int32Array(into.length * 2);
        const scores = new Float64Array(into.length * 2);
        rowids.set(into.rowids);
        scores.set(into.scores);
        Object.assign(into, { rowids, scores });
      }
      into.rowids[into.length] = Number(rowid);
      into.scores[into.length] = Number(score);
      into.length += 1;
      return null;
    });
    collectors.set(db, (collector = into));
  }
  return collector;
};

/** Runs `sql` (a source of `rowid` and `score`) through the collector: its rows, in rowid order. */
const collect = (db: Db, sql: string, params: unknown[], ranked: boolean): Matched => {
  const collector = collectorOf(db);
  collector.length = 0;
  // LIMIT -1 keeps the scan a subquery of its own: flattened into the count, bm25() would be refused.
  db.prepare(`SELECT count(collect_match(rowid, ${ranked ? 'score' : 0})) FROM (${sql} ORDER BY rowid LIMIT -1)`)
    .pluck()
    .get(...params);
  return {
    rowids: collector.rowids.slice(0, collector.length),
    scores: collector.scores.slice(0, collector.length),
    length: collector.length,
  };
};

/** The rowids a phrase matches, as one string from SQLite: cheaper than a function call per row. */
const markPhrase = (db: Db, t: Tables, expression: string, bonusOf: Uint8Array, tier: number): void => {
  const list = db.prepare(`SELECT group_concat(rowid) FROM ${t.fts} WHERE ${t.fts} MATCH ?`).pluck().get(expression) as string | null;
  if (!list) return;
  let rowid = 0;
  for (let i = 0; i <= list.length; i++) {
    const code = i < list.length ? list.charCodeAt(i) : 44;
    if (code !== 44) rowid = rowid * 10 + code - 48;
    else {
      if (bonusOf[rowid] < tier) bonusOf[rowid] = tier;
      rowid = 0;
    }
  }
};

/** What the page needs of the ranking: how many hits from the top, and whether a sort comes before relevance. */
interface Wanted {
  hits: number;
  sorted: boolean;
  documentOf: Int32Array;
}

/**
 * Every matching record, ranked or not. One FTS5 scan; the rest happens in memory. The phrase
 * bonus is added here rather than in the scan's SQL: as `rowid IN (phrase match)` there, SQLite
 * built a table of the phrase's matches and probed it for every row, which cost more than the
 * two phrase scans themselves (about 7 of 13 ms for "quyết định" on the city's legal documents).
 * The scores come out the same: the same subtraction, in doubles, on the same rows.
 *
 * The phrase anywhere is not looked for when documents with the phrase in their title fill the
 * page and nothing but relevance orders it: the title's bonus puts them all first, whatever the
 * other records' bonus, as long as bm25 spreads less than the gap between the two bonuses (checked).
 */
const scanMatches = (db: Db, t: Tables, matches: Matches, ranked: boolean, wanted: Wanted): Matched => {
  const source = matchesSql(db, t, matches, ranked);
  const rows = collect(db, source.sql, source.params, ranked);
  // No match (the query loses its last word and runs again): nothing to add a bonus to.
  if (!source.phrases || rows.length === 0) return rows;
  const [inTitle, anywhere] = source.phrases;
  const bonusOf = new Uint8Array(wanted.documentOf.length);
  markPhrase(db, t, inTitle, bonusOf, 2);
  if (wanted.sorted || !titlesFillThePage(rows, bonusOf, wanted)) markPhrase(db, t, anywhere, bonusOf, 1);
  for (let i = 0; i < rows.length; i++) {
    const tier = bonusOf[rows.rowids[i]];
    if (tier === 2) rows.scores[i] -= PHRASE_IN_TITLE;
    else if (tier === 1) rows.scores[i] -= PHRASE_ANYWHERE;
  }
  return rows;
};

/** Whether at least `wanted.hits` documents have a record with the phrase in its title, and bm25 cannot reorder the bonus tiers. */
const titlesFillThePage = (rows: Matched, bonusOf: Uint8Array, wanted: Wanted): boolean => {
  let best = Infinity;
  let worst = -Infinity;
  const seen = new Set<number>();
  for (let i = 0; i < rows.length; i++) {
    const score = rows.scores[i];
    if (score < best) best = score;
    if (score > worst) worst = score;
    if (bonusOf[rows.rowids[i]] === 2) seen.add(wanted.documentOf[rows.rowids[i]]);
  }
  return seen.size >= wanted.hits && worst - best < PHRASE_IN_TITLE - PHRASE_ANYWHERE;
};

interface Found {
  /** One hit per matching document, by its best-ranked record. */
  hits: Hit[];
  /** Documents per value of each requested facet. */
  facets: Map<string, Int32Array>;
}

/** Folds records into documents (a document has one record per chunk of its text) and counts facets once per document. */
const documentsOf = (records: RecordIndex, rows: Matched, facetNames: string[]): Found => {
  const facets = new Map(
    facetNames.map((attr) => {
      const facet = records.facet(attr);
      return [attr, { facet, counts: new Int32Array(facet.names.length) }];
    })
  );
  const hitOf = new Array<Hit | undefined>(records.documents + 1);
  const hits: Hit[] = [];
  for (let i = 0; i < rows.length; i++) {
    const rowid = rows.rowids[i];
    const score = rows.scores[i];
    const document = records.documentOf[rowid];
    // Read in the same transaction as the records: a miss is a bug, not a race.
    if (!document) throw new Error(`Search index record ${rowid} is missing from the record index`);
    const seen = hitOf[document];
    if (seen) {
      if (score < seen.score) Object.assign(seen, { rowid, score });
      continue;
    }
    const hit = { rowid, score };
    hitOf[document] = hit;
    hits.push(hit);
    // Every chunk of a document carries the document's values: counted on its first.
    for (const { facet, counts } of facets.values()) {
      for (let i = facet.start[rowid]; i < facet.start[rowid + 1]; i++) counts[facet.ids[i]] += 1;
    }
  }
  return { hits, facets: new Map([...facets].map(([attr, { counts }]) => [attr, counts])) };
};

/** A facet's counts as Meilisearch returns them: values that occur, in value order. */
const distribution = (facet: Facet, counts: Int32Array): Record<string, number> => {
  const present: Array<[string, number]> = [];
  counts.forEach((n, id) => {
    if (n > 0) present.push([facet.names[id], n]);
  });
  present.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return Object.fromEntries(present);
};

const pick = (doc: IndexDocument, attributes: string[] | undefined): SearchHit => {
  if (!attributes || attributes.includes('*')) return { ...doc };
  return Object.fromEntries(
    attributes.filter((attr) => attr in doc).map((attr) => [attr, (doc as unknown as Record<string, unknown>)[attr]])
  );
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
    else if (Array.isArray(value) && marked)
      formatted[attr] = value.map((item) => (typeof item === 'string' ? highlightText(item, terms, options) : item));
    else formatted[attr] = value;
  }
  return { ...hit, _formatted: formatted };
};

/** Runs one search on one index, the way Meilisearch answers the same request. */
export const searchIndex = (db: Db, index: string, indexUid: string, body: unknown): SearchResponse => {
  const started = process.hrtime.bigint();
  // Checked here too, not only in the controller: every caller (the bench, the worker) gets the same bounds.
  const request = parseSearchRequest(body);
  // Page mode (page/hitsPerPage) or Meilisearch's default limit/offset mode; both as a window of hits.
  const window: Window = isPageRequest(request)
    ? {
        mode: 'page',
        page: request.page ?? 1,
        hitsPerPage: request.hitsPerPage ?? 20,
        offset: ((request.page ?? 1) - 1) * (request.hitsPerPage ?? 20),
        limit: request.hitsPerPage ?? 20,
      }
    : { mode: 'offset', offset: request.offset ?? 0, limit: request.limit ?? 20 };
  // Parsed before searching, so a bad filter or sort is refused whether or not anything matches.
  filterSql(request.filter, '"values"', 'd'); // table names do not matter to the parse
  orderOf(request.sort, true, new Float64Array(0));
  liveGeneration(db, index);
  const versionBefore = indexVersion(db);
  // One read transaction: the matches and the record index come from the same state of the file.
  return db.transaction(() => search(db, index, indexUid, request, { window, versionBefore, started }))();
};

/** Which hits the response holds: from `offset`, at most `limit`. */
type Window =
  | { mode: 'offset'; offset: number; limit: number }
  | { mode: 'page'; page: number; hitsPerPage: number; offset: number; limit: number };

interface Searching {
  window: Window;
  versionBefore: string;
  started: bigint;
}

const search = (
  db: Db,
  index: string,
  indexUid: string,
  request: SearchRequest,
  { window, versionBefore, started }: Searching
): SearchResponse => {
  const { offset, limit } = window;
  const t = tablesOf(index, liveGeneration(db, index));
  const records = recordIndex(db, index, t, versionBefore);
  const filter = request.filter;
  const query: ParsedQuery = parseQuery(request.q ?? '');

  // Meilisearch's default matching strategy ("last"): every word must match; when nothing does,
  // drop words from the end until something does.
  const matchesOf = (used: number): Matches => ({
    match: used > 0 ? matchExpression(query, used) : null,
    phrase: phraseExpression(query, used),
    filter,
  });
  let used = query.groups.length;
  const wanted: Wanted = { hits: offset + limit, sorted: (request.sort ?? []).length > 0, documentOf: records.documentOf };
  let rows = scanMatches(db, t, matchesOf(used), used > 0, wanted);
  while (rows.length === 0 && used > 1) {
    used -= 1;
    rows = scanMatches(db, t, matchesOf(used), true, wanted);
  }

  const facetNames = !request.facets?.length
    ? []
    : request.facets.includes('*')
      ? [...FILTERABLE_ATTRIBUTES]
      : [...new Set(request.facets)];
  const found = documentsOf(records, rows, facetNames);
  const total = Math.min(found.hits.length, MAX_TOTAL_HITS);
  const shown =
    offset >= total || limit === 0
      ? []
      : firstInOrder(found.hits, Math.min(offset + limit, total), orderOf(request.sort, used > 0, records.date)).slice(offset);

  const docs = db
    .prepare(`SELECT rowid, doc FROM ${t.docs} WHERE rowid IN (${shown.map(() => '?').join(',') || 'NULL'})`)
    .all(...shown.map((hit) => hit.rowid)) as Array<{ rowid: number; doc: string }>;
  const byRowid = new Map(docs.map((row) => [row.rowid, JSON.parse(row.doc) as IndexDocument]));
  const terms = highlightTerms({
    ...query,
    groups: query.groups.slice(0, used),
    lastIsPrefix: query.lastIsPrefix && used === query.groups.length,
  });
  const options: FormatOptions = {
    preTag: request.highlightPreTag ?? '<em>',
    postTag: request.highlightPostTag ?? '</em>',
    cropMarker: request.cropMarker ?? '…',
  };
  const hits = shown.map((hit) => formatHit(pick(byRowid.get(hit.rowid)!, request.attributesToRetrieve), request, terms, options));

  const facetDistribution = facetNames.length
    ? Object.fromEntries(facetNames.map((attr) => [attr, distribution(records.facet(attr), found.facets.get(attr)!)]))
    : undefined;

  const counts =
    window.mode === 'page'
      ? { page: window.page, hitsPerPage: window.hitsPerPage, totalHits: total, totalPages: Math.ceil(total / window.hitsPerPage) }
      : { limit, offset, estimatedTotalHits: total };
  return {
    indexUid,
    query: request.q ?? '',
    hits,
    ...counts,
    ...(facetDistribution ? { facetDistribution } : {}),
    processingTimeMs: Number((process.hrtime.bigint() - started) / 1_000_000n),
  };
};
