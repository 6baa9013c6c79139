import { paragraphsToBlocks } from '../../utils/blocks';
import type { Index, SeedContext } from '../context';
import { createMissing, storedKeys } from '../context';
import { demoImageAlt } from '../images';
import { recordingData, type DemoMedia } from '../media';
import type { ArticleSeed, ContributorSeed } from '../types';
import { categoryKey } from './categories';

const UID = 'api::article.article';
const TAG_UID = 'api::tag.tag';

export interface ArticleLinks {
  sites: Index;
  units: Index;
  categories: Index;
  contributors: Index;
  images: number[];
  media: DemoMedia;
}

const seedTags = (ctx: SeedContext, articles: readonly ArticleSeed[]): Promise<Index> =>
  createMissing(ctx, {
    label: 'tags',
    uid: TAG_UID,
    items: [...new Set(articles.flatMap((article) => article.tags))],
    keyOf: (name) => name,
    existing: () => storedKeys(ctx.strapi, TAG_UID, (row) => String(row.name), ['name']),
    create: async (name) => (await ctx.strapi.documents(TAG_UID).create({ data: { name } as never })).documentId,
  });

const lookup = (index: Index, key: string, what: string, article: ArticleSeed): string => {
  const documentId = index.get(key);
  if (!documentId) throw new Error(`Article ${article.slug}: ${what} ${key} is not in the demo data`);
  return documentId;
};

/** Articles are created already published: the demo portal shows approved content. */
export const seedArticles = async (
  ctx: SeedContext,
  articles: readonly ArticleSeed[],
  contributors: readonly ContributorSeed[],
  links: ArticleLinks
): Promise<Index> => {
  const tags = await seedTags(ctx, articles);
  const nameByEmail = new Map(contributors.map((c) => [c.email, c.fullName]));
  const image = (index: number): number => links.images[index % links.images.length];

  return createMissing(ctx, {
    label: 'articles',
    uid: UID,
    items: articles,
    keyOf: (article) => article.slug,
    existing: () => storedKeys(ctx.strapi, UID, (row) => String(row.slug), ['slug']),
    create: async (article) => {
      const created = await ctx.strapi.documents(UID).create({
        status: 'published',
        data: {
          workflowState: 'published',
          title: article.title,
          slug: article.slug,
          summary: article.summary,
          body: paragraphsToBlocks(article.paragraphs),
          form: article.form,
          site: lookup(links.sites, article.site, 'site', article),
          unit: lookup(links.units, article.unit, 'unit', article),
          categories: article.categories.map((slug) => lookup(links.categories, categoryKey(article.site, slug), 'category', article)),
          authors: article.authors.map((author) => ({
            contributor: lookup(links.contributors, author.email, 'contributor', article),
            share: author.share,
          })),
          byline: article.authors
            .map((author) => nameByEmail.get(author.email))
            .filter(Boolean)
            .join(', '),
          source: article.source,
          tags: article.tags.map((name) => lookup(tags, name, 'tag', article)),
          featured: article.featured,
          postedAt: article.postedAt,
          ...(article.coverImage !== undefined
            ? { cover: { image: image(article.coverImage), caption: article.coverCaption ?? demoImageAlt(article.coverImage) } }
            : {}),
          ...(article.gallery ? { gallery: article.gallery.map((i) => ({ image: image(i), caption: demoImageAlt(i) })) } : {}),
          ...recordingData(article, links.media),
        } as never,
      });
      return created.documentId;
    },
  });
};
