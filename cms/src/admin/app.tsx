import type { StrapiApp } from '@strapi/strapi/admin';
import { INJECT_COLUMN_IN_TABLE, withEnumLabels } from './enumColumns';
import { applyAdminPreferences } from './preferences';
import { vi } from './translations/vi';

export default {
  config: {
    // Editors and ward staff work in Vietnamese (the default, see preferences.ts); English stays
    // available in each user's profile.
    locales: ['vi'],
    translations: { vi },
    tutorials: false,
    notifications: { releases: false },
  },
  register(_app: StrapiApp) {
    applyAdminPreferences(window.localStorage);
  },
  bootstrap(app: StrapiApp) {
    app.registerHook(INJECT_COLUMN_IN_TABLE, withEnumLabels);
  },
};
