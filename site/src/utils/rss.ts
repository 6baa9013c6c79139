import type { Article } from '../data/articles';
import { postedAt } from '../data/articles';
import { absoluteUrl } from './urls';
import { xmlEscape } from './xml';

/** How many of the newest articles a feed lists. */
export const FEED_SIZE = 30;

/** An RSS 2.0 document of articles. */
export const rssResponse = (title: string, link: string, description: string, articles: Article[]): Response => {
  const items = articles.slice(0, FEED_SIZE).map((a) => {
    const href = absoluteUrl(`tin/${a.data.slug}/`);
    return (
      `<item><title>${xmlEscape(a.data.title)}</title><link>${href}</link><guid isPermaLink="true">${href}</guid>` +
      `<pubDate>${postedAt(a).toUTCString()}</pubDate>${a.data.summary ? `<description>${xmlEscape(a.data.summary)}</description>` : ''}</item>`
    );
  });
  const xml =
    `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${xmlEscape(title)}</title>` +
    `<link>${xmlEscape(link)}</link><description>${xmlEscape(description)}</description><language>vi</language>${items.join('')}</channel></rss>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
