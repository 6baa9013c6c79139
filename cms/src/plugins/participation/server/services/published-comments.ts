import type { Core } from '@strapi/strapi';
import { commentWindowOpen, type PublicDraftComment } from '@vungtau/publishing';
import { COMMENT_UID } from './comment-intake';

interface Row {
  documentId: string;
  legalDocumentId: string;
  authorName: string;
  organisation: string | null;
  showName: boolean;
  section: string | null;
  body: string;
  submittedAt: string;
  answer: string | null;
  answeredAt: string | null;
}

const iso = (value: string | Date | null): string | null => (value === null ? null : new Date(value).toISOString());

/**
 * The published comments of these drafts, oldest first, in the public shape: built field by field
 * from an explicit selection, so contact details can never reach the public API (or the built
 * pages, or the search index) whatever the schema gains later.
 */
export const publishedCommentsOf = async (strapi: Core.Strapi, documentIds: string[]): Promise<Map<string, PublicDraftComment[]>> => {
  const byDraft = new Map<string, PublicDraftComment[]>();
  if (documentIds.length === 0) return byDraft;
  const rows = (await strapi.db.query(COMMENT_UID).findMany({
    where: { legalDocumentId: { $in: documentIds }, status: 'published' },
    select: [
      'documentId',
      'legalDocumentId',
      'authorName',
      'organisation',
      'showName',
      'section',
      'body',
      'submittedAt',
      'answer',
      'answeredAt',
    ],
    orderBy: [{ submittedAt: 'asc' }, { id: 'asc' }],
  })) as Row[];
  for (const row of rows) {
    const list = byDraft.get(row.legalDocumentId) ?? [];
    list.push({
      id: row.documentId,
      name: row.showName ? row.authorName : null,
      organisation: row.showName ? row.organisation || null : null,
      section: row.section || null,
      body: row.body,
      submittedAt: iso(row.submittedAt) as string,
      answer: row.answer || null,
      answeredAt: row.answer ? iso(row.answeredAt) : null,
    });
    byDraft.set(row.legalDocumentId, list);
  }
  return byDraft;
};

interface Entry {
  documentId?: unknown;
  kind?: unknown;
  comments?: unknown;
  commentsOpen?: unknown;
}

/**
 * Adds `comments` and `commentsOpen` (PublicDraftExtras) to each draft for public comment of a
 * public API response (`data`, one entry or a list). Whether the window is open is read from the
 * stored window, whatever the response selected, so a page built from it shows the form only while
 * the server takes comments.
 */
export const attachPublishedComments = async (strapi: Core.Strapi, data: unknown, now = new Date()): Promise<void> => {
  const entries = (Array.isArray(data) ? data : data ? [data] : []) as Entry[];
  const drafts = entries.filter((entry) => entry.kind === 'draft-for-comment' && typeof entry.documentId === 'string');
  const windows = new Map<string, { opensAt: string; closesAt: string } | null>();
  if (drafts.length > 0) {
    const rows = (await strapi.db.query('api::legal-document.legal-document').findMany({
      where: { documentId: { $in: drafts.map((entry) => entry.documentId as string) }, publishedAt: { $notNull: true } },
      select: ['documentId'],
      populate: { commentWindow: { select: ['opensAt', 'closesAt'] } },
    })) as Array<{ documentId: string; commentWindow: { opensAt: string; closesAt: string } | null }>;
    for (const row of rows) windows.set(row.documentId, row.commentWindow);
  }
  const comments = await publishedCommentsOf(
    strapi,
    drafts.map((entry) => entry.documentId as string)
  );
  for (const entry of drafts) {
    entry.comments = comments.get(entry.documentId as string) ?? [];
    entry.commentsOpen = commentWindowOpen(windows.get(entry.documentId as string), now);
  }
};
