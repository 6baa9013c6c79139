import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { StartedArticle } from '../../shared/contracts';
import type { AdminActor } from '../services/actor';
import { siteIdsWithRole } from '../services/memberships';
import { ASSIGNMENT_UID, assignedToClause, contributorSelf } from './access';

const ARTICLE_UID = 'api::article.article';

/** A documentId as Strapi makes them: 24 lowercase letters and digits. */
const DOCUMENT_ID = /^[a-z0-9]{24}$/;

interface AssignmentRow {
  id: number;
  documentId: string;
  title: string;
  cancelled: boolean | null;
  site?: { id: number; documentId: string } | null;
  unit?: { id: number; documentId: string } | null;
  contributor?: { id: number; documentId: string; unit?: { documentId: string } | null } | null;
}

const NOT_FOUND = 'Không có bài giao này.';
const TAKEN = 'Bài giao này đã có tin bài do người khác viết: không viết thêm bài thứ hai từ đó. Hỏi Ban biên tập nếu cần.';
const NOT_YOURS = 'Bài giao này không giao cho bạn hay đơn vị của bạn: chỉ người nhận viết bài từ bài giao.';

/**
 * "Viết bài" on an assignment given to the user: a draft article of the assignment's site, with
 * its title, unit and the link back, written by the user (the workflow guard checks they may
 * create on that site). Their earlier article from it, if any, instead of a second one.
 */
export const startArticle = async (strapi: Core.Strapi, actor: AdminActor, documentId: string): Promise<StartedArticle> => {
  if (!DOCUMENT_ID.test(documentId)) throw new errors.NotFoundError(NOT_FOUND);
  const assignment = (await strapi.db.query(ASSIGNMENT_UID).findOne({
    where: { documentId },
    populate: {
      site: { select: ['id', 'documentId'] },
      unit: { select: ['id', 'documentId'] },
      contributor: { select: ['id', 'documentId'], populate: { unit: { select: ['documentId'] } } },
    },
  })) as AssignmentRow | null;
  if (!assignment?.site) throw new errors.NotFoundError(NOT_FOUND);
  const self = await contributorSelf(strapi, actor.user.id);
  const clause = assignedToClause(self);
  const contributorSites = await siteIdsWithRole(strapi, actor.user.id, ['contributor']);
  const mine =
    clause &&
    contributorSites.includes(assignment.site.id) &&
    (await strapi.db.query(ASSIGNMENT_UID).findOne({ where: { id: assignment.id, ...clause }, select: ['id'] }));
  if (!mine) throw new errors.ForbiddenError(NOT_YOURS);
  if (assignment.cancelled) throw new errors.ValidationError('Bài giao này đã hủy, không viết bài từ đó nữa.');

  const earlier = (await strapi.db.query(ARTICLE_UID).findOne({
    where: { publishedAt: null, assignment: { id: assignment.id }, createdBy: { id: actor.user.id } },
    select: ['documentId'],
  })) as { documentId: string } | null;
  if (earlier) return { documentId: earlier.documentId, created: false };
  // One article per assignment: a colleague of the unit, or the board, already wrote it.
  const other = await strapi.db.query(ARTICLE_UID).findOne({ where: { assignment: { id: assignment.id } }, select: ['id'] });
  if (other) throw new errors.ValidationError(TAKEN);

  const byMe = assignment.contributor && self.contributorIds.includes(assignment.contributor.id) ? assignment.contributor : null;
  const unit = assignment.unit?.documentId ?? byMe?.unit?.documentId ?? null;
  const created = await strapi.documents(ARTICLE_UID).create({
    data: {
      title: assignment.title,
      site: assignment.site.documentId,
      unit,
      assignment: assignment.documentId,
      form: 'tin',
      source: { kind: 'own-reporting' },
      authors: byMe ? [{ contributor: byMe.documentId, share: 100 }] : [],
      // The workflow's author is the creator, as when the content manager saves.
      createdBy: actor.user.id,
      updatedBy: actor.user.id,
    } as never,
  });
  return { documentId: created.documentId, created: true };
};
