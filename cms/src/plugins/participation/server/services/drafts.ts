import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { COMMENT_STATUSES, commentWindowOpen, type CommentStatus } from '@vungtau/publishing';
import type { DraftSummary } from '../../shared/contracts';
import { assertCovers, siteWhere, type ModerationScope } from './access';

import { COMMENT_UID, LEGAL_UID } from './uids';

export { COMMENT_UID, LEGAL_UID };
const DRAFT_KIND = 'draft-for-comment';

/** A draft for public comment as stored, the version moderators go by. */
export interface DraftRow {
  id: number;
  documentId: string;
  number: string;
  summary: string;
  publishedAt: string | null;
  site: { id: number; slug: string; name: string } | null;
  commentWindow: { opensAt: string; closesAt: string } | null;
}

const DRAFT_QUERY = {
  select: ['id', 'documentId', 'number', 'summary', 'publishedAt'],
  populate: { site: { select: ['id', 'slug', 'name'] }, commentWindow: { select: ['opensAt', 'closesAt'] } },
};

/**
 * A document has a draft and (once approved) a published version; moderators go by the
 * published one, which is what the site shows, and by the draft while there is none.
 */
const latestPerDocument = (rows: DraftRow[]): DraftRow[] => {
  const byDocument = new Map<string, DraftRow>();
  for (const row of rows) {
    const kept = byDocument.get(row.documentId);
    if (!kept || (!kept.publishedAt && row.publishedAt)) byDocument.set(row.documentId, row);
  }
  return [...byDocument.values()];
};

type Counts = Record<CommentStatus, number>;
const noCounts = (): Counts => ({ pending: 0, published: 0, rejected: 0 });

/** How many comments of each status each draft has: one grouped query, not one count per draft. */
const countsOf = async (strapi: Core.Strapi, documentIds: string[]): Promise<Map<string, Counts>> => {
  const counts = new Map<string, Counts>();
  if (documentIds.length === 0) return counts;
  const meta = strapi.db.metadata.get(COMMENT_UID);
  const column = (attribute: string) => (meta.attributes[attribute] as { columnName?: string }).columnName ?? attribute;
  const [documentColumn, statusColumn] = [column('legalDocumentId'), column('status')];
  const rows = (await strapi.db
    .connection(meta.tableName)
    .select({ documentId: documentColumn, status: statusColumn })
    .count({ total: '*' })
    .whereIn(documentColumn, documentIds)
    .groupBy(documentColumn, statusColumn)) as Array<{ documentId: string; status: string; total: number | string }>;
  for (const row of rows) {
    if (!(COMMENT_STATUSES as readonly string[]).includes(row.status)) continue;
    const entry = counts.get(row.documentId) ?? noCounts();
    entry[row.status as CommentStatus] = Number(row.total);
    counts.set(row.documentId, entry);
  }
  return counts;
};

const summaryOf = (row: DraftRow, counts: Counts, now: Date): DraftSummary => ({
  documentId: row.documentId,
  number: row.number,
  summary: row.summary,
  site: { slug: row.site?.slug ?? '', name: row.site?.name ?? '' },
  opensAt: row.commentWindow?.opensAt ? new Date(row.commentWindow.opensAt).toISOString() : null,
  closesAt: row.commentWindow?.closesAt ? new Date(row.commentWindow.closesAt).toISOString() : null,
  open: commentWindowOpen(row.commentWindow, now),
  counts,
});

/** "Waiting for me" first: drafts with comments to moderate, then open ones, then the latest deadline. */
const byUrgency = (a: DraftSummary, b: DraftSummary): number =>
  Number(b.counts.pending > 0) - Number(a.counts.pending > 0) ||
  Number(b.open) - Number(a.open) ||
  (b.closesAt ?? '').localeCompare(a.closesAt ?? '') ||
  a.number.localeCompare(b.number, 'vi');

/** The drafts for public comment on the sites the user moderates. */
export const listDrafts = async (strapi: Core.Strapi, scope: ModerationScope, now = new Date()): Promise<DraftSummary[]> => {
  const rows = latestPerDocument(
    (await strapi.db.query(LEGAL_UID).findMany({ where: { kind: DRAFT_KIND, ...siteWhere(scope) }, ...DRAFT_QUERY })) as DraftRow[]
  );
  const counts = await countsOf(
    strapi,
    rows.map((row) => row.documentId)
  );
  return rows.map((row) => summaryOf(row, counts.get(row.documentId) ?? noCounts(), now)).sort(byUrgency);
};

/** One draft for public comment, by document id: 404 if there is none, 403 if it is another site's. */
export const findDraft = async (strapi: Core.Strapi, scope: ModerationScope, documentId: string): Promise<DraftRow> => {
  const [row] = latestPerDocument(
    (await strapi.db.query(LEGAL_UID).findMany({ where: { documentId, kind: DRAFT_KIND }, ...DRAFT_QUERY })) as DraftRow[]
  );
  if (!row) throw new errors.NotFoundError('Không tìm thấy dự thảo lấy ý kiến.');
  assertCovers(scope, row.site?.id);
  return row;
};

/** The draft's summary with its counts, for the comment list and the exports. */
export const draftSummary = async (strapi: Core.Strapi, row: DraftRow, now = new Date()): Promise<DraftSummary> =>
  summaryOf(row, (await countsOf(strapi, [row.documentId])).get(row.documentId) ?? noCounts(), now);
