import type { PeriodCounts, Quota, QuotaStanding } from '../../shared/contracts';

/**
 * A unit's standing against its quota for one period. The minimum is counted on published
 * items (what the unit actually supplied to readers), as Quyết định 834/QĐ-UBND counts "tin, bài
 * cung cấp"; the maximum (at most 5 a month from 2024) is the number the board accepts.
 */

export const quotaStanding = (quota: Quota | null, counts: PeriodCounts): QuotaStanding => {
  if (!quota) return { state: 'no-quota', missing: 0, formsBehind: [] };
  const formsBehind = quota.minByForm
    .map(({ form, minItems }) => ({ form, minItems, published: counts.publishedByForm[form] ?? 0 }))
    .filter((row) => row.published < row.minItems);
  const totalGap = Math.max(0, quota.minItems - counts.published);
  const formGap = formsBehind.reduce((sum, row) => sum + (row.minItems - row.published), 0);
  const missing = Math.max(totalGap, formGap);
  if (missing > 0) return { state: 'behind', missing, formsBehind };
  if (quota.maxItems !== null && counts.published > quota.maxItems) return { state: 'over', missing: 0, formsBehind };
  return { state: 'met', missing: 0, formsBehind };
};
