import { DateTime } from 'luxon';
import { VIETNAMESE_HOLIDAYS } from './holidays-vn';

const weekday = (date: string): number => DateTime.fromISO(date, { zone: 'Asia/Ho_Chi_Minh' }).weekday;

describe('participation: the Vietnamese holidays data for working days', () => {
  it('holds valid dates, in order, each once', () => {
    const dates = VIETNAMESE_HOLIDAYS.map((day) => day.date);
    for (const date of dates) expect(DateTime.fromISO(date).isValid && /^\d{4}-\d{2}-\d{2}$/.test(date)).toBe(true);
    expect([...dates].sort()).toEqual(dates);
    expect(new Set(dates).size).toBe(dates.length);
  });

  it.each([2024, 2025, 2026, 2027])('gives %i the eleven statutory days of Điều 112', (year) => {
    const holidays = VIETNAMESE_HOLIDAYS.filter((day) => day.kind === 'holiday' && day.date.startsWith(`${year}-`));
    expect(holidays).toHaveLength(11);
    for (const fixed of ['01-01', '04-30', '05-01', '09-02']) expect(holidays.map((day) => day.date)).toContain(`${year}-${fixed}`);
    expect(holidays.filter((day) => day.name.startsWith('Tết Âm lịch'))).toHaveLength(5);
    expect(holidays.filter((day) => day.name.startsWith('Quốc khánh'))).toHaveLength(2);
  });

  it('puts worked swap days on weekends and days off in lieu on weekdays', () => {
    for (const day of VIETNAMESE_HOLIDAYS) {
      if (day.kind === 'swapped-working-day') expect(weekday(day.date)).toBeGreaterThanOrEqual(6);
      if (day.kind === 'swapped-day-off' || day.kind === 'compensatory-day-off') expect(weekday(day.date)).toBeLessThanOrEqual(5);
    }
  });

  it('makes up a statutory holiday that falls on a weekend (Điều 111 khoản 3)', () => {
    const offs = new Set(VIETNAMESE_HOLIDAYS.filter((day) => day.kind !== 'swapped-working-day').map((day) => day.date));
    for (const day of VIETNAMESE_HOLIDAYS) {
      // Tết's five days are chosen among weekdays; the fixed-date ones are made up when they miss.
      if (day.kind !== 'holiday' || day.name.startsWith('Tết Âm lịch') || weekday(day.date) <= 5) continue;
      let next = DateTime.fromISO(day.date);
      do next = next.plus({ days: 1 });
      while (next.weekday > 5);
      const made = VIETNAMESE_HOLIDAYS.find((entry) => entry.date === next.toISODate());
      expect({ holiday: day.date, madeUp: made?.kind }).toEqual({ holiday: day.date, madeUp: 'compensatory-day-off' });
      expect(offs.has(next.toISODate() as string)).toBe(true);
    }
  });

  it('marks what the law alone does not fix and no announcement confirmed', () => {
    const unconfirmed = VIETNAMESE_HOLIDAYS.filter((day) => !day.confirmed);
    expect(unconfirmed.length).toBeGreaterThan(0);
    for (const day of unconfirmed) expect(day.date >= '2026').toBe(true);
  });
});
