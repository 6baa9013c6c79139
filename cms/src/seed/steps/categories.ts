import type { Index, SeedContext } from '../context';
import { createMissing, storedKeys } from '../context';
import type { CategorySeed, SiteSeed } from '../types';

const UID = 'api::category.category';

/** Key of a category: its site and its slug, since every site has its own tree. */
export const categoryKey = (site: string, slug: string): string => `${site}/${slug}`;

const appliesTo = (category: CategorySeed, site: SiteSeed): boolean =>
  category.scope === 'all' || (category.scope === 'city' ? site.kind === 'city' : site.kind !== 'city');

/** Every site gets the categories in its scope; parents are created before their children. */
export const seedCategories = async (
  ctx: SeedContext,
  categories: readonly CategorySeed[],
  sites: readonly SiteSeed[],
  siteIndex: Index
): Promise<Index> => {
  const roots = categories.filter((c) => !c.parent);
  const children = categories.filter((c) => c.parent);
  const items = sites.flatMap((site) => [...roots, ...children].filter((c) => appliesTo(c, site)).map((category) => ({ site, category })));
  const index: Index = new Map();
  return createMissing(ctx, {
    label: 'categories',
    uid: UID,
    items,
    keyOf: ({ site, category }) => categoryKey(site.slug, category.slug),
    existing: async () => {
      const rows = await storedKeys(
        ctx.strapi,
        UID,
        (row) => categoryKey(String((row.site as { slug?: string } | null)?.slug), String(row.slug)),
        ['slug'],
        { site: { select: ['slug'] } }
      );
      rows.forEach((row) => index.set(row.key, row.documentId));
      return rows;
    },
    create: async ({ site, category }) => {
      const parent = category.parent ? index.get(categoryKey(site.slug, category.parent)) : undefined;
      const created = await ctx.strapi.documents(UID).create({
        data: {
          name: category.name,
          slug: category.slug,
          kind: category.kind,
          documentKinds: category.documentKinds ?? null,
          documentTypes: category.documentTypes ?? null,
          description: category.description,
          order: category.order,
          site: siteIndex.get(site.slug),
          ...(parent ? { parent } : {}),
        } as never,
      });
      index.set(categoryKey(site.slug, category.slug), created.documentId);
      return created.documentId;
    },
  });
};
