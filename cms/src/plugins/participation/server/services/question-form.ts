import { QUESTION_FIELDS, QUESTION_FORM_FIELDS as F, QUESTION_LIMITS as L, type QuestionField } from '@vungtau/publishing';
import { z } from 'zod';
import {
  COMMON_LABELS,
  email,
  fieldErrors,
  phone,
  submissionFields,
  text,
  typedFields,
  unknownKeys,
  type FieldErrors,
} from './form-fields';

/** The question form as the public route accepts it: these fields and no other (form-fields.ts). */
export const questionForm = z
  .strictObject(
    {
      [F.site]: z
        .string({ error: 'Thiếu trang nhận câu hỏi.' })
        .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Trang nhận câu hỏi không hợp lệ.')
        .max(100),
      [F.name]: text('Họ và tên', L.name, 1),
      [F.email]: email,
      [F.phone]: phone,
      [F.field]: z.enum(Object.keys(QUESTION_FIELDS) as [QuestionField, ...QuestionField[]], {
        error: 'Vui lòng chọn lĩnh vực của câu hỏi.',
      }),
      [F.title]: text('Tiêu đề câu hỏi', L.title, L.titleMin),
      [F.question]: text('Nội dung câu hỏi', L.question, L.questionMin),
      ...submissionFields,
    },
    { error: unknownKeys }
  )
  .superRefine((value, ctx) => {
    if (!value.email && !value.phone)
      ctx.addIssue({
        code: 'custom',
        path: [F.email],
        message: 'Vui lòng nhập thư điện tử hoặc số điện thoại để cơ quan trả lời hoặc liên hệ.',
      });
  });

export type QuestionForm = z.output<typeof questionForm>;

const LABELS: Record<string, string> = {
  ...COMMON_LABELS,
  [F.site]: 'Trang nhận câu hỏi',
  [F.name]: 'Họ và tên',
  [F.email]: 'Thư điện tử',
  [F.phone]: 'Số điện thoại',
  [F.field]: 'Lĩnh vực',
  [F.title]: 'Tiêu đề câu hỏi',
  [F.question]: 'Nội dung câu hỏi',
  [F.consent]: 'Đồng ý xử lý thông tin',
  [F.honeypot]: 'Để trống ô này',
  [F.altcha]: 'Xác minh người gửi',
  [F.returnTo]: 'Trang tra cứu',
};

export const questionFieldErrors = (error: z.ZodError): FieldErrors => fieldErrors(error, LABELS);

/** What the person typed, to show the form again (form-fields.ts typedFields). */
export const typedQuestion = (body: unknown): Record<string, string> =>
  typedFields(body, {
    [F.site]: 100,
    [F.name]: L.name * 2,
    [F.email]: L.email,
    [F.phone]: L.phone * 2,
    [F.field]: 40,
    [F.title]: L.title * 2,
    [F.question]: L.question * 2,
    [F.consent]: 5,
    [F.returnTo]: 500,
  });
