import { defineCollection } from 'astro:content';
import { searchConfigLoader } from './loaders/search-config';
import { strapiLoader } from './loaders/strapi';
import {
  ARTICLE_QUERY,
  CATEGORY_QUERY,
  LEGAL_DOCUMENT_QUERY,
  OFFICIAL_QUERY,
  QUESTION_QUERY,
  SITE_QUERY,
  UNIT_QUERY,
} from './loaders/queries';
import { article, category, legalDocument, official, question, site, unit } from './content/schemas';
import { siteEnv } from './utils/env.mjs';

const { slug, cmsUrl } = siteEnv();
const token = process.env.CMS_TOKEN || undefined;
const ofSite = { relation: 'site', slug };

export const collections = {
  // All sites: the city portal links to its wards, a merged site to its successor.
  sites: defineCollection({ loader: strapiLoader({ collection: 'sites', query: SITE_QUERY, schema: site, cmsUrl, token }) }),
  categories: defineCollection({
    loader: strapiLoader({ collection: 'categories', query: CATEGORY_QUERY, site: ofSite, schema: category, cmsUrl, token }),
  }),
  units: defineCollection({ loader: strapiLoader({ collection: 'units', query: UNIT_QUERY, site: ofSite, schema: unit, cmsUrl, token }) }),
  officials: defineCollection({
    loader: strapiLoader({ collection: 'officials', query: OFFICIAL_QUERY, site: ofSite, schema: official, cmsUrl, token }),
  }),
  articles: defineCollection({
    loader: strapiLoader({ collection: 'articles', query: ARTICLE_QUERY, site: ofSite, schema: article, cmsUrl, token }),
  }),
  legalDocuments: defineCollection({
    loader: strapiLoader({
      collection: 'legal-documents',
      query: LEGAL_DOCUMENT_QUERY,
      site: ofSite,
      schema: legalDocument,
      cmsUrl,
      token,
    }),
  }),
  questions: defineCollection({
    loader: strapiLoader({ collection: 'questions', query: QUESTION_QUERY, site: ofSite, schema: question, cmsUrl, token }),
  }),
  searchConfig: defineCollection({ loader: searchConfigLoader({ cmsUrl }) }),
};
