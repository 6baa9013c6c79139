import fc from 'fast-check';
import { DateTime } from 'luxon';
import { propertyRuns } from '../../tests/harness/property';
import { VIETNAMESE_HOLIDAYS as VN } from './holidays-vn';
import { addWorkingDays, isOverdue, isWorkingDay, localDay, workingDaysBetween, ZONE } from './working-days';

/** Noon on a local date in Vietnam, as a UTC instant. */
const on = (date: string): Date => DateTime.fromISO(`${date}T12:00:00`, { zone: ZONE }).toJSDate();
const iso = (day: DateTime): string => day.toISODate() as string;

describe('participation: working days in Asia/Ho_Chi_Minh', () => {
  it.each([
    ['2025-01-24', true], // Friday before Tết Ất Tỵ
    ['2025-01-27', false], // 28 Chạp, in the nine days off
    ['2025-01-29', false], // mùng 1
    ['2025-02-03', true], // back to work
    ['2026-02-13', true], // Friday before Tết Bính Ngọ
    ['2026-02-16', false],
    ['2026-02-20', false],
    ['2026-02-23', true],
    ['2025-04-26', true], // Saturday worked for Friday 2/5
    ['2025-05-02', false],
    ['2025-05-03', false], // an ordinary Saturday
    ['2024-05-04', true], // Saturday worked for Monday 29/4
    ['2024-04-29', false],
    ['2026-04-27', false], // nghỉ bù for Giỗ Tổ on Sunday 26/4
    ['2027-05-03', false], // nghỉ bù for 1/5 on a Saturday
    ['2025-09-01', false],
    ['2025-09-02', false],
    ['2025-09-03', true],
    ['2024-09-03', false],
  ])('%s is a working day: %s', (date, expected) => {
    expect(isWorkingDay(on(date), VN)).toBe(expected);
  });

  it('reads the local date, not the UTC one, at local midnight', () => {
    // Friday 2025-01-24 23:59:59 in Vietnam is 16:59:59 UTC; a second later it is Saturday there.
    const lastSecondOfFriday = new Date('2025-01-24T16:59:59Z');
    const firstSecondOfSaturday = new Date('2025-01-24T17:00:00Z');
    expect(iso(localDay(lastSecondOfFriday))).toBe('2025-01-24');
    expect(iso(localDay(firstSecondOfSaturday))).toBe('2025-01-25');
    expect(isWorkingDay(lastSecondOfFriday, VN)).toBe(true);
    expect(isWorkingDay(firstSecondOfSaturday, VN)).toBe(false);
    // The same instant, handed over in another zone, is still Vietnam's Saturday.
    expect(isWorkingDay(DateTime.fromISO('2025-01-24T17:00:00Z', { zone: 'America/New_York' }), VN)).toBe(false);
  });

  it('counts a deadline from the day after receipt, skipping Tết 2025', () => {
    // Received Thursday 23/1: Friday 24/1 is day 1, then nine days off, Monday 3/2 is day 2.
    expect(iso(addWorkingDays(on('2025-01-23'), 1, VN))).toBe('2025-01-24');
    expect(iso(addWorkingDays(on('2025-01-23'), 2, VN))).toBe('2025-02-03');
    // Received on mùng 1: counting starts on the first working day after the holiday.
    expect(iso(addWorkingDays(on('2025-01-29'), 1, VN))).toBe('2025-02-03');
    // Saturday 8/2/2025 is an ordinary weekend day (no swap that year).
    expect(iso(addWorkingDays(on('2025-02-07'), 1, VN))).toBe('2025-02-10');
  });

  it('skips Tết 2026 and counts fifteen working days across it', () => {
    expect(iso(addWorkingDays(on('2026-02-13'), 1, VN))).toBe('2026-02-23');
    // Received Friday 6/2: 9–13/2 (5), 23–27/2 (10), 2–6/3 (15).
    expect(iso(addWorkingDays(on('2026-02-06'), 15, VN))).toBe('2026-03-06');
  });

  it('runs across 30/4–1/5 and the swapped days', () => {
    // 2025: 30/4, 1/5 and 2/5 off; Saturday 26/4 worked. Received Friday 25/4: 26/4 is day 1.
    expect(iso(addWorkingDays(on('2025-04-25'), 1, VN))).toBe('2025-04-26');
    expect(iso(addWorkingDays(on('2025-04-25'), 3, VN))).toBe('2025-04-29');
    expect(iso(addWorkingDays(on('2025-04-25'), 4, VN))).toBe('2025-05-05');
    // 2024: Monday 29/4 off, Saturday 4/5 worked.
    expect(iso(addWorkingDays(on('2024-04-26'), 1, VN))).toBe('2024-05-02');
    expect(iso(addWorkingDays(on('2024-05-03'), 1, VN))).toBe('2024-05-04');
    // 2026: Giỗ Tổ on Sunday 26/4, made up on Monday 27/4; 30/4 and 1/5 on Thursday and Friday.
    expect(iso(addWorkingDays(on('2026-04-24'), 1, VN))).toBe('2026-04-28');
    expect(iso(addWorkingDays(on('2026-04-24'), 3, VN))).toBe('2026-05-04');
  });

  it('runs across Quốc khánh and its second day', () => {
    expect(iso(addWorkingDays(on('2025-08-29'), 1, VN))).toBe('2025-09-03');
    expect(iso(addWorkingDays(on('2024-08-30'), 1, VN))).toBe('2024-09-04');
  });

  it('starts a deadline on the local day of receipt: 23:59:59 and 00:00:00 differ by a day', () => {
    // Thursday 2025-04-24 23:59:59 local: day 1 is Friday 25/4. One second later it is received
    // on Friday, and day 1 is the swapped Saturday 26/4.
    expect(iso(addWorkingDays(new Date('2025-04-24T16:59:59Z'), 1, VN))).toBe('2025-04-25');
    expect(iso(addWorkingDays(new Date('2025-04-24T17:00:00Z'), 1, VN))).toBe('2025-04-26');
    // Received Friday 2025-01-24 at 23:59:59 local, or at 00:00:00 Saturday: both start after Tết.
    expect(iso(addWorkingDays(new Date('2025-01-24T16:59:59Z'), 1, VN))).toBe('2025-02-03');
    expect(iso(addWorkingDays(new Date('2025-01-24T17:00:00Z'), 1, VN))).toBe('2025-02-03');
  });

  it('is overdue only after the whole due day has passed, in local time', () => {
    const received = on('2025-01-23');
    // Due Monday 3/2 (two working days): still in time at 23:59:59 local, overdue at 00:00:00.
    expect(isOverdue(received, 2, new Date('2025-02-03T16:59:59Z'), VN)).toBe(false);
    expect(isOverdue(received, 2, new Date('2025-02-03T17:00:00Z'), VN)).toBe(true);
  });

  it('counts working days between two instants, both ways', () => {
    expect(workingDaysBetween(on('2025-01-23'), on('2025-02-03'), VN)).toBe(2);
    expect(workingDaysBetween(on('2025-02-03'), on('2025-01-23'), VN)).toBe(-2);
    expect(workingDaysBetween(on('2025-01-23'), on('2025-01-23'), VN)).toBe(0);
  });

  it('refuses a deadline that is not a whole number of days', () => {
    expect(() => addWorkingDays(on('2025-01-23'), -1, VN)).toThrow(RangeError);
    expect(() => addWorkingDays(on('2025-01-23'), 1.5, VN)).toThrow(RangeError);
  });
});

