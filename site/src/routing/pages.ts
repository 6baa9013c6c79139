// What every dynamic page of a site is rendered from: its parameters and its props. The pages'
// getStaticPaths read these tables, and so does the page plan (plan.ts) that the incremental
// renderer diffs, so both render exactly the same pages from the same props.
//
// The rule that keeps incremental publishing exact: a page with parameters renders nothing but
// its props and the site (the layout's header and footer). Whatever else it shows is put in its
// props here, trimmed to what it shows, so the props' fingerprint changes exactly when the page does.
import {
  allArticles,
  allCategories,
  articlesByCategory,
  categoriesOf,
  relatedArticles,
  type Article,
  type Category,
} from '../data/articles';
import { allLegalDocuments, type LegalDocument } from '../data/legal-documents';
import { documentsOf, sectionPageOf } from '../data/category-kinds';
import {
  REGISTER_PAGE_SIZE,
  filterPanel,
  registerFilter,
  registerIndex,
  registerPath,
  type FilterPanel,
  type RegisterFilter,
} from '../data/register';
import { allQuestions, answeredOn, QUESTION_FIELD_LIST, type Question } from '../data/questions';
import { addDays, weekSegment, type QuestionField } from '@vungtau/publishing';
import { allWeeks, buildDay, neighbours, weekView, type WeekLink, type WeekView, type WorkWeek } from '../data/work-schedules';
import { allDatasets, type Dataset } from '../data/datasets';
import { pageCount, pageItems } from '../utils/pagination';
import { FEED_SIZE } from '../utils/rss';
import { once } from '../utils/once';

// Each table is computed once per change of the collections it is made from: a publish of an
// article leaves the legal documents' tables (and the fingerprints of their pages) as they were.
const FROM_ARTICLES = ['articles', 'categories'] as const;
const FROM_DOCUMENTS = ['legalDocuments'] as const;

export interface PagePath<P> {
  params: Record<string, string | undefined>;
  props: P;
}

export interface ArticlePage {
  article: Article;
  related: Article[];
  /** The categories the article is in. */
  categories: Category[];
}

/** /tin/<slug>/ */
export const articlePages = once(async (): Promise<PagePath<ArticlePage>[]> => {
  const [articles, categories] = [await allArticles(), await allCategories()];
  return articles.map((article) => ({
    params: { slug: article.data.slug },
    props: { article, related: relatedArticles(articles, article), categories: categoriesOf(categories, article) },
  }));
}, FROM_ARTICLES);

export interface CategoryPage {
  category: Category;
  /** The articles of this page (a news category's). */
  articles: Article[];
  /** The legal documents of this page (a documents category's, data/category-kinds.ts). */
  documents: LegalDocument[];
  /** Where a page-section category sends readers, under the site's base; null for a listing. */
  sectionPage: string | null;
  page: number;
  total: number;
}

// A documents category's pages show legal documents: they change with them too.
const FROM_CATEGORY_ITEMS = [...FROM_ARTICLES, ...FROM_DOCUMENTS];

/** Every page of every category's listing, first pages included. */
const categoryListings = once(async (): Promise<CategoryPage[]> => {
  const [categories, lists, documents] = [await allCategories(), await articlesByCategory(), await allLegalDocuments()];
  return categories.flatMap((category): CategoryPage[] => {
    const sectionPage = sectionPageOf(category);
    if (sectionPage) return [{ category, articles: [], documents: [], sectionPage, page: 1, total: 1 }];
    if (category.data.kind === 'documents') {
      const items = documentsOf(category, documents);
      const total = pageCount(items.length);
      return Array.from({ length: total }, (_, i) => ({
        category,
        articles: [],
        documents: pageItems(items, i + 1),
        sectionPage,
        page: i + 1,
        total,
      }));
    }
    const items = lists.get(category.data.slug) ?? [];
    const total = pageCount(items.length);
    return Array.from({ length: total }, (_, i) => ({
      category,
      articles: pageItems(items, i + 1),
      documents: [],
      sectionPage,
      page: i + 1,
      total,
    }));
  });
}, FROM_CATEGORY_ITEMS);

