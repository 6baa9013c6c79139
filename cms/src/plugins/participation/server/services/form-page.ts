import crypto from 'crypto';
import {
  COMMENT_FIELDS as F,
  COMMENT_FORM_TEXT as T,
  COMMENT_LIMITS as L,
  QUESTION_FIELDS,
  QUESTION_FORM_FIELDS as Q,
  QUESTION_FORM_TEXT as QT,
  QUESTION_LIMITS as QL,
} from '@vungtau/publishing';
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
input[type=text],input[type=email],input[type=tel],textarea,select{box-sizing:border-box;width:100%;font:inherit;padding:.5rem;border:2px solid #1b1b1b;border-radius:0}
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
.code{font-size:1.4rem;letter-spacing:.08em}
.trap{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
button{font:inherit;font-weight:700;background:#00703c;color:#fff;border:0;padding:.7rem 1.2rem;margin:1.2rem 0;cursor:pointer}
`;

/** The page's CSP allows this stylesheet and nothing else. */
const STYLE_HASH = `'sha256-${crypto.createHash('sha256').update(STYLE).digest('base64')}'`;

/**
 * `formTargets`: the site page the form's answer may redirect to (a checked return address): a
 * browser applies form-action to the redirect after a post too, and the CMS's page is not always
 * served from the site's own origin.
 */
export const formPageSecurityHeaders = (formTargets: readonly string[] = []): Record<string, string> => ({
  'Content-Security-Policy': `default-src 'none'; style-src ${STYLE_HASH}; form-action 'self'${formTargets.map((origin) => ` ${origin}`).join('')}; base-uri 'none'; frame-ancestors 'none'`,
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
});

const page = (title: string, body: string): string =>
  `<!doctype html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">` +
  `<meta name="robots" content="noindex"><title>${escape(title)}</title><style>${STYLE}</style></head><body><main>${body}</main></body></html>`;

/** One field of a form the CMS may have to show again. */
export type FieldSpec =
  | { kind: 'text'; name: string; label: string; type: 'text' | 'email' | 'tel'; max: number; hint?: string }
  | { kind: 'textarea'; name: string; label: string; max: number; hint?: string }
  | { kind: 'select'; name: string; label: string; options: ReadonlyArray<readonly [string, string]> }
  | { kind: 'checkbox'; name: string; label: string }
  | { kind: 'hidden'; name: string }
  | { kind: 'hint'; text: string }
  /** The field people never see (labelled "leave empty"): filled, the form is refused. */
  | { kind: 'honeypot'; name: string; label: string };

export interface FormPage {
  title: string;
  /** The route the form posts to, on the CMS. */
  action: string;
  fields: readonly FieldSpec[];
  submit: string;
  /** Said above the button (moderation, what happens next). */
  notice: string | null;
  /** The site's page to go back to. */
  backUrl: string | null;
  backLabel: string;
  values: Record<string, string>;
  errors: FieldErrors;
  /** A message about the whole form (rate limit, closed window). */
  message: string | null;
  question: QuestionChallenge | null;
}

const errorOf = (name: string, errors: FieldErrors): { note: string; attrs: string; invalid: string } => {
  const error = errors[name];
  return error
    ? {
        note: `<p class="error" id="${name}-error">${escape(error)}</p>`,
        attrs: ` aria-invalid="true" aria-describedby="${name}-error"`,
        invalid: ' class="invalid"',
      }
    : { note: '', attrs: '', invalid: '' };
};

const field = (spec: FieldSpec, values: Record<string, string>, errors: FieldErrors): string => {
  switch (spec.kind) {
    case 'hint':
      return `<p class="hint">${escape(spec.text)}</p>`;
    case 'hidden':
      return `<input type="hidden" name="${spec.name}" value="${escape(values[spec.name] ?? '')}">`;
    case 'honeypot':
      return (
        `<div class="trap" aria-hidden="true"><label for="${spec.name}">${escape(spec.label)}</label>` +
        `<input type="text" id="${spec.name}" name="${spec.name}" tabindex="-1" autocomplete="off"></div>`
      );
    case 'checkbox': {
      const e = errorOf(spec.name, errors);
      const checked = ['on', 'true', '1'].includes(values[spec.name] ?? '') ? ' checked' : '';
      return (
        `${e.note}<div class="check"><input type="checkbox" id="${spec.name}" name="${spec.name}"${checked}${e.attrs}>` +
        `<label for="${spec.name}">${escape(spec.label)}</label></div>`
      );
    }
    case 'select': {
      const e = errorOf(spec.name, errors);
      const options = spec.options
        .map(
          ([value, label]) => `<option value="${escape(value)}"${values[spec.name] === value ? ' selected' : ''}>${escape(label)}</option>`
        )
        .join('');
      return `<label for="${spec.name}">${escape(spec.label)}</label>${e.note}<select id="${spec.name}" name="${spec.name}"${e.invalid}${e.attrs}>${options}</select>`;
    }
    case 'textarea': {
      const e = errorOf(spec.name, errors);
      return (
        `<label for="${spec.name}">${escape(spec.label)}</label>${spec.hint ? `<p class="hint">${escape(spec.hint)}</p>` : ''}${e.note}` +
        `<textarea id="${spec.name}" name="${spec.name}" maxlength="${spec.max}"${e.invalid}${e.attrs}>${escape(values[spec.name] ?? '')}</textarea>`
      );
    }
    case 'text': {
      const e = errorOf(spec.name, errors);
      return (
        `<label for="${spec.name}">${escape(spec.label)}</label>${spec.hint ? `<p class="hint">${escape(spec.hint)}</p>` : ''}${e.note}` +
        `<input type="${spec.type}" id="${spec.name}" name="${spec.name}" maxlength="${spec.max}" value="${escape(values[spec.name] ?? '')}"${e.invalid}${e.attrs}>`
      );
    }
  }
};

/** A participation form, refilled with what was typed and what is wrong; with the question when one is asked. */
export const renderFormPage = (view: FormPage): string => {
  const { values, errors } = view;
  const listed = Object.entries(errors);
  const summary =
    listed.length > 0
      ? `<div class="summary" role="alert" tabindex="-1"><h2>Chưa gửi được: vui lòng sửa các mục sau</h2><ul>${listed
          .map(([name, message]) => `<li>${name ? `<a href="#${escape(name)}">${escape(message)}</a>` : escape(message)}</li>`)
          .join('')}</ul></div>`
      : '';
  const message = view.message ? `<div class="summary" role="alert"><p>${escape(view.message)}</p></div>` : '';
  const question = view.question
    ? `<label for="questionAnswer">${escape(T.question)} ${escape(view.question.question)} bằng bao nhiêu?</label>` +
      errorOf('questionAnswer', errors).note +
      `<input type="text" inputmode="numeric" id="questionAnswer" name="questionAnswer" maxlength="3" autocomplete="off"` +
      `${errorOf('questionAnswer', errors).invalid}${errorOf('questionAnswer', errors).attrs}>` +
      `<input type="hidden" name="questionToken" value="${escape(view.question.token)}">`
    : '';
  const form =
    `<form method="post" action="${escape(view.action)}" accept-charset="utf-8" novalidate>` +
    view.fields.map((spec) => field(spec, values, errors)).join('') +
    question +
    (view.notice ? `<p class="notice">${escape(view.notice)}</p>` : '') +
    `<button type="submit">${escape(view.submit)}</button></form>`;
  const back = view.backUrl ? `<p><a href="${escape(view.backUrl)}">${escape(view.backLabel)}</a></p>` : '';
  return page(view.title, `<h1>${escape(view.title)}</h1>${message}${summary}${form}${back}`);
};

/** The comment form's fields, in the order the site's form has them. */
export const COMMENT_FORM_FIELDS: readonly FieldSpec[] = [
  { kind: 'hidden', name: F.documentId },
  { kind: 'hidden', name: F.returnTo },
  { kind: 'text', name: F.name, label: T.name, type: 'text', max: L.name },
  { kind: 'text', name: F.organisation, label: T.organisation, type: 'text', max: L.organisation },
  { kind: 'hint', text: T.contactHint },
  { kind: 'text', name: F.email, label: T.email, type: 'email', max: L.email },
  { kind: 'text', name: F.phone, label: T.phone, type: 'tel', max: L.phone },
  { kind: 'text', name: F.section, label: T.section, type: 'text', max: L.section, hint: T.sectionHint },
  { kind: 'textarea', name: F.body, label: T.body, max: L.body },
  { kind: 'checkbox', name: F.showName, label: T.showName },
  { kind: 'checkbox', name: F.consent, label: T.consent },
  { kind: 'honeypot', name: F.honeypot, label: T.honeypot },
];

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

/** The question form's fields, in the order the site's form has them. */
export const questionFormFields = (): readonly FieldSpec[] => [
  { kind: 'hidden', name: Q.site },
  { kind: 'hidden', name: Q.returnTo },
  { kind: 'text', name: Q.name, label: QT.name, type: 'text', max: QL.name },
  { kind: 'hint', text: QT.contactHint },
  { kind: 'text', name: Q.email, label: QT.email, type: 'email', max: QL.email },
  { kind: 'text', name: Q.phone, label: QT.phone, type: 'tel', max: QL.phone },
  { kind: 'select', name: Q.field, label: QT.field, options: Object.entries(QUESTION_FIELDS) },
  { kind: 'text', name: Q.title, label: QT.title, type: 'text', max: QL.title, hint: QT.titleHint },
  { kind: 'textarea', name: Q.question, label: QT.question, max: QL.question },
  { kind: 'checkbox', name: Q.consent, label: QT.consent },
  { kind: 'honeypot', name: Q.honeypot, label: QT.honeypot },
];

/** Told once the question is stored, when the browser runs no script: the code to track it by. */
export const renderQuestionReceivedPage = (code: string, trackingUrl: string | null, dueOn: string): string =>
  page(
    'Đã gửi câu hỏi',
    `<h1>Đã gửi câu hỏi</h1><div class="notice"><p>Cảm ơn ông/bà. Câu hỏi đã được tiếp nhận và sẽ được trả lời chậm nhất ngày ${escape(dueOn)}.</p>` +
      `<p>Mã tra cứu của ông/bà: <strong class="code">${escape(code)}</strong></p><p>Vui lòng ghi lại mã này để theo dõi câu hỏi.</p></div>` +
      (trackingUrl ? `<p><a href="${escape(trackingUrl)}">Tra cứu câu hỏi đã gửi</a></p>` : '')
  );

/** Where a question stands, for a browser without JavaScript that asked the tracking route. */
export const renderStatusPage = (
  title: string,
  lines: string[],
  link: { href: string; label: string } | null,
  back: string | null
): string =>
  page(
    title,
    `<h1>${escape(title)}</h1><div class="notice">${lines.map((line) => `<p>${escape(line)}</p>`).join('')}</div>` +
      (link ? `<p><a href="${escape(link.href)}">${escape(link.label)}</a></p>` : '') +
      (back ? `<p><a href="${escape(back)}">Tra cứu câu hỏi khác</a></p>` : '')
  );
