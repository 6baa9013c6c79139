import { paragraphsToBlocks } from '../../utils/blocks';
import type { Index, SeedContext } from '../context';
import { createMissing, storedKeys } from '../context';
import type { UnitSeed } from '../types';

const UID = 'api::unit.unit';

export const seedUnits = async (ctx: SeedContext, units: readonly UnitSeed[], sites: Index): Promise<Index> =>
  createMissing(ctx, {
    label: 'units',
    uid: UID,
    items: units,
    keyOf: (unit) => unit.slug,
    existing: () => storedKeys(ctx.strapi, UID, (row) => String(row.slug), ['slug']),
    create: async (unit) => {
      const site = sites.get(unit.site);
      if (!site) throw new Error(`Unit ${unit.slug}: site ${unit.site} is not in the demo data`);
      const created = await ctx.strapi.documents(UID).create({
        data: {
          name: unit.name,
          shortName: unit.shortName,
          slug: unit.slug,
          kind: unit.kind,
          site,
          functions: paragraphsToBlocks(unit.functions),
          leaders: unit.leaders,
          contact: unit.contact,
          quota: unit.quota,
          order: unit.order,
        } as never,
      });
      return created.documentId;
    },
  });
