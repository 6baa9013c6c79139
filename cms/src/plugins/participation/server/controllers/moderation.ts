import type { Core } from '@strapi/strapi';
import type { AdminUser } from '../../../workflow/server/services/actor';
import type { CommentPage, DraftList } from '../../shared/contracts';
import type { ModerationScope } from '../services/access';
import { commentPage } from '../services/comments';
import { draftSummary, findDraft, listDrafts } from '../services/drafts';
import { commentsWorkbook, summaryTable } from '../services/export';
import { answerBodyOf, commentIdOf, draftIdOf, emptyBody, listQueryOf, noQuery, rejectBodyOf } from '../services/inputs';
import { decide, type Decision } from '../services/moderation';

interface AdminContext {
  state: { user: AdminUser; moderationScope: ModerationScope };
  params: Record<string, string>;
  query: Record<string, unknown>;
  request: { body?: unknown };
  body: unknown;
  set(field: string, value: string): void;
}

/** The "Góp ý dự thảo" page's routes; the policy (may-moderate) has already narrowed the user to their sites. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  /** Every input is checked before anything is read or written. */
  const decideOn = async (ctx: AdminContext, decision: (body: unknown) => Decision) => {
    const id = commentIdOf(ctx.params);
    noQuery(ctx.query);
    const taken = decision(ctx.request.body);
    ctx.body = { data: await decide(strapi, ctx.state.moderationScope, ctx.state.user, id, taken) };
  };

  return {
    /** `GET /drafts`: the drafts on the user's sites, those with comments waiting first. */
    async drafts(ctx: AdminContext) {
      noQuery(ctx.query);
      const data: DraftList = { drafts: await listDrafts(strapi, ctx.state.moderationScope) };
      ctx.body = { data };
    },

    /** `GET /drafts/:documentId/comments?status=&page=`. */
    async comments(ctx: AdminContext) {
      const documentId = draftIdOf(ctx.params);
      const { status, page } = listQueryOf(ctx.query);
      const draft = await findDraft(strapi, ctx.state.moderationScope, documentId);
      const data: CommentPage = { draft: await draftSummary(strapi, draft), ...(await commentPage(strapi, documentId, status, page)) };
      ctx.body = { data };
    },

    /** `GET /drafts/:documentId/summary`: the printable "Bảng tổng hợp ý kiến góp ý". */
    async summary(ctx: AdminContext) {
      const documentId = draftIdOf(ctx.params);
      noQuery(ctx.query);
      ctx.body = { data: await summaryTable(strapi, await findDraft(strapi, ctx.state.moderationScope, documentId)) };
    },

    /** `GET /drafts/:documentId/export`: every comment with its contact details, as XLSX. */
    async export(ctx: AdminContext) {
      const documentId = draftIdOf(ctx.params);
      noQuery(ctx.query);
      const { file, buffer } = await commentsWorkbook(strapi, await findDraft(strapi, ctx.state.moderationScope, documentId));
      strapi.log.info(`Participation: comments of draft ${documentId} exported by admin #${ctx.state.user.id}.`);
      ctx.set('Content-Type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      ctx.set('Content-Disposition', `attachment; filename="${file}"`);
      // Contact details: no cache of any kind keeps a copy (Nghị định 13/2023).
      ctx.set('Cache-Control', 'no-store');
      ctx.body = buffer;
    },

    /** `POST /comments/:id/publish`: "Đăng". */
    publish: (ctx: AdminContext) =>
      decideOn(ctx, (body) => {
        emptyBody(body);
        return { kind: 'publish' };
      }),

    /** `POST /comments/:id/reject` `{ reason }`: "Không đăng", or withdraws a published comment. */
    reject: (ctx: AdminContext) => decideOn(ctx, (body) => ({ kind: 'reject', reason: rejectBodyOf(body) })),

    /** `PUT /comments/:id/answer` `{ answer }`: "Trả lời"; an empty answer removes it. */
    answer: (ctx: AdminContext) => decideOn(ctx, (body) => ({ kind: 'answer', answer: answerBodyOf(body) })),
  };
};
