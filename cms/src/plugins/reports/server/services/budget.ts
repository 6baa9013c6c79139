import type { Core } from '@strapi/strapi';
import type { SiteBudget } from '../../shared/contracts';
import { BUDGET_LEVEL_LABELS } from '../messages';
import { num } from '../royalties/rates';
import type { SiteAccess } from './access';
import { budgetStatus, portalBudgetStatus } from './budget-math';
import { monthOf, monthsOf } from './periods';
import { recordsFor } from './queries';
import { BUDGET, OVERTIME } from './uids';

/** The month whose spending so far the projection uses: the current one, or the year's last for a past year. */
const referenceMonth = (year: number, now: Date): string => {
  const current = monthOf(now);
  const currentYear = Number(current.slice(0, 4));
  if (year < currentYear) return `${year}-12`;
  if (year > currentYear) return `${year}-01`;
  return current;
};

/** The overtime paid in the year per site id. */
export const overtimeBySite = async (strapi: Core.Strapi, siteIds: number[], year: number): Promise<Map<number, number>> => {
  const rows = (await strapi.db.query(OVERTIME).findMany({
    where: { site: { id: { $in: siteIds } }, month: { $startsWith: `${year}-` } },
    select: ['amount'],
    populate: { site: { select: ['id'] } },
  })) as Array<{ amount: unknown; site: { id: number } | null }>;
  const sums = new Map<number, number>();
  for (const row of rows) if (row.site) sums.set(row.site.id, (sums.get(row.site.id) ?? 0) + num(row.amount));
  return sums;
};

/**
 * Each site's royalty budget for the year against the royalties paid (spent) and approved or
 * pending (committed), and, where the budget names the portal's whole budget, royalties and
 * overtime against that whole.
 */
export const budgetsFor = async (strapi: Core.Strapi, sites: SiteAccess[], year: number, now = new Date()): Promise<SiteBudget[]> => {
  const records = await recordsFor(
    strapi,
    sites.map((site) => site.id),
    monthsOf(year)
  );
  const budgets = (await strapi.db.query(BUDGET).findMany({
    where: { year, site: { id: { $in: sites.map((site) => site.id) } } },
    populate: { site: { select: ['id'] } },
  })) as Array<{
    amount: unknown;
    portalAmount: unknown;
    warnAtPercent: number;
    sample: boolean;
    note: string | null;
    site: { id: number } | null;
  }>;
  const overtime = await overtimeBySite(
    strapi,
    sites.map((site) => site.id),
    year
  );
  return sites.map((site) => {
    const own = records.filter((record) => record.site?.id === site.id);
    const spent = own.filter((r) => r.status === 'paid').reduce((sum, r) => sum + r.amount, 0);
    const committed = own.filter((r) => r.status !== 'paid').reduce((sum, r) => sum + r.amount, 0);
    const budget = budgets.find((row) => row.site?.id === site.id);
    const status = budget
      ? budgetStatus({
          amount: num(budget.amount),
          warnAtPercent: budget.warnAtPercent,
          spent,
          committed,
          currentMonth: referenceMonth(year, now),
        })
      : null;
    const siteOvertime = overtime.get(site.id) ?? 0;
    const whole = budget && budget.portalAmount !== null && budget.portalAmount !== undefined ? num(budget.portalAmount) : null;
    const portal =
      budget && whole !== null
        ? portalBudgetStatus({
            amount: whole,
            royaltyAmount: num(budget.amount),
            warnAtPercent: budget.warnAtPercent,
            royalties: spent + committed,
            overtime: siteOvertime,
          })
        : null;
    return {
      site: { documentId: site.documentId, name: site.name },
      year,
      spent,
      committed,
      overtime: siteOvertime,
      portal: portal ? { ...portal, levelLabel: BUDGET_LEVEL_LABELS[portal.level] } : null,
      status:
        status && budget
          ? {
              ...status,
              levelLabel: BUDGET_LEVEL_LABELS[status.level],
              warnAtPercent: budget.warnAtPercent,
              sample: budget.sample,
              note: budget.note,
            }
          : null,
    };
  });
};
