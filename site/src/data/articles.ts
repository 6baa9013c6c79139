import type { CollectionEntry } from 'astro:content';
import { entries } from './source';
import { once } from '../utils/once';

export type Article = CollectionEntry<'articles'>;
export type Category = CollectionEntry<'categories'>;

/** When an article went out: the posting date the editors set, else its publication. */
export const postedAt = (a: Article): Date => a.data.postedAt ?? a.data.publishedAt;

// Every order is total (ties broken by a unique key): the incremental publisher's content and a
// static build's store hold the same entries in different orders, and must render the same pages.
const newestFirst = (a: Article, b: Article) => postedAt(b).getTime() - postedAt(a).getTime() || a.id.localeCompare(b.id);

/** Every article of the site, newest first (callers must not modify it). */
export const allArticles = once(async (): Promise<Article[]> => (await entries('articles')).sort(newestFirst), ['articles']);

/** The site's categories in the editors' order. */
export const allCategories = once(
  async (): Promise<Category[]> =>
    (await entries('categories')).sort((a, b) => (a.data.order ?? 0) - (b.data.order ?? 0) || a.data.slug.localeCompare(b.data.slug)),
  ['categories']
);

/** Articles in a category or any of its sub-categories, newest first. */
export const articlesIn = (articles: Article[], categories: Category[], slug: string): Article[] => {
  const slugs = new Set([slug, ...categories.filter((c) => c.data.parent?.slug === slug).map((c) => c.data.slug)]);
  return articles.filter((a) => a.data.categories.some((c) => slugs.has(c.slug)));
};

/**
 * Each category's articles, its sub-categories' included, newest first, by category slug: one
 * pass over the articles, where asking `articlesIn` for each category scans them all each time.
 */
export const articlesByCategory = once(async (): Promise<Map<string, Article[]>> => {
  const [articles, categories] = [await allArticles(), await allCategories()];
  const parentOf = new Map(categories.map((c) => [c.data.slug, c.data.parent?.slug]));
  const lists = new Map<string, Article[]>(categories.map((c) => [c.data.slug, []]));
  for (const article of articles) {
    for (const { slug } of article.data.categories) {
      for (const owner of [slug, parentOf.get(slug)]) {
        const list = owner === undefined ? undefined : lists.get(owner);
        // An article in a category and its sub-category is listed once.
        if (list && list.at(-1) !== article) list.push(article);
      }
    }
  }
  return lists;
}, ['articles', 'categories']);

/** The categories an article is in, in the editors' order. */
export const categoriesOf = (categories: Category[], article: Article): Category[] =>
  categories.filter((c) => article.data.categories.some((r) => r.slug === c.data.slug));

interface Index {
  /** Each category slug's articles, in the order of the list. */
  byCategory: Map<string, Article[]>;
  /** Each article's place in the list. */
  position: Map<Article, number>;
}

const indexes = new WeakMap<Article[], Index>();

/** The articles of each category slug and each article's position, built once per list. */
const indexOf = (articles: Article[]): Index => {
  let index = indexes.get(articles);
  if (!index) {
    index = { byCategory: new Map(), position: new Map(articles.map((a, i) => [a, i])) };
    for (const a of articles) {
      for (const c of a.data.categories) {
        const list = index.byCategory.get(c.slug);
        if (list) list.push(a);
        else index.byCategory.set(c.slug, [a]);
      }
    }
    indexes.set(articles, index);
  }
  return index;
};

/** Where `article` is, or would be, in `list` (ordered as `position` says). */
const placeIn = (list: Article[], position: Map<Article, number>, at: number): number => {
  let [low, high] = [0, list.length];
  while (low < high) {
    const mid = (low + high) >> 1;
    if (position.get(list[mid])! < at) low = mid + 1;
    else high = mid;
  }
  return low;
};

/**
 * Up to `n` other articles sharing a category with `article` (`articles` newest first): the ones
 * posted just before it, and for the oldest, the ones just after it; newest first. Not the newest
 * of the category: then every new article would change the block on every page of its categories,
 * and publishing one would mean rendering thousands of pages again instead of a handful.
 */
export const relatedArticles = (articles: Article[], article: Article, n = 4): Article[] => {
  const { byCategory, position } = indexOf(articles);
  const at = position.get(article)!;
  const older = new Set<Article>();
  const newer = new Set<Article>();
  for (const c of article.data.categories) {
    const list = byCategory.get(c.slug) ?? [];
    const i = placeIn(list, position, at);
    const after = list[i] === article ? i + 1 : i;
    for (const a of list.slice(after, after + n)) older.add(a);
    for (const a of list.slice(Math.max(0, i - n), i)) newer.add(a);
  }
  const byPosition = (a: Article, b: Article) => position.get(a)! - position.get(b)!;
  const nearestOlder = [...older].sort(byPosition).slice(0, n);
  const missing = n - nearestOlder.length;
  const nearestNewer = missing > 0 ? [...newer].sort(byPosition).slice(-missing) : [];
  return [...nearestNewer, ...nearestOlder];
};
