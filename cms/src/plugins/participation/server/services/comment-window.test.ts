import { commentWindowOpen } from '@vungtau/publishing';
import { DateTime } from 'luxon';
import fc from 'fast-check';

/** An instant given as Vietnam's local time. */
const local = (text: string): Date => DateTime.fromISO(text, { zone: 'Asia/Ho_Chi_Minh' }).toJSDate();

describe('participation: a comment window', () => {
  // A window "until 31/12/2026" closes at the end of that day in Vietnam: 16:59:59.999 UTC.
  const window = { opensAt: local('2026-12-01T00:00:00.000').toISOString(), closesAt: local('2026-12-31T23:59:59.999').toISOString() };

  it('opens at local midnight of its first day, not a millisecond before', () => {
    expect(commentWindowOpen(window, local('2026-11-30T23:59:59.999'))).toBe(false);
    expect(commentWindowOpen(window, local('2026-12-01T00:00:00.000'))).toBe(true);
    // 00:00 in Hanoi is still the previous evening in UTC.
    expect(local('2026-12-01T00:00:00.000').toISOString()).toBe('2026-11-30T17:00:00.000Z');
  });

  it('takes comments to the last millisecond of its last local day, and none after local midnight', () => {
    expect(commentWindowOpen(window, local('2026-12-31T23:59:59.999'))).toBe(true);
    expect(commentWindowOpen(window, local('2027-01-01T00:00:00.000'))).toBe(false);
    expect(commentWindowOpen(window, new Date('2026-12-31T16:59:59.999Z'))).toBe(true);
    expect(commentWindowOpen(window, new Date('2026-12-31T17:00:00.000Z'))).toBe(false);
  });

  it('is open exactly between its ends, for any window and instant', () => {
    const instant = fc.date({ min: new Date('2020-01-01'), max: new Date('2035-01-01'), noInvalidDate: true });
    fc.assert(
      fc.property(instant, instant, instant, (a, b, now) => {
        const [opens, closes] = a <= b ? [a, b] : [b, a];
        expect(commentWindowOpen({ opensAt: opens, closesAt: closes }, now)).toBe(opens <= now && now <= closes);
      })
    );
  });

  it('is closed without a window or with dates that are not dates', () => {
    expect(commentWindowOpen(null, new Date())).toBe(false);
    expect(commentWindowOpen({ opensAt: 'không phải ngày', closesAt: '2030-01-01' }, new Date())).toBe(false);
  });
});
