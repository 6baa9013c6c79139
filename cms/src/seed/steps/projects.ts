import { paragraphsToBlocks } from '../../utils/blocks';
import type { Index, SeedContext } from '../context';
import { createMissing, storedKeys } from '../context';
import type { NoticeSeed, ProjectSeed } from '../data/projects';

const PROJECT_UID = 'api::project.project';
const NOTICE_UID = 'api::procurement-notice.procurement-notice';

/** The demo projects, published (an approver's publish is the workflow's; the seed writes as it). */
export const seedProjects = async (ctx: SeedContext, projects: readonly ProjectSeed[], sites: Index): Promise<Index> =>
  createMissing(ctx, {
    label: 'projects',
    uid: PROJECT_UID,
    items: projects,
    keyOf: (p) => p.slug,
    existing: () => storedKeys(ctx.strapi, PROJECT_UID, (row) => String(row.slug), ['slug']),
    create: async (p) => {
      const site = sites.get(p.site);
      if (!site) throw new Error(`Project ${p.slug}: site ${p.site} is not in the demo data`);
      const created = await ctx.strapi.documents(PROJECT_UID).create({
        status: 'published',
        data: {
          name: p.name,
          slug: p.slug,
          site,
          field: p.field,
          investor: p.investor,
          location: p.location,
          totalInvestment: p.totalInvestment,
          capitalSource: p.capitalSource,
          periodStart: p.periodStart,
          periodEnd: p.periodEnd,
          state: p.state,
          summary: p.summary,
          description: p.description.length > 0 ? paragraphsToBlocks(p.description) : null,
          progress: p.progress.map((u) => ({ date: u.date, text: u.text, percent: u.percent ?? null })),
        } as never,
      });
      return created.documentId;
    },
  });

/** The demo procurement notices, published, each linked to its project. */
export const seedProcurementNotices = async (
  ctx: SeedContext,
  notices: readonly NoticeSeed[],
  refs: { sites: Index; projects: Index }
): Promise<Index> =>
  createMissing(ctx, {
    label: 'procurement notices',
    uid: NOTICE_UID,
    items: notices,
    keyOf: (n) => n.slug,
    existing: () => storedKeys(ctx.strapi, NOTICE_UID, (row) => String(row.slug), ['slug']),
    create: async (n) => {
      const site = refs.sites.get(n.site);
      if (!site) throw new Error(`Procurement notice ${n.slug}: site ${n.site} is not in the demo data`);
      const project = n.project ? refs.projects.get(n.project) : undefined;
      if (n.project && !project) throw new Error(`Procurement notice ${n.slug}: project ${n.project} is not in the demo data`);
      const created = await ctx.strapi.documents(NOTICE_UID).create({
        status: 'published',
        data: {
          packageName: n.packageName,
          slug: n.slug,
          site,
          project: project ?? null,
          procuringEntity: n.procuringEntity,
          method: n.method,
          budget: n.budget,
          summary: n.summary,
          publishedDate: n.publishedDate,
          bidClosingAt: n.bidClosingAt ?? null,
          resultDate: n.result?.date ?? null,
          result: n.result
            ? {
                state: n.result.state,
                winner: n.result.winner ?? null,
                contractValue: n.result.contractValue ?? null,
                contractDuration: n.result.contractDuration ?? null,
                note: n.result.note ?? null,
              }
            : null,
        } as never,
      });
      return created.documentId;
    },
  });
