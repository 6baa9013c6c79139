/** What the reader searched for, kept in the address (`?q=…&muc=…`) so results can be shared. */
export type Tab = 'articles' | 'legalDocuments' | 'questions' | 'sections';
export type Group = 'categories' | 'year' | 'type' | 'validity' | 'field' | 'kind' | 'site';

/** The kinds of result, in the order their tabs are shown. */
export const TABS: readonly Tab[] = ['articles', 'legalDocuments', 'questions', 'sections'];

/** Each tab's name in the address (`muc=`); articles, the default, has none. */
const TAB_PARAM: Record<Tab, string | null> = { articles: null, legalDocuments: 'van-ban', questions: 'hoi-dap', sections: 'du-an' };

const FILTER_GROUPS: Record<Tab, Group[]> = {
  articles: ['categories', 'year'],
  legalDocuments: ['type', 'year', 'validity'],
  questions: ['field', 'year'],
  // Projects, procurement notices (and whatever else the sections index holds), told apart by kind.
  sections: ['kind', 'field', 'year'],
};

export interface SearchState {
  q: string;
  tab: Tab;
  page: number;
  sort: 'relevance' | 'newest';
  filters: Partial<Record<Group, string[]>>;
}

/** The filter groups of each tab; `site` only where the whole city is searched. */
export const groupsOf = (tab: Tab, searchAll: boolean): Group[] => [...FILTER_GROUPS[tab], ...(searchAll ? (['site'] as Group[]) : [])];

const PARAM: Record<Group, string> = {
  categories: 'chuyen-muc',
  year: 'nam',
  type: 'loai',
  validity: 'hieu-luc',
  field: 'linh-vuc',
  kind: 'nhom',
  site: 'trang',
};

export const readState = (params: URLSearchParams): SearchState => {
  const page = Number(params.get('p'));
  const filters: SearchState['filters'] = {};
  for (const [group, name] of Object.entries(PARAM) as Array<[Group, string]>) {
    const values = params.getAll(name).filter(Boolean);
    if (values.length > 0) filters[group] = values;
  }
  return {
    q: (params.get('q') ?? '').trim(),
    tab: TABS.find((tab) => TAB_PARAM[tab] !== null && TAB_PARAM[tab] === params.get('muc')) ?? 'articles',
    page: Number.isInteger(page) && page > 1 ? page : 1,
    sort: params.get('sap-xep') === 'moi-nhat' ? 'newest' : 'relevance',
    filters,
  };
};

export const writeState = (state: SearchState): string => {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  const tab = TAB_PARAM[state.tab];
  if (tab) params.set('muc', tab);
  for (const [group, values] of Object.entries(state.filters) as Array<[Group, string[]]>)
    for (const value of values) params.append(PARAM[group], value);
  if (state.sort === 'newest') params.set('sap-xep', 'moi-nhat');
  if (state.page > 1) params.set('p', String(state.page));
  const query = params.toString();
  return query ? `?${query}` : '';
};

export const hasFilters = (state: SearchState): boolean => Object.values(state.filters).some((values) => values && values.length > 0);
