import type { Hit, Result } from './client';
import { HITS_PER_PAGE, otherTabs, PRE } from './client';
import { fill, formatDate, h, marked } from './dom';
import type { Group, SearchState, Tab } from './state';
import { groupsOf, hasFilters, TABS } from './state';

export interface Settings {
  site: string;
  searchAll: boolean;
  sites: Record<string, { name: string; home: string }>;
  categories: Array<{ name: string; href: string }>;
  strings: {
    tabs: string;
    articles: string;
    legalDocuments: string;
    questions: string;
    sections: string;
    filters: string;
    clearFilters: string;
    groups: Record<Group, string>;
    sort: string;
    relevance: string;
    newest: string;
    results: string;
    count: string;
    countAll: string;
    pageOf: string;
    previous: string;
    next: string;
    pagination: string;
    noResults: string;
    suggestions: string;
    tips: string[];
    elsewhere: string;
    browse: string;
    prompt: string;
    posted: string;
    issued: string;
    answered: string;
    credit: string;
    loading: string;
  };
  labels: {
    types: Record<string, string>;
    validities: Record<string, string>;
    forms: Record<string, string>;
    /** Questions' fields of life by slug (@vungtau/publishing's QUESTION_FIELDS). */
    fields: Record<string, string>;
    /** The sections index: its kinds' names, and its fields' (PROJECT_FIELDS). */
    kinds: Record<string, string>;
    sectionFields: Record<string, string>;
  };
}

const hitUrl = (hit: Hit, settings: Settings): string => `${settings.sites[hit.site]?.home ?? ''}${hit.path}`;

/** What a facet value reads as: a document type's, a field's or a site's name, or the value itself. */
const valueLabel = (group: Group, value: string, settings: Settings, tab: Tab): string => {
  const names: Partial<Record<Group, Record<string, string>>> = {
    type: settings.labels.types,
    validity: settings.labels.validities,
    field: tab === 'sections' ? settings.labels.sectionFields : settings.labels.fields,
    kind: settings.labels.kinds,
    site: Object.fromEntries(Object.entries(settings.sites).map(([slug, site]) => [slug, site.name])),
  };
  return names[group]?.[value] ?? value;
};

/** The line under a hit's title: who published it, when, and what it is filed under. */
const metaOf = (hit: Hit, settings: Settings): Array<string | null | undefined> => {
  const s = settings.strings;
  if (hit.kind === 'project' || hit.kind === 'procurement-notice' || hit.kind === 'dataset')
    return [
      hit.typeLabel,
      hit.fieldLabel,
      hit.stateLabel,
      hit.kind === 'procurement-notice' ? `${s.posted} ${formatDate(hit.date)}` : null,
    ];
  if (hit.kind === 'question')
    return [hit.fieldLabel, hit.answeredAt ? `${s.answered} ${formatDate(hit.answeredAt)}` : `${s.posted} ${formatDate(hit.date)}`];
  if (hit.number)
    return [
      hit.issuer,
      hit.issuedDate ? `${s.issued} ${formatDate(hit.issuedDate)}` : null,
      hit.validity ? settings.labels.validities[hit.validity] : null,
    ];
  return [hit.credit ? `${s.credit}: ${hit.credit}` : null, `${s.posted} ${formatDate(hit.date)}`, hit.categories?.join(', ')];
};

const hitView = (hit: Hit, settings: Settings, showSite: boolean): HTMLElement => {
  const f = hit._formatted ?? {};
  // Documents and questions show their summary (a question: the question asked) above the snippet.
  const withSummary = Boolean(hit.number) || hit.kind !== 'article';
  const meta = metaOf(hit, settings);
  // The body's snippet (a question's: its answer) when the words were found there, else the summary.
  const snippet = f.body?.includes(PRE) ? f.body : f.summary || hit.summary || f.body || '';
  return h(
    'li',
    { class: 'hit' },
    h('h3', {}, h('a', { href: hitUrl(hit, settings) }, marked(f.title ?? hit.title))),
    h(
      'p',
      { class: 'hit-meta' },
      [showSite ? (settings.sites[hit.site]?.name ?? hit.siteName) : null, ...meta].filter(Boolean).join(' · ')
    ),
    withSummary && f.summary && snippet !== f.summary ? h('p', { class: 'hit-summary' }, marked(f.summary)) : null,
    snippet ? h('p', { class: 'hit-snippet' }, marked(snippet)) : null
  );
};

const facetView = (group: Group, counts: Record<string, number>, state: SearchState, settings: Settings): HTMLElement | null => {
  const chosen = new Set(state.filters[group] ?? []);
  // A chosen value stays listed even when nothing matches it now, so it can be unticked.
  const values = [...new Set([...Object.keys(counts), ...chosen])].sort((a, b) =>
    group === 'year'
      ? Number(b) - Number(a)
      : (counts[b] ?? 0) - (counts[a] ?? 0) ||
        valueLabel(group, a, settings, state.tab).localeCompare(valueLabel(group, b, settings, state.tab), 'vi')
  );
  if (values.length === 0) return null;
  return h(
    'fieldset',
    { class: 'facet' },
    h('legend', {}, settings.strings.groups[group]),
    h(
      'ul',
      {},
      ...values.map((value, i) => {
        const id = `f-${group}-${i}`;
        return h(
          'li',
          {},
          h('input', { type: 'checkbox', id, name: group, value, 'data-key': `${group}:${value}`, checked: chosen.has(value) }),
          h(
            'label',
            { for: id },
            valueLabel(group, value, settings, state.tab),
            h('span', { class: 'facet-count' }, ` (${counts[value] ?? 0})`)
          )
        );
      })
    )
  );
};