/** /chuyen-muc/<slug>/ */
export const categoryPages = once(
  async (): Promise<PagePath<CategoryPage>[]> =>
    (await categoryListings()).filter((p) => p.page === 1).map((props) => ({ params: { slug: props.category.data.slug }, props })),
  FROM_CATEGORY_ITEMS
);

/** /chuyen-muc/<slug>/trang/<n>/ from page 2 on: page 1 is the category's own URL, /trang/1/ is never linked. */
export const categoryMorePages = once(
  async (): Promise<PagePath<CategoryPage>[]> =>
    (await categoryListings())
      .filter((p) => p.page > 1)
      .map((props) => ({ params: { slug: props.category.data.slug, page: String(props.page) }, props })),
  FROM_CATEGORY_ITEMS
);

export interface CategoryFeed {
  category: Category;
  /** The newest articles of a news category, as many as a feed lists. */
  articles: Article[];
  /** The newest documents of a documents category, as many as a feed lists. */
  documents: LegalDocument[];
}

/** /chuyen-muc/<slug>/rss.xml */
export const categoryFeeds = once(async (): Promise<PagePath<CategoryFeed>[]> => {
  const [categories, lists, documents] = [await allCategories(), await articlesByCategory(), await allLegalDocuments()];
  return categories.map((category) => ({
    params: { slug: category.data.slug },
    props: {
      category,
      articles: category.data.kind === 'documents' ? [] : (lists.get(category.data.slug) ?? []).slice(0, FEED_SIZE),
      documents: documentsOf(category, documents).slice(0, FEED_SIZE),
    },
  }));
}, FROM_CATEGORY_ITEMS);

export interface RegisterPage {
  /** The facet value listed; none on the register itself. */
  filter: RegisterFilter | null;
  page: number;
  /** How many pages the list has. */
  total: number;
  /** How many documents the whole list has. */
  count: number;
  /** The documents of this page. */
  documents: LegalDocument[];
  panel: FilterPanel;
}

