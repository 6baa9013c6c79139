import type { APIRoute } from 'astro';
import { currentSite } from '../../../data/site';
import { absoluteUrl } from '../../../utils/urls';
import { documentRssResponse, rssResponse } from '../../../utils/rss';
import { inShard } from '../../../utils/shard';
import { categoryFeeds, type CategoryFeed } from '../../../routing/pages';
import { pageProps } from '../../../routing/props';

export const getStaticPaths = async () => inShard(await categoryFeeds());

export const GET: APIRoute = async (context) => {
  const { category, articles, documents } = pageProps<CategoryFeed>(context);
  const site = await currentSite();
  const title = `${category.data.name} – ${site.data.name}`;
  const link = absoluteUrl(`chuyen-muc/${category.data.slug}/`);
  const description = category.data.description ?? category.data.name;
  return category.data.kind === 'documents'
    ? documentRssResponse(title, link, description, documents)
    : rssResponse(title, link, description, articles);
};
