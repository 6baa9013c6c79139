import type { StrapiApp } from '@strapi/strapi/admin';
import { Mail } from '@strapi/icons';
import { PLUGIN_ID } from './pluginId';
import { i18n } from './translations';
import { MESSAGES } from './translations/messages';

export default {
  register(app: StrapiApp) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Mail,
      intlLabel: { id: i18n.trad('plugin.name'), defaultMessage: MESSAGES['plugin.name'] },
      Component: () => import('./pages/OutboxPage'),
      // Super admins and site administrators; the server narrows what each reads (server/services/access.ts).
      permissions: [{ action: 'plugin::mail.read', subject: null }],
    });
    app.registerPlugin({ id: PLUGIN_ID, name: MESSAGES['plugin.name'] });
  },

  registerTrads: i18n.registerTrads,
};
