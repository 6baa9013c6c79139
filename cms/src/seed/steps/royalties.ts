import { recentPeriods } from '../../plugins/reports/server/services/periods';
import { syncArticleRoyalties } from '../../plugins/reports/server/royalties/records';
import { runAsRoyalties } from '../../plugins/reports/server/royalties/scope';
import type { Index, SeedContext } from '../context';
import { createMissing, storedKeys } from '../context';
import type { BudgetSeed, RateTableSeed, UnitValueSeed } from '../data/royalties';
import { progress } from '../progress';

const RATE = 'api::royalty-rate.royalty-rate';
const UNIT_VALUE = 'api::royalty-unit-value.royalty-unit-value';
const BUDGET = 'api::royalty-budget.royalty-budget';
const RECORD = 'api::royalty-record.royalty-record';
const ARTICLE = 'api::article.article';

const siteOf = (sites: Index, slug: string): string => {
  const documentId = sites.get(slug);
  if (!documentId) throw new Error(`Royalty settings: site ${slug} is not in the demo data`);
  return documentId;
};

const siteSlug = (row: Record<string, unknown>): string => String((row.site as { slug?: string } | null)?.slug ?? '');

/** The sample rate tables, unit values and budgets, one set per site; existing ones are left as they are. */
export const seedRoyaltySettings = async (
  ctx: SeedContext,
  settings: { rates: readonly RateTableSeed[]; unitValues: readonly UnitValueSeed[]; budgets: readonly BudgetSeed[] },
  sites: Index
): Promise<void> => {
  const { strapi } = ctx;
  const bySite = { site: { select: ['slug'] } };
  await createMissing(ctx, {
    label: 'royalty rate tables',
    uid: RATE,
    items: settings.rates,
    keyOf: (rate) => `${rate.site}|${rate.validFrom}`,
    existing: () => storedKeys(strapi, RATE, (row) => `${siteSlug(row)}|${String(row.validFrom)}`, ['validFrom'], bySite),
    create: async (rate) =>
      (
        await strapi.documents(RATE).create({
          data: {
            name: rate.name,
            site: siteOf(sites, rate.site),
            basis: rate.basis,
            sample: true,
            validFrom: rate.validFrom,
            rates: rate.rates.map((r) => ({ form: r.form, minCoefficient: r.min, maxCoefficient: r.max, defaultCoefficient: r.base })),
          } as never,
        })
      ).documentId,
  });
  await createMissing(ctx, {
    label: 'royalty unit values',
    uid: UNIT_VALUE,
    items: settings.unitValues,
    keyOf: (value) => `${value.site}|${value.validFrom}`,
    existing: () => storedKeys(strapi, UNIT_VALUE, (row) => `${siteSlug(row)}|${String(row.validFrom)}`, ['validFrom'], bySite),
    create: async (value) =>
      (
        await strapi.documents(UNIT_VALUE).create({
          data: {
            site: siteOf(sites, value.site),
            amount: value.amount,
            basis: value.basis,
            sample: true,
            validFrom: value.validFrom,
            validTo: value.validTo ?? null,
          } as never,
        })
      ).documentId,
  });
  await createMissing(ctx, {
    label: 'royalty budgets',
    uid: BUDGET,
    items: settings.budgets,
    keyOf: (budget) => `${budget.site}|${budget.year}`,
    existing: () => storedKeys(strapi, BUDGET, (row) => `${siteSlug(row)}|${String(row.year)}`, ['year'], bySite),
    create: async (budget) =>
      (
        await strapi.documents(BUDGET).create({
          data: {
            site: siteOf(sites, budget.site),
            year: budget.year,
            portalAmount: budget.portalAmount,
            amount: budget.amount,
            warnAtPercent: 90,
            sample: true,
            note: budget.note,
          } as never,
        })
      ).documentId,
  });
};

/** Paid on the 10th of the month after, as finance pays the month's statement once approved. */
const paidOn = (period: string): string => {
  const [year, month] = period.split('-').map(Number);
  return new Date(Date.UTC(month === 12 ? year + 1 : year, month === 12 ? 0 : month, 10, 2, 0)).toISOString();
};

/**
 * Royalty records for the demo's published pieces (and the city's copies of the ward proposals),
 * never for anything else a live database holds, computed as the workflow would have at their
 * posting time. The last month before the demo's date is still pending (for the head of the board
 * to approve), the one before approved (for finance to pay), older ones paid, so the reports show
 * every state; a piece that already has records is skipped, which keeps the seed idempotent.
 */
export const seedRoyaltyRecords = async (ctx: SeedContext, demoArticles: ReadonlySet<string>): Promise<void> => {
  const { strapi } = ctx;
  const published = (
    (await strapi.db.query(ARTICLE).findMany({
      where: { publishedAt: { $notNull: true } },
      select: ['documentId', 'postedAt'],
      populate: { proposedFrom: { select: ['documentId'] } },
    })) as Array<{ documentId: string; postedAt: string | null; proposedFrom: { documentId: string } | null }>
  ).filter((row) => demoArticles.has(row.documentId) || (row.proposedFrom && demoArticles.has(row.proposedFrom.documentId)));
  const done = new Set(
    ((await strapi.db.query(RECORD).findMany({ select: ['articleDocumentId'] })) as Array<{ articleDocumentId: string }>).map(
      (r) => r.articleDocumentId
    )
  );
  const todo = published.filter((row) => row.postedAt && !done.has(row.documentId));
  if (todo.length === 0) return;
  const [lastMonth, approvedMonth] = recentPeriods('month', new Date(ctx.now.getTime() - 24 * 3600_000), 1);
  const tick = progress(ctx.log, 'royalty records', todo.length);
  for (const row of todo) {
    await strapi.db.transaction(async () => {
      if ((await syncArticleRoyalties(strapi, row.documentId, new Date(row.postedAt!))) !== 'created') return;
      const records = (await strapi.db
        .query(RECORD)
        .findMany({ where: { articleDocumentId: row.documentId }, select: ['documentId', 'period', 'earnedAt'] })) as Array<{
        documentId: string;
        period: string;
        earnedAt: string;
      }>;
      for (const record of records) {
        if (record.period >= lastMonth) continue;
        const approvedAt = new Date(new Date(record.earnedAt).getTime() + 2 * 24 * 3600_000).toISOString();
        const data =
          record.period < approvedMonth
            ? {
                status: 'paid',
                approvedBy: 'Trưởng ban (dữ liệu mẫu)',
                approvedAt,
                paidBy: 'Kế toán (dữ liệu mẫu)',
                paidAt: paidOn(record.period),
                paymentRef: `Mẫu PC-${record.period}`,
              }
            : { status: 'approved', approvedBy: 'Trưởng ban (dữ liệu mẫu)', approvedAt };
        await runAsRoyalties(() => strapi.documents(RECORD).update({ documentId: record.documentId, data: data as never }));
      }
    });
    tick();
  }
};