describe('participation: working days properties', () => {
  // Any instant from 2024 to 2027, the years the calendar covers, and a deadline up to 60 days.
  const instant = fc.date({ min: new Date('2023-12-31T17:00:00Z'), max: new Date('2027-10-31T16:59:59Z'), noInvalidDate: true });
  const days = fc.integer({ min: 1, max: 60 });

  it('a due date is a working day, n working days after receipt', () => {
    fc.assert(
      fc.property(instant, days, (received, n) => {
        const due = addWorkingDays(received, n, VN);
        expect(isWorkingDay(due, VN)).toBe(true);
        expect(workingDaysBetween(received, due, VN)).toBe(n);
        expect(due > localDay(received)).toBe(true);
      }),
      propertyRuns(300, 'working days')
    );
  });

  it('a longer deadline is never due earlier, and one more day is the next working day', () => {
    fc.assert(
      fc.property(instant, days, (received, n) => {
        const due = addWorkingDays(received, n, VN);
        const next = addWorkingDays(received, n + 1, VN);
        expect(next > due).toBe(true);
        expect(workingDaysBetween(due, next, VN)).toBe(1);
        expect(iso(addWorkingDays(due, 1, VN))).toBe(iso(next));
      }),
      propertyRuns(300, 'working days')
    );
  });

  it('counts between any two instants as the sum over a point between them', () => {
    fc.assert(
      fc.property(instant, instant, instant, (a, b, c) => {
        const [x, y, z] = [a, b, c].sort((p, q) => p.getTime() - q.getTime());
        expect(workingDaysBetween(x, z, VN)).toBe(workingDaysBetween(x, y, VN) + workingDaysBetween(y, z, VN));
      }),
      propertyRuns(200, 'working days')
    );
  });
});
