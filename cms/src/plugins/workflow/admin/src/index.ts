import type { StrapiApp } from '@strapi/strapi/admin';
import type { ContentManagerPlugin } from '@strapi/content-manager/strapi-admin';
import { Discuss } from '@strapi/icons';
import { SiteDefaultPanel } from './components/SiteDefault';
import { WaitingFilter } from './components/WaitingFilter';
import { ReturnedPanel } from './components/ReturnedPanel';
import { WorkflowPanel } from './components/WorkflowPanel';
import { withoutBulkPublishing, withoutDirectPublishing } from './hideDirectPublishing';
import { withoutUnusableActions } from './hideUnusableActions';
import { INJECT_COLUMN_IN_TABLE, withStateLabels } from './listColumns';
import { PLUGIN_ID } from './pluginId';
import { MESSAGES } from './translations/messages';
import { i18n } from './translations';
import { registerBoardWidgets } from './widgets/board/register';
import { hideGenericWidgets, registerHomeWidgets } from './widgets/register';

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
    registerHomeWidgets(app);
    registerBoardWidgets(app);
  },

  bootstrap(app: StrapiApp) {
    const contentManager = app.getPlugin('content-manager');
    const apis = contentManager.apis as unknown as ContentManagerApis;
    apis.addEditViewSidePanel([WorkflowPanel, SiteDefaultPanel]);
    // First of all panels, above Save: a returned item's reason is what its author needs first.
    apis.addEditViewSidePanel((panels) => [ReturnedPanel, ...panels]);
    apis.addDocumentAction(withoutDirectPublishing);
    apis.addDocumentAction(withoutUnusableActions);
    apis.addBulkAction(withoutBulkPublishing);
    contentManager.injectComponent('listView', 'actions', { name: `${PLUGIN_ID}-waiting-filter`, Component: WaitingFilter });
    app.registerHook(INJECT_COLUMN_IN_TABLE, withStateLabels);
    hideGenericWidgets();
  },

  registerTrads: i18n.registerTrads,
};
