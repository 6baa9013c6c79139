import type { Core } from '@strapi/strapi';
import type { FieldProblem } from '../utils/validation-error';
import type { StoredDocument } from './types';

/**
 * Which content belongs to which site, as the relations between site-owned items see it: one table
 * read by the admin's relation pickers (which list only what the item may link to) and by the rule
 * checked on every write (which refuses the rest), so the two cannot disagree.
 */

/** The sites a relation's targets may belong to, seen from the item's site. */
export type Reach =
  /** The item's own site only. */
  | 'own'
  /**
   * The item's site and the sites under it: the city portal runs items that wards and their units
   * supply (a ward's proposal keeps its unit and authors), so a city item may name a ward's unit or
   * contributors; a ward has no sites under it, so for a ward this is its own site only.
   */
  | 'own-and-below'
  /** The item's site and the site above it: a ward's project cites the city's decisions (normative documents are the city's). */
  | 'own-and-above';

export interface SiteOwnedRelation {
  /** The site-owned content type the relation is edited on. */
  type: string;
  /** When the relation sits in a component of that type: the type's component field and the component. */
  component?: { field: string; uid: string };
  field: string;
  reach: Reach;
  /** The related item, capitalised, for messages: "Chuyên mục", "Đơn vị". */
  noun: string;
  /**
   * Whether `siteScopeProblems` checks it on every write. Relations whose rule another validation
   * already states in its own words, inverse sides with long lists (a category's articles) and
   * fields only the workflow writes are scoped in the pickers only.
   */
  checked: boolean;
}

export const SITE_UID = 'api::site.site';
const CONTRIBUTOR_UID = 'api::contributor.contributor';

export const SITE_OWNED_RELATIONS: readonly SiteOwnedRelation[] = [
  { type: 'api::article.article', field: 'categories', reach: 'own', noun: 'Chuyên mục', checked: true },
  { type: 'api::article.article', field: 'unit', reach: 'own-and-below', noun: 'Đơn vị', checked: true },
  {
    type: 'api::article.article',
    component: { field: 'authors', uid: 'article.author' },
    field: 'contributor',
    reach: 'own-and-below',
    noun: 'Cộng tác viên',
    checked: true,
  },
  { type: 'api::legal-document.legal-document', field: 'issuingUnit', reach: 'own', noun: 'Đơn vị ban hành', checked: true },
  { type: 'api::legal-document.legal-document', field: 'replaces', reach: 'own', noun: 'Văn bản được thay thế', checked: true },
  { type: 'api::legal-document.legal-document', field: 'replacedBy', reach: 'own', noun: 'Văn bản thay thế', checked: true },
  { type: 'api::legal-document.legal-document', field: 'amends', reach: 'own', noun: 'Văn bản được sửa đổi', checked: true },
  { type: 'api::legal-document.legal-document', field: 'amendedBy', reach: 'own', noun: 'Văn bản sửa đổi', checked: true },
  { type: 'api::project.project', field: 'legalDocuments', reach: 'own-and-above', noun: 'Văn bản', checked: true },
  // Already refused on write by their own rules (validation/official.ts, procurement-notice.ts,
  // unit.ts, category.ts, work-schedule.ts, the membership guard).
  { type: 'api::official.official', field: 'unit', reach: 'own', noun: 'Đơn vị', checked: false },
  { type: 'api::procurement-notice.procurement-notice', field: 'project', reach: 'own', noun: 'Dự án', checked: false },
  { type: 'api::unit.unit', field: 'parent', reach: 'own', noun: 'Đơn vị cấp trên', checked: false },
  { type: 'api::unit.unit', field: 'children', reach: 'own', noun: 'Đơn vị trực thuộc', checked: false },
  { type: 'api::unit.unit', field: 'officials', reach: 'own', noun: 'Lãnh đạo, cán bộ', checked: false },
  { type: 'api::category.category', field: 'parent', reach: 'own', noun: 'Chuyên mục cha', checked: false },
  // validation/category.ts refuses another site's children and articles on the category's save.
  { type: 'api::category.category', field: 'children', reach: 'own', noun: 'Chuyên mục con', checked: false },
  { type: 'api::category.category', field: 'articles', reach: 'own', noun: 'Tin bài', checked: false },
  {
    type: 'api::work-schedule.work-schedule',
    component: { field: 'entries', uid: 'schedule.entry' },
    field: 'leaders',
    reach: 'own',
    noun: 'Lãnh đạo',
    checked: false,
  },
  { type: 'plugin::workflow.membership', field: 'unit', reach: 'own', noun: 'Đơn vị', checked: false },
  // A question's unit is set by the staff actions, which assign units of the question's site.
  { type: 'api::question.question', field: 'unit', reach: 'own', noun: 'Đơn vị', checked: false },
  // The board's assignments (plugins/workflow/server/board): a site's board assigns its own people.
  { type: 'api::assignment.assignment', field: 'contributor', reach: 'own', noun: 'Cộng tác viên', checked: true },
  { type: 'api::assignment.assignment', field: 'unit', reach: 'own', noun: 'Đơn vị', checked: true },
  { type: 'api::assignment.assignment', field: 'direction', reach: 'own', noun: 'Định hướng', checked: true },
  { type: 'api::article.article', field: 'assignment', reach: 'own', noun: 'Bài được giao', checked: true },
];

