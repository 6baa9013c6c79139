import type { Core } from '@strapi/strapi';
import type { SiteBudget } from '../../shared/contracts';
import { BUDGET_LEVEL_LABELS } from '../messages';
import { num } from '../royalties/rates';
import type { SiteAccess } from './access';
import { budgetStatus } from './budget-math';
import { monthOf, monthsOf } from './periods';
import { recordsFor } from './queries';
import { BUDGET } from './uids';

/** The month whose spending so far the projection uses: the current one, or the year's last for a past year. */
const referenceMonth = (year: number, now: Date): string => {
  const current = monthOf(now);
  const currentYear = Number(current.slice(0, 4));
  if (year < currentYear) return `${year}-12`;
  if (year > currentYear) return `${year}-01`;
  return current;
};

/** Each site's budget for the year against the royalties paid (spent) and approved or pending (committed). */
export const budgetsFor = async (strapi: Core.Strapi, sites: SiteAccess[], year: number, now = new Date()): Promise<SiteBudget[]> => {
  const records = await recordsFor(
    strapi,
    sites.map((site) => site.id),
    monthsOf(year)
  );
  const budgets = (await strapi.db.query(BUDGET).findMany({
    where: { year, site: { id: { $in: sites.map((site) => site.id) } } },
    populate: { site: { select: ['id'] } },
  })) as Array<{ amount: unknown; warnAtPercent: number; sample: boolean; note: string | null; site: { id: number } | null }>;
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
    return {
      site: { documentId: site.documentId, name: site.name },
      year,
      spent,
      committed,
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
