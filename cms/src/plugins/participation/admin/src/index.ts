import type { StrapiApp } from '@strapi/strapi/admin';
import { Discuss } from '@strapi/icons';
import { PLUGIN_ID } from './pluginId';
import { i18n } from './translations';
import { MESSAGES } from './translations/messages';

export default {
  register(app: StrapiApp) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Discuss,
      intlLabel: { id: i18n.trad('plugin.name'), defaultMessage: MESSAGES['plugin.name'] },
      Component: () => import('./pages/ModerationPage'),
      // Super admins, editors and approvers; the server narrows each to their sites (server/services/access.ts).
      permissions: [{ action: 'plugin::participation.moderate', subject: null }],
    });
    app.registerPlugin({ id: PLUGIN_ID, name: MESSAGES['plugin.name'] });
  },

  registerTrads: i18n.registerTrads,
};
