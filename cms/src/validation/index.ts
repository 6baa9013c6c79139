import type { UID } from '@strapi/strapi';
import { articleRules } from './article';
import { categoryRules } from './category';
import { legalDocumentRules } from './legal-document';
import { officialRules } from './official';
import { royaltyBudgetRules, royaltyRateRules, royaltyUnitValueRules } from './royalty-config';
import { siteRules } from './site';
import type { ContentRules } from './types';
import { unitRules } from './unit';

/** Business rules beyond what schema.json can say, per content type. */
export const contentRules: Partial<Record<UID.ContentType, ContentRules>> = {
  'api::article.article': articleRules,
  'api::legal-document.legal-document': legalDocumentRules,
  'api::category.category': categoryRules,
  'api::site.site': siteRules,
  'api::unit.unit': unitRules,
  'api::official.official': officialRules,
  'api::royalty-rate.royalty-rate': royaltyRateRules,
  'api::royalty-unit-value.royalty-unit-value': royaltyUnitValueRules,
  'api::royalty-budget.royalty-budget': royaltyBudgetRules,
};