const paginationView = (result: Result, settings: Settings): HTMLElement | null => {
  const s = settings.strings;
  if (result.totalPages <= 1) return null;
  const page = result.page;
  return h(
    'nav',
    { class: 'pagination', 'aria-label': s.pagination },
    page > 1 ? h('button', { type: 'button', 'data-page': String(page - 1) }, `← ${s.previous}`) : null,
    h('span', {}, fill(s.pageOf, { page, pages: result.totalPages })),
    page < result.totalPages ? h('button', { type: 'button', 'data-page': String(page + 1) }, `${s.next} →`) : null
  );
};

const noResultsView = (state: SearchState, others: Array<{ tab: Tab; count: number }>, settings: Settings): HTMLElement => {
  const s = settings.strings;
  return h(
    'div',
    { class: 'no-results' },
    h('p', { class: 'no-results-title' }, fill(s.noResults, { q: state.q })),
    ...others
      .filter((other) => other.count > 0)
      .map((other) =>
        h(
          'p',
          {},
          h(
            'button',
            { type: 'button', class: 'link-button', 'data-tab': other.tab },
            fill(s.elsewhere, { n: other.count, tab: s[other.tab] })
          )
        )
      ),
    hasFilters(state) ? h('p', {}, h('button', { type: 'button', class: 'link-button', 'data-clear': 'true' }, s.clearFilters)) : null,
    h('p', {}, s.suggestions),
    h('ul', {}, ...s.tips.map((tip) => h('li', {}, tip))),
    settings.categories.length > 0 ? h('p', {}, s.browse) : null,
    settings.categories.length > 0
      ? h('ul', { class: 'browse-list' }, ...settings.categories.map((c) => h('li', {}, h('a', { href: c.href }, c.name))))
      : null
  );
};

/** The whole results area for one answer of the engine (see client.buildQueries for the order). */
export const resultsView = (
  state: SearchState,
  results: Result[],
  settings: Settings,
  filtersOpen: boolean
): { status: string; content: HTMLElement } => {
  const s = settings.strings;
  const [main, ...rest] = results;
  const groups = groupsOf(state.tab, settings.searchAll);
  const active = groups.filter((group) => (state.filters[group] ?? []).length > 0);
  const facetCounts = (group: Group) => (active.includes(group) ? rest[active.indexOf(group)] : main).facetDistribution?.[group] ?? {};
  // The other tabs' counts close the answer, in their order (client.buildQueries).
  const others = otherTabs(state.tab).map((tab, i) => ({ tab, count: rest[active.length + i]?.totalHits ?? 0 }));
  const count = (tab: Tab) => (tab === state.tab ? main.totalHits : (others.find((other) => other.tab === tab)?.count ?? 0));
  const status =
    main.totalHits === 0 ? fill(s.noResults, { q: state.q }) : fill(state.q ? s.count : s.countAll, { n: main.totalHits, q: state.q });

  const tabs = h(
    'div',
    { class: 'tabs', role: 'group', 'aria-label': s.tabs },
    ...TABS.map((tab) =>
      h('button', { type: 'button', 'data-tab': tab, 'aria-pressed': tab === state.tab ? 'true' : 'false' }, `${s[tab]} (${count(tab)})`)
    )
  );
  const form = h(
    'form',
    { class: 'filters', 'aria-label': s.filters },
    h('label', { for: 'search-sort', class: 'sort-label' }, s.sort),
    h(
      'select',
      { id: 'search-sort', name: 'sort', 'data-key': 'sort' },
      h('option', { value: 'relevance', selected: state.sort === 'relevance' }, s.relevance),
      h('option', { value: 'newest', selected: state.sort === 'newest' }, s.newest)
    ),
    ...groups.map((group) => facetView(group, facetCounts(group), state, settings)),
    hasFilters(state) ? h('button', { type: 'button', class: 'link-button', 'data-clear': 'true' }, s.clearFilters) : null
  );
  // Folded away on small screens, so the results come first; the reader opens it when needed.
  const filters = h('details', { class: 'filters-box', open: filtersOpen }, h('summary', {}, s.filters), form);
  const list =
    main.hits.length > 0
      ? h(
          'ol',
          { class: 'hits', start: String((main.page - 1) * HITS_PER_PAGE + 1) },
          ...main.hits.map((hit) => hitView(hit, settings, settings.searchAll || hit.site !== settings.site))
        )
      : noResultsView(state, others, settings);
  const content = h(
    'div',
    {},
    tabs,
    h(
      'div',
      { class: 'layout' },
      main.totalHits > 0 || hasFilters(state) ? filters : null,
      h(
        'section',
        { 'aria-labelledby': 'results-title' },
        h('h2', { id: 'results-title', class: 'visually-hidden', tabindex: '-1' }, s.results),
        list,
        paginationView(main, settings)
      )
    )
  );
  return { status, content };
};