/** /van-ban/[trang/<n>/] and /van-ban/<facet>/<value>/[trang/<n>/] */
export const registerPages = once(async (): Promise<PagePath<RegisterPage>[]> => {
  const [{ all, facets }, panel] = [await registerIndex(), await filterPanel()];
  const lists = [
    { filter: null, docs: all },
    ...facets.flatMap((facet) => facet.values.map((value) => ({ filter: registerFilter(facet, value), docs: value.documents }))),
  ];
  return lists.flatMap(({ filter, docs }) => {
    const total = pageCount(docs.length, REGISTER_PAGE_SIZE);
    return Array.from({ length: total }, (_, i) => i + 1).map((page) => ({
      // "van-ban/loai/quyet-dinh/trang/2/" → "loai/quyet-dinh/trang/2"; the register's first page has none.
      params: {
        filter:
          registerPath(filter, page)
            .replace(/^van-ban\//, '')
            .replace(/\/$/, '') || undefined,
      },
      props: { filter, page, total, count: docs.length, documents: pageItems(docs, page, REGISTER_PAGE_SIZE), panel },
    }));
  });
}, FROM_DOCUMENTS);

export interface DocumentPage {
  doc: LegalDocument;
  /** Which of the documents it names (replaces, amends…) have a page on this site. */
  known: Set<string>;
}

/** /van-ban/<slug>/ */
export const documentPages = once(async (): Promise<PagePath<DocumentPage>[]> => {
  const all = await allLegalDocuments();
  const slugs = new Set(all.map((d) => d.data.slug));
  return all.map((doc) => {
    const { replaces, replacedBy, amends, amendedBy } = doc.data;
    const known = new Set([...replaces, ...replacedBy, ...amends, ...amendedBy].map((r) => r.slug).filter((slug) => slugs.has(slug)));
    return { params: { slug: doc.data.slug }, props: { doc, known } };
  });
}, FROM_DOCUMENTS);

const FROM_QUESTIONS = ['questions'] as const;

/** Questions a list page shows. */
export const QUESTION_PAGE_SIZE = 10;

/** What a list page shows of a question: not its answer, so answering one changes only its own page and the lists' dates. */
export interface QuestionSummary {
  slug: string;
  title: string;
  field: QuestionField;
  answeredOn: Date;
  unit: string | null;
}

export interface QuestionListPage {
  /** The field listed; none on /hoi-dap/ itself. */
  field: QuestionField | null;
  page: number;
  total: number;
  count: number;
  questions: QuestionSummary[];
  /** How many answered questions each field has, for the field menu. */
  counts: Record<QuestionField, number>;
}

/** "hoi-dap/", "hoi-dap/trang/2/", "hoi-dap/linh-vuc/y-te/", "hoi-dap/linh-vuc/y-te/trang/2/". */
export const questionListPath = (field: QuestionField | null, page: number): string =>
  `hoi-dap/${field ? `linh-vuc/${field}/` : ''}${page > 1 ? `trang/${page}/` : ''}`;

/** /hoi-dap/[linh-vuc/<field>/][trang/<n>/] */
export const questionListPages = once(async (): Promise<PagePath<QuestionListPage>[]> => {
  const all = await allQuestions();
  const summary = (q: Question): QuestionSummary => ({
    slug: q.data.slug,
    title: q.data.title,
    field: q.data.field,
    answeredOn: answeredOn(q),
    unit: q.data.unit?.name ?? null,
  });
  const counts = Object.fromEntries(QUESTION_FIELD_LIST.map(([field]) => [field, 0])) as Record<QuestionField, number>;
  for (const q of all) counts[q.data.field] += 1;
  const lists: Array<{ field: QuestionField | null; items: Question[] }> = [
    { field: null, items: all },
    ...QUESTION_FIELD_LIST.map(([field]) => ({ field, items: all.filter((q) => q.data.field === field) })),
  ];
  return lists.flatMap(({ field, items }) => {
    const total = pageCount(items.length, QUESTION_PAGE_SIZE);
    return Array.from({ length: total }, (_, i) => i + 1).map((page) => ({
      params: {
        list:
          questionListPath(field, page)
            .replace(/^hoi-dap\//, '')
            .replace(/\/$/, '') || undefined,
      },
      props: { field, page, total, count: items.length, questions: pageItems(items, page, QUESTION_PAGE_SIZE).map(summary), counts },
    }));
  });
}, FROM_QUESTIONS);

export interface QuestionPage {
  question: Question;
}

/** /hoi-dap/<slug>/ */
export const questionPages = once(
  async (): Promise<PagePath<QuestionPage>[]> =>
    (await allQuestions()).map((question) => ({ params: { slug: question.data.slug }, props: { question } })),
  FROM_QUESTIONS
);

export interface WeekPage {
  week: WeekView;
  previous: WeekLink | null;
  next: WeekLink | null;
  /** The build day when it falls in this week (marked as today), else null: only the current week's page changes with the date. */
  today: string | null;
}

let weekPagesMemo: { weeks: WorkWeek[]; today: string; pages: PagePath<WeekPage>[] } | undefined;

/** /lich-cong-tac/<yyyy>-tuan-<ww>/, one per published week (ISO week numbers). */
export const weekPages = async (): Promise<PagePath<WeekPage>[]> => {
  // Made again when the weeks change or the day does: the incremental publisher outlives a day.
  const [weeks, today] = [await allWeeks(), buildDay()];
  if (weekPagesMemo?.weeks === weeks && weekPagesMemo.today === today) return weekPagesMemo.pages;
  const pages = weeks.map((week) => {
    const view = weekView(week);
    const inWeek = today >= view.weekStart && today <= addDays(view.weekStart, 6);
    return {
      params: { week: weekSegment(view.weekStart) },
      props: { week: view, ...neighbours(weeks, view.weekStart), today: inWeek ? today : null },
    };
  });
  weekPagesMemo = { weeks, today, pages };
  return pages;
};
const FROM_DATASETS = ['datasets'] as const;

export interface DatasetPage {
  dataset: Dataset;
}

/** /thong-ke/<slug>/ */
export const datasetPages = once(
  async (): Promise<PagePath<DatasetPage>[]> =>
    (await allDatasets()).map((dataset) => ({ params: { slug: dataset.data.slug }, props: { dataset } })),
  FROM_DATASETS
);

/** /thong-ke/<slug>.csv: the same table, generated at build time. */
export const datasetCsvs = datasetPages;
