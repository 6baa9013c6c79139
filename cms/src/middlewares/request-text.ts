import type { IncomingMessage } from 'http';
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { pathProblem, queryStringProblem, TEXT_PROBLEM_MESSAGES, utf8Checker } from '../security/text-input';

interface Ctx {
  path: string;
  querystring: string;
  method: string;
  req: IncomingMessage;
  get(header: string): string;
  is(...types: string[]): string | false | null;
  throw(status: number, message: string): never;
}

const WHY = TEXT_PROBLEM_MESSAGES;

/**
 * Before the query parser and the body parser: refuses a path or query string that decodes to
 * invalid UTF-8 or NUL, and checks a body's bytes as the body parser reads them (no second copy of
 * the body in memory). The parsed body's strings are checked after parsing (body-text.ts): a JSON
 * "\u0000" escape is valid UTF-8 and only shows once decoded.
 */
export default (_config: unknown, _context: { strapi: Core.Strapi }) => async (ctx: Ctx, next: () => Promise<unknown>) => {
  const inPath = pathProblem(ctx.path);
  if (inPath) throw new errors.ValidationError(`Địa chỉ yêu cầu ${WHY[inPath]}.`);
  const inQuery = queryStringProblem(ctx.querystring);
  if (inQuery) throw new errors.ValidationError(`Tham số truy vấn "${inQuery.part.slice(0, 60)}" ${WHY[inQuery.problem]}.`);

  const hasBody = ctx.get('Content-Length') !== '' || ctx.get('Transfer-Encoding') !== '';
  // File uploads are binary by nature; their text fields are checked after parsing.
  if (hasBody && !ctx.is('multipart')) {
    const encoding = ctx.get('Content-Encoding').trim().toLowerCase();
    if (encoding !== '' && encoding !== 'identity') {
      ctx.throw(
        415,
        `Nội dung yêu cầu nén (Content-Encoding: ${encoding.slice(0, 40)}) không được nhận (compressed request bodies are not accepted).`
      );
    }
    const original = ctx.req;
    const checked = original.pipe(utf8Checker(() => new errors.ValidationError(`Nội dung yêu cầu ${WHY.encoding}.`)));
    original.on('error', (error) => checked.destroy(error));
    // co-body reads ctx.req (its headers for the length and encoding, then the stream).
    ctx.req = Object.assign(checked, { headers: original.headers }) as unknown as IncomingMessage;
  }
  return next();
};
