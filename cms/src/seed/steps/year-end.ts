import type { Index, SeedContext } from '../context';
import { createMissing, storedKeys } from '../context';
import type { OvertimeSeed, YearNoteSeed } from '../data/year-end';

const OVERTIME = 'api::overtime-entry.overtime-entry';
const YEAR_NOTE = 'api::year-report-note.year-report-note';

const siteOf = (sites: Index, slug: string): string => {
  const documentId = sites.get(slug);
  if (!documentId) throw new Error(`Year-end data: site ${slug} is not in the demo data`);
  return documentId;
};

const siteSlug = (row: Record<string, unknown>): string => String((row.site as { slug?: string } | null)?.slug ?? '');
const bySite = { site: { select: ['slug'] } };

/** Sample overtime entries and the city board's year-end texts; existing ones are left as they are. */
export const seedYearEnd = async (
  ctx: SeedContext,
  data: { overtime: readonly OvertimeSeed[]; notes: readonly YearNoteSeed[] },
  sites: Index
): Promise<void> => {
  const { strapi } = ctx;
  await createMissing(ctx, {
    label: 'overtime entries',
    uid: OVERTIME,
    items: data.overtime,
    keyOf: (entry) => `${entry.site}|${entry.month}|${entry.staffName}`,
    existing: () =>
      storedKeys(
        strapi,
        OVERTIME,
        (row) => `${siteSlug(row)}|${String(row.month)}|${String(row.staffName)}`,
        ['month', 'staffName'],
        bySite
      ),
    create: async (entry) =>
      (
        await strapi.documents(OVERTIME).create({
          data: {
            site: siteOf(sites, entry.site),
            month: entry.month,
            staffName: entry.staffName,
            hours: entry.hours,
            amount: entry.amount,
            note: entry.note,
            enteredBy: 'Kế toán (dữ liệu mẫu)',
          } as never,
        })
      ).documentId,
  });
  await createMissing(ctx, {
    label: 'year-end report texts',
    uid: YEAR_NOTE,
    items: data.notes,
    keyOf: (note) => `${note.site}|${note.year}`,
    existing: () => storedKeys(strapi, YEAR_NOTE, (row) => `${siteSlug(row)}|${String(row.year)}`, ['year'], bySite),
    create: async (note) =>
      (
        await strapi.documents(YEAR_NOTE).create({
          data: { ...note, site: siteOf(sites, note.site), updatedByName: 'Ban biên tập (dữ liệu mẫu)' } as never,
        })
      ).documentId,
  });
};
