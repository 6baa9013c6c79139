import { periodRange, monthOf } from '../../plugins/reports/server/services/periods';
import { setWorkflowFields, loadItem } from '../../plugins/workflow/server/services/items';
import { proposeToCity } from '../../plugins/workflow/server/services/proposal';
import type { SeedContext } from '../context';
import type { ArticleSeed } from '../types';

const UID = 'api::article.article';
const TRANSITION = 'plugin::workflow.transition';
const HOUR = 3600_000;

/**
 * Proposes the first article of each named ward to the city portal and publishes the city's copy,
 * so the demo shows a ward item credited on the city portal. Skips wards already proposed. Then
 * fills the wards' supply to the city portal in the current and the previous month (see
 * `MONTHLY_SUPPLY`), so the quota dashboard has wards at the cap and below the minimum.
 */
export const seedProposals = async (
  ctx: SeedContext,
  articles: readonly ArticleSeed[],
  wards: readonly string[],
  today = new Date()
): Promise<void> => {
  const { strapi } = ctx;
  for (const ward of wards) {
    const seed = articles.find((article) => article.site === ward);
    if (!seed) continue;
    const original = (await strapi.db.query(UID).findOne({ where: { slug: seed.slug, publishedAt: null }, select: ['documentId'] })) as {
      documentId: string;
    } | null;
    if (!original) continue;
    if (await strapi.db.query(UID).findOne({ where: { proposedFrom: { documentId: original.documentId } }, select: ['id'] })) continue;
    const item = await loadItem(strapi, UID, original.documentId);
    if (!item) continue;
    await strapi.db.transaction(async () => {
      const copy = await proposeToCity(strapi, item, { kind: 'system' });
      const postedAt = new Date(new Date(seed.postedAt).getTime() + 3 * HOUR).toISOString();
      await publishCopy(ctx, copy, postedAt);
    });
    ctx.log(`proposals: ${ward} → city portal`);
  }
  await seedMonthlySupply(ctx, today);
};

const publishCopy = async ({ strapi }: SeedContext, copy: string, postedAt: string) => {
  await strapi.documents(UID).update({ documentId: copy, status: 'draft', data: { postedAt } as never });
  await strapi.documents(UID).publish({ documentId: copy });
  await setWorkflowFields(strapi, { uid: UID, documentId: copy }, { workflowState: 'published', scheduledAt: null });
};

interface MonthSupply {
  /** Proposals the ward made in the month. */
  proposed: number;
  /** Of those, the first ones the city board published (the rest still wait for it). */
  published: number;
}

/**
 * Quyết định 834/QĐ-UBND: each ward supplies 3 to 5 items a month to the city portal. Phường 7 is
 * at the cap both months (its approver sees the warning on the next proposal), Phường Thắng Tam
 * and Phường 8 fall below the minimum this month, Xã Long Sơn meets it.
 */
const MONTHLY_SUPPLY: ReadonlyArray<{ ward: string; previous: MonthSupply; current: MonthSupply }> = [
  { ward: 'phuong-7', previous: { proposed: 5, published: 5 }, current: { proposed: 5, published: 4 } },
  { ward: 'phuong-thang-tam', previous: { proposed: 4, published: 3 }, current: { proposed: 2, published: 1 } },
  { ward: 'phuong-8', previous: { proposed: 2, published: 2 }, current: { proposed: 1, published: 0 } },
  { ward: 'xa-long-son', previous: { proposed: 3, published: 3 }, current: { proposed: 3, published: 3 } },
];

/** The ward's proposals whose proposal time falls in [start, end). */
const proposalsIn = async ({ strapi }: SeedContext, wardId: number, start: Date, end: Date): Promise<number> => {
  const copies = (await strapi.db.query(UID).findMany({
    where: { publishedAt: null, creditSite: { id: wardId }, proposedFrom: { id: { $notNull: true } } },
    select: ['documentId'],
  })) as Array<{ documentId: string }>;
  if (copies.length === 0) return 0;
  return strapi.db.query(TRANSITION).count({
    where: {
      action: 'propose',
      targetDocumentId: { $in: copies.map((copy) => copy.documentId) },
      createdAt: { $gte: start.toISOString(), $lt: end.toISOString() },
    },
  });
};

/** The ward's published articles not yet proposed, posted before `before`, newest first. */
const candidates = async ({ strapi }: SeedContext, wardId: number, before: Date, count: number): Promise<string[]> => {
  const rows = (await strapi.db.query(UID).findMany({
    where: { publishedAt: { $notNull: true }, site: { id: wardId }, postedAt: { $lt: before.toISOString() } },
    select: ['documentId'],
    orderBy: { postedAt: 'desc' },
    limit: count + 40,
  })) as Array<{ documentId: string }>;
  const proposed = (await strapi.db.query(UID).findMany({
    where: { proposedFrom: { documentId: { $in: rows.map((row) => row.documentId) } } },
    populate: { proposedFrom: { select: ['documentId'] } },
    select: ['id'],
  })) as Array<{ proposedFrom: { documentId: string } | null }>;
  const taken = new Set(proposed.map((row) => row.proposedFrom?.documentId));
  return rows
    .map((row) => row.documentId)
    .filter((id) => !taken.has(id))
    .slice(0, count);
};

/** Tops up each ward's proposals of a month to the plan, spread over the month up to today. */
const supplyMonth = async (ctx: SeedContext, today: Date, ward: { id: number; slug: string }, month: string, plan: MonthSupply) => {
  const { start, end } = periodRange(month);
  const missing = plan.proposed - (await proposalsIn(ctx, ward.id, start, end));
  if (missing <= 0) return;
  const last = Math.min(end.getTime(), today.getTime());
  const times = Array.from({ length: missing }, (_, k) => new Date(start.getTime() + ((last - start.getTime()) * (k + 1)) / (missing + 1)));
  const originals = await candidates(ctx, ward.id, times[0], missing);
  for (const [k, documentId] of originals.entries()) {
    const item = await loadItem(ctx.strapi, UID, documentId);
    if (!item) continue;
    const at = times[k];
    await ctx.strapi.db.transaction(async () => {
      const copy = await proposeToCity(ctx.strapi, item, { kind: 'system' });
      await ctx.strapi.db
        .query(TRANSITION)
        .updateMany({ where: { targetDocumentId: copy, action: 'propose' }, data: { createdAt: at.toISOString() } });
      const postedAt = new Date(at.getTime() + 3 * HOUR);
      // The board publishes the month's first ones; the last wait for it (counted as proposed only).
      if (k + (plan.proposed - missing) < plan.published && postedAt < today) await publishCopy(ctx, copy, postedAt.toISOString());
    });
  }
  ctx.log(
    `proposals: ${ward.slug} ${month}: ${originals.length} more to the city portal (${plan.proposed - plan.published} of the month waiting)`
  );
};

/**
 * The quota dashboard shows the real current month, so the supply is dated from the real day (as
 * the work schedules are), not from the demo's fixed epoch; a later run tops up the new month.
 */
const seedMonthlySupply = async (ctx: SeedContext, today: Date): Promise<void> => {
  const current = monthOf(today);
  const previous = monthOf(new Date(periodRange(current).start.getTime() - 1));
  for (const { ward: slug, previous: before, current: now } of MONTHLY_SUPPLY) {
    const ward = (await ctx.strapi.db.query('api::site.site').findOne({ where: { slug }, select: ['id', 'slug'] })) as {
      id: number;
      slug: string;
    } | null;
    if (!ward) continue;
    await supplyMonth(ctx, today, ward, previous, before);
    await supplyMonth(ctx, today, ward, current, now);
  }
};
