// Calendar weeks of the leaders' work schedule (lịch công tác), shared by the CMS (a schedule's
// week starts on a Monday; copying a week) and the site build (its week pages and ISO week numbers).
// Dates are calendar days written YYYY-MM-DD, as Strapi's `date` attributes store them: arithmetic
// on them is done in UTC, where a day is always 24 hours.

/** The time zone the schedule is kept in, and in which "today" is decided. */
export const SCHEDULE_TIME_ZONE = 'Asia/Ho_Chi_Minh';

const DAY_MS = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `value` is a real calendar day written YYYY-MM-DD. */
export const isIsoDate = (value: unknown): value is string => {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  return new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
};

const toUtc = (date: string): Date => new Date(`${date}T00:00:00Z`);
const fromUtc = (date: Date): string => date.toISOString().slice(0, 10);

/** `date` moved by `days` (negative: back). */
export const addDays = (date: string, days: number): string => fromUtc(new Date(toUtc(date).getTime() + days * DAY_MS));

/** 1 for Monday … 7 for Sunday (ISO 8601). */
export const isoWeekday = (date: string): number => toUtc(date).getUTCDay() || 7;

/** The Monday of the week `date` is in. */
export const mondayOf = (date: string): string => addDays(date, 1 - isoWeekday(date));

/** The seven days of the week starting on `monday`. */
export const daysOfWeek = (monday: string): string[] => Array.from({ length: 7 }, (_, i) => addDays(monday, i));

/** The ISO 8601 week of a day: its week-numbering year (of the week's Thursday) and its number, 1–53. */
export const isoWeek = (date: string): { year: number; week: number } => {
  const thursday = toUtc(addDays(mondayOf(date), 3));
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / DAY_MS / 7) + 1;
  return { year, week };
};

/** A week page's segment: "2026-tuan-49" (the ISO week of `monday`, two digits). */
export const weekSegment = (monday: string): string => {
  const { year, week } = isoWeek(monday);
  return `${year}-tuan-${String(week).padStart(2, '0')}`;
};

/** The calendar day an instant falls on in the schedule's time zone. */
export const dayIn = (instant: Date, timeZone: string = SCHEDULE_TIME_ZONE): string =>
  // Swedish writes dates as YYYY-MM-DD.
  new Intl.DateTimeFormat('sv-SE', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);

/** The states of a schedule entry, with the words the admin and the pages use for them. */
export const SCHEDULE_STATES = {
  planned: 'Theo kế hoạch',
  changed: 'Có thay đổi',
  cancelled: 'Hoãn, hủy',
} as const;
export type ScheduleState = keyof typeof SCHEDULE_STATES;
