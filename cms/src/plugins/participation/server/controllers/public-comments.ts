import type { Core } from '@strapi/strapi';
import { DateTime } from 'luxon';
import { COMMENT_FIELDS as F, COMMENT_FORM_TEXT, PARTICIPATION_ROUTES } from '@vungtau/publishing';
import { newChallenge, newQuestion } from '../services/challenge';
import { commentFieldErrors, commentForm, typedValues, type FieldErrors } from '../services/comment-form';
import { existingComment, findDraft, fingerprintOf, storeComment, type OpenDraft } from '../services/comment-intake';
import { COMMENT_FORM_FIELDS, renderFormPage, renderMessagePage, renderReceivedPage } from '../services/form-page';
import { htmlPage, proveHuman, rateLimitedMessage, refuseJson, withinLimit, type PublicCtx } from '../services/public-write';
import { draftPageBeside, safeReturnTo } from '../services/return-to';

const localTime = (iso: string): string => DateTime.fromISO(iso, { zone: 'Asia/Ho_Chi_Minh' }).toFormat("HH:mm 'ngày' dd/MM/yyyy");

const windowMessage = (draft: OpenDraft, refusal: 'unknown' | 'not-open-yet' | 'closed'): string =>
  refusal === 'closed'
    ? `Dự thảo ${draft.number} đã hết thời hạn lấy ý kiến (hạn cuối: ${localTime(draft.window.closesAt)}). Cơ quan soạn thảo không nhận thêm góp ý.`
    : `Dự thảo ${draft.number} chưa đến thời gian lấy ý kiến (bắt đầu: ${localTime(draft.window.opensAt)}).`;

/** The comment form's route (services/public-write.ts says how it answers), and the challenge both forms fetch. */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async challenge(ctx: PublicCtx) {
    const limited = await withinLimit(strapi, ctx, 'challenges', 'any');
    if (limited) return refuseJson(ctx, 429, rateLimitedMessage(limited.retryAfter));
    ctx.set('Cache-Control', 'no-store');
    ctx.body = await newChallenge(strapi);
  },

  async submit(ctx: PublicCtx) {
    const asPage = !ctx.is('application/json');
    const body = ctx.request.body;
    const values = typedValues(body);
    const returnTo = await safeReturnTo(strapi, values[F.returnTo] || undefined, 'gop-y/da-gui/');
    let draft: OpenDraft | null = null;
    const draftUrl = () => (returnTo && draft ? draftPageBeside(returnTo, draft.slug) : null);
    const formPage = (status: number, errors: FieldErrors, message: string | null) =>
      htmlPage(
        ctx,
        status,
        renderFormPage({
          title: draft ? `Góp ý dự thảo ${draft.number}` : COMMENT_FORM_TEXT.heading,
          action: PARTICIPATION_ROUTES.comments,
          fields: COMMENT_FORM_FIELDS,
          submit: COMMENT_FORM_TEXT.submit,
          notice: COMMENT_FORM_TEXT.moderation,
          backUrl: draftUrl(),
          backLabel: 'Quay lại trang dự thảo',
          values,
          errors,
          message,
          question: newQuestion(strapi),
        }),
        returnTo
      );
    const refuse = (status: number, message: string, errors: FieldErrors = {}) =>
      asPage ? formPage(status, errors, Object.keys(errors).length > 0 ? null : message) : refuseJson(ctx, status, message, errors);

    const limited = await withinLimit(strapi, ctx, 'requests', 'comment');
    if (limited) return refuse(429, rateLimitedMessage(limited.retryAfter));

    const parsed = commentForm.safeParse(body ?? {});
    if (!parsed.success) {
      const errors = commentFieldErrors(parsed.error);
      return refuse(400, Object.values(errors)[0] ?? 'Biểu mẫu không hợp lệ.', errors);
    }
    const form = parsed.data;
    const now = new Date();
    const found = await findDraft(strapi, form.documentId, now);
    draft = found.draft;
    if (!found.draft) {
      const message = 'Không tìm thấy dự thảo đang lấy ý kiến này.';
      return asPage ? htmlPage(ctx, 404, renderMessagePage('Không gửi được góp ý', message, null)) : refuseJson(ctx, 404, message);
    }
    if (found.refusal) {
      const message = windowMessage(found.draft, found.refusal);
      return asPage ? htmlPage(ctx, 409, renderMessagePage('Không gửi được góp ý', message, draftUrl())) : refuseJson(ctx, 409, message);
    }
    const received = () => {
      if (!asPage) {
        ctx.status = 201;
        ctx.body = { data: { received: true } };
      } else if (returnTo) {
        ctx.status = 303;
        ctx.redirect(returnTo);
      } else htmlPage(ctx, 200, renderReceivedPage(null));
    };

    // The same comment again (a double click, a resend): nothing new to store or prove.
    if (await existingComment(strapi, fingerprintOf(form))) return received();

    const proof = await proveHuman(strapi, form, asPage);
    if (!proof.ok) {
      // Without JavaScript there is no proof of work: the person answers a question instead.
      if (proof.ask) return formPage(200, {}, 'Vui lòng kiểm tra lại ý kiến và trả lời câu hỏi cuối trang để gửi.');
      return refuse(400, proof.message, proof.errors);
    }

    const full = await withinLimit(strapi, ctx, 'submissions', 'comment');
    if (full) return refuse(429, rateLimitedMessage(full.retryAfter));
    await storeComment(strapi, found.draft, form, now);
    return received();
  },
});
