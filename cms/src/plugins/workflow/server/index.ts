import type { Core } from '@strapi/strapi';
import { boardConditions } from './board/access';
import boardController from './board/controller';
import boardGuard from './board/guard';
import contentTypes from './content-types';
import workflow from './controllers/workflow';
import questions from './questions/controller';
import { listenForAnswers } from './questions/on-publish';
import membershipGuard from './document-middlewares/membership-guard';
import sectionGuard from './document-middlewares/section-guard';
import siteDefault from './document-middlewares/site-default';
import siteSettingsGuard from './document-middlewares/site-settings-guard';
import workflowGuard from './document-middlewares/workflow-guard';
import { decorateDocumentRoutes } from './middlewares';
import personalDataQuery, { guardContentManagerRoutes } from './policies/personal-data-query';
import queryCost from './policies/query-cost';
import { chosenRelationsScope, relationOptionsScope, scopeRelationRoutes } from './middlewares/relation-scope';
import routes from './routes';
import { personalDataConditions } from './services/personal-data';
import { conditions } from './services/rbac';
import { registerHooks } from './services/hooks';
import { publishDue, registerScheduler } from './services/scheduler';

/** Shows "Hỏi đáp" in the menu (rbac.ts gives it to editors, approvers and answerers). */
const PERMISSION_ACTIONS = [{ section: 'plugins', displayName: 'Hỏi đáp: câu hỏi chờ xử lý', uid: 'questions', pluginName: 'workflow' }];

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerHooks(strapi);
    // First: the guards below check the site it fills in.
    strapi.documents.use(siteDefault(strapi));
    strapi.documents.use(workflowGuard(strapi));
    strapi.documents.use(membershipGuard(strapi));
    strapi.documents.use(siteSettingsGuard(strapi));
    strapi.documents.use(sectionGuard(strapi));
    strapi.documents.use(boardGuard(strapi));
    guardContentManagerRoutes(strapi);
    scopeRelationRoutes(strapi);
    decorateDocumentRoutes(strapi);
  },

  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    // The roles themselves are made in the app's bootstrap (ensureAdminRoles), once the admin and
    // the content manager have registered their permission actions.
    await strapi
      .service('admin::permission')
      .conditionProvider.registerMany([...conditions(strapi), ...personalDataConditions(strapi), ...boardConditions(strapi)]);
    await strapi.service('admin::permission').actionProvider.registerMany(PERMISSION_ACTIONS);
    listenForAnswers(strapi);
    registerScheduler(strapi);
  },

  contentTypes,
  controllers: { workflow, questions, board: boardController },
  policies: { 'personal-data-query': personalDataQuery, 'query-cost': queryCost },
  middlewares: { 'relation-options': relationOptionsScope, 'chosen-relations': chosenRelationsScope },
  services: {
    /** `strapi.plugin('workflow').service('scheduler').publishDue(now)`, for operators' scripts and tests. */
    scheduler: ({ strapi }: { strapi: Core.Strapi }) => ({ publishDue: (now?: Date) => publishDue(strapi, now) }),
  },
  routes,
};
