// Projects (dự án đầu tư) and procurement notices (thông báo đấu thầu, mua sắm công) of a site, and
// the project list's filters: each value of each facet (field, state, year) is a pre-built,
// paginated page (/du-an/<segment>/<value>/[trang/<n>/]), so filtering needs no JavaScript.
import type { CollectionEntry } from 'astro:content';
import { PROJECT_FIELDS, PROJECT_STATES, formatVnd, type ProjectField, type ProjectState } from '@vungtau/publishing';
import { entries } from './source';
import { once } from '../utils/once';
import { vi } from '../i18n/vi';

export type Project = CollectionEntry<'projects'>;
export type ProcurementNotice = CollectionEntry<'procurementNotices'>;

export const PROJECT_PAGE_SIZE = 12;
export const NOTICE_PAGE_SIZE = 20;

/** Every published project, newest start first, then by name (a total order: builds agree). */
export const allProjects = once(
  async (): Promise<Project[]> =>
    (await entries('projects')).sort(
      (a, b) =>
        b.data.periodStart - a.data.periodStart || a.data.name.localeCompare(b.data.name, 'vi') || a.data.slug.localeCompare(b.data.slug)
    ),
  ['projects']
);

/** Every published notice, newest first. */
export const allNotices = once(
  async (): Promise<ProcurementNotice[]> =>
    (await entries('procurementNotices')).sort(
      (a, b) => b.data.publishedDate.localeCompare(a.data.publishedDate) || a.data.slug.localeCompare(b.data.slug)
    ),
  ['procurementNotices']
);

/** An amount in đồng, or the page's "not given". */
export const money = (amount: string | number | null): string => (amount === null ? vi.projects.notGiven : formatVnd(amount));

/** "2024–2026", or "Từ 2025" while the end is not set. */
export const period = (start: number, end: number | null): string =>
  end === null ? vi.projects.from(start) : end === start ? String(start) : `${start}–${end}`;

/** The years a project runs in: its start to its end (its start alone while the end is not set). */
const yearsOf = (project: Project): number[] => {
  const { periodStart: start, periodEnd: end } = project.data;
  return Array.from({ length: Math.max(0, (end ?? start) - start) + 1 }, (_, i) => start + i);
};

export type ProjectFacetKey = 'field' | 'state' | 'year';

export interface ProjectFacetValue {
  slug: string;
  label: string;
  count: number;
}

export interface ProjectFacet {
  key: ProjectFacetKey;
  /** The URL segment: /du-an/<segment>/<value>/. */
  segment: string;
  title: string;
  values: ProjectFacetValue[];
}

export interface ProjectFilter {
  key: ProjectFacetKey;
  segment: string;
  /** The facet's name and the value's, for the heading: "Lĩnh vực: Giao thông". */
  title: string;
  value: ProjectFacetValue;
}

interface FacetSpec {
  key: ProjectFacetKey;
  segment: string;
  title: string;
  values: (p: Project) => Array<{ slug: string; label: string }>;
  /** The order of the values' slugs; years: newest first. */
  order: (values: string[]) => string[];
}

const inVocabularyOrder = (vocabulary: Record<string, string>) => (values: string[]) =>
  Object.keys(vocabulary).filter((key) => values.includes(key));

const FACETS: FacetSpec[] = [
  {
    key: 'field',
    segment: 'linh-vuc',
    title: vi.projects.field,
    values: (p) => [{ slug: p.data.field, label: PROJECT_FIELDS[p.data.field as ProjectField] }],
    order: inVocabularyOrder(PROJECT_FIELDS),
  },
  {
    key: 'state',
    segment: 'tinh-trang',
    title: vi.projects.state,
    values: (p) => [{ slug: p.data.state, label: PROJECT_STATES[p.data.state as ProjectState] }],
    order: inVocabularyOrder(PROJECT_STATES),
  },
  {
    key: 'year',
    segment: 'nam',
    title: vi.projects.year,
    values: (p) => yearsOf(p).map((year) => ({ slug: String(year), label: String(year) })),
    order: (values) => [...values].sort((a, b) => Number(b) - Number(a)),
  },
];

export interface ProjectIndex {
  facets: ProjectFacet[];
  /** The projects of each facet value, by `<segment>/<value>`. */
  lists: Map<string, Project[]>;
}

/** Every facet's values with their projects, in one pass (only values some project has). */
export const projectIndex = once(async (): Promise<ProjectIndex> => {
  const projects = await allProjects();
  const lists = new Map<string, Project[]>();
  const facets = FACETS.map((spec): ProjectFacet => {
    const labels = new Map<string, string>();
    for (const project of projects) {
      for (const { slug, label } of spec.values(project)) {
        labels.set(slug, label);
        const key = `${spec.segment}/${slug}`;
        lists.set(key, [...(lists.get(key) ?? []), project]);
      }
    }
    const values = spec
      .order([...labels.keys()])
      .map((slug) => ({ slug, label: labels.get(slug)!, count: lists.get(`${spec.segment}/${slug}`)!.length }));
    return { key: spec.key, segment: spec.segment, title: spec.title, values };
  });
  return { facets, lists };
}, ['projects']);

/** "du-an/", "du-an/trang/2/", "du-an/linh-vuc/giao-thong/", "du-an/nam/2025/trang/2/". */
export const projectListPath = (filter: { segment: string; value: { slug: string } } | null, page: number): string =>
  `du-an/${filter ? `${filter.segment}/${filter.value.slug}/` : ''}${page > 1 ? `trang/${page}/` : ''}`;

/** "du-an/dau-thau/", "du-an/dau-thau/trang/2/". */
export const noticeListPath = (page: number): string => `du-an/dau-thau/${page > 1 ? `trang/${page}/` : ''}`;

export const projectPath = (slug: string): string => `du-an/${slug}/`;
export const noticePath = (slug: string): string => `du-an/dau-thau/${slug}/`;
