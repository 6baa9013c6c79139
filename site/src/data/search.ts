import type { CollectionEntry } from 'astro:content';
import { DATASET_FIELDS, PROJECT_FIELDS, QUESTION_FIELDS } from '@vungtau/publishing';
import type { Site } from './site';
import { siteHomeUrl } from '../utils/urls';
import { vi } from '../i18n/vi';

export type SearchConfig = CollectionEntry<'searchConfig'>['data'];

/** Everything the search page's script needs, written into the page as JSON. */
export interface SearchSettings {
  config: SearchConfig | null;
  /** The site searched; the city portal searches every site (`searchAll`). */
  site: string;
  searchAll: boolean;
  /** Every site's name and home address, to link and name hits from other sites. */
  sites: Record<string, { name: string; home: string }>;
  /** Other categories to suggest when nothing is found: name and address. */
  categories: Array<{ name: string; href: string }>;
  strings: typeof vi.search;
  labels: {
    types: Record<string, string>;
    validities: Record<string, string>;
    forms: Record<string, string>;
    fields: Record<string, string>;
    kinds: Record<string, string>;
    sectionFields: Record<string, string>;
  };
}

export const searchSettings = (
  site: Site,
  config: SearchConfig | null,
  sites: Site[],
  categories: SearchSettings['categories'] = []
): SearchSettings => ({
  config,
  site: site.data.slug,
  searchAll: site.data.kind === 'city',
  sites: Object.fromEntries(sites.map((s) => [s.data.slug, { name: s.data.shortName ?? s.data.name, home: siteHomeUrl(s.data) }])),
  categories,
  strings: vi.search,
  labels: {
    types: vi.types,
    validities: vi.validities,
    forms: vi.forms,
    fields: QUESTION_FIELDS,
    kinds: vi.searchKinds,
    sectionFields: { ...PROJECT_FIELDS, ...DATASET_FIELDS },
  },
});
