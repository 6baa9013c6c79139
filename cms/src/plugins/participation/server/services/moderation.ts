import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { CommentStatus, RejectReason } from '@vungtau/publishing';
import { displayName, type AdminUser } from '../../../workflow/server/services/actor';
import { enqueue } from '../../../rebuild/server/services/queue';
import { wakeWorker } from '../../../rebuild/server/services/worker';
import { COMMENT_STATUS_LABELS, type ModeratedComment } from '../../shared/contracts';
import { assertCovers, type ModerationScope } from './access';
import { moderated, type CommentRow } from './comments';
import { COMMENT_UID, LEGAL_UID, type DraftRow } from './drafts';

/** What a moderator does to a comment. */
export type Decision = { kind: 'publish' } | { kind: 'reject'; reason: RejectReason } | { kind: 'answer'; answer: string };

/** From which statuses each decision may be taken (an answer: from any). */
const FROM: Record<'publish' | 'reject', readonly CommentStatus[]> = {
  publish: ['pending', 'rejected'],
  // Rejecting a published comment withdraws it from the draft's page.
  reject: ['pending', 'published'],
};

const REASON_LABELS: Record<Decision['kind'], string> = { publish: 'đăng', reject: 'gỡ', answer: 'trả lời' };

/** The draft a comment is about (either version): its site decides who may moderate it, and which site to rebuild. */
const draftOf = async (strapi: Core.Strapi, documentId: string): Promise<DraftRow | null> => {
  const rows = (await strapi.db.query(LEGAL_UID).findMany({
    where: { documentId },
    select: ['id', 'documentId', 'number', 'publishedAt'],
    populate: { site: { select: ['id', 'slug', 'name'] } },
  })) as DraftRow[];
  return rows.find((row) => row.publishedAt) ?? rows[0] ?? null;
};

/** The stored change a decision makes, or a refusal when the comment's status does not allow it. */
const changeFor = (decision: Decision, comment: CommentRow, by: string, now: Date): Record<string, unknown> | null => {
  if (decision.kind === 'answer') {
    if ((comment.answer ?? '') === decision.answer) return null;
    return decision.answer ? { answer: decision.answer, answeredAt: now } : { answer: null, answeredAt: null };
  }
  if (!FROM[decision.kind].includes(comment.status))
    throw new errors.ApplicationError(
      `Góp ý đang ở trạng thái “${COMMENT_STATUS_LABELS[comment.status]}”: không thể ${decision.kind === 'publish' ? 'đăng' : 'chuyển sang không đăng'}.`
    );
  return decision.kind === 'publish'
    ? { status: 'published', rejectReason: null, moderatedAt: now, moderatedBy: by }
    : { status: 'rejected', rejectReason: decision.reason, moderatedAt: now, moderatedBy: by };
};

/** Whether the change alters the draft's public page: its list of published comments and their answers. */
const changesPage = (decision: Decision, before: CommentRow): boolean => decision.kind === 'publish' || before.status === 'published';

/**
 * Takes a moderator's decision on a comment. The write and the rebuild of the draft's page it
 * calls for are one transaction: a decision that fails queues nothing, and one that commits is
 * on the site at the next build. The status the decision was taken from is part of the update's
 * condition, so two moderators deciding at once cannot both win.
 */
export const decide = async (
  strapi: Core.Strapi,
  scope: ModerationScope,
  user: AdminUser,
  id: number,
  decision: Decision
): Promise<ModeratedComment> =>
  strapi.db.transaction(async ({ onCommit }) => {
    const query = strapi.db.query(COMMENT_UID);
    const comment = (await query.findOne({ where: { id }, populate: { site: { select: ['id'] } } })) as CommentRow | null;
    if (!comment) throw new errors.NotFoundError('Không tìm thấy góp ý.');
    const draft = await draftOf(strapi, comment.legalDocumentId);
    assertCovers(scope, draft?.site?.id ?? comment.site?.id);

    const by = displayName(user);
    const data = changeFor(decision, comment, by, new Date());
    if (!data) return moderated(comment);
    const { count } = await query.updateMany({ where: { id, status: comment.status }, data });
    if (count !== 1) throw new errors.ApplicationError('Góp ý vừa được người khác xử lý: hãy tải lại trang.');

    // A draft not (or no longer) published has no page to rebuild.
    if (changesPage(decision, comment) && draft?.publishedAt && draft.site) {
      const reason = `${REASON_LABELS[decision.kind]} góp ý #${id} về dự thảo “${draft.number}”`;
      await enqueue(strapi, [draft.site.slug], reason, by, { documents: [{ uid: LEGAL_UID, documentId: draft.documentId }] });
      // The job is visible to the worker once the decision commits: start it then, not at the next poll.
      onCommit(wakeWorker);
    }
    return moderated((await query.findOne({ where: { id } })) as CommentRow);
  });
