/**
 * Router config for types the public reads: find and findOne never serve drafts to readers.
 * A fresh object per router: Strapi writes each route's permission scope into the config object it
 * is given, so one object shared by several routers gave every router the same scope (reading
 * tags was checked against the right to read articles).
 */
export const publicReadRoutes = () => ({
  config: {
    find: { policies: ['global::published-only'] },
    findOne: { policies: ['global::published-only'] },
  },
});
