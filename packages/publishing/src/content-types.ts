/**
 * The CMS's content types the site build and the rebuild queue name: each one's uid (what the CMS's
 * Document Service and a rebuild job's changes say) and the plural of its REST route (`/api/<rest>`).
 */
export const CONTENT_TYPES = {
  article: { uid: 'api::article.article', rest: 'articles' },
  legalDocument: { uid: 'api::legal-document.legal-document', rest: 'legal-documents' },
  question: { uid: 'api::question.question', rest: 'questions' },
  workSchedule: { uid: 'api::work-schedule.work-schedule', rest: 'work-schedules' },
  project: { uid: 'api::project.project', rest: 'projects' },
  procurementNotice: { uid: 'api::procurement-notice.procurement-notice', rest: 'procurement-notices' },
  site: { uid: 'api::site.site', rest: 'sites' },
  dataset: { uid: 'api::dataset.dataset', rest: 'datasets' },
  publicService: { uid: 'api::public-service.public-service', rest: 'public-services' },
} as const;

export type ContentTypeName = keyof typeof CONTENT_TYPES;
export type ContentTypeUid = (typeof CONTENT_TYPES)[ContentTypeName]['uid'];
