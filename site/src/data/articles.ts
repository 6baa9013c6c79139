import { getCollection, type CollectionEntry } from 'astro:content';
import { once } from '../utils/once';

export type Article = CollectionEntry<'articles'>;
export type Category = CollectionEntry<'categories'>;

/** When an article went out: the posting date the editors set, else its publication. */
export const postedAt = (a: Article): Date => a.data.postedAt ?? a.data.publishedAt;

let sorted: Promise<Article[]> | undefined;

/** Every article of the site, newest first (sorted once per build; callers must not modify it). */
export const allArticles = (): Promise<Article[]> =>
  (sorted ??= getCollection('articles').then((list) => list.sort((a, b) => postedAt(b).getTime() - postedAt(a).getTime())));

/** The site's categories in the editors' order. */
export const allCategories = once(async (): Promise<Category[]> =>
  (await getCollection('categories')).sort((a, b) => (a.data.order ?? 0) - (b.data.order ?? 0)));

/** Articles in a category or any of its sub-categories, newest first. */
export const articlesIn = (articles: Article[], categories: Category[], slug: string): Article[] => {
  const slugs = new Set([slug, ...categories.filter((c) => c.data.parent?.slug === slug).map((c) => c.data.slug)]);
  return articles.filter((a) => a.data.categories.some((c) => slugs.has(c.slug)));
};

const byCategory = new WeakMap<Article[], Map<string, Article[]>>();

/** The articles of each category slug, in the order of `articles`; built once per list. */
const categoryIndex = (articles: Article[]): Map<string, Article[]> => {
  let index = byCategory.get(articles);
  if (!index) {
    index = new Map();
    for (const a of articles) {
      for (const c of a.data.categories) {
        const list = index.get(c.slug);
        if (list) list.push(a);
        else index.set(c.slug, [a]);
      }
    }
    byCategory.set(articles, index);
  }
  return index;
};

/**
 * The `n` newest other articles sharing a category with `article` (`articles` newest first). The
 * n newest of the union are among the n + 1 newest of each category, so a site with thousands of
 * articles does not scan them all for each article page.
 */
export const relatedArticles = (articles: Article[], article: Article, n = 4): Article[] => {
  const index = categoryIndex(articles);
  const candidates = new Set(article.data.categories.flatMap((c) => (index.get(c.slug) ?? []).slice(0, n + 1)));
  candidates.delete(article);
  return [...candidates].sort((a, b) => postedAt(b).getTime() - postedAt(a).getTime()).slice(0, n);
};
