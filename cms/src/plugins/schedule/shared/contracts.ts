/** What the admin's quick-entry actions send and get back (server/routes, admin/src). */

export const WORK_SCHEDULE_UID = 'api::work-schedule.work-schedule';

/**
 * `POST /schedule/work-schedules/:documentId/copy-last-week` (no body): the latest week of that
 * schedule's site copied to the week after it.
 *
 * `POST /schedule/work-schedules/:documentId/repeat`: entry `entry` (0-based) copied onto each of `dates`. */
export interface RepeatEntryInput {
  entry: number;
  dates: string[];
}

export interface ScheduleRef {
  documentId: string;
  weekStart: string;
}

export interface CopyLastWeekResult {
  data: ScheduleRef & { copiedFrom: string; entries: number };
}

export interface RepeatEntryResult {
  data: ScheduleRef & { added: number };
}
