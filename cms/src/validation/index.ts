import type { UID } from '@strapi/strapi';
import { articleRules } from './article';
import { assignmentRules } from './assignment';
import { categoryRules } from './category';
import { datasetRules } from './dataset';
import { directionRules } from './direction';
import { legalDocumentRules } from './legal-document';
import { officialRules } from './official';
import { overtimeEntryRules, yearReportNoteRules } from './overtime-entry';
import { publicServiceRules } from './public-service';
import { procurementNoticeRules } from './procurement-notice';
import { projectRules } from './project';
import { royaltyBudgetRules, royaltyRateRules, royaltyUnitValueRules } from './royalty-config';
import { siteRules } from './site';
import { SITE_OWNED_RELATIONS, siteScopeProblems } from './site-scope';
import type { ContentRules } from './types';
import { unitRules } from './unit';
import { workScheduleRules } from './work-schedule';

const ownRules: Partial<Record<UID.ContentType, ContentRules>> = {
  'api::article.article': articleRules,
  'api::legal-document.legal-document': legalDocumentRules,
  'api::category.category': categoryRules,
  'api::project.project': projectRules,
  'api::procurement-notice.procurement-notice': procurementNoticeRules,
  'api::site.site': siteRules,
  'api::unit.unit': unitRules,
  'api::official.official': officialRules,
  'api::royalty-rate.royalty-rate': royaltyRateRules,
  'api::royalty-unit-value.royalty-unit-value': royaltyUnitValueRules,
  'api::royalty-budget.royalty-budget': royaltyBudgetRules,
  'api::overtime-entry.overtime-entry': overtimeEntryRules,
  'api::year-report-note.year-report-note': yearReportNoteRules,
  'api::work-schedule.work-schedule': workScheduleRules,
  'api::dataset.dataset': datasetRules,
  'api::public-service.public-service': publicServiceRules,
  'api::direction.direction': directionRules,
  'api::assignment.assignment': assignmentRules,
};

/** A type's own rules, and on every write, drafts included, its relations' sites (site-scope.ts). */
const withSiteScope = (uid: UID.ContentType, rules: ContentRules | undefined): ContentRules => ({
  populate: rules?.populate ?? {},
  published: rules?.published,
  async always(doc, strapi) {
    return [...(rules?.always ? await rules.always(doc, strapi) : []), ...(await siteScopeProblems(strapi, uid, doc))];
  },
});

const scoped = new Set(SITE_OWNED_RELATIONS.filter((relation) => relation.checked).map((relation) => relation.type as UID.ContentType));

/** Business rules beyond what schema.json can say, per content type. */
export const contentRules: Partial<Record<UID.ContentType, ContentRules>> = Object.fromEntries(
  [...new Set([...(Object.keys(ownRules) as UID.ContentType[]), ...scoped])].map((uid) => [
    uid,
    scoped.has(uid) ? withSiteScope(uid, ownRules[uid]) : ownRules[uid],
  ])
);
