import { COMMENT_FIELDS, COMMENT_LIMITS as L } from '@vungtau/publishing';
import { z } from 'zod';
import { mailAddress } from '../../../mail/server/services/message';

/**
 * The fields the public forms have in common, each bounded, text in Unicode NFC without control
 * characters. A form posted without JavaScript sends strings (a ticked box is "on"); the pages'
 * scripts send the same names as JSON.
 */

/** Line breaks and tabs are text; every other control character is refused. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

export const text = (label: string, max: number, min = 0) =>
  z
    .string({ error: `${label}: cần là chữ.` })
    .transform((value) => value.normalize('NFC').replace(/\r\n?/g, '\n').trim())
    .refine((value) => !CONTROL.test(value), `${label} có ký tự không hợp lệ.`)
    .refine((value) => value.length <= max, `${label} dài quá ${max} ký tự.`)
    .refine((value) => value.length >= min, min > 1 ? `${label} cần ít nhất ${min} ký tự.` : `Vui lòng nhập ${label.toLowerCase()}.`);

export const optionalText = (label: string, max: number) =>
  z
    .union([text(label, max), z.null()])
    .optional()
    .transform((value) => (value ? value : null));

/** A ticked checkbox: `on` from a plain form, true from the script. */
export const tick = z
  .union([z.boolean(), z.enum(['on', 'true', '1', 'false', '0', ''])], { error: 'Giá trị ô đánh dấu không hợp lệ.' })
  .optional()
  .transform((value) => value === true || value === 'on' || value === 'true' || value === '1');

/** Vietnamese numbers as people write them: 0912 345 678, 0912.345.678, +84 912 345 678. */
export const phone = z
  .union([z.string({ error: 'Số điện thoại: cần là chữ số.' }), z.null()])
  .optional()
  .transform((value) => (value ?? '').trim().replace(/[\s.-]/g, ''))
  .refine((value) => value === '' || /^(?:\+84|0)\d{9,10}$/.test(value), 'Số điện thoại không đúng (ví dụ: 0912 345 678).')
  .transform((value) => (value ? value.replace(/^\+84/, '0') : null));

export const email = z
  .union([z.string({ error: 'Thư điện tử: cần là chữ.' }), z.null()])
  .optional()
  .transform((value) => (value ?? '').trim().normalize('NFC'))
  .refine((value) => value === '' || (value.length <= L.email && mailAddress.safeParse(value).success), 'Địa chỉ thư điện tử không đúng.')
  .transform((value) => (value ? value : null));

/** Field → the first problem with it ('' for the form as a whole). */
export type FieldErrors = Record<string, string>;

/** zod's own messages are English: a value of the wrong type gets the field's name in Vietnamese instead. */
const OWN_MESSAGE = /[À-ỹ]/;

export const fieldErrors = (error: z.ZodError, labels: Record<string, string>): FieldErrors => {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = typeof issue.path[0] === 'string' ? issue.path[0] : '';
    const message = OWN_MESSAGE.test(issue.message)
      ? issue.message
      : key && labels[key]
        ? `${labels[key]}: giá trị không hợp lệ.`
        : 'Biểu mẫu không hợp lệ.';
    errors[key] ??= message;
  }
  return errors;
};

/** Unknown keys, in Vietnamese: a public route accepts declared shapes only. */
export const unknownKeys = (issue: { code?: string; keys?: string[] }): string | undefined =>
  issue.code === 'unrecognized_keys' ? `Biểu mẫu có trường không được nhận: ${(issue.keys ?? []).join(', ')}.` : undefined;

/**
 * What every form has besides its own fields: the consent, the honeypot, the proof of work, the
 * site page to return to, and the no-JavaScript path's question (challenge.ts: its signed token and
 * the person's answer).
 */
export const submissionFields = {
  [COMMENT_FIELDS.consent]: tick.refine((value) => value, 'Vui lòng đồng ý để cơ quan xử lý thông tin liên hệ của ông/bà.'),
  [COMMENT_FIELDS.honeypot]: z
    .string()
    .max(200)
    .optional()
    .refine((value) => !value, 'Ô "Để trống ô này" phải để trống.'),
  [COMMENT_FIELDS.altcha]: z.string().max(4000).optional(),
  [COMMENT_FIELDS.returnTo]: z.string().max(500).optional(),
  questionToken: z.string().max(400).optional(),
  questionAnswer: z.string().max(20).optional(),
};

/** The fields' names in messages, for the fields every form has. */
export const COMMON_LABELS: Record<string, string> = {
  questionToken: 'Câu hỏi xác nhận',
  questionAnswer: 'Kết quả phép tính',
};

/**
 * What the person typed, as strings, to put back into a form when it is refused (the
 * no-JavaScript page): only the named fields, each cut to twice its limit (the refusal names what
 * is too long); never the proof of work.
 */
export const typedFields = (body: unknown, limits: Record<string, number>): Record<string, string> => {
  const source = body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  return Object.fromEntries(
    Object.entries(limits).map(([key, max]) => {
      const value = source[key];
      return [key, typeof value === 'string' ? value.slice(0, max) : typeof value === 'boolean' ? (value ? 'on' : '') : ''];
    })
  );
};
