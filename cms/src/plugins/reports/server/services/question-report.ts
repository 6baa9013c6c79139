import type { Core } from '@strapi/strapi';
import { DateTime } from 'luxon';
import { loadHolidayCalendar } from '../../../../calendar/calendar-store';
import type { CalendarDay } from '../../../../calendar/holidays-vn';
import { deadlineOf, workingDaysToAnswer } from '../../../workflow/server/questions/deadline';
import type { QuestionCounts, QuestionReport, QuestionReportRow } from '../../shared/contracts';
import type { SiteAccess } from './access';
import { monthOf, TIME_ZONE } from './periods';

const QUESTION = 'api::question.question';
export const NO_ANSWERING_UNIT = 'Chưa giao đơn vị';

interface Row {
  receivedAt: string;
  answeredAt: string | null;
  handling: string;
  site: { id: number; name: string; questionDueWorkingDays: number | null } | null;
  unit: { id: number; name: string } | null;
}

const ANSWERED = new Set(['answered', 'answered-privately']);

/** The middle value (the mean of the two middle ones for an even count), rounded to a tenth. */
export const median = (values: readonly number[]): number | null => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return Math.round(value * 10) / 10;
};

const counts = (rows: readonly Row[], now: Date, calendar: readonly CalendarDay[]): QuestionCounts => {
  const answered = rows.filter((row) => ANSWERED.has(row.handling) && row.answeredAt);
  return {
    received: rows.length,
    answered: answered.length,
    overdue: rows.filter((row) => row.handling !== 'rejected' && deadlineOf(row, row.site, now, calendar).overdue).length,
    rejected: rows.filter((row) => row.handling === 'rejected').length,
    medianWorkingDays: median(answered.map((row) => workingDaysToAnswer(row.receivedAt, row.answeredAt as string, calendar))),
  };
};

/**
 * Citizens' questions received in a year on the sites in scope, by month of receipt (Vietnam's
 * calendar), site and answering unit: how many came in, were answered (publicly or by mail), are
 * or were overdue against the site's working-day deadline, were not taken, and the median working
 * days to answer. Each question is counted once, on its draft row, where it stands today.
 */
export const questionReport = async (strapi: Core.Strapi, sites: SiteAccess[], year: number, now = new Date()): Promise<QuestionReport> => {
  const start = DateTime.fromObject({ year, month: 1, day: 1 }, { zone: TIME_ZONE });
  const rows = (await strapi.db.query(QUESTION).findMany({
    where: {
      publishedAt: null,
      site: { id: { $in: sites.map((site) => site.id) } },
      receivedAt: { $gte: start.toUTC().toJSDate(), $lt: start.plus({ years: 1 }).toUTC().toJSDate() },
    },
    select: ['receivedAt', 'answeredAt', 'handling'],
    populate: { site: { select: ['id', 'name', 'questionDueWorkingDays'] }, unit: { select: ['id', 'name'] } },
  })) as Row[];
  const calendar = await loadHolidayCalendar(strapi);
  const groups = new Map<string, { month: string; site: string; unit: string; rows: Row[] }>();
  for (const row of rows) {
    const month = monthOf(new Date(row.receivedAt));
    const key = `${month}|${row.site?.id ?? 0}|${row.unit?.id ?? 0}`;
    const group = groups.get(key) ?? { month, site: row.site?.name ?? '—', unit: row.unit?.name ?? NO_ANSWERING_UNIT, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  const table: QuestionReportRow[] = [...groups.values()]
    .map((group) => ({ month: group.month, site: group.site, unit: group.unit, ...counts(group.rows, now, calendar) }))
    .sort((a, b) => a.month.localeCompare(b.month) || a.site.localeCompare(b.site, 'vi') || a.unit.localeCompare(b.unit, 'vi'));
  return { year, sites: sites.map((site) => site.name), rows: table, total: counts(rows, now, calendar) };
};
