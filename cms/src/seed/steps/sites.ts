import { paragraphsToBlocks } from '../../utils/blocks';
import type { Index, SeedContext } from '../context';
import { createMissing, storedKeys } from '../context';
import type { SiteSeed } from '../types';

const UID = 'api::site.site';

/** Creates the city portal first so the wards can point at it as their parent. */
export const seedSites = async (ctx: SeedContext, sites: readonly SiteSeed[]): Promise<Index> => {
  const ordered = [...sites].sort((a, b) => Number(Boolean(a.parent)) - Number(Boolean(b.parent)));
  const index: Index = new Map();
  return createMissing(ctx, {
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
          contact: site.contact,
          editorialBoard: site.editorialBoard,
          navigation: site.navigation,
          status: 'active',
          ...(parent ? { parent } : {}),
        } as never,
      });
      index.set(site.slug, created.documentId);
      return created.documentId;
    },
  });
};
