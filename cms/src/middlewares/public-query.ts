import type { Core } from '@strapi/strapi';
import { checkPublicQuery, PUBLIC_QUERY_ACCEPTED, publicModelOf } from '../public-api';

interface AuthState {
  strategy?: { name?: string };
  credentials?: { type?: string };
}

/** The site build's own credential: it reads drafts for previews and is trusted with any query. */
const isFullAccess = (auth: AuthState | undefined): boolean =>
  auth?.strategy?.name === 'content-api-token' && auth.credentials?.type === 'full-access';

/**
 * The guard in front of every public read route (utils/public-read-routes.ts): for any caller but
 * a full-access API token, the query must fit the type's declared public shape (public-api/),
 * or the request is a 400 naming the refused parameter. It replaces a policy that refused only
 * `status=draft` (issue 22, findings 1, 2 and 8); a policy's refusal is a 403, a bad query is a 400.
 */
const publicQuery = (config: { uid: string }, { strapi }: { strapi: Core.Strapi }): Core.MiddlewareHandler => {
  const model = publicModelOf(strapi);
  const shape = model.get(config.uid);
  if (!shape) throw new Error(`global::public-query: ${config.uid} has no declared public shape (src/public-api/shapes.ts)`);
  return async (ctx, next) => {
    if (!isFullAccess(ctx.state.auth as AuthState | undefined)) {
      checkPublicQuery(model, shape, ctx.query as Record<string, unknown>);
      ctx.state[PUBLIC_QUERY_ACCEPTED] = true;
    }
    return next();
  };
};

export default publicQuery;
