import type { Core } from '@strapi/strapi';
import { publicModel, type PublicModel, type Schemas } from './model';

export { checkPublicQuery } from './check-query';
export { RefusedParameter } from './refusal';
export type { PublicModel, PublicShape } from './model';

/** Set on ctx.state once the guard accepted an anonymous read: the API cache stores nothing else. */
export const PUBLIC_QUERY_ACCEPTED = 'publicQueryAccepted';

const models = new WeakMap<Core.Strapi, PublicModel>();

/** The public model of this Strapi's schemas, compiled once. */
export const publicModelOf = (strapi: Core.Strapi): PublicModel => {
  let model = models.get(strapi);
  if (!model) {
    const contentTypes = strapi.contentTypes as unknown as Record<string, { attributes: Record<string, never> } | undefined>;
    const components = strapi.components as unknown as Record<string, { attributes: Record<string, never> } | undefined>;
    const schemas: Schemas = (uid) => (contentTypes[uid] ?? components[uid])?.attributes;
    model = publicModel(schemas);
    models.set(strapi, model);
  }
  return model;
};
