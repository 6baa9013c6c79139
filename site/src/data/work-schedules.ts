import type { CollectionEntry } from 'astro:content';
import { addDays, dayIn, isoWeek, mondayOf, weekSegment } from '@vungtau/publishing';
import { entries } from './source';
import { once } from '../utils/once';
import { calendarDate } from '../utils/dates';
import { vi } from '../i18n/vi';

export type WorkWeek = CollectionEntry<'workSchedules'>;
export type ScheduleEntry = WorkWeek['data']['entries'][number];

/** Every published week of the site, oldest first (callers must not modify it). */
export const allWeeks = once(
  async (): Promise<WorkWeek[]> => (await entries('workSchedules')).sort((a, b) => a.data.weekStart.localeCompare(b.data.weekStart)),
  ['workSchedules']
);

/** The day the site is built on, in Vietnam: the schedule marks it as today. */
export const buildDay = (): string => dayIn(new Date());

/** "lich-cong-tac/2026-tuan-50/": a week's page. */
export const weekPath = (monday: string): string => `lich-cong-tac/${weekSegment(monday)}/`;

/** "Tuần 50 (từ 07/12/2026 đến 13/12/2026)". */
export const weekLabel = (monday: string): string =>
  vi.schedule.week(isoWeek(monday).week, calendarDate(monday), calendarDate(addDays(monday, 6)));

export interface WeekLink {
  path: string;
  label: string;
}

export interface ScheduleDay {
  date: string;
  /** "Thứ Hai, 07/12/2026". */
  label: string;
  entries: ScheduleEntry[];
}

/** What a week's schedule shows: Monday to Friday always, the weekend when it has entries; each day's entries by time. */
export interface WeekView {
  weekStart: string;
  heading: string;
  label: string;
  note: string | null;
  updatedAt: Date;
  days: ScheduleDay[];
}

export const weekView = (week: WorkWeek): WeekView => {
  const { weekStart, note, updatedAt } = week.data;
  const sorted = [...week.data.entries].sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime));
  const days = vi.schedule.weekdays
    .map((weekday, i) => {
      const date = addDays(weekStart, i);
      return { date, label: `${weekday}, ${calendarDate(date)}`, entries: sorted.filter((e) => e.date === date) };
    })
    .filter((day, i) => i < 5 || day.entries.length > 0);
  const { week: number, year } = isoWeek(weekStart);
  return { weekStart, heading: vi.schedule.weekHeading(number, year), label: weekLabel(weekStart), note, updatedAt, days };
};

/** The nearest published weeks before and after `monday` (which need not have one itself). */
export const neighbours = (weeks: readonly WorkWeek[], monday: string): { previous: WeekLink | null; next: WeekLink | null } => {
  const link = (week: WorkWeek | undefined): WeekLink | null =>
    week ? { path: weekPath(week.data.weekStart), label: weekLabel(week.data.weekStart) } : null;
  return {
    previous: link(weeks.filter((w) => w.data.weekStart < monday).at(-1)),
    next: link(weeks.find((w) => w.data.weekStart > monday)),
  };
};

/** The current week's Monday, on the build day. */
export const currentMonday = (): string => mondayOf(buildDay());

/** Who attends an entry, as readers see it: the chosen officials with their posts, then anyone else named. */
export const leadersOf = (entry: ScheduleEntry): string | null => {
  const chosen = [...(entry.leaders ?? [])]
    .sort((a, b) => (a.order ?? 0) - (b.order ?? 0) || a.name.localeCompare(b.name, 'vi'))
    .map((leader) => `Đ/c ${leader.name} - ${leader.position}`);
  const all = [...chosen, ...(entry.leaderNames?.trim() ? [entry.leaderNames.trim()] : [])];
  return all.length > 0 ? all.join('; ') : null;
};
