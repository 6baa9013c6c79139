import crypto from 'crypto';
import { COMMENT_FIELDS as F, COMMENT_FORM_TEXT as T, COMMENT_LIMITS as L, PARTICIPATION_ROUTES } from '@vungtau/publishing';
import type { QuestionChallenge } from './challenge';
import type { FieldErrors } from './comment-form';

/**
 * The pages the comment route answers a browser without JavaScript with (a plain form POST): the
 * form again with what the person typed and what is wrong, or the question that confirms a person
 * sends it. Static HTML, every value escaped; no script. Styled by one stylesheet whose hash the
 * page's Content-Security-Policy names, so nothing else can run or style it.
 */

const escape = (value: string): string =>
  value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

const STYLE = `
body{font:1.0625rem/1.5 system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;color:#1b1b1b;margin:0;background:#fff}
main{max-width:40rem;margin:0 auto;padding:1rem}
h1{font-size:1.6rem;line-height:1.25}
label,legend{display:block;font-weight:700;margin:1.2rem 0 .3rem}
.hint{color:#4a4a4a;margin:0 0 .3rem}
input[type=text],input[type=email],input[type=tel],textarea{box-sizing:border-box;width:100%;font:inherit;padding:.5rem;border:2px solid #1b1b1b;border-radius:0}
textarea{min-height:12rem}
input:focus,textarea:focus,button:focus,a:focus{outline:3px solid #ffbf47;outline-offset:0}
.check{display:flex;gap:.6rem;align-items:flex-start;margin:1rem 0}
.check input{width:1.5rem;height:1.5rem;flex:none;margin:.1rem 0 0}
.check label{font-weight:400;margin:0}
.error{color:#b00020;font-weight:700;margin:.2rem 0}
.invalid{border-color:#b00020!important}
.summary{border:4px solid #b00020;padding:1rem;margin:1rem 0}
.summary h2{margin-top:0;font-size:1.25rem}
.summary a{color:#b00020}
.notice{border-left:6px solid #005ea5;padding:.5rem 1rem;background:#f0f4f8}
.trap{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
button{font:inherit;font-weight:700;background:#00703c;color:#fff;border:0;padding:.7rem 1.2rem;margin:1.2rem 0;cursor:pointer}
`;

/** The page's CSP allows this stylesheet and nothing else. */
const STYLE_HASH = `'sha256-${crypto.createHash('sha256').update(STYLE).digest('base64')}'`;

export const formPageSecurityHeaders = (): Record<string, string> => ({
  'Content-Security-Policy': `default-src 'none'; style-src ${STYLE_HASH}; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`,
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
});

const page = (title: string, body: string): string =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<meta name="robots" content="noindex"><title>${escape(title)}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;

export interface FormPage {
  draft: { number: string; documentId: string } | null;
  /** The draft's page on the site, to go back to. */
  draftUrl: string | null;
  values: Record<string, string>;
  errors: FieldErrors;
  /** A message about the whole form (rate limit, closed window). */
  message: string | null;
  question: QuestionChallenge | null;
}

const textInput = (
  name: string,
  label: string,
  type: string,
  values: Record<string, string>,
  errors: FieldErrors,
  max: number,
  extra = ''
) => {
  const error = errors[name];
  return (
    `<label for="${name}">${escape(label)}</label>${extra}` +
    (error ? `<p class="error" id="${name}-error">${escape(error)}</p>` : '') +
    `<input type="${type}" id="${name}" name="${name}" maxlength="${max}" value="${escape(values[name] ?? '')}"` +
    `${error ? ` class="invalid" aria-invalid="true" aria-describedby="${name}-error"` : ''}>`
  );
};

const checkbox = (name: string, label: string, values: Record<string, string>, errors: FieldErrors) => {
  const error = errors[name];
  const checked = ['on', 'true', '1'].includes(values[name] ?? '');
  return (
    (error ? `<p class="error" id="${name}-error">${escape(error)}</p>` : '') +
    `<div class="check"><input type="checkbox" id="${name}" name="${name}"${checked ? ' checked' : ''}` +
    `${error ? ` aria-invalid="true" aria-describedby="${name}-error"` : ''}><label for="${name}">${escape(label)}</label></div>`
  );
};

