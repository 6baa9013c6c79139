import { budgetStatus, portalBudgetStatus } from './budget-math';

describe('royalty budget', () => {
  const base = { amount: 790_000_000, warnAtPercent: 90, currentMonth: '2023-11' };

  it('reports spent, committed and remaining, and warns before the budget runs out', () => {
    const status = budgetStatus({ ...base, spent: 689_022_505, committed: 30_000_000 });
    expect(status).toMatchObject({ remaining: 70_977_495, usedPercent: 91, level: 'warning' });
    // 2023's pace (about 65 million a month) just lasts the year.
    expect(status.projectedExhaustion).toBeNull();
  });

  it('is calm while well within the budget and says when it would run out at this pace', () => {
    const calm = budgetStatus({ ...base, currentMonth: '2023-03', spent: 150_000_000, committed: 0 });
    expect(calm).toMatchObject({ level: 'ok', usedPercent: 18, remaining: 640_000_000 });
    // 50 million a month lasts the whole year (600 million).
    expect(calm.projectedExhaustion).toBeNull();
    const fast = budgetStatus({ ...base, currentMonth: '2023-03', spent: 210_000_000, committed: 0 });
    expect(fast.projectedExhaustion).toBe('2023-12'); // 70 million a month passes 790 million in the twelfth month
  });

  it('says so when the budget is exceeded', () => {
    expect(budgetStatus({ ...base, spent: 700_000_000, committed: 100_000_000 })).toMatchObject({
      level: 'exceeded',
      remaining: -10_000_000,
      projectedExhaustion: '2023-11',
    });
  });
});

describe('board: the portal budget apart from its royalty part', () => {
  const base = { amount: 790_000_000, royaltyAmount: 740_000_000, warnAtPercent: 90 };

  it('counts royalties and overtime against the whole budget, overtime against the part outside royalties', () => {
    const status = portalBudgetStatus({ ...base, royalties: 689_022_505, overtime: 33_000_000 });
    expect(status).toMatchObject({
      otherAmount: 50_000_000,
      remaining: 790_000_000 - 689_022_505 - 33_000_000,
      otherRemaining: 17_000_000,
      usedPercent: 91,
      level: 'warning',
    });
    expect(status.remaining).toBe(status.amount - status.royalties - status.overtime);
  });

  it('is calm within the budget and says when royalties and overtime together pass it', () => {
    expect(portalBudgetStatus({ ...base, royalties: 100_000_000, overtime: 3_000_000 }).level).toBe('ok');
    const over = portalBudgetStatus({ ...base, royalties: 760_000_000, overtime: 36_000_000 });
    expect(over).toMatchObject({ level: 'exceeded', remaining: -6_000_000, otherRemaining: 14_000_000 });
  });
});
