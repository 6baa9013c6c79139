import type { StrapiApp } from '@strapi/strapi/admin';
import { ChartPie } from '@strapi/icons';
import { i18n } from './i18n';
import { MESSAGES } from './messages';
import { PLUGIN_ID } from './pluginId';

export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: MESSAGES['plugin.name'] });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: ChartPie,
      intlLabel: { id: i18n.trad('plugin.name'), defaultMessage: MESSAGES['plugin.name'] },
      // Given to the board and finance roles; each page still asks the server what this user may see per site.
      permissions: [{ action: `plugin::${PLUGIN_ID}.read`, subject: null }],
      Component: () => import('./pages/ReportsPage'),
    });
  },

  registerTrads: i18n.registerTrads,
};
