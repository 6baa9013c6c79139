import type { Index, SeedContext } from '../context';
import { createMissing, storedKeys } from '../context';
import type { ContributorSeed } from '../types';

const UID = 'api::contributor.contributor';

export const seedContributors = async (ctx: SeedContext, contributors: readonly ContributorSeed[], units: Index): Promise<Index> =>
  createMissing(ctx, {
    label: 'contributors',
    uid: UID,
    items: contributors,
    keyOf: (contributor) => contributor.email,
    existing: () => storedKeys(ctx.strapi, UID, (row) => String(row.email), ['email']),
    create: async (contributor) => {
      const created = await ctx.strapi.documents(UID).create({
        data: {
          fullName: contributor.fullName,
          email: contributor.email,
          phone: contributor.phone,
          unit: units.get(contributor.unit),
          active: true,
          paymentDetails: contributor.paymentDetails,
        } as never,
      });
      return created.documentId;
    },
  });
