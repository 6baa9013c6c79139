import type { Core } from '@strapi/strapi';
import { supplyIn, supplyOf } from './city-supply';
import { periodOf, periodRange, type PeriodKind } from './periods';
import { capWarning, QUOTA_DECISION } from './quota-math';
import { inRange } from './queries';
import { ARTICLE, UNIT } from './uids';

/**
 * The warning shown before a unit's cap is passed (Quyết định 834/QĐ-UBND: at most 5 items a
 * month from 2024). A ward approver proposing an article to the city portal is warned when the
 * article's unit, or the ward's People's Committee, has made as many proposals in the current
 * period as its cap allows (or this one reaches it); a contributor submitting is warned when the
 * unit's items published in the period and those waiting for the board reach the cap on its site.
 * Only a warning: the board may still accept more.
 */

const CITY_PORTAL = 'Cổng TTĐT thành phố';
/** Items waiting for the board: they will be published in the period if accepted. */
const PENDING = ['submitted', 'edited', 'scheduled'];

interface Site {
  id: number;
  kind: string;
  name: string;
}

interface CappedUnit {
  id: number;
  name: string;
  shortName: string | null;
  kind: string;
  site: { id: number } | null;
  quota: { maxItems: number | null; period: PeriodKind; countsOn: string | null } | null;
}

const UNIT_FIELDS = { select: ['id', 'name', 'shortName', 'kind'], populate: { site: { select: ['id'] }, quota: true } };

const capOf = (unit: CappedUnit): { cap: number; kind: PeriodKind } | null =>
  unit.quota && unit.quota.maxItems !== null && unit.quota.maxItems !== undefined
    ? { cap: unit.quota.maxItems, kind: unit.quota.period === 'quarter' ? 'quarter' : 'month' }
    : null;

const unitOf = async (strapi: Core.Strapi, articleId: number): Promise<CappedUnit | null> => {
  const row = (await strapi.db.query(ARTICLE).findOne({ where: { id: articleId }, populate: { unit: UNIT_FIELDS } })) as {
    unit?: CappedUnit | null;
  } | null;
  return row?.unit ?? null;
};

const proposeWarning = async (strapi: Core.Strapi, articleId: number, ward: Site, now: Date): Promise<string | null> => {
  const own = await unitOf(strapi, articleId);
  const committees = (await strapi.db.query(UNIT).findMany({
    where: { site: { id: ward.id }, kind: 'ward-committee' },
    ...UNIT_FIELDS,
    orderBy: { id: 'asc' },
  })) as CappedUnit[];
  const holders = [...(own && own.site?.id === ward.id ? [own] : []), ...committees.filter((unit) => unit.id !== own?.id)].filter(
    (unit) => unit.quota?.countsOn === 'city-portal' && capOf(unit)
  );
  if (holders.length === 0) return null;
  const supply = await supplyOf(strapi, [ward.id]);
  const warnings = holders.map((unit) => {
    const { cap, kind } = capOf(unit)!;
    const period = periodOf(kind, now);
    const { proposed } = supplyIn(supply, { id: unit.id, kind: unit.kind, siteId: ward.id }, period);
    return capWarning({
      action: 'propose',
      holder: unit.shortName ?? unit.name,
      count: proposed,
      cap,
      period,
      where: CITY_PORTAL,
      decision: QUOTA_DECISION,
    });
  });
  return warnings.filter(Boolean).join(' ') || null;
};

const submitWarning = async (strapi: Core.Strapi, articleId: number, documentId: string, site: Site, now: Date): Promise<string | null> => {
  const unit = await unitOf(strapi, articleId);
  const capped = unit && capOf(unit);
  // A ward unit measured on the city portal is warned when its items are proposed, not here.
  if (!unit || !capped || unit.site?.id !== site.id || (site.kind !== 'city' && unit.quota?.countsOn === 'city-portal')) return null;
  const period = periodOf(capped.kind, now);
  const range = periodRange(period);
  const own = { unit: { id: unit.id }, site: { id: site.id }, documentId: { $ne: documentId } };
  // Only the period's pieces are read: a unit's years of published articles never load on an item view.
  const published = (await strapi.db.query(ARTICLE).findMany({
    where: { ...own, publishedAt: { $notNull: true }, postedAt: inRange(range) },
    select: ['documentId'],
  })) as Array<{ documentId: string }>;
  const counted = (await strapi.db.query(ARTICLE).findMany({
    where: {
      ...own,
      publishedAt: null,
      $or: [{ documentId: { $in: published.map((row) => row.documentId) } }, { workflowState: { $in: PENDING } }],
    },
    select: ['documentId'],
  })) as Array<{ documentId: string }>;
  const count = new Set(counted.map((row) => row.documentId)).size;
  // The city decision caps what reaches the city portal; a ward's own site follows its board's cap.
  const city = site.kind === 'city';
  const where = city ? CITY_PORTAL : site.name;
  return capWarning({
    action: 'submit',
    holder: unit.shortName ?? unit.name,
    count,
    cap: capped.cap,
    period,
    where,
    decision: city ? QUOTA_DECISION : null,
  });
};

/** The warning for an article action about to be taken, or null (other actions and types never warn). */
export const quotaCapWarning = async (
  strapi: Core.Strapi,
  item: { uid: string; id: number; documentId: string; site: Site | null },
  action: string,
  now = new Date()
): Promise<string | null> => {
  if (item.uid !== ARTICLE || !item.site) return null;
  if (action === 'propose' && item.site.kind !== 'city') return proposeWarning(strapi, item.id, item.site, now);
  if (action === 'submit') return submitWarning(strapi, item.id, item.documentId, item.site, now);
  return null;
};
