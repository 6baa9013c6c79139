import { paragraphsToBlocks } from '../../utils/blocks';
import type { Index, SeedContext } from '../context';
import { createMissing, storedKeys } from '../context';
import { bannerAlt } from '../data/banners';
import type { SiteSeed } from '../types';

const UID = 'api::site.site';

/** The English fields and banners of a site: demo data added after the first sites were seeded. */
const laterFields = (site: SiteSeed, bannerImages: ReadonlyMap<string, number>) => ({
  nameEn: site.nameEn,
  taglineEn: site.taglineEn,
  introductionEn: paragraphsToBlocks(site.introductionEn),
  contact: site.contact,
  editorialBoard: site.editorialBoard,
  banners: site.banners.map((banner) => ({
    image: bannerImages.get(banner.heading),
    alt: bannerAlt(banner),
    title: banner.subheading,
    url: banner.url,
    order: banner.order,
  })),
});

/**
 * Creates the city portal first so the wards can point at it as their parent. A demo site seeded
 * before the English pages and banners existed (no `nameEn`) gets them now, with its contact and
 * board rewritten to carry their English; nothing else of an existing site is touched, and a
 * second run changes nothing.
 */
export const seedSites = async (
  ctx: SeedContext,
  sites: readonly SiteSeed[],
  bannerImages: ReadonlyMap<string, number>
): Promise<Index> => {
  const ordered = [...sites].sort((a, b) => Number(Boolean(a.parent)) - Number(Boolean(b.parent)));
  const index: Index = new Map();
  const created = await createMissing(ctx, {
    label: 'sites',
    uid: UID,
    items: ordered,
    keyOf: (site) => site.slug,
    existing: async () => {
      const rows = await storedKeys(ctx.strapi, UID, (row) => String(row.slug), ['slug']);
      rows.forEach((row) => index.set(row.key, row.documentId));
      return rows;
    },
    create: async (site) => {
      const parent = site.parent ? index.get(site.parent) : undefined;
      if (site.parent && !parent) throw new Error(`Site ${site.slug}: parent site ${site.parent} is not in the demo data`);
      const created = await ctx.strapi.documents(UID).create({
        data: {
          name: site.name,
          shortName: site.shortName,
          slug: site.slug,
          kind: site.kind,
          domain: site.domain,
          tagline: site.tagline,
          introduction: paragraphsToBlocks(site.introduction),
          navigation: site.navigation,
          status: 'active',
          ...laterFields(site, bannerImages),
          ...(parent ? { parent } : {}),
        } as never,
      });
      index.set(site.slug, created.documentId);
      return created.documentId;
    },
  });
  await fillLaterFields(ctx, sites, created, bannerImages);
  return created;
};

const fillLaterFields = async (ctx: SeedContext, sites: readonly SiteSeed[], index: Index, bannerImages: ReadonlyMap<string, number>) => {
  const without = (await ctx.strapi.db.query(UID).findMany({ where: { nameEn: { $null: true } }, select: ['slug'] })) as Array<{
    slug: string;
  }>;
  const slugs = new Set(without.map((row) => row.slug));
  const todo = sites.filter((site) => slugs.has(site.slug) && index.has(site.slug));
  for (const site of todo) {
    await ctx.strapi.documents(UID).update({ documentId: index.get(site.slug) as string, data: laterFields(site, bannerImages) as never });
  }
  if (todo.length > 0) ctx.log(`sites: English pages and banners added to ${todo.length}`);
};
