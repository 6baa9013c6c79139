import type { Core } from '@strapi/strapi';
import { VIETNAMESE_HOLIDAYS, type CalendarDay } from './holidays-vn';

const UID = 'api::public-holiday.public-holiday';

type Row = Pick<CalendarDay, 'date' | 'name' | 'kind' | 'confirmed'> & { source: string | null };

/** The years a list of days covers. */
const yearsOf = (days: readonly { date: string }[]): Set<string> => new Set(days.map((day) => day.date.slice(0, 4)));

/**
 * Puts the file's days (holidays-vn.ts) into `api::public-holiday`, a year at a time, for the years
 * the table has nothing of yet: production needs the calendar without the demo data, and an
 * operator's corrections to a year (an entry removed, a swap added) survive every restart.
 */
export const ensureHolidayCalendar = async (strapi: Core.Strapi, days: readonly CalendarDay[] = VIETNAMESE_HOLIDAYS): Promise<number> => {
  const stored = (await strapi.db.query(UID).findMany({ select: ['date'] })) as Array<{ date: string }>;
  const present = yearsOf(stored);
  const missing = days.filter((day) => !present.has(day.date.slice(0, 4)));
  // The Document Service, not db.query: the content manager needs each row's documentId.
  for (const day of missing) await strapi.documents(UID).create({ data: { ...day } });
  return missing.length;
};

/** The calendar the deadline computation takes (working-days.ts), as operators keep it, in date order. */
export const loadHolidayCalendar = async (strapi: Core.Strapi): Promise<CalendarDay[]> => {
  const rows = (await strapi.db.query(UID).findMany({
    select: ['date', 'name', 'kind', 'confirmed', 'source'],
    orderBy: { date: 'asc' },
  })) as Row[];
  return rows.map((row) => ({ ...row, date: String(row.date).slice(0, 10), source: row.source ?? '' }));
};
