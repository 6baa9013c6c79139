import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import type { UnitOption } from '../../shared/questions';
import { adminActor, type AdminUser } from '../services/actor';
import { siteRolesOf } from '../services/items';
import { sitesOf } from '../services/memberships';
import { performQuestionAction } from './actions';
import { loadQuestion } from './load';
import { HANDLING_LABELS, QUESTION_MESSAGES } from './messages';
import { waitingFor } from './waiting';

interface AdminContext {
  state: { user: AdminUser };
  params: Record<string, string>;
  query: Record<string, unknown>;
  request: { body?: unknown };
  body: unknown;
}

/** Whether the user holds a role that works on questions anywhere (editor, approver, a unit's answerer). */
const worksOnQuestions = async (strapi: Core.Strapi, user: AdminUser): Promise<boolean> => {
  const actor = adminActor(user);
  if (actor.kind === 'admin' && actor.superAdmin) return true;
  return [...(await sitesOf(strapi, user.id)).values()].some(
    (entry) => entry.roles.has('editor') || entry.roles.has('approver') || entry.answererUnits.size > 0
  );
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** `GET /questions/waiting`: the signed-in user's "waiting for me" lists. */
  async waiting(ctx: AdminContext) {
    if (!(await worksOnQuestions(strapi, ctx.state.user))) throw new errors.PolicyError(QUESTION_MESSAGES.noQuestionAccess);
    ctx.body = { data: await waitingFor(strapi, adminActor(ctx.state.user)) };
  },

  /** `GET /questions/units?site=<documentId>`: the site's units, for "Giao đơn vị trả lời" (its editors and approvers). */
  async units(ctx: AdminContext) {
    const documentId = ctx.query.site;
    if (typeof documentId !== 'string' || !/^[a-z0-9]{1,64}$/.test(documentId)) {
      throw new errors.ValidationError(QUESTION_MESSAGES.badQuery, {
        errors: [{ path: ['site'], message: QUESTION_MESSAGES.badQuery, name: 'ValidationError' }],
      });
    }
    const site = (await strapi.db.query('api::site.site').findOne({ where: { documentId }, select: ['id', 'name'] })) as {
      id: number;
      name: string;
    } | null;
    if (!site) throw new errors.NotFoundError(QUESTION_MESSAGES.badQuery);
    const roles = await siteRolesOf(strapi, adminActor(ctx.state.user), site.id);
    if (!roles.has('editor') && !roles.has('approver')) throw new errors.PolicyError(QUESTION_MESSAGES.notStaffOfSite(site.name));
    const units = (await strapi.db.query('api::unit.unit').findMany({
      where: { site: { id: site.id } },
      select: ['documentId', 'name'],
      orderBy: [{ order: 'asc' }, { name: 'asc' }],
    })) as UnitOption[];
    ctx.body = { data: units };
  },

  /** `POST /questions/:documentId/:action` (assign, forward, answer-privately, reject). */
  async act(ctx: AdminContext) {
    const { documentId, action } = ctx.params;
    await performQuestionAction(strapi, { documentId, action, actor: adminActor(ctx.state.user), body: ctx.request.body });
    const question = await loadQuestion(strapi, documentId);
    ctx.body = {
      data: question && {
        documentId,
        handling: question.handling,
        handlingLabel: HANDLING_LABELS[question.handling],
        site: question.site && { documentId: question.site.documentId, name: question.site.name },
      },
    };
  },
});
