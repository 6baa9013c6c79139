import { monthOf, monthRange, periodLabel, quarterOf, quarterRange, recentPeriods, vietnamDate, yearRange } from './periods';

describe('royalty periods (Asia/Ho_Chi_Minh months)', () => {
  it('puts the last minute before local midnight in the old month and local midnight in the new one', () => {
    expect(monthOf(new Date('2026-10-31T16:59:59.999Z'))).toBe('2026-10');
    expect(monthOf(new Date('2026-10-31T17:00:00.000Z'))).toBe('2026-11');
    expect(vietnamDate(new Date('2026-10-31T17:00:00.000Z'))).toBe('2026-11-01');
  });

  it('bounds a month by local midnights, as UTC instants', () => {
    expect(monthRange('2026-11')).toEqual({ start: new Date('2026-10-31T17:00:00.000Z'), end: new Date('2026-11-30T17:00:00.000Z') });
    expect(monthRange('2026-12').end).toEqual(new Date('2026-12-31T17:00:00.000Z'));
    expect(yearRange(2023)).toEqual({ start: new Date('2022-12-31T17:00:00.000Z'), end: new Date('2023-12-31T17:00:00.000Z') });
  });

  it('knows quarters and lists the current period with the past ones, newest first', () => {
    expect(quarterOf(new Date('2026-09-30T17:30:00Z'))).toBe('2026-Q4');
    expect(quarterRange('2026-Q1')).toEqual({ start: new Date('2025-12-31T17:00:00.000Z'), end: new Date('2026-03-31T17:00:00.000Z') });
    expect(recentPeriods('month', new Date('2026-01-15T00:00:00Z'), 2)).toEqual(['2026-01', '2025-12', '2025-11']);
    expect(recentPeriods('quarter', new Date('2026-01-15T00:00:00Z'), 1)).toEqual(['2026-Q1', '2025-Q4']);
  });

  it('writes periods the way Vietnamese reports do', () => {
    expect(periodLabel('2026-11')).toBe('Tháng 11/2026');
    expect(periodLabel('2026-Q4')).toBe('Quý IV/2026');
  });

  it('refuses what is not a period', () => {
    expect(() => monthRange('2026-13')).toThrow(/YYYY-MM/);
    expect(() => quarterRange('2026-Q5')).toThrow(/YYYY-Qn/);
  });
});