/** The item in a sentence ("… không thuộc trang X của tin bài"). */
const ITEM_NOUNS: Record<string, string> = {
  'api::article.article': 'tin bài',
  'api::legal-document.legal-document': 'văn bản',
  'api::project.project': 'dự án',
  'api::assignment.assignment': 'bài giao',
};

/** Types whose `site` field is picked in the admin: any content type with a `site` relation to a site, edited by staff. */
export const hasSiteField = (strapi: Core.Strapi, uid: string): boolean => {
  const model = strapi.getModel(uid as never) as
    | { modelType?: string; attributes?: Record<string, { type?: string; target?: string }> }
    | undefined;
  const site = model?.attributes?.site;
  return model?.modelType === 'contentType' && site?.type === 'relation' && site.target === SITE_UID;
};

/** The relation a picker of `model`'s `field` lists, when its targets belong to sites. */
export const siteOwnedRelation = (model: string, field: string): SiteOwnedRelation | undefined =>
  SITE_OWNED_RELATIONS.find((relation) => (relation.component?.uid ?? relation.type) === model && relation.field === field);

/** The path from a target type to its site: contributors belong to their unit's site. */
export const sitePathOf = (targetUid: string): string[] =>
  targetUid === SITE_UID ? [] : targetUid === CONTRIBUTOR_UID ? ['unit', 'site'] : ['site'];

/** A filter on `targetUid` keeping rows of these sites. */
export const siteFilter = (targetUid: string, siteIds: readonly number[]): Record<string, unknown> =>
  sitePathOf(targetUid)
    .reverse()
    .reduce<Record<string, unknown>>((inner, key) => ({ [key]: inner }), { id: { $in: [...siteIds] } });

interface SiteRow {
  id: number;
  name: string;
  parent?: { id: number } | null;
}

/** The sites a relation with this reach may point to from items of these sites. */
export const reachableSites = async (strapi: Core.Strapi, siteIds: readonly number[], reach: Reach): Promise<number[]> => {
  const ids = new Set(siteIds);
  if (reach === 'own-and-below' && siteIds.length > 0) {
    const below = (await strapi.db
      .query(SITE_UID)
      .findMany({ where: { parent: { id: { $in: [...siteIds] } } }, select: ['id'] })) as SiteRow[];
    below.forEach((row) => ids.add(row.id));
  }
  if (reach === 'own-and-above' && siteIds.length > 0) {
    const rows = (await strapi.db.query(SITE_UID).findMany({
      where: { id: { $in: [...siteIds] } },
      select: ['id'],
      populate: { parent: { select: ['id'] } },
    })) as SiteRow[];
    rows.forEach((row) => row.parent && ids.add(row.parent.id));
  }
  return [...ids];
};

