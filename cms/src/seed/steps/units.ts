import { paragraphsToBlocks } from '../../utils/blocks';
import type { Index, SeedContext } from '../context';
import { createMissing, storedKeys } from '../context';
import type { UnitSeed } from '../types';

const UID = 'api::unit.unit';

/** The English name and functions, and the contact that carries its English. */
const englishFields = (unit: UnitSeed) => ({
  nameEn: unit.nameEn,
  functionsEn: unit.functionsEn ? paragraphsToBlocks(unit.functionsEn) : undefined,
  contact: unit.contact,
});

export const seedUnits = async (ctx: SeedContext, units: readonly UnitSeed[], sites: Index): Promise<Index> => {
  const index = await createMissing(ctx, {
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
          quota: unit.quota,
          order: unit.order,
          ...englishFields(unit),
        } as never,
      });
      return created.documentId;
    },
  });
  // A demo unit seeded before the English pages existed gets its English now (same rule as sites).
  const without = (await ctx.strapi.db.query(UID).findMany({ where: { nameEn: { $null: true } }, select: ['slug'] })) as Array<{
    slug: string;
  }>;
  const slugs = new Set(without.map((row) => row.slug));
  const todo = units.filter((unit) => unit.nameEn && slugs.has(unit.slug) && index.has(unit.slug));
  for (const unit of todo)
    await ctx.strapi.documents(UID).update({ documentId: index.get(unit.slug) as string, data: englishFields(unit) as never });
  if (todo.length > 0) ctx.log(`units: English added to ${todo.length}`);
  await linkParents(ctx, units, index);
  await setQuotaCounting(ctx, units, index);
  return index;
};

/**
 * A demo unit stored before quotas said where they are counted gets the demo's choice (the ward
 * People's Committees: the city portal); a choice already stored is left alone.
 */
const setQuotaCounting = async (ctx: SeedContext, units: readonly UnitSeed[], index: Index): Promise<void> => {
  const wanted = units.filter((unit) => unit.quota?.countsOn && index.has(unit.slug));
  const rows = (await ctx.strapi.db.query(UID).findMany({
    where: { documentId: { $in: wanted.map((unit) => index.get(unit.slug) as string) } },
    select: ['documentId'],
    populate: { quota: { select: ['id', 'countsOn'] } },
  })) as Array<{ documentId: string; quota: { id: number; countsOn: string | null } | null }>;
  const countsOn = new Map(wanted.map((unit) => [index.get(unit.slug), unit.quota?.countsOn]));
  const unset = rows.filter((row) => row.quota && !row.quota.countsOn);
  for (const row of unset)
    await ctx.strapi.db.query('unit.quota').update({ where: { id: row.quota!.id }, data: { countsOn: countsOn.get(row.documentId) } });
  if (unset.length > 0) ctx.log(`units: quota counting set on ${unset.length}`);
};

/**
 * Places the demo units on the organisation chart: a unit the demo gives a parent and that has
 * none stored gets it (new units, and a database seeded before the units had a tree).
 */
const linkParents = async (ctx: SeedContext, units: readonly UnitSeed[], index: Index): Promise<void> => {
  const orphans = (await ctx.strapi.db.query(UID).findMany({ where: { parent: { id: { $null: true } } }, select: ['slug'] })) as Array<{
    slug: string;
  }>;
  const without = new Set(orphans.map((row) => row.slug));
  const todo = units.filter((unit) => unit.parent && without.has(unit.slug) && index.has(unit.slug) && index.has(unit.parent));
  await ctx.strapi.db.transaction(async () => {
    for (const unit of todo)
      await ctx.strapi.documents(UID).update({
        documentId: index.get(unit.slug) as string,
        data: { parent: index.get(unit.parent as string) } as never,
      });
  });
  if (todo.length > 0) ctx.log(`units: ${todo.length} placed on the organisation chart`);
};
