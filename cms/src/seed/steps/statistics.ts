import ExcelJS from 'exceljs';
import type { Index, SeedContext } from '../context';
import { createMissing, storedKeys } from '../context';
import { uploadOnce } from '../upload';
import { nationalUrl, provincialUrl, PROVINCIAL_PORTAL_HOST, type DatasetSeed, type PublicServiceSeed } from '../data/statistics';

const SITE_UID = 'api::site.site';
const DATASET_UID = 'api::dataset.dataset';
const SERVICE_UID = 'api::public-service.public-service';
const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A spreadsheet as a statistics office would send it: headers in the first row, labels in the first column. */
const workbookOf = async (dataset: DatasetSeed): Promise<Buffer> => {
  const workbook = new ExcelJS.Workbook();
  workbook.created = new Date('2026-01-15T00:00:00Z');
  workbook.modified = workbook.created;
  const sheet = workbook.addWorksheet('Số liệu');
  sheet.addRow([dataset.table.labelHeader, ...dataset.table.columns]);
  for (const row of dataset.table.rows) sheet.addRow([row.label, ...row.values]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
};

/** Sites without a public-service portal listed get the province's: their procedures link to it. */
const listPortals = async (ctx: SeedContext, sites: Index): Promise<void> => {
  const rows = (await ctx.strapi.db.query(SITE_UID).findMany({
    where: { $or: [{ publicServiceHosts: { $null: true } }, { publicServiceHosts: '' }] },
    select: ['documentId', 'slug'],
  })) as Array<{ documentId: string; slug: string }>;
  for (const row of rows.filter((r) => sites.has(r.slug))) {
    await ctx.strapi
      .documents(SITE_UID)
      .update({ documentId: row.documentId, data: { publicServiceHosts: PROVINCIAL_PORTAL_HOST } as never });
  }
};

/** Datasets (one read by the CMS from its XLSX source file) and procedures, published, per site. */
export const seedStatistics = async (
  ctx: SeedContext,
  content: { datasets: readonly DatasetSeed[]; services: readonly PublicServiceSeed[] },
  sites: Index
): Promise<void> => {
  await listPortals(ctx, sites);
  const siteOf = (slug: string, what: string): string => {
    const site = sites.get(slug);
    if (!site) throw new Error(`${what}: site ${slug} is not in the demo data`);
    return site;
  };

  await createMissing(ctx, {
    label: 'datasets',
    uid: DATASET_UID,
    items: content.datasets,
    keyOf: (d) => `${d.site}/${d.slug}`,
    existing: () =>
      storedKeys(ctx.strapi, DATASET_UID, (row) => `${(row.site as { slug?: string } | null)?.slug}/${row.slug}`, ['slug'], {
        site: { select: ['slug'] },
      }),
    batch: 10,
    create: async (d) => {
      const { sourceXlsx, table, site, ...fields } = d;
      const sourceFile = sourceXlsx ? await uploadOnce(ctx, { name: sourceXlsx, mimetype: XLSX_MIME }, () => workbookOf(d)) : undefined;
      const created = await ctx.strapi.documents(DATASET_UID).create({
        status: 'published',
        // With a source file the table is left empty: the CMS fills it from the file.
        data: { ...fields, site: siteOf(site, d.slug), table: sourceFile ? null : table, sourceFile } as never,
      });
      return created.documentId;
    },
  });

  await createMissing(ctx, {
    label: 'public services',
    uid: SERVICE_UID,
    items: content.services,
    keyOf: (s) => `${s.site}/${s.code}`,
    existing: () =>
      storedKeys(ctx.strapi, SERVICE_UID, (row) => `${(row.site as { slug?: string } | null)?.slug}/${row.code}`, ['code'], {
        site: { select: ['slug'] },
      }),
    create: async (s) => {
      const { site, ...fields } = s;
      const created = await ctx.strapi.documents(SERVICE_UID).create({
        status: 'published',
        data: { ...fields, site: siteOf(site, s.name), provincialUrl: provincialUrl(s.code), nationalUrl: nationalUrl(s.code) } as never,
      });
      return created.documentId;
    },
  });
};
