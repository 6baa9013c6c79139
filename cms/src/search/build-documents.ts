import type { Core } from '@strapi/strapi';
import { QUESTION_FIELDS, type QuestionField } from '@vungtau/publishing';
import { blocksToText } from '../utils/blocks';
import { LEGAL_TYPE_LABELS } from '../utils/legal-labels';
import { chunkText } from './chunk';
import type { IndexDocument } from './document';
import { CONTENT_UIDS, type IndexedUid, type IndexKey } from './index-names';
import { localYear, seconds, SITE, visible, type SiteRef } from './rows';
import { SECTION_SEARCH, type SearchShape } from './sections';

/** What the index needs of each type, written once: explicit fields, never populate=*. */
const ARTICLE_QUERY = {
  fields: ['title', 'slug', 'summary', 'body', 'form', 'postedAt', 'publishedAt', 'workflowState'],
  populate: {
    site: SITE,
    creditSite: { fields: ['name', 'shortName'] },
    categories: { fields: ['name'] },
    cover: { populate: { image: { fields: ['url', 'width', 'height', 'formats'] } } },
  },
};
const LEGAL_QUERY = {
  fields: [
    'number',
    'slug',
    'kind',
    'type',
    'issuer',
    'field',
    'validity',
    'summary',
    'fullText',
    'issuedDate',
    'postedAt',
    'publishedAt',
    'workflowState',
  ],
  populate: { site: SITE },
};
/**
 * Public attributes only: the asker's name and contact, the tracking code, the handling notes and
 * any private answer are never read here, so no index can hold them (tests/search-security.test.ts).
 */
const QUESTION_QUERY = {
  fields: ['title', 'slug', 'question', 'field', 'answer', 'answeredAt', 'postedAt', 'publishedAt', 'workflowState'],
  populate: { site: SITE },
};

interface ImageRef {
  url: string;
  width: number | null;
  height: number | null;
  formats?: Record<string, { url: string; width: number; height: number }> | null;
}
interface ArticleRow {
  documentId: string;
  title: string;
  slug: string;
  summary: string | null;
  body: unknown;
  form: string;
  postedAt: string | null;
  publishedAt: string | null;
  workflowState: string | null;
  site: SiteRef | null;
  creditSite: { name: string; shortName: string | null } | null;
  categories: Array<{ name: string }>;
  cover: { image: ImageRef | null } | null;
}
interface LegalRow {
  documentId: string;
  number: string;
  slug: string;
  kind: string;
  type: keyof typeof LEGAL_TYPE_LABELS;
  issuer: string;
  field: string | null;
  validity: string;
  summary: string;
  fullText: unknown;
  issuedDate: string | null;
  postedAt: string | null;
  publishedAt: string | null;
  workflowState: string | null;
  site: SiteRef | null;
}
interface QuestionRow {
  documentId: string;
  title: string;
  slug: string;
  question: string;
  field: QuestionField;
  answer: unknown;
  answeredAt: string | null;
  postedAt: string | null;
  publishedAt: string | null;
  workflowState: string | null;
  site: SiteRef | null;
}

/** The smallest generated format, for a results thumbnail. */
const thumbnailOf = (image: ImageRef | null | undefined): IndexDocument['thumbnail'] => {
  const small = image?.formats?.thumbnail ?? image?.formats?.small;
  return small ? { url: small.url, width: small.width, height: small.height } : null;
};

export const articleDocuments = (row: ArticleRow): IndexDocument[] => {
  if (!visible(row)) return [];
  const date = seconds(row.postedAt ?? row.publishedAt);
  const base = {
    documentId: row.documentId,
    kind: 'article' as const,
    site: row.site!.slug,
    siteName: row.site!.name,
    path: `tin/${row.slug}/`,
    title: row.title,
    summary: row.summary ?? '',
    date,
    year: localYear(date),
    categories: row.categories.map((category) => category.name),
    form: row.form,
    credit: row.creditSite ? (row.creditSite.shortName ?? row.creditSite.name) : null,
    thumbnail: thumbnailOf(row.cover?.image),
  };
  return chunkText(blocksToText(row.body)).map((body, i) => ({ id: `${row.documentId}-${i}`, ...base, body }));
};

