import type { Core } from '@strapi/strapi';

interface SiteRow {
  slug: string;
  parent?: SiteRow | null;
  children?: SiteRow[] | null;
  mergedSites?: SiteRow[] | null;
}

const ARTICLE = 'api::article.article';
const LEGAL = 'api::legal-document.legal-document';
const QUESTION = 'api::question.question';
const WORK_SCHEDULE = 'api::work-schedule.work-schedule';
const PROJECT = 'api::project.project';
const PROCUREMENT = 'api::procurement-notice.procurement-notice';
/** Section content shown on its own site's pages only. */
const OWN_SITE_ONLY = ['api::dataset.dataset', 'api::public-service.public-service', PROJECT, PROCUREMENT];
const SITE_REF = { select: ['slug'] };

/** The content types whose changes show on the sites. */
export const WATCHED_UIDS = new Set([
  ARTICLE,
  LEGAL,
  QUESTION,
  PROJECT,
  PROCUREMENT,
  'api::site.site',
  'api::category.category',
  'api::unit.unit',
  'api::official.official',
  'api::tag.tag',
  WORK_SCHEDULE,
  ...OWN_SITE_ONLY,
]);

const slugsOf = (rows: Array<SiteRow | null | undefined>): string[] =>
  rows.filter((row): row is SiteRow => Boolean(row?.slug)).map((row) => row.slug);

/** Sites that show published articles or documents linked to a unit or tag. */
const sitesShowing = async (strapi: Core.Strapi, where: Record<string, unknown>, uids: string[]): Promise<string[]> => {
  const slugs: string[] = [];
  for (const uid of uids) {
    const rows = (await strapi.db.query(uid as typeof ARTICLE).findMany({
      where: { ...where, publishedAt: { $notNull: true } },
      select: ['id'],
      populate: { site: SITE_REF },
    })) as Array<{ site?: SiteRow | null }>;
    slugs.push(...slugsOf(rows.map((row) => row.site)));
  }
  return slugs;
};

/**
 * The slugs of the sites on which this document appears, decided from the stored rows (every
 * version), never from an event payload: Strapi 5 writes a publish as two rows.
 */
export const affectedSites = async (strapi: Core.Strapi, uid: string, documentId: string): Promise<Set<string>> => {
  const found: string[] = [];
  if (uid === ARTICLE || uid === LEGAL) {
    const rows = (await strapi.db.query(uid).findMany({
      where: { documentId },
      populate: uid === ARTICLE ? { site: SITE_REF, creditSite: SITE_REF } : { site: SITE_REF },
    })) as Array<{ site?: SiteRow | null; creditSite?: SiteRow | null }>;
    // A ward item on the city portal also changes the ward (proposals are credited to it).
    found.push(...slugsOf(rows.flatMap((row) => [row.site, row.creditSite])));
  } else if (uid === QUESTION || OWN_SITE_ONLY.includes(uid)) {
    // Every version: a question forwarded from a ward to the city left the ward's pages (and an
    // item moved to another site left the first one's).
    const rows = (await strapi.db.query(uid).findMany({ where: { documentId }, populate: { site: SITE_REF } })) as Array<{
      site?: SiteRow | null;
    }>;
    found.push(...slugsOf(rows.map((row) => row.site)));
  } else if (uid === 'api::site.site') {
    const site = (await strapi.db.query(uid).findOne({
      where: { documentId },
      populate: { parent: SITE_REF, children: SITE_REF, mergedSites: SITE_REF },
    })) as SiteRow | null;
    // The city portal lists its wards, every site links to its parent, and a merged site's
    // redirect release points at its successor's domain and pages.
    if (site) found.push(site.slug, ...slugsOf([site.parent]), ...slugsOf(site.children ?? []), ...slugsOf(site.mergedSites ?? []));
  } else if (uid === 'api::category.category' || uid === WORK_SCHEDULE || uid === 'api::official.official') {
    const rows = (await strapi.db.query(uid).findMany({ where: { documentId }, populate: { site: SITE_REF } })) as Array<{
      site?: SiteRow | null;
    }>;
    found.push(...slugsOf(rows.map((row) => row.site)));
  } else if (uid === 'api::unit.unit') {
    const unit = (await strapi.db.query(uid).findOne({ where: { documentId }, populate: { site: SITE_REF } })) as {
      id: number;
      site?: SiteRow | null;
    } | null;
    if (unit) {
      found.push(...slugsOf([unit.site]));
      found.push(...(await sitesShowing(strapi, { unit: { id: unit.id } }, [ARTICLE, QUESTION])));
      found.push(...(await sitesShowing(strapi, { issuingUnit: { id: unit.id } }, [LEGAL])));
    }
  } else if (uid === 'api::tag.tag') {
    const tag = (await strapi.db.query(uid).findOne({ where: { documentId }, select: ['id'] })) as { id: number } | null;
    if (tag) found.push(...(await sitesShowing(strapi, { tags: { id: tag.id } }, [ARTICLE])));
  }
  return new Set(found);
};

const LABEL_FIELDS: Record<string, string> = {
  [ARTICLE]: 'title',
  [LEGAL]: 'number',
  [QUESTION]: 'title',
  [WORK_SCHEDULE]: 'weekStart',
  'api::dataset.dataset': 'title',
  [PROCUREMENT]: 'packageName',
};
const MAX_LABEL = 80;

/** What an operator recognises the document by in a job's reasons: a title, a number or a name. */
export const documentLabel = async (strapi: Core.Strapi, uid: string, documentId: string): Promise<string | null> => {
  const field = LABEL_FIELDS[uid] ?? 'name';
  const row = (await strapi.db.query(uid as typeof ARTICLE).findOne({ where: { documentId }, select: [field] })) as Record<
    string,
    unknown
  > | null;
  const label = typeof row?.[field] === 'string' ? (row[field] as string).trim() : '';
  if (!label) return null;
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label;
};
