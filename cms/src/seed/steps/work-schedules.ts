import type { Index, SeedContext } from '../context';
import { createMissing, storedKeys } from '../context';
import type { WorkScheduleSeed } from '../data/work-schedules';

const UID = 'api::work-schedule.work-schedule';

const keyOf = (site: string, weekStart: string): string => `${site}:${weekStart}`;

interface OfficialRow {
  documentId: string;
  rank: string;
  order: number | null;
  site: { slug: string } | null;
}

/** Each site's People's Committee chair and first vice-chair (the officials of its `ward-committee` unit). */
const committeeLeaders = async (ctx: SeedContext): Promise<Map<string, { chair?: string; vice?: string }>> => {
  const rows = (await ctx.strapi.db.query('api::official.official').findMany({
    where: { unit: { kind: 'ward-committee' } },
    select: ['documentId', 'rank', 'order'],
    populate: { site: { select: ['slug'] } },
    orderBy: [{ order: 'asc' }, { id: 'asc' }],
  })) as OfficialRow[];
  const bySite = new Map<string, { chair?: string; vice?: string }>();
  for (const row of rows) {
    if (!row.site) continue;
    const leaders = bySite.get(row.site.slug) ?? {};
    if (row.rank === 'head') leaders.chair ??= row.documentId;
    else if (row.rank === 'deputy') leaders.vice ??= row.documentId;
    bySite.set(row.site.slug, leaders);
  }
  return bySite;
};

/** The demo weeks, published: the approver's step the demo takes as done. */
export const seedWorkSchedules = async (ctx: SeedContext, schedules: readonly WorkScheduleSeed[], sites: Index): Promise<Index> => {
  const leaders = await committeeLeaders(ctx);
  return createMissing(ctx, {
    label: 'work schedules',
    uid: UID,
    items: schedules,
    keyOf: (s) => keyOf(s.site, s.weekStart),
    existing: () =>
      storedKeys(
        ctx.strapi,
        UID,
        (row) => keyOf(String((row.site as { slug?: string } | null)?.slug), String(row.weekStart)),
        ['weekStart'],
        { site: { select: ['slug'] } }
      ),
    create: async (s) => {
      const site = sites.get(s.site);
      if (!site) throw new Error(`Work schedule ${s.weekStart}: site ${s.site} is not in the demo data`);
      const ofSite = leaders.get(s.site) ?? {};
      const officials = (roles: Array<'chair' | 'vice'>): string[] => {
        const ids = roles.map((role) => ofSite[role]);
        if (ids.some((id) => !id))
          throw new Error(`Work schedule of ${s.site}: its People's Committee has no chair or vice-chair official`);
        return ids as string[];
      };
      const created = await ctx.strapi.documents(UID).create({
        status: 'published',
        data: {
          site,
          weekStart: s.weekStart,
          entries: s.entries.map((e) => ({
            ...e,
            leaders: officials(e.leaders),
            startTime: `${e.startTime}:00.000`,
            endTime: e.endTime && `${e.endTime}:00.000`,
          })),
        } as never,
      });
      return created.documentId;
    },
  });
};
