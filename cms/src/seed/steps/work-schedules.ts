import type { Index, SeedContext } from '../context';
import { createMissing, storedKeys } from '../context';
import type { WorkScheduleSeed } from '../data/work-schedules';

const UID = 'api::work-schedule.work-schedule';

const keyOf = (site: string, weekStart: string): string => `${site}:${weekStart}`;

/** The demo weeks, published: the approver's step the demo takes as done. */
export const seedWorkSchedules = async (ctx: SeedContext, schedules: readonly WorkScheduleSeed[], sites: Index): Promise<Index> =>
  createMissing(ctx, {
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
      const created = await ctx.strapi.documents(UID).create({
        status: 'published',
        data: {
          site,
          weekStart: s.weekStart,
          entries: s.entries.map((e) => ({ ...e, startTime: `${e.startTime}:00.000`, endTime: e.endTime && `${e.endTime}:00.000` })),
        } as never,
      });
      return created.documentId;
    },
  });
