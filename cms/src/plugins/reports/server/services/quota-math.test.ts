import type { Quota } from '../../shared/contracts';
import fc from 'fast-check';
import { capWarning, measuredCounts, QUOTA_DECISION, quotaStanding, suppliedBy } from './quota-math';

const counts = (published: number, publishedByForm: Record<string, number> = {}) => ({
  submitted: published,
  approved: published,
  published,
  publishedByForm,
});

describe('royalties and quotas: quota standing', () => {
  const city: Quota = { minItems: 3, maxItems: 5, period: 'month', minByForm: [], countsOn: 'own-site' };

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
      countsOn: 'own-site',
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

describe('board: quotas counted on the city portal', () => {
  const ward: Quota = { minItems: 3, maxItems: 5, period: 'month', minByForm: [], countsOn: 'city-portal' };
  const own = counts(4, { tin: 4 });
  const supply = { proposed: 3, published: 1, publishedByForm: { tin: 1 } };

  it('board: measures a city-portal quota on the copies published on the city portal, any other on the own site', () => {
    expect(measuredCounts(ward, own, supply)).toEqual(supply);
    expect(quotaStanding(ward, measuredCounts(ward, own, supply))).toEqual({ state: 'behind', missing: 2, formsBehind: [] });
    expect(measuredCounts({ ...ward, countsOn: 'own-site' }, own, supply)).toBe(own);
    // A unit on the city site has no separate supply: its own counts are the city's.
    expect(measuredCounts(ward, own, null)).toBe(own);
    expect(measuredCounts(ward, null, null)).toEqual({ published: 0, publishedByForm: {} });
  });

  it('board: counts a ward People’s Committee for every item its ward sent up, another unit for its own', () => {
    const committee = { id: 1, kind: 'ward-committee', siteId: 7 };
    const union = { id: 2, kind: 'organisation', siteId: 7 };
    expect(suppliedBy(committee, { unitId: 2, creditSiteId: 7 })).toBe(true);
    expect(suppliedBy(committee, { unitId: 1, creditSiteId: 8 })).toBe(false);
    expect(suppliedBy(committee, { unitId: null, creditSiteId: null })).toBe(false);
    expect(suppliedBy(union, { unitId: 2, creditSiteId: 7 })).toBe(true);
    expect(suppliedBy(union, { unitId: 1, creditSiteId: 7 })).toBe(false);
  });

  it('board: warns the proposer when this proposal reaches the cap and when the cap is already reached', () => {
    const base = {
      action: 'propose' as const,
      holder: 'UBND Phường 7',
      cap: 5,
      period: '2026-12',
      where: 'Cổng TTĐT thành phố',
      decision: QUOTA_DECISION,
    };
    expect(capWarning({ ...base, count: 3 })).toBeNull();
    expect(capWarning({ ...base, count: 4 })).toBe(
      'UBND Phường 7 đã đề xuất 4 tin bài lên Cổng TTĐT thành phố trong tháng 12/2026; đây là tin bài thứ 5/5, bằng mức tối đa 5 tin bài/tháng theo Quyết định 834/QĐ-UBND.'
    );
    expect(capWarning({ ...base, count: 5 })).toBe(
      'UBND Phường 7 đã đề xuất 5 tin bài lên Cổng TTĐT thành phố trong tháng 12/2026, bằng mức tối đa 5 tin bài/tháng theo Quyết định 834/QĐ-UBND. Đề xuất thêm sẽ vượt mức tối đa.'
    );
    expect(capWarning({ ...base, count: 6 })).toContain(
      'đã đề xuất 6 tin bài lên Cổng TTĐT thành phố trong tháng 12/2026, vượt mức tối đa 5'
    );
    expect(capWarning({ ...base, count: 5, period: '2026-Q4' })).toContain('trong quý IV/2026, bằng mức tối đa 5 tin bài/quý');
    expect(capWarning({ ...base, action: 'submit', count: 5, where: 'Cổng TTĐT thành phố' })).toContain(
      'đã có 5 tin bài đã đăng hoặc đang chờ xử lý trên Cổng TTĐT thành phố trong tháng 12/2026, bằng mức tối đa 5'
    );
    // A ward's own site: the cap is its board's, not the city decision's.
    const ward = capWarning({ ...base, action: 'submit', count: 2, cap: 3, where: 'Phường 7', decision: null });
    expect(ward).toContain('bằng mức tối đa 3 tin bài/tháng mà Ban biên tập đặt cho đơn vị.');
    expect(ward).not.toContain('834');
  });

  it('board: warns exactly when this item would reach or pass the cap, for any count and cap', () => {
    fc.assert(
      fc.property(fc.nat(50), fc.integer({ min: 0, max: 50 }), (count, cap) => {
        const warning = capWarning({
          action: 'propose',
          holder: 'UBND Xã Long Sơn',
          count,
          cap,
          period: '2026-01',
          where: 'Cổng TTĐT thành phố',
          decision: QUOTA_DECISION,
        });
        expect(warning !== null).toBe(count + 1 >= cap);
        if (warning) expect(warning).toContain(`${count} tin bài`);
        if (warning) expect(warning.normalize('NFC')).toBe(warning);
      }),
      { seed: 834 }
    );
  });
});
