import type { Article } from '../data/articles';
import { postedAt } from '../data/articles';
import { documentLabel, type LegalDocument } from '../data/legal-documents';
import { absoluteUrl } from './urls';
import { xmlEscape } from './xml';

/** How many of the newest articles a feed lists. */
export const FEED_SIZE = 30;

interface FeedItem {
  title: string;
  path: string;
  date: Date;
  summary: string | null;
}

const itemXml = ({ title, path, date, summary }: FeedItem): string => {
  const href = absoluteUrl(path);
  return (
    `<item><title>${xmlEscape(title)}</title><link>${href}</link><guid isPermaLink="true">${href}</guid>` +
    `<pubDate>${date.toUTCString()}</pubDate>${summary ? `<description>${xmlEscape(summary)}</description>` : ''}</item>`
  );
};

/** An RSS 2.0 document of articles. */
export const rssResponse = (title: string, link: string, description: string, articles: Article[]): Response =>
  feedResponse(
    title,
    link,
    description,
    articles.map((a) => ({ title: a.data.title, path: `tin/${a.data.slug}/`, date: postedAt(a), summary: a.data.summary }))
  );

/** An RSS 2.0 document of legal documents (a documents category's feed). */
export const documentRssResponse = (title: string, link: string, description: string, documents: LegalDocument[]): Response =>
  feedResponse(
    title,
    link,
    description,
    documents.map((d) => ({
      title: documentLabel(d),
      path: `van-ban/${d.data.slug}/`,
      date: d.data.postedAt ?? d.data.publishedAt,
      summary: d.data.summary,
    }))
  );

const feedResponse = (title: string, link: string, description: string, entries: FeedItem[]): Response => {
  const items = entries.slice(0, FEED_SIZE).map(itemXml);
  const xml =
    `<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>${xmlEscape(title)}</title>` +
    `<link>${xmlEscape(link)}</link><description>${xmlEscape(description)}</description><language>vi</language>${items.join('')}</channel></rss>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
};
