import type { StrapiApp } from '@strapi/strapi/admin';
import type { ContentManagerPlugin } from '@strapi/content-manager/strapi-admin';
import { Discuss } from '@strapi/icons';
import { SiteDefaultPanel } from './components/SiteDefault';
import { WaitingFilter } from './components/WaitingFilter';
import { WorkflowPanel } from './components/WorkflowPanel';
import { withoutBulkPublishing, withoutDirectPublishing } from './hideDirectPublishing';
import { INJECT_COLUMN_IN_TABLE, withStateLabels } from './listColumns';
import { PLUGIN_ID } from './pluginId';
import { MESSAGES } from './translations/messages';
import { i18n } from './translations';

type ContentManagerApis = ContentManagerPlugin['config']['apis'];

export default {
  register(app: StrapiApp) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: Discuss,
      intlLabel: { id: i18n.trad('questions.menu'), defaultMessage: MESSAGES['questions.menu'] },
      Component: () => import('./pages/QuestionsPage'),
      // Editors, approvers and answerers (server/services/rbac.ts); the routes narrow what each sees.
      permissions: [{ action: 'plugin::workflow.questions', subject: null }],
    });
    app.registerPlugin({ id: PLUGIN_ID, name: MESSAGES['plugin.name'] });
  },

  bootstrap(app: StrapiApp) {
    const contentManager = app.getPlugin('content-manager');
    const apis = contentManager.apis as unknown as ContentManagerApis;
    apis.addEditViewSidePanel([WorkflowPanel, SiteDefaultPanel]);
    apis.addDocumentAction(withoutDirectPublishing);
    apis.addBulkAction(withoutBulkPublishing);
    contentManager.injectComponent('listView', 'actions', { name: `${PLUGIN_ID}-waiting-filter`, Component: WaitingFilter });
    app.registerHook(INJECT_COLUMN_IN_TABLE, withStateLabels);
  },

  registerTrads: i18n.registerTrads,
};
