import type { Core } from '@strapi/strapi';
import moderation from './controllers/moderation';
import publicComments from './controllers/public-comments';
import publicQuestions from './controllers/public-questions';
import mayModerate from './policies/may-moderate';
import routes from './routes';
import { permissionActions } from './services/access';
import { forgetLimiters } from './services/rate-limits';
import { registerRetention } from './services/retention';
import { registerWindowBoundaries } from './services/window-boundaries';

export default {
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    // The editor and approver roles that hold it are made in the app's bootstrap (workflow's rbac.ts).
    await strapi.service('admin::permission').actionProvider.registerMany(permissionActions);
    registerRetention(strapi);
    registerWindowBoundaries(strapi);
  },

  destroy() {
    forgetLimiters();
  },

  controllers: { moderation, publicComments, publicQuestions },
  policies: { 'may-moderate': mayModerate },
  routes,
};
