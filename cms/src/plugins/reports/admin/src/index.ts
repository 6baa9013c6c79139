import type { StrapiApp } from '@strapi/strapi/admin';
import { ChartPie } from '@strapi/icons';
import { MESSAGES } from './messages';
import { PLUGIN_ID, trad } from './pluginId';

/** Vietnamese only; other admin locales fall back to the Vietnamese defaults. */
const translationsFor = (locale: string): Record<string, string> =>
  locale === 'vi' ? Object.fromEntries(Object.entries(MESSAGES).map(([key, value]) => [trad(key), value])) : {};

export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: MESSAGES['plugin.name'] });
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: ChartPie,
      intlLabel: { id: trad('plugin.name'), defaultMessage: MESSAGES['plugin.name'] },
      // Given to the board and finance roles; each page still asks the server what this user may see per site.
      permissions: [{ action: `plugin::${PLUGIN_ID}.read`, subject: null }],
      Component: () => import('./pages/ReportsPage'),
    });
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return locales.map((locale) => ({ locale, data: translationsFor(locale) }));
  },
};
