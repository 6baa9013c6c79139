import crypto from 'crypto';
import type { Core } from '@strapi/strapi';
import { commentWindowOpen } from '@vungtau/publishing';
import type { CommentForm } from './comment-form';

import { COMMENT_UID, LEGAL_UID } from './uids';

export { COMMENT_UID };

/** The published draft a comment is about, with what the form and its pages need to know. */
export interface OpenDraft {
  documentId: string;
  number: string;
  summary: string;
  slug: string;
  site: { id: number; slug: string; name: string } | null;
  window: { opensAt: string; closesAt: string; receivingAgency: string };
}

interface DraftRow {
  documentId: string;
  number: string;
  summary: string;
  slug: string;
  kind: string;
  site: { id: number; slug: string; name: string } | null;
  commentWindow: { opensAt: string; closesAt: string; receivingAgency: string } | null;
}

/** Why a draft takes no comment now. */
export type DraftRefusal = 'unknown' | 'not-open-yet' | 'closed';

/** The published draft for public comment with this document id, or why it takes no comment. */
export const findDraft = async (
  strapi: Core.Strapi,
  documentId: string,
  now: Date
): Promise<{ draft: OpenDraft; refusal: DraftRefusal | null } | { draft: null; refusal: 'unknown' }> => {
  const row = (await strapi.db.query(LEGAL_UID).findOne({
    where: { documentId, publishedAt: { $notNull: true } },
    select: ['documentId', 'number', 'summary', 'slug', 'kind'],
    populate: { site: { select: ['id', 'slug', 'name'] }, commentWindow: true },
  })) as DraftRow | null;
  if (!row || row.kind !== 'draft-for-comment' || !row.commentWindow) return { draft: null, refusal: 'unknown' };
  const draft: OpenDraft = {
    documentId: row.documentId,
    number: row.number,
    summary: row.summary,
    slug: row.slug,
    site: row.site,
    window: row.commentWindow,
  };
  if (commentWindowOpen(row.commentWindow, now)) return { draft, refusal: null };
  return { draft, refusal: new Date(row.commentWindow.opensAt).getTime() > now.getTime() ? 'not-open-yet' : 'closed' };
};

/**
 * What makes two submissions the same comment: the draft, the contact and the words (spacing and
 * letter case aside). A double click, a resend or a reload of the confirmation stores it once.
 */
export const fingerprintOf = (form: CommentForm): string =>
  crypto
    .createHash('sha256')
    .update(
      [form.documentId, (form.email ?? '').toLowerCase(), form.phone ?? '', form.body.replace(/\s+/g, ' ').toLowerCase()].join('\u0000')
    )
    .digest('hex');

export const existingComment = async (strapi: Core.Strapi, fingerprint: string): Promise<{ id: number } | null> =>
  (await strapi.db.query(COMMENT_UID).findOne({ where: { fingerprint }, select: ['id'] })) as { id: number } | null;

/** Stores the comment, pending moderation; a concurrent copy of it (same fingerprint) wins and this returns it. */
export const storeComment = async (strapi: Core.Strapi, draft: OpenDraft, form: CommentForm, now: Date): Promise<{ id: number }> => {
  const fingerprint = fingerprintOf(form);
  try {
    return (await strapi.db.query(COMMENT_UID).create({
      data: {
        legalDocumentId: draft.documentId,
        site: draft.site?.id ?? null,
        authorName: form.name,
        organisation: form.organisation,
        email: form.email,
        phone: form.phone,
        section: form.section,
        body: form.body,
        showName: form.showName,
        status: 'pending',
        submittedAt: now,
        fingerprint,
      },
      select: ['id'],
    })) as { id: number };
  } catch (error) {
    // The unique index on the fingerprint: another request stored the same comment first.
    const existing = await existingComment(strapi, fingerprint);
    if (existing) return existing;
    throw error;
  }
};
