import { DateTime } from 'luxon';
import type { CalendarDay } from './holidays-vn';

/**
 * Deadlines in working days, counted on the calendar of Asia/Ho_Chi_Minh whatever the server's
 * zone. The rule (docs/participation.md): a deadline of n working days runs from the day after
 * receipt (Bộ luật Dân sự 2015, Điều 147: the day of the event is not counted) and ends with the
 * n-th working day after it, so a question received on a Friday evening, a Saturday or a holiday
 * starts counting on the next working day. Pure: the calendar is a parameter.
 */

export const ZONE = 'Asia/Ho_Chi_Minh';

/** An instant (`Date`, or a luxon `DateTime` in any zone); its local date in Vietnam is what counts. */
export type Instant = Date | DateTime;

const DAYS_OFF = new Set<CalendarDay['kind']>(['holiday', 'compensatory-day-off', 'swapped-day-off']);

interface Index {
  off: Set<string>;
  worked: Set<string>;
}

// The same list is asked about many times (every day of a count): index it once per array.
const indexes = new WeakMap<readonly CalendarDay[], Index>();

const indexOf = (calendar: readonly CalendarDay[]): Index => {
  let index = indexes.get(calendar);
  if (!index) {
    index = { off: new Set(), worked: new Set() };
    for (const day of calendar) (DAYS_OFF.has(day.kind) ? index.off : index.worked).add(day.date);
    indexes.set(calendar, index);
  }
  return index;
};

/** The start of the instant's local day in Vietnam. */
export const localDay = (instant: Instant): DateTime => {
  const time = instant instanceof Date ? DateTime.fromJSDate(instant) : instant;
  if (!time.isValid) throw new RangeError(`Invalid instant: ${String(time.invalidExplanation)}`);
  return time.setZone(ZONE).startOf('day');
};

/** Whether the instant's local day is worked: Monday to Friday less days off, plus Saturdays worked in a swap. */
export const isWorkingDay = (instant: Instant, calendar: readonly CalendarDay[]): boolean => {
  const day = localDay(instant);
  const key = day.toISODate() as string;
  const { off, worked } = indexOf(calendar);
  if (worked.has(key)) return true;
  return day.weekday <= 5 && !off.has(key);
};

/** The due day of a deadline of `n` working days from `received`: the start of that local day (n = 0: the day of receipt). */
export const addWorkingDays = (received: Instant, n: number, calendar: readonly CalendarDay[]): DateTime => {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`A deadline is a whole number of working days, not ${n}`);
  let day = localDay(received);
  for (let counted = 0; counted < n; ) {
    day = day.plus({ days: 1 });
    if (isWorkingDay(day, calendar)) counted += 1;
  }
  return day;
};

/** The working days after `from`'s local day up to and including `to`'s; negative when `to` is earlier. */
export const workingDaysBetween = (from: Instant, to: Instant, calendar: readonly CalendarDay[]): number => {
  const start = localDay(from);
  const end = localDay(to);
  if (end < start) return -workingDaysBetween(to, from, calendar);
  let count = 0;
  for (let day = start.plus({ days: 1 }); day <= end; day = day.plus({ days: 1 })) {
    if (isWorkingDay(day, calendar)) count += 1;
  }
  return count;
};

/** Whether a deadline of `n` working days from `received` has passed at `now`: the whole due day is still in time. */
export const isOverdue = (received: Instant, n: number, now: Instant, calendar: readonly CalendarDay[]): boolean =>
  localDay(now) > addWorkingDays(received, n, calendar);

/** A site's `questionDueWorkingDays` when it has none: the schema's default (docs/participation.md says why 15). */
export const DEFAULT_DUE_WORKING_DAYS = 15;
/** The bounds of that setting, as in the site's schema. */
export const MIN_DUE_WORKING_DAYS = 1;
export const MAX_DUE_WORKING_DAYS = 60;

/** A site's deadline for questions, in working days. */
export const dueWorkingDaysOf = (site: { questionDueWorkingDays?: number | null }): number =>
  site.questionDueWorkingDays ?? DEFAULT_DUE_WORKING_DAYS;
