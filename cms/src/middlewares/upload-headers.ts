import type { Core } from '@strapi/strapi';
import { uploadResponseHeaders } from '../security/upload-types';

/** After strapi::public answered /uploads/…: the uploaded file's own headers (src/security/upload-types.ts). */
export default (_config: unknown, _context: { strapi: Core.Strapi }) =>
  async (
    ctx: { path: string; status: number; response: { get(name: string): string }; set(headers: Record<string, string>): void },
    next: () => Promise<unknown>
  ) => {
    await next();
    if (ctx.path.startsWith('/uploads/') && ctx.status < 400) ctx.set(uploadResponseHeaders(ctx.response.get('Content-Type')));
  };
