import { COMMENT_FIELDS as F, COMMENT_LIMITS as L } from '@vungtau/publishing';
import { z } from 'zod';
import {
  COMMON_LABELS,
  email,
  fieldErrors,
  optionalText,
  phone,
  submissionFields,
  text,
  tick,
  typedFields,
  unknownKeys,
  type FieldErrors,
} from './form-fields';

export type { FieldErrors };

/**
 * The comment form as the public route accepts it: these fields and no other, each bounded,
 * text in Unicode NFC without control characters. A form posted without JavaScript sends strings
 * (a ticked box is "on"); the page's script sends the same names as JSON.
 */

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
      ...submissionFields,
    },
    { error: unknownKeys }
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

const LABELS: Record<string, string> = {
  ...COMMON_LABELS,
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

export const commentFieldErrors = (error: z.ZodError): FieldErrors => fieldErrors(error, LABELS);

/** What the person typed, to show the form again (form-fields.ts typedFields). */
export const typedValues = (body: unknown): Record<string, string> =>
  typedFields(body, {
    [F.documentId]: 64,
    [F.name]: L.name * 2,
    [F.organisation]: L.organisation * 2,
    [F.email]: L.email,
    [F.phone]: L.phone * 2,
    [F.section]: L.section * 2,
    [F.body]: L.body * 2,
    [F.showName]: 5,
    [F.consent]: 5,
    [F.returnTo]: 500,
  });
