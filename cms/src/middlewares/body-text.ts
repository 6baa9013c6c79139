import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { bodyProblem, TEXT_PROBLEM_MESSAGES } from '../security/text-input';

const WHY = TEXT_PROBLEM_MESSAGES;

/**
 * A multipart form's fields arrive as strings; the upload routes read some of them as JSON
 * (`fileInfo`), so what they hold is checked as what they will become.
 */
const withJsonFields = (body: unknown, multipart: boolean): unknown => {
  if (!multipart || !body || typeof body !== 'object') return body;
  return Object.fromEntries(
    Object.entries(body).map(([key, value]) => {
      if (typeof value !== 'string' || !/^\s*[[{]/.test(value)) return [key, value];
      try {
        return [key, JSON.parse(value)];
      } catch {
        return [key, value];
      }
    })
  );
};

/**
 * After the body parser: no key or string anywhere in the parsed body may hold NUL, a lone
 * surrogate or (but in a search) a control character, and the body may not nest deeper than
 * MAX_BODY_DEPTH.
 */
export default (_config: unknown, _context: { strapi: Core.Strapi }) =>
  async (
    ctx: { path: string; request: { body?: unknown }; is(...types: string[]): string | false | null },
    next: () => Promise<unknown>
  ) => {
    // The public search stores nothing, and its pages mark highlights with U+0002 and U+0003,
    // which can never occur in the text (site/src/scripts/search/client.ts).
    const allowControl = ctx.path.startsWith('/api/search/');
    const found = bodyProblem(withJsonFields(ctx.request.body, Boolean(ctx.is('multipart'))), { allowControl });
    if (found) {
      const where = found.path.length > 0 ? `Trường "${found.path.join('.').slice(0, 120)}"` : 'Nội dung yêu cầu';
      throw new errors.ValidationError(`${where} ${WHY[found.problem]}.`, {
        errors: [{ path: found.path, message: `${where} ${WHY[found.problem]}.`, name: 'ValidationError' }],
      });
    }
    return next();
  };
