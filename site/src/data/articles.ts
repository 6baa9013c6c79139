import { getCollection, type CollectionEntry } from 'astro:content';

export type Article = CollectionEntry<'articles'>;
export type Category = CollectionEntry<'categories'>;

/** When an article went out: the posting date the editors set, else its publication. */
export const postedAt = (a: Article): Date => a.data.postedAt ?? a.data.publishedAt;

/** Every article of the site, newest first. */
export const allArticles = async (): Promise<Article[]> =>
  (await getCollection('articles')).sort((a, b) => postedAt(b).getTime() - postedAt(a).getTime());

/** The site's categories in the editors' order. */
export const allCategories = async (): Promise<Category[]> =>
  (await getCollection('categories')).sort((a, b) => (a.data.order ?? 0) - (b.data.order ?? 0));

/** Articles in a category or any of its sub-categories, newest first. */
export const articlesIn = (articles: Article[], categories: Category[], slug: string): Article[] => {
  const slugs = new Set([slug, ...categories.filter((c) => c.data.parent?.slug === slug).map((c) => c.data.slug)]);
  return articles.filter((a) => a.data.categories.some((c) => slugs.has(c.slug)));
};

/** Up to `n` other articles sharing a category with `article`. */
export const relatedArticles = (articles: Article[], article: Article, n = 4): Article[] => {
  const slugs = new Set(article.data.categories.map((c) => c.slug));
  return articles.filter((a) => a.id !== article.id && a.data.categories.some((c) => slugs.has(c.slug))).slice(0, n);
};
