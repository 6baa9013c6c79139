import type { Core } from '@strapi/strapi';
import type { ReportPeriodInfo } from '../../shared/contracts';
import { REPORT_PERIOD_LABELS } from '../messages';
import type { SiteAccess } from './access';
import {
  periodLabel,
  rangeLabel,
  reportDate,
  reportRange,
  reportSettingsOf,
  royaltyMonthOf,
  type MonthKey,
  type Range,
  type ReportSettings,
} from './periods';
import { SITE } from './uids';

/**
 * Each site's report is counted over its own period: sites in scope that share a setting form one
 * group, read with one query per group. A report over "all sites" whose sites differ lists every
 * group's period in its header.
 */
export interface PeriodGroup {
  settings: ReportSettings;
  sites: SiteAccess[];
  range: Range;
  royaltyMonth: MonthKey;
}

/** The sites' stored report settings, by site id. */
export const reportSettingsOfSites = async (strapi: Core.Strapi, siteIds: number[]): Promise<Map<number, ReportSettings>> => {
  const rows = (await strapi.db.query(SITE).findMany({
    where: { id: { $in: siteIds } },
    select: ['id', 'reportPeriod', 'reportDay'],
  })) as Array<{ id: number; reportPeriod?: unknown; reportDay?: unknown }>;
  return new Map(rows.map((row) => [row.id, reportSettingsOf(row)]));
};

export const periodGroups = async (strapi: Core.Strapi, sites: SiteAccess[], month: MonthKey): Promise<PeriodGroup[]> => {
  const settings = await reportSettingsOfSites(
    strapi,
    sites.map((site) => site.id)
  );
  const groups = new Map<string, PeriodGroup>();
  for (const site of sites) {
    const own = settings.get(site.id) ?? reportSettingsOf({});
    const key = `${own.period}/${own.day}`;
    const group = groups.get(key) ?? { settings: own, sites: [], range: reportRange(month, own), royaltyMonth: royaltyMonthOf(month, own) };
    group.sites.push(site);
    groups.set(key, group);
  }
  return [...groups.values()];
};

export const kindLabel = (settings: ReportSettings): string =>
  settings.period === 'calendar-month' ? REPORT_PERIOD_LABELS['calendar-month'] : `Đến ngày ${settings.day} hằng tháng`;

export const periodInfo = (group: PeriodGroup, month: MonthKey): ReportPeriodInfo => ({
  sites: group.sites.map((site) => site.name),
  kind: group.settings.period,
  kindLabel: kindLabel(group.settings),
  reportDay: group.settings.day,
  reportDate: reportDate(month, group.settings),
  start: group.range.start.toISOString(),
  end: group.range.end.toISOString(),
  label: rangeLabel(group.range),
  royaltyMonth: group.royaltyMonth,
  royaltyLabel: periodLabel(group.royaltyMonth),
});

/** Runs one read per group and puts the rows together (each site's rows come from its own group only). */
export const perGroup = async <T>(groups: PeriodGroup[], read: (siteIds: number[], group: PeriodGroup) => Promise<T[]>): Promise<T[]> =>
  (
    await Promise.all(
      groups.map((group) =>
        read(
          group.sites.map((site) => site.id),
          group
        )
      )
    )
  ).flat();
