import type { Core } from '@strapi/strapi';

interface Ctx {
  path: string;
  request: { body?: unknown };
  status: number;
  body: unknown;
}

const NO_RIGHT = 'Bạn không có quyền thực hiện thao tác này.';

/** Strapi's and the body parser's English messages that staff would otherwise read, by status. */
const PARSER: Record<number, { name: string; message: string }> = {
  400: { name: 'BadRequestError', message: 'Dữ liệu gửi lên không đọc được: cần là một đối tượng JSON hợp lệ.' },
  413: { name: 'PayloadTooLargeError', message: 'Nội dung gửi lên quá lớn.' },
  415: { name: 'UnsupportedMediaTypeError', message: 'Kiểu nội dung gửi lên không được nhận.' },
};
/** Refusals that give no reason: a route policy's ("Policy Failed"), `ctx.forbidden()`. */
const BARE = new Set(['Policy Failed', 'Forbidden', 'Forbidden access']);

const answer = (ctx: Ctx, status: number, name: string, message: string) => {
  ctx.status = status;
  ctx.body = { data: null, error: { status, name, message, details: {} } };
};

/**
 * The admin's and the plugins' routes (everything but the public `/api`, which answers in its own
 * words) give staff Vietnamese messages where Strapi's are English and say nothing more: a body
 * the parser refuses (not JSON, too large) and a refusal without a reason. A message that says
 * something (a validation error, the workflow's explained refusals) is left as it is.
 */
export default (_config: unknown, _context: { strapi: Core.Strapi }) => async (ctx: Ctx, next: () => Promise<unknown>) => {
  if (ctx.path.startsWith('/api/')) return next();
  try {
    await next();
  } catch (error) {
    const { status, message, name } = error as { status?: unknown; message?: unknown; name?: unknown };
    // Parsed bodies are set before the route runs: an error with none comes from the parser.
    if (ctx.request.body === undefined && typeof status === 'number' && status in PARSER)
      return answer(ctx, status, PARSER[status].name, PARSER[status].message);
    // The upload plugin's file over its limit, thrown without a status.
    if (name === 'PayloadTooLargeError') return answer(ctx, 413, 'PayloadTooLargeError', PARSER[413].message);
    if (typeof message === 'string' && BARE.has(message) && (name === 'PolicyError' || name === 'ForbiddenError'))
      return answer(ctx, 403, String(name), NO_RIGHT);
    throw error;
  }
  const error = (ctx.body as { error?: { message?: unknown } } | null)?.error;
  if (!error || typeof error.message !== 'string') return;
  if (ctx.status === 403 && BARE.has(error.message)) error.message = NO_RIGHT;
  // The upload route answers a file over its limit itself, in English ("… exceeds size limit …").
  else if (ctx.status === 413) error.message = PARSER[413].message;
};
