import type { Core, UID } from '@strapi/strapi';
import {
  COMPLIANCE_STATUS_LABELS,
  PLAN_DOCUMENT_TYPES,
  checkCompliance,
  newestOf,
  type ComplianceInput,
  type ComplianceSiteKind,
  type SectionInput,
} from '@vungtau/publishing';
import type { ComplianceOverview } from '../../shared/contracts';
import type { SiteAccess } from './access';
import { ARTICLE, LEGAL, SITE, UNIT } from './uids';

/**
 * The section types the check reads beside articles, documents and units. A type this CMS does not
 * have (a schema without it) counts as a missing section: the check never guesses.
 */
export const SECTION_UIDS = {
  official: 'api::official.official',
  workSchedule: 'api::work-schedule.work-schedule',
  project: 'api::project.project',
  procurementNotice: 'api::procurement-notice.procurement-notice',
  dataset: 'api::dataset.dataset',
  publicService: 'api::public-service.public-service',
  question: 'api::question.question',
} as const;

type Where = Record<string, unknown>;

/**
 * Published items of a type on a site matching `where`: how many, the newest update and, when
 * `newestField` is given and the type has it, that field's newest value. Undefined when the type
 * does not exist.
 */
const summarize = async (
  strapi: Core.Strapi,
  uid: string,
  siteId: number,
  where: Where = {},
  newestField?: string
): Promise<SectionInput | undefined> => {
  const model = strapi.contentTypes[uid as UID.ContentType] as { attributes: Record<string, unknown> } | undefined;
  if (!model) return undefined;
  // Types without draft & publish have publishedAt set on every row; with it, only the published rows.
  const filter = { ...where, site: { id: siteId }, publishedAt: { $notNull: true } };
  const query = strapi.db.query(uid as UID.ContentType);
  const count = await query.count({ where: filter });
  if (count === 0) return { count, lastUpdated: null };
  const last = (await query.findOne({ where: filter, select: ['updatedAt'], orderBy: { updatedAt: 'desc' } })) as {
    updatedAt: string;
  } | null;
  let newest: string | null = null;
  if (newestField && model.attributes[newestField]) {
    const row = (await query.findOne({
      where: { ...filter, [newestField]: { $notNull: true } },
      select: [newestField],
      orderBy: { [newestField]: 'desc' },
    })) as Record<string, string> | null;
    newest = row?.[newestField] ?? null;
  }
  return { count, lastUpdated: last?.updatedAt ?? null, newest };
};

/** Two sections' inputs as one (projects and procurement notices): counts added, the newest dates kept. */
const merged = (...inputs: Array<SectionInput | undefined>): SectionInput | undefined => {
  const present = inputs.filter((i): i is SectionInput => i !== undefined);
  if (present.length === 0) return undefined;
  return {
    count: present.reduce((sum, i) => sum + i.count, 0),
    lastUpdated: newestOf(present.map((i) => i.lastUpdated)),
    newest: newestOf(present.map((i) => i.newest)),
  };
};

interface SiteRow {
  updatedAt: string;
  introductionEn: unknown;
  contact: { address?: string | null; phone?: string | null; email?: string | null } | null;
}

const hasText = (value: unknown): boolean =>
  typeof value === 'string' ? value.trim() !== '' : Array.isArray(value) ? value.some(hasText) : false;

/** The check's inputs of one site, from the database. */
export const complianceInput = async (strapi: Core.Strapi, siteId: number): Promise<ComplianceInput> => {
  const site = (await strapi.db.query(SITE).findOne({
    where: { id: siteId },
    select: ['updatedAt', 'introductionEn'],
    populate: { contact: true },
  })) as SiteRow | null;
  const units = await summarize(strapi, UNIT, siteId);
  const englishUnits = await summarize(strapi, UNIT, siteId, { nameEn: { $notNull: true, $ne: '' } });
  const englishOfficials = await summarize(strapi, SECTION_UIDS.official, siteId, { positionEn: { $notNull: true, $ne: '' } });
  const english = merged(
    englishUnits,
    englishOfficials,
    hasText(site?.introductionEn) ? { count: 1, lastUpdated: site?.updatedAt ?? null } : undefined
  );
  const contact = site?.contact;
  const hasContact = Boolean(contact && hasText(contact.address) && (hasText(contact.phone) || hasText(contact.email)));
  const articles = await summarize(strapi, ARTICLE, siteId, {}, 'postedAt');
  return {
    organisation: units,
    officials: await summarize(strapi, SECTION_UIDS.official, siteId),
    // News is as fresh as its newest posting, not its newest edit.
    news: articles && { ...articles, lastUpdated: articles.newest ?? articles.lastUpdated },
    normative: await summarize(strapi, LEGAL, siteId, { kind: 'normative' }),
    administrative: await summarize(strapi, LEGAL, siteId, { kind: 'administrative' }),
    drafts: await summarize(strapi, LEGAL, siteId, { kind: 'draft-for-comment' }),
    plans: await summarize(strapi, LEGAL, siteId, { kind: { $ne: 'draft-for-comment' }, type: { $in: [...PLAN_DOCUMENT_TYPES] } }),
    schedule: await summarize(strapi, SECTION_UIDS.workSchedule, siteId, {}, 'weekStart'),
    questions: await summarize(strapi, SECTION_UIDS.question, siteId),
    projects: merged(
      await summarize(strapi, SECTION_UIDS.project, siteId),
      await summarize(strapi, SECTION_UIDS.procurementNotice, siteId)
    ),
    statistics: await summarize(strapi, SECTION_UIDS.dataset, siteId, {}, 'periodEnd'),
    publicServices: await summarize(strapi, SECTION_UIDS.publicService, siteId),
    english,
    contact: hasContact ? { count: 1, lastUpdated: site?.updatedAt ?? null } : { count: 0, lastUpdated: null },
  };
};

const siteKind = (kind: string): ComplianceSiteKind => (kind === 'city' ? 'city' : kind === 'commune' ? 'commune' : 'ward');

/** The Nghị định 42 check of each site in scope (the Báo cáo page's "Tuân thủ NĐ 42" tab). */
export const complianceOverview = async (strapi: Core.Strapi, sites: SiteAccess[], now = new Date()): Promise<ComplianceOverview> => {
  const rows: ComplianceOverview['sites'] = [];
  for (const site of sites) {
    const report = checkCompliance(siteKind(site.kind), await complianceInput(strapi, site.id), now);
    rows.push({ documentId: site.documentId, name: site.name, kind: site.kind, sections: report.sections, summary: report.summary });
  }
  return { checkedAt: now.toISOString(), statusLabels: COMPLIANCE_STATUS_LABELS, sites: rows };
};
