import type { Core } from '@strapi/strapi';
import { DateTime } from 'luxon';
import { COMMENT_FIELDS as F } from '@vungtau/publishing';
import { newChallenge, newQuestion, verifyAltcha, verifyQuestion } from '../services/challenge';
import { commentForm, fieldErrors, typedValues, type FieldErrors } from '../services/comment-form';
import { existingComment, findDraft, fingerprintOf, storeComment, type OpenDraft } from '../services/comment-intake';
import { formPageSecurityHeaders, renderFormPage, renderMessagePage, renderReceivedPage } from '../services/form-page';
import { consume, RateLimited } from '../services/rate-limits';
import { draftPageBeside, safeReturnTo } from '../services/return-to';

interface Ctx {
  request: { ip: string; body?: unknown };
  is(...types: string[]): string | false | null;
  status: number;
  body: unknown;
  type: string;
  set(field: string, value: string): void;
  redirect(url: string): void;
}

const localTime = (iso: string): string => DateTime.fromISO(iso, { zone: 'Asia/Ho_Chi_Minh' }).toFormat("HH:mm 'ngày' dd/MM/yyyy");

const RATE_LIMITED = (seconds: number) =>
  `Ông/bà đã gửi quá nhiều lần trong thời gian ngắn. Vui lòng thử lại sau ${Math.ceil(seconds / 60)} phút.`;

const CHALLENGE_MESSAGES = {
  invalid: 'Không xác minh được người gửi. Vui lòng tải lại trang và gửi lại.',
  expired: 'Phiên xác minh đã hết hạn. Vui lòng gửi lại.',
  used: 'Phiên xác minh này đã được dùng. Vui lòng gửi lại.',
  wrong: 'Kết quả phép tính chưa đúng. Vui lòng trả lời câu hỏi mới.',
};

const windowMessage = (draft: OpenDraft, refusal: 'unknown' | 'not-open-yet' | 'closed'): string =>
  refusal === 'closed'
    ? `Dự thảo ${draft.number} đã hết thời hạn lấy ý kiến (hạn cuối: ${localTime(draft.window.closesAt)}). Cơ quan soạn thảo không nhận thêm góp ý.`
    : `Dự thảo ${draft.number} chưa đến thời gian lấy ý kiến (bắt đầu: ${localTime(draft.window.opensAt)}).`;

/**
 * The comment route answers two kinds of client. The site's script posts JSON and gets JSON
 * (Strapi's error shape); a browser without JavaScript posts the form and gets pages: the form
 * again with what was typed, a question, or a redirect to the site's confirmation page.
 */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const refuseJson = (ctx: Ctx, status: number, message: string, errors: FieldErrors = {}) => {
    ctx.status = status;
    ctx.body = { data: null, error: { status, name: status === 429 ? 'RateLimitError' : 'ValidationError', message, details: { errors } } };
  };

  const html = (ctx: Ctx, status: number, markup: string) => {
    for (const [name, value] of Object.entries(formPageSecurityHeaders())) ctx.set(name, value);
    ctx.status = status;
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = markup;
  };

  return {
    async challenge(ctx: Ctx) {
      try {
        await consume(strapi, 'challenges', `comment:${ctx.request.ip}`);
      } catch (error) {
        if (!(error instanceof RateLimited)) throw error;
        ctx.set('Retry-After', String(error.retryAfterSeconds));
        return refuseJson(ctx, 429, RATE_LIMITED(error.retryAfterSeconds));
      }
      ctx.set('Cache-Control', 'no-store');
      ctx.body = await newChallenge(strapi);
    },

    async submit(ctx: Ctx) {
      const asPage = !ctx.is('application/json');
      const body = ctx.request.body;
      const values = typedValues(body);
      const returnTo = await safeReturnTo(strapi, values[F.returnTo] || undefined);
      let draft: OpenDraft | null = null;
      const draftUrl = () => (returnTo && draft ? draftPageBeside(returnTo, draft.slug) : null);
      const formPage = (status: number, errors: FieldErrors, message: string | null, question = true) =>
        html(
          ctx,
          status,
          renderFormPage({ draft, draftUrl: draftUrl(), values, errors, message, question: question ? newQuestion(strapi) : null })
        );
      const refuse = (status: number, message: string, errors: FieldErrors = {}) =>
        asPage ? formPage(status, errors, Object.keys(errors).length > 0 ? null : message) : refuseJson(ctx, status, message, errors);

      try {
        await consume(strapi, 'requests', `comment:${ctx.request.ip}`);
      } catch (error) {
        if (!(error instanceof RateLimited)) throw error;
        ctx.set('Retry-After', String(error.retryAfterSeconds));
        return refuse(429, RATE_LIMITED(error.retryAfterSeconds));
      }

      const parsed = commentForm.safeParse(body ?? {});
      if (!parsed.success) {
        const errors = fieldErrors(parsed.error);
        return refuse(400, Object.values(errors)[0] ?? 'Biểu mẫu không hợp lệ.', errors);
      }
      const form = parsed.data;
      const now = new Date();
      const found = await findDraft(strapi, form.documentId, now);
      draft = found.draft;
      if (!found.draft) {
        const message = 'Không tìm thấy dự thảo đang lấy ý kiến này.';
        return asPage ? html(ctx, 404, renderMessagePage('Không gửi được góp ý', message, null)) : refuseJson(ctx, 404, message);
      }
      if (found.refusal) {
        const message = windowMessage(found.draft, found.refusal);
        return asPage ? html(ctx, 409, renderMessagePage('Không gửi được góp ý', message, draftUrl())) : refuseJson(ctx, 409, message);
      }
      const received = () => {
        if (!asPage) {
          ctx.status = 201;
          ctx.body = { data: { received: true } };
        } else if (returnTo) {
          ctx.status = 303;
          ctx.redirect(returnTo);
        } else html(ctx, 200, renderReceivedPage(null));
      };

      // The same comment again (a double click, a resend): nothing new to store or prove.
      if (await existingComment(strapi, fingerprintOf(form))) return received();

      if (form.altcha) {
        const outcome = await verifyAltcha(strapi, form.altcha);
        if (outcome !== 'ok') return refuse(400, CHALLENGE_MESSAGES[outcome]);
      } else if (form.questionToken) {
        const outcome = await verifyQuestion(strapi, form.questionToken, form.questionAnswer ?? '');
        if (outcome === 'wrong') return refuse(400, CHALLENGE_MESSAGES.wrong, { questionAnswer: CHALLENGE_MESSAGES.wrong });
        if (outcome !== 'ok') return refuse(400, CHALLENGE_MESSAGES[outcome]);
      } else if (asPage) {
        // Without JavaScript there is no proof of work: the person answers a question instead.
        return formPage(200, {}, 'Vui lòng kiểm tra lại ý kiến và trả lời câu hỏi cuối trang để gửi.');
      } else {
        return refuseJson(ctx, 400, 'Thiếu xác minh người gửi (ALTCHA). Vui lòng tải lại trang và gửi lại.');
      }

      try {
        await consume(strapi, 'submissions', `comment:${ctx.request.ip}`);
      } catch (error) {
        if (!(error instanceof RateLimited)) throw error;
        ctx.set('Retry-After', String(error.retryAfterSeconds));
        return refuse(429, RATE_LIMITED(error.retryAfterSeconds));
      }
      await storeComment(strapi, found.draft, form, now);
      return received();
    },
  };
};
