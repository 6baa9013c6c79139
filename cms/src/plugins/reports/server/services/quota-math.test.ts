import type { Quota } from '../../shared/contracts';
import { quotaStanding } from './quota-math';

const counts = (published: number, publishedByForm: Record<string, number> = {}) => ({
  submitted: published,
  approved: published,
  published,
  publishedByForm,
});

describe('royalties and quotas: quota standing', () => {
  const city: Quota = { minItems: 3, maxItems: 5, period: 'month', minByForm: [] };

  it('holds a department to at least 3 and at most 5 items a month', () => {
    expect(quotaStanding(city, counts(2))).toEqual({ state: 'behind', missing: 1, formsBehind: [] });
    expect(quotaStanding(city, counts(3)).state).toBe('met');
    expect(quotaStanding(city, counts(5)).state).toBe('met');
    expect(quotaStanding(city, counts(6)).state).toBe('over');
  });

  it('checks per-form minimums such as Cẩm Mỹ communes (1 tin and 1 bài a quarter)', () => {
    const commune: Quota = {
      minItems: 2,
      maxItems: null,
      period: 'quarter',
      minByForm: [
        { form: 'tin', minItems: 1 },
        { form: 'bai', minItems: 1 },
      ],
    };
    const twoNews = quotaStanding(commune, counts(2, { tin: 2 }));
    expect(twoNews).toEqual({ state: 'behind', missing: 1, formsBehind: [{ form: 'bai', minItems: 1, published: 0 }] });
    expect(quotaStanding(commune, counts(2, { tin: 1, bai: 1 })).state).toBe('met');
  });

  it('has nothing to say about a unit without a quota', () => {
    expect(quotaStanding(null, counts(0)).state).toBe('no-quota');
  });
});
