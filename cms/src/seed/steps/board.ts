import { setWorkflowFields } from '../../plugins/workflow/server/services/items';
import { paragraphsToBlocks } from '../../utils/blocks';
import type { Index, SeedContext } from '../context';
import { createMissing, storedKeys } from '../context';
import type { AssignmentSeed, DirectionSeed } from '../data/board';

const DIRECTION = 'api::direction.direction';
const ASSIGNMENT = 'api::assignment.assignment';
const ARTICLE = 'api::article.article';
const CONTRIBUTOR = 'api::contributor.contributor';
const UNIT = 'api::unit.unit';

/** The demo contributor account of each board site (docs/workflow.md), whose record the assignments name. */
const DEMO_CONTRIBUTOR: Record<string, string> = { 'phuong-7': 'ctv.phuong7@vungtau.local', 'vung-tau': 'ctv.thanhpho@vungtau.local' };

const siteKey = (row: Record<string, unknown>): string => String((row.site as { slug?: string } | null)?.slug);

export const seedDirections = async (ctx: SeedContext, directions: readonly DirectionSeed[], sites: Index): Promise<Index> =>
  createMissing(ctx, {
    label: 'directions',
    uid: DIRECTION,
    items: directions,
    keyOf: (d) => `${d.site}:${d.month}`,
    existing: () =>
      storedKeys(ctx.strapi, DIRECTION, (row) => `${siteKey(row)}:${String(row.month)}`, ['month'], { site: { select: ['slug'] } }),
    create: async (d) => {
      const created = await ctx.strapi.documents(DIRECTION).create({
        data: { site: sites.get(d.site), month: d.month, title: d.title, summary: d.summary, topics: d.topics, events: d.events } as never,
      });
      return created.documentId;
    },
  });

interface Assignee {
  contributor: { id: number; documentId: string; fullName: string; unit: { id: number; documentId: string } } | null;
  unit: { id: number; documentId: string };
  adminUserId: number | null;
}

/**
 * The site's demo contributor: the record linked to the demo account, made (in a unit of the site)
 * and linked when the account exists without one; without demo accounts, the site's first contributor.
 */
const assigneeOf = async (ctx: SeedContext, site: string): Promise<Assignee | null> => {
  const { strapi } = ctx;
  const unitRows = (await strapi.db.query(UNIT).findMany({
    where: { site: { slug: site }, contributors: { id: { $notNull: true } } },
    select: ['id', 'documentId'],
    orderBy: { id: 'asc' },
    limit: 1,
  })) as Array<{ id: number; documentId: string }>;
  const unit = unitRows[0];
  if (!unit) return null;
  const populate = { unit: { select: ['id', 'documentId'] } };
  const account = (await strapi.db
    .query('admin::user')
    .findOne({ where: { email: DEMO_CONTRIBUTOR[site] }, select: ['id', 'firstname', 'lastname'] })) as {
    id: number;
    firstname: string;
    lastname: string;
  } | null;
  if (account) {
    let record = (await strapi.db
      .query(CONTRIBUTOR)
      .findOne({ where: { adminUser: { id: account.id } }, populate })) as Assignee['contributor'];
    if (!record) {
      const created = await strapi.documents(CONTRIBUTOR).create({
        data: {
          fullName: `${account.firstname} ${account.lastname}`,
          email: DEMO_CONTRIBUTOR[site],
          unit: unit.documentId,
          active: true,
        } as never,
      });
      await strapi.db.query(CONTRIBUTOR).update({ where: { documentId: created.documentId }, data: { adminUser: account.id } });
      record = (await strapi.db
        .query(CONTRIBUTOR)
        .findOne({ where: { documentId: created.documentId }, populate })) as Assignee['contributor'];
    }
    return { contributor: record, unit: record?.unit ?? unit, adminUserId: account.id };
  }
  const record = (await strapi.db
    .query(CONTRIBUTOR)
    .findOne({ where: { unit: { id: unit.id } }, populate, orderBy: { id: 'asc' } })) as Assignee['contributor'];
  return { contributor: record, unit, adminUserId: null };
};

/** The article behind an assignment's demo state: a new draft (kept in its state), or a published one of the site. */
const articleFor = async (ctx: SeedContext, seed: AssignmentSeed, assignmentId: number, siteId: string, who: Assignee): Promise<void> => {
  const { strapi } = ctx;
  if (seed.article === 'none') return;
  if (seed.article === 'published') {
    const published = (await strapi.db.query(ARTICLE).findOne({
      where: {
        site: { documentId: siteId },
        workflowState: 'published',
        assignment: { id: { $null: true } },
        publishedAt: { $notNull: true },
      },
      select: ['documentId'],
      orderBy: { postedAt: 'desc' },
    })) as { documentId: string } | null;
    if (!published) return;
    const rows = (await strapi.db.query(ARTICLE).findMany({ where: { documentId: published.documentId }, select: ['id'] })) as Array<{
      id: number;
    }>;
    for (const row of rows) await strapi.db.query(ARTICLE).update({ where: { id: row.id }, data: { assignment: assignmentId } });
    return;
  }
  const created = await strapi.documents(ARTICLE).create({
    data: {
      title: seed.title,
      summary: seed.details,
      body: paragraphsToBlocks([seed.details]),
      form: 'tin',
      site: siteId,
      unit: who.contributor?.unit.documentId ?? who.unit.documentId,
      assignment: { id: assignmentId },
      authors: who.contributor ? [{ contributor: who.contributor.documentId, share: 100 }] : [],
      byline: who.contributor?.fullName ?? null,
      source: { kind: 'own-reporting' },
      ...(who.adminUserId ? { createdBy: who.adminUserId, updatedBy: who.adminUserId } : {}),
    } as never,
  });
  if (seed.article === 'submitted')
    await setWorkflowFields(strapi, { uid: ARTICLE, documentId: created.documentId }, { workflowState: 'submitted' });
};

/** One assignment in each state on each board site, to the demo contributor or their unit; skips those already stored. */
export const seedAssignments = async (ctx: SeedContext, assignments: readonly AssignmentSeed[], sites: Index): Promise<Index> => {
  const assignees = new Map<string, Assignee | null>();
  return createMissing(ctx, {
    label: 'assignments',
    uid: ASSIGNMENT,
    items: assignments,
    keyOf: (a) => `${a.site}:${a.title}`,
    existing: () =>
      storedKeys(ctx.strapi, ASSIGNMENT, (row) => `${siteKey(row)}:${String(row.title)}`, ['title'], { site: { select: ['slug'] } }),
    batch: 1,
    create: async (a) => {
      const site = sites.get(a.site);
      if (!site) throw new Error(`Assignment ${a.title}: site ${a.site} is not in the demo data`);
      if (!assignees.has(a.site)) assignees.set(a.site, await assigneeOf(ctx, a.site));
      const who = assignees.get(a.site);
      if (!who) throw new Error(`Assignment ${a.title}: site ${a.site} has no unit with contributors`);
      const to = a.to === 'contributor' && who.contributor ? { contributor: who.contributor.documentId } : { unit: who.unit.documentId };
      const created = await ctx.strapi.documents(ASSIGNMENT).create({
        data: { site, title: a.title, details: a.details, dueOn: a.dueOn, cancelled: a.cancelled, ...to } as never,
      });
      const row = (await ctx.strapi.db.query(ASSIGNMENT).findOne({ where: { documentId: created.documentId }, select: ['id'] })) as {
        id: number;
      };
      await articleFor(ctx, a, row.id, site, who);
      return created.documentId;
    },
  });
};