/** The site of each of these rows of `targetUid` (contributors: their unit's). */
export const sitesOfRows = async (strapi: Core.Strapi, targetUid: string, ids: readonly number[]): Promise<Map<number, SiteRow | null>> => {
  const result = new Map<number, SiteRow | null>();
  if (ids.length === 0) return result;
  if (targetUid === SITE_UID) {
    const rows = (await strapi.db.query(SITE_UID).findMany({ where: { id: { $in: [...ids] } }, select: ['id', 'name'] })) as SiteRow[];
    rows.forEach((row) => result.set(row.id, row));
    return result;
  }
  const [first, second] = sitePathOf(targetUid);
  const siteSelect = { select: ['id', 'name'] };
  const populate = second ? { [first]: { select: ['id'], populate: { [second]: siteSelect } } } : { [first]: siteSelect };
  const rows = (await strapi.db
    .query(targetUid as never)
    .findMany({ where: { id: { $in: [...ids] } }, select: ['id'], populate })) as Array<Record<string, unknown> & { id: number }>;
  for (const row of rows) {
    const step = row[first] as Record<string, unknown> | null | undefined;
    const site = (second ? (step?.[second] as SiteRow | null | undefined) : (step as SiteRow | null | undefined)) ?? null;
    result.set(row.id, site);
  }
  return result;
};

/** "Trang thông tin điện tử Phường 7" → "Phường 7": the part that tells the sites apart. */
export const shortSiteName = (name: string): string =>
  name
    .replace(/^Trang thông tin điện tử\s+/u, '')
    .replace(/^Cổng thông tin điện tử\s+/u, 'Cổng TTĐT ')
    .trim();

/** A related row's name for a message. */
const nameOf = (row: Record<string, unknown>): string =>
  String(row.name ?? row.title ?? row.fullName ?? row.number ?? row.documentId ?? row.id);

interface StoredRow extends Record<string, unknown> {
  id: number;
}

/**
 * Every checked relation of a stored version (`doc.id`) whose target belongs to a site the item's
 * site may not link to, as a problem on that field naming both sites. An item without a site is
 * left to the rules that require one.
 */
export const siteScopeProblems = async (strapi: Core.Strapi, uid: string, doc: StoredDocument): Promise<FieldProblem[]> => {
  const relations = SITE_OWNED_RELATIONS.filter((relation) => relation.type === uid && relation.checked);
  if (relations.length === 0 || typeof doc.id !== 'number') return [];
  const populate: Record<string, unknown> = { site: { select: ['id', 'name'] } };
  for (const relation of relations) {
    if (relation.component) populate[relation.component.field] = { populate: { [relation.field]: true } };
    else populate[relation.field] = true;
  }
  const stored = (await strapi.db.query(uid as never).findOne({ where: { id: doc.id }, populate })) as StoredRow | null;
  const site = (stored?.site as SiteRow | null | undefined) ?? null;
  if (!stored || !site) return [];

  const problems: FieldProblem[] = [];
  const model = strapi.getModel(uid as never) as { attributes: Record<string, { target?: string }> };
  for (const relation of relations) {
    const targetUid = relation.component
      ? (strapi.getModel(relation.component.uid as never) as { attributes: Record<string, { target?: string }> }).attributes[relation.field]
          .target
      : model.attributes[relation.field].target;
    if (!targetUid) continue;
    // Each target with where it sits in the form: `categories`, `authors.1.contributor`.
    const targets: Array<{ row: StoredRow; path: string[] }> = [];
    const collect = (value: unknown, path: string[]) => {
      for (const row of Array.isArray(value) ? value : value ? [value] : []) targets.push({ row: row as StoredRow, path });
    };
    if (relation.component) {
      const items = stored[relation.component.field];
      (Array.isArray(items) ? items : items ? [items] : []).forEach((item, index) =>
        collect((item as Record<string, unknown>)[relation.field], [relation.component!.field, String(index), relation.field])
      );
    } else collect(stored[relation.field], [relation.field]);
    if (targets.length === 0) continue;

    const allowed = new Set(await reachableSites(strapi, [site.id], relation.reach));
    const sites = await sitesOfRows(
      strapi,
      targetUid,
      targets.map((target) => target.row.id)
    );
    for (const { row, path } of targets) {
      const targetSite = sites.get(row.id) ?? null;
      if (targetSite && allowed.has(targetSite.id)) continue;
      const where = targetSite ? `thuộc trang "${shortSiteName(targetSite.name)}"` : 'không thuộc trang nào';
      problems.push({
        path,
        message: `${relation.noun} "${nameOf(row)}" ${where}, không thuộc trang "${shortSiteName(site.name)}" của ${ITEM_NOUNS[uid] ?? 'mục này'}.`,
      });
    }
  }
  return problems;
};
