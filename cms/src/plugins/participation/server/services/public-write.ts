import type { Core } from '@strapi/strapi';
import { verifyAltcha, verifyQuestion } from './challenge';
import type { FieldErrors } from './form-fields';
import { formPageSecurityHeaders } from './form-page';
import { consume, RateLimited, type LimitName } from './rate-limits';

/**
 * What the public participation routes share: each answers two kinds of client. The sites' scripts
 * post JSON and get JSON (Strapi's error shape); a browser without JavaScript posts the form and
 * gets pages. Every refusal says in Vietnamese what is wrong.
 */

export interface PublicCtx {
  request: { ip: string; body?: unknown };
  query: Record<string, unknown>;
  is(...types: string[]): string | false | null;
  accepts(...types: string[]): string | false;
  status: number;
  body: unknown;
  type: string;
  set(field: string, value: string): void;
  redirect(url: string): void;
}

export const rateLimitedMessage = (seconds: number): string =>
  `Ông/bà đã gửi quá nhiều lần trong thời gian ngắn. Vui lòng thử lại sau ${Math.ceil(seconds / 60)} phút.`;

export const refuseJson = (ctx: PublicCtx, status: number, message: string, errors: FieldErrors = {}): void => {
  ctx.status = status;
  ctx.body = { data: null, error: { status, name: status === 429 ? 'RateLimitError' : 'ValidationError', message, details: { errors } } };
};

/** A page of the CMS's own; `returnTo`, a checked site address the page's form may end on. */
export const htmlPage = (ctx: PublicCtx, status: number, markup: string, returnTo: string | null = null): void => {
  const origin = returnTo ? new URL(returnTo).origin : null;
  for (const [name, value] of Object.entries(formPageSecurityHeaders(origin ? [origin] : []))) ctx.set(name, value);
  ctx.status = status;
  ctx.type = 'text/html; charset=utf-8';
  ctx.body = markup;
};

/** Uses one point of a limit for this address; false (and Retry-After set) when none is left. */
export const withinLimit = async (
  strapi: Core.Strapi,
  ctx: PublicCtx,
  name: LimitName,
  form: string
): Promise<{ retryAfter: number } | null> => {
  try {
    await consume(strapi, name, `${form}:${ctx.request.ip}`);
    return null;
  } catch (error) {
    if (!(error instanceof RateLimited)) throw error;
    ctx.set('Retry-After', String(error.retryAfterSeconds));
    return { retryAfter: error.retryAfterSeconds };
  }
};

const CHALLENGE_MESSAGES = {
  invalid: 'Không xác minh được người gửi. Vui lòng tải lại trang và gửi lại.',
  expired: 'Phiên xác minh đã hết hạn. Vui lòng gửi lại.',
  used: 'Phiên xác minh này đã được dùng. Vui lòng gửi lại.',
  wrong: 'Kết quả phép tính chưa đúng. Vui lòng trả lời câu hỏi mới.',
};

/** What proving a person sends the form came to. */
export type Proof = { ok: true } | { ok: false; ask: true } | { ok: false; ask: false; message: string; errors: FieldErrors };

/**
 * The proof of work (with JavaScript) or the answer to the question (without); a form posted
 * without either is asked the question (a page), a JSON post is refused.
 */
export const proveHuman = async (
  strapi: Core.Strapi,
  form: { altcha?: string; questionToken?: string; questionAnswer?: string },
  asPage: boolean
): Promise<Proof> => {
  if (form.altcha) {
    const outcome = await verifyAltcha(strapi, form.altcha);
    return outcome === 'ok' ? { ok: true } : { ok: false, ask: false, message: CHALLENGE_MESSAGES[outcome], errors: {} };
  }
  if (form.questionToken) {
    const outcome = await verifyQuestion(strapi, form.questionToken, form.questionAnswer ?? '');
    if (outcome === 'ok') return { ok: true };
    return {
      ok: false,
      ask: false,
      message: CHALLENGE_MESSAGES[outcome],
      errors: outcome === 'wrong' ? { questionAnswer: CHALLENGE_MESSAGES.wrong } : {},
    };
  }
  if (asPage) return { ok: false, ask: true };
  return { ok: false, ask: false, message: 'Thiếu xác minh người gửi (ALTCHA). Vui lòng tải lại trang và gửi lại.', errors: {} };
};
