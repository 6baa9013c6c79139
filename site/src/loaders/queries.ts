import type { QueryValue } from '../utils/query-string';

// Populate shapes, written once: explicit fields only, never populate=*.

const IMAGE = { fields: ['url', 'width', 'height', 'alternativeText', 'formats'] };
const FILE = { fields: ['url', 'name', 'ext', 'size', 'mime'] };
const CAPTIONED_IMAGE = { populate: { image: IMAGE } };
/** A video, audio or captions file: its address and type, what a <source> or <track> needs. */
const MEDIA_FILE = { fields: ['url', 'mime', 'size'] };
const REF = (...fields: string[]) => ({ fields: ['slug', ...fields] });
const CONTACT = true;

type Query = Record<string, QueryValue>;

/** Entries per request: the API's maxLimit. */
export const PAGE_SIZE = 100;

/** Which entries belong to a site: `relation` names the relation to the site, null for the site itself. */
export interface SiteScope {
  relation: string | null;
  slug: string;
}

/**
 * The query of one page of a collection, as the content loader sends it. Only the first page asks
 * for the total: counting runs the whole filtered join again, and later pages need only their rows.
 */
export const pageQuery = (query: Query, site: SiteScope | undefined, page: number): Query => ({
  ...query,
  ...(site ? { filters: site.relation ? { [site.relation]: { slug: { $eq: site.slug } } } : { slug: { $eq: site.slug } } } : {}),
  sort: ['id:asc'],
  pagination: page === 1 ? { page, pageSize: PAGE_SIZE } : { page, pageSize: PAGE_SIZE, withCount: false },
});

export const SITE_QUERY: Query = {
  fields: [
    'name',
    'nameEn',
    'shortName',
    'slug',
    'kind',
    'domain',
    'tagline',
    'taglineEn',
    'introduction',
    'introductionEn',
    'status',
    'statusChangedOn',
    // Null unless the board turned the public visit counter on (docs/visits.md).
    'publicVisitTotal',
  ],
  populate: {
    parent: REF('name'),
    mergedInto: REF('name', 'domain'),
    contact: CONTACT,
    editorialBoard: true,
    navigation: true,
    logo: IMAGE,
    banners: { populate: { image: IMAGE } },
  },
};

export const CATEGORY_QUERY: Query = {
  fields: ['name', 'slug', 'order', 'description', 'kind', 'documentKinds', 'documentTypes'],
  populate: { parent: REF() },
};

export const UNIT_QUERY: Query = {
  fields: ['name', 'nameEn', 'shortName', 'slug', 'kind', 'functions', 'functionsEn', 'order'],
  populate: { parent: REF(), contact: CONTACT },
};

// Name, position and official contacts of the competent officials: public by law (Nghị định 42/2022/NĐ-CP).
export const OFFICIAL_QUERY: Query = {
  fields: ['name', 'position', 'positionEn', 'rank', 'phone', 'email', 'bio', 'bioEn', 'order'],
  populate: { unit: REF(), photo: IMAGE },
};

export const ARTICLE_QUERY: Query = {
  fields: ['title', 'slug', 'summary', 'body', 'form', 'byline', 'featured', 'postedAt', 'publishedAt', 'updatedAt'],
  populate: {
    cover: CAPTIONED_IMAGE,
    gallery: CAPTIONED_IMAGE,
    videos: { populate: { file: MEDIA_FILE, poster: IMAGE, captions: MEDIA_FILE } },
    audios: { populate: { file: MEDIA_FILE, captions: MEDIA_FILE } },
    infographics: { populate: { image: IMAGE } },
    source: true,
    categories: REF(),
    unit: REF('name'),
    tags: REF('name'),
    creditSite: REF('name', 'shortName', 'domain'),
  },
};

// Never the asker's name or contact: private attributes the CMS would refuse to select anyway.
export const QUESTION_QUERY: Query = {
  fields: ['title', 'slug', 'question', 'field', 'answer', 'receivedAt', 'answeredAt', 'postedAt', 'publishedAt', 'updatedAt'],
  populate: { unit: REF('name') },
};

/** A dataset with its table of figures and the source file readers download. */
export const DATASET_QUERY: Query = {
  fields: [
    'title',
    'titleEn',
    'slug',
    'field',
    'periodStart',
    'periodEnd',
    'unitOfMeasure',
    'source',
    'description',
    'table',
    'chart',
    'publishedAt',
    'updatedAt',
  ],
  populate: { sourceFile: FILE },
};

export const PUBLIC_SERVICE_QUERY: Query = {
  fields: ['name', 'field', 'level', 'code', 'provincialUrl', 'nationalUrl', 'popular', 'order', 'publishedAt', 'updatedAt'],
};

export const LEGAL_DOCUMENT_QUERY: Query = {
  fields: [
    'number',
    'slug',
    'kind',
    'type',
    'issuer',
    'signer',
    'signerTitle',
    'issuedDate',
    'effectiveDate',
    'validity',
    'field',
    'summary',
    'fullText',
    'commentResponse',
    'postedAt',
    'publishedAt',
    'updatedAt',
  ],
  populate: {
    attachments: FILE,
    replaces: REF('number'),
    replacedBy: REF('number'),
    amends: REF('number'),
    amendedBy: REF('number'),
    commentWindow: true,
  },
};

/** A site's published weeks of the leaders' work schedule, every entry whole with its leaders' names and posts. */
export const WORK_SCHEDULE_QUERY: Query = {
  fields: ['weekStart', 'note', 'publishedAt', 'updatedAt'],
  populate: { entries: { populate: { leaders: { fields: ['name', 'position', 'order'] } } } },
};

export const PROJECT_QUERY: Query = {
  fields: [
    'name',
    'slug',
    'field',
    'investor',
    'location',
    'totalInvestment',
    'capitalSource',
    'periodStart',
    'periodEnd',
    'state',
    'summary',
    'description',
    'publishedAt',
    'updatedAt',
  ],
  populate: { progress: true, documents: FILE, legalDocuments: REF('number') },
};

export const PROCUREMENT_NOTICE_QUERY: Query = {
  fields: [
    'packageName',
    'slug',
    'procuringEntity',
    'method',
    'budget',
    'summary',
    'publishedDate',
    'bidClosingAt',
    'resultDate',
    'publishedAt',
    'updatedAt',
  ],
  populate: { project: REF('name'), result: true, attachments: FILE },
};
