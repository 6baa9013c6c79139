import type { APIRoute, GetStaticPaths } from 'astro';
import { allArticles, allCategories, articlesIn, type Category } from '../../../data/articles';
import { currentSite } from '../../../data/site';
import { absoluteUrl } from '../../../utils/urls';
import { rssResponse } from '../../../utils/rss';
import { inShard } from '../../../utils/shard';

export const getStaticPaths = (async () =>
  inShard(await allCategories()).map((category) => ({ params: { slug: category.data.slug }, props: { category } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { category } = props as { category: Category };
  const site = await currentSite();
  const articles = articlesIn(await allArticles(), await allCategories(), category.data.slug);
  return rssResponse(`${category.data.name} – ${site.data.name}`, absoluteUrl(`chuyen-muc/${category.data.slug}/`), category.data.description ?? category.data.name, articles);
};
