import type { Core } from '@strapi/strapi';
import type { DirectionView, NextMonthDirections } from '../../shared/contracts';
import type { SiteAccess } from './access';
import { periodLabel, type MonthKey } from './periods';
import { DIRECTION } from './uids';

interface DirectionRow {
  id: number;
  title: string;
  summary: string | null;
  updatedAt: string;
  site: { id: number } | null;
  topics?: Array<{ title: string; details: string | null; dueOn: string | null }>;
  events?: Array<{ on: string | null; title: string; details: string | null }>;
}

const byDate = (a: string | null, b: string | null): number => String(a ?? '9999').localeCompare(String(b ?? '9999'));

const view = (row: DirectionRow): DirectionView => ({
  title: row.title,
  summary: row.summary ?? null,
  topics: (row.topics ?? [])
    .map((topic) => ({ title: topic.title, details: topic.details ?? null, dueOn: topic.dueOn ?? null }))
    .sort((a, b) => byDate(a.dueOn, b.dueOn)),
  events: (row.events ?? [])
    .map((event) => ({ on: event.on ?? null, title: event.title, details: event.details ?? null }))
    .sort((a, b) => byDate(a.on, b.on)),
});

/** Sites by id that have written their direction for the month (the admin home's reminder). */
export const sitesWithDirection = async (strapi: Core.Strapi, siteIds: number[], month: MonthKey): Promise<Set<number>> => {
  if (siteIds.length === 0) return new Set();
  const rows = (await strapi.db.query(DIRECTION).findMany({
    where: { month, site: { id: { $in: siteIds } } },
    select: ['id'],
    populate: { site: { select: ['id'] } },
  })) as Array<{ site: { id: number } | null }>;
  return new Set(rows.flatMap((row) => (row.site ? [row.site.id] : [])));
};

/**
 * The month's direction (định hướng tuyên truyền) of each site, its topics by deadline and its
 * events by date. A site with more than one for the month shows the latest edited.
 */
export const directionsFor = async (strapi: Core.Strapi, sites: SiteAccess[], month: MonthKey): Promise<NextMonthDirections> => {
  const rows = (await strapi.db.query(DIRECTION).findMany({
    where: { month, site: { id: { $in: sites.map((site) => site.id) } } },
    select: ['id', 'title', 'summary', 'updatedAt'],
    populate: { site: { select: ['id'] }, topics: true, events: true },
    orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
  })) as DirectionRow[];
  const latest = new Map<number, DirectionRow>();
  for (const row of rows) if (row.site && !latest.has(row.site.id)) latest.set(row.site.id, row);
  const label = periodLabel(month).toLowerCase();
  return {
    month,
    label,
    sites: sites.map((site) => {
      const row = latest.get(site.id);
      return { site: site.name, direction: row ? view(row) : null };
    }),
    missing: `Ban biên tập chưa xây dựng định hướng tuyên truyền ${label}.`,
  };
};
