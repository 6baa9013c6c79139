import type { Index, SeedContext } from '../context';
import { createMissing, storedKeys } from '../context';
import type { OfficialSeed } from '../types';

const UID = 'api::official.official';

/**
 * The units' officials. A database seeded when leaders were a component of the unit gets them
 * here too (`npm run seed`): what is missing by unit and name is created, nothing is updated.
 */
export const seedOfficials = async (ctx: SeedContext, officials: readonly OfficialSeed[], sites: Index, units: Index): Promise<Index> =>
  createMissing(ctx, {
    label: 'officials',
    uid: UID,
    items: officials,
    keyOf: (official) => official.key,
    existing: () =>
      storedKeys(ctx.strapi, UID, (row) => `${(row.unit as { slug?: string } | null)?.slug ?? ''}|${String(row.name)}`, ['name'], {
        unit: { select: ['slug'] },
      }),
    create: async (official) => {
      const site = sites.get(official.site);
      const unit = units.get(official.unit);
      if (!site || !unit) throw new Error(`Official ${official.key}: site or unit is not in the demo data`);
      const { key: _key, ...fields } = official;
      const created = await ctx.strapi.documents(UID).create({ data: { ...fields, site, unit } as never });
      return created.documentId;
    },
  });
