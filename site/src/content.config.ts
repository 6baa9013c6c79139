import { defineCollection } from 'astro:content';
import { searchConfigLoader } from './loaders/search-config';
import { strapiLoader } from './loaders/strapi';
import {
  ARTICLE_QUERY,
  CATEGORY_QUERY,
  LEGAL_DOCUMENT_QUERY,
  QUESTION_QUERY,
  SITE_QUERY,
  UNIT_QUERY,
  WORK_SCHEDULE_QUERY,
  DATASET_QUERY,
  PUBLIC_SERVICE_QUERY,
  PROCUREMENT_NOTICE_QUERY,
  PROJECT_QUERY,
  OFFICIAL_QUERY,
} from './loaders/queries';
import {
  article,
  category,
  dataset,
  legalDocument,
  official,
  procurementNotice,
  project,
  publicService,
  question,
  site,
  unit,
  workSchedule,
} from './content/schemas';
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
  workSchedules: defineCollection({
    loader: strapiLoader({ collection: 'work-schedules', query: WORK_SCHEDULE_QUERY, site: ofSite, schema: workSchedule, cmsUrl, token }),
  }),
  datasets: defineCollection({
    loader: strapiLoader({ collection: 'datasets', query: DATASET_QUERY, site: ofSite, schema: dataset, cmsUrl, token }),
  }),
  publicServices: defineCollection({
    loader: strapiLoader({
      collection: 'public-services',
      query: PUBLIC_SERVICE_QUERY,
      site: ofSite,
      schema: publicService,
      cmsUrl,
      token,
    }),
  }),
  projects: defineCollection({
    loader: strapiLoader({ collection: 'projects', query: PROJECT_QUERY, site: ofSite, schema: project, cmsUrl, token }),
  }),
  procurementNotices: defineCollection({
    loader: strapiLoader({
      collection: 'procurement-notices',
      query: PROCUREMENT_NOTICE_QUERY,
      site: ofSite,
      schema: procurementNotice,
      cmsUrl,
      token,
    }),
  }),
  searchConfig: defineCollection({ loader: searchConfigLoader({ cmsUrl }) }),
};
