/** Router config for types the public reads: find and findOne never serve drafts to readers. */
export const PUBLIC_READ_ROUTES = {
  config: {
    find: { policies: ['global::published-only'] },
    findOne: { policies: ['global::published-only'] },
  },
};
