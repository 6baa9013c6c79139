import type { Core } from '@strapi/strapi';

/**
 * The edit view's slug input asks `POST /content-manager/uid/generate` for a slug as soon as a new
 * item opens. With the title still empty, Strapi answers with the model's name, so a new article
 * showed "article" and "Available" before anything was typed, and kept it. Then, and for any
 * document not saved yet (the input takes the first answer and never asks again, so a title being
 * typed would leave the slug of its first letters), this answers an empty slug: the field stays
 * empty and the server makes the slug from the whole title at save (document-middlewares/slug-fill.ts).
 * A saved document's "Regenerate" works as before. Strapi's own validation answers any other body.
 */

interface Body {
  contentTypeUID?: unknown;
  field?: unknown;
  data?: unknown;
}

interface Context {
  request: { body?: unknown };
  body?: unknown;
}

const isEmpty = (value: unknown): boolean => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

export default (_config: unknown, { strapi }: { strapi: Core.Strapi }) =>
  async (ctx: Context, next: () => Promise<unknown>) => {
    const { contentTypeUID, field, data } = (ctx.request.body ?? {}) as Body;
    if (typeof contentTypeUID !== 'string' || typeof field !== 'string' || !data || typeof data !== 'object') return next();
    const model = strapi.contentTypes[contentTypeUID as keyof typeof strapi.contentTypes] as
      | { attributes: Record<string, { type?: string; targetField?: string }> }
      | undefined;
    const attribute = model?.attributes[field];
    if (attribute?.type !== 'uid' || !attribute.targetField) return next();
    const values = data as Record<string, unknown>;
    if (isEmpty(values[attribute.targetField]) || isEmpty(values.id)) {
      ctx.body = { data: '' };
      return;
    }
    return next();
  };

/** Puts the middleware on the content manager's `POST /uid/generate`. Runs at register, before Strapi builds the router. */
export const guardUidGeneration = (strapi: Core.Strapi): void => {
  const table = strapi.plugin('content-manager').routes as Record<
    string,
    { routes?: Array<{ method: string; path: string; config?: { middlewares?: unknown[] } }> }
  >;
  for (const group of Object.values(table))
    for (const route of group.routes ?? [])
      if (route.method === 'POST' && route.path === '/uid/generate')
        route.config = { ...route.config, middlewares: [...(route.config?.middlewares ?? []), 'global::uid-without-source'] };
};
