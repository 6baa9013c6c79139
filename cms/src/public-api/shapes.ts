// What the public content API may be asked, declared once per type. Scalar attributes are derived
// from the schemas (every non-private one: Strapi returns them all when `fields` is absent anyway);
// what leads elsewhere — relations, components, media — is public only when it is named here, so a
// relation added to a schema stays out of reach until someone decides the public needs it.
// The site build's queries (site/src/loaders/queries.ts) are the reference: a test sends each of
// them anonymously through the guard (tests/security-public-api.test.ts).

/** The content types the Public role reads (bootstrap/public-permissions.ts), each guarded. */
export type PublicType =
  | 'api::site.site'
  | 'api::unit.unit'
  | 'api::official.official'
  | 'api::category.category'
  | 'api::tag.tag'
  | 'api::article.article'
  | 'api::legal-document.legal-document'
  | 'api::question.question'
  | 'api::work-schedule.work-schedule'
  | 'api::dataset.dataset'
  | 'api::public-service.public-service'
  | 'api::project.project'
  | 'api::procurement-notice.procurement-notice';

export interface DeclaredShape {
  /** Relations, components and media that may be populated (their own shape applies below them). */
  populate: readonly string[];
  /** Relations a filter may follow (a join each): the site scope, and what a list page narrows by. */
  filterThrough: readonly string[];
}

export const PUBLIC_TYPES: Record<PublicType, DeclaredShape> = {
  'api::site.site': {
    populate: ['parent', 'mergedInto', 'contact', 'editorialBoard', 'navigation', 'logo', 'banners'],
    filterThrough: ['parent'],
  },
  'api::unit.unit': { populate: ['site', 'parent', 'contact'], filterThrough: ['site', 'parent'] },
  // Name, position, official phone and e-mail of the competent officials: public by law (Nghị định 42/2022/NĐ-CP, Điều 4 and 7).
  'api::official.official': { populate: ['site', 'unit', 'photo'], filterThrough: ['site', 'unit'] },
  'api::category.category': { populate: ['site', 'parent'], filterThrough: ['site', 'parent'] },
  'api::tag.tag': { populate: [], filterThrough: [] },
  'api::article.article': {
    populate: ['site', 'cover', 'gallery', 'videos', 'audios', 'infographics', 'source', 'categories', 'unit', 'tags', 'creditSite'],
    filterThrough: ['site', 'categories', 'unit', 'tags', 'creditSite'],
  },
  'api::legal-document.legal-document': {
    populate: ['site', 'issuingUnit', 'attachments', 'replaces', 'replacedBy', 'amends', 'amendedBy', 'commentWindow'],
    filterThrough: ['site', 'issuingUnit'],
  },
  // The asker's name and contact are private attributes: never selectable, populated or filtered on.
  'api::question.question': { populate: ['site', 'unit'], filterThrough: ['site', 'unit'] },
  'api::work-schedule.work-schedule': { populate: ['site', 'entries'], filterThrough: ['site'] },
  // The source file readers download beside the table; nothing about who uploaded it.
  'api::dataset.dataset': { populate: ['site', 'sourceFile'], filterThrough: ['site'] },
  'api::public-service.public-service': { populate: ['site'], filterThrough: ['site'] },
  'api::project.project': { populate: ['site', 'progress', 'documents', 'legalDocuments'], filterThrough: ['site'] },
  'api::procurement-notice.procurement-notice': {
    populate: ['site', 'project', 'result', 'attachments'],
    filterThrough: ['site', 'project'],
  },
};

/**
 * Components a public type embeds, and the media inside them. `article.author` is absent on
 * purpose: it links a contributor (a non-public type) and their royalty share. `unit.quota` too:
 * it is the editorial board's internal target.
 */
export const PUBLIC_COMPONENTS: Record<string, DeclaredShape> = {
  'media.captioned-image': { populate: ['image'], filterThrough: [] },
  'article.source': { populate: [], filterThrough: [] },
  // An article's video and audio with their poster and captions, and its infographics.
  'article.video': { populate: ['file', 'poster', 'captions'], filterThrough: [] },
  'article.audio': { populate: ['file', 'captions'], filterThrough: [] },
  'article.infographic': { populate: ['image'], filterThrough: [] },
  'legal.comment-window': { populate: [], filterThrough: [] },
  'shared.contact': { populate: [], filterThrough: [] },
  'site.board-member': { populate: [], filterThrough: [] },
  'site.nav-item': { populate: [], filterThrough: [] },
  'site.banner-link': { populate: ['image'], filterThrough: [] },
  // The leaders are officials (public by law); nothing else is reached through them.
  'schedule.entry': { populate: ['leaders'], filterThrough: [] },
  'project.progress-update': { populate: [], filterThrough: [] },
  'procurement.result': { populate: [], filterThrough: [] },
};

/** The media library's files: public by nature (their URLs are on every page); nothing below them. */
export const MEDIA_UID = 'plugin::upload.file';

/** Every entry's own keys, present on every type though the schemas do not list them all. */
export const SYSTEM_FIELDS = ['id', 'documentId', 'createdAt', 'updatedAt', 'publishedAt'] as const;

/** Scalar types a filter or sort may use: not rich text or JSON (a LIKE over a JSON column scans it whole). */
export const UNFILTERABLE_TYPES = new Set(['blocks', 'json', 'richtext', 'password']);