export const legalDocumentDocuments = (row: LegalRow): IndexDocument[] => {
  if (!visible(row)) return [];
  const date = seconds(row.postedAt ?? row.publishedAt);
  const typeLabel = LEGAL_TYPE_LABELS[row.type] ?? row.type;
  const issued = row.issuedDate ? Number(row.issuedDate.slice(0, 4)) : localYear(date);
  const base = {
    documentId: row.documentId,
    kind: 'legal-document' as const,
    site: row.site!.slug,
    siteName: row.site!.name,
    path: `van-ban/${row.slug}/`,
    title: `${typeLabel} ${row.number}`,
    number: row.number,
    summary: row.summary,
    date,
    // A register is searched by the year a document was issued, not posted.
    year: issued,
    categories: [],
    type: row.type,
    typeLabel,
    legalKind: row.kind,
    issuer: row.issuer,
    field: row.field,
    validity: row.validity,
    issuedDate: row.issuedDate,
  };
  return chunkText(blocksToText(row.fullText)).map((body, i) => ({ id: `${row.documentId}-${i}`, ...base, body }));
};

/**
 * A published question with its answer: the question is searched as a summary (shown when the
 * answer has no match), the answer's text as the body, chunked as long texts are.
 */
export const questionDocuments = (row: QuestionRow): IndexDocument[] => {
  if (!visible(row)) return [];
  const date = seconds(row.postedAt ?? row.publishedAt);
  const base = {
    documentId: row.documentId,
    kind: 'question' as const,
    site: row.site!.slug,
    siteName: row.site!.name,
    path: `hoi-dap/${row.slug}/`,
    title: row.title,
    summary: row.question,
    date,
    year: localYear(date),
    categories: [],
    field: row.field,
    fieldLabel: QUESTION_FIELDS[row.field] ?? row.field,
    answeredAt: row.answeredAt,
  };
  return chunkText(blocksToText(row.answer)).map((body, i) => ({ id: `${row.documentId}-${i}`, ...base, body }));
};

/** What each content type's records are read from, and how a row becomes them. */
const SHAPES: Record<IndexedUid, SearchShape> = {
  'api::article.article': { query: ARTICLE_QUERY, documents: articleDocuments },
  'api::legal-document.legal-document': { query: LEGAL_QUERY, documents: legalDocumentDocuments },
  'api::question.question': { query: QUESTION_QUERY, documents: questionDocuments },
  ...SECTION_SEARCH,
};

type Documents = ReturnType<Core.Strapi['documents']>;
const PAGE = 200;

/** The index records of these documents of one type, from their published versions (none for a document no longer public). */
export const buildDocuments = async (
  strapi: Core.Strapi,
  uid: IndexedUid,
  documentIds: string[]
): Promise<Map<string, IndexDocument[]>> => {
  const result = new Map<string, IndexDocument[]>(documentIds.map((id) => [id, []]));
  const service = strapi.documents(uid) as unknown as Documents;
  const shape = SHAPES[uid];
  for (let i = 0; i < documentIds.length; i += PAGE) {
    const rows = (await service.findMany({
      ...shape.query,
      status: 'published',
      filters: { documentId: { $in: documentIds.slice(i, i + PAGE) } },
      limit: PAGE,
    } as never)) as unknown as Array<{ documentId: string }>;
    for (const row of rows) result.set(row.documentId, shape.documents(row as never));
  }
  return result;
};

/** Every record of an index (of each of its content types in turn), page by page, for a full reindex. */
export async function* allDocuments(strapi: Core.Strapi, key: IndexKey): AsyncGenerator<IndexDocument[]> {
  for (const uid of CONTENT_UIDS[key]) {
    const service = strapi.documents(uid) as unknown as Documents;
    const shape = SHAPES[uid];
    for (let start = 0; ; start += PAGE) {
      const rows = (await service.findMany({
        ...shape.query,
        status: 'published',
        sort: ['id:asc'],
        start,
        limit: PAGE,
      } as never)) as unknown as unknown[];
      if (rows.length === 0) break;
      yield rows.flatMap((row) => shape.documents(row as never));
      if (rows.length < PAGE) break;
    }
  }
}
