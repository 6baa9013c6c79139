import type { Core } from '@strapi/strapi';
import type { VisitCounts, VisitMonth, VisitSummary } from '../../shared/contracts';
import { periodLabel, vietnamDate, type Range } from '../services/periods';
import { SITE } from '../services/uids';

const VISIT_DAY = 'plugin::reports.visit-day';
const VISIT_PAGE = 'plugin::reports.visit-page';

interface DayRow extends VisitCounts {
  site: number;
  day: string;
}

const zero = (): VisitCounts => ({ visits: 0, views: 0, bots: 0 });
const add = (into: VisitCounts, row: VisitCounts) => {
  into.visits += row.visits ?? 0;
  into.views += row.views ?? 0;
  into.bots += row.bots ?? 0;
};

/** The (site, day) rows of the sites in a range of Vietnam days (end exclusive). */
const dayRows = async (strapi: Core.Strapi, siteIds: number[], range: Range): Promise<DayRow[]> =>
  siteIds.length === 0
    ? []
    : ((await strapi.db.query(VISIT_DAY).findMany({
        select: ['site', 'day', 'visits', 'views', 'bots'],
        where: { site: { $in: siteIds }, day: { $gte: vietnamDate(range.start), $lt: vietnamDate(range.end) } },
        orderBy: [{ day: 'asc' }, { site: 'asc' }],
      })) as DayRow[]);

const siteNames = async (strapi: Core.Strapi, siteIds: number[]): Promise<Map<number, string>> =>
  new Map(
    (
      (await strapi.db.query(SITE).findMany({ select: ['id', 'name'], where: { id: { $in: siteIds } } })) as Array<{
        id: number;
        name: string;
      }>
    ).map((s) => [s.id, s.name])
  );

const summarise = (rows: DayRow[], names: Map<number, string>, siteIds: number[]): VisitSummary => {
  const total = zero();
  const months = new Map<string, VisitCounts>();
  const sites = new Map<number, VisitCounts>(siteIds.map((id) => [id, zero()]));
  const days = new Set<string>();
  for (const row of rows) {
    add(total, row);
    days.add(row.day);
    const month = row.day.slice(0, 7);
    if (!months.has(month)) months.set(month, zero());
    add(months.get(month)!, row);
    add(sites.get(row.site)!, row);
  }
  return {
    total: { ...total, days: days.size, averageVisitsPerDay: days.size ? Math.round(total.visits / days.size) : null },
    byMonth: [...months].map(([month, counts]) => ({ month, label: periodLabel(month), ...counts })),
    bySite: [...sites]
      .map(([siteId, counts]) => ({ siteId, name: names.get(siteId) ?? '—', ...counts }))
      .sort((a, b) => b.visits - a.visits || a.name.localeCompare(b.name, 'vi')),
  };
};

/**
 * Visitor figures of the sites over a range (e.g. periods.ts's monthRange or yearRange): totals
 * with the average visits per day, one row per month and one per site (all sites asked, most
 * visits first). Only complete days are ever imported, so a range that ends today stops at yesterday.
 */
export const visitSummary = async (strapi: Core.Strapi, siteIds: number[], range: Range): Promise<VisitSummary> =>
  summarise(await dayRows(strapi, siteIds, range), await siteNames(strapi, siteIds), siteIds);

/**
 * The same over parts that each have their own range: the monthly report counts every site over
 * its own report period (report-periods.ts), so sites with different settings read different days.
 */
export const visitSummaryOver = async (strapi: Core.Strapi, parts: Array<{ siteIds: number[]; range: Range }>): Promise<VisitSummary> => {
  const siteIds = parts.flatMap((part) => part.siteIds);
  const rows = (await Promise.all(parts.map((part) => dayRows(strapi, part.siteIds, part.range)))).flat();
  return summarise(rows, await siteNames(strapi, siteIds), siteIds);
};

/** The Lượt truy cập tab: the month per site and day, per day, the top pages and the public counters. */
export const visitMonth = async (
  strapi: Core.Strapi,
  sites: Array<{ id: number; documentId: string; name: string; canToggle: boolean }>,
  month: string,
  range: Range
): Promise<VisitMonth> => {
  const siteIds = sites.map((s) => s.id);
  const names = new Map(sites.map((s) => [s.id, s.name]));
  const rows = await dayRows(strapi, siteIds, range);
  const byDay = new Map<string, VisitCounts>();
  for (const row of rows) {
    if (!byDay.has(row.day)) byDay.set(row.day, zero());
    add(byDay.get(row.day)!, row);
  }
  const pages =
    siteIds.length === 0
      ? []
      : ((await strapi.db.query(VISIT_PAGE).findMany({
          select: ['site', 'path', 'views', 'visits'],
          where: { site: { $in: siteIds }, month },
          orderBy: [{ views: 'desc' }, { path: 'asc' }],
          limit: 20,
        })) as Array<{ site: number; path: string; views: number; visits: number }>);
  const counters = (await strapi.db.query(SITE).findMany({
    select: ['id', 'publicVisitCounter', 'publicVisitTotal'],
    where: { id: { $in: siteIds } },
  })) as Array<{ id: number; publicVisitCounter: boolean | null; publicVisitTotal: number | null }>;
  const latest = (await strapi.db.query(VISIT_DAY).findOne({ select: ['day'], orderBy: { day: 'desc' } })) as { day: string } | null;
  return {
    month,
    label: periodLabel(month),
    summary: summarise(rows, names, siteIds),
    rows: rows.map((row) => ({ day: row.day, site: names.get(row.site) ?? '—', visits: row.visits, views: row.views, bots: row.bots })),
    byDay: [...byDay].map(([day, counts]) => ({ day, ...counts })),
    topPages: pages.map((p) => ({ site: names.get(p.site) ?? '—', path: p.path, views: p.views, visits: p.visits })),
    counters: sites.map((s) => {
      const row = counters.find((c) => c.id === s.id);
      return {
        documentId: s.documentId,
        name: s.name,
        enabled: Boolean(row?.publicVisitCounter),
        canToggle: s.canToggle,
        total: row?.publicVisitTotal ?? null,
      };
    }),
    lastDay: latest?.day ?? null,
  };
};
