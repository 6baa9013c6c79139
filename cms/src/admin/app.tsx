import type { StrapiApp } from '@strapi/strapi/admin';

export default {
  config: {
    // Editors and ward staff work in Vietnamese; each user picks the language in their profile.
    locales: ['vi'],
    tutorials: false,
    notifications: { releases: false },
  },
  bootstrap(_app: StrapiApp) {},
};
