import type { Group, SearchState, Tab } from './state';
import { groupsOf, TABS } from './state';

export interface Config {
  engine: string;
  host: string;
  apiKey: string | null;
  indexes: Record<Tab, string>;
}

export interface Hit {
  documentId: string;
  kind?: 'article' | 'legal-document' | 'question' | 'project' | 'procurement-notice' | 'dataset';
  site: string;
  siteName: string;
  path: string;
  date: number;
  title: string;
  summary?: string;
  body?: string;
  categories?: string[];
  credit?: string | null;
  number?: string;
  typeLabel?: string;
  issuer?: string;
  validity?: string;
  issuedDate?: string | null;
  /** Questions: the field of life's name, and when the answer was given. */
  fieldLabel?: string;
  answeredAt?: string | null;
  /** Sections: where the item stands (a project's state, a notice's result). */
  stateLabel?: string;
  _formatted?: { title?: string; summary?: string; body?: string };
}

export interface Result {
  hits: Hit[];
  totalHits: number;
  totalPages: number;
  page: number;
  facetDistribution?: Record<string, Record<string, number>>;
}

/** Marks around matched words: characters no text contains, turned into <mark> when rendered. */
export const PRE = '\u0002';
export const POST = '\u0003';
export const HITS_PER_PAGE = 10;

const RETRIEVE = [
  'documentId',
  'kind',
  'site',
  'siteName',
  'path',
  'date',
  'title',
  'summary',
  'body',
  'categories',
  'credit',
  'number',
  'typeLabel',
  'issuer',
  'validity',
  'issuedDate',
  'fieldLabel',
  'answeredAt',
  'stateLabel',
];

const quote = (value: string): string => JSON.stringify(value);

const filterOf = (state: SearchState, site: string | null, except?: Group): Array<string | string[]> => [
  ...(site ? [`site = ${quote(site)}`] : []),
  ...(Object.entries(state.filters) as Array<[Group, string[]]>)
    .filter(([group, values]) => group !== except && values.length > 0)
    .map(([group, values]) => values.map((value) => `${group} = ${quote(value)}`)),
];

/** The tabs other than the one shown, in their order: their counts close the multi-search. */
export const otherTabs = (tab: Tab): Tab[] => TABS.filter((other) => other !== tab);

/**
 * One multi-search per change: the page of hits with the facets of the groups not in use; for
 * each group in use, its facet as if it were not (so a reader can widen the choice); and the
 * other tabs' counts, one query each.
 */
export const buildQueries = (state: SearchState, config: Config, site: string | null, searchAll: boolean) => {
  const groups = groupsOf(state.tab, searchAll);
  const active = groups.filter((group) => (state.filters[group] ?? []).length > 0);
  const base = { q: state.q, highlightPreTag: PRE, highlightPostTag: POST };
  return [
    {
      ...base,
      indexUid: config.indexes[state.tab],
      filter: filterOf(state, site),
      facets: groups.filter((group) => !active.includes(group)),
      page: state.page,
      hitsPerPage: HITS_PER_PAGE,
      attributesToRetrieve: RETRIEVE,
      attributesToHighlight: ['title', 'summary', 'body'],
      // A question can be long (5,000 characters): cropped around the words found, as bodies are.
      attributesToCrop: state.tab === 'questions' || state.tab === 'sections' ? ['body', 'summary'] : ['body'],
      cropLength: 28,
      ...(state.sort === 'newest' ? { sort: ['date:desc'] } : {}),
    },
    ...active.map((group) => ({
      ...base,
      indexUid: config.indexes[state.tab],
      filter: filterOf(state, site, group),
      facets: [group],
      hitsPerPage: 1,
      attributesToRetrieve: ['documentId'],
    })),
    ...otherTabs(state.tab).map((other) => ({
      ...base,
      indexUid: config.indexes[other],
      filter: filterOf({ ...state, filters: {} }, site),
      hitsPerPage: 1,
      attributesToRetrieve: ['documentId'],
    })),
  ];
};

/** Sends the queries in one request, as Meilisearch's multi-search (the embedded engine answers the same). */
export const multiSearch = async (config: Config, queries: unknown[], signal: AbortSignal): Promise<Result[]> => {
  const res = await fetch(`${config.host}/multi-search`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...(config.apiKey ? { Authorization: `Bearer ${config.apiKey}` } : {}) },
    body: JSON.stringify({ queries }),
    signal,
  });
  if (!res.ok) throw new Error(`search answered ${res.status}`);
  return ((await res.json()) as { results: Result[] }).results;
};
