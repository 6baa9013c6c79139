// The pages of projects and procurement notices (/du-an/…): their parameters and props, for the
// pages' getStaticPaths and the page plan (see routing/pages.ts for the rule: a page renders only
// its props and the site, so its props carry exactly what it shows).
import type { ProcurementMethod, ProcurementResult, ProjectField, ProjectState } from '@vungtau/publishing';
import { allLegalDocuments } from '../data/legal-documents';
import {
  allNotices,
  allProjects,
  NOTICE_PAGE_SIZE,
  noticeListPath,
  PROJECT_PAGE_SIZE,
  projectIndex,
  projectListPath,
  type ProcurementNotice,
  type Project,
  type ProjectFacet,
  type ProjectFilter,
} from '../data/projects';
import { pageCount, pageItems } from '../utils/pagination';
import { once } from '../utils/once';
import type { PagePath } from './pages';

const FROM_PROJECTS = ['projects'] as const;
const FROM_NOTICES = ['procurementNotices'] as const;

/** What a list shows of a project. */
export interface ProjectSummary {
  slug: string;
  name: string;
  field: ProjectField;
  state: ProjectState;
  investor: string;
  periodStart: number;
  periodEnd: number | null;
  /** Đồng: digits (a number from SQLite). */
  totalInvestment: string | number | null;
}

export interface ProjectListPage {
  /** The facet value listed; none on /du-an/ itself. */
  filter: ProjectFilter | null;
  page: number;
  total: number;
  count: number;
  projects: ProjectSummary[];
  /** Every facet with its values and counts, for the filter panel, and how many projects there are in all. */
  facets: ProjectFacet[];
  allCount: number;
  /** How many notices the site has (the link to them says so). */
  notices: number;
}

const summary = (p: Project): ProjectSummary => ({
  slug: p.data.slug,
  name: p.data.name,
  field: p.data.field,
  state: p.data.state,
  investor: p.data.investor,
  periodStart: p.data.periodStart,
  periodEnd: p.data.periodEnd,
  totalInvestment: p.data.totalInvestment,
});

/** /du-an/[trang/<n>/] and /du-an/<facet>/<value>/[trang/<n>/] */
export const projectListPages = once(async (): Promise<PagePath<ProjectListPage>[]> => {
  const [all, { facets, lists }, notices] = [await allProjects(), await projectIndex(), (await allNotices()).length];
  const filtered = facets.flatMap((facet) =>
    facet.values.map((value) => ({
      filter: { key: facet.key, segment: facet.segment, title: facet.title, value } as ProjectFilter,
      items: lists.get(`${facet.segment}/${value.slug}`) ?? [],
    }))
  );
  return [{ filter: null, items: all }, ...filtered].flatMap(({ filter, items }) => {
    const total = pageCount(items.length, PROJECT_PAGE_SIZE);
    return Array.from({ length: total }, (_, i) => i + 1).map((page) => ({
      params: {
        list:
          projectListPath(filter, page)
            .replace(/^du-an\//, '')
            .replace(/\/$/, '') || undefined,
      },
      props: {
        filter,
        page,
        total,
        count: items.length,
        projects: pageItems(items, page, PROJECT_PAGE_SIZE).map(summary),
        facets,
        allCount: all.length,
        notices,
      },
    }));
  });
}, [...FROM_PROJECTS, ...FROM_NOTICES]);

/** What a list or a project's page shows of a notice. */
export interface NoticeSummary {
  slug: string;
  packageName: string;
  method: ProcurementMethod;
  publishedDate: string;
  budget: string | number | null;
  result: ProcurementResult | null;
  project: { slug: string; name: string } | null;
}

const noticeSummary = (n: ProcurementNotice): NoticeSummary => ({
  slug: n.data.slug,
  packageName: n.data.packageName,
  method: n.data.method,
  publishedDate: n.data.publishedDate,
  budget: n.data.budget,
  result: n.data.result?.state ?? null,
  project: n.data.project ? { slug: n.data.project.slug, name: n.data.project.name } : null,
});

export interface ProjectPage {
  project: Project;
  /** The notices of its packages, newest first. */
  notices: NoticeSummary[];
  /** Which of its legal documents have a page on this site. */
  known: Set<string>;
}

/** /du-an/<slug>/ */
export const projectPages = once(async (): Promise<PagePath<ProjectPage>[]> => {
  const [projects, notices, documents] = [await allProjects(), await allNotices(), await allLegalDocuments()];
  const slugs = new Set(documents.map((d) => d.data.slug));
  return projects.map((project) => ({
    params: { slug: project.data.slug },
    props: {
      project,
      notices: notices.filter((n) => n.data.project?.documentId === project.id).map(noticeSummary),
      known: new Set((project.data.legalDocuments ?? []).map((d) => d.slug).filter((slug) => slugs.has(slug))),
    },
  }));
}, [...FROM_PROJECTS, ...FROM_NOTICES, 'legalDocuments']);

export interface NoticeListPage {
  page: number;
  total: number;
  count: number;
  notices: NoticeSummary[];
}

/** /du-an/dau-thau/[trang/<n>/] */
export const noticeListPages = once(async (): Promise<PagePath<NoticeListPage>[]> => {
  const notices = await allNotices();
  const total = pageCount(notices.length, NOTICE_PAGE_SIZE);
  return Array.from({ length: total }, (_, i) => i + 1).map((page) => ({
    params: {
      list:
        noticeListPath(page)
          .replace(/^du-an\/dau-thau\//, '')
          .replace(/\/$/, '') || undefined,
    },
    props: { page, total, count: notices.length, notices: pageItems(notices, page, NOTICE_PAGE_SIZE).map(noticeSummary) },
  }));
}, FROM_NOTICES);

export interface NoticePage {
  notice: ProcurementNotice;
  /** Its project, when the project has a page on this site. */
  project: { slug: string; name: string } | null;
}

/** /du-an/dau-thau/<slug>/ */
export const noticePages = once(async (): Promise<PagePath<NoticePage>[]> => {
  const [notices, projects] = [await allNotices(), await allProjects()];
  const published = new Set(projects.map((p) => p.id));
  return notices.map((notice) => {
    const project = notice.data.project;
    return {
      params: { slug: notice.data.slug },
      props: { notice, project: project && published.has(project.documentId) ? { slug: project.slug, name: project.name } : null },
    };
  });
}, [...FROM_NOTICES, ...FROM_PROJECTS]);
