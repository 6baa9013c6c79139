import type { Core } from '@strapi/strapi';
import { DateTime } from 'luxon';
import {
  PARTICIPATION_ROUTES,
  QUESTION_FIELDS,
  QUESTION_FORM_FIELDS as F,
  QUESTION_FORM_TEXT,
  QUESTION_REJECT_LABELS,
  QUESTION_STATUS_LABELS,
} from '@vungtau/publishing';
import { newQuestion } from '../services/challenge';
import { questionFormFields, renderFormPage, renderMessagePage, renderQuestionReceivedPage, renderStatusPage } from '../services/form-page';
import type { FieldErrors } from '../services/form-fields';
import { htmlPage, proveHuman, rateLimitedMessage, refuseJson, withinLimit, type PublicCtx } from '../services/public-write';
import { questionFieldErrors, questionForm, typedQuestion } from '../services/question-form';
import { displayCode, existingQuestion, questionStatus, receivingSite, storeQuestion } from '../services/question-intake';
import { safeReturnTo, siteBaseOf } from '../services/return-to';

const localDay = (iso: string): string => DateTime.fromISO(iso, { zone: 'Asia/Ho_Chi_Minh' }).toFormat('dd/MM/yyyy');

/** The question form's route and the tracking route (services/public-write.ts says how they answer). */
export default ({ strapi }: { strapi: Core.Strapi }) => ({
  async submit(ctx: PublicCtx) {
    const asPage = !ctx.is('application/json');
    const body = ctx.request.body;
    const values = typedQuestion(body);
    const trackingUrl = await safeReturnTo(strapi, values[F.returnTo] || undefined, 'hoi-dap/tra-cuu/');
    const formPage = (status: number, errors: FieldErrors, message: string | null) =>
      htmlPage(
        ctx,
        status,
        renderFormPage({
          title: QUESTION_FORM_TEXT.heading,
          action: PARTICIPATION_ROUTES.questions,
          fields: questionFormFields(),
          submit: QUESTION_FORM_TEXT.submit,
          notice: QUESTION_FORM_TEXT.notice,
          backUrl: trackingUrl ? `${siteBaseOf(trackingUrl)}hoi-dap/` : null,
          backLabel: 'Quay lại trang Hỏi đáp',
          values,
          errors,
          message,
          question: newQuestion(strapi),
        })
      );
    const refuse = (status: number, message: string, errors: FieldErrors = {}) =>
      asPage ? formPage(status, errors, Object.keys(errors).length > 0 ? null : message) : refuseJson(ctx, status, message, errors);

    const limited = await withinLimit(strapi, ctx, 'requests', 'question');
    if (limited) return refuse(429, rateLimitedMessage(limited.retryAfter));

    const parsed = questionForm.safeParse(body ?? {});
    if (!parsed.success) {
      const errors = questionFieldErrors(parsed.error);
      return refuse(400, Object.values(errors)[0] ?? 'Biểu mẫu không hợp lệ.', errors);
    }
    const form = parsed.data;
    const site = await receivingSite(strapi, form.site);
    if (!site) {
      const message = 'Trang này không nhận câu hỏi (không có hoặc đã ngừng hoạt động).';
      return asPage ? htmlPage(ctx, 404, renderMessagePage('Không gửi được câu hỏi', message, null)) : refuseJson(ctx, 404, message);
    }
    const received = (stored: { trackingCode: string; dueAt: string | null }) => {
      const code = displayCode(stored.trackingCode);
      if (!asPage) {
        ctx.status = 201;
        ctx.body = { data: { code, dueAt: stored.dueAt } };
      } else htmlPage(ctx, 201, renderQuestionReceivedPage(code, trackingUrl, stored.dueAt ? localDay(stored.dueAt) : ''));
    };

    // The same question again (a double click, a resend): the same code, nothing new stored.
    const existing = await existingQuestion(strapi, form);
    if (existing) return received(existing);

    const proof = await proveHuman(strapi, form, asPage);
    if (!proof.ok) {
      if (proof.ask) return formPage(200, {}, 'Vui lòng kiểm tra lại câu hỏi và trả lời câu hỏi xác nhận cuối trang để gửi.');
      return refuse(400, proof.message, proof.errors);
    }

    const full = await withinLimit(strapi, ctx, 'submissions', 'question');
    if (full) return refuse(429, rateLimitedMessage(full.retryAfter));
    return received(await storeQuestion(strapi, site, form, new Date()));
  },

  async status(ctx: PublicCtx) {
    const asPage = !ctx.accepts('application/json', 'text/html') || ctx.accepts('application/json', 'text/html') === 'text/html';
    const code = typeof ctx.query.code === 'string' ? ctx.query.code.slice(0, 40) : '';
    const from = typeof ctx.query.from === 'string' ? await safeReturnTo(strapi, ctx.query.from, 'hoi-dap/tra-cuu/') : null;
    const unknownQuery = Object.keys(ctx.query).filter((key) => key !== 'code' && key !== 'from');
    ctx.set('Cache-Control', 'no-store');
    const refuse = (status: number, message: string) =>
      asPage ? htmlPage(ctx, status, renderStatusPage('Tra cứu câu hỏi', [message], null, from)) : refuseJson(ctx, status, message);

    const limited = await withinLimit(strapi, ctx, 'lookups', 'question');
    if (limited) return refuse(429, rateLimitedMessage(limited.retryAfter));
    if (unknownQuery.length > 0) return refuse(400, `Tham số không được nhận: ${unknownQuery.join(', ').slice(0, 80)}.`);
    if (!code.trim()) return refuse(400, 'Vui lòng nhập mã tra cứu (ví dụ: HD-7K3M-9QXT).');
    const found = await questionStatus(strapi, code);
    if (!found) return refuse(404, 'Không tìm thấy câu hỏi với mã tra cứu này. Vui lòng kiểm tra lại mã.');
    const { siteSlug, ...status } = found;
    if (!asPage) {
      ctx.body = { data: { ...status, siteSlug } };
      return;
    }
    const lines = [
      `Mã tra cứu: ${status.code}`,
      `Ngày gửi: ${localDay(status.receivedAt)}`,
      `Lĩnh vực: ${QUESTION_FIELDS[status.field]}`,
      `Tình trạng: ${QUESTION_STATUS_LABELS[status.status]}`,
      ...(status.rejectReason ? [`Lý do: ${QUESTION_REJECT_LABELS[status.rejectReason]}`] : []),
    ];
    const link = status.path && from ? { href: `${siteBaseOf(from)}${status.path}`, label: 'Xem câu trả lời' } : null;
    htmlPage(ctx, 200, renderStatusPage('Tình trạng câu hỏi', lines, link, from));
  },
});
