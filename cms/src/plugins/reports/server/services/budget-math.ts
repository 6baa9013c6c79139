/**
 * Where a site's annual royalty budget stands. Paid records are spent; approved and pending
 * ones are committed (owed for published pieces); what is left is the budget minus both.
 */

import type { BudgetLevel, BudgetStatus } from '../../shared/contracts';

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
