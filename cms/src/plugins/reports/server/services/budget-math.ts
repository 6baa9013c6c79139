/**
 * Where a site's annual royalty budget stands. Paid records are spent; approved and pending
 * ones are committed (owed for published pieces); what is left is the budget minus both.
 */

import type { BudgetLevel, BudgetStatus, PortalBudget } from '../../shared/contracts';

export interface BudgetInput {
  /** The year's budget in VND. */
  amount: number;
  /** Percentage of the budget at which the board is warned. */
  warnAtPercent: number;
  spent: number;
  committed: number;
  /** The current month (`YYYY-MM`); months after it are the future. */
  currentMonth: string;
}

const monthNumber = (key: string): number => Number(key.slice(5, 7));

export const budgetStatus = (input: BudgetInput): BudgetStatus => {
  const used = input.spent + input.committed;
  const remaining = input.amount - used;
  const usedPercent = input.amount > 0 ? Math.floor((used * 100) / input.amount) : used > 0 ? 100 : 0;
  const level: BudgetLevel = used > input.amount ? 'exceeded' : usedPercent >= input.warnAtPercent ? 'warning' : 'ok';
  return {
    amount: input.amount,
    spent: input.spent,
    committed: input.committed,
    remaining,
    usedPercent,
    level,
    projectedExhaustion: projectExhaustion(input, used),
  };
};

/**
 * At the average monthly spending of the elapsed months (January to the current month), the
 * month in which the total would pass the budget; null when it lasts the year.
 */
export const projectExhaustion = (input: BudgetInput, used: number): string | null => {
  const year = input.currentMonth.slice(0, 4);
  const elapsed = monthNumber(input.currentMonth);
  if (used > input.amount) return input.currentMonth;
  if (used === 0 || elapsed === 0) return null;
  const pace = used / elapsed;
  for (let month = elapsed + 1; month <= 12; month += 1) {
    if (pace * month > input.amount) return `${year}-${String(month).padStart(2, '0')}`;
  }
  return null;
};

export interface PortalBudgetInput {
  /** The portal's whole budget for the year (dự toán chi phí hoạt động của Cổng). */
  amount: number;
  /** The royalty part of it. */
  royaltyAmount: number;
  warnAtPercent: number;
  /** Royalties paid, approved or pending (spent + committed of the royalty part). */
  royalties: number;
  /** Overtime paid. */
  overtime: number;
}

/**
 * Where the portal's whole budget stands: royalties (spent and committed) and overtime against
 * the whole; what is left of the part outside royalties after overtime; the same warning levels
 * as the royalty part.
 */
export const portalBudgetStatus = (input: PortalBudgetInput): PortalBudget => {
  const used = input.royalties + input.overtime;
  const otherAmount = input.amount - input.royaltyAmount;
  const usedPercent = input.amount > 0 ? Math.floor((used * 100) / input.amount) : used > 0 ? 100 : 0;
  return {
    amount: input.amount,
    royaltyAmount: input.royaltyAmount,
    otherAmount,
    royalties: input.royalties,
    overtime: input.overtime,
    remaining: input.amount - used,
    otherRemaining: otherAmount - input.overtime,
    usedPercent,
    level: used > input.amount ? 'exceeded' : usedPercent >= input.warnAtPercent ? 'warning' : 'ok',
  };
};
