import type { Core, Modules, UID } from '@strapi/strapi';

export type DocumentMiddleware = Modules.Documents.Middleware.Middleware;
export type DocumentMiddlewareFactory = (strapi: Core.Strapi) => DocumentMiddleware;

/** The part of a write action's params these middlewares read or fill in. */
export interface WriteParams {
  documentId?: string;
  status?: 'draft' | 'published';
  data?: Record<string, unknown>;
}

export const WRITE_ACTIONS = new Set(['create', 'update', 'publish']);

/** Params of a create/update/publish call, typed for reading and filling `data`. */
export const writeParams = (context: Parameters<DocumentMiddleware>[0]): WriteParams => context.params as WriteParams;

export type ContentTypeUID = UID.ContentType;
