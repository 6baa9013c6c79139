import type { PublicType } from '../public-api/shapes';

/**
 * Router config for types the public reads: find and findOne pass the public query guard
 * (middlewares/public-query.ts), so no drafts and no query outside the type's declared shape.
 * A fresh object per router: Strapi writes each route's permission scope into the config object it
 * is given, so one object shared by several routers gave every router the same scope (reading
 * tags was checked against the right to read articles).
 */
export const publicReadRoutes = (uid: PublicType) => {
  const guard = () => ({ middlewares: [{ name: 'global::public-query', config: { uid } }] });
  return { config: { find: guard(), findOne: guard() } };
};
