import type { Core } from '@strapi/strapi';
import type { PeriodCounts, Quota, QuotaDashboard, UnitPeriod, UnitQuotaRow } from '../../shared/contracts';
import { QUOTA_COUNTS_ON_LABELS, QUOTA_STATE_LABELS, UNIT_KIND_LABELS } from '../messages';
import type { SiteAccess } from './access';
import { citySiteOf, supplyIn, supplyOf } from './city-supply';
import { periodLabel, periodRange, recentPeriods, type PeriodKind } from './periods';
import { measuredCounts, quotaStanding } from './quota-math';
import { ARTICLE, TRANSITION, UNIT } from './uids';

/**
 * Each unit's submitted, approved and published articles per period against its quota. A unit's
 * own counts are those of its own site. Beside them, a ward's unit shows what it sent up to the
 * city portal ("Gửi lên Cổng TTĐT thành phố": proposals made and city copies published), and a
 * quota that counts on the city portal (`countsOn`, Quyết định 834/QĐ-UBND) is measured on the
 * latter. The first submission and the first approval (or scheduling) of a piece count, not
 * resubmissions or re-published corrections. Items that came in already published (imported, or
 * the demo data) have no history: they count as submitted and approved when they were posted.
 *
 * The board of the city portal sees, besides the city's units, the ward units whose quota counts
 * on the city portal, with their supply only (a ward's own site is its own board's business).
 */

interface UnitRow {
  id: number;
  documentId: string;
  name: string;
  kind: string;
  order: number | null;
  site: { id: number; name: string } | null;
  quota: {
    minItems: number;
    maxItems: number | null;
    period: PeriodKind;
    countsOn?: string | null;
    minByForm?: Array<{ form: string; minItems: number }>;
  } | null;
}

interface Piece {
  unitId: number;
  siteId: number | null;
  form: string;
  submittedAt: number | null;
  approvedAt: number | null;
  postedAt: number | null;
}

const firstTimes = (rows: Array<{ targetDocumentId: string; createdAt: string }>): Map<string, number> => {
  const first = new Map<string, number>();
  for (const row of rows) {
    const at = new Date(row.createdAt).getTime();
    if (!first.has(row.targetDocumentId) || at < first.get(row.targetDocumentId)!) first.set(row.targetDocumentId, at);
  }
  return first;
};

/** Every article of the sites with the moments that count: first submitted, first approved, posted. */
const piecesOf = async (strapi: Core.Strapi, siteIds: number[]): Promise<Piece[]> => {
  const drafts = (await strapi.db.query(ARTICLE).findMany({
    where: { publishedAt: null, site: { id: { $in: siteIds } } },
    select: ['documentId', 'form'],
    populate: { unit: { select: ['id'] }, site: { select: ['id'] } },
  })) as Array<{ documentId: string; form: string; unit: { id: number } | null; site: { id: number } | null }>;
  const published = (await strapi.db.query(ARTICLE).findMany({
    where: { publishedAt: { $notNull: true }, site: { id: { $in: siteIds } } },
    select: ['documentId', 'postedAt'],
  })) as Array<{ documentId: string; postedAt: string | null }>;
  const history = (await strapi.db.query(TRANSITION).findMany({
    where: { targetUid: ARTICLE, site: { id: { $in: siteIds } }, action: { $in: ['submit', 'approve', 'schedule'] } },
    select: ['targetDocumentId', 'action', 'fromState', 'createdAt'],
  })) as Array<{ targetDocumentId: string; action: string; fromState: string; createdAt: string }>;
  const submitted = firstTimes(history.filter((row) => row.action === 'submit'));
  // Approving from "published" re-publishes a correction; only the first approval counts.
  const approved = firstTimes(
    history.filter((row) => row.action === 'schedule' || (row.action === 'approve' && row.fromState !== 'published'))
  );
  const posted = new Map(published.map((row) => [row.documentId, row.postedAt ? new Date(row.postedAt).getTime() : null]));
  return drafts
    .filter((row) => row.unit)
    .map((row) => {
      const postedAt = posted.get(row.documentId) ?? null;
      const hasHistory = submitted.has(row.documentId) || approved.has(row.documentId);
      return {
        unitId: row.unit!.id,
        siteId: row.site?.id ?? null,
        form: row.form,
        submittedAt: submitted.get(row.documentId) ?? (hasHistory ? null : postedAt),
        approvedAt: approved.get(row.documentId) ?? (hasHistory ? null : postedAt),
        postedAt,
      };
    });
};

