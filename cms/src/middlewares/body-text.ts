import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { bodyProblem } from '../security/text-input';

const WHY = {
  nul: 'có ký tự NUL (contains a NUL character)',
  surrogate: 'có ký tự UTF-16 lẻ, không phải chữ (contains a lone UTF-16 surrogate)',
} as const;

/** After the body parser: no key or string anywhere in the parsed body may hold NUL or a lone surrogate. */
export default (_config: unknown, _context: { strapi: Core.Strapi }) =>
  async (ctx: { request: { body?: unknown } }, next: () => Promise<unknown>) => {
    const found = bodyProblem(ctx.request.body);
    if (found) {
      const where = found.path.length > 0 ? `Trường "${found.path.join('.').slice(0, 120)}"` : 'Nội dung yêu cầu';
      throw new errors.ValidationError(`${where} ${WHY[found.problem]}.`, {
        errors: [{ path: found.path, message: `${where} ${WHY[found.problem]}.`, name: 'ValidationError' }],
      });
    }
    return next();
  };
