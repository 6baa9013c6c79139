import fc from 'fast-check';
import { OVERTIME_LIMITS, readOvertime } from './overtime-math';

describe('board: overtime entry input', () => {
  const valid = { month: '2023-11', staffName: 'Hoàng Thị Thu', amount: 1_200_000, hours: '12,5', note: '' };

  it('reads a well-formed entry, NFC and trimmed', () => {
    const { entry, problems } = readOvertime({ ...valid, staffName: ' Hoàng Thị Thu '.normalize('NFD') });
    expect(problems).toEqual([]);
    expect(entry).toEqual({ month: '2023-11', staffName: 'Hoàng Thị Thu', amount: 1_200_000, hours: 12.5, note: null, staffUser: null });
  });

  it('names each bad field, never accepting a non-integer, non-positive or unbounded amount', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (amount, month) => {
        const { entry, problems } = readOvertime({ ...valid, amount, month });
        if (entry) {
          expect(Number.isInteger(entry.amount) && entry.amount > 0 && entry.amount <= OVERTIME_LIMITS.maxAmount).toBe(true);
          expect(entry.month).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
        } else {
          expect(problems.length).toBeGreaterThan(0);
          for (const problem of problems) expect(['amount', 'month']).toContain(problem.path[0]);
        }
      }),
      { seed: 22, numRuns: 500 }
    );
    expect(readOvertime({ ...valid, amount: OVERTIME_LIMITS.maxAmount + 1 }).problems[0].path).toEqual(['amount']);
    expect(readOvertime({ ...valid, amount: '1e6' }).problems[0].path).toEqual(['amount']);
  });
});
