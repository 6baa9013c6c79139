import type { APIRoute } from 'astro';
import { currentSite } from '../../../data/site';
import { absoluteUrl } from '../../../utils/urls';
import { rssResponse } from '../../../utils/rss';
import { inShard } from '../../../utils/shard';
import { categoryFeeds, type CategoryFeed } from '../../../routing/pages';
import { pageProps } from '../../../routing/props';

export const getStaticPaths = async () => inShard(await categoryFeeds());

export const GET: APIRoute = async (context) => {
  const { category, articles } = pageProps<CategoryFeed>(context);
  const site = await currentSite();
  return rssResponse(
    `${category.data.name} – ${site.data.name}`,
    absoluteUrl(`chuyen-muc/${category.data.slug}/`),
    category.data.description ?? category.data.name,
    articles
  );
};
