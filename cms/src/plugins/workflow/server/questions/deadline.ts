import type { CalendarDay } from '../../../../calendar/holidays-vn';
import { addWorkingDays, dueWorkingDaysOf, isOverdue, localDay, workingDaysBetween } from '../../../../calendar/working-days';

/**
 * A question's deadline, counted from its receipt in the working days its current site sets
 * (docs/participation.md): the due day, and whether it is overdue. An answered question is late
 * when its answer came after the due day; an open one when today is past it.
 */
export interface Deadline {
  /** The due day, local `yyyy-MM-dd`. */
  dueDate: string;
  overdue: boolean;
}

export const deadlineOf = (
  question: { receivedAt: string; answeredAt?: string | null },
  site: { questionDueWorkingDays?: number | null } | null,
  now: Date,
  calendar: readonly CalendarDay[]
): Deadline => {
  const days = dueWorkingDaysOf(site ?? {});
  const received = new Date(question.receivedAt);
  const until = question.answeredAt ? new Date(question.answeredAt) : now;
  return { dueDate: addWorkingDays(received, days, calendar).toISODate() as string, overdue: isOverdue(received, days, until, calendar) };
};

/** The due day as an instant (its local start), for mail. */
export const dueDayOf = (
  receivedAt: string,
  site: { questionDueWorkingDays?: number | null } | null,
  calendar: readonly CalendarDay[]
): Date => addWorkingDays(new Date(receivedAt), dueWorkingDaysOf(site ?? {}), calendar).toJSDate();

/** Working days from receipt to answer (the day of receipt not counted; an answer the same day is 0). */
export const workingDaysToAnswer = (receivedAt: string, answeredAt: string, calendar: readonly CalendarDay[]): number =>
  Math.max(0, workingDaysBetween(localDay(new Date(receivedAt)), localDay(new Date(answeredAt)), calendar));