const countsIn = (pieces: Piece[], period: string): PeriodCounts => {
  const { start, end } = periodRange(period);
  const within = (at: number | null) => at !== null && at >= start.getTime() && at < end.getTime();
  const posted = pieces.filter((p) => within(p.postedAt));
  const publishedByForm: Record<string, number> = {};
  for (const piece of posted) publishedByForm[piece.form] = (publishedByForm[piece.form] ?? 0) + 1;
  return {
    submitted: pieces.filter((p) => within(p.submittedAt)).length,
    approved: pieces.filter((p) => within(p.approvedAt)).length,
    published: posted.length,
    publishedByForm,
  };
};

const quotaOf = (row: UnitRow): Quota | null =>
  row.quota
    ? {
        minItems: row.quota.minItems ?? 0,
        maxItems: row.quota.maxItems ?? null,
        period: row.quota.period === 'quarter' ? 'quarter' : 'month',
        minByForm: (row.quota.minByForm ?? []).map(({ form, minItems }) => ({ form, minItems })),
        countsOn: row.quota.countsOn === 'city-portal' ? 'city-portal' : 'own-site',
      }
    : null;

const UNIT_QUERY = {
  select: ['id', 'documentId', 'name', 'kind', 'order'],
  populate: { site: { select: ['id', 'name'] }, quota: { populate: { minByForm: true } } },
  orderBy: [{ order: 'asc' }, { id: 'asc' }],
};

/** The units on the sites in scope, then (for the city's board) the ward units supplying the city portal. */
const unitsInScope = async (strapi: Core.Strapi, siteIds: number[], cityId: number | null): Promise<UnitRow[]> => {
  const own = (await strapi.db.query(UNIT).findMany({ where: { site: { id: { $in: siteIds } } }, ...UNIT_QUERY })) as UnitRow[];
  if (cityId === null || !siteIds.includes(cityId)) return own;
  const others = (await strapi.db.query(UNIT).findMany({ where: { site: { id: { $notIn: siteIds } } }, ...UNIT_QUERY })) as UnitRow[];
  // Ward by ward, in the order the units have on their own site.
  const supplying = others
    .map((unit, index) => ({ unit, index }))
    .filter(({ unit }) => unit.quota?.countsOn === 'city-portal')
    .sort((a, b) => (a.unit.site?.id ?? 0) - (b.unit.site?.id ?? 0) || a.index - b.index)
    .map(({ unit }) => unit);
  return [...own, ...supplying];
};

/** The current period and `past` earlier ones for every unit of the sites, in each unit's own period kind. */
export const quotaDashboard = async (strapi: Core.Strapi, sites: SiteAccess[], now = new Date(), past = 3): Promise<QuotaDashboard> => {
  const siteIds = sites.map((site) => site.id);
  const city = await citySiteOf(strapi);
  const cityId = city?.id ?? null;
  const units = await unitsInScope(strapi, siteIds, cityId);
  const pieces = await piecesOf(strapi, siteIds);
  const wardIds = [...new Set(units.map((unit) => unit.site?.id).filter((id): id is number => id !== undefined && id !== cityId))];
  const supply = await supplyOf(strapi, wardIds);
  const rows: UnitQuotaRow[] = units.map((unit) => {
    const quota = quotaOf(unit);
    const siteId = unit.site?.id ?? null;
    const onCity = siteId !== null && siteId === cityId;
    const ownShown = siteId !== null && siteIds.includes(siteId);
    const own = pieces.filter((piece) => piece.unitId === unit.id && piece.siteId === siteId);
    const holder = { id: unit.id, kind: unit.kind, siteId };
    const periods = recentPeriods(quota?.period ?? 'month', now, past).map((period, index): UnitPeriod => {
      const ownCounts = ownShown ? countsIn(own, period) : null;
      const cityCounts = onCity ? null : supplyIn(supply, holder, period);
      const measured = measuredCounts(quota, ownCounts, cityCounts);
      const standing = quotaStanding(quota, measured);
      return {
        period,
        label: periodLabel(period),
        current: index === 0,
        own: ownCounts,
        city: cityCounts,
        measured: measured.published,
        ...standing,
        stateLabel: QUOTA_STATE_LABELS[standing.state],
      };
    });
    return {
      unit: {
        documentId: unit.documentId,
        name: unit.name,
        kind: unit.kind,
        kindLabel: UNIT_KIND_LABELS[unit.kind] ?? unit.kind,
        site: unit.site?.name ?? '',
        onCity,
      },
      quota,
      countsOnLabel: quota ? QUOTA_COUNTS_ON_LABELS[quota.countsOn] : null,
      periods,
    };
  });
  const behind = rows.flatMap((row) =>
    row.periods
      .slice(0, 2)
      .filter((period) => period.state === 'behind')
      .map((period) => ({
        unit: row.unit.name,
        site: row.unit.site,
        period: period.period,
        label: period.label,
        missing: period.missing,
        current: period.current,
      }))
  );
  return { units: rows, behind };
};
