import { COMMENT_FIELDS as F, COMMENT_LIMITS as L } from '@vungtau/publishing';
import { z } from 'zod';
import { mailAddress } from '../../../mail/server/services/message';

/**
 * The comment form as the public route accepts it: these fields and no other, each bounded,
 * text in Unicode NFC without control characters. A form posted without JavaScript sends strings
 * (a ticked box is "on"); the page's script sends the same names as JSON.
 */

/** Line breaks and tabs are text; every other control character is refused. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;

const text = (label: string, max: number, min = 0) =>
  z
    .string({ error: `${label}: cần là chữ.` })
    .transform((value) => value.normalize('NFC').replace(/\r\n?/g, '\n').trim())
    .refine((value) => !CONTROL.test(value), `${label} có ký tự không hợp lệ.`)
    .refine((value) => value.length <= max, `${label} dài quá ${max} ký tự.`)
    .refine((value) => value.length >= min, min > 1 ? `${label} cần ít nhất ${min} ký tự.` : `Vui lòng nhập ${label.toLowerCase()}.`);

const optionalText = (label: string, max: number) =>
  z
    .union([text(label, max), z.null()])
    .optional()
    .transform((value) => (value ? value : null));

/** A ticked checkbox: `on` from a plain form, true from the script. */
const tick = z
  .union([z.boolean(), z.enum(['on', 'true', '1', 'false', '0', ''])], { error: 'Giá trị ô đánh dấu không hợp lệ.' })
  .optional()
  .transform((value) => value === true || value === 'on' || value === 'true' || value === '1');

/** Vietnamese numbers as people write them: 0912 345 678, 0912.345.678, +84 912 345 678. */
const phone = z
  .union([z.string({ error: 'Số điện thoại: cần là chữ số.' }), z.null()])
  .optional()
  .transform((value) => (value ?? '').trim().replace(/[\s.-]/g, ''))
  .refine((value) => value === '' || /^(?:\+84|0)\d{9,10}$/.test(value), 'Số điện thoại không đúng (ví dụ: 0912 345 678).')
  .transform((value) => (value ? value.replace(/^\+84/, '0') : null));

const email = z
  .union([z.string({ error: 'Thư điện tử: cần là chữ.' }), z.null()])
  .optional()
  .transform((value) => (value ?? '').trim().normalize('NFC'))
  .refine((value) => value === '' || (value.length <= L.email && mailAddress.safeParse(value).success), 'Địa chỉ thư điện tử không đúng.')
  .transform((value) => (value ? value : null));

export const commentForm = z
  .strictObject(
    {
      [F.documentId]: z.string({ error: 'Thiếu mã dự thảo.' }).regex(/^[a-z0-9]{10,64}$/, 'Mã dự thảo không hợp lệ.'),
      [F.name]: text('Họ và tên', L.name, 1),
      [F.organisation]: optionalText('Cơ quan, tổ chức', L.organisation),
      [F.email]: email,
      [F.phone]: phone,
      [F.section]: optionalText('Phần dự thảo góp ý', L.section),
      [F.body]: text('Nội dung góp ý', L.body, L.bodyMin),
      [F.showName]: tick,
      [F.consent]: tick.refine((value) => value, 'Vui lòng đồng ý để cơ quan xử lý thông tin liên hệ của ông/bà.'),
      [F.honeypot]: z
        .string()
        .max(200)
        .optional()
        .refine((value) => !value, 'Ô "Để trống ô này" phải để trống.'),
      [F.altcha]: z.string().max(4000).optional(),
      [F.returnTo]: z.string().max(500).optional(),
      // The no-JavaScript path's question (challenge.ts): its signed token and the person's answer.
      questionToken: z.string().max(400).optional(),
      questionAnswer: z.string().max(20).optional(),
    },
    { error: (issue) => (issue.code === 'unrecognized_keys' ? `Biểu mẫu có trường không được nhận: ${issue.keys.join(', ')}.` : undefined) }
  )
  .superRefine((value, ctx) => {
    if (!value.email && !value.phone)
      ctx.addIssue({
        code: 'custom',
        path: [F.email],
        message: 'Vui lòng nhập thư điện tử hoặc số điện thoại để cơ quan liên hệ khi cần.',
      });
  });

export type CommentForm = z.output<typeof commentForm>;

/** Field → the first problem with it ('' for the form as a whole). */
export type FieldErrors = Record<string, string>;

const LABELS: Record<string, string> = {
  [F.documentId]: 'Mã dự thảo',
  [F.name]: 'Họ và tên',
  [F.organisation]: 'Cơ quan, tổ chức',
  [F.email]: 'Thư điện tử',
  [F.phone]: 'Số điện thoại',
  [F.section]: 'Phần dự thảo góp ý',
  [F.body]: 'Nội dung góp ý',
  [F.showName]: 'Cho phép hiển thị họ tên',
  [F.consent]: 'Đồng ý xử lý thông tin',
  [F.honeypot]: 'Để trống ô này',
  [F.altcha]: 'Xác minh người gửi',
  [F.returnTo]: 'Trang xác nhận',
  questionToken: 'Câu hỏi xác nhận',
  questionAnswer: 'Kết quả phép tính',
};

/** zod's own messages are English: a value of the wrong type gets the field's name in Vietnamese instead. */
const OWN_MESSAGE = /[À-ỹ]/;

export const fieldErrors = (error: z.ZodError): FieldErrors => {
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const key = typeof issue.path[0] === 'string' ? issue.path[0] : '';
    const message = OWN_MESSAGE.test(issue.message)
      ? issue.message
      : key && LABELS[key]
        ? `${LABELS[key]}: giá trị không hợp lệ.`
        : 'Biểu mẫu góp ý không hợp lệ.';
    errors[key] ??= message;
  }
  return errors;
};

/**
 * What the person typed, as strings, to put back into the form when it is refused (the
 * no-JavaScript page): only the known fields, each cut to its limit; never the proof of work.
 */
export const typedValues = (body: unknown): Record<string, string> => {
  const source = body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  const pick = (key: string, max: number): string => {
    const value = source[key];
    return typeof value === 'string' ? value.slice(0, max) : typeof value === 'boolean' ? (value ? 'on' : '') : '';
  };
  return {
    [F.documentId]: pick(F.documentId, 64),
    [F.name]: pick(F.name, L.name * 2),
    [F.organisation]: pick(F.organisation, L.organisation * 2),
    [F.email]: pick(F.email, L.email),
    [F.phone]: pick(F.phone, L.phone * 2),
    [F.section]: pick(F.section, L.section * 2),
    [F.body]: pick(F.body, L.body * 2),
    [F.showName]: pick(F.showName, 5),
    [F.consent]: pick(F.consent, 5),
    [F.returnTo]: pick(F.returnTo, 500),
  };
};
