import type { UID } from '@strapi/strapi';
import { articleRules } from './article';
import { categoryRules } from './category';
import { legalDocumentRules } from './legal-document';
import { procurementNoticeRules } from './procurement-notice';
import { projectRules } from './project';
import { royaltyBudgetRules, royaltyRateRules, royaltyUnitValueRules } from './royalty-config';
import { siteRules } from './site';
import type { ContentRules } from './types';

/** Business rules beyond what schema.json can say, per content type. */
export const contentRules: Partial<Record<UID.ContentType, ContentRules>> = {
  'api::article.article': articleRules,
  'api::legal-document.legal-document': legalDocumentRules,
  'api::category.category': categoryRules,
  'api::project.project': projectRules,
  'api::procurement-notice.procurement-notice': procurementNoticeRules,
  'api::site.site': siteRules,
  'api::royalty-rate.royalty-rate': royaltyRateRules,
  'api::royalty-unit-value.royalty-unit-value': royaltyUnitValueRules,
  'api::royalty-budget.royalty-budget': royaltyBudgetRules,
};
