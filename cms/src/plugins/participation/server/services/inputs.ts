import { errors } from '@strapi/utils';
import { z } from 'zod';
import { textProblem } from '../../../../security/text-input';
import { COMMENT_STATUSES, REJECT_REASONS, type CommentStatus, type RejectReason } from '@vungtau/publishing';

/** The longest answer ("ý kiến tiếp thu, giải trình"), as the content type's `answer` allows. */
export const ANSWER_MAX = 5000;
/** Pages of comments a moderator can ask for: far more than any draft will ever get. */
export const PAGE_MAX = 999_999;
/** Database ids are 32-bit on every engine the CMS runs on. */
const ID_MAX = 2_147_483_647;

const ID = /^[1-9]\d{0,9}$/;
/** Strapi 5's document ids are 24 lowercase letters and digits; the column allows 64. */
const DOCUMENT_ID = /^[a-z0-9]{1,64}$/;
const PAGE = /^[1-9]\d{0,5}$/;

/** What each field accepts, told to the caller when it is refused. */
const ACCEPTS: Record<string, string> = {
  id: 'Mã góp ý phải là một số nguyên dương.',
  documentId: 'Mã dự thảo không hợp lệ.',
  status: `Trạng thái phải là một trong: ${COMMENT_STATUSES.join(', ')}.`,
  page: `Số trang phải là một số nguyên từ 1 đến ${PAGE_MAX}.`,
  reason: `Lý do không đăng phải là một trong: ${REJECT_REASONS.join(', ')}.`,
  answer: `Ý kiến tiếp thu, giải trình phải là văn bản (không chứa ký tự điều khiển), tối đa ${ANSWER_MAX} ký tự.`,
};

/** The first few unknown keys, each cut short: a body of thousands of keys must not come back as a huge message. */
const listKeys = (keys: string[]): string =>
  [...keys.slice(0, 5).map((key) => `"${key.slice(0, 40)}"`), ...(keys.length > 5 ? [`… (thêm ${keys.length - 5})`] : [])].join(', ');

const problem = (path: string, message: string) =>
  new errors.ValidationError(message, { errors: [{ path: path ? [path] : [], message, name: 'ValidationError' }] });

/** Parses with a strict schema, or refuses with one Vietnamese message saying what is wrong. */
const parse = <T>(schema: z.ZodType<T>, value: unknown, what: string): T => {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  if (issue.code === 'unrecognized_keys') throw problem('', `${what} không nhận trường ${listKeys(issue.keys)}.`);
  const field = String(issue.path[0] ?? '');
  throw problem(field, ACCEPTS[field] ?? `${what} phải là một đối tượng JSON.`);
};

const idSchema = z.strictObject({
  id: z
    .string()
    .regex(ID)
    .transform(Number)
    .refine((id) => id <= ID_MAX),
});
const documentIdSchema = z.strictObject({ documentId: z.string().regex(DOCUMENT_ID) });

/** `:id` of a comment route (the router adds positional captures of its own to the params: only the name counts). */
export const commentIdOf = (params: Record<string, unknown>): number => parse(idSchema, { id: params.id }, 'Đường dẫn').id;

/** `:documentId` of a draft route. */
export const draftIdOf = (params: Record<string, unknown>): string =>
  parse(documentIdSchema, { documentId: params.documentId }, 'Đường dẫn').documentId;

const listQuerySchema = z.strictObject({
  status: z.enum(COMMENT_STATUSES).optional(),
  page: z.string().regex(PAGE).transform(Number).optional(),
});

/** `?status=&page=` of the comment list: nothing else is accepted, rather than silently ignored. */
export const listQueryOf = (query: unknown): { status: CommentStatus | null; page: number } => {
  const parsed = parse(listQuerySchema, query ?? {}, 'Tham số');
  return { status: parsed.status ?? null, page: parsed.page ?? 1 };
};

/** A query string that must be empty (the draft list, the export). */
export const noQuery = (query: unknown): void => {
  parse(z.strictObject({}), query ?? {}, 'Tham số');
};

/** The body of "Đăng": nothing, or an empty object. */
export const emptyBody = (body: unknown): void => {
  parse(z.strictObject({}), body ?? {}, 'Yêu cầu');
};

const rejectSchema = z.strictObject({ reason: z.enum(REJECT_REASONS) });

/** The body of "Không đăng". */
export const rejectBodyOf = (body: unknown): RejectReason => parse(rejectSchema, body ?? {}, 'Yêu cầu').reason;

const answerSchema = z.strictObject({
  // Checked twice: a huge string is refused before it is normalised, the stored text after.
  answer: z
    .string()
    .max(ANSWER_MAX * 4)
    // The request-text middleware refuses these for every route already; this holds if a route is ever called otherwise.
    .refine((text) => textProblem(text) === null)
    .transform((text) => text.normalize('NFC').trim())
    .refine((text) => text.length <= ANSWER_MAX),
});

/** The body of "Trả lời", NFC-normalised and trimmed; empty means "remove the answer". */
export const answerBodyOf = (body: unknown): string => parse(answerSchema, body ?? {}, 'Yêu cầu').answer;
