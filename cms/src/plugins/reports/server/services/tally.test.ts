import { relabel, tally } from './tally';

describe('royalty report tables', () => {
  const items = [
    { form: 'tin', amount: 351_000 },
    { form: 'bai', amount: 702_000 },
    { form: 'tin', amount: 234_000 },
  ];

  it('makes totals that are the sum of the rows', () => {
    const result = tally(items, { key: (i) => i.form, label: (i) => i.form, amount: (i) => i.amount, order: 'largest' });
    expect(result.rows.map((r) => [r.key, r.count, r.amount])).toEqual([
      ['tin', 2, 585_000],
      ['bai', 1, 702_000],
    ]);
    expect(result.total).toEqual({ count: 3, amount: 1_287_000 });
  });

  it('keeps every expected row, even empty, in the given order, with Vietnamese labels', () => {
    const result = relabel(tally(items, { key: (i) => i.form, label: (i) => i.form, order: 'given', keys: ['tin', 'tin-ngan', 'bai'] }), {
      tin: 'Tin',
      'tin-ngan': 'Tin ngắn',
      bai: 'Bài',
    });
    expect(result.rows.map((r) => `${r.label}:${r.count}`)).toEqual(['Tin:2', 'Tin ngắn:0', 'Bài:1']);
  });
});