/** The comment form, refilled; with the question when one is asked. */
export const renderFormPage = (view: FormPage): string => {
  const { values, errors } = view;
  const title = view.draft ? `Góp ý dự thảo ${view.draft.number}` : T.heading;
  const listed = Object.entries(errors);
  const summary =
    listed.length > 0
      ? `<div class="summary" role="alert" tabindex="-1"><h2>Chưa gửi được: vui lòng sửa các mục sau</h2><ul>${listed
          .map(([field, message]) => `<li>${field ? `<a href="#${escape(field)}">${escape(message)}</a>` : escape(message)}</li>`)
          .join('')}</ul></div>`
      : '';
  const message = view.message ? `<div class="summary" role="alert"><p>${escape(view.message)}</p></div>` : '';
  const bodyError = errors[F.body];
  const question = view.question
    ? `<label for="questionAnswer">${escape(T.question)} ${escape(view.question.question)} bằng bao nhiêu?</label>` +
      (errors.questionAnswer ? `<p class="error" id="questionAnswer-error">${escape(errors.questionAnswer)}</p>` : '') +
      `<input type="text" inputmode="numeric" id="questionAnswer" name="questionAnswer" maxlength="3" autocomplete="off"` +
      `${errors.questionAnswer ? ' class="invalid" aria-invalid="true" aria-describedby="questionAnswer-error"' : ''}>` +
      `<input type="hidden" name="questionToken" value="${escape(view.question.token)}">`
    : '';
  const hidden = (name: string) => `<input type="hidden" name="${name}" value="${escape(values[name] ?? '')}">`;
  const form =
    `<form method="post" action="${PARTICIPATION_ROUTES.comments}" accept-charset="utf-8" novalidate>` +
    hidden(F.documentId) +
    hidden(F.returnTo) +
    textInput(F.name, T.name, 'text', values, errors, L.name) +
    textInput(F.organisation, T.organisation, 'text', values, errors, L.organisation) +
    `<p class="hint">${escape(T.contactHint)}</p>` +
    textInput(F.email, T.email, 'email', values, errors, L.email) +
    textInput(F.phone, T.phone, 'tel', values, errors, L.phone) +
    textInput(F.section, T.section, 'text', values, errors, L.section, `<p class="hint">${escape(T.sectionHint)}</p>`) +
    `<label for="${F.body}">${escape(T.body)}</label>` +
    (bodyError ? `<p class="error" id="${F.body}-error">${escape(bodyError)}</p>` : '') +
    `<textarea id="${F.body}" name="${F.body}" maxlength="${L.body}"${bodyError ? ` class="invalid" aria-invalid="true" aria-describedby="${F.body}-error"` : ''}>${escape(values[F.body] ?? '')}</textarea>` +
    checkbox(F.showName, T.showName, values, errors) +
    checkbox(F.consent, T.consent, values, errors) +
    `<div class="trap" aria-hidden="true"><label for="${F.honeypot}">${escape(T.honeypot)}</label><input type="text" id="${F.honeypot}" name="${F.honeypot}" tabindex="-1" autocomplete="off"></div>` +
    question +
    `<p class="notice">${escape(T.moderation)}</p>` +
    `<button type="submit">${escape(T.submit)}</button></form>`;
  const back = view.draftUrl ? `<p><a href="${escape(view.draftUrl)}">Quay lại trang dự thảo</a></p>` : '';
  return page(title, `<h1>${escape(title)}</h1>${message}${summary}${form}${back}`);
};

/** Said when the form cannot be shown again: the draft is unknown, or no longer takes comments. */
export const renderMessagePage = (title: string, message: string, draftUrl: string | null): string =>
  page(
    title,
    `<h1>${escape(title)}</h1><div class="summary" role="alert"><p>${escape(message)}</p></div>` +
      (draftUrl ? `<p><a href="${escape(draftUrl)}">Quay lại trang dự thảo</a></p>` : '')
  );

/** After success when the form named no confirmation page of a site. */
export const renderReceivedPage = (draftUrl: string | null): string =>
  page(
    'Đã nhận ý kiến góp ý',
    `<h1>Đã nhận ý kiến góp ý</h1><div class="notice"><p>Cảm ơn ông/bà đã góp ý. ${escape(T.moderation)}</p></div>` +
      (draftUrl ? `<p><a href="${escape(draftUrl)}">Quay lại trang dự thảo</a></p>` : '')
  );
