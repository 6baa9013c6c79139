import type { StrapiApp } from '@strapi/strapi/admin';
import type { ContentManagerPlugin, DocumentActionComponent } from '@strapi/content-manager/strapi-admin';
import { CopyLastWeekAction } from './components/CopyLastWeekAction';
import { RepeatEntryAction } from './components/RepeatEntryAction';
import { PLUGIN_ID } from './pluginId';
import { i18n } from './translations';
import { MESSAGES } from './translations/messages';

type ContentManagerApis = ContentManagerPlugin['config']['apis'];

export default {
  register(app: StrapiApp) {
    app.registerPlugin({ id: PLUGIN_ID, name: MESSAGES['plugin.name'] });
  },

  bootstrap(app: StrapiApp) {
    const apis = app.getPlugin('content-manager').apis as unknown as ContentManagerApis;
    // Both return nothing outside the work schedule's edit view.
    apis.addDocumentAction((actions: DocumentActionComponent[]) => [...actions, CopyLastWeekAction, RepeatEntryAction]);
  },

  registerTrads: i18n.registerTrads,
};
