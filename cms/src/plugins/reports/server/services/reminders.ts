import type { Core } from '@strapi/strapi';
import type { ReportReminder } from '../../../workflow/shared/contracts';
import type { AdminActor } from '../../../workflow/server/services/actor';
import { sitesOf } from '../../../workflow/server/services/memberships';
import type { Role } from '../../../workflow/server/services/rules';
import { sitesWithDirection } from './directions';
import { nextMonth, periodLabel, rangeLabel, upcomingReport } from './periods';
import { reportSettingsOfSites } from './report-periods';
import { SITE } from './uids';

/** Who prepares the report of the 24th: the board (finance reads reports but reports nothing). */
export const REMINDED_ROLES: readonly Role[] = ['editor', 'approver', 'board-head'];

const dayLabel = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/**
 * The admin home's reminder: for each site the user is on the board of (every site for an
 * operator) whose report day is at most five days away in Vietnam (the day itself included), the
 * report's day, the period it covers and whether next month's direction is written yet.
 */
export const reportReminders = async (strapi: Core.Strapi, actor: AdminActor, now = new Date()): Promise<ReportReminder[]> => {
  const sites = actor.superAdmin
    ? ((await strapi.db.query(SITE).findMany({ select: ['id', 'documentId', 'name'], orderBy: { id: 'asc' } })) as Array<{
        id: number;
        documentId: string;
        name: string;
      }>)
    : [...(await sitesOf(strapi, actor.user.id)).values()]
        .filter((entry) => REMINDED_ROLES.some((role) => entry.roles.has(role)))
        .map((entry) => entry.site);
  if (sites.length === 0) return [];
  const settings = await reportSettingsOfSites(
    strapi,
    sites.map((site) => site.id)
  );
  const due = sites.flatMap((site) => {
    const own = settings.get(site.id);
    const upcoming = own ? upcomingReport(now, own) : null;
    return upcoming ? [{ site, upcoming }] : [];
  });
  const written = new Map<string, Set<number>>();
  for (const month of new Set(due.map(({ upcoming }) => nextMonth(upcoming.month)))) {
    written.set(
      month,
      await sitesWithDirection(
        strapi,
        due.filter(({ upcoming }) => nextMonth(upcoming.month) === month).map(({ site }) => site.id),
        month
      )
    );
  }
  return due
    .map(({ site, upcoming }) => {
      const next = nextMonth(upcoming.month);
      return {
        site: site.name,
        siteDocumentId: site.documentId,
        month: upcoming.month,
        monthLabel: periodLabel(upcoming.month).toLowerCase(),
        date: upcoming.date,
        dateLabel: dayLabel(upcoming.date),
        daysLeft: upcoming.daysLeft,
        periodLabel: rangeLabel(upcoming.range),
        nextMonth: next,
        nextMonthLabel: periodLabel(next).toLowerCase(),
        directionWritten: written.get(next)?.has(site.id) ?? false,
      };
    })
    .sort((a, b) => a.daysLeft - b.daysLeft || a.site.localeCompare(b.site, 'vi'));
};
