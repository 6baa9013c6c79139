import type { APIRoute } from 'astro';
import { allArticles } from '../data/articles';
import { currentSite } from '../data/site';
import { absoluteUrl } from '../utils/urls';
import { rssResponse } from '../utils/rss';

export const GET: APIRoute = async () => {
  const site = await currentSite();
  return rssResponse(site.data.name, absoluteUrl(), site.data.tagline ?? site.data.name, await allArticles());
};
