import type { Core } from '@strapi/strapi';
import { explainRefusal } from './explain-refusal';
import { readOnlyMeta } from './read-only-meta';

/**
 * Puts the workflow's route middlewares on the content manager's routes of one document
 * (`/collection-types/:model/:id…`): refusals that say why, and the edit view's read-only flag.
 * At register, before Strapi builds the router from the route table.
 */
export const decorateDocumentRoutes = (strapi: Core.Strapi): void => {
  const table = strapi.plugin('content-manager').routes as Record<
    string,
    { routes?: Array<{ path: string; config?: { middlewares?: unknown[] } }> }
  >;
  const added = [explainRefusal(strapi), readOnlyMeta(strapi)];
  for (const group of Object.values(table)) {
    for (const route of group.routes ?? []) {
      if (!route.path.startsWith('/collection-types/:model/:id')) continue;
      route.config = { ...route.config, middlewares: [...(route.config?.middlewares ?? []), ...added] };
    }
  }
};
