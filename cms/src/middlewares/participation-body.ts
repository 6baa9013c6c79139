import type { Core } from '@strapi/strapi';
import { renderMessagePage, formPageSecurityHeaders } from '../plugins/participation/server/services/form-page';

interface Ctx {
  path: string;
  request: { body?: unknown };
  is(...types: string[]): string | false | null;
  status: number;
  body: unknown;
  type: string;
  set(field: string, value: string): void;
}

const MESSAGES: Record<number, string> = {
  400: 'Nội dung gửi lên không đọc được (cần là biểu mẫu hoặc một đối tượng JSON).',
  413: 'Nội dung gửi lên quá lớn.',
  415: 'Kiểu nội dung gửi lên không được nhận.',
};

/**
 * Before the body parser, on the public participation routes only: a body the parser refuses (not
 * JSON, a bare JSON string, too large) gets the routes' own answer, a Vietnamese message as JSON
 * or as a page, instead of the parser's English one. Citizens read these.
 */
export default (_config: unknown, _context: { strapi: Core.Strapi }) => async (ctx: Ctx, next: () => Promise<unknown>) => {
  if (!ctx.path.startsWith('/api/participation/')) return next();
  try {
    return await next();
  } catch (error) {
    const status = (error as { status?: unknown }).status;
    // Parsed bodies are set before the route runs: an error with none comes from the parser.
    if (ctx.request.body !== undefined || typeof status !== 'number' || !(status in MESSAGES)) throw error;
    const message = MESSAGES[status];
    ctx.status = status;
    if (ctx.is('application/json')) {
      ctx.body = { data: null, error: { status, name: 'BadRequestError', message, details: {} } };
      return;
    }
    for (const [name, value] of Object.entries(formPageSecurityHeaders())) ctx.set(name, value);
    ctx.type = 'text/html; charset=utf-8';
    ctx.body = renderMessagePage('Không gửi được góp ý', message, null);
  }
};
