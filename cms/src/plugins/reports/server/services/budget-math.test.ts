import { budgetStatus } from './budget-math';

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
