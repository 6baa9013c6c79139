import type { Core } from '@strapi/strapi';
import type { CommentStatus, RejectReason } from '@vungtau/publishing';
import type { ModeratedComment } from '../../shared/contracts';
import { COMMENT_UID } from './drafts';

/** A comment as stored. */
export interface CommentRow {
  id: number;
  documentId: string;
  legalDocumentId: string;
  site?: { id: number } | null;
  authorName: string;
  organisation: string | null;
  email: string | null;
  phone: string | null;
  section: string | null;
  body: string;
  showName: boolean | null;
  status: CommentStatus;
  rejectReason: RejectReason | null;
  answer: string | null;
  answeredAt: string | Date | null;
  submittedAt: string | Date;
  moderatedAt: string | Date | null;
  moderatedBy: string | null;
  contactErasedAt: string | Date | null;
}

const iso = (value: string | Date | null | undefined): string | null => (value ? new Date(value).toISOString() : null);

/** A comment as moderators see it: with the contact details, which only they and super admins are given. */
export const moderated = (row: CommentRow): ModeratedComment => ({
  id: row.id,
  documentId: row.documentId,
  authorName: row.authorName,
  organisation: row.organisation || null,
  // After the retention period the details are gone (the erasure job empties them and dates it).
  email: row.contactErasedAt ? null : row.email || null,
  phone: row.contactErasedAt ? null : row.phone || null,
  contactErased: Boolean(row.contactErasedAt),
  section: row.section || null,
  body: row.body,
  showName: Boolean(row.showName),
  status: row.status,
  rejectReason: row.rejectReason ?? null,
  answer: row.answer || null,
  answeredAt: iso(row.answeredAt),
  submittedAt: iso(row.submittedAt) ?? '',
  moderatedAt: iso(row.moderatedAt),
  moderatedBy: row.moderatedBy ?? null,
});

/** Oldest first: moderators and the summary table take comments in the order they came. */
export const COMMENT_ORDER = [{ submittedAt: 'asc' as const }, { id: 'asc' as const }];

export const PAGE_SIZE = 20;

/** One page of a draft's comments, of one status or all. */
export const commentPage = async (
  strapi: Core.Strapi,
  legalDocumentId: string,
  status: CommentStatus | null,
  page: number
): Promise<{ comments: ModeratedComment[]; page: number; pageCount: number; total: number }> => {
  const where = { legalDocumentId, ...(status ? { status } : {}) };
  const total = await strapi.db.query(COMMENT_UID).count({ where });
  const rows = (await strapi.db.query(COMMENT_UID).findMany({
    where,
    orderBy: COMMENT_ORDER,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  })) as CommentRow[];
  return { comments: rows.map(moderated), page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)), total };
};

/** Every comment of a draft, oldest first, for the exports. */
export const allComments = async (strapi: Core.Strapi, legalDocumentId: string): Promise<CommentRow[]> =>
  (await strapi.db.query(COMMENT_UID).findMany({ where: { legalDocumentId }, orderBy: COMMENT_ORDER })) as CommentRow[];
